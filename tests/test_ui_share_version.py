"""Share an older version straight from the details pane: Enter or a double-click on a version
opens the share dialog with that version chosen, and its link downloads that version's bytes."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from ossshare.ui import workers
from ossshare.ui.share.dialog import ShareDialog
from tests.fixtures.qt import OFFSCREEN_NOISE, shown_dialog
from tests.test_share_support import fetch
from tests.test_ui_browse import BUCKET, select_key

pytestmark = OFFSCREEN_NOISE


@pytest.fixture
def versions(sandbox) -> list[str]:
    ids = [sandbox.put_object(BUCKET, "docs/notes.txt", body) for body in (b"first draft", b"second", b"final")]
    sandbox.put_object(BUCKET, "docs/gone.txt", b"was here")
    sandbox.delete_object(BUCKET, "docs/gone.txt")  # a delete marker between two versions
    sandbox.put_object(BUCKET, "docs/gone.txt", b"back again")
    return ids


def _open_versions(w, qtbot, key: str, count: int) -> None:
    qtbot.waitUntil(lambda: w.bucket == BUCKET and w.objects.complete)
    w.navigate(BUCKET, "docs/")
    qtbot.waitUntil(lambda: w.objects.complete)
    select_key(w, qtbot, key)
    qtbot.waitUntil(lambda: len(w.details_versions()) == count)


def _close(qtbot, dialog) -> None:
    dialog.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(dialog)
    qtbot.waitUntil(lambda: workers.pending_count() == 0, timeout=15000)


def test_enter_on_an_older_version_shares_it(versions, browser, qtbot, sandbox):
    w = browser
    _open_versions(w, qtbot, "docs/notes.txt", 3)
    rows = [v.version_id for v in w.details_versions()]
    oldest = rows.index(versions[0])
    view = w.details.versions_view
    view.setFocus()
    view.setCurrentIndex(w.details.versions.index(oldest, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shown_dialog(w, ShareDialog) is not None)
    dialog = shown_dialog(w, ShareDialog)
    try:
        qtbot.waitUntil(lambda: dialog.version.version_id() == versions[0])
        result = dialog.link_result()
        assert result is not None and "versionId=" in result.url
        assert fetch(sandbox, result.url).content == b"first draft"
    finally:
        _close(qtbot, dialog)


def test_a_delete_marker_opens_nothing(versions, browser, qtbot):
    w = browser
    _open_versions(w, qtbot, "docs/gone.txt", 3)
    marker = next(i for i, v in enumerate(w.details_versions()) if v.is_delete_marker)
    w.details.versions_view.doubleClicked.emit(w.details.versions.index(marker, 0))
    w.details.versions_view.activated.emit(w.details.versions.index(marker, 0))
    QCoreApplication.processEvents()
    assert shown_dialog(w, ShareDialog) is None  # no dialog was opened for a delete marker
