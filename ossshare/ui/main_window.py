"""The main window: profiles, buckets, a lazily paged key listing, details, errors, status.

Network and keyring work goes through `Request`s: only the latest reply counts, so a slow
answer for a place the user already left is dropped instead of overwriting what is on screen.
"""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..core import OssShareError
from ..core.errors import Action
from ..oss.models import BucketInfo, ObjectEntry, ObjectHead, ObjectVersion, VersionPage
from . import connection as conn_mod
from .connection import AccountStores, Choice, Connection
from .default_link import default_link
from .history import History
from .models.bucket_list import BucketListModel
from .models.object_filter_proxy import ObjectFilterProxy
from .models.object_list import ObjectListModel
from .problems import present, sentences
from .requests import Request
from .widgets.details_pane import DetailsPane
from .widgets.error_banner import ErrorBanner
from .widgets.object_view import ObjectView
from .widgets.path_bar import PathBar
from .widgets.status_bar import StatusBar
from .widgets.welcome_page import WelcomePage
from .window_state import WindowState, to_bytes, to_text

DETAILS_DELAY_MS = 150  # arrow-key scrolling should not send a HEAD per row
_COLD_CLASSES = ("Archive", "ColdArchive", "DeepColdArchive")  # downloadable only once restored


def parent_prefix(prefix: str) -> str:
    trimmed = prefix.rstrip("/")
    return trimmed.rsplit("/", 1)[0] + "/" if "/" in trimmed else ""


