"""What comes back on the next start: the demo's last folder too, since its data is the same
every time (the README's run command opens the demo on a fresh machine)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from ossshare.sandbox.demo import DEMO_BUCKET
from ossshare.ui import app as app_module
from ossshare.ui import workers
from ossshare.ui.window_state import WindowState
from tests.fixtures.qt import OFFSCREEN_NOISE

pytestmark = OFFSCREEN_NOISE


def test_the_demo_reopens_in_the_last_folder(qtbot):
    first = app_module.create_window(demo=True)
    qtbot.addWidget(first)
    qtbot.waitUntil(lambda: first.built)  # its parts follow its first frame
    qtbot.waitUntil(lambda: first.bucket == DEMO_BUCKET and first.objects.complete, timeout=30000)
    first.navigate(DEMO_BUCKET, "日本語/資料/")
    qtbot.waitUntil(lambda: first.objects.complete)
    first.close()
    qtbot.waitUntil(lambda: workers.pending_count() == 0, timeout=15000)
    assert (WindowState.load().profile, WindowState.load().prefix) == ("demo", "日本語/資料/")

    second = app_module.create_window(demo=True)
    qtbot.addWidget(second)
    qtbot.waitUntil(lambda: second.built)  # its parts follow its first frame
    qtbot.waitUntil(lambda: second.prefix == "日本語/資料/" and second.objects.complete, timeout=30000)
    assert second.path_bar.crumb_texts() == [DEMO_BUCKET, "日本語", "資料"]
    second.close()
    qtbot.waitUntil(lambda: workers.pending_count() == 0, timeout=15000)


def test_the_demo_button_leaves_the_keyboard_on_the_listing(qtbot):
    window = app_module.create_window()
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.built)  # its parts follow its first frame
    qtbot.waitUntil(lambda: window.showing_welcome)
    window.activateWindow()
    window.welcome.demo_button.setFocus()
    window.welcome.demo_button.click()
    qtbot.waitUntil(lambda: window.bucket == DEMO_BUCKET and window.objects.complete, timeout=30000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.object_view)
    window.close()
    qtbot.waitUntil(lambda: workers.pending_count() == 0, timeout=15000)
