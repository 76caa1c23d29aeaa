"""The keyboard in the main window beyond the shortcuts: Tab between panes, Escape in the
filter and the path field, and where the focus lands after moving."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication

from ossshare.ui.models.object_list import ObjectListModel
from tests.fixtures.qt import OFFSCREEN_NOISE
from tests.test_ui_browse import BUCKET, shown_keys

pytestmark = OFFSCREEN_NOISE


def ready(w, qtbot) -> None:
    qtbot.waitUntil(lambda: w.bucket == BUCKET and w.objects.complete)


def focused():
    return QApplication.focusWidget()


def select_only(w, key: str) -> None:
    """Make `key` the one selected row (QTest's earlier Ctrl clicks can leave Ctrl looking
    held, which turns setCurrentIndex into a toggle that keeps other rows selected)."""
    row = shown_keys(w).index(key)
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    w.object_view.setFocus()
    w.object_view.selectionModel().setCurrentIndex(w.proxy.index(row, 0), flags)


def test_a_single_bucket_opens_with_the_listing_focused(browser, qtbot):
    w = browser
    ready(w, qtbot)
    qtbot.waitUntil(lambda: focused() is w.object_view)
    qtbot.waitUntil(lambda: w.object_view.currentIndex().isValid())  # arrows and Enter work at once


def test_tab_moves_between_panes_instead_of_cells(browser, qtbot):
    w = browser
    ready(w, qtbot)
    select_only(w, "hello.txt")
    qtbot.waitUntil(lambda: w.details.share_button.isVisible())
    qtbot.keyClick(w.object_view, Qt.Key.Key_Tab)
    assert focused() is w.details.share_button
    w.object_view.setFocus()
    qtbot.keyClick(w.object_view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is w.bucket_view
    # The chain goes around the window in reading order.
    w.profile_box.setFocus()
    order = []
    for _ in range(3):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        order.append(focused())
    assert order == [w.filter_box, w.bucket_view, w.object_view]


def test_escape_clears_the_filter_then_returns_to_the_list(browser, qtbot):
    w = browser
    ready(w, qtbot)
    everything = shown_keys(w)
    qtbot.keyClick(w, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is w.filter_box
    qtbot.keyClicks(w.filter_box, "hello")
    assert shown_keys(w) == ["hello.txt"]
    qtbot.keyClick(w.filter_box, Qt.Key.Key_Escape)
    assert w.filter_box.text() == ""
    assert shown_keys(w) == everything
    assert focused() is w.filter_box
    qtbot.keyClick(w.filter_box, Qt.Key.Key_Escape)
    assert focused() is w.object_view
    # From the list, too: typed, looked, Escape.
    w.filter_box.setText("hello")
    assert shown_keys(w) == ["hello.txt"]
    qtbot.keyClick(w.object_view, Qt.Key.Key_Escape)
    assert w.filter_box.text() == "" and shown_keys(w) == everything


def test_the_path_field_hands_the_keyboard_back_to_the_list(browser, qtbot):
    w = browser
    ready(w, qtbot)
    qtbot.keyClick(w, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert focused() is w.path_bar.edit
    w.path_bar.edit.setText(f"oss://{BUCKET}/docs/")
    qtbot.keyClick(w.path_bar.edit, Qt.Key.Key_Return)
    assert focused() is w.object_view  # not the first widget of the window
    qtbot.waitUntil(lambda: w.prefix == "docs/" and w.objects.complete)
    qtbot.keyClick(w, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(w.path_bar.edit, Qt.Key.Key_Escape)
    assert not w.path_bar.editing and focused() is w.object_view


def test_status_bar_does_not_call_a_folder_empty_before_its_first_page(browser, qtbot):
    w = browser
    ready(w, qtbot)
    w.navigate(BUCKET, "docs/")
    # The request is out; its reply can only arrive once the event loop runs again.
    assert w.objects.loading and w.status.loading
    assert "0 objects" not in w.status.counts_text
    assert w.status.counts_text == f"Listing oss://{BUCKET}/docs/…"
    qtbot.waitUntil(lambda: w.objects.complete)
    assert w.status.counts_text == "1 folder, 1 object"


def test_a_copied_oss_path_typed_back_selects_the_object(browser, sandbox, qtbot):
    w = browser
    ready(w, qtbot)
    for i in range(30):  # the object is on the third page of ten-key pages
        sandbox.put_object(BUCKET, f"docs/guide/page-{i:02d}.txt", b"p")
    w.objects._page_size = 10
    qtbot.keyClick(w, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    w.path_bar.edit.setText(f"oss://{BUCKET}/docs/guide/page-25.txt")  # as "Copy oss:// path" gives it
    qtbot.keyClick(w.path_bar.edit, Qt.Key.Key_Return)
    def chosen() -> str | None:
        entry = w.current_entry()
        return entry.key if entry is not None else None

    qtbot.waitUntil(lambda: w.prefix == "docs/guide/" and chosen() == "docs/guide/page-25.txt")
    assert w.selected_rows() == [w.current_row()]
    # A folder typed without its slash opens that folder.
    w.edit_path()
    w.path_bar.edit.setText(f"oss://{BUCKET}/docs/guide")
    qtbot.keyClick(w.path_bar.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.prefix == "docs/guide/" and w.objects.rowCount() and not w.objects.loading)
    # Nothing by that name: the parent folder stays, and the status bar says so.
    w.edit_path()
    w.path_bar.edit.setText(f"oss://{BUCKET}/docs/missing.txt")
    qtbot.keyClick(w.path_bar.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.status.currentMessage() == "Nothing named missing.txt here")
    assert w.prefix == "docs/"


def test_f5_keeps_the_row_the_user_was_on(browser, sandbox, qtbot):
    w = browser
    ready(w, qtbot)
    for i in range(25):
        sandbox.put_object(BUCKET, f"many/item-{i:02d}.txt", b"i")
    w.navigate(BUCKET, "many/")
    w.objects._page_size = 10
    qtbot.waitUntil(lambda: w.objects.rowCount() and not w.objects.loading)
    while not w.objects.complete:  # scroll to the end, as the user did
        w.objects.fetchMore()
        qtbot.waitUntil(lambda: not w.objects.loading)
    select_only(w, "many/item-22.txt")
    qtbot.waitUntil(lambda: w.details.field_text("type") == "application/octet-stream")
    sandbox.put_object(BUCKET, "many/item-22.txt", b"changed")
    qtbot.keyClick(w.object_view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: w.current_entry() is not None and w.current_entry().key == "many/item-22.txt")
    assert w.selected_rows() == [w.current_row()]
    qtbot.waitUntil(lambda: w.details.field_text("size") == "7 bytes")  # the details are fresh too


def test_home_and_end_go_to_the_first_and_last_row(browser, sandbox, qtbot):
    w = browser
    ready(w, qtbot)
    for i in range(300):
        sandbox.put_object(BUCKET, f"many/item-{i:03d}.txt", b"i")
    w.objects._page_size = 100
    w.navigate(BUCKET, "many/")
    qtbot.waitUntil(lambda: w.objects.rowCount() >= 100 and not w.objects.loading)
    listed = w.objects.rowCount()
    select_only(w, "many/item-003.txt")
    qtbot.keyClick(w.object_view, Qt.Key.Key_End)
    assert w.current_entry().key == f"many/item-{listed - 1:03d}.txt"  # the last row listed so far...
    qtbot.waitUntil(lambda: w.objects.rowCount() > listed)  # ...and reaching it asks for the next page
    qtbot.keyClick(w.object_view, Qt.Key.Key_Home)
    assert w.current_entry().key == "many/item-000.txt"
    assert w.selected_rows() == [0]


def test_end_reaches_the_bottom_when_the_cursor_is_already_on_the_last_row(browser, sandbox, qtbot):
    w = browser
    ready(w, qtbot)
    for i in range(300):
        sandbox.put_object(BUCKET, f"many/item-{i:03d}.txt", b"i")
    w.objects._page_size = 100
    w.navigate(BUCKET, "many/")
    qtbot.waitUntil(lambda: w.objects.rowCount() >= 100 and not w.objects.loading)
    listed = w.objects.rowCount()
    # Where a page re-sorted by date or size leaves the cursor: on the last row, off screen.
    select_only(w, w.objects.key_at(listed - 1))
    w.object_view.setCurrentIndex(w.proxy.index(listed - 1, ObjectListModel.STORAGE))  # where End puts it
    w.object_view.scrollToTop()
    qtbot.keyClick(w.object_view, Qt.Key.Key_End)
    bar = w.object_view.verticalScrollBar()
    assert bar.value() == bar.maximum()  # End shows the last row...
    qtbot.waitUntil(lambda: w.objects.rowCount() > listed)  # ...and reaching the bottom asks for more


def test_a_pasted_link_goes_to_its_object(browser, qtbot):
    w = browser
    ready(w, qtbot)
    w.edit_path()
    w.path_bar.edit.setText(
        f"https://{BUCKET}.oss-cn-hangzhou.aliyuncs.com/%E6%97%A5%E6%9C%AC%E8%AA%9E/%E3%83%95%E3%82%A1%E3%82%A4%E3%83%AB.txt"
        "?x-oss-signature-version=OSS4-HMAC-SHA256&x-oss-expires=900"
    )
    qtbot.keyClick(w.path_bar.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.current_entry() is not None and w.current_entry().key == "日本語/ファイル.txt")
    # Any other URL is no place in a bucket: the field stays open to be corrected.
    w.edit_path()
    w.path_bar.edit.setText("https://example.com/some/file.txt")
    qtbot.keyClick(w.path_bar.edit, Qt.Key.Key_Return)
    assert w.path_bar.editing and w.prefix == "日本語/"
    qtbot.keyClick(w.path_bar.edit, Qt.Key.Key_Escape)
    assert not w.path_bar.editing