class MainWindow(QMainWindow):
    connectionChanged = Signal()
    linkCopied = Signal(str)  # the URL put on the clipboard

    def __init__(self, parent: QWidget | None = None, *, state: WindowState | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("ossshare"))
        self.setObjectName("mainWindow")
        self._state = state if state is not None else WindowState()
        self._connection: Connection | None = None
        self._choices: list[Choice] = []
        self._connect = Request[Connection](self, self.use_connection, self._connect_failed, dropped=Connection.close)
        self._choices_request = Request[list[Choice]](self, self._choices_arrived, self._choices_failed)
        self._wanted_profile: str | None = None
        self._connecting_to: Choice | None = None
        self._bucket = ""
        self._bucket_region: str | None = None
        self._restore_location: tuple[str, str] | None = None
        self._retry: Any = None
        self._edit_target: Choice | None = None  # the profile the banner's Edit profile opens
        self._details_key: str | None = None
        self._head_request = Request[ObjectHead](self, self._head_arrived, self._head_failed)
        self._versions_request = Request[VersionPage](self, self._versions_arrived, self._versions_failed)
        self._head: ObjectHead | None = None
        self._located: dict[str, str] = {}  # bucket -> region, for buckets not in the list
        self._locate = Request[str](self, self._located_bucket, self._locate_failed)
        self._locating: tuple[str, str] = ("", "")  # the place waiting for its bucket's region
        self.history = History()
        self._in_history = False  # navigating by Back/Forward: not a new visit
        self.stores = AccountStores()

        self.buckets = BucketListModel(self)
        self.objects = ObjectListModel(self)
        self.proxy = ObjectFilterProxy(self)
        self.proxy.setSourceModel(self.objects)

        self._build_actions()
        self._build_toolbar()
        self._build_central()
        self._build_menus()
        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        self._details_timer = QTimer(self)
        self._details_timer.setSingleShot(True)
        self._details_timer.setInterval(DETAILS_DELAY_MS)
        self._details_timer.timeout.connect(self._load_details)
        self._wire()
        self._set_tab_order()
        self.resize(1180, 720)
        self._update_actions()
        self._update_counts()

    # ================================================================ construction
    def _action(
        self, text: str, slot: Any, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None, icon: Any = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.act_up = self._action(self.tr("&Up"), self.go_up, "Alt+Up", sp.SP_FileDialogToParent)
        self.act_up.setToolTip(self.tr("Up one folder (Alt+Up, Backspace)"))
        self.act_back = self._action(self.tr("&Back"), self.go_back, QKeySequence.StandardKey.Back, sp.SP_ArrowBack)
        self.act_back.setToolTip(self.tr("Back to the previous folder (Alt+Left)"))
        self.act_forward = self._action(self.tr("&Forward"), self.go_forward, QKeySequence.StandardKey.Forward, sp.SP_ArrowForward)
        self.act_forward.setToolTip(self.tr("Forward again (Alt+Right)"))
        self.act_refresh = self._action(self.tr("&Refresh"), self.refresh, QKeySequence.StandardKey.Refresh, sp.SP_BrowserReload)
        self.act_refresh.setShortcuts([QKeySequence("F5"), QKeySequence("Ctrl+R")])
        self.act_refresh.setToolTip(self.tr("Reload this folder (F5)"))
        self.act_edit_path = self._action(self.tr("Go to &path…"), self.edit_path, "Ctrl+L")
        self.act_filter = self._action(self.tr("&Filter"), self.focus_filter, QKeySequence.StandardKey.Find)
        self.act_share = self._action(self.tr("&Share…"), self.share_current, None)
        self.act_copy_link = self._action(self.tr("Copy &link (default expiry)"), self.copy_link, "Ctrl+Shift+C")
        self.act_copy_path = self._action(self.tr("Copy &oss:// path"), self.copy_path, "Ctrl+Alt+C")
        self.act_versions = self._action(self.tr("Show &versions"), self.show_versions, "Ctrl+I")
        self.act_open = self._action(self.tr("&Open"), self.open_current, None)
        self.act_demo = self._action(self.tr("Try the &demo"), self.start_demo, None)
        self.act_add_profile = self._action(self.tr("&Add profile…"), self.add_profile, None)
        self.act_import = self._action(self.tr("&Import from ossutil…"), self.import_ossutil, None)
        self.act_quit = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.act_about = self._action(self.tr("&About ossshare"), self.about, None)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Navigation"), self)
        bar.setObjectName("navigationBar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.profile_box = QComboBox()
        self.profile_box.setObjectName("profileBox")
        self.profile_box.setMinimumContentsLength(14)
        # Wide enough for the longest entry ("Demo (offline sandbox)" was cut off).
        self.profile_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.profile_box.setToolTip(self.tr("Profile: the account and region to browse"))
        self.profile_box.setAccessibleName(self.tr("Profile"))
        profile_label = QLabel(self.tr("Profile:"))
        profile_label.setContentsMargins(4, 0, 4, 0)
        bar.addWidget(profile_label)
        bar.addWidget(self.profile_box)
        bar.addSeparator()
        bar.addAction(self.act_back)
        bar.addAction(self.act_forward)
        bar.addAction(self.act_up)
        bar.addAction(self.act_refresh)
        self.path_bar = PathBar()
        self.path_bar.setMinimumWidth(260)
        bar.addWidget(self.path_bar)
        self.filter_box = QLineEdit()
        self.filter_box.setObjectName("filterBox")
        self.filter_box.setPlaceholderText(self.tr("Filter this folder (Ctrl+F)"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setMaximumWidth(240)
        self.filter_box.setAccessibleName(self.tr("Filter"))
        # Escape in the filter: first clears it, then hands the keyboard back to the list.
        clear_filter = QAction(self.tr("Clear filter"), self.filter_box)
        clear_filter.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        clear_filter.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        clear_filter.triggered.connect(self.clear_filter)
        self.filter_box.addAction(clear_filter)
        bar.addWidget(self.filter_box)
        self.addToolBar(bar)
        self.toolbar = bar

    def _build_central(self) -> None:
        self.stack = QStackedWidget()
        self.welcome = WelcomePage()
        self.stack.addWidget(self.welcome)
        browser = QWidget()
        layout = QVBoxLayout(browser)
        layout.setContentsMargins(6, 4, 6, 0)
        layout.setSpacing(4)
        self.banner = ErrorBanner()
        layout.addWidget(self.banner)
        self.bucket_view = QTreeView()
        self.bucket_view.setObjectName("bucketView")
        self.bucket_view.setModel(self.buckets)
        self.bucket_view.setRootIsDecorated(False)
        self.bucket_view.setUniformRowHeights(True)
        self.bucket_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.bucket_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.bucket_view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.bucket_view.header().setStretchLastSection(False)
        self.bucket_view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.object_view = ObjectView()
        self.object_view.setModel(self.proxy)
        self.object_view.set_default_widths()
        self.details = DetailsPane()
        self.bucket_view.setAccessibleName(self.tr("Buckets"))
        self.object_view.setAccessibleName(self.tr("Folders and objects"))
        self.details.setAccessibleName(self.tr("Details"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.bucket_view)
        self.splitter.addWidget(self.object_view)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([210, 620, 370])
        layout.addWidget(self.splitter, 1)
        self.stack.addWidget(browser)
        self.browser = browser
        self.setCentralWidget(self.stack)
        self.stack.setCurrentWidget(browser)

    def _build_menus(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("&File"))
        for action in (self.act_add_profile, self.act_import, self.act_demo):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        go = menus.addMenu(self.tr("&Go"))
        for action in (self.act_back, self.act_forward, self.act_up, self.act_edit_path, self.act_refresh, self.act_filter):
            go.addAction(action)
        obj = menus.addMenu(self.tr("&Object"))
        for action in (self.act_share, self.act_copy_link, self.act_copy_path, self.act_versions):
            obj.addAction(action)
        menus.addMenu(self.tr("&Help")).addAction(self.act_about)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            if event.button() == Qt.MouseButton.BackButton:
                self.go_back()
                return True
            if event.button() == Qt.MouseButton.ForwardButton:
                self.go_forward()
                return True
        return super().eventFilter(watched, event)

    def _set_tab_order(self) -> None:
        """Left to right, top to bottom: profile, filter, buckets, listing, details."""
        chain = (
            self.profile_box,
            self.filter_box,
            self.bucket_view,
            self.object_view,
            self.details.share_button,
            self.details.copy_button,
            self.details.versions_view,
        )
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _wire(self) -> None:
        self.profile_box.activated.connect(self._profile_chosen)
        self.path_bar.navigateRequested.connect(self.navigate)
        self.path_bar.pathRequested.connect(self.reveal)
        self.path_bar.editDone.connect(lambda: self.object_view.setFocus(Qt.FocusReason.ShortcutFocusReason))
        self.filter_box.textChanged.connect(self._filter_changed)
        self.bucket_view.selectionModel().currentRowChanged.connect(self._bucket_current_changed)
        self.bucket_view.activated.connect(lambda index: self.object_view.setFocus())
        self.object_view.openRequested.connect(self._open_index)
        self.object_view.upRequested.connect(self.go_up)
        self.object_view.escapePressed.connect(self.filter_box.clear)  # as file managers do
        self.object_view.viewport().installEventFilter(self)  # the mouse's back/forward buttons
        self.object_view.sortChanged.connect(self._sort_changed)
        self.object_view.customContextMenuRequested.connect(self._context_menu)
        self.object_view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.objects.loadingChanged.connect(self._loading_changed)
        self.objects.pageArrived.connect(self._page_arrived)
        self.objects.loadFailed.connect(self._listing_failed)
        self.objects.modelReset.connect(self._update_counts)
        self.proxy.rowsInserted.connect(self._update_counts)
        self.proxy.rowsRemoved.connect(self._update_counts)
        self.proxy.layoutChanged.connect(self._update_counts)
        self.buckets.loadingChanged.connect(self._loading_changed)
        self.buckets.loaded.connect(self._buckets_loaded)
        self.buckets.loadFailed.connect(self._buckets_failed)
        self.banner.retryRequested.connect(self.retry)
        self.banner.editProfileRequested.connect(self.edit_profile)
        self.details.shareRequested.connect(self.share_current)
        self.details.shareVersionRequested.connect(self.share_version)
        self.details.copyLinkRequested.connect(self.copy_link)
        self.welcome.addProfileRequested.connect(self.add_profile)
        self.welcome.importRequested.connect(self.import_ossutil)
        self.welcome.demoRequested.connect(self.start_demo)

    # ================================================================ state
    @property
    def connection(self) -> Connection | None:
        return self._connection

    @property
    def bucket(self) -> str:
        return self._bucket

    @property
    def prefix(self) -> str:
        return self.objects.prefix

    @property
    def showing_welcome(self) -> bool:
        return self.stack.currentWidget() is self.welcome

    def restore_window_state(self) -> None:
        state = self._state
        if state.geometry:
            self.restoreGeometry(to_bytes(state.geometry))
        if state.splitter:
            self.splitter.restoreState(to_bytes(state.splitter))
        if state.header:
            header = self.object_view.header()
            header.restoreState(to_bytes(state.header))
            self._sort_changed(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def save_window_state(self) -> None:
        state = self._state
        state.geometry = to_text(self.saveGeometry())
        state.splitter = to_text(self.splitter.saveState())
        state.header = to_text(self.object_view.header().saveState())
        if self._connection is not None:
            state.profile = self._connection.choice.key
            state.bucket, state.prefix = self._bucket, self.objects.prefix
        try:
            state.save()
        except OSError:
            pass  # losing the window layout is not worth an error at exit

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_window_state()
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Forget pending replies and stop the demo sandbox, if any."""
        for request in (self._connect, self._choices_request, self._locate):
            request.cancel()
        self._forget_details()
        self._details_timer.stop()
        self.objects.clear()
        if self._connection is not None:
            self._connection.close()

    # ================================================================ start and profiles
    def start(self, *, demo: bool = False, profile: str | None = None) -> None:
        """Called once the window is shown: connect to the demo, the named profile, or the
        last one used; with no profile at all, show the welcome page."""
        if demo:
            if self._state.profile == "demo" and self._state.bucket:
                self._restore_location = (self._state.bucket, self._state.prefix)  # same sample data
            self.start_demo()
            return
        wanted = Choice.from_key(self._state.profile) if self._state.profile else None
        if wanted is not None and wanted.kind != "demo" and self._state.bucket:
            self._restore_location = (self._state.bucket, self._state.prefix)
        self._load_choices(profile or (wanted.name if wanted is not None and wanted.kind != "demo" else None))

    def _load_choices(self, wanted: str | None) -> None:
        self.status.set_message(self.tr("Reading profiles…"))
        self._wanted_profile = wanted
        self._choices_request.submit(conn_mod.list_choices)

    def _choices_arrived(self, choices: list[Choice]) -> None:
        wanted = self._wanted_profile
        self.set_choices(choices)
        pick = next((c for c in choices if c.name == wanted), None) if wanted else None
        if wanted and pick is None:
            self._restore_location = None
            self.banner.show_text(self.tr("Unknown profile"), self.tr("There is no profile named '{0}'.").format(wanted))
        pick = pick or (choices[0] if choices else None)
        if pick is None:
            self.show_welcome()
        else:
            self.connect_to(pick)

    def _choices_failed(self, error: BaseException) -> None:
        self.show_welcome()
        self.welcome.set_note(present(error).line)

    def set_choices(self, choices: list[Choice]) -> None:
        self._choices = list(choices)
        current = self._connection.choice if self._connection is not None else None
        if current is not None and current not in self._choices:
            self._choices.append(current)
        self._fill_profile_box()

    def _fill_profile_box(self) -> None:
        self.profile_box.blockSignals(True)
        self.profile_box.clear()
        for choice in self._choices:
            self.profile_box.addItem(self._choice_label(choice), choice)
        if not any(c.kind == "demo" for c in self._choices):
            self.profile_box.addItem(self.tr("Demo (offline sandbox)"), Choice("demo", "demo"))
        current = self._connection.choice if self._connection is not None else self._connecting_to
        for i in range(self.profile_box.count()):
            if self.profile_box.itemData(i) == current:
                self.profile_box.setCurrentIndex(i)
        self.profile_box.blockSignals(False)

    def _choice_label(self, choice: Choice) -> str:
        if choice.kind == "demo":
            return self.tr("Demo (offline sandbox)")
        if choice.kind == "environment":
            return self.tr("Environment variables")
        return choice.name

    def _profile_chosen(self, index: int) -> None:
        choice = self.profile_box.itemData(index)
        if isinstance(choice, Choice) and (self._connection is None or choice != self._connection.choice):
            self.connect_to(choice)

    def start_demo(self) -> None:
        self.connect_to(Choice("demo", "demo"))

    def connect_to(self, choice: Choice) -> None:
        """Open `choice` off the GUI thread (keyring, settings, demo sandbox start-up)."""
        self._connecting_to = choice
        self.banner.dismiss()
        self.status.set_message(
            self.tr("Starting the demo sandbox…") if choice.kind == "demo" else self.tr("Opening {0}…").format(self._choice_label(choice))
        )
        self.status.set_loading(True)
        stores = self.stores
        self._connect.submit(lambda: conn_mod.connect(choice, stores))

    def _connect_failed(self, error: BaseException) -> None:
        choice = self._connecting_to
        assert choice is not None
        self._loading_changed()
        self._show_error(error, retry=lambda: self.connect_to(choice), profile=choice)
        if self._connection is not None:
            # Still browsing the previous profile: the switcher goes back to saying so.
            self._connecting_to = None
            self._fill_profile_box()
            self._update_counts()
        if self._connection is None:
            self.stack.setCurrentWidget(self.browser)
            self.toolbar.show()  # the profile switcher: another profile may work

    def use_connection(self, connection: Connection) -> None:
        """Show `connection`'s buckets (the previous connection is closed)."""
        old, self._connection = self._connection, connection
        self._connecting_to = None
        self._bucket, self._bucket_region = "", None
        self.history.clear()  # places of another account
        self.objects.clear()
        self.details.show_nothing()
        self.path_bar.set_location("", "")
        self.banner.dismiss()
        if connection.choice not in self._choices:
            self._choices.append(connection.choice)
        self._fill_profile_box()
        self.stack.setCurrentWidget(self.browser)
        self.toolbar.show()
        title = self._choice_label(connection.choice)
        self.setWindowTitle(self.tr("{0} — ossshare").format(title))
        if old is not None and old is not connection:
            old.close()
        self.buckets.load(connection.client)
        self._loading_changed()
        self._update_actions()
        self.connectionChanged.emit()

    def show_welcome(self) -> None:
        self.stack.setCurrentWidget(self.welcome)
        self.toolbar.hide()  # nothing to navigate yet
        self.status.set_message(self.tr("No profile yet"))
        self.status.set_loading(False)
        self._update_actions()

    # ================================================================ buckets
    def _buckets_loaded(self, count: int) -> None:
        self._note_skew(self._connection.client if self._connection else None)
        if self._restore_location is not None:
            bucket, prefix = self._restore_location
            self._restore_location = None
            if self.buckets.row_of(bucket) is not None:
                self.navigate(bucket, prefix)
                return
        if not self._bucket:
            self.status.set_buckets(count)
            if count == 1:
                self.navigate(self.buckets.bucket_at(0).name, "")
                if not isinstance(QApplication.focusWidget(), QLineEdit):  # unless the user is typing
                    self.object_view.setFocus()  # arrows and Enter work at once
            elif count:
                self.bucket_view.setFocus()

    def _buckets_failed(self, error: BaseException) -> None:
        # An account allowed into its buckets but not to list them (a common RAM policy) can
        # still go back to where it was, and open any bucket by name.
        if self._restore_location is not None:
            bucket, prefix = self._restore_location
            self._restore_location = None
            self.navigate(bucket, prefix)
        self._show_error(
            error,
            retry=self.buckets.reload,
            hint=self.tr("You can still open a bucket by name: press Ctrl+L and type oss://bucket/."),
        )

    def _bucket_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            bucket: BucketInfo = self.buckets.bucket_at(current.row())
            if bucket.name != self._bucket:
                self.navigate(bucket.name, "")

    # ================================================================ navigation
    def navigate(self, bucket: str, prefix: str = "") -> None:
        if self._connection is None or not bucket:
            return
        row = self.buckets.row_of(bucket)
        info = self.buckets.bucket_at(row) if row is not None else None
        if self._bucket != bucket:
            self._located.pop(bucket, None)
        self._bucket = bucket
        self._bucket_region = info.region if info is not None else self._located.get(bucket)
        if row is not None:
            index = self.buckets.index(row, 0)
            selection = self.bucket_view.selectionModel()
            selection.blockSignals(True)
            selection.setCurrentIndex(index, selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows)
            selection.blockSignals(False)
            self.bucket_view.viewport().update()
        else:  # typed in the path bar: the bucket list must not keep showing the previous one
            selection = self.bucket_view.selectionModel()
            selection.blockSignals(True)
            selection.clear()
            selection.blockSignals(False)
            self.bucket_view.viewport().update()
        self.banner.dismiss()
        self.filter_box.blockSignals(True)
        self.filter_box.clear()
        self.filter_box.blockSignals(False)
        self.proxy.set_filter_text("")
        self.details.show_nothing()
        self._forget_details()
        self._locate.cancel()
        self.path_bar.set_location(bucket, prefix)
        self._state.bucket, self._state.prefix = bucket, prefix
        if not self._in_history:
            self.history.visit((bucket, prefix))
        conn = self._connection
        if self._bucket_region is None and conn.sandbox is None and not conn.endpoint_is_custom:
            self._locate_then_open(bucket, prefix)  # typed in the path bar: not in the bucket list
        else:
            self.objects.open(self._client(), bucket, prefix)
        self._update_actions()

    def _locate_then_open(self, bucket: str, prefix: str) -> None:
        """A bucket we have no region for (the account may not be allowed to list buckets):
        ask OSS where it lives, then list it on that region's endpoint."""
        assert self._connection is not None
        client = self._connection.client
        self.objects.clear()
        self.status.set_message(self.tr("Locating bucket {0}…").format(bucket))
        self.status.set_loading(True)
        self._locating = (bucket, prefix)
        self._locate.submit(lambda: client.bucket_region(bucket))

    def _located_bucket(self, region: str) -> None:
        bucket, prefix = self._locating
        self._located[bucket] = self._bucket_region = region
        self.objects.open(self._client(), bucket, prefix)

    def _locate_failed(self, error: BaseException) -> None:
        bucket, prefix = self._locating
        self._loading_changed()
        self._show_error(error, retry=lambda: self.navigate(bucket, prefix))

    def reveal(self, bucket: str, path: str) -> None:
        """Go to the folder holding `path` and select the object named so; a folder typed
        without its trailing slash is opened instead."""
        folder = parent_prefix(path)
        self.navigate(bucket, folder)
        if bucket != self._bucket:
            return  # not connected

        def attempt(_count: int = 0) -> None:
            if self._bucket != bucket or self.objects.prefix != folder:
                self.objects.pageArrived.disconnect(attempt)  # the user went elsewhere
                return
            row = self.objects.row_of_key(path)
            if row is None and self.objects.row_of_key(path + "/") is not None:
                self.objects.pageArrived.disconnect(attempt)
                self.navigate(bucket, path + "/")
                return
            if row is not None:
                self.objects.pageArrived.disconnect(attempt)
                index = self.proxy.mapFromSource(self.objects.index(row, 0))
                self.object_view.setCurrentIndex(index)
                self.object_view.scrollTo(index)
            elif self.objects.canFetchMore():
                self.objects.fetchMore()  # not on this page: keep looking
            elif self.objects.complete:
                self.objects.pageArrived.disconnect(attempt)
                self.status.showMessage(self.tr("Nothing named {0} here").format(path[len(folder) :]), 8000)

        self.objects.pageArrived.connect(attempt)

    def go_back(self) -> None:
        self._go_in_history(self.history.back())

    def go_forward(self) -> None:
        self._go_in_history(self.history.forward())

    def _go_in_history(self, place: tuple[str, str] | None) -> None:
        if place is None:
            return
        leaving = self.objects.prefix
        self._in_history = True
        try:
            self.navigate(*place)
        finally:
            self._in_history = False
        bucket, prefix = place
        if bucket == self._bucket and leaving.startswith(prefix) and leaving != prefix:
            # Back out of a subfolder: the cursor lands on the folder we came from.
            self._select_when_listed(prefix + leaving[len(prefix) :].split("/", 1)[0] + "/")

    def go_up(self) -> None:
        if not self._bucket:
            return
        if self.objects.prefix:
            leaving = self.objects.prefix
            self.navigate(self._bucket, parent_prefix(leaving))
            self._select_when_listed(leaving)
        else:
            self.bucket_view.setFocus()

    def refresh(self) -> None:
        if self._connection is None:
            return
        if self._bucket:
            row = self.current_row()
            keep = self.objects.key_at(row) if row is not None else None
            self.navigate(self._bucket, self.objects.prefix)
            if keep is not None:
                self._select_when_listed(keep)  # F5 shows what changed, not the top of the list
        else:
            self.buckets.reload()

    def retry(self) -> None:
        action, self._retry = self._retry, None
        self.banner.dismiss()
        if action is not None:
            action()

    def edit_path(self) -> None:
        if self._connection is not None:
            self.path_bar.begin_edit()

    def focus_filter(self) -> None:
        self.filter_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_box.selectAll()

    def clear_filter(self) -> None:
        if self.filter_box.text():
            self.filter_box.clear()
        else:
            self.object_view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _client(self) -> Any:
        assert self._connection is not None
        return self._connection.client_for(self._bucket_region, self._bucket or None)

    def _region(self) -> str:
        assert self._connection is not None
        return self._bucket_region or self._connection.region

    def _select_when_listed(self, key: str) -> None:
        """Put the cursor on `key` (the folder we came up from, the row shown before F5) once
        its page arrives, asking for further pages until it does."""
        bucket, prefix = self._bucket, self.objects.prefix

        def attempt(_count: int = 0) -> None:
            here = self._bucket == bucket and self.objects.prefix == prefix
            row = self.objects.row_of_key(key) if here else None
            if not here or row is not None or self.objects.complete or self.objects.error is not None:
                self.objects.pageArrived.disconnect(attempt)
            if row is not None:
                index = self.proxy.mapFromSource(self.objects.index(row, 0))
                self.object_view.setCurrentIndex(index)
                self.object_view.scrollTo(index)
            elif here and self.objects.canFetchMore():
                self.objects.fetchMore()

        self.objects.pageArrived.connect(attempt)

    # ================================================================ listing feedback
    def _page_arrived(self, _count: int) -> None:
        self._note_skew(self._client())
        if self.proxy.rowCount() and not self.object_view.currentIndex().isValid() and self.object_view.hasFocus():
            self.object_view.setCurrentIndex(self.proxy.index(0, 0))
        # Rows the filter hides change nothing in the view, so the view would not ask again.
        QTimer.singleShot(0, self._fetch_if_view_not_full)

    def _fetch_if_view_not_full(self) -> None:
        if not self.objects.canFetchMore():
            return
        rows = self.proxy.rowCount()
        if rows == 0:
            self.objects.fetchMore()
            return
        last = self.object_view.visualRect(self.proxy.index(rows - 1, 0))
        if self.object_view.viewport().rect().intersects(last):
            self.objects.fetchMore()

    def _listing_failed(self, error: BaseException) -> None:
        self._show_error(error, retry=self.objects.retry)

    def _loading_changed(self, *_args: object) -> None:
        busy = self.objects.loading or self.buckets.loading or self._connect.busy
        self.status.set_loading(busy)
        self._update_counts()

    def _update_counts(self, *_args: object) -> None:
        if self._connection is None or self._connect.busy:
            return
        if not self._bucket:
            if self.buckets.loading:  # the count so far may be the previous profile's
                self.status.set_message(self.tr("Listing buckets…"))
            else:
                self.status.set_buckets(self.buckets.rowCount())
            return
        if self.objects.error is not None and not self.objects.rowCount():
            self.status.set_message(self.tr("This folder could not be listed"))
            return
        if self.objects.loading and not self.objects.rowCount():
            # No count yet: "0 objects" would claim the folder is empty.
            self.status.set_message(self.tr("Listing oss://{0}/{1}…").format(self._bucket, self.objects.prefix))
            return
        filtered = bool(self.proxy.filterRegularExpression().pattern())
        self.status.set_counts(
            self.objects.folder_count,
            self.objects.object_count,
            complete=self.objects.complete,
            shown=self.proxy.rowCount() if filtered else None,
            stopped=self.objects.error is not None,
        )

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self._update_counts()
        QTimer.singleShot(0, self._fetch_if_view_not_full)

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        self.objects.sort(column, order)

    def _note_skew(self, client: Any) -> None:
        skew = getattr(client, "clock_skew", None)
        self.status.set_skew(skew)

    def _show_error(
        self,
        error: BaseException,
        *,
        retry: Any = None,
        profile: Choice | None = None,
        hint: str = "",
    ) -> None:
        """Show `error` in the banner, with `hint` after its message; Edit profile there (when
        the error is about the profile) edits `profile` (default: the one in use)."""
        problem = present(error)
        self._retry = retry
        self._edit_target = profile
        self.banner.show_text(
            problem.title,
            sentences(problem.message, hint),
            retry=retry is not None,
            edit_profile=Action.EDIT_PROFILE in problem.actions and (profile is None or profile.kind == "profile"),
        )
        self._update_counts()

    # ================================================================ selection and details
    def _source_row(self, index: QModelIndex) -> int | None:
        if not index.isValid():
            return None
        return self.proxy.mapToSource(index).row()

    def current_row(self) -> int | None:
        return self._source_row(self.object_view.currentIndex())

    def current_entry(self) -> ObjectEntry | None:
        row = self.current_row()
        return self.objects.entry_at(row) if row is not None else None

    def selected_rows(self) -> list[int]:
        rows = {self.proxy.mapToSource(i).row() for i in self.object_view.selectionModel().selectedRows()}
        return sorted(rows)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_actions()
        self._details_timer.start()

    def _load_details(self) -> None:
        row = self.current_row()
        if row is None or row not in self.selected_rows():
            self._forget_details()
            self.details.show_nothing()
            return
        key = self.objects.key_at(row)
        if key == self._details_key:
            return
        self._forget_details()
        self._details_key = key
        if self.objects.is_folder_row(row):
            self.details.show_folder(self._bucket, key)
            return
        entry = self.objects.entry_at(row)
        assert entry is not None
        self.details.show_entry(self._bucket, entry)
        client, bucket = self._client(), self._bucket
        self._head_request.submit(lambda: client.head_object(bucket, key))
        self._versions_request.submit(lambda: client.list_versions(bucket, prefix=key, max_keys=1000))

    def _forget_details(self) -> None:
        self._details_key, self._head = None, None
        self._head_request.cancel()
        self._versions_request.cancel()

    def _head_arrived(self, head: ObjectHead) -> None:
        self._head = head
        self.details.set_head(head)
        self._note_skew(self._client())

    def _versions_arrived(self, page: VersionPage) -> None:
        self.details.set_versions([v for v in page.versions if v.key == self._details_key])

    def _head_failed(self, error: BaseException) -> None:
        self.details.set_failed(present(error).line)

    def _versions_failed(self, error: BaseException) -> None:
        self.details.set_failed(self.tr("Versions unavailable: {0}").format(present(error).line))

    def details_versions(self) -> list[ObjectVersion]:
        model = self.details.versions
        return [model.version_at(i) for i in range(model.rowCount())]

    # ================================================================ actions on objects
    def _update_actions(self) -> None:
        connected = self._connection is not None
        in_bucket = connected and bool(self._bucket)
        row = self.current_row() if in_bucket else None
        rows = self.selected_rows() if in_bucket else []
        one_object = row is not None and not self.objects.is_folder_row(row) and len(rows) <= 1
        any_object = any(not self.objects.is_folder_row(r) for r in rows)
        self.act_up.setEnabled(in_bucket)
        self.act_back.setEnabled(connected and self.history.can_go_back)
        self.act_forward.setEnabled(connected and self.history.can_go_forward)
        self.act_refresh.setEnabled(connected)
        self.act_edit_path.setEnabled(connected)
        self.act_filter.setEnabled(in_bucket)
        self.act_share.setEnabled(one_object)
        self.act_copy_link.setEnabled(any_object)
        self.act_copy_path.setEnabled(bool(rows))
        self.act_versions.setEnabled(one_object)
        self.act_open.setEnabled(row is not None and self.objects.is_folder_row(row))
        self.details.share_button.setEnabled(self.act_share.isEnabled())

    def _open_index(self, index: QModelIndex) -> None:
        row = self._source_row(index)
        if row is None:
            return
        if self.objects.is_folder_row(row):
            self.navigate(self._bucket, self.objects.key_at(row))
        else:
            self.object_view.setCurrentIndex(index)
            self.share_current()

    def open_current(self) -> None:
        self._open_index(self.object_view.currentIndex())

    def share_version(self, version_id: str) -> None:
        """Share the selected object with one of its versions already chosen."""
        self.share_current(version_id)

    def share_current(self, version_id: str | None = None) -> None:
        entry = self.current_entry()
        if entry is None or self._connection is None:
            return
        from .share.dialog import ShareDialog

        head = self._head if self._head is not None and self._head.key == entry.key else None
        dialog = ShareDialog(
            self,
            client=self._client(),
            account=self._connection.account,
            region=self._region(),
            bucket=self._bucket,
            key=entry.key,
            head=head,
            version_id=version_id if isinstance(version_id, str) else None,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.share_dialog = dialog

    def copy_link(self) -> None:
        if self._connection is None:
            return
        entries = [e for e in (self.objects.entry_at(r) for r in self.selected_rows()) if e is not None]
        if not entries:
            current = self.current_entry()
            entries = [current] if current is not None else []
        if not entries:
            return
        keys = [e.key for e in entries]
        try:
            results = [default_link(self._connection.account, self._region(), self._bucket, k) for k in keys]
        except OssShareError as exc:
            self._show_error(exc)
            return
        text = "\n".join(r.url for r in results)
        QGuiApplication.clipboard().setText(text)
        until = results[0].expiration.astimezone().strftime("%H:%M")
        message = (
            self.tr("Link copied, valid until {0}").format(until)
            if len(results) == 1
            else self.tr("{0} links copied, valid until {1}").format(len(results), until)
        )
        if any(r.needs_headers for r in results):
            message += self.tr(" (it needs signed headers: use Share… for a curl command)")
        if any(self._may_need_restore(e) for e in entries):
            message += self.tr(" — archived: OSS refuses the download until the object is restored")
        self.status.showMessage(message, 8000)
        self.linkCopied.emit(text)

    def _may_need_restore(self, entry: ObjectEntry) -> bool:
        """An Archive-class object, unless its HEAD (shown in the details) says it is restored."""
        if entry.storage_class not in _COLD_CLASSES:
            return False
        head = self._head
        return head is None or head.key != entry.key or head.needs_restore

    def copy_path(self) -> None:
        current = self.current_row()
        rows = self.selected_rows() or ([current] if current is not None else [])
        if not rows or not self._bucket:
            return
        text = "\n".join(f"oss://{self._bucket}/{self.objects.key_at(r)}" for r in rows)
        QGuiApplication.clipboard().setText(text)
        self.status.showMessage(self.tr("Copied {0}").format(text.splitlines()[0] if len(rows) == 1 else self.tr("{0} paths").format(len(rows))), 5000)

    def show_versions(self) -> None:
        if self.current_entry() is None:
            return
        self._details_timer.stop()
        self._load_details()
        self.details.focus_versions()

    def _context_menu(self, pos: Any) -> None:
        index = self.object_view.indexAt(pos)
        if not index.isValid():
            return
        if not self.object_view.selectionModel().isRowSelected(index.row(), index.parent()):
            self.object_view.setCurrentIndex(index)
        self._update_actions()
        menu = self.context_menu()
        menu.popup(self.object_view.viewport().mapToGlobal(pos))

    def context_menu(self) -> QMenu:
        """The menu for the current selection (built fresh so it matches what is selected)."""
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        row = self.current_row()
        if row is not None and self.objects.is_folder_row(row):
            menu.addAction(self.act_open)
            menu.addSeparator()
            menu.addAction(self.act_copy_path)
        else:
            for action in (self.act_share, self.act_copy_link, self.act_copy_path):
                menu.addAction(action)
            menu.addSeparator()
            menu.addAction(self.act_versions)
        return menu

    # ================================================================ profiles (accounts)
    def add_profile(self) -> None:
        self._open_profile_dialog(None)

    def edit_profile(self) -> None:
        editing = self._edit_target or (self._connection.choice if self._connection is not None else self._connecting_to)
        self._open_profile_dialog(editing.name if editing is not None and editing.kind == "profile" else None)

    def _open_profile_dialog(self, name: str | None) -> None:
        from .widgets.profile_dialog import ProfileDialog

        dialog = ProfileDialog(self, stores=self.stores, profile_name=name)
        dialog.saved.connect(self._profile_saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.profile_dialog = dialog

    def _profile_saved(self, name: str, where: str) -> None:
        self.status.showMessage(self.tr("Profile '{0}' saved; its secret is in {1}.").format(name, where), 15000)
        if self._connection is not None and self._connection.choice == Choice("profile", name):
            self._connection = None  # edited in place: connect again with the new settings
        self._load_choices(name)

    def import_ossutil(self) -> None:
        from .widgets.import_flow import start_import

        start_import(self, self.stores, on_done=self._imported)

    def _imported(self, names: list[str]) -> None:
        if names:
            self._load_choices(names[0])

    def about(self) -> None:
        from .. import __version__

        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About ossshare"))
        box.setText(self.tr("ossshare {0}").format(__version__))
        box.setInformativeText(
            self.tr("Signed, time-limited download links for Alibaba Cloud OSS objects. Secrets stay in the system keyring.")
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
