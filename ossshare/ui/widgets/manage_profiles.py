"""Manage profiles: the saved profiles in a list, to edit, rename, remove (with the secret the
keyring holds for it) and choose the one the window opens with. Every change goes through the
profiles service on a worker; the window is told what changed and follows."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import connection as conn_mod
from ..connection import AccountStores, Choice
from ..problems import present
from ..requests import Request
from ..state_colors import State, text_style
from .wording import capitalized

if TYPE_CHECKING:
    from ...services.accounts import Removal

NAME_ROLE = Qt.ItemDataRole.UserRole


class ManageProfilesDialog(QDialog):
    editRequested = Signal(str)  # a profile name: the window opens its profile dialog
    addRequested = Signal()
    renamed = Signal(str, str)  # old name, new name
    removed = Signal(str)
    defaultChanged = Signal(str)  # the profile the window opens with ("": the last one used)

    def __init__(
        self, parent: QWidget | None, *, stores: AccountStores, default: str = "", in_use: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Manage profiles"))
        self.setModal(True)
        self._stores = stores
        self._default = default
        self._in_use = in_use
        self._list_request = Request[list[Choice]](self, self._listed, self._failed)
        self._change = Request[object](self, self._changed, self._failed)
        self._after: tuple[str, str, str] | None = None  # (what, name, new name) of the change running

        self.profiles = QListWidget()
        self.profiles.setObjectName("profileList")
        self.profiles.setAccessibleName(self.tr("Saved profiles"))
        self.profiles.currentItemChanged.connect(self._update_buttons)
        self.profiles.itemDoubleClicked.connect(lambda _item: self.edit())
        self.profiles.itemChanged.connect(self._item_renamed)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.rename_button = QPushButton(self.tr("Re&name"))
        self.remove_button = QPushButton(self.tr("&Remove…"))
        self.default_button = QPushButton(self.tr("Open at &start"))
        self.default_button.setToolTip(self.tr("Open this profile when ossshare starts (instead of the last one used)"))
        self.add_button.clicked.connect(self.addRequested)
        self.edit_button.clicked.connect(self.edit)
        self.rename_button.clicked.connect(self.begin_rename)
        self.remove_button.clicked.connect(self.ask_remove)
        self.default_button.clicked.connect(self.make_default)
        side = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.rename_button, self.remove_button, self.default_button):
            side.addWidget(button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.profiles, 1)
        row.addLayout(side)
        self.message = QLabel()
        self.message.setObjectName("manageProfilesMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Secrets stay in the system keyring; removing a profile deletes its secret there too."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(row, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.reload()

    # --- the list --------------------------------------------------------------------------
    def reload(self) -> None:
        self._list_request.submit(conn_mod.list_choices)

    def _listed(self, choices: list[Choice]) -> None:
        current = self.current_name()
        self.profiles.blockSignals(True)
        self.profiles.clear()
        for choice in choices:
            item = QListWidgetItem(self._label(choice))
            item.setData(NAME_ROLE, choice.name if choice.kind == "profile" else "")
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if choice.kind == "profile":
                flags |= Qt.ItemFlag.ItemIsEditable
            item.setFlags(flags)
            self.profiles.addItem(item)
            if choice.name == current or (not current and choice.name == self._in_use):
                self.profiles.setCurrentItem(item)
        self.profiles.blockSignals(False)
        if self.profiles.currentItem() is None and self.profiles.count():
            self.profiles.setCurrentRow(0)
        self._update_buttons()

    def _label(self, choice: Choice) -> str:
        if choice.kind == "environment":
            return self.tr("{0} (environment variables, read-only)").format(choice.name)
        marks = []
        if choice.name == self._default:
            marks.append(self.tr("opens at start"))
        if choice.name == self._in_use:
            marks.append(self.tr("in use"))
        return self.tr("{0} ({1})").format(choice.name, ", ".join(marks)) if marks else choice.name

    def current_name(self) -> str:
        """The saved profile selected, or "" (none, or the environment's)."""
        item = self.profiles.currentItem()
        name = item.data(NAME_ROLE) if item is not None else ""
        return name if isinstance(name, str) else ""

    def names(self) -> list[str]:
        return [self.profiles.item(i).data(NAME_ROLE) for i in range(self.profiles.count())]

    def _update_buttons(self, *_args: object) -> None:
        name, idle = self.current_name(), not self._change.busy
        for button in (self.edit_button, self.rename_button, self.remove_button):
            button.setEnabled(bool(name) and idle)
        self.default_button.setEnabled(bool(name) and idle and name != self._default)

    # --- the changes -------------------------------------------------------------------------
    def edit(self) -> None:
        if self.current_name():
            self.editRequested.emit(self.current_name())

    def begin_rename(self) -> None:
        item = self.profiles.currentItem()
        if item is not None and self.current_name():
            item.setText(self.current_name())  # the bare name to edit, without its marks
            self.profiles.editItem(item)

    def _item_renamed(self, item: QListWidgetItem) -> None:
        old, new = item.data(NAME_ROLE), item.text().strip()
        if not isinstance(old, str) or not old or new == old:
            self.reload()
            return
        self.rename(old, new)

    def rename(self, old: str, new: str) -> None:
        stores = self._stores
        self._run(("rename", old, new), lambda: conn_mod.rename_profile(old, new, stores))

    def ask_remove(self) -> None:
        name = self.current_name()
        if not name:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove profile"),
            self.tr("Remove the profile '{0}' and delete its secret from the keyring?").format(name),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self.remove(name) if button is remove else None)
        box.open()

    def remove(self, name: str) -> None:
        stores = self._stores
        self._run(("remove", name, ""), lambda: conn_mod.remove_profile(name, stores))

    def make_default(self) -> None:
        name = self.current_name()
        if name:
            self._default = name
            self.defaultChanged.emit(name)
            self._say(self.tr("'{0}' opens when ossshare starts.").format(name))
            self.reload()

    def _run(self, what: tuple[str, str, str], work: Callable[[], object]) -> None:
        self._after = what
        self.message.clear()
        self._change.submit(work)
        self._update_buttons()

    def _changed(self, result: object) -> None:
        assert self._after is not None
        what, name, new = self._after
        self._after = None
        if what == "rename":
            self._default = new if self._default == name else self._default
            self._in_use = new if self._in_use == name else self._in_use
            self._say(self.tr("'{0}' is now '{1}'.").format(name, new))
            self.renamed.emit(name, new)
        else:
            self._default = "" if self._default == name else self._default
            self._say(self._removal_text(name, cast("Removal", result)))
            self.removed.emit(name)
        self.reload()

    def _removal_text(self, name: str, removal: Removal) -> str:
        if removal.keyring_error is not None:
            return self.tr("'{0}' removed, but its secret could not be deleted from the keyring: {1}").format(
                name, capitalized(present(removal.keyring_error).message)
            )
        if removal.settings_error is not None:
            return self.tr("The secret of '{0}' was deleted, but the settings file could not be changed: {1}").format(
                name, capitalized(present(removal.settings_error).message)
            )
        if removal.had_secret:
            return self.tr("'{0}' removed, and its secret deleted from the keyring.").format(name)
        return self.tr("'{0}' removed (the keyring held no secret for it).").format(name)

    def _failed(self, error: BaseException) -> None:
        self._after = None
        self._say(capitalized(present(error).message), error=True)
        self.reload()  # a rename refused: the old name comes back

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(text_style(State.ERROR) if error else "")
        self.message.setText(text)
        self._update_buttons()

    @property
    def message_text(self) -> str:
        return self.message.text()
