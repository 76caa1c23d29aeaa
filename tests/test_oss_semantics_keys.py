"""Keys with `.` and `..` path segments are ordinary OSS keys. HTTP libraries collapse such
segments (urllib3 and browsers turn `/a/../b` into `/b`), so a client that let them would
read or write the wrong object, or fail its signature. Our client sends the path exactly as
signed: these keys must round-trip and reach the server literally."""

from __future__ import annotations

import logging

import pytest

from ossshare.core import Credentials
from ossshare.oss.client import OssClient
from ossshare.sandbox import Sandbox
from tests.fixtures.sandbox import SANDBOX_BUCKET
from tests.test_client_sandbox import make_client

DOT_KEYS = ["dots/a/../b.txt", "dots/./c.txt", "dots/..", "dots/x/.", "dots/../../escape.txt", "dots//double.txt"]


@pytest.mark.parametrize("key", DOT_KEYS)
def test_dot_segment_keys_round_trip(sandbox: Sandbox, sandbox_credentials: Credentials, key: str) -> None:
    with make_client(sandbox, sandbox_credentials) as client:
        body = ("body of " + key).encode()
        client.put_object(SANDBOX_BUCKET, key, body)
        assert client.get_object_range(SANDBOX_BUCKET, key) == body
        assert client.head_object(SANDBOX_BUCKET, key).size == len(body)
        listed = [o.key for o in client.list_objects(SANDBOX_BUCKET, prefix=key, delimiter="").objects]
        assert listed[0] == key


def test_dot_segment_keys_are_distinct_objects(sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    with make_client(sandbox, sandbox_credentials) as client:
        client.put_object(SANDBOX_BUCKET, "dots/b.txt", b"plain")
        client.put_object(SANDBOX_BUCKET, "dots/a/../b.txt", b"dotted")
        assert client.get_object_range(SANDBOX_BUCKET, "dots/b.txt") == b"plain"
        assert client.get_object_range(SANDBOX_BUCKET, "dots/a/../b.txt") == b"dotted"
        keys = [
            o.key for p in client.iter_object_pages(SANDBOX_BUCKET, prefix="dots/", delimiter="") for o in p.objects
        ]
        assert keys == ["dots/a/../b.txt", "dots/b.txt"]


def test_the_path_reaches_the_server_unnormalised(
    sandbox: Sandbox, sandbox_credentials: Credentials, caplog: pytest.LogCaptureFixture
) -> None:
    client: OssClient
    with make_client(sandbox, sandbox_credentials) as client, caplog.at_level(logging.INFO, "ossshare.sandbox"):
        client.put_object(SANDBOX_BUCKET, "dots/../x.txt", b"1")
    assert any(f"/{SANDBOX_BUCKET}/dots/../x.txt" in r.getMessage() for r in caplog.records)
