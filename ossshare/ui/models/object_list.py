"""One level of a bucket (folders, then objects, under a prefix), filled page by page.

fetchMore() only *requests* the next page on the worker pool and returns; rows are inserted
when the reply arrives on the GUI thread. While a request is in flight canFetchMore() is
False, which keeps re-entrant callers (views, qtmodeltester) from piling up requests. Only
the latest request's reply counts: one for a level the user left, or for a request a
refresh replaced, is dropped.

Sorting happens here, in Python, over the two row lists (folders always first): one sort of
100,000 records takes tens of milliseconds, where a sorting proxy would call data() from C++
twice per comparison and block the window for seconds. The default order is the server's
(keys ascending), which new pages already follow; any other order re-sorts after each page.

Objects are held as plain tuples of str/int/datetime, not as ObjectEntry records: Python's
cyclic garbage collector stops tracking such tuples, so 100,000 rows add nothing for a full
collection to walk (with records, each full collection stalled the window ~80 ms).
"""

from __future__ import annotations

import html
from datetime import datetime
from operator import itemgetter
from typing import Final, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from ...core import Endpoint
from ...core.visible import visible
from ...oss.models import ObjectEntry, ObjectPage
from ...oss.paging import PageGuard
from ..i18n import human_size, local_time, storage_class_name
from ..requests import Request
from .roles import IS_FOLDER_ROLE, KEY_ROLE, RECORD_ROLE

Index = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 1000

# One object row: (key, size, last modified, etag, storage class), ObjectEntry's fields in order.
Row = tuple[str, int, datetime, str, str]
_KEY: Final = 0
_SIZE: Final = 1
_MODIFIED: Final = 2
_CLASS: Final = 4


class ObjectLister(Protocol):
    @property
    def endpoint(self) -> Endpoint: ...

    def list_objects(
        self,
        bucket: str,
        prefix: str = "",
        delimiter: str = "/",
        max_keys: int = 1000,
        continuation_token: str | None = None,
    ) -> ObjectPage: ...


