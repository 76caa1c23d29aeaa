"""The share dialog's "Options" disclosure: folded, one line says what is set; unfolded, the
host, signature, version, headers, overrides, traffic limit and image processing. Whether it
is open is remembered (share_prefs)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from . import share_prefs


class OptionsSection(QWidget):
    toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button = QToolButton(self)
        self.button.setObjectName("optionsToggle")
        self.button.setText(self.tr("&Options"))  # Alt+O
        self.button.setCheckable(True)
        self.button.setAutoRaise(True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setObjectName("optionsSummary")
        self.summary.setWordWrap(True)
        # The summary wraps rather than widening the dialog.
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body = QWidget(self)
        self.body.setObjectName("optionsBody")
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.button)
        header.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.body)
        self._show(share_prefs.options_open())
        self.button.toggled.connect(self._toggled)

    def add(self, widget: QWidget) -> None:
        self.body_layout.addWidget(widget)

    def is_open(self) -> bool:
        return self.button.isChecked()

    def set_open(self, value: bool, *, remember: bool = True) -> None:
        """Fold or unfold; `remember` False for an unfold the dialog does by itself (to show
        an input that breaks a rule), which should not change what the person chose."""
        if value == self.is_open():
            return
        self.button.blockSignals(True)
        self._show(value)
        self.button.blockSignals(False)
        if remember:
            share_prefs.set_options_open(value)
        self.toggled.emit(value)

    def set_summary(self, text: str) -> None:
        self.summary.setText(text)
        self.summary.setToolTip(text)

    def _toggled(self, value: bool) -> None:
        self._show(value)
        share_prefs.set_options_open(value)
        self.toggled.emit(value)

    def _show(self, value: bool) -> None:
        self.button.setChecked(value)
        self.button.setArrowType(Qt.ArrowType.DownArrow if value else Qt.ArrowType.RightArrow)
        self.body.setVisible(value)
