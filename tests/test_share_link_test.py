"""Test link, from the dialog, against the sandbox: OK for a good link, and the right reason
when it has expired, needs a restore, or is missing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from ossshare.core import Credentials
from ossshare.sandbox import Sandbox
from ossshare.services.link_check import LinkOutcome
from tests.test_share_support import BUCKET, close_dialog, open_dialog, sandbox_account

pytestmark = pytest.mark.gui


def _test(qtbot: Any, dialog: Any) -> Any:
    with qtbot.waitSignal(dialog.tester.finished, timeout=20000) as blocker:
        dialog.tester.button.click()
    return blocker.args[0]


def test_good_link_is_ok(qtbot: Any, sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    dialog = open_dialog(qtbot, sandbox, sandbox_account(sandbox, sandbox_credentials), "hello.txt")
    check = _test(qtbot, dialog)
    assert check.ok and check.outcome is LinkOutcome.OK and check.status == 206
    assert dialog.tester.status.text() == "OK — the link works (HTTP 206)."
    close_dialog(qtbot, dialog)


def test_link_with_signed_headers_is_ok(qtbot: Any, sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    dialog = open_dialog(qtbot, sandbox, sandbox_account(sandbox, sandbox_credentials), "hello.txt")
    dialog.headers.request_payer.setChecked(True)
    dialog.headers.range_behavior.setCurrentIndex(1)
    assert _test(qtbot, dialog).ok
    # The test sent the headers; a plain "OK" would suggest the bare link works in a browser.
    status = dialog.tester.status.text()
    assert status.startswith("OK") and "Only with its signed headers" in status
    close_dialog(qtbot, dialog)


@pytest.mark.parametrize("signature", [4, 1])
def test_expired_link_says_expired(
    qtbot: Any, sandbox: Sandbox, sandbox_credentials: Credentials, signature: int
) -> None:
    # Signed an hour ago for 15 minutes: the sandbox, on the real clock, finds it expired.
    def an_hour_ago() -> datetime:
        return datetime.now(UTC) - timedelta(hours=1)

    account = sandbox_account(sandbox, sandbox_credentials)
    dialog = open_dialog(qtbot, sandbox, account, "hello.txt", clock=an_hour_ago)
    dialog.signature.setCurrentIndex(dialog.signature.findData(signature))
    check = _test(qtbot, dialog)
    assert not check.ok and check.outcome is LinkOutcome.EXPIRED
    assert (check.status, check.code) == (403, "AccessDenied")
    assert dialog.tester.status.text().startswith("Expired")
    assert "AccessDenied" in dialog.tester.status.text()
    close_dialog(qtbot, dialog)


def test_archive_object_not_restored(qtbot: Any, sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    sandbox.put_object(BUCKET, "cold.bin", b"frozen", storage_class="ColdArchive")
    dialog = open_dialog(qtbot, sandbox, sandbox_account(sandbox, sandbox_credentials), "cold.bin")
    check = _test(qtbot, dialog)
    assert check.outcome is LinkOutcome.NOT_RESTORED and check.code == "InvalidObjectState"
    assert "not restored" in dialog.tester.status.text()
    close_dialog(qtbot, dialog)


def test_revoked_key_is_access_problem(qtbot: Any, sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    dialog = open_dialog(qtbot, sandbox, sandbox_account(sandbox, sandbox_credentials), "hello.txt")
    sandbox.set_credentials([Credentials("LTAIsomeoneElse", "OtherSecret0123456789")])
    check = _test(qtbot, dialog)
    assert not check.ok and check.status == 403 and check.code
    assert "OSS says" in dialog.tester.status.text()
    close_dialog(qtbot, dialog)


def test_changing_the_link_forgets_a_pending_test(
    qtbot: Any, sandbox: Sandbox, sandbox_credentials: Credentials
) -> None:
    dialog = open_dialog(qtbot, sandbox, sandbox_account(sandbox, sandbox_credentials), "hello.txt")
    seen: list[Any] = []
    dialog.tester.finished.connect(seen.append)
    dialog.tester.start()
    dialog.expiry.preset.setCurrentIndex(1)  # a new link: the old answer is not about it
    assert dialog.tester.status.text() == ""
    close_dialog(qtbot, dialog)
    assert seen == []


def test_unknown_access_key_is_a_credentials_problem_not_access_denied(
    qtbot: Any, sandbox: Sandbox, sandbox_credentials: Credentials
) -> None:
    dialog = open_dialog(qtbot, sandbox, sandbox_account(sandbox, sandbox_credentials), "hello.txt")
    sandbox.set_credentials([Credentials("LTAIsomeoneElse", "OtherSecret0123456789")])
    check = _test(qtbot, dialog)
    assert check.outcome is LinkOutcome.CREDENTIALS and check.code == "InvalidAccessKeyId"
    status = dialog.tester.status.text()
    assert status.startswith("Credentials refused") and "Access denied" not in status
    close_dialog(qtbot, dialog)


def test_rejected_sts_token_is_a_credentials_problem(qtbot: Any, sandbox: Sandbox) -> None:
    signer = Credentials("STS.NTokenKeyId", "TokenSecret0123456789abcdef", "CAIStoken-the-server-forgot")
    sandbox.set_credentials([Credentials("STS.NTokenKeyId", "TokenSecret0123456789abcdef", "CAISanother-token")])
    dialog = open_dialog(qtbot, sandbox, sandbox_account(sandbox, signer), "hello.txt", client=None)
    check = _test(qtbot, dialog)
    assert check.outcome is LinkOutcome.CREDENTIALS and check.code == "InvalidSecurityToken"
    close_dialog(qtbot, dialog)


@pytest.mark.parametrize(
    ("server_offset", "words"), [(timedelta(hours=-1), "ahead of"), (timedelta(hours=1), "behind")]
)
def test_clock_far_off_is_named_as_the_cause(
    qtbot: Any, tmp_path: Any, sandbox_credentials: Credentials, server_offset: timedelta, words: str
) -> None:
    """A computer clock an hour fast makes links OSS finds 'not yet valid'; an hour slow, links
    that arrive expired. Either way a new link fails the same way: the test says it is the clock."""

    def server_now() -> datetime:
        return datetime.now(UTC) + server_offset

    with Sandbox(None, sandbox_credentials, now=server_now) as server:
        server.create_bucket(BUCKET)
        server.put_object(BUCKET, "hello.txt", b"hello")
        dialog = open_dialog(qtbot, server, sandbox_account(server, sandbox_credentials), "hello.txt", client=None)
        check = _test(qtbot, dialog)
        assert check.outcome is LinkOutcome.CLOCK and check.code == "AccessDenied"
        assert abs(abs(check.clock_skew) - 3600) < 120
        status = dialog.tester.status.text()
        assert status.startswith("Clock off (HTTP 403)") and f"60 min {words}" in status
        close_dialog(qtbot, dialog)


def test_header_value_with_surrounding_blanks_is_signed_trimmed(
    qtbot: Any, sandbox: Sandbox, sandbox_credentials: Credentials
) -> None:
    """HTTP drops blanks around a header value in transit (requests even refuses to send them),
    so a value signed with them could never match: the test reported a 'network error'."""
    dialog = open_dialog(qtbot, sandbox, sandbox_account(sandbox, sandbox_credentials), "hello.txt", client=None)
    dialog.headers.add_header("x-oss-meta-note", "  padded  ")
    assert dict(dialog.link_result().signed_headers) == {"x-oss-meta-note": "padded"}
    check = _test(qtbot, dialog)
    assert check.ok, check.message
    close_dialog(qtbot, dialog)
