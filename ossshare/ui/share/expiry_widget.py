"""Expiry: a preset, a custom duration or an absolute date and time; shows the effective
expiry in local time and UTC with a live countdown, and the rule that limits it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from ...core.durations import parse_duration
from ...services.share import FIELD, PRESETS, ExpiryPlan, Limit, split_remaining
from ..i18n import local_time, local_time_seconds, translate, utc_time
from .field_marks import mark

CUSTOM_DURATION = "duration"
ABSOLUTE = "absolute"


class ExpiryWidget(QWidget):
    changed = Signal()
    expired = Signal()  # the countdown reached zero

    def __init__(
        self, parent: QWidget | None = None, *, clock: Callable[[], datetime], default: timedelta | None = None
    ) -> None:
        super().__init__(parent)
        self._plan: ExpiryPlan | None = None
        self._now = clock
        self.preset = QComboBox(self)
        names = (self.tr("15 minutes"), self.tr("1 hour"), self.tr("8 hours"), self.tr("1 day"), self.tr("7 days"))
        # Item data are whole seconds (an int survives QVariant; findData can compare it).
        for name, span in zip(names, PRESETS, strict=True):
            self.preset.addItem(name, int(span.total_seconds()))
        if default is not None and default not in PRESETS:
            label = self.tr("Profile default ({0})").format(_span_text(default))
            self.preset.addItem(label, int(default.total_seconds()))
        self.preset.addItem(self.tr("Custom duration…"), CUSTOM_DURATION)
        self.preset.addItem(self.tr("Date and time…"), ABSOLUTE)
        index = self.preset.findData(int(default.total_seconds())) if default is not None else 0
        self.preset.setCurrentIndex(max(0, index))

        self.duration = QLineEdit(self)
        self.duration.setPlaceholderText(self.tr("e.g. 90m, 2h, 3d or seconds"))
        self.duration.setText("2h")
        self.instant = QDateTimeEdit(self)
        self.instant.setCalendarPopup(True)
        self.instant.setDisplayFormat("yyyy-MM-dd HH:mm")
        tomorrow = int(clock().timestamp()) + 24 * 3600
        self.instant.setDateTime(QDateTime.fromSecsSinceEpoch(tomorrow - tomorrow % 60))

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preset, 1)
        row.addWidget(self.duration, 1)
        row.addWidget(self.instant, 1)
        self.effective = QLabel(self)
        self.effective.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.effective.setWordWrap(True)  # local and UTC on two lines rather than a wider dialog
        self.countdown = QLabel(self)
        self.limit_note = QLabel(self)
        self.limit_note.setWordWrap(True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Valid for"), row)
        when = QHBoxLayout()
        when.setContentsMargins(0, 0, 0, 0)
        when.addWidget(self.effective, 1)
        when.addWidget(self.countdown)
        form.addRow(self.tr("Expires"), when)
        form.addRow("", self.limit_note)

        self.preset.currentIndexChanged.connect(self._mode_changed)
        self.duration.textChanged.connect(self.changed)
        self.instant.dateTimeChanged.connect(self.changed)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self._mode_changed()

    # ----- input -----

    def mode(self) -> object:
        return self.preset.currentData()

    def choice(self) -> tuple[timedelta | None, datetime | None]:
        """(duration, instant) as chosen; raises ValidationError for unreadable input."""
        data = self.preset.currentData()
        if data == ABSOLUTE:
            seconds = self.instant.dateTime().toSecsSinceEpoch()
            return None, datetime.fromtimestamp(seconds, UTC)
        if data == CUSTOM_DURATION:
            return parse_duration(self.duration.text(), FIELD), None
        return timedelta(seconds=int(data)), None

    def set_error(self, rule: str | None) -> None:
        data = self.preset.currentData()
        target = self.instant if data == ABSOLUTE else self.duration if data == CUSTOM_DURATION else self.preset
        for widget in (self.preset, self.duration, self.instant):
            mark(widget, rule if widget is target else None)
        if rule is not None:
            self._plan = None
            self._timer.stop()
            self.effective.setText("—")
            self.countdown.setText("")
            self.limit_note.setText(rule)
            self.limit_note.setVisible(True)

    # ----- output -----

    def clear_plan(self) -> None:
        """No link (another input breaks a rule): nothing expires, so nothing counts down."""
        self._plan = None
        self._timer.stop()
        self.effective.setText("—")
        self.countdown.setText("")

    def show_plan(self, plan: ExpiryPlan, v4: bool) -> None:
        self.set_error(None)
        self._plan = plan
        utc_text = self.tr("{0} UTC").format(utc_time(plan.expiration))
        if plan.expiration.astimezone().utcoffset() == timedelta(0):
            self.effective.setText(utc_text)  # local time is UTC: once is enough
        else:
            self.effective.setText(self.tr("{0} local · {1}").format(local_time_seconds(plan.expiration), utc_text))
        # The plain 7-day rule goes without saying (an expiry past it is refused in words); a
        # token's cap or V1's lack of one is shown.
        note = self._limit_text(plan, v4)
        plain = plan.limit is Limit.V4_SEVEN_DAYS
        self.effective.setToolTip(note)
        self.limit_note.setText("" if plain else note)
        self.limit_note.setVisible(not plain)
        self._tick()
        self._timer.start()

    def _limit_text(self, plan: ExpiryPlan, v4: bool) -> str:
        if plan.limit is Limit.STS_TOKEN and plan.latest is not None:
            when = local_time(plan.latest)
            if plan.capped:
                return self.tr(
                    "Capped at {0}, when the STS token expires: a link cannot outlive the temporary "
                    "credentials that signed it."
                ).format(when)
            return self.tr("The STS token expires at {0}; links cannot last longer.").format(when)
        if plan.limit is Limit.NONE_V1:
            return self.tr("V1 (legacy) signature: no 7-day limit applies.")
        return self.tr("V4 signed links are valid for at most 7 days.")

    def _tick(self) -> None:
        if self._plan is None:
            return
        remaining = self._plan.expiration - self._now()
        if remaining.total_seconds() <= 0:
            self._timer.stop()
            self.countdown.setText(self.tr("Expired — press Renew for a fresh link."))
            self.expired.emit()
            return
        self.countdown.setText(self.tr("Expires in {0}").format(_span_text(remaining)))

    def _mode_changed(self) -> None:
        data = self.preset.currentData()
        if data == ABSOLUTE and self._plan is not None:
            # Start from the expiry in force, so switching modes does not jump the date.
            seconds = int(self._plan.expiration.timestamp())
            minute = seconds - seconds % 60 + 60  # the field shows whole minutes: round up...
            if self._plan.latest is not None and minute > self._plan.latest.timestamp():
                minute -= 60  # ...unless that passes the limit (from "7 days", the 7-day cap)
            self.instant.blockSignals(True)
            self.instant.setDateTime(QDateTime.fromSecsSinceEpoch(minute))
            self.instant.blockSignals(False)
        self.duration.setVisible(data == CUSTOM_DURATION)
        self.instant.setVisible(data == ABSOLUTE)
        self.changed.emit()


def _span_text(span: timedelta) -> str:
    """A span as days/hours/minutes/seconds: the countdown, and a profile's default expiry."""
    days, hours, minutes, seconds = split_remaining(span)
    if days:
        return translate("ExpiryWidget", "{0} d {1} h {2} min").format(days, hours, minutes)
    if hours:
        return translate("ExpiryWidget", "{0} h {1} min {2} s").format(hours, minutes, seconds)
    if minutes:
        return translate("ExpiryWidget", "{0} min {1} s").format(minutes, seconds)
    return translate("ExpiryWidget", "{0} s").format(seconds)
