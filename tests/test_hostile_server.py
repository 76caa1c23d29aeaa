"""The client against a hostile server (tests/fixtures/hostile_server.py): every mode ends
within the client's deadline, with bounded memory, in a clear error; server data with control
characters comes back as data. Memory is the tracemalloc peak of the call (the server runs
in this process too, so its allocations count against the bound as well)."""

from __future__ import annotations

import time
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
import requests

from ossshare.core import Credentials, ValidationError, resolve_endpoint
from ossshare.oss.client import OssClient
from ossshare.oss.errors import DeadlineExceeded, ListingLoop, OssError, ReplyTooLarge, UnaskedEncoding
from ossshare.oss.paging import MAX_EMPTY_PAGES
from ossshare.oss.transport import MAX_REPLY_BYTES
from tests.fixtures.hostile_server import (
    BOMB_INFLATED,
    CONTROL_KEYS,
    ERROR_FIELDS,
    OVERSIZE,
    HostileServer,
    gzip_bomb,
)

CREDS = Credentials("LTAI5tHostileTestKey", "HostileTestSecret0123456789")
MiB = 1024 * 1024


def client_for(server: HostileServer, **kw: Any) -> OssClient:
    kw.setdefault("timeout", (1.0, 2.0))
    kw.setdefault("deadline", 5.0)
    kw.setdefault("retries", 0)
    kw.setdefault("sleep", lambda s: None)
    return OssClient(CREDS, server.region, resolve_endpoint(server.region, server.endpoint), **kw)


@contextmanager
def measured() -> Iterator[dict[str, float]]:
    """Wall time and tracemalloc peak (bytes) of the block."""
    out: dict[str, float] = {}
    tracemalloc.start()
    start = time.monotonic()
    try:
        yield out
    finally:
        out["seconds"] = time.monotonic() - start
        out["peak"] = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()


def fails(call: Callable[[], object], error: type[Exception]) -> tuple[Exception, dict[str, float]]:
    with measured() as m, pytest.raises(error) as info:
        call()
    return info.value, m


def test_the_fixture_bomb_is_real() -> None:
    """1 MB on the wire, 1 GiB inflated (counted while inflating, never held)."""
    bomb = gzip_bomb()
    assert len(bomb) < 1.1 * MiB
    inflated, rest = 0, bomb
    while rest:  # one gzip member after another
        member = zlib.decompressobj(wbits=31)
        data = rest
        while not member.eof:
            inflated += len(member.decompress(data, MiB))
            data = member.unconsumed_tail
        rest = member.unused_data
    assert inflated == BOMB_INFLATED


def test_gzip_bomb_is_refused_not_inflated(hostile_server: HostileServer) -> None:
    hostile_server.set_mode("gzip_bomb")
    gzip_bomb()  # built before measuring: it is the server's, not the client's
    with client_for(hostile_server) as client:
        error, m = fails(client.list_buckets, UnaskedEncoding)
    assert error.title == "Unreadable reply from OSS"
    assert "compressed (gzip, HTTP 200)" in error.message and "asked for an uncompressed reply" in error.message
    assert m["peak"] < 4 * MiB and m["seconds"] < 5.0


def test_gzip_bomb_in_a_redirect_is_not_read_by_requests(hostile_server: HostileServer) -> None:
    hostile_server.set_mode("redirect_bomb")
    gzip_bomb()
    with client_for(hostile_server) as client:
        error, m = fails(lambda: client.list_objects("hostile-bucket"), UnaskedEncoding)
    assert "HTTP 301" in error.message
    assert m["peak"] < 4 * MiB


def test_an_object_stored_gzipped_comes_back_as_stored(hostile_server: HostileServer) -> None:
    # an object's own Content-Encoding is metadata: its bytes are returned, never inflated
    hostile_server.set_mode("gzip_bomb")
    bomb = gzip_bomb()
    with client_for(hostile_server) as client, measured() as m:
        data = client.get_object_range("hostile-bucket", "archive.gz")
    assert data == bomb
    assert m["peak"] < 4 * len(bomb)


def test_oversize_streamed_body_stops_at_the_cap(hostile_server: HostileServer) -> None:
    hostile_server.set_mode("oversize")  # chunked: no length to refuse it by
    with client_for(hostile_server) as client:
        error, m = fails(client.list_buckets, ReplyTooLarge)
    assert error.title == "Unreadable reply from OSS"
    assert "larger than 8 MiB" in error.message and "check that the endpoint is an OSS server" in error.message
    assert m["peak"] < 3 * MAX_REPLY_BYTES
    time.sleep(0.3)  # the server notices the client left
    sent = hostile_server.body_bytes
    assert sent < MAX_REPLY_BYTES + 32 * MiB < OVERSIZE  # the cap plus what socket buffers took
    time.sleep(0.3)
    assert hostile_server.body_bytes == sent


def test_declared_oversize_is_refused_before_reading(hostile_server: HostileServer) -> None:
    hostile_server.set_mode("oversize_declared")
    with client_for(hostile_server) as client:
        error, m = fails(client.list_buckets, ReplyTooLarge)
    assert m["peak"] < 1 * MiB  # not one block of the body was read
    assert error.cap == MAX_REPLY_BYTES  # type: ignore[attr-defined]


def test_an_open_ended_object_read_has_its_own_bound(hostile_server: HostileServer) -> None:
    hostile_server.set_mode("oversize")
    with client_for(hostile_server) as client:
        error, m = fails(lambda: client.get_object_range("hostile-bucket", "big", max_bytes=MiB), ReplyTooLarge)
    assert "larger than 1 MiB" in error.message
    assert m["peak"] < 4 * MiB