class ObjectListModel(QAbstractTableModel):
    NAME, SIZE, MODIFIED, STORAGE = range(4)
    COLUMNS = 4

    loadingChanged = Signal(bool)
    pageArrived = Signal(int)  # number of rows the page added
    loadFailed = Signal(object)  # the exception (OssError, NetworkError, ...)

    def __init__(self, parent: QObject | None = None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._page_size = page_size
        self._page = Request[ObjectPage](self, self._page_arrived, self._page_failed)
        self._client: ObjectLister | None = None
        self._bucket = ""
        self._prefix = ""
        self._folders: list[str] = []
        self._objects: list[Row] = []
        self._token: str | None = None
        # Pages are asked for one by one as the view scrolls; the guard stops a server whose
        # markers never end (one per listing: a new one on every open()).
        self._guard: PageGuard | None = None
        self._exhausted = True  # nothing to fetch until open()
        self._error: BaseException | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None  # None: the server's order
        self._icons: tuple[QIcon, QIcon] | None = None

    # --- state (where it lists is the controller's to say: open() is told) -----------
    @property
    def loading(self) -> bool:
        return self._page.busy

    @property
    def complete(self) -> bool:
        """Every page of this level has arrived."""
        return self._exhausted and bool(self._bucket)

    @property
    def error(self) -> BaseException | None:
        return self._error

    @property
    def folder_count(self) -> int:
        return len(self._folders)

    @property
    def object_count(self) -> int:
        return len(self._objects)

    def is_folder_row(self, row: int) -> bool:
        return row < len(self._folders)

    def key_at(self, row: int) -> str:
        return self._folders[row] if row < len(self._folders) else self._objects[row - len(self._folders)][_KEY]

    def entry_at(self, row: int) -> ObjectEntry | None:
        return None if row < len(self._folders) else ObjectEntry(*self._objects[row - len(self._folders)])

    def row_of_key(self, key: str) -> int | None:
        """The row showing `key` (an object key or folder prefix) among the rows loaded so far."""
        if key.endswith("/") and key in self._folders:
            return self._folders.index(key)
        for i, entry in enumerate(self._objects):
            if entry[_KEY] == key:
                return len(self._folders) + i
        return None

    # --- navigation ------------------------------------------------------------------
    def open(self, client: ObjectLister, bucket: str, prefix: str = "") -> None:
        """Show `bucket`/`prefix`; the first page is requested at once."""
        self.beginResetModel()
        self._client, self._bucket, self._prefix = client, bucket, prefix
        self._guard = PageGuard(client.endpoint.host_for(bucket))
        self._folders, self._objects = [], []
        # Nothing to fetch while the reset is announced: a view or tester calling fetchMore()
        # from the reset signals would otherwise send a second request for the first page.
        self._token, self._exhausted, self._error = None, True, None
        was_loading = self._page.busy
        self._page.cancel()
        self.endResetModel()
        if was_loading:
            self.loadingChanged.emit(False)
        self._exhausted = False
        self._request_page()

    def clear(self) -> None:
        self.beginResetModel()
        self._client, self._bucket, self._prefix = None, "", ""
        self._guard = None
        self._folders, self._objects = [], []
        self._token, self._exhausted, self._error = None, True, None
        was_loading = self._page.busy
        self._page.cancel()
        self.endResetModel()
        if was_loading:
            self.loadingChanged.emit(False)

    def retry(self) -> None:
        """After a failed page: ask for the same page again."""
        if self._error is not None and not self._page.busy:
            self._error = None
            self._request_page()

    @property
    def sort_order(self) -> tuple[int, Qt.SortOrder] | None:
        return self._sort

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Folders first, then objects, each by `column`; name ascending is the server's order."""
        wanted = None if column in (-1, self.NAME) and order == Qt.SortOrder.AscendingOrder else (column, order)
        if wanted != self._sort:
            self._sort = wanted
            self._apply_sort()

    def _apply_sort(self) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()  # the selection and the current row, a handful
        records = [(self._record(i.row()), i.column()) for i in persistent]
        column, order = self._sort or (self.NAME, Qt.SortOrder.AscendingOrder)
        descending = order == Qt.SortOrder.DescendingOrder
        self._folders.sort(reverse=descending and column == self.NAME)
        if column == self.SIZE:
            self._objects.sort(key=itemgetter(_SIZE), reverse=descending)
        elif column == self.MODIFIED:
            self._objects.sort(key=itemgetter(_MODIFIED), reverse=descending)
        elif column == self.STORAGE:
            self._objects.sort(key=itemgetter(_CLASS, _KEY), reverse=descending)
        else:
            self._objects.sort(key=itemgetter(_KEY), reverse=descending)
        if persistent:
            folder_rows = {p: i for i, p in enumerate(self._folders)}
            offset = len(self._folders)
            object_rows = {id(e): offset + i for i, e in enumerate(self._objects)}
            moved = [
                self.index(folder_rows[r] if isinstance(r, str) else object_rows[id(r)], col)
                for r, col in records
            ]
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _record(self, row: int) -> str | Row:
        return self._folders[row] if row < len(self._folders) else self._objects[row - len(self._folders)]

    # --- lazy paging -----------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt signature
        if parent.isValid():
            return False
        return not self._exhausted and not self._page.busy and self._error is None and self._client is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._request_page()

    def _request_page(self) -> None:
        client, bucket, prefix, token, size = self._client, self._bucket, self._prefix, self._token, self._page_size
        guard = self._guard
        assert client is not None and guard is not None

        def fetch() -> ObjectPage:
            page = client.list_objects(bucket, prefix=prefix, delimiter="/", max_keys=size, continuation_token=token)
            guard.follow(page.next_token, empty=page.is_empty)
            return page

        self._page.submit(fetch)
        self.loadingChanged.emit(True)

    def _page_arrived(self, page: ObjectPage) -> None:
        self._token = page.next_token
        self._exhausted = page.next_token is None
        folders = [p for p in page.prefixes if p != self._prefix]
        objects = [
            (o.key, o.size, o.last_modified, o.etag, o.storage_class)
            for o in page.objects
            if o.key != self._prefix  # the folder's own marker object
        ]
        if folders:
            start = len(self._folders)
            self.beginInsertRows(QModelIndex(), start, start + len(folders) - 1)
            self._folders.extend(folders)
            self.endInsertRows()
        if objects:
            start = len(self._folders) + len(self._objects)
            self.beginInsertRows(QModelIndex(), start, start + len(objects) - 1)
            self._objects.extend(objects)
            self.endInsertRows()
        if self._sort is not None and (folders or objects):
            self._apply_sort()  # nearly sorted already: a run appended to a sorted list
        self.loadingChanged.emit(False)
        self.pageArrived.emit(len(folders) + len(objects))

    def _page_failed(self, error: BaseException) -> None:
        self._error = error
        self.loadingChanged.emit(False)
        self.loadFailed.emit(error)

    # --- Qt model --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._folders) + len(self._objects)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < self.COLUMNS:
            return None
        return (self.tr("Name"), self.tr("Size"), self.tr("Last modified"), self.tr("Storage class"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        nfolders = len(self._folders)
        if row < nfolders:
            return self._folder_data(self._folders[row], col, role)
        if row - nfolders >= len(self._objects):
            return None
        return self._object_data(self._objects[row - nfolders], col, role)

    # A key is data from the server: shown with control and bidi characters escaped, never as
    # markup (a tooltip that looks like HTML is rendered as HTML); KEY_ROLE keeps it verbatim.
    def _name(self, key: str) -> str:
        return visible(key[len(self._prefix) :])

    def _tooltip(self, key: str) -> str:
        text = visible(f"oss://{self._bucket}/{key}")
        if "<" in text or "&" in text:  # what Qt could take for markup: made rich text that shows it as is
            return f"<p style='white-space:pre'>{html.escape(text)}</p>"
        return text

    def _folder_data(self, prefix: str, col: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.NAME:
                return self._name(prefix).rstrip("/") or "/"
            if col == self.STORAGE:
                return self.tr("Folder")
            return ""
        if role == Qt.ItemDataRole.DecorationRole and col == self.NAME:
            return self._icon(folder=True)
        if role == KEY_ROLE:
            return prefix
        if role == IS_FOLDER_ROLE:
            return True
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(prefix)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _object_data(self, row: Row, col: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.NAME:
                return self._name(row[_KEY])
            if col == self.SIZE:
                return human_size(row[_SIZE])
            if col == self.MODIFIED:
                return local_time(row[_MODIFIED])
            return storage_class_name(row[_CLASS])
        if role == Qt.ItemDataRole.DecorationRole and col == self.NAME:
            return self._icon(folder=False)
        if role == KEY_ROLE:
            return row[_KEY]
        if role == IS_FOLDER_ROLE:
            return False
        if role == RECORD_ROLE:
            return ObjectEntry(*row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row[_KEY])
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _icon(self, *, folder: bool) -> QIcon | None:
        if self._icons is None:
            style = QApplication.style() if isinstance(QApplication.instance(), QApplication) else None
            if style is None:
                return None
            self._icons = (
                style.standardIcon(QStyle.StandardPixmap.SP_DirIcon),
                style.standardIcon(QStyle.StandardPixmap.SP_FileIcon),
            )
        return self._icons[0] if folder else self._icons[1]
