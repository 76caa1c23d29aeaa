"""The right-hand pane: what the listing knows about the selection, then HEAD and versions."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.visible import visible
from ...oss.models import ObjectEntry, ObjectHead, ObjectVersion
from ..i18n import human_size, local_time_seconds, storage_class_name
from ..models.version_list import VersionListModel
from .id_field import IdField


class DetailsPane(QStackedWidget):
    shareRequested = Signal()
    copyLinkRequested = Signal()
    shareVersionRequested = Signal(str)  # a version id, from Enter or a double-click in the versions

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailsPane")
        self.setMinimumWidth(210)
        self._empty = QLabel(self.tr("Select an object to see its details and versions."))
        self._empty.setWordWrap(True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setEnabled(False)
        self._empty.setMargin(16)
        self.addWidget(self._empty)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(10, 8, 10, 8)
        head = QHBoxLayout()
        self._icon = QLabel()
        self._name = QLabel()
        self._name.setObjectName("detailsName")
        self._name.setTextFormat(Qt.TextFormat.PlainText)
        self._name.setWordWrap(True)
        self._name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self._name.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self._name.setFont(font)
        head.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self._name, 1)
        layout.addLayout(head)
        self._path = QLabel()
        self._path.setTextFormat(Qt.TextFormat.PlainText)
        self._path.setWordWrap(True)
        self._path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._path.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self._path)

        self._form = QFormLayout()
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        # A narrow pane (display scale 2) puts a value under its label rather than cutting it.
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._fields: dict[str, QLabel | IdField] = {}
        self._versions_text = ""
        for name, label in (
            ("size", self.tr("Size")),
            ("modified", self.tr("Modified")),
            ("storage", self.tr("Storage class")),
            ("type", self.tr("Content type")),
            ("etag", self.tr("ETag")),
            ("version", self.tr("Version ID")),
            ("restore", self.tr("Restore")),
        ):
            value: QLabel | IdField
            if name in ("etag", "version"):
                value = IdField(label)  # long unbroken ids: elided, whole in a tooltip, a copy button
            else:
                value = QLabel()
                value.setTextFormat(Qt.TextFormat.PlainText)  # server text (content type...), not markup
                value.setWordWrap(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._fields[name] = value
            self._form.addRow(label + ":", value)
        layout.addLayout(self._form)

        buttons = QHBoxLayout()
        self.share_button = QPushButton(self.tr("Share…"))
        self.share_button.setDefault(True)
        self.share_button.clicked.connect(self.shareRequested)
        self.copy_button = QPushButton(self.tr("Copy link"))
        self.copy_button.setToolTip(self.tr("Copy a link valid for the profile's default time (15 minutes unless set)"))
        self.copy_button.clicked.connect(self.copyLinkRequested)
        buttons.addWidget(self.share_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self._versions_title = QLabel(self.tr("Versions"))
        vfont = self._versions_title.font()
        vfont.setBold(True)
        self._versions_title.setFont(vfont)
        layout.addSpacing(6)
        layout.addWidget(self._versions_title)
        self.versions = VersionListModel(self)
        self.versions_view = QTableView()
        self.versions_view.setObjectName("versionsView")
        self.versions_view.setModel(self.versions)
        self.versions_view.verticalHeader().hide()
        self.versions_view.setShowGrid(False)
        self.versions_view.setWordWrap(False)
        self.versions_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.versions_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.versions_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.versions_view.setAlternatingRowColors(True)
        self.versions_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.versions_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.versions_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.versions_view.setTabKeyNavigation(False)  # whole rows: Tab leaves the table
        self.versions_view.activated.connect(self._version_activated)
        self.versions_view.setToolTip(self.tr("Enter or double-click shares that version"))
        vheader = self.versions_view.horizontalHeader()
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        vheader.setSectionResizeMode(VersionListModel.VERSION_ID, QHeaderView.ResizeMode.Stretch)
        vheader.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.versions_view, 1)
        self._status = QLabel()
        self._status.setTextFormat(Qt.TextFormat.PlainText)
        self._status.setWordWrap(True)
        self._status.setEnabled(False)
        layout.addWidget(self._status)
        # Scrolls rather than setting the window's minimum height (683x384 at scale 2).
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setWidget(page)
        self.versions_view.setMinimumHeight(self.fontMetrics().height() * 5)
        self.addWidget(scroller)
        self._page = scroller
        self.show_nothing()

    # --- what is shown -----------------------------------------------------------------
    def _version_activated(self, index: QModelIndex) -> None:
        if not index.isValid() or not (self.versions.flags(index) & Qt.ItemFlag.ItemIsSelectable):
            return  # a delete marker: nothing to share
        self.shareVersionRequested.emit(self.versions.version_at(index.row()).version_id)

    def show_nothing(self) -> None:
        self.versions.clear()
        self.setCurrentWidget(self._empty)

    def show_folder(self, bucket: str, prefix: str) -> None:
        self._show_header(bucket, prefix, folder=True)
        for name, label in self._fields.items():
            label.clear()
            self._set_row_visible(name, False)
        self._fields["storage"].setText(self.tr("Folder (a common prefix)"))
        self._set_row_visible("storage", True)
        self._set_object_parts_visible(False)
        self._status.setText(self.tr("Press Enter to open this folder."))

    def show_entry(self, bucket: str, entry: ObjectEntry) -> None:
        """What the listing already knows; HEAD and versions follow via set_head/set_versions."""
        self._show_header(bucket, entry.key, folder=False)
        for name in self._fields:
            self._fields[name].clear()
            self._set_row_visible(name, name in ("size", "modified", "storage", "etag"))
        self._fields["size"].setText(self._size_text(entry.size))
        self._fields["modified"].setText(local_time_seconds(entry.last_modified))
        self._fields["storage"].setText(storage_class_name(entry.storage_class))
        self._fields["etag"].setText(entry.etag.strip('"'))
        self.versions.clear()
        self._set_object_parts_visible(True)
        self._versions_text = ""
        self._status.setText(self.tr("Loading details…"))

    def set_head(self, head: ObjectHead) -> None:
        self._fields["size"].setText(self._size_text(head.size))
        self._fields["modified"].setText(local_time_seconds(head.last_modified))
        self._fields["storage"].setText(storage_class_name(head.storage_class))
        self._fields["type"].setText(head.content_type)
        self._fields["etag"].setText(head.etag.strip('"'))
        self._fields["version"].setText(head.version_id or self.tr("none (versioning off)"))
        for name in ("type", "version"):
            self._set_row_visible(name, True)
        if head.needs_restore:
            self._fields["restore"].setText(
                self.tr("Archived: restore it before sharing")
                if head.restore is None
                else self.tr("Restore in progress")
            )
            self._set_row_visible("restore", True)
        elif head.restore:
            self._fields["restore"].setText(self.tr("Restored"))
            self._set_row_visible("restore", True)
        self._status.setText(self._versions_text)  # the versions may have answered first

    def set_versions(self, versions: list[ObjectVersion]) -> None:
        self.versions.set_versions(versions)
        count = len(versions)
        if count <= 1 and not any(v.is_delete_marker for v in versions):
            self._versions_text = self.tr("No earlier versions.")
        else:
            self._versions_text = self.tr("{0} versions").format(count)
        self._status.setText(self._versions_text)

    def set_failed(self, text: str) -> None:
        self._status.setText(text)

    def focus_versions(self) -> None:
        self.versions_view.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.versions.rowCount():
            self.versions_view.selectRow(0)

    @property
    def status_text(self) -> str:
        return self._status.text()

    def field_text(self, name: str) -> str:
        return self._fields[name].text()

    # --- helpers -----------------------------------------------------------------------
    def _show_header(self, bucket: str, key: str, *, folder: bool) -> None:
        name = key.rstrip("/").rsplit("/", 1)[-1] or key
        # The key is data: plain text (never markup), control and bidi characters escaped.
        self._name.setText(visible(name))
        self._path.setText(visible(f"oss://{bucket}/{key}"))
        icon = QStyle.StandardPixmap.SP_DirIcon if folder else QStyle.StandardPixmap.SP_FileIcon
        self._icon.setPixmap(self.style().standardIcon(icon).pixmap(32, 32))
        self.setCurrentWidget(self._page)

    def _size_text(self, size: int) -> str:
        text = human_size(size)
        return text if size < 1024 else self.tr("{0} ({1} bytes)").format(text, QLocale().toString(size))

    def _set_row_visible(self, name: str, visible: bool) -> None:
        self._form.setRowVisible(self._fields[name], visible)

    def _set_object_parts_visible(self, visible: bool) -> None:
        for widget in (self.share_button, self.copy_button, self._versions_title, self.versions_view):
            widget.setVisible(visible)
