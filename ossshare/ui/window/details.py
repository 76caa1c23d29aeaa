"""The details pane's side of the window: after the cursor rests on an object, its HEAD and
versions are fetched (a moment later, so arrow-key scrolling does not send a HEAD per row)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from ...oss.models import ObjectHead, ObjectVersion, VersionPage
from ..problems import present
from ..requests import Request
from .location import Location

if TYPE_CHECKING:
    from ..main_window import MainWindow

DETAILS_DELAY_MS = 150


class DetailsLoader(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._w = window
        self._key: str | None = None
        self.head: ObjectHead | None = None  # of the object shown, once it arrived
        self._head = Request[ObjectHead](self, self._head_arrived, self._head_failed)
        self._versions = Request[VersionPage](self, self._versions_arrived, self._versions_failed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DETAILS_DELAY_MS)
        self._timer.timeout.connect(self.load)

    def follow(self, _location: Location) -> None:
        """Another place: nothing is selected there yet."""
        self._w.details.show_nothing()
        self.forget()

    def selection_changed(self) -> None:
        self._timer.start()

    def load(self) -> None:
        w = self._w
        row = w.object_actions.current_row()
        if row is None or row not in w.object_actions.selected_rows():
            self.forget()
            w.details.show_nothing()
            return
        key = w.objects.key_at(row)
        if key == self._key:
            return
        self.forget()
        self._key = key
        bucket = w.controller.location.bucket
        entry = w.objects.entry_at(row)
        if entry is None:
            w.details.show_folder(bucket, key)
            return
        w.details.show_entry(bucket, entry)
        client = w.client()
        self._head.submit(lambda: client.head_object(bucket, key))
        self._versions.submit(lambda: client.list_versions(bucket, prefix=key, max_keys=1000))

    def load_now(self) -> None:
        self._timer.stop()
        self.load()

    def forget(self) -> None:
        self._timer.stop()
        self._key, self.head = None, None
        self._head.cancel()
        self._versions.cancel()

    def versions(self) -> list[ObjectVersion]:
        model = self._w.details.versions
        return [model.version_at(i) for i in range(model.rowCount())]

    def _head_arrived(self, head: ObjectHead) -> None:
        self.head = head
        self._w.details.set_head(head)
        self._w.feedback.note_skew(self._w.client())

    def _versions_arrived(self, page: VersionPage) -> None:
        self._w.details.set_versions([v for v in page.versions if v.key == self._key])

    def _head_failed(self, error: BaseException) -> None:
        self._w.details.set_failed(present(error).line)

    def _versions_failed(self, error: BaseException) -> None:
        self._w.details.set_failed(self.tr("Versions unavailable: {0}").format(present(error).line))
