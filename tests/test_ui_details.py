"""The details pane: versions an object gathered within a minute are told apart, delete
markers are shown but cannot be picked, Ctrl+I goes to the versions."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication

from ossshare.ui.models.version_list import VersionListModel
from tests.fixtures.qt import OFFSCREEN_NOISE
from tests.test_ui_browse import BUCKET, shown_keys

pytestmark = OFFSCREEN_NOISE


def test_versions_made_within_a_minute_are_told_apart(browser, sandbox, qtbot):
    w = browser
    sandbox.put_object(BUCKET, "docs/back.txt", b"first")
    sandbox.delete_object(BUCKET, "docs/back.txt")
    sandbox.put_object(BUCKET, "docs/back.txt", b"again!")
    w.navigate(BUCKET, "docs/")
    qtbot.waitUntil(lambda: w.objects.complete)
    row = shown_keys(w).index("docs/back.txt")
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    w.object_view.setFocus()
    w.object_view.selectionModel().setCurrentIndex(w.proxy.index(row, 0), flags)
    qtbot.waitUntil(lambda: len(w.details_versions()) == 3)
    model = w.details.versions
    states = [model.index(r, VersionListModel.STATE).data() for r in range(3)]
    assert states == ["Latest", "Delete marker", ""]
    times = [model.index(r, VersionListModel.MODIFIED).data() for r in range(3)]
    assert len(times[0]) == len("2024-01-15 09:30:00")  # to the second...
    marker = model.index(1, 0)
    assert not model.flags(marker) & Qt.ItemFlag.ItemIsSelectable  # ...and a marker has nothing to share
    qtbot.keyClick(w.object_view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is w.details.versions_view
    assert w.details.versions_view.selectionModel().selectedRows()[0].row() == 0
