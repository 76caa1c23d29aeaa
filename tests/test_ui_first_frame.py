"""`ossshare` shows its window's first frame (title, saved size and place, "Starting…") before
it builds the parts: the modules of the window and the Python enums PySide makes for Qt's
namespaces come after that frame is on the screen, then the connection."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.fixtures.qt import OFFSCREEN_NOISE

FIRST_FRAME = """
import json, sys
import PySide6.QtCore, PySide6.QtWidgets
from ossshare.ui.app import application, create_window
from ossshare.ui.window_state import WindowState

state = WindowState.load()
state.geometry = ""
state.save()
app = application()
window = create_window(demo=True)

def facts():
    return {
        "built": window.built,
        "title": window.windowTitle(),
        "status": window.statusBar().currentMessage(),
        "modules": sorted(m for m in sys.modules if m.startswith("ossshare.")),
        "qt_enums": "Qt" in vars(PySide6.QtCore) or "QStyle" in vars(PySide6.QtWidgets),
    }

first = facts()
while not window.built:
    app.processEvents()
whole = facts()
while not window.objects.rowCount():
    app.processEvents()
rows = window.objects.rowCount()
window.shutdown()
print(json.dumps({"first": first, "whole": whole, "rows": rows, "menus": len(window.menuBar().actions())}))
"""


def test_the_first_frame_comes_before_the_parts_and_the_connection_after_them(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), LANG="C.UTF-8", LC_ALL="C.UTF-8")
    for var in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        env.pop(var, None)
    out = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME], env=env, capture_output=True, text=True, timeout=120, check=True
    )
    report = json.loads(out.stdout.strip().splitlines()[-1])
    first, whole = report["first"], report["whole"]
    assert (first["built"], first["title"], first["status"]) == (False, "ossshare", "Starting…")
    assert not first["qt_enums"]  # ~40 ms of enum building, after the frame
    heavy = {
        "ossshare.ui.window.layout",
        "ossshare.ui.models.object_list",
        "ossshare.ui.widgets.details_pane",
        "ossshare.core.endpoint",
        "ossshare.oss.client",
        "ossshare.sandbox",
    }
    assert not heavy & set(first["modules"])
    assert whole["built"] and whole["status"] != "Starting…"
    assert {"ossshare.ui.window.layout", "ossshare.ui.models.object_list"} <= set(whole["modules"])
    assert "ossshare.sandbox" not in whole["modules"]  # the demo starts after the whole window's first paint
    assert report["rows"] > 0 and report["menus"] >= 3


@OFFSCREEN_NOISE
def test_a_window_closed_before_its_parts_keeps_the_saved_layout(qtbot) -> None:
    from ossshare.ui.main_window import MainWindow
    from ossshare.ui.window_state import WindowState

    state = WindowState.load()
    state.splitter, state.header = "c3BsaXR0ZXI=", "aGVhZGVy"
    window = MainWindow(state=state, staged=True)
    qtbot.addWidget(window)
    assert not window.built
    window.close()  # before any frame: nothing built, nothing to forget
    qtbot.wait(50)
    assert not window.built
    saved = WindowState.load()
    assert (saved.splitter, saved.header) == ("c3BsaXR0ZXI=", "aGVhZGVy")
    assert saved.geometry
    window.show()  # shown again: its first frame builds it after all
    qtbot.waitUntil(lambda: window.built)
    window.close()


@OFFSCREEN_NOISE
def test_a_window_whose_parts_fail_to_build_says_so_instead_of_staying_blank(qtbot, monkeypatch, caplog) -> None:
    from ossshare.ui.main_window import MainWindow
    from ossshare.ui.window import layout

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("a bug in building the page")

    monkeypatch.setattr(layout.BrowserPage, "__init__", broken)
    window = MainWindow(staged=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: "could not be built" in window.statusBar().currentMessage())
    assert not window.built
    assert "a bug in building the page" in caplog.text  # the traceback is logged
    window.centralWidget().repaint()  # a later paint of the first frame does not try again
    qtbot.wait(50)
    assert caplog.text.count("could not be built") == 1
    window.close()  # and closing it is quiet
