"""A non-blocking strip above the listing that says what went wrong and what to do about it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QToolButton, QVBoxLayout, QWidget

from ..state_colors import State, panel_style


class ErrorBanner(QFrame):
    retryRequested = Signal()
    editProfileRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(28, 28))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._title = QLabel()
        self._title.setTextFormat(Qt.TextFormat.PlainText)
        self._title.setObjectName("errorTitle")
        font = self._title.font()
        font.setBold(True)
        self._title.setFont(font)
        self._message = QLabel()
        self._message.setTextFormat(Qt.TextFormat.PlainText)
        self._message.setWordWrap(True)
        self._message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self._title)
        text.addWidget(self._message)
        self.retry_button = QPushButton(self.tr("Retry"))
        self.retry_button.clicked.connect(self.retryRequested)
        self.edit_button = QPushButton(self.tr("Edit profile…"))
        self.edit_button.clicked.connect(self.editProfileRequested)
        close = QToolButton()
        close.setAutoRaise(True)
        close.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton))
        close.setToolTip(self.tr("Dismiss"))
        close.clicked.connect(self.dismiss)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 8, 6, 8)
        row.addWidget(icon)
        row.addLayout(text, 1)
        row.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_text(self, title: str, message: str, *, retry: bool = False, edit_profile: bool = False) -> None:
        self.setStyleSheet(panel_style("errorBanner", State.ERROR))  # the palette of the moment
        self._title.setText(title)
        self._message.setText(message)
        self.retry_button.setVisible(retry)
        self.edit_button.setVisible(edit_profile)
        self.show()

    def dismiss(self) -> None:
        self.hide()

    @property
    def title(self) -> str:
        return self._title.text()

    @property
    def message(self) -> str:
        return self._message.text()
