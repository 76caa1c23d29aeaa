"""The batch dialog over the sandbox: a selection, a folder with patterns, Cancel during a long
listing, the question past 10,000 objects, and the table model under qtmodeltester."""

from __future__ import annotations

import time
from typing import Any

import pytest
import requests

from tests.fixtures.qt import OFFSCREEN_NOISE
from tests.fixtures.sandbox import SANDBOX_OBJECTS
from tests.test_share_support import BUCKET, sandbox_account, sandbox_client

pytestmark = OFFSCREEN_NOISE


_open: list[Any] = []


@pytest.fixture(autouse=True)
def _close_dialogs(qtbot: Any) -> Any:
    """Dialogs delete themselves when closed: one still open when a test ends is closed here."""
    import shiboken6

    yield
    while _open:
        dialog = _open.pop()
        if shiboken6.isValid(dialog):
            dialog.close()
    from ossshare.ui import workers

    qtbot.waitUntil(lambda: workers.pending_count() == 0, timeout=15000)


def open_batch(qtbot: Any, sandbox: Any, credentials: Any, **kwargs: Any) -> Any:
    from ossshare.ui.batch.dialog import BatchDialog

    account = sandbox_account(sandbox, credentials)
    dialog = BatchDialog(
        None, client=sandbox_client(sandbox, credentials), account=account, region=sandbox.region, bucket=BUCKET,
        **kwargs,
    )
    _open.append(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def finish(qtbot: Any, dialog: Any, timeout: int = 20000) -> None:
    qtbot.waitUntil(lambda: not dialog.running, timeout=timeout)


def test_a_selection_is_signed_at_once_and_every_link_downloads(qtbot, qtmodeltester, sandbox, sandbox_credentials):
    items = [(key, len(body), None) for key, body in SANDBOX_OBJECTS.items()]
    dialog = open_batch(qtbot, sandbox, sandbox_credentials, items=items)
    finish(qtbot, dialog)
    qtmodeltester.check(dialog.model)
    rows = dialog.links()
    assert [r.key for r in rows] == list(SANDBOX_OBJECTS)
    assert len({r.result.expiration for r in rows}) == 1  # one instant, one expiry for all
    for row in rows:
        reply = requests.get(row.result.url, timeout=10)
        assert reply.status_code == 200, row.key
        assert reply.content == SANDBOX_OBJECTS[row.key]
    assert "6 links" in dialog.progress.text()
    dialog.close()


def test_a_folder_is_listed_with_include_and_exclude(qtbot, sandbox, sandbox_credentials):
    for i in range(40):
        sandbox.put_object(BUCKET, f"many/sub{i % 3}/file-{i:03d}.{'log' if i % 2 else 'tmp'}", b"x" * i)
    sandbox.put_object(BUCKET, "many/sub0/", b"")  # a folder marker: never a link
    dialog = open_batch(qtbot, sandbox, sandbox_credentials, prefix="many/")
    assert not dialog.running  # a folder waits for its patterns
    dialog.include.setText("*.log, sub0/*")
    dialog.exclude.setText("sub1/*")
    with qtbot.waitSignal(dialog.linksReady, timeout=20000) as ready:
        dialog.make_button.click()
    expected = sorted(
        f"many/sub{i % 3}/file-{i:03d}.{'log' if i % 2 else 'tmp'}"
        for i in range(40)
        if (i % 2 or i % 3 == 0) and i % 3 != 1
    )
    assert sorted(r.key for r in dialog.links()) == expected
    assert ready.args == [len(expected)]
    total = sum(i for i in range(40) if (i % 2 or i % 3 == 0) and i % 3 != 1)
    assert f"{len(expected)} links" in dialog.progress.text()
    assert dialog.model.data(dialog.model.index(0, dialog.model.SIZE)) != ""
    assert sum(r.size for r in dialog.links()) == total
    dialog.close()


def test_cancel_during_a_slow_listing_stops_it(qtbot, sandbox, sandbox_credentials):
    for i in range(2500):
        sandbox.put_object(BUCKET, f"slow/k{i:05d}", b"")
    dialog = open_batch(qtbot, sandbox, sandbox_credentials, prefix="slow/")
    sandbox.faults.latency = 0.6  # each page of 1,000 keys takes this long to come back
    dialog.make_button.click()
    assert dialog.running and dialog.cancel_button.isEnabled() and not dialog.make_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.model.rowCount() >= 1000, timeout=10000)
    assert dialog.model.rowCount() == 1000  # the first page is shown whole while the second is on its way
    assert "1,000 objects" in dialog.progress.text()
    qtbot.mouseClick(dialog.cancel_button, pytest.importorskip("PySide6.QtCore").Qt.MouseButton.LeftButton)
    assert not dialog.running and dialog.make_button.isEnabled()
    shown = dialog.model.rowCount()
    assert 0 < shown < 2500
    qtbot.wait(1500)  # the page on its way arrives, and is not shown
    assert dialog.model.rowCount() == shown
    assert "Cancelled" in dialog.progress.text()
    assert dialog.copy_button.isEnabled()  # the links made so far are real links
    dialog.close()


