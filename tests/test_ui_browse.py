"""Browsing the sandbox in the real window: buckets, folders, paging as the view scrolls,
filter, sort and the details pane with versions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from ossshare.ui.models.object_list import ObjectListModel
from ossshare.ui.models.roles import KEY_ROLE
from tests.fixtures.qt import OFFSCREEN_NOISE

pytestmark = OFFSCREEN_NOISE

BUCKET = "test-bucket"


def shown_keys(window) -> list[str]:
    proxy = window.proxy
    return [proxy.index(r, 0).data(KEY_ROLE) for r in range(proxy.rowCount())]


def select_key(window, qtbot, key: str) -> None:
    proxy = window.proxy
    for r in range(proxy.rowCount()):
        if proxy.index(r, 0).data(KEY_ROLE) == key:
            window.object_view.setFocus()
            window.object_view.setCurrentIndex(proxy.index(r, 0))
            return
    raise AssertionError(f"{key} is not listed")


@pytest.fixture
def seeded(sandbox):
    for i in range(2500):
        sandbox.put_object(BUCKET, f"big/file-{i:05d}.dat", b"d" * (i % 100))
    for text in (b"v1", b"version two", b"third and latest"):
        sandbox.put_object(BUCKET, "docs/readme.md", text)
    sandbox.put_object(BUCKET, "docs/back.txt", b"first")
    sandbox.delete_object(BUCKET, "docs/back.txt")
    sandbox.put_object(BUCKET, "docs/back.txt", b"again")
    return sandbox


def test_open_folders_go_up_and_page_through_2500_keys(seeded, browser, qtbot):
    w = browser
    qtbot.waitUntil(lambda: w.bucket == BUCKET and w.objects.complete)
    assert shown_keys(w) == ["big/", "docs/", "photos/", "日本語/", "hello.txt", "space name.txt"]
    assert w.path_bar.crumb_texts() == [BUCKET]
    assert w.status.counts_text == "4 folders, 2 objects"

    # Enter opens a folder.
    select_key(w, qtbot, "docs/")
    qtbot.keyClick(w.object_view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.prefix == "docs/" and w.objects.complete)
    assert shown_keys(w) == ["docs/guide/", "docs/back.txt", "docs/readme.md"]
    assert w.path_bar.crumb_texts() == [BUCKET, "docs"]

    # Double-click opens one too.
    view = w.object_view
    rect = view.visualRect(w.proxy.index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: w.prefix == "docs/guide/" and w.objects.complete)
    assert shown_keys(w) == ["docs/guide/intro.txt"]

    # Backspace goes up and puts the cursor on the folder we left; Alt+Up too.
    qtbot.keyClick(view, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: w.prefix == "docs/" and w.objects.complete)
    qtbot.waitUntil(lambda: view.currentIndex().data(KEY_ROLE) == "docs/guide/")
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: w.prefix == "" and w.objects.complete)
    qtbot.waitUntil(lambda: view.currentIndex().data(KEY_ROLE) == "docs/")

    # 2,500 keys arrive a page (1,000) at a time as the view scrolls to the end.
    select_key(w, qtbot, "big/")
    qtbot.keyClick(view, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: w.prefix == "big/" and not w.objects.loading)
    assert w.objects.rowCount() == 1000 and not w.objects.complete
    assert "scroll for more" in w.status.counts_text
    for expected in (2000, 2500):
        view.scrollToBottom()
        qtbot.waitUntil(lambda expected=expected: w.objects.rowCount() == expected, timeout=10000)
    qtbot.waitUntil(lambda: w.objects.complete)
    assert w.status.counts_text in ("2,500 objects", "2500 objects")  # C locale has no separator
    assert shown_keys(w)[-1] == "big/file-02499.dat"


def test_filter_and_sort(seeded, browser, qtbot):
    w = browser
    qtbot.waitUntil(lambda: w.bucket == BUCKET and w.objects.complete)
    w.navigate(BUCKET, "big/")
    qtbot.waitUntil(lambda: w.prefix == "big/" and not w.objects.loading)
    qtbot.keyClick(w, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert w.filter_box.hasFocus()
    qtbot.keyClicks(w.filter_box, "FILE-0249")
    # The filter keeps loading pages until it has seen every key.
    qtbot.waitUntil(lambda: len(shown_keys(w)) == 10, timeout=10000)
    assert shown_keys(w) == [f"big/file-{i:05d}.dat" for i in range(2490, 2500)]
    assert w.status.counts_text.startswith("10 shown of")
    # Sort by size, largest first, with a header click (two clicks: ascending, then descending).
    header = w.object_view.header()
    x = header.sectionViewportPosition(ObjectListModel.SIZE) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert header.sortIndicatorSection() == ObjectListModel.SIZE
    sizes = [w.objects.entry_at(w.proxy.mapToSource(w.proxy.index(r, 0)).row()).size for r in range(10)]
    assert sizes == sorted(sizes)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    sizes = [w.objects.entry_at(w.proxy.mapToSource(w.proxy.index(r, 0)).row()).size for r in range(10)]
    assert sizes == sorted(sizes, reverse=True) and sizes[0] == 99
    w.filter_box.clear()
    assert len(shown_keys(w)) == 2500


def test_details_pane_shows_head_and_versions(seeded, browser, qtbot):
    w = browser
    qtbot.waitUntil(lambda: w.bucket == BUCKET and w.objects.complete)
    w.navigate(BUCKET, "docs/")
    qtbot.waitUntil(lambda: w.objects.complete)
    select_key(w, qtbot, "docs/readme.md")  # the fixture's version, then three more
    qtbot.waitUntil(lambda: len(w.details_versions()) == 4)
    qtbot.waitUntil(lambda: w.details.field_text("type") != "")
    assert w.details.field_text("size") == "16 bytes"
    assert [v.size for v in w.details_versions()] == [16, 11, 2, 9]
    assert [v.is_latest for v in w.details_versions()] == [True, False, False, False]
    assert w.details.status_text == "4 versions"
    # Delete markers are listed, greyed and not selectable.
    select_key(w, qtbot, "docs/back.txt")
    qtbot.waitUntil(lambda: len(w.details_versions()) == 3)
    assert [v.is_delete_marker for v in w.details_versions()] == [False, True, False]
    # A folder shows what it is; nothing is fetched.
    select_key(w, qtbot, "docs/guide/")
    qtbot.waitUntil(lambda: w.details.status_text == "Press Enter to open this folder.")
    # "Show versions" from the keyboard focuses the versions table.
    select_key(w, qtbot, "docs/readme.md")
    qtbot.keyClick(w.object_view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: w.details.versions_view.hasFocus() and len(w.details_versions()) == 4)
