"""The Links window over the sandbox: filters, the live countdown, Copy again (the same end),
Renew, Forget, the object check (deleted, replaced) and a profile that cannot sign again."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.fixtures.qt import OFFSCREEN_NOISE

pytestmark = OFFSCREEN_NOISE
BUCKET = "test-bucket"


def record(w: Any, key: str, *, expires: timedelta = timedelta(hours=1), profile: str | None = "sandbox",
           etag: str | None = None, note: str | None = None, bucket: str = BUCKET) -> None:
    """A link as the window records it, made `expires` from now (negative: already expired)."""
    from ossshare.core import PresignRequest, SignatureVersion
    from ossshare.core.clock import utc_now
    from ossshare.services.ledger import Ledger, LinkSpec

    connection = w.connection
    spec = LinkSpec(
        PresignRequest(bucket=bucket, key=key), connection.region, connection.endpoint, SignatureVersion.V4,
        utc_now().replace(microsecond=0) + expires, profile,
    )
    with Ledger() as ledger, ledger.recorder(note=note) as recorder:
        recorder.add(spec, etag)


def open_links(w: Any, qtbot: Any) -> Any:
    qtbot.waitUntil(lambda: w.bucket == BUCKET and w.objects.complete)
    w.activateWindow()
    qtbot.keyClick(w.object_view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: w.link_history.links_window is not None)
    window = w.link_history.links_window
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window._load.busy)
    return window


def rows(window: Any) -> list[str]:
    m = window.model
    return [m.entry_at(r).spec.request.key for r in range(m.rowCount())]


def select(window: Any, key: str) -> None:
    keys = rows(window)
    window.table.selectRow(keys.index(key))


def act(window: Any, qtbot: Any, start: Any, kind: str) -> None:
    with qtbot.waitSignal(window.done, timeout=10000, check_params_cb=lambda k: k in (kind, "error")) as done:
        start()
    assert done.args == [kind], window.message.text()


def test_filters_countdown_and_model(browser, qtbot, qtmodeltester):
    w = browser
    record(w, "hello.txt", note="for Alice")
    record(w, "docs/readme.md")
    record(w, "space name.txt", expires=timedelta(seconds=-5))
    record(w, "other.txt", bucket="another-bucket")
    window = open_links(w, qtbot)
    qtmodeltester.check(window.model)
    assert sorted(rows(window)) == ["docs/readme.md", "hello.txt", "other.txt"]  # active, the default
    window.status.setCurrentIndex(window.status.findData("expired"))
    qtbot.waitUntil(lambda: rows(window) == ["space name.txt"])
    assert window.model.index(0, window.model.LEFT).data() == "Expired"
    window.status.setCurrentIndex(window.status.findData("all"))
    qtbot.waitUntil(lambda: len(rows(window)) == 4)
    window.bucket.setCurrentIndex(window.bucket.findData("another-bucket"))
    qtbot.waitUntil(lambda: rows(window) == ["other.txt"])
    window.bucket.setCurrentIndex(0)
    window.text.setText("alice")  # the note, any case
    qtbot.waitUntil(lambda: rows(window) == ["hello.txt"])
    window.text.setText("README")  # the key
    qtbot.waitUntil(lambda: rows(window) == ["docs/readme.md"])
    before = window.model.index(0, window.model.LEFT).data()
    assert before.endswith(" s") and "min" in before
    qtbot.waitUntil(lambda: window.model.index(0, window.model.LEFT).data() != before, timeout=3000)  # it counts down
    window.close()


def test_copy_again_ends_when_the_recorded_link_ends(browser, qtbot):
    from ossshare.services.ledger import Ledger

    w = browser
    record(w, "hello.txt", expires=timedelta(minutes=42))
    window = open_links(w, qtbot)
    select(window, "hello.txt")
    act(window, qtbot, window.copy_again, "copy")
    url = QApplication.clipboard().text()
    reply = requests.get(url, timeout=10)
    assert reply.status_code == 200 and reply.content == b"hello, sandbox\n"
    query = parse_qs(urlsplit(url).query)
    from datetime import UTC, datetime

    signed = datetime.strptime(query["x-oss-date"][0], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    with Ledger() as ledger:
        recorded = next(ledger.entries("all")).spec.expiration
    assert signed + timedelta(seconds=int(query["x-oss-expires"][0])) == recorded
    assert "Copied a link valid until" in window.message.text()
    # Ctrl+C in the table is Copy again too.
    QApplication.clipboard().clear()
    window.table.setFocus()
    with qtbot.waitSignal(window.done, timeout=10000):
        qtbot.keyClick(window.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text().startswith(url.split("?")[0])
    window.close()


def test_renew_makes_a_new_link_and_records_it(browser, qtbot):
    w = browser
    record(w, "hello.txt", expires=timedelta(minutes=5))
    window = open_links(w, qtbot)
    select(window, "hello.txt")
    window.renew_for.setCurrentIndex(window.renew_for.findData(8 * 3600))
    act(window, qtbot, window.renew, "renew")
    url = QApplication.clipboard().text()
    assert parse_qs(urlsplit(url).query)["x-oss-expires"] == [str(8 * 3600)]
    assert requests.get(url, timeout=10).status_code == 200
    qtbot.waitUntil(lambda: len(rows(window)) == 2)
    ends = sorted(window.model.entry_at(r).spec.expiration for r in range(2))
    assert ends[1] - ends[0] > timedelta(hours=7)


def test_forget_removes_the_selected_links(browser, qtbot):
    w = browser
    for key in ("hello.txt", "docs/readme.md", "space name.txt"):
        record(w, key)
    window = open_links(w, qtbot)
    select(window, "docs/readme.md")
    window.table.setFocus()
    with qtbot.waitSignal(window.done, timeout=10000):
        qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: sorted(rows(window)) == ["hello.txt", "space name.txt"])
    assert "keep working" in window.message.text()


@pytest.mark.parametrize("change", ["replaced", "deleted", "unchanged"])
def test_check_object_tells_deleted_and_replaced(browser, qtbot, sandbox, change):
    w = browser
    qtbot.waitUntil(lambda: w.bucket == BUCKET and w.objects.complete)
    entries = (w.objects.entry_at(r) for r in range(w.objects.rowCount()))
    etag = next(e.etag for e in entries if e is not None and e.key == "hello.txt")
    record(w, "hello.txt", etag=etag)
    if change == "replaced":
        sandbox.put_object(BUCKET, "hello.txt", b"new content\n")
    elif change == "deleted":
        sandbox.delete_object(BUCKET, "hello.txt")
    window = open_links(w, qtbot)
    select(window, "hello.txt")
    act(window, qtbot, window.check, "check")
    found = window.model.index(0, window.model.CHECK).data()
    expected = {"replaced": "Replaced", "deleted": "Deleted", "unchanged": "Unchanged"}[change]
    assert found.startswith(expected)
    assert found in window.details.text()


def test_a_profile_that_is_not_here_cannot_sign_again(browser, qtbot):
    w = browser
    record(w, "hello.txt", profile="demo")
    window = open_links(w, qtbot)
    select(window, "hello.txt")
    act(window, qtbot, window.copy_again, "error")
    assert "not available here" in window.message.text()
    assert "OSS cannot revoke a single presigned link" in " ".join(
        label.text() for label in window.findChildren(type(window.message))
    )


def test_the_sts_token_expiry_is_shown(qtbot, sandbox, sandbox_credentials):
    from PySide6.QtCore import QObject

    from ossshare.core.clock import utc_now
    from ossshare.ui.i18n import local_time
    from ossshare.ui.links.recording import LinkRecording
    from ossshare.ui.links.window import LinksWindow
    from tests.fixtures.qt import sandbox_connection

    class Holder:
        connection = sandbox_connection(sandbox, sandbox_credentials)

    record(Holder, "hello.txt", profile="sts-profile")
    token_end = utc_now() + timedelta(minutes=30)
    owner = QObject()
    window = LinksWindow(
        None, recording=LinkRecording(owner, enabled=lambda: True), connections=lambda: lambda profile: None,
        token_expiration=lambda profile: token_end if profile == "sts-profile" else None,
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: rows(window) == ["hello.txt"])
    select(window, "hello.txt")
    assert f"STS token that signs for this profile expires at {local_time(token_end)}" in window.details.text()
    later = token_end + timedelta(hours=2)  # past the link's end: it does not stop the link early
    window._token_expiration = lambda profile: later
    window._show_details()
    assert f"lasts longer than this link ({local_time(later)})" in window.details.text()
