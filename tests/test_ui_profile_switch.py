"""Switching profiles: a profile that fails to open leaves the window on the one still shown,
and the banner's Edit profile edits the profile that failed."""

from __future__ import annotations

from ossshare.ui import app as app_module
from ossshare.ui import workers
from ossshare.ui.widgets.profile_dialog import ProfileDialog
from tests.fixtures.qt import OFFSCREEN_NOISE, shown_dialog
from tests.test_ui_state import add_sandbox_profile

pytestmark = OFFSCREEN_NOISE


def choose(window, name: str) -> None:
    index = window.profile_box.findText(name)
    assert index >= 0, name
    window.profile_box.setCurrentIndex(index)
    window.profile_box.activated.emit(index)


def test_a_profile_that_fails_to_open_is_the_one_edited(qtbot, sandbox, sandbox_credentials, memory_keyring):
    add_sandbox_profile(sandbox, sandbox_credentials, "alpha")
    add_sandbox_profile(sandbox, sandbox_credentials, "broken")
    del memory_keyring.entries[("ossshare", "broken:secret")]  # its secret is gone from the keyring
    window = app_module.create_window(profile="alpha")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.built)  # its parts follow its first frame
    qtbot.waitUntil(lambda: window.bucket == "test-bucket" and window.objects.complete, timeout=15000)
    choose(window, "broken")
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=15000)
    # Still browsing alpha: the switcher and the title say so, the listing is alpha's.
    assert window.connection.choice.name == "alpha"
    assert window.profile_box.currentText() == "alpha"
    assert window.windowTitle().startswith("alpha")
    assert window.bucket == "test-bucket" and window.objects.rowCount() > 0
    assert window.banner.title == "Secret missing" and "'broken'" in window.banner.message
    assert "ossshare profile" not in window.banner.message  # a window user gets a button, not a command
    assert window.banner.edit_button.isVisible()
    assert not window.banner.retry_button.isVisible()  # asking again would fail the same way
    window.banner.edit_button.click()
    editor = shown_dialog(window, ProfileDialog)
    assert editor.name.text() == "broken"
    editor.reject()
    window.close()
    qtbot.waitUntil(lambda: workers.pending_count() == 0, timeout=15000)


def test_without_the_right_to_list_buckets_the_last_folder_still_opens(qtbot, sandbox, sandbox_credentials):
    from ossshare.ui.window_state import WindowState

    add_sandbox_profile(sandbox, sandbox_credentials, "limited")
    WindowState(profile="profile:limited", bucket="test-bucket", prefix="docs/").save()
    sandbox.faults.error_status, sandbox.faults.error_count = 403, 1  # ListBuckets is refused
    window = app_module.create_window()
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.built)  # its parts follow its first frame
    qtbot.waitUntil(lambda: window.prefix == "docs/" and window.objects.complete, timeout=15000)
    assert window.buckets.rowCount() == 0 and window.buckets.error is not None
    assert window.banner.isVisible()  # why the bucket list is empty...
    assert "Ctrl+L" in window.banner.message  # ...and the way to any other bucket
    assert "). You can still open a bucket by name" in window.banner.message  # its own sentence
    assert window.path_bar.crumb_texts() == ["test-bucket", "docs"]
    window.close()
    qtbot.waitUntil(lambda: workers.pending_count() == 0, timeout=15000)


def test_while_the_new_profile_lists_its_buckets_the_old_count_is_gone(browser, sandbox, sandbox_credentials, qtbot):
    from tests.fixtures.qt import sandbox_connection

    w = browser
    sandbox.create_bucket("second-bucket")
    w.buckets.reload()
    qtbot.waitUntil(lambda: w.buckets.rowCount() == 2 and not w.buckets.loading)
    w.use_connection(sandbox_connection(sandbox, sandbox_credentials))  # another profile, say
    # Its bucket list is on its way; the status bar must not show the old profile's count.
    assert w.buckets.loading
    assert w.status.counts_text == "Listing buckets…"
    qtbot.waitUntil(lambda: not w.buckets.loading)
    assert w.status.counts_text != "Listing buckets…"  # the buckets' count, or the bucket opened


def test_a_page_still_loading_for_the_previous_profile_is_dropped(browser, sandbox, sandbox_credentials, qtbot):
    from tests.fixtures.qt import sandbox_connection

    w = browser
    qtbot.waitUntil(lambda: w.bucket == "test-bucket" and w.objects.complete)
    sandbox.faults.latency = 1.0
    w.navigate("test-bucket", "docs/")
    assert w.objects.loading  # the old profile's page is on its way...
    sandbox.faults.latency = 0.0
    w.use_connection(sandbox_connection(sandbox, sandbox_credentials))  # ...when the user switches
    qtbot.waitUntil(
        lambda: w.bucket == "test-bucket" and w.objects.complete and workers.pending_count() == 0, timeout=15000
    )
    assert w.prefix == ""  # the new profile starts at its bucket's top, the late page did not land
    assert "docs/readme.md" not in [w.objects.key_at(r) for r in range(w.objects.rowCount())]
    assert w.path_bar.crumb_texts() == ["test-bucket"] and not w.banner.isVisible()
