"""The status bar's word on a sort that needs the whole folder: how far loading it has come,
with Cancel, or that the order covers only the rows loaded so far."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ..state_colors import State, text_style


class SortNote(QWidget):
    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sortNote")
        self._label = QLabel()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop loading; the order then covers the rows loaded so far"))
        self.cancel_button.clicked.connect(self.cancelRequested)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._label)
        row.addWidget(self.cancel_button)
        self.hide()

    def loading(self, text: str) -> None:
        self._label.setStyleSheet("")
        self._label.setText(text)
        self.cancel_button.show()
        self.show()

    def partial(self, text: str) -> None:
        self._label.setStyleSheet(text_style(State.WARNING))
        self._label.setText(text)
        self.cancel_button.hide()
        self.show()

    def clear(self) -> None:
        self._label.clear()
        self.hide()

    @property
    def text(self) -> str:
        return self._label.text() if self.isVisibleTo(self.parentWidget() or self) else ""
