"""What the client puts on the wire, seen by a loopback server that records raw requests and
answers from a script: the exact path and query bytes, the signature headers, retries with
the injected sleep, and replies the sandbox does not make (HEAD errors in x-oss-err, a
server ignoring Range, redirects)."""

from __future__ import annotations

import base64
import contextlib
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import quote

import pytest
import requests

from ossshare.core import Credentials, resolve_endpoint
from ossshare.core.signing_v4 import canonical_uri
from ossshare.oss.client import OssClient
from ossshare.oss.errors import NetworkError, OssError, ResponseError

NOW = datetime(2026, 11, 28, 12, 0, 0, tzinfo=UTC)
CREDS = Credentials("LTAI5tTestKeyId", "test-secret-value", "sts-token-value")


@dataclass
class Scripted:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    stall: float = 0.0  # seconds between the headers and the body


@dataclass
class Recorder:
    replies: list[Scripted] = field(default_factory=list)
    requests: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)  # method, raw target, headers


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    recorder: Recorder

    def _answer(self) -> None:
        rec = self.server.recorder  # type: ignore[attr-defined]
        rec.requests.append((self.command, self.path, {k.lower(): v for k, v in self.headers.items()}))
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        reply = rec.replies.pop(0) if rec.replies else Scripted()
        self.send_response_only(reply.status)  # no automatic Date: the script sets it
        headers = {"Date": format_datetime(NOW, usegmt=True), **reply.headers}
        headers.setdefault("Content-Length", str(len(reply.body)))
        for k, v in headers.items():
            self.send_header(k, v)
        self.end_headers()
        if reply.stall:
            self.wfile.flush()
            time.sleep(reply.stall)
        if self.command != "HEAD":
            with contextlib.suppress(OSError):  # the client gave up waiting
                self.wfile.write(reply.body)

    do_GET = do_PUT = do_HEAD = _answer

    def log_message(self, format: str, *args: object) -> None:  # keep test output clean
        pass


@pytest.fixture
def server() -> Iterator[tuple[Recorder, str]]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.recorder = Recorder()  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield httpd.recorder, f"http://127.0.0.1:{httpd.server_address[1]}"  # type: ignore[attr-defined]
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


def client_for(url: str, sleeps: list[float] | None = None, **kw: object) -> OssClient:
    kw.setdefault("timeout", (2.0, 5.0))
    return OssClient(
        CREDS,
        "cn-hangzhou",
        resolve_endpoint("cn-hangzhou", url),
        now=lambda: NOW,
        sleep=(sleeps.append if sleeps is not None else lambda s: None),
        **kw,  # type: ignore[arg-type]
    )


EMPTY_PAGE = b"<ListBucketResult><EncodingType>url</EncodingType><IsTruncated>false</IsTruncated></ListBucketResult>"
TRICKY_KEY = "dir/a+b %25 c?d#e&f=g~h/日本語 ü.txt"


def test_path_is_sent_exactly_as_signed(server: tuple[Recorder, str]) -> None:
    rec, url = server
    rec.replies.append(
        Scripted(200, b"x", {"Content-Type": "text/plain", "Last-Modified": "Sat, 28 Nov 2026 11:00:00 GMT"})
    )
    with client_for(url) as c:
        c.head_object("bucket-a", TRICKY_KEY, version_id="v+1 /=")
    method, target, headers = rec.requests[0]
    assert method == "HEAD"
    # The path is the canonical URI the signature covers, byte for byte: nothing re-quoted.
    assert target == canonical_uri("bucket-a", TRICKY_KEY) + "?versionId=v%2B1%20%2F%3D"
    assert target.startswith("/bucket-a/dir/a%2Bb%20%2525%20c%3Fd%23e%26f%3Dg~h/%E6%97%A5")
    assert headers["authorization"].startswith(
        "OSS4-HMAC-SHA256 Credential=LTAI5tTestKeyId/20261128/cn-hangzhou/oss/aliyun_v4_request,"
    )
    assert headers["x-oss-date"] == "20261128T120000Z"
    assert headers["x-oss-content-sha256"] == "UNSIGNED-PAYLOAD"
    assert headers["x-oss-security-token"] == "sts-token-value"


def test_listing_query(server: tuple[Recorder, str]) -> None:
    rec, url = server
    rec.replies.append(Scripted(200, EMPTY_PAGE))
    with client_for(url) as c:
        c.list_objects(
            "bucket-a", prefix="a b+", delimiter="/", max_keys=7, continuation_token="t/=", start_after="a b+0"
        )
    assert rec.requests[0][1] == (
        "/bucket-a/?list-type=2&prefix=a%20b%2B&delimiter=%2F&max-keys=7"
        "&continuation-token=t%2F%3D&start-after=a%20b%2B0&encoding-type=url"
    )


