"""The filter box over an ObjectListModel: name contains the text, case-insensitively.

It never sorts itself (sortColumn stays -1, rows keep the source's order); sort() is handed
to the source model, which sorts its own lists far faster than a proxy calling back into
Python for every comparison.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt

from .object_list import ObjectListModel


class ObjectFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(ObjectListModel.NAME)
        self.setDynamicSortFilter(True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    def set_filter_text(self, text: str) -> None:
        self.setFilterFixedString(text.strip())
