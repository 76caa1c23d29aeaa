"""The batch dialog from the window: Share with several objects selected, Share folder… from
the context menu and its shortcut, and the links handed out recorded in the link history
(never a URL or a signature), unless the preference is off."""

from __future__ import annotations

from typing import Any

import requests
from PySide6.QtCore import QItemSelectionModel, Qt

from tests.fixtures.qt import OFFSCREEN_NOISE, shown_dialog
from tests.test_ui_browse import select_key

pytestmark = OFFSCREEN_NOISE
BUCKET = "test-bucket"


def ready(w: Any, qtbot: Any) -> None:
    qtbot.waitUntil(lambda: w.bucket == BUCKET and w.objects.complete)


def select_keys(w: Any, keys: list[str]) -> None:
    from ossshare.ui.models.roles import KEY_ROLE

    proxy, selection = w.proxy, w.object_view.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for r in range(proxy.rowCount()):
        if proxy.index(r, 0).data(KEY_ROLE) in keys:
            selection.setCurrentIndex(proxy.index(r, 0), flags)


def ledger_rows(path: Any = None) -> list[Any]:
    from ossshare.services.ledger import Ledger

    with Ledger(path) as ledger:
        return list(ledger.entries("all"))


def batch_dialog(w: Any, qtbot: Any) -> Any:
    from ossshare.ui.batch.dialog import BatchDialog

    qtbot.waitUntil(lambda: shown_dialog(w, BatchDialog) is not None)
    return shown_dialog(w, BatchDialog)


def test_share_with_several_objects_selected_opens_the_batch_dialog(browser, qtbot):
    w = browser
    ready(w, qtbot)
    select_keys(w, ["hello.txt", "space name.txt"])
    assert w.commands.share.isEnabled()
    w.commands.share.trigger()
    dialog = batch_dialog(w, qtbot)
    qtbot.waitUntil(lambda: not dialog.running and dialog.model.rowCount() == 2)
    assert sorted(r.key for r in dialog.links()) == ["hello.txt", "space name.txt"]
    assert all(requests.get(r.result.url, timeout=10).status_code == 200 for r in dialog.links())
    dialog.close()


def test_share_folder_from_the_context_menu_and_the_shortcut(browser, qtbot):
    w = browser
    ready(w, qtbot)
    select_key(w, qtbot, "docs/")
    menu = w.context_menu()
    action = next(a for a in menu.actions() if a is w.commands.share_folder)
    action.trigger()
    dialog = batch_dialog(w, qtbot)
    assert dialog.prefix == "docs/"
    with qtbot.waitSignal(dialog.linksReady, timeout=10000):
        dialog.make_button.click()
    assert sorted(r.key for r in dialog.links()) == ["docs/guide/intro.txt", "docs/readme.md"]
    dialog.close()
    # On an object, Ctrl+Shift+S shares the folder shown (here the bucket's top).
    select_keys(w, ["hello.txt"])
    w.activateWindow()  # back from the dialog
    qtbot.waitUntil(w.isActiveWindow)
    qtbot.keyClick(w.object_view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = batch_dialog(w, qtbot)
    assert dialog.prefix == ""
    dialog.close()


def test_links_handed_out_are_recorded_without_urls(browser, qtbot, sandbox_credentials):
    from ossshare.services.ledger import default_ledger_path

    w = browser
    ready(w, qtbot)
    select_keys(w, ["hello.txt", "space name.txt"])
    w.commands.share.trigger()
    dialog = batch_dialog(w, qtbot)
    qtbot.waitUntil(lambda: not dialog.running and dialog.model.rowCount() == 2)
    with qtbot.waitSignal(w.link_history.recording.recorded, timeout=10000) as recorded:
        dialog.copy_all("markdown")
    assert recorded.args == [2]
    urls = [r.result.url for r in dialog.links()]
    dialog.close()
    # Copy link records too, with the ETag of the listing.
    select_keys(w, ["hello.txt"])
    with qtbot.waitSignal(w.link_history.recording.recorded, timeout=10000):
        w.commands.copy_link.trigger()
    rows = ledger_rows()
    assert sorted(e.spec.request.key for e in rows) == ["hello.txt", "hello.txt", "space name.txt"]
    assert len({e.batch for e in rows}) == 2
    assert all(e.spec.profile == "sandbox" and e.etag for e in rows)
    raw = b"".join(p.read_bytes() for p in default_ledger_path().parent.glob("links.sqlite3*"))
    for url in urls:
        assert url.encode() not in raw
        assert url.split("x-oss-signature=")[1].encode() not in raw
    assert sandbox_credentials.access_key_secret.encode() not in raw


def test_the_share_dialog_records_its_link_once_per_link(browser, qtbot):
    from ossshare.ui.share.dialog import ShareDialog

    w = browser
    ready(w, qtbot)
    select_key(w, qtbot, "hello.txt")
    w.share_current()
    qtbot.waitUntil(lambda: shown_dialog(w, ShareDialog) is not None)
    dialog = shown_dialog(w, ShareDialog)
    with qtbot.waitSignal(w.link_history.recording.recorded, timeout=10000):
        dialog.copy_link()
    dialog.copy_link()  # the same link again: not a second record
    qtbot.wait(300)
    rows = ledger_rows()
    assert [e.spec.request.key for e in rows] == ["hello.txt"]
    assert rows[0].spec.expiration == dialog.link_result().expiration
    dialog.close()


def test_recording_off_records_nothing(browser, qtbot):
    w = browser
    ready(w, qtbot)
    action = w.commands.record_links
    assert action.isChecked()  # on by default
    action.trigger()
    assert not action.isChecked() and not w._state.record_links
    select_key(w, qtbot, "hello.txt")
    w.commands.copy_link.trigger()
    qtbot.wait(300)
    assert ledger_rows() == []
