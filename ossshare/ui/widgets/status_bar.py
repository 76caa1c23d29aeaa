"""Counts, a busy indicator while pages load, and a warning when the local clock is off."""

from __future__ import annotations

import html
from datetime import timedelta

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QStyle, QWidget

from ...core.validation import MAX_CLOCK_SKEW
from ..i18n import translate
from ..state_colors import State, text_style

# OSS refuses signatures more than 15 minutes off; warn well before that.
SKEW_WARNING = timedelta(seconds=60)


def skew_text(skew: timedelta) -> str:
    """'about 5 min' style: the server's Date has whole seconds, so more precision would lie."""
    seconds = round(abs(skew.total_seconds()))
    if seconds >= 3600:
        return translate("StatusBar", "{0} h {1} min").format(seconds // 3600, round(seconds % 3600 / 60))
    if seconds >= 90:
        return translate("StatusBar", "{0} min").format(round(seconds / 60))
    return translate("StatusBar", "{0} s").format(seconds)


class StatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts = QLabel()
        self._counts.setTextFormat(Qt.TextFormat.PlainText)
        self._counts.setObjectName("countsLabel")
        self._progress = QProgressBar()
        self._progress.setObjectName("loadingProgress")
        self._progress.setRange(0, 0)  # busy: a page's size is unknown until it arrives
        self._progress.setMaximumWidth(120)
        self._progress.setMaximumHeight(14)
        self._progress.setTextVisible(False)
        self._progress.hide()
        self._loading = QLabel(self.tr("Loading…"))
        self._loading.hide()
        self._skew_icon = QLabel()
        self._skew_icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(16, 16))
        self._skew = QLabel()
        self._skew.setObjectName("skewLabel")
        self._skew_icon.hide()
        self._skew.hide()
        self._notice_icon = QLabel()
        self._notice_icon.setPixmap(self._skew_icon.pixmap())
        self._notice = QLabel()
        self._notice.setObjectName("settingsNotice")
        self._notice.setTextFormat(Qt.TextFormat.PlainText)
        self._notice_icon.hide()
        self._notice.hide()
        self.addWidget(self._counts, 1)
        self.addPermanentWidget(self._notice_icon)
        self.addPermanentWidget(self._notice)
        self.addPermanentWidget(self._skew_icon)
        self.addPermanentWidget(self._skew)
        self.addPermanentWidget(self._loading)
        self.addPermanentWidget(self._progress)

    def set_counts(
        self,
        folders: int,
        objects: int,
        *,
        complete: bool,
        shown: int | None = None,
        stopped: bool = False,
        can_retry: bool = True,
    ) -> None:
        """`stopped`: a page failed, so the counts are of what arrived before it, not all;
        `can_retry`: asking for that page again may help (the banner then offers Retry)."""
        loc = QLocale()
        text = self._plural(objects, "object")
        if folders:
            text = self.tr("{0}, {1}", "folder count, object count").format(self._plural(folders, "folder"), text)
        if shown is not None and shown != folders + objects:
            text = self.tr("{0} shown of {1}").format(loc.toString(shown), text)
        if stopped and can_retry:
            text = self.tr("{0} so far — listing stopped (Retry continues it)").format(text)
        elif stopped:
            text = self.tr("{0} so far — listing stopped").format(text)
        elif not complete:
            text = self.tr("{0} — scroll for more").format(text)
        self._counts.setText(text)

    def set_buckets(self, count: int) -> None:
        self._counts.setText(self._plural(count, "bucket"))

    def set_message(self, text: str) -> None:
        self._counts.setText(text)

    def set_loading(self, loading: bool) -> None:
        self._progress.setVisible(loading)
        self._loading.setVisible(loading)

    def set_notice(self, title: str, lines: list[str]) -> None:
        """A lasting note about the settings: `title` shown, `lines` in its tooltip; "" hides it."""
        self._notice.setText(title)
        # Forced rich text, its parts escaped: names from the settings file are shown as typed.
        self._notice.setToolTip("<qt>" + "<br><br>".join(html.escape(line, quote=False) for line in lines) + "</qt>")
        self._notice.setStyleSheet(text_style(State.WARNING))
        self._notice.setVisible(bool(title))
        self._notice_icon.setVisible(bool(title))

    def set_skew(self, skew: timedelta | None) -> None:
        if skew is None or abs(skew) <= SKEW_WARNING:
            self._skew.hide()
            self._skew_icon.hide()
            return
        # skew = server time - local time: a positive skew means this clock is behind.
        direction = self.tr("behind") if skew > timedelta(0) else self.tr("ahead of")
        severe = abs(skew) > MAX_CLOCK_SKEW
        self._skew.setText(
            self.tr("Your clock is about {0} {1} OSS").format(skew_text(skew), direction)
            + (self.tr(": links signed now will be refused") if severe else "")
        )
        self._skew.setToolTip(
            self.tr(
                "OSS refuses signatures made more than 15 minutes off its own time, and links "
                "expire early or late by the same amount. Synchronise this computer's clock."
            )
        )
        self._skew.setStyleSheet(text_style(State.ERROR, bold=True) if severe else text_style(State.WARNING))
        self._skew.show()
        self._skew_icon.show()

    @property
    def counts_text(self) -> str:
        return self._counts.text()

    @property
    def skew_text(self) -> str:
        return self._skew.text() if self._skew.isVisibleTo(self) else ""

    @property
    def loading(self) -> bool:
        return self._progress.isVisibleTo(self)

    def _plural(self, n: int, kind: str) -> str:
        number = QLocale().toString(n)
        if kind == "folder":
            return self.tr("1 folder") if n == 1 else self.tr("{0} folders").format(number)
        if kind == "object":
            return self.tr("1 object") if n == 1 else self.tr("{0} objects").format(number)
        return self.tr("1 bucket") if n == 1 else self.tr("{0} buckets").format(number)
