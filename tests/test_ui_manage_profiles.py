"""File ▸ Manage profiles…: the saved profiles listed, edited, renamed (settings and keyring
secret move together), removed with their keyring secret, and one chosen to open at start; the
window follows (a renamed profile in use stays open under its new name, a removed one closes)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from ossshare.services.profiles import ProfileStore
from ossshare.ui import app as app_module
from ossshare.ui import workers
from ossshare.ui.widgets.manage_profiles import ManageProfilesDialog
from ossshare.ui.widgets.profile_dialog import ProfileDialog
from ossshare.ui.window_state import WindowState
from tests.fixtures.qt import OFFSCREEN_NOISE, shown_dialog
from tests.test_ui_state import add_sandbox_profile

pytestmark = OFFSCREEN_NOISE


def open_window(qtbot, profile: str | None = None):
    window = app_module.create_window(profile=profile)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.built)  # its parts follow its first frame
    qtbot.waitUntil(lambda: window.bucket == "test-bucket" and window.objects.complete, timeout=15000)
    return window


def manage(window, qtbot) -> ManageProfilesDialog:
    window.commands.manage_profiles.trigger()
    dialog = shown_dialog(window, ManageProfilesDialog)
    qtbot.waitUntil(lambda: dialog.profiles.count() > 0)
    return dialog


def select(dialog, name: str) -> None:
    dialog.profiles.setCurrentRow(dialog.names().index(name))


def finish(window, qtbot) -> None:
    window.close()
    qtbot.waitUntil(lambda: workers.pending_count() == 0, timeout=15000)


def test_list_marks_the_profile_in_use_and_edit_opens_its_dialog(qtbot, sandbox, sandbox_credentials, memory_keyring):
    add_sandbox_profile(sandbox, sandbox_credentials, "alpha")
    add_sandbox_profile(sandbox, sandbox_credentials, "beta")
    window = open_window(qtbot, "beta")
    assert window.profile_box.currentText() == "beta"
    assert window.profile_box.toolTip().startswith("In use: beta — ")
    dialog = manage(window, qtbot)
    assert dialog.names() == ["alpha", "beta"]
    assert dialog.profiles.item(1).text() == "beta (in use)"
    select(dialog, "alpha")
    dialog.edit_button.click()
    editor = shown_dialog(dialog, ProfileDialog)
    assert editor.name.text() == "alpha" and editor.windowTitle() == "Edit profile"
    editor.reject()
    dialog.reject()
    finish(window, qtbot)


def test_rename_moves_settings_and_secret_and_the_window_follows(
    qtbot, sandbox, sandbox_credentials, memory_keyring
):
    add_sandbox_profile(sandbox, sandbox_credentials, "alpha")
    window = open_window(qtbot, "alpha")
    dialog = manage(window, qtbot)
    select(dialog, "alpha")
    dialog.begin_rename()
    dialog.profiles.currentItem().setText("work")  # what typing the new name in the list does
    qtbot.waitUntil(lambda: dialog.names() == ["work"], timeout=15000)
    assert dialog.message_text == "'alpha' is now 'work'."
    assert [p.name for p in ProfileStore().list()] == ["work"]
    assert ("ossshare", "work:secret") in memory_keyring.entries
    assert ("ossshare", "alpha:secret") not in memory_keyring.entries
    qtbot.waitUntil(lambda: window.connection is not None and window.connection.choice.name == "work", timeout=15000)
    assert window.profile_box.currentText() == "work"
    # A name already taken is refused, and the old name stays.
    add_sandbox_profile(sandbox, sandbox_credentials, "zeta")
    dialog.reload()
    qtbot.waitUntil(lambda: dialog.names() == ["work", "zeta"])
    dialog.rename("zeta", "work")
    qtbot.waitUntil(lambda: "exists already" in dialog.message_text, timeout=15000)
    assert dialog.message_text[0].isupper()
    assert sorted(p.name for p in ProfileStore().list()) == ["work", "zeta"]
    dialog.reject()
    finish(window, qtbot)


def test_remove_asks_then_deletes_the_secret_and_the_window_moves_on(
    qtbot, sandbox, sandbox_credentials, memory_keyring
):
    add_sandbox_profile(sandbox, sandbox_credentials, "alpha")
    add_sandbox_profile(sandbox, sandbox_credentials, "beta")
    window = open_window(qtbot, "alpha")
    dialog = manage(window, qtbot)
    select(dialog, "alpha")
    dialog.remove_button.click()
    box = shown_dialog(dialog, QMessageBox)
    assert "'alpha'" in box.text() and "keyring" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert [p.name for p in ProfileStore().list()] == ["alpha", "beta"]  # Cancel changes nothing
    dialog.remove_button.click()
    box = shown_dialog(dialog, QMessageBox)
    next(b for b in box.buttons() if b.text() == "Remove").click()
    qtbot.waitUntil(lambda: dialog.names() == ["beta"], timeout=15000)
    assert dialog.message_text == "'alpha' removed, and its secret deleted from the keyring."
    assert ("ossshare", "alpha:secret") not in memory_keyring.entries
    assert [p.name for p in ProfileStore().list()] == ["beta"]
    qtbot.waitUntil(lambda: window.connection is not None and window.connection.choice.name == "beta", timeout=15000)
    dialog.reject()
    finish(window, qtbot)


def test_the_profile_chosen_to_open_at_start_opens_at_the_next_start(
    qtbot, sandbox, sandbox_credentials, memory_keyring
):
    add_sandbox_profile(sandbox, sandbox_credentials, "alpha")
    add_sandbox_profile(sandbox, sandbox_credentials, "beta")
    window = open_window(qtbot, "alpha")
    dialog = manage(window, qtbot)
    select(dialog, "beta")
    dialog.default_button.click()
    qtbot.waitUntil(lambda: dialog.profiles.item(1).text() == "beta (opens at start)")
    assert not dialog.default_button.isEnabled()  # it is the one already
    dialog.reject()
    finish(window, qtbot)  # the last one used is alpha...
    assert WindowState.load().default_profile == "beta"
    again = open_window(qtbot)
    assert again.connection.choice.name == "beta"  # ...but beta was chosen to open at start
    finish(again, qtbot)
