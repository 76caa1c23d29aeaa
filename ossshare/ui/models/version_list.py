"""The versions of one object, newest first, delete markers included (shown, not shareable)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from ...oss.models import ObjectVersion
from ..i18n import human_size, local_time
from .roles import KEY_ROLE, RECORD_ROLE

Index = QModelIndex | QPersistentModelIndex


class VersionListModel(QAbstractTableModel):
    MODIFIED, SIZE, STATE, VERSION_ID = range(4)
    COLUMNS = 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._versions: list[ObjectVersion] = []

    def set_versions(self, versions: Iterable[ObjectVersion]) -> None:
        self.beginResetModel()
        self._versions = sorted(versions, key=lambda v: v.last_modified, reverse=True)
        self.endResetModel()

    def clear(self) -> None:
        self.set_versions(())

    def version_at(self, row: int) -> ObjectVersion:
        return self._versions[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._versions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 4:
            return (self.tr("Modified"), self.tr("Size"), self.tr("State"), self.tr("Version ID"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
        if not self._versions[index.row()].is_delete_marker:
            flags |= Qt.ItemFlag.ItemIsSelectable  # a delete marker has no bytes to share
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._versions):
            return None
        v = self._versions[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.MODIFIED:
                # To the second: an object re-uploaded to fix a typo has versions a minute apart or less.
                return local_time(v.last_modified, seconds=True)
            if col == self.SIZE:
                return "" if v.is_delete_marker else human_size(v.size)
            if col == self.STATE:
                return self._state(v)
            return v.version_id
        if role == Qt.ItemDataRole.FontRole and v.is_latest:
            font = QFont()
            font.setBold(True)
            return font
        dimmed = v.is_delete_marker and isinstance(QApplication.instance(), QApplication)
        if role == Qt.ItemDataRole.ForegroundRole and dimmed:
            return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.ToolTipRole:
            return v.version_id
        if role == KEY_ROLE:
            return v.version_id
        if role == RECORD_ROLE:
            return v
        return None

    def _state(self, v: ObjectVersion) -> str:
        if v.is_delete_marker:
            return self.tr("Delete marker (latest)") if v.is_latest else self.tr("Delete marker")
        return self.tr("Latest") if v.is_latest else ""


__all__ = ["VersionListModel"]
