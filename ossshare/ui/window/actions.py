"""The window's commands: one QAction each (menu, toolbar, shortcut and context menu share
it), the menus, and which commands apply to what is selected."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QStyle, QWidget

from ..language_menu import LanguageMenu
from ..window_state import WindowState

Shortcut = QKeySequence | QKeySequence.StandardKey | str


class WindowCommands(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        sp = QStyle.StandardPixmap
        keys = QKeySequence.StandardKey
        self.up = self._action(self.tr("&Up"), "Alt+Up", sp.SP_FileDialogToParent)
        self.up.setToolTip(self.tr("Up one folder (Alt+Up, Backspace)"))
        self.back = self._action(self.tr("&Back"), keys.Back, sp.SP_ArrowBack)
        self.back.setToolTip(self.tr("Back to the previous folder (Alt+Left)"))
        self.forward = self._action(self.tr("&Forward"), keys.Forward, sp.SP_ArrowForward)
        self.forward.setToolTip(self.tr("Forward again (Alt+Right)"))
        self.refresh = self._action(self.tr("&Refresh"), keys.Refresh, sp.SP_BrowserReload)
        self.refresh.setShortcuts([QKeySequence("F5"), QKeySequence("Ctrl+R")])
        self.refresh.setToolTip(self.tr("Reload this folder (F5)"))
        self.edit_path = self._action(self.tr("Go to &path…"), "Ctrl+L")
        self.filter = self._action(self.tr("F&ilter"), keys.Find)
        self.share = self._action(self.tr("&Share…"))
        self.share_folder = self._action(self.tr("Share &folder…"), "Ctrl+Shift+S")
        self.share_folder.setToolTip(self.tr("Links for every object under a folder (Ctrl+Shift+S)"))
        self.link_history = self._action(self.tr("&Links…"), "Ctrl+Shift+L")
        self.link_history.setToolTip(self.tr("The links given out, with what would stop them (Ctrl+Shift+L)"))
        self.record_links = self._action(self.tr("&Record links given out"))
        self.record_links.setCheckable(True)
        self.copy_link = self._action(self.tr("Copy &link (default expiry)"), "Ctrl+Shift+C")
        self.copy_path = self._action(self.tr("Copy &oss:// path"), "Ctrl+Alt+C")
        self.versions = self._action(self.tr("Show &versions"), "Ctrl+I")
        self.open = self._action(self.tr("&Open"))
        self.demo = self._action(self.tr("Try the &demo"))
        self.add_profile = self._action(self.tr("&Add profile…"))
        self.import_ossutil = self._action(self.tr("&Import from ossutil…"))
        self.manage_profiles = self._action(self.tr("&Manage profiles…"))
        self.quit = self._action(self.tr("&Quit"), keys.Quit)
        self.about = self._action(self.tr("&About ossshare"))

    def _action(
        self, text: str, shortcut: Shortcut | None = None, icon: QStyle.StandardPixmap | None = None
    ) -> QAction:
        action = QAction(text, self._window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if icon is not None:
            action.setIcon(self._window.style().standardIcon(icon))
        self._window.addAction(action)
        return action

    def add_menus(self, menus: QMenuBar) -> None:
        file_menu = menus.addMenu(self.tr("&File"))
        for action in (self.add_profile, self.import_ossutil, self.manage_profiles, self.demo):
            file_menu.addAction(action)
        state = getattr(self._window, "state", None)  # the main window's kept preferences
        if isinstance(state, WindowState):
            file_menu.addSeparator()
            file_menu.addMenu(LanguageMenu(state, self._window, file_menu))
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        go = menus.addMenu(self.tr("&Go"))
        for action in (self.back, self.forward, self.up, self.edit_path, self.refresh, self.filter):
            go.addAction(action)
        obj = menus.addMenu(self.tr("&Object"))
        for action in (self.share, self.share_folder, self.copy_link, self.copy_path, self.versions):
            obj.addAction(action)
        links = menus.addMenu(self.tr("&Links"))
        links.addAction(self.link_history)
        links.addAction(self.record_links)
        menus.addMenu(self.tr("&Help")).addAction(self.about)

    def update(
        self,
        *,
        connected: bool,
        in_bucket: bool,
        back: bool,
        forward: bool,
        current_is_folder: bool | None,
        rows: int,
        objects: int,
    ) -> None:
        """`current_is_folder`: None with no current row; `rows`: rows selected, `objects` of them objects."""
        one_object = current_is_folder is False and rows <= 1
        self.up.setEnabled(in_bucket)
        self.back.setEnabled(connected and back)
        self.forward.setEnabled(connected and forward)
        self.refresh.setEnabled(connected)
        self.edit_path.setEnabled(connected)
        self.filter.setEnabled(in_bucket)
        self.share.setEnabled(one_object or objects > 1)  # several objects: the batch dialog
        self.share_folder.setEnabled(in_bucket)  # the folder under the cursor, else the one shown
        self.copy_link.setEnabled(objects > 0)
        self.copy_path.setEnabled(rows > 0)
        self.versions.setEnabled(one_object)
        self.open.setEnabled(current_is_folder is True)

    def context_menu(self, parent: QWidget, *, folder: bool) -> QMenu:
        """The menu for the current row (built fresh so it matches what is selected)."""
        menu = QMenu(parent)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if folder:
            menu.addAction(self.open)
            menu.addAction(self.share_folder)
            menu.addSeparator()
            menu.addAction(self.copy_path)
        else:
            for action in (self.share, self.copy_link, self.copy_path):
                menu.addAction(action)
            menu.addSeparator()
            menu.addAction(self.versions)
        return menu
