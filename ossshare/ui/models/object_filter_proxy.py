"""Sorting and filtering over an ObjectListModel, done in C++ on plain sort keys.

The source model already lists folders first in the server's (name) order, so the default
view is unsorted (column -1) and costs nothing while 100,000 rows stream in. Choosing a
column sorts on SORT_ROLE values (str/int/float) that QSortFilterProxyModel compares
natively; the folders-first rule survives both directions because the source flips the
folders' keys with the order.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt

from .object_list import ObjectListModel
from .roles import SORT_ROLE


class ObjectSortProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(ObjectListModel.NAME)
        self.setDynamicSortFilter(True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, ObjectListModel):
            source.set_descending(order == Qt.SortOrder.DescendingOrder)
        super().sort(column, order)

    def set_filter_text(self, text: str) -> None:
        self.setFilterFixedString(text.strip())
