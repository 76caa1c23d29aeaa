"""Keyboard shortcuts, the context menu and the clipboard actions of the main window."""

from __future__ import annotations

import requests
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from tests.fixtures.qt import OFFSCREEN_NOISE, shown_dialog
from tests.test_ui_browse import BUCKET, select_key, shown_keys

pytestmark = OFFSCREEN_NOISE


def ready(w, qtbot) -> None:
    qtbot.waitUntil(lambda: w.bucket == BUCKET and w.objects.complete)


def test_ctrl_l_types_a_path(browser, qtbot):
    w = browser
    ready(w, qtbot)
    qtbot.keyClick(w, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert w.path_bar.editing and w.path_bar.edit.text() == f"oss://{BUCKET}/"
    w.path_bar.edit.setText(f"oss://{BUCKET}/photos/2024")
    qtbot.keyClick(w.path_bar.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.prefix == "photos/2024/" and w.objects.complete)
    assert shown_keys(w) == ["photos/2024/cat.jpg"]
    assert not w.path_bar.editing
    assert w.path_bar.crumb_texts() == [BUCKET, "photos", "2024"]
    # A path relative to the bucket, and Escape leaves things as they were.
    w.edit_path()
    w.path_bar.edit.setText("/日本語")
    qtbot.keyClick(w.path_bar.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.prefix == "日本語/" and w.objects.complete)
    assert shown_keys(w) == ["日本語/ファイル.txt"]
    w.edit_path()
    w.path_bar.edit.setText("oss://elsewhere/")
    qtbot.keyClick(w.path_bar.edit, Qt.Key.Key_Escape)
    assert not w.path_bar.editing and w.prefix == "日本語/"


def test_f5_shows_what_changed(browser, sandbox, qtbot):
    w = browser
    ready(w, qtbot)
    sandbox.put_object(BUCKET, "new-arrival.txt", b"fresh")
    assert "new-arrival.txt" not in shown_keys(w)
    qtbot.keyClick(w.object_view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: "new-arrival.txt" in shown_keys(w) and w.objects.complete)


def test_context_menu_for_objects_and_folders(browser, qtbot):
    w = browser
    ready(w, qtbot)
    select_key(w, qtbot, "hello.txt")
    texts = [a.text() for a in w.context_menu().actions() if not a.isSeparator()]
    assert texts == ["&Share…", "Copy &link (default expiry)", "Copy &oss:// path", "Show &versions"]
    assert w.commands.copy_link.isEnabled() and w.commands.versions.isEnabled()
    select_key(w, qtbot, "docs/")
    texts = [a.text() for a in w.context_menu().actions() if not a.isSeparator()]
    assert texts == ["&Open", "Share &folder…", "Copy &oss:// path"]
    assert not w.commands.copy_link.isEnabled()
    # A right-click pops the menu up without blocking.
    view = w.object_view
    w.object_view.customContextMenuRequested.emit(view.visualRect(w.proxy.index(0, 0)).center())
    qtbot.waitUntil(lambda: any(isinstance(m, QMenu) and m.isVisible() for m in QApplication.topLevelWidgets()))
    for menu in QApplication.topLevelWidgets():
        if isinstance(menu, QMenu) and menu.isVisible():
            menu.close()


def test_copy_path_and_copy_link(browser, sandbox, qtbot):
    w = browser
    ready(w, qtbot)
    select_key(w, qtbot, "space name.txt")
    w.commands.copy_path.trigger()
    assert QApplication.clipboard().text() == f"oss://{BUCKET}/space name.txt"
    with qtbot.waitSignal(w.linkCopied) as copied:
        qtbot.keyClick(
            w.object_view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        )
    url = QApplication.clipboard().text()
    assert url == copied.args[0] and url.startswith(f"{sandbox.endpoint}/{BUCKET}/space%20name.txt?")
    assert "x-oss-expires=900" in url  # the default 15 minutes
    reply = requests.get(url, timeout=10)
    assert reply.status_code == 200 and reply.content == b"spaces\n"
    assert "Link copied" in w.statusBar().currentMessage()


def test_enter_on_an_object_opens_the_share_dialog(browser, qtbot):
    from ossshare.ui.share.dialog import ShareDialog

    w = browser
    ready(w, qtbot)
    select_key(w, qtbot, "hello.txt")
    qtbot.keyClick(w.object_view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shown_dialog(w, ShareDialog) is not None)
    dialog = shown_dialog(w, ShareDialog)
    assert dialog.isModal() or dialog.isVisible()
    dialog.close()


def test_a_bucket_typed_in_the_path_bar_is_located_first(qtbot, sandbox, sandbox_credentials):
    """With a region endpoint (not a custom one), a bucket missing from the list is located
    with GetBucketLocation before listing. The sandbox stands in for the region's endpoint."""
    from ossshare.ui.main_window import MainWindow
    from tests.fixtures.qt import sandbox_connection

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    conn = sandbox_connection(sandbox, sandbox_credentials)
    conn.account = type(conn.account)(conn.account.credentials, region=conn.region)  # no custom endpoint
    window.use_connection(conn)
    qtbot.waitUntil(lambda: window.bucket == BUCKET and window.objects.complete)
    sandbox.put_object("elsewhere", "far.txt", b"far")
    window.buckets.set_buckets([b for b in window.buckets.buckets if b.name == BUCKET])  # as if not listable
    window.navigate("elsewhere", "")
    qtbot.waitUntil(lambda: window.bucket == "elsewhere" and window.objects.complete)
    assert shown_keys(window) == ["far.txt"]
    assert window.controller.location.region == sandbox.region
    window.shutdown()


def test_the_menu_key_opens_the_menu_of_the_current_row(browser, qtbot):
    from PySide6.QtGui import QContextMenuEvent

    w = browser
    ready(w, qtbot)
    keys = shown_keys(w)
    folder = max(k for k in keys if k.endswith("/"))  # the last folder: an object follows it
    select_key(w, qtbot, folder)
    view = w.object_view
    # What a keyboard context menu carries: the current row's place, in the view's own coordinates.
    where = view.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle).center()
    QApplication.sendEvent(view, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, where, view.mapToGlobal(where)))
    menus = [m for m in QApplication.topLevelWidgets() if isinstance(m, QMenu) and m.isVisible()]
    assert len(menus) == 1
    texts = [a.text() for a in menus[0].actions() if not a.isSeparator()]
    assert texts == ["&Open", "Share &folder…", "Copy &oss:// path"]
    assert w.objects.key_at(w.current_row()) == folder  # the cursor did not move
    menus[0].close()
    qtbot.keyClick(view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)  # the other way to it
    menus = [m for m in QApplication.topLevelWidgets() if isinstance(m, QMenu) and m.isVisible()]
    assert len(menus) == 1 and menus[0].actions()[0].text() == "&Open"
    menus[0].close()


def test_copy_link_warns_when_an_archived_object_is_not_restored(browser, sandbox, qtbot):
    from PySide6.QtCore import QItemSelectionModel

    w = browser
    sandbox.put_object(BUCKET, "cold/frozen.tar", b"f", "application/x-tar", "Archive")
    sandbox.put_object(BUCKET, "cold/thawed.tar", b"t", "application/x-tar", "Archive", restore="restored")
    w.navigate(BUCKET, "cold/")
    qtbot.waitUntil(lambda: w.objects.complete)

    def select_only(key: str) -> None:
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        w.object_view.selectionModel().setCurrentIndex(w.proxy.index(shown_keys(w).index(key), 0), flags)

    select_only("cold/frozen.tar")
    w.copy_link()
    assert "archived: OSS refuses the download until the object is restored" in w.statusBar().currentMessage()
    select_only("cold/thawed.tar")
    qtbot.waitUntil(lambda: w.details.field_text("restore") == "Restored")  # its HEAD says so
    w.copy_link()
    message = w.statusBar().currentMessage()
    assert message.startswith("Link copied") and "archived" not in message
