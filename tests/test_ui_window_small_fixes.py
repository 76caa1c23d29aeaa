"""Small things of the main window: Down in the filter moves into the list; a profile whose host
does not resolve gets Edit profile… beside Retry, and the status bar does not claim "0 buckets"
under the banner's error."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ossshare.services.accounts import save_profile
from ossshare.services.profiles import Profile, ProfileStore
from ossshare.services.secrets import SecretStore
from ossshare.ui import app as app_module
from ossshare.ui import workers
from ossshare.ui.widgets.profile_dialog import ProfileDialog
from tests.fixtures.qt import OFFSCREEN_NOISE, shown_dialog
from tests.test_ui_browse import BUCKET, shown_keys

pytestmark = OFFSCREEN_NOISE


def test_down_in_the_filter_moves_to_the_first_row_of_the_list(browser, qtbot):
    w = browser
    qtbot.waitUntil(lambda: w.bucket == BUCKET and w.objects.complete)
    w.object_view.setCurrentIndex(w.proxy.index(-1, -1))
    w.focus_filter()
    qtbot.keyClicks(w.filter_box, "e")
    assert QApplication.focusWidget() is w.filter_box
    qtbot.keyClick(w.filter_box, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is w.object_view
    assert w.object_view.currentIndex().row() == 0
    assert w.current_entry() is None or w.objects.key_at(w.current_row()) == shown_keys(w)[0]
    assert w.filter_box.text() == "e"  # the filter stays as typed
    qtbot.keyClick(w.object_view, Qt.Key.Key_Down)  # and Down goes on down the list
    assert w.object_view.currentIndex().row() == 1


def test_a_host_that_does_not_resolve_offers_edit_profile_and_says_why_in_the_status(
    qtbot, sandbox_credentials, memory_keyring
):
    profile = Profile(
        name="typo", access_key_id=sandbox_credentials.access_key_id, region="cn-hangzhou",
        endpoint="no-such-host.invalid", path_style=True,
    )
    save_profile(profile, sandbox_credentials.access_key_secret, profiles=ProfileStore(), secrets=SecretStore())
    window = app_module.create_window(profile="typo")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.built)  # its parts follow its first frame
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=60000)
    assert "could not be resolved" in window.banner.message
    assert window.banner.retry_button.isVisible()
    assert window.banner.edit_button.isVisible()
    assert "0 buckets" not in window.status.counts_text
    assert window.status.counts_text == "Buckets could not be listed"
    window.banner.edit_button.click()
    editor = shown_dialog(window, ProfileDialog)
    assert editor.name.text() == "typo"
    qtbot.waitUntil(lambda: editor.endpoint.text() == "no-such-host.invalid")
    editor.reject()
    window.close()
    qtbot.waitUntil(lambda: workers.pending_count() == 0, timeout=15000)


def test_a_long_version_id_is_elided_with_its_whole_text_a_click_away(browser, sandbox, qtbot):
    from PySide6.QtCore import QItemSelectionModel

    w = browser
    sandbox.put_object(BUCKET, "docs/v.txt", b"one")
    sandbox.put_object(BUCKET, "docs/v.txt", b"two")
    w.navigate(BUCKET, "docs/")
    qtbot.waitUntil(lambda: w.objects.complete)
    row = shown_keys(w).index("docs/v.txt")
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    w.object_view.selectionModel().setCurrentIndex(w.proxy.index(row, 0), flags)
    qtbot.waitUntil(lambda: w.details.field_text("version") not in ("", "none (versioning off)"))
    w.splitter.setSizes([200, 2000, 10])  # the details pane at its narrowest
    field = w.details._fields["version"]
    version_id = w.details.field_text("version")
    qtbot.waitUntil(lambda: field.shown_text().endswith("…"))
    assert version_id.startswith(field.shown_text()[:-1])  # the beginning shows, the end gives way
    assert field._label.toolTip() == version_id
    field.copy_button.click()
    assert QApplication.clipboard().text() == version_id


def test_a_message_in_the_banner_starts_with_a_capital_letter(browser):
    from ossshare.core import ValidationError

    w = browser
    # What copying a link for a key a server listed with a leading slash ends in.
    w.feedback.show_error(ValidationError("key", "an object key must not start with '/' or '\\'"))
    assert w.banner.message == "Key: an object key must not start with '/' or '\\'."