@pytest.mark.parametrize("go_on", [False, True])
def test_past_ten_thousand_objects_it_asks(qtbot, sandbox, sandbox_credentials, go_on):
    from PySide6.QtWidgets import QMessageBox

    from ossshare.ui.batch.signing import ASK_AFTER

    count = ASK_AFTER + 25
    for i in range(count):
        sandbox.put_object(BUCKET, f"big/{i:06d}", b"")
    dialog = open_batch(qtbot, sandbox, sandbox_credentials, prefix="big/")
    dialog.make_button.click()
    qtbot.waitUntil(lambda: any(b.isVisible() for b in dialog.findChildren(QMessageBox)), timeout=30000)
    assert dialog.model.rowCount() == ASK_AFTER  # nothing past the question before the answer
    box = next(b for b in dialog.findChildren(QMessageBox) if b.isVisible())
    assert "10,000" in box.text()
    box.button(QMessageBox.StandardButton.Yes if go_on else QMessageBox.StandardButton.No).click()
    finish(qtbot, dialog, timeout=30000)
    assert dialog.model.rowCount() == (count if go_on else ASK_AFTER)
    dialog.close()


def test_options_that_break_a_rule_make_no_links(qtbot, sandbox, sandbox_credentials):
    dialog = open_batch(qtbot, sandbox, sandbox_credentials, items=[("hello.txt", 15, None)])
    finish(qtbot, dialog)
    assert dialog.model.rowCount() == 1
    dialog.options.headers.add_header("x-oss-bad name", "v")  # a header name OSS refuses
    assert dialog.model.rowCount() == 0  # the links shown no longer match the options
    dialog.make_button.click()
    assert not dialog.running and dialog.model.rowCount() == 0
    assert dialog.progress.text().startswith("No links:")
    dialog.close()


def test_closing_while_listing_stops_the_work(qtbot, sandbox, sandbox_credentials):
    for i in range(1500):
        sandbox.put_object(BUCKET, f"slow/k{i:05d}", b"")
    dialog = open_batch(qtbot, sandbox, sandbox_credentials, prefix="slow/")
    sandbox.faults.latency = 0.5
    dialog.make_button.click()
    job = dialog._job
    dialog.close()
    assert job.cancelled
    deadline = time.monotonic() + 5
    while job.running and time.monotonic() < deadline:
        qtbot.wait(50)
    assert not job.running


def test_the_window_closing_stops_the_listing(qtbot, sandbox, sandbox_credentials):
    from PySide6.QtWidgets import QWidget

    from ossshare.ui.batch.dialog import BatchDialog

    for i in range(1500):
        sandbox.put_object(BUCKET, f"slow/k{i:05d}", b"")
    window = QWidget()
    dialog = BatchDialog(
        window, client=sandbox_client(sandbox, sandbox_credentials),
        account=sandbox_account(sandbox, sandbox_credentials), region=sandbox.region, bucket=BUCKET, prefix="slow/",
    )
    sandbox.faults.latency = 0.5
    dialog.make_button.click()
    job = dialog._job
    window.deleteLater()  # the dialog goes with its parent, without being closed
    qtbot.waitUntil(lambda: job.cancelled, timeout=3000)
    qtbot.waitUntil(lambda: not job.running, timeout=5000)


def test_batch_links_equal_single_links_with_every_option(qtbot, sandbox, sandbox_credentials):
    """Headers, overrides, traffic limit and image processing apply to every link, each exactly
    the link `presign` makes for the same request and instant."""
    from dataclasses import replace
    from datetime import UTC, datetime, timedelta

    from ossshare.core import presign

    items = [(key, len(body), None) for key, body in SANDBOX_OBJECTS.items()]
    dialog = open_batch(qtbot, sandbox, sandbox_credentials, items=items)
    finish(qtbot, dialog)
    options = dialog.options
    options.processing.value.setText("image/resize,w_100")
    options.overrides.content_type.setText("text/plain")
    options.overrides.traffic_limit.setValue(800)
    options.headers.range_behavior.setCurrentIndex(1)
    options.expiry.preset.setCurrentIndex(3)  # 1 day
    now = datetime.now(UTC).replace(microsecond=0)
    dialog.start(now=now)
    finish(qtbot, dialog)
    rows = dialog.links()
    assert len(rows) == len(items)
    template = dialog._spec.request
    assert template.process == "image/resize,w_100" and template.range_behavior == "standard"
    for row in rows:
        single = presign(
            replace(template, key=row.key), credentials=sandbox_credentials, region=sandbox.region,
            endpoint=dialog._spec.endpoint, now=now, expiration=dialog._spec.expiration,
        )
        assert row.result == single
        assert "x-oss-process=image%2Fresize%2Cw_100" in row.result.url
    assert rows[0].result.expiration == now + timedelta(days=1)


def test_the_demo_folder_of_3000_logs(qtbot):
    """Share folder on the demo's 3,000 logs: every key, one expiry, and links across the range download."""
    from ossshare.sandbox.demo import DEMO_BUCKET, MANY_COUNT, MANY_PREFIX, start_demo
    from ossshare.ui.batch.dialog import BatchDialog

    sb, credentials = start_demo()
    try:
        dialog = BatchDialog(
            None, client=sandbox_client(sb, credentials), account=sandbox_account(sb, credentials),
            region=sb.region, bucket=DEMO_BUCKET, prefix=MANY_PREFIX,
        )
        _open.append(dialog)
        dialog.open()
        with qtbot.waitSignal(dialog.linksReady, timeout=30000) as ready:
            dialog.make_button.click()
        assert ready.args == [MANY_COUNT]
        rows = dialog.links()
        assert [r.key for r in rows] == [f"{MANY_PREFIX}app-{i:05d}.log" for i in range(1, MANY_COUNT + 1)]
        assert len({r.result.expiration for r in rows}) == 1
        with requests.Session() as http:
            for row in rows[:: MANY_COUNT // 60]:  # 60 across the range
                reply = http.get(row.result.url, timeout=10)
                assert reply.status_code == 200 and reply.content.startswith(b"line "), row.key
        dialog.close()
    finally:
        sb.stop()
