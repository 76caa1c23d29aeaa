"""Copy buttons: the link itself and its curl, wget, PowerShell, Python, Markdown and HTML
forms, each put on the clipboard as plain text. The buttons wrap to a second row rather than
being squeezed, and "Copied." has its room from the start, so showing it moves nothing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from ...services.snippets import SnippetKind
from .flow_layout import FlowLayout


class CopyBar(QWidget):
    copied = Signal(str)  # the SnippetKind value

    def __init__(self, parent: QWidget | None, text_for: Callable[[SnippetKind], str | None]) -> None:
        super().__init__(parent)
        self._text_for = text_for
        names = {
            SnippetKind.LINK: self.tr("Copy link"),
            SnippetKind.CURL: self.tr("curl"),
            SnippetKind.WGET: self.tr("wget"),
            SnippetKind.POWERSHELL: self.tr("PowerShell"),
            SnippetKind.PYTHON: self.tr("Python"),
            SnippetKind.MARKDOWN: self.tr("Markdown"),
            SnippetKind.HTML: self.tr("HTML"),
        }
        self.buttons: dict[SnippetKind, QPushButton] = {}
        layout = FlowLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for kind, name in names.items():
            button = QPushButton(name, self)
            button.setObjectName(f"copy_{kind.value}")
            tip = self.tr("Ctrl+C") if kind is SnippetKind.LINK else self.tr("Copy the link as {0}").format(name)
            button.setToolTip(tip)
            button.clicked.connect(lambda _checked=False, k=kind: self.copy(k))
            layout.addWidget(button)
            self.buttons[kind] = button
        self.buttons[SnippetKind.LINK].setDefault(True)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setFixedWidth(self.status.fontMetrics().horizontalAdvance(self.tr("Copied.")) + 8)
        layout.addWidget(self.status)

    def set_enabled(self, enabled: bool) -> None:
        """Called with every new link (or none): "Copied." was about the previous one."""
        for button in self.buttons.values():
            button.setEnabled(enabled)
        self.status.setText("")

    def copy(self, kind: SnippetKind) -> bool:
        text = self._text_for(kind)
        if not text:
            return False
        QApplication.clipboard().setText(text)
        self.status.setText(self.tr("Copied."))
        self.copied.emit(kind.value)
        return True
