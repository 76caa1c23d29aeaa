"""Sorting (done by the source model) and filtering (the proxy): folders first both ways,
pages arriving under a sort, model invariants checked throughout."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ossshare.ui.models.object_filter_proxy import ObjectFilterProxy
from ossshare.ui.models.object_list import ObjectListModel
from ossshare.ui.models.roles import KEY_ROLE
from tests.fixtures.qt import sandbox_connection

BUCKET = "sorting"
FILES = {"b-medium.txt": 500, "a-large.bin": 9000, "C-small.txt": 3, "d-empty": 0}


def keys(proxy: ObjectFilterProxy) -> list[str]:
    return [proxy.index(r, 0).data(KEY_ROLE) for r in range(proxy.rowCount())]


def models(sandbox) -> tuple[ObjectListModel, ObjectFilterProxy]:
    for name, size in FILES.items():
        sandbox.put_object(BUCKET, name, b"x" * size)
    sandbox.put_object(BUCKET, "zeta/inner.txt", b"")
    sandbox.put_object(BUCKET, "Alpha/inner.txt", b"")
    model = ObjectListModel(page_size=2)  # several pages, each landing under the chosen sort
    proxy = ObjectFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def test_sort_keeps_folders_first_while_pages_arrive(qtbot, qtmodeltester, sandbox, sandbox_credentials):
    model, proxy = models(sandbox)
    proxy.sort(ObjectListModel.SIZE, Qt.SortOrder.DescendingOrder)  # before any row exists
    assert model.sort_order == (ObjectListModel.SIZE, Qt.SortOrder.DescendingOrder)
    assert proxy.sortColumn() == -1  # the proxy itself never sorts
    qtmodeltester.check(proxy)
    model.open(sandbox_connection(sandbox, sandbox_credentials).client, BUCKET, "")
    qtbot.waitUntil(lambda: model.complete)
    assert keys(proxy) == ["Alpha/", "zeta/", "a-large.bin", "b-medium.txt", "C-small.txt", "d-empty"]
    proxy.sort(ObjectListModel.SIZE, Qt.SortOrder.AscendingOrder)
    assert keys(proxy)[2:] == ["d-empty", "C-small.txt", "b-medium.txt", "a-large.bin"]
    proxy.sort(ObjectListModel.NAME, Qt.SortOrder.DescendingOrder)
    assert keys(proxy) == ["zeta/", "Alpha/", "d-empty", "b-medium.txt", "a-large.bin", "C-small.txt"]
    proxy.sort(ObjectListModel.NAME, Qt.SortOrder.AscendingOrder)  # the server's order
    assert keys(proxy) == ["Alpha/", "zeta/", "C-small.txt", "a-large.bin", "b-medium.txt", "d-empty"]
    assert model.sort_order is None
    qtmodeltester.check(model)


def test_sorting_keeps_the_selection_on_the_same_objects(qtbot, sandbox, sandbox_credentials):
    from PySide6.QtCore import QPersistentModelIndex

    model, proxy = models(sandbox)
    model.open(sandbox_connection(sandbox, sandbox_credentials).client, BUCKET, "")

    def fetched_all() -> bool:
        model.fetchMore()  # no view here to ask for the next page; a no-op while one is out
        return model.complete

    qtbot.waitUntil(fetched_all)
    held = QPersistentModelIndex(model.index(model.row_of_key("b-medium.txt"), ObjectListModel.SIZE))
    model.sort(ObjectListModel.SIZE, Qt.SortOrder.DescendingOrder)
    assert held.isValid() and held.row() == 3 and held.column() == ObjectListModel.SIZE
    assert held.data(KEY_ROLE) == "b-medium.txt"


def test_filter_matches_names_case_insensitively(qtbot, qtmodeltester, sandbox, sandbox_credentials):
    model, proxy = models(sandbox)
    qtmodeltester.check(proxy)
    model.open(sandbox_connection(sandbox, sandbox_credentials).client, BUCKET, "")
    qtbot.waitUntil(lambda: model.complete)
    proxy.set_filter_text("TXT")
    assert keys(proxy) == ["C-small.txt", "b-medium.txt"]
    proxy.set_filter_text("a")
    assert keys(proxy) == ["Alpha/", "zeta/", "C-small.txt", "a-large.bin"]
    proxy.sort(ObjectListModel.SIZE, Qt.SortOrder.DescendingOrder)  # sorting under a filter
    assert keys(proxy) == ["Alpha/", "zeta/", "a-large.bin", "C-small.txt"]
    proxy.set_filter_text("[")  # no regex surprises
    assert keys(proxy) == []
    proxy.set_filter_text("")
    assert len(keys(proxy)) == 6
