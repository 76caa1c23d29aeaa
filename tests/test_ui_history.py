"""Back and forward through the folders visited (Alt+Left, Alt+Right, the mouse's side
buttons), as in a file manager."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from ossshare.ui.window.location import History, Location
from tests.fixtures.qt import OFFSCREEN_NOISE
from tests.test_ui_browse import BUCKET

pytestmark = OFFSCREEN_NOISE


def test_history_forgets_the_forward_places_on_a_new_visit():
    h = History()
    for prefix in ("", "x/", "x/", "x/y/"):
        h.visit(Location("demo", "b", prefix))
    assert h.back() == Location("demo", "b", "x/") and h.back() == Location("demo", "b", "") and h.back() is None
    assert h.forward() == Location("demo", "b", "x/")
    h.visit(Location("demo", "b", "z/"))
    assert not h.can_go_forward and h.back() == Location("demo", "b", "x/")


def test_back_and_forward_in_the_window(browser, qtbot):
    w = browser

    def at(prefix: str) -> bool:
        return w.prefix == prefix and w.objects.complete

    qtbot.waitUntil(lambda: w.bucket == BUCKET and at(""))
    assert not w.commands.back.isEnabled()
    w.navigate(BUCKET, "docs/")
    qtbot.waitUntil(lambda: at("docs/"))
    w.navigate(BUCKET, "docs/guide/")
    qtbot.waitUntil(lambda: at("docs/guide/"))
    qtbot.keyClick(w.object_view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: at("docs/"))
    qtbot.waitUntil(lambda: w.current_row() is not None and w.objects.key_at(w.current_row()) == "docs/guide/")
    qtbot.keyClick(w.object_view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: at(""))
    assert not w.commands.back.isEnabled() and w.commands.forward.isEnabled()
    qtbot.keyClick(w.object_view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: at("docs/"))
    qtbot.mouseClick(w.object_view.viewport(), Qt.MouseButton.ForwardButton, pos=QPoint(5, 5))
    qtbot.waitUntil(lambda: at("docs/guide/"))
    qtbot.mouseClick(w.object_view.viewport(), Qt.MouseButton.BackButton, pos=QPoint(5, 5))
    qtbot.waitUntil(lambda: at("docs/"))
    # A new move forgets what was ahead; F5 is not a move.
    w.navigate(BUCKET, "photos/")
    qtbot.waitUntil(lambda: at("photos/"))
    qtbot.keyClick(w.object_view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: at("photos/"))
    assert not w.commands.forward.isEnabled()
    w.go_back()
    qtbot.waitUntil(lambda: at("docs/"))
