"""What can be done with the rows of the listing: open, share, copy a link or the oss:// path,
show the versions; and the context menu offering them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu

from ...core import OssShareError
from ...core.clock import utc_now
from ...oss.models import ARCHIVE_CLASSES, ObjectEntry
from ..i18n import local_clock

if TYPE_CHECKING:
    from ..main_window import MainWindow


class ObjectActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._w = window

    # --- what is selected ------------------------------------------------------------------
    def _source_row(self, index: QModelIndex) -> int | None:
        return self._w.proxy.mapToSource(index).row() if index.isValid() else None

    def current_row(self) -> int | None:
        return self._source_row(self._w.object_view.currentIndex())

    def current_entry(self) -> ObjectEntry | None:
        row = self.current_row()
        return self._w.objects.entry_at(row) if row is not None else None

    def selected_rows(self) -> list[int]:
        proxy = self._w.proxy
        return sorted({proxy.mapToSource(i).row() for i in self._w.object_view.selectionModel().selectedRows()})

    def update_commands(self) -> None:
        w = self._w
        connected = w.connection is not None
        in_bucket = connected and bool(w.controller.location.bucket)
        row = self.current_row() if in_bucket else None
        rows = self.selected_rows() if in_bucket else []
        w.commands.update(
            connected=connected,
            in_bucket=in_bucket,
            back=w.controller.can_go_back,
            forward=w.controller.can_go_forward,
            current_is_folder=None if row is None else w.objects.is_folder_row(row),
            rows=len(rows),
            objects=sum(not w.objects.is_folder_row(r) for r in rows),
        )
        w.details.share_button.setEnabled(w.commands.share.isEnabled())

    # --- acting on it ------------------------------------------------------------------------
    def open_index(self, index: QModelIndex) -> None:
        w = self._w
        row = self._source_row(index)
        if row is None:
            return
        if w.objects.is_folder_row(row):
            w.navigation.navigate(w.controller.location.bucket, w.objects.key_at(row))
        else:
            w.object_view.setCurrentIndex(index)
            self.share_current()

    def open_current(self) -> None:
        self.open_index(self._w.object_view.currentIndex())

    def share_current(self, version_id: str | None = None) -> None:
        """Share the current object, with `version_id` already chosen when given; several
        selected objects open the batch dialog."""
        w = self._w
        entry = self.current_entry()
        if entry is None or w.connection is None:
            return
        selected = [e for e in (w.objects.entry_at(r) for r in self.selected_rows()) if e is not None]
        if len(selected) > 1 and not isinstance(version_id, str):
            from ..batch.launch import share_objects

            share_objects(w, selected)
            return
        from ..share.dialog import ShareDialog

        head = w.details_loader.head
        dialog = ShareDialog(
            w,
            client=w.client(),
            account=w.connection.account,
            region=w.region(),
            bucket=w.controller.location.bucket,
            key=entry.key,
            head=head if head is not None and head.key == entry.key else None,
            version_id=version_id if isinstance(version_id, str) else None,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        w.link_history.watch(dialog, entry.etag)
        dialog.open()

    def share_folder(self) -> None:
        """Links for every object under the folder under the cursor, else the folder shown."""
        w = self._w
        row = self.current_row()
        prefix = w.objects.key_at(row) if row is not None and w.objects.is_folder_row(row) else w.prefix
        from ..batch.launch import share_folder

        share_folder(w, prefix)

    def copy_link(self) -> None:
        w = self._w
        if w.connection is None:
            return
        entries = [e for e in (w.objects.entry_at(r) for r in self.selected_rows()) if e is not None]
        if not entries:
            current = self.current_entry()
            entries = [current] if current is not None else []
        if not entries:
            return
        from ...services.share import default_link  # the signing code: loaded by the first link, not at start

        bucket = w.controller.location.bucket
        now = utc_now()  # one instant: the links expire together
        try:
            results = [default_link(w.connection.account, w.region(), bucket, e.key, now=now) for e in entries]
        except OssShareError as exc:
            w.feedback.show_error(exc)
            return
        text = "\n".join(r.url for r in results)
        QGuiApplication.clipboard().setText(text)
        w.link_history.copied(entries, results, bucket)
        until = local_clock(results[0].expiration)
        message = (
            self.tr("Link copied, valid until {0}").format(until)
            if len(results) == 1
            else self.tr("{0} links copied, valid until {1}").format(len(results), until)
        )
        if any(r.needs_headers for r in results):
            message += self.tr(" (it needs signed headers: use Share… for a curl command)")
        if any(self._may_need_restore(e) for e in entries):
            message += self.tr(" — archived: OSS refuses the download until the object is restored")
        w.status.showMessage(message, 8000)
        w.linkCopied.emit(text)

    def _may_need_restore(self, entry: ObjectEntry) -> bool:
        """An Archive-class object, unless its HEAD (shown in the details) says it is restored."""
        if entry.storage_class not in ARCHIVE_CLASSES:
            return False
        head = self._w.details_loader.head
        return head is None or head.key != entry.key or head.needs_restore

    def copy_path(self) -> None:
        w = self._w
        current = self.current_row()
        rows = self.selected_rows() or ([current] if current is not None else [])
        bucket = w.controller.location.bucket
        if not rows or not bucket:
            return
        text = "\n".join(f"oss://{bucket}/{w.objects.key_at(r)}" for r in rows)
        QGuiApplication.clipboard().setText(text)
        shown = text.splitlines()[0] if len(rows) == 1 else self.tr("{0} paths").format(len(rows))
        w.status.showMessage(self.tr("Copied {0}").format(shown), 5000)

    def show_versions(self) -> None:
        if self.current_entry() is None:
            return
        self._w.details_loader.load_now()
        self._w.details.focus_versions()

    # --- the context menu ------------------------------------------------------------------
    def context_menu_requested(self, pos: QPoint) -> None:
        view = self._w.object_view
        index = view.indexAt(pos)
        if not index.isValid():
            return
        if not view.selectionModel().isRowSelected(index.row(), index.parent()):
            view.setCurrentIndex(index)
        self.update_commands()
        self.context_menu().popup(view.viewport().mapToGlobal(pos))

    def context_menu(self) -> QMenu:
        row = self.current_row()
        return self._w.commands.context_menu(self._w, folder=row is not None and self._w.objects.is_folder_row(row))
