"""Sorting a folder that is still loading: any order but the server's (name ascending) loads the
rest of the folder first, with progress and Cancel in the status bar; past the cap it asks; when
loading stops short the status bar says the order covers only the rows loaded so far."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QMessageBox

from ossshare.sandbox.demo import DEMO_BUCKET, MANY_COUNT, MANY_PREFIX
from ossshare.ui import app as app_module
from ossshare.ui import workers
from ossshare.ui.models.object_list import ObjectListModel
from ossshare.ui.models.roles import KEY_ROLE
from ossshare.ui.window import sorting
from tests.fixtures.qt import OFFSCREEN_NOISE, shown_dialog

pytestmark = OFFSCREEN_NOISE


@pytest.fixture
def logs(qtbot):
    window = app_module.create_window(demo=True)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.built)  # its parts follow its first frame
    qtbot.waitUntil(lambda: window.bucket == DEMO_BUCKET and window.objects.complete, timeout=30000)
    window.navigate(DEMO_BUCKET, MANY_PREFIX)
    qtbot.waitUntil(lambda: window.objects.rowCount() == 1000 and not window.objects.loading, timeout=15000)
    assert not window.objects.complete  # a page of the 3,000 keys
    yield window
    window.close()
    qtbot.waitUntil(lambda: workers.pending_count() == 0, timeout=15000)


def first_key(window) -> str:
    return window.proxy.index(0, 0).data(KEY_ROLE)


def sort_by_name_descending(window) -> None:
    window.object_view.horizontalHeader().setSortIndicator(ObjectListModel.NAME, Qt.SortOrder.DescendingOrder)


def test_name_descending_loads_the_whole_folder_first(logs, qtbot):
    sort_by_name_descending(logs)
    assert "Loading the whole folder to sort it" in logs.sorting.note.text
    qtbot.waitUntil(lambda: logs.objects.complete, timeout=30000)
    assert logs.objects.rowCount() == MANY_COUNT
    assert first_key(logs) == f"{MANY_PREFIX}app-{MANY_COUNT:05d}.log"  # the last key of all, not of page one
    assert logs.sorting.note.text == "" and not logs.sorting.loading_all


def test_name_ascending_is_the_server_order_and_loads_nothing_more(logs, qtbot):
    header = logs.object_view.horizontalHeader()
    header.setSortIndicator(ObjectListModel.SIZE, Qt.SortOrder.AscendingOrder)
    header.setSortIndicator(ObjectListModel.NAME, Qt.SortOrder.AscendingOrder)
    assert logs.sorting.note.text == "" and not logs.sorting.loading_all


def test_past_the_cap_it_asks_and_sorting_the_loaded_ones_says_so(logs, qtbot, monkeypatch):
    monkeypatch.setattr(sorting, "LOAD_CAP", 1500)
    sort_by_name_descending(logs)
    qtbot.waitUntil(lambda: shown_dialog(logs, QMessageBox) is not None, timeout=15000)
    question = shown_dialog(logs, QMessageBox)
    assert f"{QLocale().toString(2000)} keys are loaded and the folder holds more" in question.text()
    next(b for b in question.buttons() if b.text() == "Sort the loaded ones").click()
    loaded = QLocale().toString(2000)
    assert logs.sorting.note.text == f"Sorted: only the {loaded} loaded so far (scroll or re-sort to load more)"
    assert not logs.objects.complete and logs.objects.rowCount() == 2000
    assert first_key(logs) == f"{MANY_PREFIX}app-02000.log"


def test_past_the_cap_load_all_goes_on_to_the_end(logs, qtbot, monkeypatch):
    monkeypatch.setattr(sorting, "LOAD_CAP", 1500)
    sort_by_name_descending(logs)
    qtbot.waitUntil(lambda: shown_dialog(logs, QMessageBox) is not None, timeout=15000)
    question = shown_dialog(logs, QMessageBox)
    next(b for b in question.buttons() if b.text() == "Load all").click()
    qtbot.waitUntil(lambda: logs.objects.complete, timeout=30000)
    assert first_key(logs) == f"{MANY_PREFIX}app-{MANY_COUNT:05d}.log"
    assert logs.sorting.note.text == ""


def test_cancel_keeps_the_rows_loaded_and_says_the_order_is_partial(logs, qtbot):
    sort_by_name_descending(logs)
    assert logs.sorting.note.cancel_button.isVisibleTo(logs.status)
    logs.sorting.note.cancel_button.click()
    assert not logs.sorting.loading_all
    rows = QLocale().toString(logs.objects.rowCount())
    assert logs.sorting.note.text == f"Sorted: only the {rows} loaded so far (scroll or re-sort to load more)"
    qtbot.wait(300)
    assert logs.objects.rowCount() < MANY_COUNT  # nothing more was asked for
    # Another folder with the same sort: its whole listing loads again.
    logs.navigate(DEMO_BUCKET, "")
    qtbot.waitUntil(lambda: logs.objects.complete and logs.sorting.note.text == "", timeout=15000)
