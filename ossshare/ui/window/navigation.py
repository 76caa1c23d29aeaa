"""Moving around: buckets and folders, Back/Forward/Up, the path bar, refresh, the filter.

Every move goes through the controller; `follow()` is what the listing side does when the
location changes: list the folder, or first ask OSS where a bucket typed by name lives.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from ..requests import Request
from .location import Location, parent_prefix

if TYPE_CHECKING:
    from ..main_window import MainWindow


class Navigation(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._w = window
        self._located: dict[str, str] = {}  # bucket -> region, for buckets not in the list
        self._locate = Request[str](self, self._located_bucket, self._locate_failed)

    # --- moves -------------------------------------------------------------------------
    def navigate(self, bucket: str, prefix: str = "") -> None:
        w = self._w
        if w.connection is None or not bucket:
            return
        if bucket != w.controller.location.bucket:
            self._located.pop(bucket, None)  # entering again: ask again, it may have moved
        row = w.buckets.row_of(bucket)
        region = w.buckets.bucket_at(row).region if row is not None else self._located.get(bucket)
        w.controller.go(bucket, prefix, region)

    def reveal(self, bucket: str, path: str) -> None:
        """Go to the folder holding `path` and select the object named so; a folder typed
        without its trailing slash is opened instead."""
        folder = parent_prefix(path)
        self.navigate(bucket, folder)
        if bucket != self._w.controller.location.bucket:
            return  # not connected
        self.select_when_listed(path, or_folder=True, missing=lambda: self._missing(path, folder))

    def open_when_connected(self, bucket: str, path: str, share: bool) -> None:
        """From the command line: once the first profile is open, go to `path` in `bucket`
        (a folder, or an object's folder with the object selected) and, with `share`, open
        the share dialog for that object."""
        profiles = self._w.profiles

        def go() -> None:
            profiles.connectionChanged.disconnect(go)
            if not share:
                if path and not path.endswith("/"):
                    self.reveal(bucket, path)
                else:
                    self.navigate(bucket, path)
                return
            folder = parent_prefix(path)
            self.navigate(bucket, folder)
            if bucket == self._w.controller.location.bucket:
                self.select_when_listed(path, missing=lambda: self._missing(path, folder), found=self._w.share_current)

        profiles.connectionChanged.connect(go)

    def _missing(self, path: str, folder: str) -> None:
        self._w.status.showMessage(self.tr("Nothing named {0} here").format(path[len(folder) :]), 8000)

    def go_back(self) -> None:
        self._go_in_history(self._w.controller.back)

    def go_forward(self) -> None:
        self._go_in_history(self._w.controller.forward)

    def _go_in_history(self, move: Callable[[], bool]) -> None:
        leaving = self._w.controller.location
        if not move():
            return
        arrived = self._w.controller.location
        prefix = arrived.prefix
        if arrived.bucket == leaving.bucket and leaving.prefix.startswith(prefix) and leaving.prefix != prefix:
            # Back out of a subfolder: the cursor lands on the folder we came from.
            self.select_when_listed(prefix + leaving.prefix[len(prefix) :].split("/", 1)[0] + "/")

    def go_up(self) -> None:
        location = self._w.controller.location
        if not location.bucket:
            return
        if location.prefix:
            self.navigate(location.bucket, location.parent_prefix)
            self.select_when_listed(location.prefix)
        else:
            self._w.bucket_view.setFocus()

    def refresh(self) -> None:
        w = self._w
        if w.connection is None:
            return
        location = w.controller.location
        if location.bucket:
            row = w.object_actions.current_row()
            keep = w.objects.key_at(row) if row is not None else None
            self.navigate(location.bucket, location.prefix)
            if keep is not None:
                self.select_when_listed(keep)  # F5 shows what changed, not the top of the list
        else:
            w.buckets.reload()

    def select_when_listed(
        self,
        key: str,
        *,
        or_folder: bool = False,
        missing: Callable[[], None] | None = None,
        found: Callable[[], None] | None = None,
    ) -> None:
        """Put the cursor on `key` (the folder we came up from, the row shown before F5, a path
        typed) once its page arrives, asking for further pages until it does. `or_folder`: a
        folder named `key` is opened instead; `missing` runs when the folder has no `key`,
        `found` once the cursor is on it."""
        w = self._w
        place = w.controller.location.place

        def attempt(_count: int = 0) -> None:
            objects = w.objects
            here = w.controller.location.place == place
            row = objects.row_of_key(key) if here else None
            folder = here and row is None and or_folder and objects.row_of_key(key + "/") is not None
            waiting = here and row is None and not folder and objects.error is None and not objects.complete
            if not waiting:
                objects.pageArrived.disconnect(attempt)
            if row is not None:
                index = w.proxy.mapFromSource(objects.index(row, 0))
                w.object_view.setCurrentIndex(index)
                w.object_view.scrollTo(index)
                if found is not None:
                    found()
            elif folder:
                self.navigate(w.controller.location.bucket, key + "/")
            elif waiting and objects.canFetchMore():
                objects.fetchMore()  # not on this page: keep looking
            elif here and objects.complete and missing is not None:
                missing()

        w.objects.pageArrived.connect(attempt)

    # --- following the location ----------------------------------------------------------
    def follow(self, location: Location) -> None:
        w = self._w
        self._locate.cancel()
        self._select_bucket_row(location.bucket)
        w.banner.dismiss()
        w.filter_box.blockSignals(True)
        w.filter_box.clear()
        w.filter_box.blockSignals(False)
        w.proxy.set_filter_text("")
        w.path_bar.set_location(location.bucket, location.prefix)
        connection = w.connection
        if not location.bucket or connection is None:
            w.objects.clear()
        elif location.region is None and connection.sandbox is None and not connection.endpoint_is_custom:
            self._start_locate(location.bucket)  # typed in the path bar: not in the bucket list
        else:
            w.objects.open(w.client(), location.bucket, location.prefix)
        w.update_actions()

    def _select_bucket_row(self, bucket: str) -> None:
        w = self._w
        row = w.buckets.row_of(bucket) if bucket else None
        selection = w.bucket_view.selectionModel()
        selection.blockSignals(True)
        if row is not None:
            flags = selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows
            selection.setCurrentIndex(w.buckets.index(row, 0), flags)
        else:  # typed in the path bar: the bucket list must not keep showing the previous one
            selection.clear()
        selection.blockSignals(False)
        w.bucket_view.viewport().update()

    def _start_locate(self, bucket: str) -> None:
        """A bucket we have no region for (the account may not be allowed to list buckets):
        ask OSS where it lives, then list it on that region's endpoint."""
        w = self._w
        assert w.connection is not None
        client = w.connection.client
        w.objects.clear()
        w.status.set_message(self.tr("Locating bucket {0}…").format(bucket))
        w.status.set_loading(True)
        self._locate.submit(lambda: client.bucket_region(bucket))

    def _located_bucket(self, region: str) -> None:
        self._located[self._w.controller.location.bucket] = region
        self._w.controller.learn_region(region)

    def _locate_failed(self, error: BaseException) -> None:
        location = self._w.controller.location
        self._w.feedback.loading_changed()
        self._w.feedback.show_error(error, retry=lambda: self.navigate(location.bucket, location.prefix))

    def shutdown(self) -> None:
        self._locate.cancel()

    # --- buckets -------------------------------------------------------------------------
    def buckets_loaded(self, count: int) -> None:
        w = self._w
        w.feedback.note_skew(w.connection.client if w.connection else None)
        restore = w.controller.take_restore()
        if restore is not None and w.buckets.row_of(restore.bucket) is not None:
            self.navigate(restore.bucket, restore.prefix)
            return
        if not w.controller.location.bucket:
            w.status.set_buckets(count)
            if count == 1:
                self.navigate(w.buckets.bucket_at(0).name, "")
                if not isinstance(QApplication.focusWidget(), QLineEdit):  # unless the user is typing
                    w.object_view.setFocus()  # arrows and Enter work at once
            elif count:
                w.bucket_view.setFocus()

    def buckets_failed(self, error: BaseException) -> None:
        # An account allowed into its buckets but not to list them (a common RAM policy) can
        # still go back to where it was, and open any bucket by name.
        restore = self._w.controller.take_restore()
        if restore is not None:
            self.navigate(restore.bucket, restore.prefix)
        self._w.feedback.show_error(
            error,
            retry=self._w.buckets.reload,
            hint=self.tr("You can still open a bucket by name: press Ctrl+L and type oss://bucket/."),
        )

    def bucket_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            name = self._w.buckets.bucket_at(current.row()).name
            if name != self._w.controller.location.bucket:
                self.navigate(name, "")

    # --- the listing as it fills -------------------------------------------------------------
    def page_arrived(self, _count: int) -> None:
        w = self._w
        w.feedback.note_skew(w.client())
        if w.proxy.rowCount() and not w.object_view.currentIndex().isValid() and w.object_view.hasFocus():
            w.object_view.setCurrentIndex(w.proxy.index(0, 0))
        # Rows the filter hides change nothing in the view, so the view would not ask again.
        QTimer.singleShot(0, self.fetch_if_view_not_full)

    def fetch_if_view_not_full(self) -> None:
        w = self._w
        if not w.objects.canFetchMore():
            return
        rows = w.proxy.rowCount()
        if rows == 0:
            w.objects.fetchMore()
            return
        last = w.object_view.visualRect(w.proxy.index(rows - 1, 0))
        if w.object_view.viewport().rect().intersects(last):
            w.objects.fetchMore()

    def listing_failed(self, error: BaseException) -> None:
        self._w.feedback.show_error(error, retry=self._w.objects.retry)

    def filter_changed(self, text: str) -> None:
        self._w.proxy.set_filter_text(text)
        self._w.feedback.update_counts()
        QTimer.singleShot(0, self.fetch_if_view_not_full)
