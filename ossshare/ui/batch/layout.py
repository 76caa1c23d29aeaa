"""The batch dialog's arrangement: options (and a folder's patterns) on the left with Make
links and Cancel, the running count and the table on the right, what to do with the links
along the bottom."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QScrollArea, QSplitter, QVBoxLayout, QWidget

from ..i18n import translate

if TYPE_CHECKING:
    from .dialog import BatchDialog


def arrange(d: BatchDialog, title: QLabel) -> None:
    scroll = QScrollArea(d)
    scroll.setWidgetResizable(True)
    scroll.setWidget(d.options)
    left = QWidget(d)
    left_layout = QVBoxLayout(left)
    left_layout.setContentsMargins(0, 0, 0, 0)
    if d.prefix is not None:
        patterns_form = QFormLayout()
        patterns_form.addRow(translate("BatchDialog", "Include"), d.include)
        patterns_form.addRow(translate("BatchDialog", "Exclude"), d.exclude)
        hint = QLabel(
            translate(
                "BatchDialog", "Patterns match the name below the folder; * also matches /; separate with commas."
            )
        )
        hint.setWordWrap(True)
        patterns_form.addRow("", hint)
        left_layout.addLayout(patterns_form)
    left_layout.addWidget(scroll, 1)
    run_row = QHBoxLayout()
    run_row.addWidget(d.make_button)
    run_row.addWidget(d.cancel_button)
    left_layout.addLayout(run_row)
    splitter = QSplitter(d)
    splitter.addWidget(left)
    right = QWidget(d)
    right_layout = QVBoxLayout(right)
    right_layout.setContentsMargins(0, 0, 0, 0)
    right_layout.addWidget(d.progress)
    right_layout.addWidget(d.table, 1)
    splitter.addWidget(right)
    splitter.setStretchFactor(1, 1)
    # The options without a horizontal scroll bar, but never more than ~40% of the dialog: in
    # Japanese their labels run wider and left the table's Link column a sliver.
    splitter.setSizes([min(d.options.sizeHint().width() + 40, 440), 700])
    buttons = QHBoxLayout()
    for widget in (d.copy_button, d.save_button, d.qr_button, d.page_size):
        buttons.addWidget(widget)
    buttons.addStretch(1)
    buttons.addWidget(d.close_button)
    layout = QVBoxLayout(d)
    layout.addWidget(title)
    layout.addWidget(splitter, 1)
    layout.addLayout(buttons)
    d.resize(1100, 700)
