"""BucketListModel: loaded off the GUI thread, stale loads dropped, errors reported."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ossshare.ui.models.bucket_list import BucketListModel
from ossshare.ui.models.roles import RECORD_ROLE
from tests.fixtures.qt import sandbox_connection


def test_buckets_with_regions(qtbot, qtmodeltester, sandbox, sandbox_credentials):
    sandbox.create_bucket("zz-last")
    sandbox.create_bucket("aa-first")
    model = BucketListModel()
    qtmodeltester.check(model)
    with qtbot.waitSignal(model.loaded) as loaded:
        model.load(sandbox_connection(sandbox, sandbox_credentials).client)
        assert model.loading
    assert loaded.args == [3]
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names == ["aa-first", "test-bucket", "zz-last"]
    assert model.index(1, BucketListModel.REGION).data() == "cn-hangzhou"
    assert model.index(1, 0).data(RECORD_ROLE).name == "test-bucket"
    assert model.row_of("zz-last") == 2 and model.row_of("nope") is None
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Bucket"
    model.load(None)
    assert model.rowCount() == 0 and not model.loading


def test_bad_secret_is_reported_not_raised(qtbot, sandbox, sandbox_credentials):
    from ossshare.core import Credentials

    wrong = Credentials(sandbox_credentials.access_key_id, "not-the-secret-0123456789")
    model = BucketListModel()
    with qtbot.waitSignal(model.loadFailed) as failed:
        model.load(sandbox_connection(sandbox, wrong).client)
    error = failed.args[0]
    assert error.code == "SignatureDoesNotMatch" and error.title
    assert model.rowCount() == 0 and model.error is error