def test_5xx_is_retried_with_growing_backoff_then_succeeds(server: tuple[Recorder, str]) -> None:
    rec, url = server
    err = b"<Error><Code>ServiceUnavailable</Code><Message>busy</Message><RequestId>R1</RequestId></Error>"
    rec.replies += [Scripted(503, err), Scripted(502, b""), Scripted(200, EMPTY_PAGE)]
    sleeps: list[float] = []
    with client_for(url, sleeps, retries=3, backoff_base=0.01, backoff_max=1.0) as c:
        page = c.list_objects("bucket-a")
    assert page.objects == () and len(rec.requests) == 3
    assert len(sleeps) == 2 and 0 <= sleeps[0] <= 0.01 and 0 <= sleeps[1] <= 0.02


def test_5xx_exhausted_raises_the_last_oss_error(server: tuple[Recorder, str]) -> None:
    rec, url = server
    err = b"<Error><Code>InternalError</Code><Message>oops</Message><RequestId>R9</RequestId></Error>"
    rec.replies += [Scripted(500, err)] * 3
    sleeps: list[float] = []
    with client_for(url, sleeps, retries=2) as c, pytest.raises(OssError) as info:
        c.list_objects("bucket-a")
    assert (info.value.code, info.value.status, info.value.request_id) == ("InternalError", 500, "R9")
    assert len(rec.requests) == 3 and len(sleeps) == 2


def test_4xx_is_not_retried(server: tuple[Recorder, str]) -> None:
    rec, url = server
    err = b"<Error><Code>AccessDenied</Code><Message>no</Message><RequestId>R2</RequestId></Error>"
    rec.replies.append(Scripted(403, err, {"x-oss-ec": "0003-00000001"}))
    with client_for(url) as c, pytest.raises(OssError) as info:
        c.list_objects("bucket-a")
    assert info.value.title == "Access denied" and info.value.ec == "0003-00000001"
    assert len(rec.requests) == 1


def test_put_is_not_retried_and_returns_the_version(server: tuple[Recorder, str]) -> None:
    rec, url = server
    rec.replies.append(Scripted(503, b""))
    with client_for(url, retries=3) as c:
        with pytest.raises(OssError):
            c.put_object("bucket-a", "k", b"data")
        assert len(rec.requests) == 1
        rec.replies.append(Scripted(200, b"", {"x-oss-version-id": "V1"}))
        assert c.put_object("bucket-a", "k", b"data", content_type="text/plain") == "V1"
    headers = rec.requests[1][2]
    assert headers["content-type"] == "text/plain" and headers["content-length"] == "4"


def test_head_error_is_read_from_x_oss_err(server: tuple[Recorder, str]) -> None:
    rec, url = server
    doc = (
        b"<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message>"
        b"<RequestId>R3</RequestId></Error>"
    )
    rec.replies.append(Scripted(404, b"", {"x-oss-err": base64.b64encode(doc).decode(), "Content-Length": "0"}))
    with client_for(url) as c, pytest.raises(OssError) as info:
        c.head_object("bucket-a", "missing")
    assert (info.value.code, info.value.request_id, info.value.title) == ("NoSuchKey", "R3", "Object not found")


def test_head_error_without_body_falls_back_to_status(server: tuple[Recorder, str]) -> None:
    rec, url = server
    rec.replies.append(Scripted(404, b"", {"x-oss-request-id": "R4"}))
    with client_for(url) as c, pytest.raises(OssError) as info:
        c.head_object("bucket-a", "missing")
    assert (info.value.code, info.value.request_id) == ("NoSuchKey", "R4")


def test_redirect_is_an_error_not_followed(server: tuple[Recorder, str]) -> None:
    rec, url = server
    doc = (
        b"<Error><Code>PermanentRedirect</Code><Message>The bucket you are attempting to access must be "
        b"addressed using the specified endpoint.</Message><RequestId>R5</RequestId>"
        b"<Endpoint>oss-cn-shanghai.aliyuncs.com</Endpoint></Error>"
    )
    rec.replies.append(Scripted(301, doc, {"Location": "http://elsewhere.invalid/"}))
    with client_for(url) as c, pytest.raises(OssError) as info:
        c.list_objects("bucket-a")
    assert info.value.code == "PermanentRedirect" and len(rec.requests) == 1


def test_range_ignored_by_server_is_cut_locally(server: tuple[Recorder, str]) -> None:
    rec, url = server
    rec.replies.append(Scripted(200, b"0123456789"))
    with client_for(url) as c:
        assert c.get_object_range("bucket-a", "k", 2, 5) == b"2345"
    assert rec.requests[0][2]["range"] == "bytes=2-5"


def test_whole_object_sends_no_range(server: tuple[Recorder, str]) -> None:
    rec, url = server
    rec.replies.append(Scripted(200, b"all"))
    with client_for(url) as c:
        assert c.get_object_range("bucket-a", "k") == b"all"
    assert "range" not in rec.requests[0][2]


