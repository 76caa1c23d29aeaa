"""The main window fits a 1366x768 screen at scale 2 (683x384 logical): it opens on the screen,
menu, toolbar and status bar included, the listing keeps room for names, the welcome page and
the profile dialog scroll instead of growing past the screen. Run in a child process on the
offscreen platform given that screen (QT_SCALE_FACTOR is read once per process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.fixtures.qt import OFFSCREEN_NOISE

ROOT = Path(__file__).resolve().parent.parent

CHILD = textwrap.dedent(
    """
    import json, time
    from PySide6.QtCore import QEventLoop, QRect
    from ossshare.sandbox.demo import DEMO_BUCKET
    from ossshare.ui import workers
    from ossshare.ui.app import application, create_window
    from ossshare.ui.widgets.profile_dialog import ProfileDialog

    app = application()

    def wait(condition, timeout=30.0):
        deadline = time.monotonic() + timeout
        while not condition() and time.monotonic() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        assert condition()

    def inside(widget, window):
        top_left = widget.mapTo(window, widget.rect().topLeft())
        return QRect(top_left, widget.size()).intersects(window.rect()) and window.rect().contains(
            QRect(top_left, widget.size())
        )

    facts = {}
    window = create_window()
    wait(lambda: window.built and window.showing_welcome)
    screen = window.screen().availableGeometry()
    facts["screen"] = [screen.width(), screen.height()]
    facts["welcome"] = [window.frameGeometry().width(), window.frameGeometry().height()]
    window.add_profile()
    dialog = window.findChild(ProfileDialog)
    wait(lambda: dialog.isVisible())
    frame = dialog.frameGeometry()
    facts["dialog_inside"] = screen.contains(frame)
    flags = (dialog.internal, dialog.accelerate, dialog.dualstack, dialog.path_style, dialog.http)
    facts["flags_whole"] = all(box.width() >= box.sizeHint().width() and inside(box, dialog) for box in flags)
    dialog.reject()
    window.welcome.demo_button.click()
    wait(lambda: window.bucket == DEMO_BUCKET and window.objects.complete)
    window.object_view.setCurrentIndex(window.proxy.index(window.proxy.rowCount() - 1, 0))
    wait(lambda: window.details.field_text("type") != "")
    app.processEvents()
    facts["window"] = [window.frameGeometry().x(), window.frameGeometry().y(),
                       window.frameGeometry().width(), window.frameGeometry().height()]
    facts["parts_inside"] = all(
        inside(part, window) for part in (window.menuBar(), window.toolbar, window.status, window.object_view,
                                          window.path_bar, window.filter_box, window.profile_box)
    )
    facts["share_button_inside"] = inside(window.details.share_button, window)
    header = window.object_view.horizontalHeader()
    facts["list"] = window.object_view.viewport().width()
    facts["columns"] = [header.sectionSize(c) for c in range(4)]
    facts["panes"] = window.splitter.sizes()
    window.close()
    wait(lambda: workers.pending_count() == 0, 15)
    print(json.dumps(facts))
    """
)


@pytest.fixture
def small_screen(tmp_path: Path) -> dict[str, str]:
    config = tmp_path / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM=f"offscreen:configfile={config}",
        QT_SCALE_FACTOR="2",
        HOME=str(tmp_path),
        XDG_STATE_HOME=str(tmp_path / "state"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    for name in ("OSS_ACCESS_KEY_ID", "OSS_ACCESS_KEY_SECRET", "OSS_SESSION_TOKEN"):
        env.pop(name, None)
    return env


def test_the_window_fits_1366x768_at_scale_2(small_screen: dict[str, str]) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHILD], cwd=ROOT, env=small_screen, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    facts = json.loads(done.stdout.strip().splitlines()[-1])
    width, height = facts["screen"]
    assert (width, height) == (683, 384)
    assert facts["welcome"][0] <= width and facts["welcome"][1] <= height
    assert facts["dialog_inside"]
    assert facts["flags_whole"]  # no check box cut ("Acceler", "Dual-sta")
    x, y, w, h = facts["window"]
    assert x >= 0 and y >= 0 and x + w <= width and y + h <= height  # title bar on the screen, nothing below
    assert facts["parts_inside"] and facts["share_button_inside"]
    name, *others = facts["columns"]
    assert name >= 0.35 * facts["list"]  # names stay readable: not one squeezed column
    assert all(c >= 48 for c in others)
    buckets, listing, details = facts["panes"]
    assert listing > buckets and listing > details  # the side panes gave way


@OFFSCREEN_NOISE
def test_narrowing_the_window_to_800x600_keeps_the_listing_readable(browser, qtbot):
    from ossshare.ui.models.object_list import ObjectListModel

    w = browser
    w.resize(1180, 720)
    w.splitter.setSizes([210, 600, 370])
    qtbot.waitUntil(lambda: w.objects.complete)
    w.resize(800, 600)
    qtbot.waitUntil(lambda: w.object_view.viewport().width() < 600)
    buckets, listing, details = w.splitter.sizes()
    assert listing >= 0.55 * (buckets + listing + details)  # the side panes gave way...
    assert buckets < 210 and details < 370
    header = w.object_view.horizontalHeader()
    name = header.sectionSize(ObjectListModel.NAME)
    assert name >= 0.35 * w.object_view.viewport().width()  # ...and the names are not squeezed out
    assert all(header.sectionSize(c) >= 48 for c in (1, 2, 3))


@OFFSCREEN_NOISE
def test_a_geometry_saved_on_a_larger_screen_is_brought_onto_this_one(qtbot, memory_keyring):
    from ossshare.ui import app as app_module
    from ossshare.ui import workers
    from ossshare.ui.main_window import MainWindow
    from ossshare.ui.window_state import WindowState, to_text

    big = MainWindow()
    qtbot.addWidget(big)
    big.setGeometry(900, 700, 2360, 1440)  # as a 2x window on a large monitor left it
    WindowState(geometry=to_text(big.saveGeometry())).save()
    big.close()
    window = app_module.create_window()
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.built)  # its parts follow its first frame
    qtbot.waitUntil(lambda: window.showing_welcome)
    screen = window.screen().availableGeometry()
    assert screen.contains(window.frameGeometry()), (screen, window.frameGeometry())
    window.close()
    qtbot.waitUntil(lambda: workers.pending_count() == 0, timeout=15000)
