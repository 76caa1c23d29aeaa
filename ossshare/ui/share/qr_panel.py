"""The QR code of the link with its level, version and warnings, a full-screen view, and a
menu to save it as PNG or SVG or copy it as an image."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...services.qr import DEFAULT_LEVEL, LEVELS, QrCode, QrTooLong, make_qr
from ..state_colors import State, text_style
from .flow_layout import FlowLayout
from .qr_widget import QrFullScreen, QrWidget, render_qr_image

PNG_SCALE = 10  # pixels per module in a saved PNG: sharp when printed at a few centimetres
SVG_SCALE = 8
CLIPBOARD_SCALE = 8
# Encoding a long link takes segno 50-200 ms: while someone types, the link text follows every
# key and the QR code follows once typing pauses this long.
DEBOUNCE_MS = 150


class QrPanel(QWidget):
    saved = Signal(str)  # the path written
    failed = Signal(str, str)  # title, message
    updated = Signal()  # the code now shows the latest link

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text: str | None = None
        self._default_name = "link-qr"
        self.qr = QrWidget(self)
        self.full_screen_button = QPushButton(self.tr("Full screen"), self)  # created in Tab order
        self.level = QComboBox(self)
        names = {
            "L": self.tr("Recovery 7% (L)"),
            "M": self.tr("Recovery 15% (M)"),
            "Q": self.tr("Recovery 25% (Q)"),
            "H": self.tr("Recovery 30% (H)"),
        }
        for level in LEVELS:
            self.level.addItem(names[level], level)
        self.level.setCurrentIndex(LEVELS.index(DEFAULT_LEVEL))
        self.level.setToolTip(
            self.tr("Error correction: how much of the code may be hidden or damaged; more makes it denser")
        )
        self.save_button = QPushButton(self.tr("Save or copy"), self)
        menu = QMenu(self.save_button)
        self.save_png_action = menu.addAction(self.tr("Save PNG…"))
        self.save_svg_action = menu.addAction(self.tr("Save SVG…"))
        self.copy_image_action = menu.addAction(self.tr("Copy image"))
        self.save_button.setMenu(menu)
        self.info = QLabel(self)
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.info.setObjectName("qrInfo")
        self.info.setWordWrap(True)
        self.warning = QLabel(self)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setWordWrap(True)
        self.warning.setObjectName("qrWarning")
        self.status = QLabel(self)  # what happened to the last save or copy
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setObjectName("qrStatus")
        self.status.setWordWrap(True)
        # Texts that change with the link wrap in the column's width instead of widening it
        # (which would take width, and so size, from the code).
        for label in (self.info, self.warning, self.status):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # Few, short controls, so that the code keeps the column's height on a small screen;
        # the full-screen view first: it is the way to scan when the window is small.
        buttons = FlowLayout()
        for widget in (self.full_screen_button, self.level, self.save_button):
            buttons.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.qr)
        layout.addWidget(self.info)
        layout.addWidget(self.warning)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)  # room left over goes under the controls, not between code and them

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._rebuild)
        self.level.currentIndexChanged.connect(self._rebuild)
        self.qr.activated.connect(self.show_full_screen)
        self.full_screen_button.clicked.connect(self.show_full_screen)
        self.save_png_action.triggered.connect(lambda: self._ask_path("png"))
        self.save_svg_action.triggered.connect(lambda: self._ask_path("svg"))
        self.copy_image_action.triggered.connect(self.copy_image)
        self._needs_headers = False
        self._rebuild()

    # ----- content -----

    def set_link(self, text: str | None, *, needs_headers: bool = False, default_name: str = "link-qr") -> None:
        """Show the code of `text`. The first link, and no link, show at once; a change of an
        existing link is coalesced with the ones that follow within DEBOUNCE_MS."""
        self._text = text
        self._needs_headers = needs_headers
        self._default_name = default_name or "link-qr"
        if text is None or self.qr.code() is None:
            self._rebuild()
        else:
            self.qr.set_stale(True)
            self._debounce.start()

    def pending(self) -> bool:
        """True while the code drawn is of an earlier link than the current one."""
        return self._debounce.isActive()

    def flush(self) -> None:
        if self._debounce.isActive():
            self._rebuild()

    def code(self) -> QrCode | None:
        """The code of the current link (brought up to date first: saves and copies never use
        an earlier link)."""
        self.flush()
        return self.qr.code()

    def _rebuild(self) -> None:
        self._debounce.stop()
        code: QrCode | None = None
        problem = ""
        if self._text:
            try:
                code = make_qr(self._text, self.level.currentData())
            except QrTooLong:
                problem = self.tr("The link is too long for a QR code at this level: choose L, or a shorter link.")
        self.qr.set_code(code, placeholder=problem or self.tr("No link"))
        for button in (self.full_screen_button, self.save_button):
            button.setEnabled(code is not None)
        if code is None:
            self.info.setText("")
        else:
            self.info.setText(
                self.tr("Version {0} · {1}×{1} modules · level {2}").format(code.version, code.size, code.level)
            )
        warnings = [problem] if problem else []
        if code is not None and code.dense:
            warnings.append(
                self.tr(
                    "Dense code (version {0}): phones may struggle to read it from a screen. Use full "
                    "screen, level L, or a shorter link (fewer options, no STS token)."
                ).format(code.version)
            )
        if code is not None and self._needs_headers:
            warnings.append(
                self.tr("This link needs signed headers a phone cannot send: scanning it will fail.")
            )
        self.warning.setText("\n".join(warnings))
        self.warning.setVisible(bool(warnings))
        self.updated.emit()

    # ----- actions -----

    def show_full_screen(self) -> QrFullScreen | None:
        code = self.code()
        if code is None:
            return None
        view = QrFullScreen(code, self)
        screen = self.screen()
        if screen is not None:
            view.setScreen(screen)  # the screen the dialog is on, not always the primary one
            view.setGeometry(screen.geometry())
        view.showFullScreen()
        return view

    def copy_image(self) -> None:
        code = self.code()
        if code is not None:
            QApplication.clipboard().setImage(render_qr_image(code, CLIPBOARD_SCALE))
            self._say(self.tr("QR code copied as an image."))

    def _ask_path(self, kind: str) -> None:
        dialog = QFileDialog(self, self.tr("Save QR code"), f"{self._default_name}.{kind}")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(kind)
        dialog.setNameFilter(self.tr("PNG image (*.png)") if kind == "png" else self.tr("SVG image (*.svg)"))
        dialog.fileSelected.connect(self.save_png if kind == "png" else self.save_svg)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def save_png(self, path: str) -> bool:
        code = self.code()
        return code is not None and self._write(path, code.png(PNG_SCALE))

    def save_svg(self, path: str) -> bool:
        code = self.code()
        return code is not None and self._write(path, code.svg(SVG_SCALE))

    def _write(self, path: str, data: bytes) -> bool:
        try:
            Path(path).write_bytes(data)
        except OSError as exc:
            title = self.tr("Could not save the QR code")
            message = f"{path}: {exc.strerror or type(exc).__name__}"
            self._say(f"{title}: {message}", error=True)
            self.failed.emit(title, message)
            return False
        self._say(self.tr("Saved {0}").format(path))
        self.saved.emit(path)
        return True

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(text_style(State.ERROR if error else None))
