"""The buckets of the current account: name and region, loaded off the GUI thread."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from ...oss.models import BucketInfo, BucketPage
from ..requests import Request
from .roles import KEY_ROLE, RECORD_ROLE

Index = QModelIndex | QPersistentModelIndex


class BucketLister(Protocol):
    def iter_bucket_pages(self) -> Iterator[BucketPage]: ...


def _all_buckets(client: BucketLister) -> list[BucketInfo]:
    return [bucket for page in client.iter_bucket_pages() for bucket in page.buckets]


class BucketListModel(QAbstractTableModel):
    NAME, REGION = range(2)
    COLUMNS = 2

    loadingChanged = Signal(bool)
    loaded = Signal(int)
    loadFailed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._buckets: list[BucketInfo] = []
        self._client: BucketLister | None = None
        self._request = Request[list[BucketInfo]](self, self._arrived, self._failed)
        self._error: BaseException | None = None
        self._icon: QIcon | None = None

    @property
    def loading(self) -> bool:
        return self._request.busy

    @property
    def error(self) -> BaseException | None:
        return self._error

    @property
    def buckets(self) -> tuple[BucketInfo, ...]:
        return tuple(self._buckets)

    def bucket_at(self, row: int) -> BucketInfo:
        return self._buckets[row]

    def row_of(self, name: str) -> int | None:
        for i, bucket in enumerate(self._buckets):
            if bucket.name == name:
                return i
        return None

    def load(self, client: BucketLister | None) -> None:
        """Forget the current list and ask `client` for its buckets (None: stay empty)."""
        self.set_buckets(())
        self._client, self._error = client, None
        was_loading = self._request.busy
        self._request.cancel()
        if client is None:
            if was_loading:
                self.loadingChanged.emit(False)
            return
        self._request.submit(lambda: _all_buckets(client))
        self.loadingChanged.emit(True)

    def reload(self) -> None:
        self.load(self._client)

    def set_buckets(self, buckets: Iterable[BucketInfo]) -> None:
        self.beginResetModel()
        self._buckets = sorted(buckets, key=lambda b: b.name)
        self.endResetModel()

    def _arrived(self, buckets: list[BucketInfo]) -> None:
        if buckets:
            self.beginInsertRows(QModelIndex(), 0, len(buckets) - 1)
            self._buckets = sorted(buckets, key=lambda b: b.name)
            self.endInsertRows()
        self.loadingChanged.emit(False)
        self.loaded.emit(len(buckets))

    def _failed(self, error: BaseException) -> None:
        self._error = error
        self.loadingChanged.emit(False)
        self.loadFailed.emit(error)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._buckets)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 2:
            return (self.tr("Bucket"), self.tr("Region"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._buckets):
            return None
        bucket = self._buckets[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return bucket.name if col == self.NAME else bucket.region
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("oss://{0} in {1}").format(bucket.name, bucket.region)
        if role == Qt.ItemDataRole.DecorationRole and col == self.NAME:
            return self._bucket_icon()
        if role == KEY_ROLE:
            return bucket.name
        if role == RECORD_ROLE:
            return bucket
        return None

    def _bucket_icon(self) -> QIcon | None:
        if self._icon is None and isinstance(QApplication.instance(), QApplication):
            self._icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_DriveNetIcon)
        return self._icon


__all__ = ["BucketListModel"]
