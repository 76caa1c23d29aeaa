"""Sorting and filtering the listing: folders first both ways, C++ comparisons on sort keys."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ossshare.ui.models.object_list import ObjectListModel
from ossshare.ui.models.object_sort_proxy import ObjectSortProxy
from ossshare.ui.models.roles import KEY_ROLE, SORT_ROLE
from tests.fixtures.qt import sandbox_connection

BUCKET = "sorting"
FILES = {"b-medium.txt": 500, "a-large.bin": 9000, "C-small.txt": 3, "d-empty": 0}


def keys(proxy: ObjectSortProxy) -> list[str]:
    return [proxy.index(r, 0).data(KEY_ROLE) for r in range(proxy.rowCount())]


def loaded(qtbot, sandbox, credentials):
    for name, size in FILES.items():
        sandbox.put_object(BUCKET, name, b"x" * size)
    sandbox.put_object(BUCKET, "zeta/inner.txt", b"")
    sandbox.put_object(BUCKET, "Alpha/inner.txt", b"")
    model = ObjectListModel(page_size=2)  # several pages, inserted under a sorted proxy
    proxy = ObjectSortProxy()
    proxy.setSourceModel(model)
    return model, proxy


def test_sort_keeps_folders_first_and_passes_the_tester(qtbot, qtmodeltester, sandbox, sandbox_credentials):
    model, proxy = loaded(qtbot, sandbox, sandbox_credentials)
    proxy.sort(ObjectListModel.SIZE, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)
    model.open(sandbox_connection(sandbox, sandbox_credentials).client, BUCKET, "")
    qtbot.waitUntil(lambda: model.complete)
    assert keys(proxy)[:2] in (["Alpha/", "zeta/"], ["zeta/", "Alpha/"])
    assert keys(proxy)[2:] == ["a-large.bin", "b-medium.txt", "C-small.txt", "d-empty"]
    proxy.sort(ObjectListModel.SIZE, Qt.SortOrder.AscendingOrder)
    assert keys(proxy)[2:] == ["d-empty", "C-small.txt", "b-medium.txt", "a-large.bin"]
    proxy.sort(ObjectListModel.NAME, Qt.SortOrder.DescendingOrder)
    assert keys(proxy) == ["zeta/", "Alpha/", "d-empty", "C-small.txt", "b-medium.txt", "a-large.bin"]
    proxy.sort(ObjectListModel.NAME, Qt.SortOrder.AscendingOrder)
    assert keys(proxy) == ["Alpha/", "zeta/", "a-large.bin", "b-medium.txt", "C-small.txt", "d-empty"]
    proxy.sort(-1)  # the server's order, folders first
    assert keys(proxy) == ["Alpha/", "zeta/", "C-small.txt", "a-large.bin", "b-medium.txt", "d-empty"]


def test_filter_matches_names_case_insensitively(qtbot, qtmodeltester, sandbox, sandbox_credentials):
    model, proxy = loaded(qtbot, sandbox, sandbox_credentials)
    qtmodeltester.check(proxy)
    model.open(sandbox_connection(sandbox, sandbox_credentials).client, BUCKET, "")
    qtbot.waitUntil(lambda: model.complete)
    proxy.set_filter_text("TXT")
    assert sorted(keys(proxy)) == ["C-small.txt", "b-medium.txt"]
    proxy.set_filter_text("a")
    assert "Alpha/" in keys(proxy) and "a-large.bin" in keys(proxy)
    proxy.set_filter_text("[")  # no regex surprises
    assert keys(proxy) == []
    proxy.set_filter_text("")
    assert len(keys(proxy)) == 6
