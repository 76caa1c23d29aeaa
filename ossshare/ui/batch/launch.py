"""Opening the batch dialog from the window: for the selected objects, or for a folder."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from ...oss.models import ObjectEntry
from .dialog import BatchDialog
from .signing import Item

if TYPE_CHECKING:
    from ..main_window import MainWindow


def share_objects(window: MainWindow, entries: Sequence[ObjectEntry]) -> BatchDialog | None:
    return _open(window, None, [(e.key, e.size, e.etag) for e in entries])


def share_folder(window: MainWindow, prefix: str) -> BatchDialog | None:
    return _open(window, prefix, [])


def _open(window: MainWindow, prefix: str | None, items: list[Item]) -> BatchDialog | None:
    connection = window.connection
    if connection is None or not window.bucket:
        return None
    dialog = BatchDialog(
        window, client=window.client(), account=connection.account, region=window.region(), bucket=window.bucket,
        prefix=prefix, items=items,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.givenOut.connect(window.link_history.recording.record_batch)
    dialog.open()
    return dialog
