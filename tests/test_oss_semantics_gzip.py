"""OSS compresses text-like objects of 1 KB or more when a GET or HEAD accepts gzip, and its
answer then has no Content-Length, ETag or Accept-Ranges (help: "How do I compress objects
that I download from OSS in the GZIP format?", alibabacloud.com/help/faq-detail/39645.html).
`requests` offers gzip by default; the official SDK removes the header, and so must we, or
HeadObject on a 2 KB .txt loses its size and ETag."""

from __future__ import annotations

import alibabacloud_oss_v2 as oss

from ossshare.core import Credentials
from ossshare.sandbox import Sandbox
from tests.fixtures.sandbox import SANDBOX_BUCKET, SANDBOX_REGION, signed_request
from tests.test_client_sandbox import make_client

TEXT = ("line of text for compression\n" * 80).encode()  # 2,320 bytes


def _seed(sb: Sandbox) -> None:
    sb.put_object(SANDBOX_BUCKET, "big.txt", TEXT, content_type="text/plain")
    sb.put_object(SANDBOX_BUCKET, "small.txt", TEXT[:1000], content_type="text/plain")
    sb.put_object(SANDBOX_BUCKET, "big.bin", TEXT, content_type="application/octet-stream")


def test_sandbox_compresses_as_oss_does(sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    _seed(sandbox)
    gz = {"Accept-Encoding": "gzip"}
    head = signed_request(sandbox, sandbox_credentials, "HEAD", SANDBOX_BUCKET, "big.txt", headers=gz)
    assert head.status_code == 200 and head.headers["Content-Encoding"] == "gzip"
    assert not {"Content-Length", "ETag", "Accept-Ranges"} & set(head.headers)
    got = signed_request(sandbox, sandbox_credentials, "GET", SANDBOX_BUCKET, "big.txt", headers=gz)
    assert got.headers["Content-Encoding"] == "gzip" and got.content == TEXT  # requests inflates it
    for key in ("small.txt", "big.bin"):  # under 1 KB, or not a text type: sent as stored
        plain = signed_request(sandbox, sandbox_credentials, "HEAD", SANDBOX_BUCKET, key, headers=gz)
        assert "Content-Encoding" not in plain.headers and plain.headers["ETag"]
    ranged = signed_request(
        sandbox, sandbox_credentials, "GET", SANDBOX_BUCKET, "big.txt", headers={**gz, "Range": "bytes=0-3"}
    )
    assert ranged.status_code == 206 and ranged.content == TEXT[:4]
    identity = signed_request(
        sandbox, sandbox_credentials, "HEAD", SANDBOX_BUCKET, "big.txt", headers={"Accept-Encoding": "identity"}
    )
    assert identity.headers["Content-Length"] == str(len(TEXT)) and "Content-Encoding" not in identity.headers


def test_client_heads_and_reads_text_objects_whole(sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    _seed(sandbox)
    with make_client(sandbox, sandbox_credentials) as client:
        head = client.head_object(SANDBOX_BUCKET, "big.txt")
        assert head.size == len(TEXT) and head.etag.startswith('"')
        assert client.get_object_range(SANDBOX_BUCKET, "big.txt") == TEXT


def test_sdk_gets_the_same_head(sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    _seed(sandbox)
    cfg = oss.config.load_default()
    cfg.credentials_provider = oss.credentials.StaticCredentialsProvider(
        sandbox_credentials.access_key_id, sandbox_credentials.access_key_secret
    )
    cfg.region, cfg.endpoint, cfg.retry_max_attempts = SANDBOX_REGION, sandbox.endpoint, 1
    head = oss.Client(cfg).head_object(oss.HeadObjectRequest(bucket=SANDBOX_BUCKET, key="big.txt"))
    assert head.content_length == len(TEXT) and head.etag


def test_plain_requests_get_compressed_text(sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    # what a browser (which offers gzip) gets from a link: the same bytes, compressed on the wire
    _seed(sandbox)
    resp = signed_request(sandbox, sandbox_credentials, "GET", SANDBOX_BUCKET, "big.txt")
    assert resp.headers["Content-Encoding"] == "gzip" and resp.content == TEXT
