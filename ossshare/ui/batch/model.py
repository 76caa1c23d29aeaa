"""The links of a batch as a table: name, size, expiry and the link itself."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ...core.visible import visible
from ...services.export import LinkRow
from ..i18n import human_size, local_time

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the LinkRow itself


class BatchLinksModel(QAbstractTableModel):
    NAME, SIZE, EXPIRES, LINK = range(4)
    COLUMNS = 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[LinkRow] = []

    def append(self, rows: Sequence[LinkRow]) -> None:
        """Rows made since the last call (one insertion however many: the view lays out once)."""
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def links(self) -> list[LinkRow]:
        """A copy: a worker may write it out while the table goes on growing."""
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return visible(row.key)  # control and bidi characters shown, never acted on
            if column == self.SIZE:
                return "" if row.size is None else human_size(row.size)
            if column == self.EXPIRES:
                return local_time(row.result.expiration, seconds=True)
            if column == self.LINK:
                return row.result.url
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return visible(row.key)
        if role == ROW_ROLE:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (self.tr("Name"), self.tr("Size"), self.tr("Expires"), self.tr("Link"))
        return names[section] if 0 <= section < len(names) else None
