"""Version: "latest" by default, or one version from ListObjectVersions. Delete markers are
listed, so the history reads true, but cannot be chosen (there is nothing to download)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from ...oss.models import ObjectVersion
from ..i18n import local_time
from .field_marks import mark

LATEST = None


class VersionWidget(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        # The model is the combo's child, so it outlives the combo while the dialog is destroyed
        # (a model deleted first would make the combo announce a change to a dying dialog).
        self.model = QStandardItemModel(self.combo)
        self.combo.setModel(self.model)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.status)
        self._versions: dict[str, ObjectVersion] = {}
        self._add_latest()
        self.combo.currentIndexChanged.connect(self.changed)

    def _add_latest(self) -> None:
        item = QStandardItem(self.tr("Latest version"))
        item.setData(LATEST, Qt.ItemDataRole.UserRole)
        self.model.appendRow(item)

    def set_loading(self) -> None:
        self.status.setText(self.tr("Loading versions…"))

    def set_failed(self, message: str) -> None:
        self.status.setText(self.tr("Versions unavailable"))
        self.status.setToolTip(message)

    def set_versions(self, versions: Iterable[ObjectVersion]) -> None:
        """Fill the list; the current choice is kept when it is still there."""
        current = self.version_id()
        self.combo.blockSignals(True)
        self.model.clear()
        self._versions.clear()
        self._add_latest()
        count = 0
        for version in versions:
            self._versions[version.version_id] = version
            self.model.appendRow(self._item(version))
            count += 1
        index = self.combo.findData(current, Qt.ItemDataRole.UserRole) if current else 0
        self.combo.setCurrentIndex(max(0, index))
        self.combo.blockSignals(False)
        self.status.setText(self.tr("%n version(s)", "", count))
        self.status.setToolTip("")
        if self.combo.currentIndex() == 0 and current:
            self.changed.emit()

    def _item(self, version: ObjectVersion) -> QStandardItem:
        when = local_time(version.last_modified, seconds=True)
        vid = version.version_id if len(version.version_id) <= 24 else version.version_id[:21] + "…"
        if version.is_delete_marker:
            text = self.tr("{0} · delete marker · {1}").format(when, vid)
        else:
            text = self.tr("{0} · {1} bytes · {2}").format(when, version.size, vid)
        if version.is_latest:
            text += self.tr(" (latest)")
        item = QStandardItem(text)
        item.setData(version.version_id, Qt.ItemDataRole.UserRole)
        item.setToolTip(version.version_id)
        if version.is_delete_marker:
            # Shown but not selectable: a delete marker has no content to link to.
            item.setFlags(item.flags() & ~(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable))
        return item

    def version_id(self) -> str | None:
        data = self.combo.currentData(Qt.ItemDataRole.UserRole)
        return data if isinstance(data, str) else None

    def selected(self) -> ObjectVersion | None:
        vid = self.version_id()
        return self._versions.get(vid) if vid else None

    def latest_is_deleted(self) -> bool:
        """True when the listed history ends in a delete marker: "latest" has nothing to serve."""
        return any(v.is_latest and v.is_delete_marker for v in self._versions.values())

    def select(self, version_id: str | None) -> bool:
        """Choose a version by id (None: latest). False when it is absent or a delete marker."""
        index = self.combo.findData(version_id, Qt.ItemDataRole.UserRole) if version_id else 0
        if index < 0 or not (self.model.item(index).flags() & Qt.ItemFlag.ItemIsEnabled):
            return False
        self.combo.setCurrentIndex(index)
        return True

    def set_error(self, rule: str | None) -> None:
        mark(self.combo, rule)
