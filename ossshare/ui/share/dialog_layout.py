"""The share dialog's arrangement and size: simple first (how long, the link, Copy, Test) in a
form that scrolls up and down, the rest folded under Options, and the QR code in a column of
its own that nothing covers; sized to the screen it opens on, from a 1366x768 laptop at
display scale 2 (683x384 logical pixels) up."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..i18n import translate

if TYPE_CHECKING:
    from .dialog import ShareDialog

PREFERRED_SIZE = QSize(1000, 640)
MINIMUM_SIZE = QSize(600, 400)
# Room left on the screen for the window frame, title bar and a panel or taskbar.
_FRAME_ALLOWANCE = QSize(40, 72)


def fitted_size(available: QSize) -> tuple[QSize, QSize]:
    """(initial size, minimum size) for a screen with `available` room: the preferred size,
    shrunk to fit (a 1366x768 laptop has about 700 pixels of height), never below what the
    screen can show."""
    room = available - _FRAME_ALLOWANCE
    size = PREFERRED_SIZE.boundedTo(room).expandedTo(QSize(1, 1))
    return size, MINIMUM_SIZE.boundedTo(size)


def arrange(dialog: ShareDialog) -> None:
    """Lay out the dialog's parts (created by the dialog in Tab order) and size it."""
    title = QLabel(f"oss://{dialog.bucket}/{dialog.key}", dialog)
    title.setObjectName("objectPath")
    title.setTextFormat(Qt.TextFormat.PlainText)  # a key may hold "<" or "&"
    title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    title.setWordWrap(True)
    link_form = QWidget(dialog)
    link_rows = QFormLayout(link_form)
    link_rows.setContentsMargins(0, 0, 0, 0)
    link_rows.addRow(translate("ShareDialog", "Host"), dialog.host)
    link_rows.addRow(translate("ShareDialog", "Signature"), dialog.signature)
    link_rows.addRow(translate("ShareDialog", "Version"), dialog.version)
    dialog.options.add(link_form)
    for name, widget in (
        (translate("ShareDialog", "Signed request headers"), dialog.headers),
        (translate("ShareDialog", "Response overrides and traffic limit"), dialog.overrides),
        (translate("ShareDialog", "Image processing"), dialog.processing),
    ):
        box = QGroupBox(name, dialog)
        QVBoxLayout(box).addWidget(widget)
        dialog.options.add(box)
    # Long entries (a custom domain, a version's date and id) must not set the form's width.
    for combo in (dialog.host.combo, dialog.version.combo):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
    # Where the form is narrow (display scale 2), a field goes under its label.
    for rows in dialog.options.body.findChildren(QFormLayout):
        rows.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

    # Simple first: what most people need (how long, the link, Copy, Test) at the top; the
    # rest folded under Options. Warnings sit outside the fold, so folding never hides one.
    form = QWidget(dialog)
    form_layout = QVBoxLayout(form)
    form_layout.setContentsMargins(0, 0, 0, 0)
    for part in (title, dialog.object_warning, dialog.expiry, dialog.result_panel, dialog.copy_bar, dialog.tester):
        form_layout.addWidget(part)
    form_layout.addWidget(dialog.options)
    form_layout.addStretch(1)
    scroll = QScrollArea(dialog)
    scroll.setObjectName("shareForm")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(form)
    # The QR column has its own width and the full height, outside the scrolled form: it is
    # never covered by the form, whatever is unfolded.
    columns = QHBoxLayout()
    columns.addWidget(scroll, 3)
    columns.addWidget(dialog.qr, 2)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    buttons.addButton(dialog.renew_button, QDialogButtonBox.ButtonRole.ActionRole)
    layout = QVBoxLayout(dialog)
    # The layout must not resize the window's minimum as content changes (a new QR version,
    # a warning appearing): the minimum is fixed once, before the window exists.
    layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    layout.addLayout(columns, 1)
    layout.addWidget(buttons)
    _fit_to_screen(dialog)


def _fit_to_screen(dialog: ShareDialog) -> None:
    parent = dialog.parentWidget()
    screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
    available = screen.availableGeometry().size() if screen is not None else PREFERRED_SIZE + _FRAME_ALLOWANCE
    size, minimum = fitted_size(available)
    dialog.setMinimumSize(minimum)
    dialog.resize(size)
