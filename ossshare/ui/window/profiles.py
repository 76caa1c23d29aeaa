"""Profiles: the switcher, opening a profile off the GUI thread, the welcome page when there is
none, and adding, editing and importing profiles."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from .. import connection as conn_mod
from ..connection import Choice, ChoiceList, Connection
from ..error_messages import translated
from ..i18n import translate
from ..problems import present, sentences
from ..requests import Request
from ..widgets.link_places import LinkHosts

if TYPE_CHECKING:
    from ...services.settings import SettingsNotice
    from ..main_window import MainWindow

DEMO = Choice("demo", "demo")


class Profiles(QObject):
    connectionChanged = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._w = window
        self.connection: Connection | None = None
        self.edit_target: Choice | None = None  # the profile the banner's Edit profile opens
        self._choices: list[Choice] = []
        self._connecting_to: Choice | None = None
        self._wanted: str | None = None
        self._connect = Request[Connection](self, self.use_connection, self._connect_failed, dropped=Connection.close)
        self._list = Request[ChoiceList](self, self._choices_arrived, self._choices_failed)
        self._refresh = Request[list[Choice]](self, self.set_choices, self._refresh_failed)  # the box only

    @property
    def connecting(self) -> bool:
        return self._connect.busy

    def label(self, choice: Choice) -> str:
        if choice.kind == "demo":
            return self.tr("Demo (offline sandbox)")
        if choice.kind == "environment":
            return self.tr("Environment variables")
        return choice.name

    # --- choosing --------------------------------------------------------------------------
    def load_choices(self, wanted: str | None) -> None:
        self._w.status.set_message(self.tr("Reading profiles…"))
        self._wanted = wanted
        self._list.submit(conn_mod.read_choices)

    def _choices_arrived(self, listed: ChoiceList) -> None:
        choices = listed.choices
        self._show_notices(listed.notices)
        wanted = self._wanted
        self.set_choices(choices)
        pick = next((c for c in choices if c.name == wanted), None) if wanted else None
        if wanted and pick is None:
            self._w.controller.forget_restore()
            self._w.banner.show_text(
                self.tr("Unknown profile"), self.tr("There is no profile named '{0}'.").format(wanted)
            )
        pick = pick or (choices[0] if choices else None)
        if pick is None:
            self.show_welcome()
            self._w.welcome.set_note(sentences(*(self._notice_line(n) for n in listed.notices)))
        else:
            self.connect_to(pick)

    def _notice_line(self, notice: SettingsNotice) -> str:
        return f"{translate('ErrorTitle', notice.title)}: {translated(notice.message)}"

    def _show_notices(self, notices: list[SettingsNotice]) -> None:
        """What reading the profiles found (the settings file moved aside, a profile skipped)
        stays in the status bar while it holds: a banner would be gone at the next move."""
        if len(notices) == 1:
            title = translate("ErrorTitle", notices[0].title)
        else:
            title = self.tr("{0} settings problems").format(len(notices)) if notices else ""
        self._w.status.set_notice(title, [self._notice_line(n) for n in notices])

    def _choices_failed(self, error: BaseException) -> None:
        self.show_welcome()
        self._w.welcome.set_note(present(error).line)

    def _refresh_failed(self, error: BaseException) -> None:
        self._w.status.showMessage(present(error).line, 15000)

    def set_choices(self, choices: list[Choice]) -> None:
        self._choices = list(choices)
        current = self.connection.choice if self.connection is not None else None
        if current is not None and current not in self._choices:
            self._choices.append(current)
        self._fill_box()

    def _fill_box(self) -> None:
        box = self._w.profile_box
        box.blockSignals(True)
        box.clear()
        for choice in self._choices:
            box.addItem(self.label(choice), choice)
        if DEMO not in self._choices:
            box.addItem(self.label(DEMO), DEMO)
        current = self.connection.choice if self.connection is not None else self._connecting_to
        for i in range(box.count()):
            if box.itemData(i) == current:
                box.setCurrentIndex(i)
        box.blockSignals(False)
        box.setToolTip(self._in_use_text())

    def _in_use_text(self) -> str:
        """The profile box's tooltip: which account is open, where."""
        connection = self.connection
        if connection is None:
            return self.tr("Profile: the account and region to browse")
        return self.tr("In use: {0} — {1}, {2}").format(
            self.label(connection.choice), connection.region, connection.endpoint.netloc
        )

    def chosen(self, index: int) -> None:
        choice = self._w.profile_box.itemData(index)
        if isinstance(choice, Choice) and (self.connection is None or choice != self.connection.choice):
            self.connect_to(choice)

    # --- connecting ------------------------------------------------------------------------
    def start_demo(self) -> None:
        self.connect_to(DEMO)

    def connect_to(self, choice: Choice) -> None:
        """Open `choice` off the GUI thread (keyring, settings, demo sandbox start-up)."""
        w = self._w
        self._connecting_to = choice
        w.banner.dismiss()
        if choice.kind == "demo":
            w.status.set_message(self.tr("Starting the demo sandbox…"))
        else:
            w.status.set_message(self.tr("Opening {0}…").format(self.label(choice)))
        w.status.set_loading(True)
        stores = w.stores
        self._connect.submit(lambda: conn_mod.connect(choice, stores))

    def _connect_failed(self, error: BaseException) -> None:
        w = self._w
        choice = self._connecting_to
        assert choice is not None
        w.feedback.loading_changed()
        w.feedback.show_error(error, retry=lambda: self.connect_to(choice), profile=choice)
        if self.connection is not None:
            # Still browsing the previous profile: the switcher goes back to saying so.
            self._connecting_to = None
            self._fill_box()
            w.feedback.update_counts()
        else:
            w.show_browser()  # the profile switcher: another profile may work

    def use_connection(self, connection: Connection) -> None:
        """Show `connection`'s buckets (the previous connection is closed)."""
        w = self._w
        old, self.connection = self.connection, connection
        self._connecting_to = None
        if connection.choice not in self._choices:
            self._choices.append(connection.choice)
        self._fill_box()
        w.path_bar.hosts = LinkHosts.of(connection.account, connection.endpoint)
        w.controller.open_profile(connection.choice.key)
        w.show_browser()
        if old is not None and old is not connection:
            old.close()
        w.buckets.load(connection.client)
        w.feedback.loading_changed()
        w.update_actions()
        self.connectionChanged.emit()

    def show_welcome(self) -> None:
        w = self._w
        w.show_welcome_page()
        w.status.set_message(self.tr("No profile yet"))
        w.status.set_loading(False)
        w.update_actions()

    def shutdown(self) -> None:
        self._connect.cancel()
        self._list.cancel()
        if self.connection is not None:
            self.connection.close()

    # --- adding and editing ----------------------------------------------------------------
    def add_profile(self) -> None:
        self._open_dialog(None)

    def edit_profile(self) -> None:
        editing = self.edit_target or (self.connection.choice if self.connection is not None else self._connecting_to)
        self._open_dialog(editing.name if editing is not None and editing.kind == "profile" else None)

    def _open_dialog(self, name: str | None, parent: QWidget | None = None) -> None:
        from ..widgets.profile_dialog import ProfileDialog

        dialog = ProfileDialog(parent or self._w, stores=self._w.stores, profile_name=name)
        dialog.saved.connect(self._saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _saved(self, name: str, where: str) -> None:
        self._w.status.showMessage(self.tr("Profile '{0}' saved; its secret is in {1}.").format(name, where), 15000)
        if self.connection is not None and self.connection.choice == Choice("profile", name):
            self.connection = None  # edited in place: connect again with the new settings
        self.load_choices(name)

    def manage_profiles(self) -> None:
        from ..widgets.manage_profiles import ManageProfilesDialog

        in_use = self.connection.choice if self.connection is not None else None
        dialog = ManageProfilesDialog(
            self._w,
            stores=self._w.stores,
            default=self._w.state.default_profile,
            in_use=in_use.name if in_use is not None and in_use.kind == "profile" else "",
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.addRequested.connect(lambda: self._open_dialog(None, dialog))
        dialog.editRequested.connect(lambda name: self._open_dialog(name, dialog))
        dialog.renamed.connect(self._renamed)
        dialog.removed.connect(self._removed)
        dialog.defaultChanged.connect(self._default_changed)
        self.connectionChanged.connect(dialog.reload)  # a profile saved from it shows there
        dialog.open()

    def _in_use(self, name: str) -> bool:
        return self.connection is not None and self.connection.choice == Choice("profile", name)

    def _renamed(self, old: str, new: str) -> None:
        if self._w.state.default_profile == old:
            self._w.state.default_profile = new
        if self._in_use(old):
            self._drop_connection()
            self.load_choices(new)  # the same account under its new name
        else:
            self._refresh.submit(conn_mod.list_choices)

    def _removed(self, name: str) -> None:
        if self._w.state.default_profile == name:
            self._w.state.default_profile = ""
        if self._in_use(name):
            self._drop_connection()
            self.load_choices(None)  # another profile, or the welcome page
        else:
            self._refresh.submit(conn_mod.list_choices)

    def _default_changed(self, name: str) -> None:
        self._w.state.default_profile = name

    def _drop_connection(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None

    def import_ossutil(self) -> None:
        from ..widgets.import_flow import start_import

        start_import(self._w, self._w.stores, on_done=self._imported)

    def _imported(self, names: list[str]) -> None:
        if names:
            self.load_choices(names[0])
