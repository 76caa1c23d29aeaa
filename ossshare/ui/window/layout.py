"""The window's widgets, laid out: the navigation toolbar (profile, Back/Forward/Up/Refresh,
path bar, filter) and the browser page (banner; buckets, listing and details side by side)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..widgets.details_pane import DetailsPane
from ..widgets.error_banner import ErrorBanner
from ..widgets.object_view import ObjectView, viewport_width
from ..widgets.path_bar import PathBar
from .actions import WindowCommands


class NavigationBar(QToolBar):
    downPressed = Signal()  # Down in the filter box: into the list

    def __init__(self, parent: QWidget, commands: WindowCommands) -> None:
        super().__init__(self.tr("Navigation"), parent)
        self.setObjectName("navigationBar")
        self.setMovable(False)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.profile_box = QComboBox()
        self.profile_box.setObjectName("profileBox")
        self.profile_box.setMinimumContentsLength(14)
        # Wide enough for the longest entry ("Demo (offline sandbox)" was cut off).
        self.profile_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.profile_box.setToolTip(self.tr("Profile: the account and region to browse"))
        self.profile_box.setAccessibleName(self.tr("Profile"))
        profile_label = QLabel(self.tr("Profile:"))
        profile_label.setContentsMargins(4, 0, 4, 0)
        self.addWidget(profile_label)
        self.addWidget(self.profile_box)
        self.addSeparator()
        for action in (commands.back, commands.forward, commands.up, commands.refresh):
            self.addAction(action)
        self.path_bar = PathBar()
        self.path_bar.setMinimumWidth(160)
        self.addWidget(self.path_bar)
        self.filter_box = QLineEdit()
        self.filter_box.setObjectName("filterBox")
        self.filter_box.setPlaceholderText(self.tr("Filter this folder (Ctrl+F)"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setMaximumWidth(240)
        self.filter_box.setMinimumWidth(100)
        self.filter_box.setAccessibleName(self.tr("Filter"))
        # Escape in the filter: first clears it, then hands the keyboard back to the list.
        self.clear_filter = QAction(self.tr("Clear filter"), self.filter_box)
        self.clear_filter.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.clear_filter.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.filter_box.addAction(self.clear_filter)
        self.filter_box.installEventFilter(self)
        self.addWidget(self.filter_box)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's naming
        if (
            watched is self.filter_box
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and not event.modifiers()
        ):
            self.downPressed.emit()
            return True
        return super().eventFilter(watched, event)


class BucketView(QTreeView):
    """Bucket names, and their regions while there is room: a narrow pane keeps the names."""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's naming
        super().resizeEvent(event)
        region = self.fontMetrics().horizontalAdvance("cn-hangzhou") + 24  # a typical region, padded
        self.setColumnHidden(1, viewport_width(self) < 2 * region)


class BrowserPage(QWidget):
    def __init__(self, buckets: QAbstractItemModel, objects: QAbstractItemModel) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 0)
        layout.setSpacing(4)
        self.banner = ErrorBanner()
        layout.addWidget(self.banner)
        self.bucket_view = BucketView()
        self.bucket_view.setObjectName("bucketView")
        self.bucket_view.setModel(buckets)
        self.bucket_view.setRootIsDecorated(False)
        self.bucket_view.setUniformRowHeights(True)
        self.bucket_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.bucket_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.bucket_view.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.object_view = ObjectView()
        self.object_view.setModel(objects)
        self.object_view.set_default_widths()
        self.details = DetailsPane()
        self.bucket_view.setAccessibleName(self.tr("Buckets"))
        self.object_view.setAccessibleName(self.tr("Folders and objects"))
        self.details.setAccessibleName(self.tr("Details"))
        self.splitter = PaneSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        for column, (widget, stretch) in enumerate(((self.bucket_view, 0), (self.object_view, 1), (self.details, 0))):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(column, stretch)
        self.bucket_view.setMinimumWidth(110)
        self.splitter.setSizes([210, 620, 370])
        layout.addWidget(self.splitter, 1)


class PaneSplitter(QSplitter):
    """Buckets, listing, details: as the window narrows, the side panes shrink (to their minimum)
    before the listing drops below its share, so names and sizes stay readable instead of two
    wide side panes; otherwise the widths the user dragged (and saved) stay as they are."""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's naming
        super().resizeEvent(event)  # the panes have their new widths from here on
        sizes = self.sizes()
        if len(sizes) != 3 or not sum(sizes):
            return
        narrowed = 0 < event.size().width() < event.oldSize().width()
        if not narrowed and sizes[1] >= LIST_LEAST:
            return
        short = int(min(LIST_SHARE * sum(sizes), LIST_ENOUGH) - sizes[1])
        if short <= 0:
            return
        least = [side.minimumWidth() if side is not None else 0 for side in (self.widget(0), self.widget(2))]
        spare = [max(0, sizes[0] - least[0]), max(0, sizes[2] - least[1])]
        room = sum(spare)
        if not room:
            return
        take = [min(part, short * part // room) for part in spare]
        self.setSizes([sizes[0] - take[0], sizes[1] + sum(take), sizes[2] - take[1]])


LIST_SHARE = 0.6  # of the splitter's width, at least, for the listing...
LIST_ENOUGH = 560  # ...unless it already has this much: name, size, date and storage class
LIST_LEAST = 320  # below this the listing gets its share back whenever the window is resized
