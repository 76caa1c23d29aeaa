"""Signed request headers: x-oss-range-behavior, x-oss-request-payer and any other x-oss-*
header. Whoever uses the link must send each of them exactly."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..state_colors import State, fill_color
from .field_marks import mark

RANGE_FIELD = "range behavior"
PAYER_FIELD = "request payer"


class HeadersWidget(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.range_behavior = QComboBox(self)
        self.range_behavior.addItem(self.tr("Not signed"), "")
        self.range_behavior.addItem("standard", "standard")
        self.request_payer = QCheckBox(self.tr("Requester pays"), self)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Header name"), self.tr("Value")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(60)
        self.table.setMaximumHeight(96)
        self.add_button = QPushButton(self.tr("Add header"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow("x-oss-range-behavior", self.range_behavior)
        form.addRow("", self.request_payer)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.range_behavior.currentIndexChanged.connect(self.changed)
        self.request_payer.toggled.connect(self.changed)
        self.table.itemChanged.connect(self.changed)
        self.add_button.clicked.connect(self._add_and_edit)
        self.remove_button.clicked.connect(self._remove_current)

    def add_header(self, name: str, value: str) -> int:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        self.table.setItem(row, 1, QTableWidgetItem(value))
        self.table.blockSignals(False)
        self.changed.emit()
        return row

    def _add_and_edit(self) -> None:
        """A new row opens for typing at once, after its "x-oss-" prefix (a row that was only
        selected took the typed text as a search and lost it)."""
        row = self.add_header("x-oss-", "")
        item = self.table.item(row, 0)
        if item is None:
            return
        self.table.setCurrentItem(item)
        self.table.editItem(item)
        for editor in self.table.viewport().findChildren(QLineEdit):
            editor.deselect()
            editor.end(False)

    def set_header(self, row: int, name: str, value: str) -> None:
        """Replace a row's name and value as one change (no link signed for the half-edited row)."""
        name_item, value_item = self.table.item(row, 0), self.table.item(row, 1)
        if name_item is None or value_item is None:
            return
        self.table.blockSignals(True)
        name_item.setText(name)
        value_item.setText(value)
        self.table.blockSignals(False)
        self.changed.emit()

    def _remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def values(self) -> tuple[str | None, str | None, dict[str, str]]:
        """(range behavior, request payer, other headers). Rows with an empty name are ignored,
        so a half-typed row does not break the link.

        Values lose surrounding blanks: HTTP drops them in transit (and requests refuses to send
        them), so a value signed with them never matches; the core refuses them otherwise. The
        rest (non-ASCII values, bad names) is the core's check_header(), which presign() runs."""
        extra: dict[str, str] = {}
        for row in range(self.table.rowCount()):
            name_item, value_item = self.table.item(row, 0), self.table.item(row, 1)
            name = (name_item.text() if name_item else "").strip()
            value = (value_item.text() if value_item else "").strip(" \t")
            if name and name.lower() != "x-oss-":
                extra[name] = value
        return (
            self.range_behavior.currentData() or None,
            "requester" if self.request_payer.isChecked() else None,
            extra,
        )

    def set_error(self, field: str | None, rule: str | None) -> bool:
        """Mark the input `field` names (e.g. "header 'x-oss-a b'"); False if it is not here."""
        found = False
        self.table.blockSignals(True)
        for row in range(self.table.rowCount()):
            name_item, value_item = self.table.item(row, 0), self.table.item(row, 1)
            name = name_item.text().strip() if name_item else ""
            hit = field is not None and name != "" and field in (f"header {name!r}", f"header {name.lower()}")
            for item in (name_item, value_item):
                if item is None:
                    continue
                if hit:
                    item.setBackground(QBrush(fill_color(State.ERROR)))
                    item.setToolTip(rule or "")
                else:
                    item.setBackground(QBrush())
                    item.setToolTip("")
            found = found or hit
        self.table.blockSignals(False)
        mark(self.table, rule if found else None)
        mark(self.range_behavior, rule if field == RANGE_FIELD else None)
        mark(self.request_payer, rule if field == PAYER_FIELD else None)
        return found or field in (RANGE_FIELD, PAYER_FIELD)

