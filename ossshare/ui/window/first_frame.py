"""What a staged main window shows before its parts exist."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QWidget


class FirstFrame(QWidget):
    """The window's centre until its parts are built: once a paint of it is on the screen,
    `painted` builds them. Needs nothing of Qt's namespaces (their enums alone take ~40 ms)."""

    def __init__(self, painted: Callable[[], None]) -> None:
        super().__init__()
        self._painted = painted
        self._pending = False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's naming
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._fire)  # after this paint; never after the frame is gone

    def _fire(self) -> None:
        self._pending = False
        self._painted()
