"""ObjectListModel against the sandbox: lazy pages, stale replies, model invariants."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from ossshare.sandbox import Sandbox
from ossshare.ui.models.object_list import ObjectListModel
from ossshare.ui.models.roles import IS_FOLDER_ROLE, KEY_ROLE, RECORD_ROLE
from tests.fixtures.qt import sandbox_connection

BUCKET = "paging"


def seed(sandbox: Sandbox, count: int, prefix: str = "many/") -> list[str]:
    keys = [f"{prefix}file-{i:05d}.bin" for i in range(count)]
    for i, key in enumerate(keys):
        sandbox.put_object(BUCKET, key, b"x" * (i % 7))
    return keys


@pytest.fixture
def client(sandbox, sandbox_credentials):
    return sandbox_connection(sandbox, sandbox_credentials).client


def test_pages_arrive_only_when_asked(qtbot, sandbox, client):
    keys = seed(sandbox, 2500)
    for folder in ("many/sub-a/x.txt", "many/sub-b/y.txt"):
        sandbox.put_object(BUCKET, folder, b"y")
    model = ObjectListModel(page_size=1000)
    model.open(client, BUCKET, "many/")
    assert model.loading and not model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())  # re-entrant call while in flight: must not send a second request
    qtbot.waitUntil(lambda: not model.loading)
    assert model.rowCount() == 1000 and model.folder_count == 0  # the folders sort after "file-"
    assert model.canFetchMore(QModelIndex())
    with qtbot.waitSignal(model.pageArrived):
        model.fetchMore(QModelIndex())
        assert not model.canFetchMore(QModelIndex())
    assert model.rowCount() == 2000
    with qtbot.waitSignal(model.pageArrived):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 2502 and model.complete and model.folder_count == 2
    assert not model.canFetchMore(QModelIndex())
    listed = [model.key_at(r) for r in range(model.rowCount())]
    assert listed[:2] == ["many/sub-a/", "many/sub-b/"]  # folders first
    assert listed[2:] == keys


def test_model_tester_while_pages_arrive(qtbot, qtmodeltester, sandbox, client):
    """The tester calls fetchMore itself, re-entrantly, as rows are inserted; each page is
    checked as it lands and nothing is requested twice."""
    keys = seed(sandbox, 2500)
    sandbox.put_object(BUCKET, "many/sub/x.txt", b"y")
    requested: list[str | None] = []

    class Counting:
        endpoint = client.endpoint

        def list_objects(self, bucket, prefix="", **kwargs):
            requested.append(kwargs.get("continuation_token"))
            return client.list_objects(bucket, prefix=prefix, **kwargs)

    model = ObjectListModel(page_size=1000)
    pages: list[int] = []
    model.pageArrived.connect(pages.append)
    qtmodeltester.check(model)
    model.open(Counting(), BUCKET, "many/")
    qtbot.waitUntil(lambda: model.complete, timeout=20000)
    assert pages == [1000, 1000, 501]
    assert len(requested) == 3 and len(set(requested)) == 3  # each page asked for once
    assert [model.key_at(r) for r in range(model.rowCount())] == ["many/sub/", *keys]
    qtmodeltester.check(model)
    model.open(Counting(), BUCKET, "many/")  # a reset while the tester watches
    qtbot.waitUntil(lambda: model.complete, timeout=20000)
    assert model.rowCount() == 2501 and len(requested) == 6


def test_display_roles(qtbot, sandbox, client):
    sandbox.put_object(BUCKET, "dir/über café.txt", b"z" * 1536)
    sandbox.put_object(BUCKET, "dir/nested/deep.txt", b"")
    model = ObjectListModel()
    model.open(client, BUCKET, "dir/")
    qtbot.waitUntil(lambda: model.complete)
    folder = model.index(0, ObjectListModel.NAME)
    assert folder.data() == "nested" and folder.data(IS_FOLDER_ROLE) is True
    assert folder.data(KEY_ROLE) == "dir/nested/"
    assert model.index(0, ObjectListModel.STORAGE).data() == "Folder"
    name = model.index(1, ObjectListModel.NAME)
    assert name.data() == "über café.txt" and name.data(KEY_ROLE) == "dir/über café.txt"
    assert model.index(1, ObjectListModel.SIZE).data() in ("1.5 kB", "1.5 KB", "1.5 KiB")
    assert model.index(1, ObjectListModel.STORAGE).data() == "Standard"
    assert model.index(1, ObjectListModel.MODIFIED).data().count(":") == 1
    assert name.data(RECORD_ROLE).size == 1536
    assert name.data(Qt.ItemDataRole.ToolTipRole) == f"oss://{BUCKET}/dir/über café.txt"
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Name", "Size", "Last modified", "Storage class",
    ]


def test_a_late_reply_for_a_folder_left_behind_is_dropped(qtbot, qtmodeltester, sandbox, client):
    import threading

    seed(sandbox, 5, "slow/")
    seed(sandbox, 3, "fast/")
    gate = threading.Event()

    class HeldBack:
        """The real client, but the listing of slow/ waits until the test lets it answer."""

        endpoint = client.endpoint

        def list_objects(self, bucket, prefix="", **kwargs):
            if prefix == "slow/":
                gate.wait(10)
            return client.list_objects(bucket, prefix=prefix, **kwargs)

    model = ObjectListModel()
    qtmodeltester.check(model)
    arrived: list[int] = []
    model.pageArrived.connect(arrived.append)
    model.open(HeldBack(), BUCKET, "slow/")
    model.open(HeldBack(), BUCKET, "fast/")  # the user moved on before slow/ answered
    qtbot.waitUntil(lambda: model.complete)
    assert [model.key_at(r) for r in range(model.rowCount())] == [f"fast/file-{i:05d}.bin" for i in range(3)]
    gate.set()  # now the slow reply lands; nothing may change
    from ossshare.ui import workers

    qtbot.waitUntil(lambda: workers.pending_count() == 0, timeout=10000)
    assert model.rowCount() == 3 and arrived == [3]


def test_failure_is_reported_and_retry_fetches_the_same_page(qtbot, sandbox, client):
    seed(sandbox, 3, "f/")
    model = ObjectListModel()
    sandbox.faults.error_status = 503
    with qtbot.waitSignal(model.loadFailed) as failed:
        model.open(client, BUCKET, "f/")
    assert failed.args[0].status == 503
    assert not model.canFetchMore(QModelIndex()) and model.error is not None
    sandbox.faults.reset()
    with qtbot.waitSignal(model.pageArrived):
        model.retry()
    assert model.rowCount() == 3 and model.error is None


def test_folder_marker_object_is_not_listed(qtbot, sandbox, client):
    sandbox.put_object(BUCKET, "marked/", b"")
    sandbox.put_object(BUCKET, "marked/a.txt", b"a")
    model = ObjectListModel()
    model.open(client, BUCKET, "marked/")
    qtbot.waitUntil(lambda: model.complete)
    assert [model.key_at(r) for r in range(model.rowCount())] == ["marked/a.txt"]


def test_a_listing_whose_markers_cycle_stops_with_listing_loop(qtbot, hostile_server, sandbox_credentials):
    """Paged by hand as the view scrolls, a listing A, B, A... once added rows for ever; the
    model's page guard stops it on the marker that came back, and says so."""
    from ossshare.oss.errors import ListingLoop

    hostile_server.set_mode("cycle")
    client = sandbox_connection(hostile_server, sandbox_credentials).client
    model = ObjectListModel()
    failures: list[BaseException] = []
    model.loadFailed.connect(failures.append)
    model.open(client, "loop-bucket", "")
    for _ in range(10):  # a view keeps asking while rows fit its viewport
        qtbot.waitUntil(lambda: not model.loading)
        if model.error is not None:
            break
        model.fetchMore(QModelIndex())
    assert isinstance(model.error, ListingLoop) and failures == [model.error]
    assert "came back to a page marker it had already sent" in str(model.error)
    assert model.rowCount() == 2 and hostile_server.requests == 3  # pages None->A, A->B, then B->A refused
    assert not model.canFetchMore(QModelIndex())
    model.open(client, "loop-bucket", "")  # a new listing has a guard of its own
    qtbot.waitUntil(lambda: not model.loading)
    assert model.error is None and model.rowCount() == 1
