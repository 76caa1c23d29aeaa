"""Adding a profile from the window (secret to the keyring through a worker, or session-only
when there is no keyring), editing it, and importing ossutil's configuration."""

from __future__ import annotations

from pathlib import Path

from keyring.backends import fail
from PySide6.QtWidgets import QMessageBox

from ossshare.services.profiles import ProfileStore
from ossshare.ui import app as app_module
from ossshare.ui import workers
from ossshare.ui.widgets.profile_dialog import ProfileDialog
from tests.fixtures.keyring import install_keyring
from tests.fixtures.qt import OFFSCREEN_NOISE, shown_dialog

pytestmark = OFFSCREEN_NOISE


def welcome_window(qtbot):
    window = app_module.create_window()
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.built)  # its parts follow its first frame
    qtbot.waitUntil(lambda: window.showing_welcome)
    return window


def finish(window, qtbot) -> None:
    window.close()
    qtbot.waitUntil(lambda: workers.pending_count() == 0, timeout=15000)


def fill(dialog, sandbox, credentials, name: str = "sandbox") -> None:
    dialog.name.setText(name)
    dialog.key_id.setText(credentials.access_key_id)
    dialog.secret.setText(credentials.access_key_secret)
    dialog.region.setCurrentText(sandbox.region)
    dialog.endpoint.setText(sandbox.endpoint)
    dialog.path_style.setChecked(True)


def test_add_profile_stores_the_secret_in_the_keyring_and_opens_it(
    qtbot, sandbox, sandbox_credentials, memory_keyring, isolated_home
):
    window = welcome_window(qtbot)
    assert window.welcome.add_button.isEnabled()
    window.welcome.add_button.click()
    dialog = shown_dialog(window, ProfileDialog)
    qtbot.waitUntil(lambda: "Nothing secret is written to a file" in dialog.where.text())
    fill(dialog, sandbox, sandbox_credentials)
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert saved.args[0] == "sandbox"
    assert ("ossshare", "sandbox:secret") in memory_keyring.entries
    qtbot.waitUntil(lambda: window.bucket == "test-bucket" and window.objects.complete, timeout=15000)
    assert "saved; its secret is in" in window.statusBar().currentMessage()
    # The secret is in no file under the private home.
    for path in Path(isolated_home).rglob("*"):
        if path.is_file():
            assert sandbox_credentials.access_key_secret.encode() not in path.read_bytes(), path
    finish(window, qtbot)


def test_invalid_input_marks_the_field_and_saves_nothing(qtbot, sandbox, sandbox_credentials):
    window = welcome_window(qtbot)
    window.add_profile()
    dialog = shown_dialog(window, ProfileDialog)
    fill(dialog, sandbox, sandbox_credentials)
    dialog.region.setCurrentText("Not A Region!")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.message_text.startswith("Region: 'Not A Region!' is not a region id")
    assert "border" in dialog.region.styleSheet()
    assert dialog.isVisible() and ProfileStore().list() == []
    dialog.region.setCurrentText(sandbox.region)
    dialog.secret.clear()
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.message_text == "AccessKey secret: is required."
    dialog.close()
    finish(window, qtbot)


def test_without_a_keyring_the_secret_can_stay_in_memory(qtbot, sandbox, sandbox_credentials):
    install_keyring(fail.Keyring())
    window = welcome_window(qtbot)
    window.add_profile()
    dialog = shown_dialog(window, ProfileDialog)
    qtbot.waitUntil(lambda: "No keyring is available" in dialog.where.text())
    assert dialog.session_only.isVisible() and dialog.session_only.isChecked()
    dialog.session_only.setChecked(False)
    fill(dialog, sandbox, sandbox_credentials)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: dialog.message_text != "")
    assert "keyring" in dialog.message_text.lower()
    assert ProfileStore().list() == []  # the secret comes first: no profile without one
    dialog.session_only.setChecked(True)
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert saved.args == ["sandbox", "memory for this session only"]
    qtbot.waitUntil(lambda: window.bucket == "test-bucket" and window.objects.complete, timeout=15000)
    finish(window, qtbot)


def test_edit_profile_from_the_banner_after_a_wrong_secret(qtbot, sandbox, sandbox_credentials):
    window = welcome_window(qtbot)
    window.add_profile()
    dialog = shown_dialog(window, ProfileDialog)
    fill(dialog, sandbox, sandbox_credentials)
    dialog.secret.setText("a-wrong-secret-0123456789")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=15000)
    assert window.banner.edit_button.isVisible()
    window.banner.edit_button.click()
    editor = shown_dialog(window, ProfileDialog)
    assert editor is not dialog and editor.name.isReadOnly()
    qtbot.waitUntil(lambda: editor.key_id.text() == sandbox_credentials.access_key_id)
    assert editor.endpoint.text() == sandbox.endpoint and editor.path_style.isChecked()
    editor.secret.setText(sandbox_credentials.access_key_secret)
    editor.buttons.button(editor.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: window.bucket == "test-bucket" and window.objects.complete, timeout=15000)
    assert not window.banner.isVisible()
    finish(window, qtbot)


