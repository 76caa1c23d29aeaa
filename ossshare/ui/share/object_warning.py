"""The warning above the share dialog's form: when the link would fail for reasons of the
object itself (a delete marker on top, an archived object not restored)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ...oss.models import ARCHIVE_CLASSES, ObjectHead, ObjectVersion
from ..i18n import storage_class_name
from ..state_colors import State, text_style


class ObjectWarning(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("objectWarning")
        self.setWordWrap(True)
        self.setStyleSheet(text_style(State.WARNING))

    def show_for(self, head: ObjectHead | None, selected: ObjectVersion | None, latest_deleted: bool) -> None:
        """`selected`: the version chosen (None: the latest); `head`: the latest's, once known."""
        text = ""
        if selected is None and latest_deleted:
            text = self.tr(
                "The latest version of this object is a delete marker: the link answers 404 Not Found. "
                "Choose an earlier version to share it."
            )
        elif selected is None and head is not None and head.needs_restore:
            if head.restore and 'ongoing-request="true"' in head.restore:
                text = self.tr(
                    "This {0} object is being restored: the link fails until the restore finishes."
                ).format(storage_class_name(head.storage_class))
            else:
                text = self.tr(
                    "This object is in {0} storage and not restored: the link will fail until you "
                    "restore it, and works only while the restored copy lasts."
                ).format(storage_class_name(head.storage_class))
        elif selected is not None and selected.storage_class in ARCHIVE_CLASSES:
            text = self.tr("This version is in {0} storage: it can be downloaded only once restored.").format(
                storage_class_name(selected.storage_class)
            )
        self.setText(text)
        self.setVisible(bool(text))
