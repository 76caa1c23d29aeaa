"""The main window: a composition of parts (ui/window/, connected in window/wiring.py).

Where the window is lives in one place, the BrowsingController; the listing, the path bar,
the details pane, the title and the saved state follow its locationChanged. Network and
keyring work goes through `Request`s, so a slow answer for a place the user already left is
dropped instead of overwriting what is on screen.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QWidget

from .window.first_frame import FirstFrame
from .window.screen_fit import fit_to_screen
from .window_state import WindowState, to_bytes, to_text

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QComboBox, QLineEdit, QMenu, QStackedWidget

    from ..oss.client import OssClient
    from ..oss.models import ObjectEntry, ObjectVersion
    from .connection import AccountStores, Connection
    from .links.hooks import LinkHistory
    from .models.bucket_list import BucketListModel
    from .models.object_filter_proxy import ObjectFilterProxy
    from .models.object_list import ObjectListModel
    from .widgets.details_pane import DetailsPane
    from .widgets.error_banner import ErrorBanner
    from .widgets.object_view import ObjectView
    from .widgets.path_bar import PathBar
    from .widgets.status_bar import StatusBar
    from .widgets.welcome_page import WelcomePage
    from .window.actions import WindowCommands
    from .window.controller import BrowsingController
    from .window.details import DetailsLoader
    from .window.feedback import Feedback
    from .window.layout import BrowserPage, BucketView, NavigationBar, PaneSplitter
    from .window.location import Location
    from .window.navigation import Navigation
    from .window.object_actions import ObjectActions
    from .window.profiles import Profiles
    from .window.sorting import SortLoader


class MainWindow(QMainWindow):
    """The window. Built at once by default; `staged` (what `ossshare` does) shows the frame
    first, at its place and size with "Starting…" in the status bar, and builds the parts once
    that frame is on the screen: the modules, and the Python enums PySide makes for Qt's
    namespaces, cost ~100 ms that a person would otherwise spend looking at nothing. So the
    parts are imported in _build, and the methods that name Qt's enums import them there."""

    linkCopied = Signal(str)  # the URL put on the clipboard

    # The parts, made by _build.
    stores: AccountStores
    controller: BrowsingController
    buckets: BucketListModel
    objects: ObjectListModel
    proxy: ObjectFilterProxy
    commands: WindowCommands
    toolbar: NavigationBar
    profile_box: QComboBox
    path_bar: PathBar
    filter_box: QLineEdit
    browser: BrowserPage
    banner: ErrorBanner
    bucket_view: BucketView
    object_view: ObjectView
    details: DetailsPane
    splitter: PaneSplitter
    stack: QStackedWidget
    status: StatusBar
    feedback: Feedback
    profiles: Profiles
    navigation: Navigation
    details_loader: DetailsLoader
    object_actions: ObjectActions
    sorting: SortLoader
    link_history: LinkHistory

    def __init__(
        self, parent: QWidget | None = None, *, state: WindowState | None = None, staged: bool = False
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("ossshare"))
        self.setObjectName("mainWindow")
        self._state = state if state is not None else WindowState()
        self._built = False
        self._broken = False  # its parts failed to build: a bug, said in the status bar
        self._painted = False
        self._first_paint_done: Callable[[], None] | None = None
        self._when_built: Callable[[], None] | None = None
        self.resize(1180, 720)
        if staged:
            self.setCentralWidget(FirstFrame(self._build_staged))
            self.statusBar().showMessage(self.tr("Starting…"))
        else:
            self._build()

    @property
    def built(self) -> bool:
        """Whether the parts exist (a staged window builds them after its first frame)."""
        return self._built

    def _build_staged(self) -> None:
        if self._built or self._broken or not self.isVisible():  # closed before its first frame: built if shown again
            return
        try:
            self._build()
        except Exception:  # a bug: said in the window rather than leaving it blank, and logged
            self._broken = True
            log.exception("the window's parts could not be built")
            self.statusBar().showMessage(
                self.tr("The window could not be built (a bug in ossshare): please report it, with what it printed.")
            )
            return
        self._restore_parts()
        self.fit_to_screen()  # the built window's minimum size may be larger than the frame's
        then, self._when_built = self._when_built, None
        if then is not None:
            self._after_first_paint(then)

    def _build(self) -> None:
        from PySide6.QtWidgets import QStackedWidget

        from .connection import AccountStores
        from .links.hooks import LinkHistory
        from .models.bucket_list import BucketListModel
        from .models.object_filter_proxy import ObjectFilterProxy
        from .models.object_list import ObjectListModel
        from .widgets.status_bar import StatusBar
        from .window.actions import WindowCommands
        from .window.controller import BrowsingController
        from .window.details import DetailsLoader
        from .window.feedback import Feedback
        from .window.layout import BrowserPage, NavigationBar
        from .window.navigation import Navigation
        from .window.object_actions import ObjectActions
        from .window.profiles import Profiles
        from .window.sorting import SortLoader
        from .window.wiring import set_tab_order, wire

        self.stores = AccountStores()
        self.controller = BrowsingController(self)

        self.buckets = BucketListModel(self)
        self.objects = ObjectListModel(self)
        self.proxy = ObjectFilterProxy(self)
        self.proxy.setSourceModel(self.objects)

        self.commands = WindowCommands(self)
        self.toolbar = NavigationBar(self, self.commands)
        self.addToolBar(self.toolbar)
        self.profile_box, self.path_bar, self.filter_box = (
            self.toolbar.profile_box,
            self.toolbar.path_bar,
            self.toolbar.filter_box,
        )
        self.browser = BrowserPage(self.buckets, self.proxy)
        page = self.browser
        self.banner, self.bucket_view, self.object_view = page.banner, page.bucket_view, page.object_view
        self.details, self.splitter = page.details, page.splitter
        self._welcome: WelcomePage | None = None  # built when first needed: most starts have a profile
        self.stack = QStackedWidget()
        self.stack.addWidget(self.browser)
        self.stack.setCurrentWidget(self.browser)
        self.setCentralWidget(self.stack)
        self.commands.add_menus(self.menuBar())
        self.status = StatusBar(self)
        self.setStatusBar(self.status)

        self.feedback = Feedback(self)
        self.profiles = Profiles(self)
        self.navigation = Navigation(self)
        self.details_loader = DetailsLoader(self)
        self.object_actions = ObjectActions(self)
        self.sorting = SortLoader(self)
        self.link_history = LinkHistory(self, self._state)
        wire(self)
        set_tab_order(self)
        self._built = True
        self.update_actions()
        self.feedback.update_counts()

    def _after_first_paint(self, then: Callable[[], None]) -> None:
        """`then`, once the built window's first paint is on the screen (at once when hidden)."""
        if self.isVisible() and not self._painted:
            self._first_paint_done = then
            self.stack.installEventFilter(self)
        else:
            then()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's naming
        from PySide6.QtCore import QEvent

        if watched is self.stack and not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            self.stack.removeEventFilter(self)
            if self._first_paint_done is not None:
                QTimer.singleShot(0, self._first_paint_done)  # once this paint is on the screen
                self._first_paint_done = None
        return super().eventFilter(watched, event)

    # --- following the location --------------------------------------------------------------
    def follow_location(self, location: Location) -> None:
        """The title and the saved state say where the window is."""
        from .connection import Choice

        choice = Choice.from_key(location.profile)
        if choice is not None:
            self.setWindowTitle(self.tr("{0} — ossshare").format(self.profiles.label(choice)))
            self._state.profile = location.profile
        self._state.bucket, self._state.prefix = location.bucket, location.prefix

    def selection_changed(self) -> None:
        self.update_actions()
        self.details_loader.selection_changed()

    def update_actions(self) -> None:
        self.object_actions.update_commands()

    # --- what the parts share ------------------------------------------------------------------
    @property
    def state(self) -> WindowState:
        """What is kept between runs (the parts read and set it; saved at close)."""
        return self._state

    @property
    def connection(self) -> Connection | None:
        return self.profiles.connection

    @property
    def bucket(self) -> str:
        return self.controller.location.bucket

    @property
    def prefix(self) -> str:
        return self.controller.location.prefix

    def client(self) -> OssClient:
        """The client for the bucket open now (its own region's endpoint)."""
        assert self.connection is not None
        location = self.controller.location
        client: OssClient = self.connection.client_for(location.region, location.bucket or None)
        return client

    def region(self) -> str:
        assert self.connection is not None
        return self.controller.location.region or self.connection.region

    @property
    def showing_welcome(self) -> bool:
        return self._welcome is not None and self.stack.currentWidget() is self._welcome

    @property
    def welcome(self) -> WelcomePage:
        if self._welcome is None:
            from .widgets.welcome_page import WelcomePage

            self._welcome = WelcomePage()
            self.stack.addWidget(self._welcome)
            self._welcome.addProfileRequested.connect(self.profiles.add_profile)
            self._welcome.importRequested.connect(self.profiles.import_ossutil)
            self._welcome.demoRequested.connect(self.profiles.start_demo)
        return self._welcome

    def show_welcome_page(self) -> None:
        self.stack.setCurrentWidget(self.welcome)
        self.toolbar.hide()  # nothing to navigate yet

    def show_browser(self) -> None:
        self.stack.setCurrentWidget(self.browser)
        self.toolbar.show()

    # --- commands that tests and the parts call by name ------------------------------------------
    def navigate(self, bucket: str, prefix: str = "") -> None:
        self.navigation.navigate(bucket, prefix)

    def refresh(self) -> None:
        self.navigation.refresh()

    def go_back(self) -> None:
        self.navigation.go_back()

    def use_connection(self, connection: Connection) -> None:
        self.profiles.use_connection(connection)

    def add_profile(self) -> None:
        self.profiles.add_profile()

    def import_ossutil(self) -> None:
        self.profiles.import_ossutil()

    def current_row(self) -> int | None:
        return self.object_actions.current_row()

    def current_entry(self) -> ObjectEntry | None:
        return self.object_actions.current_entry()

    def selected_rows(self) -> list[int]:
        return self.object_actions.selected_rows()

    def share_current(self, version_id: str | None = None) -> None:
        self.object_actions.share_current(version_id)

    def copy_link(self) -> None:
        self.object_actions.copy_link()

    def context_menu(self) -> QMenu:
        return self.object_actions.context_menu()

    def details_versions(self) -> list[ObjectVersion]:
        return self.details_loader.versions()

    def edit_path(self) -> None:
        if self.connection is not None:
            self.path_bar.begin_edit()

    def focus_filter(self) -> None:
        from PySide6.QtCore import Qt

        self.filter_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_box.selectAll()

    def enter_list(self) -> None:
        """From the filter into the list, on its first row when no row is current yet."""
        from PySide6.QtCore import Qt

        view = self.object_view
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not view.currentIndex().isValid() and self.proxy.rowCount():
            view.setCurrentIndex(self.proxy.index(0, 0))

    def clear_filter(self) -> None:
        from PySide6.QtCore import Qt

        if self.filter_box.text():
            self.filter_box.clear()
        else:
            self.object_view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def about(self) -> None:
        from PySide6.QtCore import Qt

        from .widgets.about_dialog import AboutDialog

        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # --- start, state and the end ------------------------------------------------------------------
    def start(
        self, *, demo: bool = False, profile: str | None = None, opening: tuple[str, str, bool] | None = None
    ) -> None:
        """Called once the window is shown: connect to the demo, the named profile, or the
        last one used; with no profile at all, show the welcome page. The last session's
        folder comes back when its profile does (the demo's too: its data never changes),
        unless `opening` (bucket, path, share: from the command line) says where to go.

        It begins after the built window's first paint: connecting (starting the demo sandbox,
        reading the keyring, importing the HTTP client) runs on a worker whose Python would
        otherwise compete with the painting for the interpreter lock."""

        def begin() -> None:
            self._start(demo, profile, opening)

        if self._built:
            self._after_first_paint(begin)
        else:
            self._when_built = begin

    def _start(self, demo: bool, profile: str | None, opening: tuple[str, str, bool] | None) -> None:
        from .connection import Choice
        from .window.location import Location

        state = self._state
        saved = Location(state.profile, state.bucket, state.prefix)
        wanted = Choice.from_key(state.profile) if state.profile else None
        if opening is not None:
            self.navigation.open_when_connected(*opening)
        elif demo or (wanted is not None and wanted.kind != "demo"):
            self.controller.remember(saved)
        if demo:
            self.profiles.start_demo()
            return
        last = wanted.name if wanted is not None and wanted.kind != "demo" else None
        self.profiles.load_choices(profile or state.default_profile or last)

    def restore_window_state(self) -> None:
        state = self._state
        if state.geometry:
            self.restoreGeometry(to_bytes(state.geometry))
        self.fit_to_screen()
        if self._built:
            self._restore_parts()

    def _restore_parts(self) -> None:
        state = self._state
        if state.splitter:
            self.splitter.restoreState(to_bytes(state.splitter))
        if state.header:
            header = self.object_view.header()
            header.restoreState(to_bytes(state.header))
            self.objects.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def fit_to_screen(self) -> None:
        """Keep the window on its screen (again once shown, when the frame's size is known)."""
        fit_to_screen(self, self.screen().availableGeometry(), self.size())

    def save_window_state(self) -> None:
        state = self._state
        state.geometry = to_text(self.saveGeometry())
        if not self._built:  # closed before its parts were: their saved layout stays as it was
            with contextlib.suppress(OSError):
                state.save()
            return
        state.splitter = to_text(self.splitter.saveState())
        state.header = to_text(self.object_view.header().saveState())
        with contextlib.suppress(OSError):  # losing the window layout is not worth an error at exit
            state.save()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's naming
        self.save_window_state()
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Forget pending replies and stop the demo sandbox, if any."""
        if not self._built:
            return
        self.details_loader.forget()
        self.navigation.shutdown()
        self.objects.clear()
        self.profiles.shutdown()