LISTINGS = pytest.mark.parametrize(
    "listing",
    [
        lambda c: c.iter_bucket_pages(),
        lambda c: c.iter_object_pages("hostile-bucket"),
        lambda c: c.iter_version_pages("hostile-bucket"),
    ],
    ids=["buckets", "objects", "versions"],
)


@LISTINGS
def test_cycling_markers_stop_the_listing(hostile_server: HostileServer, listing: Callable[[OssClient], Any]) -> None:
    hostile_server.set_mode("cycle")  # A, B, A, B...
    with client_for(hostile_server) as client:
        error, m = fails(lambda: list(listing(client)), ListingLoop)
    assert "after 3 pages the listing came back to a page marker it had already sent" in error.message
    assert error.title == "Unreadable reply from OSS"
    assert hostile_server.requests == 3 and m["seconds"] < 5.0


@LISTINGS
def test_endless_empty_pages_stop_the_listing(
    hostile_server: HostileServer, listing: Callable[[OssClient], Any]
) -> None:
    hostile_server.set_mode("empty_pages")  # a fresh marker every time, never an entry
    with client_for(hostile_server) as client:
        error, m = fails(lambda: list(listing(client)), ListingLoop)
    assert f"sent {MAX_EMPTY_PAGES} empty pages in a row without ending" in error.message
    assert hostile_server.requests == MAX_EMPTY_PAGES and m["peak"] < 4 * MiB


@pytest.mark.parametrize("mode", ["trickle", "trickle_headers"])
def test_a_trickle_ends_at_the_deadline(hostile_server: HostileServer, mode: str) -> None:
    hostile_server.set_mode(mode)
    hostile_server.trickle_interval = 0.1  # each read well within the 2 s read timeout
    with client_for(hostile_server, deadline=1.0) as client:
        error, m = fails(client.list_buckets, DeadlineExceeded)
    assert error.title == "Could not reach OSS"
    assert "no complete reply within 1 s" in error.message
    assert 1.0 <= m["seconds"] < 1.5
    assert hostile_server.body_bytes < 20  # one byte a tenth of a second


def test_retries_stay_within_the_deadline(hostile_server: HostileServer) -> None:
    hostile_server.set_mode("slow_5xx")  # 503 after 0.3 s, every time
    hostile_server.trickle_interval = 0.3
    with client_for(hostile_server, deadline=1.0, retries=20, sleep=time.sleep, backoff_base=0.05) as client:
        start = time.monotonic()
        with pytest.raises((OssError, DeadlineExceeded)):
            client.list_buckets()
        elapsed = time.monotonic() - start
    assert elapsed < 1.5  # not 21 attempts of 0.3 s
    assert 2 <= hostile_server.requests <= 4


def test_keys_with_control_characters_come_back_as_data(hostile_server: HostileServer) -> None:
    hostile_server.set_mode("control_keys")
    with client_for(hostile_server) as client:
        page = client.list_objects("hostile-bucket", delimiter="")
    assert tuple(o.key for o in page.objects) == CONTROL_KEYS


def test_control_characters_in_error_fields_come_back_as_data(hostile_server: HostileServer) -> None:
    hostile_server.set_mode("control_error")
    with client_for(hostile_server) as client, pytest.raises(OssError) as info:
        client.list_buckets()
    error = info.value
    assert error.status == 403
    assert error.code == ERROR_FIELDS["code"]
    assert error.oss_message == ERROR_FIELDS["message"]
    assert error.request_id == ERROR_FIELDS["request_id"]  # from the x-oss-request-id header
    assert error.ec == ERROR_FIELDS["ec"]  # from the x-oss-ec header


def test_esc_inside_an_error_document_leaves_the_status(hostile_server: HostileServer) -> None:
    # ESC may not appear in XML 1.0: the document is unreadable, the HTTP status still says enough
    hostile_server.set_mode("control_error_esc")
    with client_for(hostile_server) as client, pytest.raises(OssError) as info:
        client.list_buckets()
    assert (info.value.code, info.value.status) == ("AccessDenied", 403)
    assert "\x1b" not in info.value.message


@pytest.mark.parametrize("deadline", [0, -1.0, float("nan")])
def test_a_deadline_must_be_positive(hostile_server: HostileServer, deadline: float) -> None:
    with pytest.raises(ValidationError, match="deadline: must be more than zero seconds"):
        client_for(hostile_server, deadline=deadline)


def test_the_deadline_holds_through_an_http_proxy(
    hostile_server: HostileServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the proxy is the hostile server: it trickles the headers of the proxied reply
    hostile_server.set_mode("trickle_headers")
    hostile_server.trickle_interval = 0.1
    for name in ("NO_PROXY", "no_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", hostile_server.endpoint)
    endpoint = resolve_endpoint(hostile_server.region, http=True)  # oss-cn-hangzhou.aliyuncs.com
    with OssClient(CREDS, hostile_server.region, endpoint, timeout=(1.0, 2.0), deadline=1.0, retries=0) as client:
        error, m = fails(client.list_buckets, DeadlineExceeded)
    assert hostile_server.requests == 1 and m["seconds"] < 1.5


def test_a_session_passed_in_still_has_its_body_read_bounded_in_time(hostile_server: HostileServer) -> None:
    hostile_server.set_mode("trickle")
    hostile_server.trickle_interval = 0.1
    with requests.Session() as session, client_for(hostile_server, session=session, deadline=1.0) as client:
        error, m = fails(client.list_buckets, DeadlineExceeded)
    assert m["seconds"] < 1.5