def import_message(window, qtbot) -> str:
    """What the import's message box says (its text, then its details)."""
    qtbot.waitUntil(lambda: shown_dialog(window, QMessageBox) is not None, timeout=15000)
    box = shown_dialog(window, QMessageBox)
    return f"{box.text()}\n{box.informativeText()}"


def test_import_from_ossutil(qtbot, sandbox, sandbox_credentials, isolated_home, memory_keyring):
    (Path(isolated_home) / ".ossutilconfig").write_text(
        "[Credentials]\n"
        f"endpoint = {sandbox.endpoint}\n"
        f"accessKeyID = {sandbox_credentials.access_key_id}\n"
        f"accessKeySecret = {sandbox_credentials.access_key_secret}\n"
        f"region = {sandbox.region}\n",
        encoding="utf-8",
    )
    window = welcome_window(qtbot)
    assert window.welcome.import_button.isEnabled()
    window.welcome.import_button.click()
    qtbot.waitUntil(lambda: window.bucket == "test-bucket" and window.objects.complete, timeout=15000)
    assert "Imported" in import_message(window, qtbot)
    assert any(user.endswith(":secret") for _service, user in memory_keyring.entries)
    shown_dialog(window, QMessageBox).close()
    window.import_ossutil()  # again: the profile is there already
    qtbot.waitUntil(lambda: "Nothing was imported" in import_message(window, qtbot))
    said = import_message(window, qtbot)
    assert "exists already" in said and "--replace" not in said  # no command-line option in a window
    finish(window, qtbot)


def test_import_with_nothing_to_import_says_so(qtbot):
    window = welcome_window(qtbot)
    window.import_ossutil()
    assert "nothing to import" in import_message(window, qtbot)
    assert window.showing_welcome
    finish(window, qtbot)


def test_profile_flag_and_switcher(qtbot, sandbox, sandbox_credentials):
    from tests.test_ui_state import add_sandbox_profile

    add_sandbox_profile(sandbox, sandbox_credentials, "alpha")
    add_sandbox_profile(sandbox, sandbox_credentials, "beta")
    sandbox.put_object("second-bucket", "x.txt", b"x")
    window = app_module.create_window(profile="beta")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.built)  # its parts follow its first frame
    qtbot.waitUntil(lambda: window.connection is not None and window.buckets.rowCount() == 2, timeout=15000)
    assert window.connection.choice.name == "beta" and window.windowTitle().startswith("beta")
    items = [window.profile_box.itemText(i) for i in range(window.profile_box.count())]
    assert items[:2] == ["alpha", "beta"] and "Demo (offline sandbox)" in items
    window.profile_box.setCurrentIndex(0)
    window.profile_box.activated.emit(0)
    qtbot.waitUntil(lambda: window.connection.choice.name == "alpha" and window.buckets.rowCount() == 2, timeout=15000)
    assert window.windowTitle().startswith("alpha")
    # Two buckets: nothing is opened for the user; choosing one in the list opens it.
    assert window.bucket == ""
    window.bucket_view.setCurrentIndex(window.buckets.index(0, 0))
    qtbot.waitUntil(lambda: window.bucket == "second-bucket" and window.objects.complete)
    finish(window, qtbot)


def test_a_locked_keyring_is_a_banner_with_retry(qtbot, sandbox, sandbox_credentials, memory_keyring):
    from tests.fixtures.keyring import LockedKeyring
    from tests.test_ui_state import add_sandbox_profile

    add_sandbox_profile(sandbox, sandbox_credentials, "work")
    install_keyring(LockedKeyring())
    window = app_module.create_window()
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.built)  # its parts follow its first frame
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=15000)
    assert window.banner.title == "Keyring locked"
    assert window.banner.message.endswith("Unlock the keyring, then press Retry.")
    assert window.banner.retry_button.isVisible() and window.banner.edit_button.isVisible()
    install_keyring(memory_keyring)  # unlocked now
    window.banner.retry_button.click()
    qtbot.waitUntil(lambda: window.bucket == "test-bucket" and window.objects.complete, timeout=15000)
    assert not window.banner.isVisible()
    finish(window, qtbot)
