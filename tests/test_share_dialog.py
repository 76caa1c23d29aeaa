"""Share dialog behaviour: bad input marks its field and shows no link; expiry limits are
explained; the dialog works while (or without) versions loading; archive objects warn."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDateTime

from ossshare.core import Credentials
from ossshare.sandbox import Sandbox
from ossshare.ui.share.expiry_widget import ABSOLUTE, CUSTOM_DURATION
from ossshare.ui.share.field_marks import is_marked
from tests.test_share_support import BUCKET, close_dialog, open_dialog, sandbox_account, sandbox_client

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(qtbot: Any, sandbox: Sandbox, sandbox_credentials: Credentials) -> Any:
    dlg = open_dialog(qtbot, sandbox, sandbox_account(sandbox, sandbox_credentials), "hello.txt")
    yield dlg
    close_dialog(qtbot, dlg)


def _no_link(dialog: Any, widget: Any, rule_words: str) -> None:
    assert dialog.link_result() is None
    assert dialog.result_panel.link_text() == ""
    assert dialog.qr.code() is None
    assert is_marked(widget) and rule_words in widget.toolTip()
    error = dialog.result_panel.error.text()
    assert rule_words in error and dialog.result_panel.error.isVisibleTo(dialog)
    assert dialog.error().rule in error


def _link_back(dialog: Any, widget: Any) -> None:
    assert dialog.link_result() is not None and dialog.result_panel.link_text() == dialog.link_result().url
    assert not is_marked(widget) and not dialog.result_panel.error.isVisibleTo(dialog)


def _mode(dialog: Any, mode: str) -> None:
    dialog.expiry.preset.setCurrentIndex(dialog.expiry.preset.findData(mode))


def test_default_is_fifteen_minutes(dialog: Any) -> None:
    result = dialog.link_result()
    assert "x-oss-expires=900&" in result.url
    assert (
        "Expires in 14 min" in dialog.expiry.countdown.text() or "Expires in 15 min" in dialog.expiry.countdown.text()
    )
    assert "UTC" in dialog.expiry.effective.text()
    assert "7 days" in dialog.expiry.effective.toolTip()  # the plain rule is not spelled out...
    assert not dialog.expiry.limit_note.isVisibleTo(dialog)  # ...where room is short


def test_custom_duration_beyond_seven_days(dialog: Any) -> None:
    _mode(dialog, CUSTOM_DURATION)
    dialog.expiry.duration.setText("8d")
    _no_link(dialog, dialog.expiry.duration, "at most 7 days")
    dialog.expiry.duration.setText("6d23h")
    _link_back(dialog, dialog.expiry.duration)
    assert f"x-oss-expires={6 * 86400 + 23 * 3600}&" in dialog.link_result().url


def test_unreadable_duration(dialog: Any) -> None:
    _mode(dialog, CUSTOM_DURATION)
    dialog.expiry.duration.setText("soon")
    _no_link(dialog, dialog.expiry.duration, "is not a duration")


def test_absolute_date_beyond_the_cap_and_in_the_past(dialog: Any) -> None:
    _mode(dialog, ABSOLUTE)
    now = QDateTime.currentDateTime()
    dialog.expiry.instant.setDateTime(now.addDays(9))
    _no_link(dialog, dialog.expiry.instant, "at most 7 days")
    dialog.expiry.instant.setDateTime(now.addSecs(-3600))
    _no_link(dialog, dialog.expiry.instant, "already have expired")
    dialog.expiry.instant.setDateTime(now.addSecs(3 * 3600))
    _link_back(dialog, dialog.expiry.instant)
    expected = datetime.fromtimestamp(dialog.expiry.instant.dateTime().toSecsSinceEpoch(), UTC)
    assert dialog.link_result().expiration == expected


@pytest.mark.parametrize(
    ("name", "value", "rule"),
    [
        ("x-oss-bad name", "v", "a header name may only hold"),
        ("x-oss-meta-a", "line1\r\nline2", "must not contain line breaks"),
        ("x-oss-meta-b", "tab\nnewline", "must not contain line breaks"),
        ("Authorization", "x", "only x-oss-* request headers"),
        ("x-oss-meta-c", "", "needs a value"),
        ("x-oss-meta-d", "café", "plain ASCII"),  # curl sends UTF-8, requests Latin-1: one of them fails
    ],
)
def test_bad_header_marks_its_row(dialog: Any, name: str, value: str, rule: str) -> None:
    row = dialog.headers.add_header(name, value)
    _no_link(dialog, dialog.headers.table, rule)
    # No link, so no expiry counting down beside it.
    assert dialog.expiry.countdown.text() == "" and dialog.expiry.effective.text() == "—"
    assert rule in dialog.headers.table.item(row, 0).toolTip()
    dialog.headers.set_header(row, "x-oss-meta-fixed", "ok")
    _link_back(dialog, dialog.headers.table)
    assert dialog.expiry.countdown.text().startswith("Expires in")
    assert dict(dialog.link_result().signed_headers) == {"x-oss-meta-fixed": "ok"}
    assert dialog.result_panel.header_warning.isVisibleTo(dialog)
    assert "curl" in dialog.result_panel.header_warning.text()
    assert "phone cannot send" in dialog.qr.warning.text()


def test_traffic_limit_below_the_minimum(dialog: Any) -> None:
    dialog.overrides.traffic_limit.setValue(50)
    _no_link(dialog, dialog.overrides.traffic_limit, "between 819,200 and")
    dialog.overrides.traffic_limit.setValue(100)
    _link_back(dialog, dialog.overrides.traffic_limit)
    assert "x-oss-traffic-limit=819200&" in dialog.link_result().url


def test_sts_token_caps_the_expiry(qtbot: Any, sandbox: Sandbox, sts_sandbox_credentials: Credentials) -> None:
    token_end = datetime.now(UTC).replace(microsecond=0) + timedelta(hours=1)
    account = sandbox_account(sandbox, sts_sandbox_credentials, token_expiration=token_end)
    dialog = open_dialog(qtbot, sandbox, account, "hello.txt")
    assert "STS token expires" in dialog.expiry.limit_note.text()
    dialog.expiry.preset.setCurrentIndex(3)  # 1 day
    assert dialog.link_result().expiration == token_end
    assert "Capped at" in dialog.expiry.limit_note.text() and "STS token" in dialog.expiry.limit_note.text()
    close_dialog(qtbot, dialog)


def test_v1_has_no_seven_day_cap_and_says_so(dialog: Any) -> None:
    dialog.signature.setCurrentIndex(dialog.signature.findData(1))
    _mode(dialog, CUSTOM_DURATION)
    dialog.expiry.duration.setText("30d")
    result = dialog.link_result()
    assert result is not None and "Expires=" in result.url
    assert "no 7-day limit" in dialog.expiry.limit_note.text()
    dialog.signature.setCurrentIndex(dialog.signature.findData(4))
    _no_link(dialog, dialog.expiry.duration, "at most 7 days")


def test_profile_default_expiry(qtbot: Any, sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    account = sandbox_account(sandbox, sandbox_credentials, default_expires_seconds=3600)
    dialog = open_dialog(qtbot, sandbox, account, "hello.txt", client=None)
    assert "x-oss-expires=3600&" in dialog.link_result().url
    assert dialog.expiry.preset.currentText() == "1 hour"
    close_dialog(qtbot, dialog)
    odd = sandbox_account(sandbox, sandbox_credentials, default_expires_seconds=5400)
    dialog = open_dialog(qtbot, sandbox, odd, "hello.txt", client=None)
    assert "x-oss-expires=5400&" in dialog.link_result().url
    assert dialog.expiry.preset.currentText().startswith("Profile default")
    close_dialog(qtbot, dialog)


def test_link_shown_before_versions_arrive_and_when_they_fail(
    qtbot: Any, sandbox: Sandbox, sandbox_credentials: Credentials
) -> None:
    from ossshare.ui.share.dialog import ShareDialog

    account = sandbox_account(sandbox, sandbox_credentials)
    client = sandbox_client(sandbox, sandbox_credentials)
    sandbox.stop()  # every look-up fails now
    dialog = ShareDialog(None, client=client, account=account, region=sandbox.region, bucket=BUCKET, key="hello.txt")
    assert dialog.link_result() is not None  # before any reply
    assert dialog.version.status.text() == "Loading versions…"
    outcomes: list[bool] = []
    dialog.versions_loaded.connect(outcomes.append)
    dialog.head_loaded.connect(outcomes.append)
    with qtbot.waitSignals([dialog.versions_loaded, dialog.head_loaded], timeout=20000):
        dialog.open()
    assert outcomes == [False, False]
    assert dialog.version.status.text() == "Versions unavailable" and dialog.version.status.toolTip()
    assert dialog.link_result() is not None and dialog.version.version_id() is None
    close_dialog(qtbot, dialog)


def test_archive_object_warns(qtbot: Any, sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    sandbox.put_object(BUCKET, "cold.bin", b"frozen", storage_class="Archive")
    dialog = open_dialog(qtbot, sandbox, sandbox_account(sandbox, sandbox_credentials), "cold.bin")
    assert dialog.head.needs_restore
    assert dialog.object_warning.isVisibleTo(dialog) and "not restored" in dialog.object_warning.text()
    close_dialog(qtbot, dialog)


def test_restored_archive_object_does_not_warn(qtbot: Any, sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    sandbox.put_object(BUCKET, "thawed.bin", b"warm", storage_class="Archive", restore="restored")
    dialog = open_dialog(qtbot, sandbox, sandbox_account(sandbox, sandbox_credentials), "thawed.bin")
    assert not dialog.object_warning.isVisibleTo(dialog)
    close_dialog(qtbot, dialog)


def test_countdown_runs_down_to_expired(qtbot: Any, sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    start = datetime.now(UTC)
    offset = [timedelta(0)]

    def clock() -> datetime:
        return start + offset[0]

    dialog = open_dialog(
        qtbot, sandbox, sandbox_account(sandbox, sandbox_credentials), "hello.txt", client=None, clock=clock
    )
    assert dialog.expiry.countdown.text() == "Expires in 15 min 0 s"
    offset[0] = timedelta(minutes=10, seconds=30)
    qtbot.waitUntil(lambda: dialog.expiry.countdown.text() == "Expires in 4 min 30 s", timeout=5000)
    offset[0] = timedelta(minutes=16)
    with qtbot.waitSignal(dialog.expiry.expired, timeout=5000):
        pass
    assert dialog.expiry.countdown.text().startswith("Expired")
    # The dead link is no longer offered: nothing to copy, scan or test until Renew.
    assert dialog.link_result() is None and dialog.result_panel.link_text() == ""
    assert dialog.qr.code() is None and not dialog.copy_link()
    assert "expired" in dialog.result_panel.error.text() and not dialog.tester.button.isEnabled()
    dialog.renew_button.click()  # signs again from "now"
    assert dialog.link_result().expiration == start + timedelta(minutes=31)
    assert dialog.expiry.countdown.text() == "Expires in 15 min 0 s"
    close_dialog(qtbot, dialog)


def test_closing_before_the_replies_arrive(qtbot: Any, sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    """Replies for a dialog that is already gone are dropped without touching it."""
    account = sandbox_account(sandbox, sandbox_credentials)
    for _ in range(5):
        dialog = open_dialog(qtbot, sandbox, account, "hello.txt", wait=False)
        dialog.tester.start()
        close_dialog(qtbot, dialog)


def test_switching_to_a_date_starts_from_the_expiry_in_force(dialog: Any) -> None:
    dialog.expiry.preset.setCurrentIndex(2)  # 8 hours
    before = dialog.link_result().expiration
    _mode(dialog, ABSOLUTE)
    after = dialog.link_result().expiration
    assert timedelta(0) < after - before <= timedelta(seconds=60)
    assert after.second == 0


def test_deleted_object_warns_that_latest_is_a_delete_marker(
    qtbot: Any, sandbox: Sandbox, sandbox_credentials: Credentials
) -> None:
    sandbox.put_object(BUCKET, "gone.txt", b"was here")
    sandbox.delete_object(BUCKET, "gone.txt")
    dialog = open_dialog(qtbot, sandbox, sandbox_account(sandbox, sandbox_credentials), "gone.txt")
    assert dialog.version.version_id() is None
    assert dialog.object_warning.isVisibleTo(dialog) and "delete marker" in dialog.object_warning.text()
    older = dialog.version.combo.itemData(2)  # the version before the marker
    assert dialog.version.select(older)
    assert not dialog.object_warning.isVisibleTo(dialog)
    close_dialog(qtbot, dialog)


def test_v1_duration_past_the_calendar_marks_the_field_and_drops_the_link(dialog: Any) -> None:
    """A huge V1 duration overflowed the date arithmetic: the slot raised and the earlier link
    stayed on screen next to a field that no longer matched it."""
    dialog.signature.setCurrentIndex(dialog.signature.findData(1))
    _mode(dialog, CUSTOM_DURATION)
    dialog.expiry.duration.setText("30d")
    assert dialog.link_result() is not None
    dialog.expiry.duration.setText("99999999d")
    _no_link(dialog, dialog.expiry.duration, "too far in the future")


def test_switching_to_a_date_from_seven_days_stays_within_the_cap(dialog: Any) -> None:
    """Rounding the expiry in force up to the next minute went past the 7-day limit, so choosing
    "Date and time…" after "7 days" showed an error straight away."""
    dialog.expiry.preset.setCurrentIndex(4)  # 7 days
    before = dialog.link_result().expiration
    _mode(dialog, ABSOLUTE)
    result = dialog.link_result()
    assert result is not None, dialog.error()
    assert timedelta(0) <= before - result.expiration < timedelta(seconds=60) and result.expiration.second == 0
