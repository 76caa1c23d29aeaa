"""The "test link" request, against a tiny loopback server that answers as OSS does."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from ossshare.core import PresignResult
from ossshare.services.link_check import LinkOutcome, check_link

NOW = datetime.now(UTC)


def _error(code: str, message: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>{code}</Code><Message>{message}</Message>'
        "<RequestId>REQ1</RequestId></Error>"
    ).encode()


# path -> (status, body); every request is recorded for the header assertions.
ANSWERS: dict[str, tuple[int, bytes]] = {
    "/ok": (206, b"h"),
    "/full": (200, b"hello"),
    "/empty": (416, _error("InvalidRange", "The requested range cannot be satisfied")),
    "/expired": (403, _error("AccessDenied", "Request has expired.")),
    "/denied": (403, _error("AccessDenied", "You have no right to access this object because of bucket acl.")),
    "/archive": (403, _error("InvalidObjectState", "The operation is not valid for the object's state")),
    "/sig": (403, _error("SignatureDoesNotMatch", "The request signature we calculated does not match")),
    "/missing": (404, _error("NoSuchKey", "The specified key does not exist.")),
    "/teapot": (418, b"not xml"),
}


class _Handler(BaseHTTPRequestHandler):
    seen: list[dict[str, str]] = []

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        _Handler.seen.append({k.lower(): v for k, v in self.headers.items()})
        status, body = ANSWERS[self.path.split("?")[0]]
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("x-oss-request-id", "REQ1")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    _Handler.seen.clear()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
    thread.join()


def _link(base: str, path: str, headers: dict[str, str] | None = None, expires_in: float = 900) -> PresignResult:
    return PresignResult(
        method="GET",
        url=f"{base}{path}?x-oss-signature=abc",
        expiration=NOW + timedelta(seconds=expires_in),
        signed_headers=headers or {},
    )


@pytest.mark.parametrize("path", ["/ok", "/full", "/empty"])
def test_reachable_object_is_ok(server: str, path: str) -> None:
    check = check_link(_link(server, path))
    assert check.ok and check.outcome is LinkOutcome.OK


def test_sends_range_and_only_the_signed_headers(server: str, tmp_path, monkeypatch) -> None:
    # A ~/.netrc entry for the host must not turn into credentials on the request.
    (tmp_path / ".netrc").write_text("machine 127.0.0.1 login me password secret\n")
    monkeypatch.setenv("NETRC", str(tmp_path / ".netrc"))
    check_link(_link(server, "/ok", {"x-oss-range-behavior": "standard"}))
    sent = _Handler.seen[-1]
    assert sent["range"] == "bytes=0-0"
    assert sent["x-oss-range-behavior"] == "standard"
    assert "authorization" not in sent


@pytest.mark.parametrize(
    ("path", "outcome", "code"),
    [
        ("/expired", LinkOutcome.EXPIRED, "AccessDenied"),
        ("/denied", LinkOutcome.ACCESS_DENIED, "AccessDenied"),
        ("/archive", LinkOutcome.NOT_RESTORED, "InvalidObjectState"),
        ("/sig", LinkOutcome.SIGNATURE_MISMATCH, "SignatureDoesNotMatch"),
        ("/missing", LinkOutcome.NOT_FOUND, "NoSuchKey"),
        ("/teapot", LinkOutcome.OTHER, ""),
    ],
)
def test_failures_are_explained(server: str, path: str, outcome: LinkOutcome, code: str) -> None:
    check = check_link(_link(server, path))
    assert not check.ok
    assert (check.outcome, check.code, check.status) == (outcome, code, ANSWERS[path][0])
    assert check.message
    if code:
        assert check.oss_message and check.request_id == "REQ1"


def test_denied_after_the_local_expiry_reads_as_expired(server: str) -> None:
    check = check_link(_link(server, "/denied", expires_in=-60))
    assert check.outcome is LinkOutcome.EXPIRED


def test_network_error_is_reported_not_raised() -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # bound but not listening: the connection is refused
        check = check_link(_link(f"http://127.0.0.1:{port}", "/x"), timeout=5)
    assert not check.ok and check.outcome is LinkOutcome.NETWORK and check.status is None
    assert "x-oss-signature" not in check.message
