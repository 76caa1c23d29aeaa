"""Where to write a batch: the file dialogs (opened with open(), never exec())."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from ..i18n import translate
from .outputs import format_for


def ask_links_path(parent: QWidget, chosen: Callable[[str, str], None]) -> QFileDialog:
    """Ask for a file; `chosen(path, format)` with the format its extension, else its filter, names."""
    filters = {
        "url": translate("BatchDialog", "Plain links (*.txt)"),
        "csv": translate("BatchDialog", "CSV (*.csv)"),
        "tsv": translate("BatchDialog", "TSV (*.tsv)"),
        "json": translate("BatchDialog", "JSON (*.json)"),
        "jsonl": translate("BatchDialog", "JSON Lines (*.jsonl)"),
        "markdown": translate("BatchDialog", "Markdown (*.md)"),
        "html": translate("BatchDialog", "HTML page (*.html)"),
    }
    dialog = QFileDialog(parent, translate("BatchDialog", "Save links"), "links.csv")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilters(list(filters.values()))
    dialog.selectNameFilter(filters["csv"])
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def selected(path: str) -> None:
        picked = next((fmt for fmt, text in filters.items() if text == dialog.selectedNameFilter()), "csv")
        chosen(path, format_for(path, picked))

    dialog.fileSelected.connect(selected)
    dialog.open()
    return dialog


def ask_sheet_path(parent: QWidget, chosen: Callable[[str], None]) -> QFileDialog:
    dialog = QFileDialog(parent, translate("BatchDialog", "Save QR sheet"), "links-qr.pdf")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilters([translate("BatchDialog", "PDF (*.pdf)")])
    dialog.setDefaultSuffix("pdf")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fileSelected.connect(chosen)
    dialog.open()
    return dialog
