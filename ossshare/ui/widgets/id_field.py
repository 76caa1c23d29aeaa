"""A long unbroken id (version id, ETag) in a narrow pane: elided with "…" where it does not
fit, whole in its tooltip, and a button that copies all of it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication, QIcon, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget


class IdField(QWidget):
    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._label = QLabel()
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Ignored: the label takes the width it is given and never asks for the id's whole width.
        self._label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.font().pointSizeF() * 0.9)
        self._label.setFont(mono)
        self.copy_button = QToolButton()
        self.copy_button.setAutoRaise(True)
        icon = QIcon.fromTheme("edit-copy")
        if icon.isNull():
            self.copy_button.setText(self.tr("Copy"))  # no icon theme (a bare X session): the word
        else:
            self.copy_button.setIcon(icon)
        self.copy_button.setToolTip(self.tr("Copy the whole {0}").format(what))
        self.copy_button.setAccessibleName(self.tr("Copy {0}").format(what))
        self.copy_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop in the pane
        self.copy_button.clicked.connect(self.copy)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self._label, 1)
        row.addWidget(self.copy_button)
        self._fit()

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802 - QLabel's name, so the pane treats fields alike
        self._text = text
        self._label.setToolTip(text)
        self._fit()

    def clear(self) -> None:
        self.setText("")

    def shown_text(self) -> str:
        return self._label.text()

    def copy(self) -> None:
        if self._text:
            QGuiApplication.clipboard().setText(self._text)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's naming
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        # Ids are told apart by their beginning: the end gives way.
        width = self._label.width()
        self._label.setText(self._label.fontMetrics().elidedText(self._text, Qt.TextElideMode.ElideRight, width))
        self.copy_button.setVisible(bool(self._text))
