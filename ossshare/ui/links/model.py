"""The link history as a table: the object, a live countdown, the expiry, when it was made,
its note, and what a check found (the object deleted or replaced since)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, timedelta

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ...core.clock import utc_now
from ...core.visible import visible
from ...services.ledger import LedgerEntry
from ...services.share import split_remaining
from ..i18n import local_time, translate
from ..state_colors import State, text_color

Index = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


def countdown(left: timedelta) -> str:
    """Time left, as the share dialog counts it; "Expired" once it is gone."""
    if left.total_seconds() <= 0:
        return translate("LinksModel", "Expired")
    days, hours, minutes, seconds = split_remaining(left)
    if days:
        return translate("LinksModel", "{0} d {1} h").format(days, hours)
    if hours:
        return translate("LinksModel", "{0} h {1} min").format(hours, minutes)
    if minutes:
        return translate("LinksModel", "{0} min {1} s").format(minutes, seconds)
    return translate("LinksModel", "{0} s").format(seconds)


class LinksModel(QAbstractTableModel):
    OBJECT, LEFT, EXPIRES, CREATED, NOTE, CHECK = range(6)
    COLUMNS = 6

    def __init__(self, parent: QObject | None = None, *, clock: Callable[[], datetime] = utc_now) -> None:
        super().__init__(parent)
        self._clock = clock
        self._entries: list[LedgerEntry] = []
        self._checks: dict[int, tuple[str, State | None]] = {}  # entry id: what a check found
        self._now = clock()

    def set_entries(self, entries: Iterable[LedgerEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._now = self._clock()
        self.endResetModel()

    def entry_at(self, row: int) -> LedgerEntry:
        return self._entries[row]

    def row_of(self, entry_id: int) -> int | None:
        return next((i for i, e in enumerate(self._entries) if e.id == entry_id), None)

    def set_check(self, entry_id: int, text: str, state: State | None) -> None:
        self._checks[entry_id] = (text, state)
        row = self.row_of(entry_id)
        if row is not None:
            index = self.index(row, self.CHECK)
            self.dataChanged.emit(index, index)

    def check_of(self, entry_id: int) -> tuple[str, State | None] | None:
        return self._checks.get(entry_id)

    def tick(self) -> None:
        """The countdown moves on (one dataChanged for the column, not one per row)."""
        self._now = self._clock()
        if self._entries:
            self.dataChanged.emit(self.index(0, self.LEFT), self.index(len(self._entries) - 1, self.LEFT))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry, column = self._entries[index.row()], index.column()
        left = entry.spec.expiration - self._now
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column, left)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.OBJECT:
            return visible(f"oss://{entry.spec.request.bucket}/{entry.spec.request.key}")
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.LEFT and left.total_seconds() <= 0:
                return text_color(State.WARNING)
            check = self._checks.get(entry.id)
            if column == self.CHECK and check is not None and check[1] is not None:
                return text_color(check[1])
        if role == ENTRY_ROLE:
            return entry
        return None

    def _text(self, entry: LedgerEntry, column: int, left: timedelta) -> str | None:
        request = entry.spec.request
        if column == self.OBJECT:
            version = f" ({request.version_id})" if request.version_id else ""
            return visible(f"oss://{request.bucket}/{request.key}{version}")
        if column == self.LEFT:
            return countdown(left)
        if column == self.EXPIRES:
            return local_time(entry.spec.expiration, seconds=True)
        if column == self.CREATED:
            return local_time(entry.created)
        if column == self.NOTE:
            return visible(entry.note or "")
        if column == self.CHECK:
            check = self._checks.get(entry.id)
            return check[0] if check is not None else ""
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (
            self.tr("Object"), self.tr("Time left"), self.tr("Expires"), self.tr("Made"), self.tr("Note"),
            self.tr("Object check"),
        )
        return names[section] if 0 <= section < len(names) else None