def test_clock_skew_from_date(server: tuple[Recorder, str]) -> None:
    rec, url = server
    later = format_datetime(NOW + timedelta(minutes=20), usegmt=True)
    rec.replies.append(Scripted(200, EMPTY_PAGE, {"Date": later}))
    with client_for(url) as c:
        assert c.clock_skew is None
        c.list_objects("bucket-a")
        assert c.clock_skew == timedelta(minutes=20)
        rec.replies.append(Scripted(200, EMPTY_PAGE, {"Date": "not a date"}))
        c.list_objects("bucket-a")
        assert c.clock_skew == timedelta(minutes=20)  # an unreadable Date leaves the last reading


def test_html_from_a_proxy_is_a_response_error(server: tuple[Recorder, str]) -> None:
    rec, url = server
    rec.replies.append(Scripted(200, b"<html><body>captive portal</body></html>"))
    with client_for(url) as c, pytest.raises(ResponseError, match="got <html>"):
        c.list_objects("bucket-a")


def test_stuck_marker_stops_the_iterator(server: tuple[Recorder, str]) -> None:
    rec, url = server
    page = (
        b"<ListBucketResult><EncodingType>url</EncodingType><IsTruncated>true</IsTruncated>"
        b"<NextContinuationToken>same</NextContinuationToken></ListBucketResult>"
    )
    rec.replies += [Scripted(200, page)] * 2
    with client_for(url) as c, pytest.raises(ResponseError, match="did not move"):
        list(c.iter_object_pages("bucket-a"))


def test_refused_connection_is_a_network_error() -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again before the client connects: nothing listens
    sleeps: list[float] = []
    with client_for(f"http://127.0.0.1:{port}", sleeps, retries=2) as c, pytest.raises(NetworkError) as info:
        c.list_buckets()
    assert info.value.message == f"Could not reach 127.0.0.1:{port}: the connection was refused"
    assert len(sleeps) == 2


def test_with_region_follows_the_region_host() -> None:
    c = OssClient(CREDS, "cn-hangzhou", resolve_endpoint("cn-hangzhou", internal=True))
    other = c.with_region("cn-shanghai")
    assert other.region == "cn-shanghai"
    assert other.endpoint.netloc == "oss-cn-shanghai-internal.aliyuncs.com"
    custom = OssClient(CREDS, "cn-hangzhou", resolve_endpoint("cn-hangzhou", "http://127.0.0.1:9"))
    assert custom.with_region("cn-beijing").endpoint == custom.endpoint
    # the twin shares the session and does not close it
    session = requests.Session()
    owner = OssClient(CREDS, "cn-hangzhou", custom.endpoint, session=session)
    owner.with_region("cn-beijing").close()
    assert owner._session is session
    c.close()
    custom.close()


def test_repr_holds_no_secret() -> None:
    c = OssClient(CREDS, "cn-hangzhou", resolve_endpoint("cn-hangzhou"))
    assert "test-secret-value" not in repr(c) and "sts-token-value" not in repr(c)
    c.close()


def test_bad_range_is_refused_before_sending() -> None:
    from ossshare.core import ValidationError

    c = OssClient(CREDS, "cn-hangzhou", resolve_endpoint("cn-hangzhou", "http://127.0.0.1:9"))
    with pytest.raises(ValidationError):
        c.get_object_range("bucket-a", "k", 5, 2)
    c.close()


def test_key_quoting_matches_canonical_uri() -> None:
    # The URL path and the signed canonical URI agree for the tricky key (same quoting rules).
    assert quote("bucket-a/" + TRICKY_KEY, safe="/") == canonical_uri("bucket-a", TRICKY_KEY)[1:]


def test_body_stalling_past_the_read_timeout(server: tuple[Recorder, str]) -> None:
    rec, url = server
    rec.replies += [Scripted(200, EMPTY_PAGE, stall=1.0)] * 2
    with client_for(url, retries=1, timeout=(2.0, 0.2)) as c, pytest.raises(NetworkError) as info:
        c.list_objects("bucket-a")
    assert info.value.message.endswith("timed out after 0.2 s")
    assert len(rec.requests) == 2


def test_unicode_metadata_is_decoded(server: tuple[Recorder, str]) -> None:
    rec, url = server
    raw = "年報 ü".encode().decode("latin-1")  # the bytes OSS sends, as http.client reads them
    rec.replies.append(
        Scripted(
            200, b"", {"Content-Length": "3", "Last-Modified": "Sat, 28 Nov 2026 11:00:00 GMT", "x-oss-meta-Title": raw}
        )
    )
    with client_for(url) as c:
        head = c.head_object("bucket-a", "k")
    assert head.metadata == {"title": "年報 ü"} and head.size == 3
