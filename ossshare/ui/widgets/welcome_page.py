"""First start, no profile yet: three ways in."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCommandLinkButton, QFrame, QLabel, QScrollArea, QStyle, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    addProfileRequested = Signal()
    importRequested = Signal()
    demoRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        # Taller than a 683x384 screen (scale 2) once the menu and status bar are counted: it scrolls.
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        frame = QVBoxLayout(self)
        frame.setContentsMargins(0, 0, 0, 0)
        frame.addWidget(scroller)
        content = QWidget()
        scroller.setWidget(content)
        outer = QVBoxLayout(content)
        outer.addStretch(1)
        column = QWidget()
        column.setFixedWidth(540)  # word-wrapped labels need a definite width to size their height
        layout = QVBoxLayout(column)
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_DriveNetIcon).pixmap(56, 56))
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignHCenter)
        title = QLabel(self.tr("Welcome to ossshare"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        blurb = QLabel(
            self.tr(
                "Browse your Alibaba Cloud OSS buckets and turn any object into a time-limited "
                "download link, a QR code or a ready curl command. Secrets stay in your system keyring."
            )
        )
        blurb.setWordWrap(True)
        blurb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(blurb)
        layout.addSpacing(12)
        self.add_button = QCommandLinkButton(
            self.tr("Add profile"), self.tr("Enter an AccessKey ID and secret, with the region of your buckets.")
        )
        self.import_button = QCommandLinkButton(
            self.tr("Import from ossutil"), self.tr("Read ~/.ossutilconfig; the secrets go straight to the keyring.")
        )
        self.demo_button = QCommandLinkButton(
            self.tr("Try the demo"), self.tr("A sample bucket on a local sandbox: nothing leaves this computer.")
        )
        self.add_button.clicked.connect(self.addProfileRequested)
        self.import_button.clicked.connect(self.importRequested)
        self.demo_button.clicked.connect(self.demoRequested)
        for button in (self.add_button, self.import_button, self.demo_button):
            button.setMinimumHeight(button.heightForWidth(540))  # the description wraps at this width
            layout.addWidget(button)
        self._note = QLabel()
        self._note.setTextFormat(Qt.TextFormat.PlainText)
        self._note.setWordWrap(True)
        self._note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._note.setEnabled(False)
        layout.addWidget(self._note)
        outer.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def set_note(self, text: str) -> None:
        self._note.setText(text)

    @property
    def note(self) -> str:
        return self._note.text()
