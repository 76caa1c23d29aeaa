"""First start: the welcome page with no profile; `ossshare --demo` opens on the sample bucket."""

from __future__ import annotations

import argparse
import gc

from PySide6.QtCore import QTimer

from ossshare.sandbox.demo import DEMO_BUCKET
from ossshare.ui import app as app_module
from ossshare.ui import workers
from ossshare.ui.models.roles import KEY_ROLE
from tests.fixtures.qt import OFFSCREEN_NOISE

pytestmark = OFFSCREEN_NOISE


def listed(window) -> list[str]:
    return [window.proxy.index(r, 0).data(KEY_ROLE) for r in range(window.proxy.rowCount())]


def finish(window, qtbot) -> None:
    window.close()  # saves state, stops the demo sandbox
    qtbot.waitUntil(lambda: workers.pending_count() == 0, timeout=15000)


def test_no_profile_shows_welcome_and_the_demo_button_works(qtbot):
    window = app_module.create_window()
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.built)  # its parts follow its first frame
    qtbot.waitUntil(lambda: window.showing_welcome)
    assert window.welcome.demo_button.isEnabled()
    assert window.welcome.add_button.isVisible() and window.welcome.import_button.isVisible()
    window.welcome.demo_button.click()
    qtbot.waitUntil(lambda: window.bucket == DEMO_BUCKET and window.objects.complete, timeout=30000)
    assert not window.showing_welcome
    keys = listed(window)
    assert "README.txt" in keys and "logs/" in keys and "日本語/" in keys
    assert window.connection is not None and window.connection.sandbox is not None
    assert window.profile_box.currentText() == "Demo (offline sandbox)"
    sandbox = window.connection.sandbox
    finish(window, qtbot)
    assert sandbox._server is None  # stopped with the window


def test_demo_flag_opens_on_the_sample_bucket(qtbot):
    window = app_module.create_window(demo=True)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.built)  # its parts follow its first frame
    qtbot.waitUntil(lambda: window.bucket == DEMO_BUCKET and window.objects.complete, timeout=30000)
    assert window.windowTitle().startswith("Demo")
    assert window.buckets.rowCount() == 1
    window.navigate(DEMO_BUCKET, "logs/2024/")
    qtbot.waitUntil(lambda: window.prefix == "logs/2024/" and not window.objects.loading)
    assert window.objects.rowCount() == 1000 and not window.objects.complete  # a page at a time
    finish(window, qtbot)


def test_run_returns_the_exit_code(qtbot):
    QTimer.singleShot(0, lambda: app_module.QApplication.instance().exit(0))
    assert app_module.run(argparse.Namespace(demo=False, gui_profile=None)) == 0
    gc.unfreeze()  # run() froze the startup heap: give the rest of the test session its collector back
    for widget in app_module.QApplication.topLevelWidgets():
        widget.close()
    qtbot.waitUntil(lambda: workers.pending_count() == 0, timeout=15000)


def test_ossshare_demo_command_opens_the_sample_bucket(qtbot):
    """`ossshare --demo`, through the real entry point, until the sample bucket is listed."""
    from ossshare.cli.main import main
    from ossshare.ui.main_window import MainWindow

    seen: list[str] = []

    def check() -> None:
        windows = [w for w in app_module.QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if windows and windows[0].bucket == DEMO_BUCKET and windows[0].objects.complete:
            seen.append(windows[0].bucket)
            # Leave the loop first: closing the last window inside exec() would put the
            # shared QApplication into its quitting state, and later tests' event loops
            # would return at once (no timer or queued signal would ever run again).
            app_module.QApplication.instance().exit(0)
        else:
            QTimer.singleShot(50, check)

    QTimer.singleShot(50, check)
    assert main(["--demo"]) == 0
    gc.unfreeze()  # see test_run_returns_the_exit_code
    assert seen == [DEMO_BUCKET]
    for widget in app_module.QApplication.topLevelWidgets():
        widget.close()
    qtbot.waitUntil(lambda: workers.pending_count() == 0, timeout=15000)
