"""Translation helpers: every user-visible string in the window goes through translate() or self.tr()."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """QCoreApplication.translate for code outside a QObject. Named `translate` so that
    pyside6-lupdate reads the first argument as the context and the second as the text."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def human_size(size: int) -> str:
    """1536 -> '1.5 KB' in the user's locale (powers of 1024, as file managers show them)."""
    if size == 1:
        return translate("Format", "1 byte")
    if size < 1024:
        return translate("Format", "{0} bytes").format(QLocale().toString(size))
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def local_time(moment: datetime | None, *, seconds: bool = False) -> str:
    """A timezone-aware instant shown in the local time zone, minutes (or seconds) precision."""
    if moment is None:
        return ""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def local_time_seconds(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S %Z")
