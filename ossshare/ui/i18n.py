"""Translation helpers: every user-visible string in the window goes through translate() or
self.tr(); dates, times and sizes are written the way the chosen locale (QLocale's default,
set at start by ui/language.py) writes them."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone


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


# OSS's storage classes by the names its console gives them in each language; the English
# text is OSS's own value, so an English window shows what the API and ossutil show.
STORAGE_CLASSES = (
    QT_TRANSLATE_NOOP("StorageClass", "Standard"),
    QT_TRANSLATE_NOOP("StorageClass", "IA"),
    QT_TRANSLATE_NOOP("StorageClass", "Archive"),
    QT_TRANSLATE_NOOP("StorageClass", "ColdArchive"),
    QT_TRANSLATE_NOOP("StorageClass", "DeepColdArchive"),
)


def storage_class_name(value: str) -> str:
    """A storage class as the console names it in the user's language; an unknown one as OSS sent it."""
    return translate("StorageClass", value) if value in STORAGE_CLASSES else value


@cache
def _format(locale_name: str, seconds: bool, clock_only: bool = False) -> str:
    """The locale's short date and time (a four-digit year: an expiry a year ahead must not
    read as another century), seconds added when asked; ISO for the C locale, whose own
    short format ("6 12 2026") reads as nothing in particular."""
    locale = QLocale(locale_name)
    if locale.language() == QLocale.Language.C:
        date, time = "yyyy-MM-dd", "HH:mm"
    else:
        date = re.sub(r"(?<!y)yy(?!y)", "yyyy", locale.dateFormat(QLocale.FormatType.ShortFormat))
        time = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if seconds and "s" not in time:
        time = time.replace("mm", "mm:ss", 1)
    return time if clock_only else f"{date} {time}"


def _wall_clock(moment: datetime) -> QDateTime:
    """The instant's fields as they read (already in the zone wanted), with no zone for Qt to shift."""
    return QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute, moment.second), QTimeZone.utc()
    )


def _written(moment: datetime, seconds: bool, clock_only: bool = False) -> str:
    locale = QLocale()
    return locale.toString(_wall_clock(moment), _format(locale.name(), seconds, clock_only))


def local_time(moment: datetime | None, *, seconds: bool = False) -> str:
    """A timezone-aware instant shown in the local time zone, minutes (or seconds) precision."""
    if moment is None:
        return ""
    return _written(moment.astimezone(), seconds)


def local_time_seconds(moment: datetime | None) -> str:
    """To the second, with the zone's abbreviation."""
    if moment is None:
        return ""
    local = moment.astimezone()
    return f"{_written(local, True)} {local.tzname() or ''}".rstrip()


def local_clock(moment: datetime) -> str:
    """The local time of day alone, minutes precision (for "valid until 14:30")."""
    return _written(moment.astimezone(), False, clock_only=True)


def utc_time(moment: datetime) -> str:
    """The instant in UTC, to the second (the caller names the zone)."""
    return _written(moment.astimezone(UTC), True)
