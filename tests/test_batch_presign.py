"""The batch presigner gives exactly the links `presign` gives for the same instant, and its
links of the 3,000-object demo folder download from the sandbox."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ossshare.core import (
    Credentials,
    PresignRequest,
    SignatureVersion,
    ValidationError,
    presign,
    resolve_endpoint,
)
from ossshare.core.batch import BatchFailure, BatchPresigner
from ossshare.core.validation import check_key
from ossshare.oss.client import OssClient
from ossshare.sandbox import Sandbox
from ossshare.sandbox.demo import DEMO_BUCKET, DEMO_REGION, MANY_COUNT, MANY_PREFIX, start_demo
from tests.sdk_oracle import sdk_client, sdk_presign

NOW = dt.datetime(2026, 11, 28, 9, 30, 15, 250_000, tzinfo=dt.UTC)
PLAIN = Credentials("LTAI5tBatchKey", "batch/secret+=")
STS = Credentials("STS.NBatchKey", "batch-sts-secret", "token/+=0123456789")

ENDPOINTS = {
    "virtual": resolve_endpoint("cn-hangzhou"),
    "internal-http": resolve_endpoint("cn-shanghai", internal=True, http=True),
    "path-ip": resolve_endpoint("cn-hangzhou", endpoint="http://127.0.0.1:9000"),
    "cname": resolve_endpoint("cn-hangzhou", endpoint="files.example.com", cname=True),
}

texts = st.text(min_size=1, max_size=30)
options = st.fixed_dictionaries(
    {},
    optional={
        "method": st.sampled_from(["GET", "HEAD"]),
        "version_id": texts,
        "range_behavior": st.just("standard"),
        "request_payer": st.just("requester"),
        "traffic_limit": st.integers(min_value=819_200, max_value=838_860_800),
        "traffic_limit_in_query": st.booleans(),
        "headers": st.dictionaries(st.sampled_from(["x-oss-meta-a", "x-oss-meta-b"]), st.text("abc xyz", max_size=8)),
        "additional_headers": st.dictionaries(st.sampled_from(["range", "if-match"]), st.just("bytes=0-9"), max_size=2),
        "response_content_disposition": texts,
        "response_content_type": texts,
        "response_cache_control": texts,
        "process": st.just("image/resize,w_100"),
    },
)


def _single(template: PresignRequest, key: str, where: dict[str, Any]) -> object:
    try:
        return presign(replace(template, key=key), **where)
    except ValidationError as exc:
        return ("refused", exc.message)


def _batched(batch: BatchPresigner, key: str) -> object:
    try:
        return batch.sign(key)
    except ValidationError as exc:
        return ("refused", exc.message)


def _key_ok(key: str) -> bool:
    try:
        check_key(key)
    except ValidationError:
        return False
    return True


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    keys=st.lists(st.text(min_size=0, max_size=200), min_size=1, max_size=6),
    opts=options,
    creds=st.sampled_from([PLAIN, STS]),
    endpoint=st.sampled_from(sorted(ENDPOINTS)),
    seconds=st.integers(min_value=-5, max_value=700_000),
    version=st.sampled_from([SignatureVersion.V4, SignatureVersion.V1]),
)
def test_batch_links_equal_single_links(
    keys: list[str], opts: dict[str, Any], creds: Credentials, endpoint: str, seconds: int,
    version: SignatureVersion,
) -> None:
    template = PresignRequest("batch-bucket", "unused", **opts)
    where: dict[str, Any] = {
        "credentials": creds, "region": "cn-hangzhou", "endpoint": ENDPOINTS[endpoint], "now": NOW,
        "expires": dt.timedelta(seconds=seconds), "version": version,
    }
    singles = [_single(template, key, where) for key in keys]
    try:
        batch = BatchPresigner(template, **where)
    except ValidationError as exc:
        # Options OSS refuses are refused once, up front: every single link is refused too,
        # for the same reason whenever its key is fine.
        for key, single in zip(keys, singles, strict=True):
            assert isinstance(single, tuple)
            if _key_ok(key):
                assert single == ("refused", exc.message)
        return
    assert [_batched(batch, key) for key in keys] == singles
    failures = [r for r in batch.sign_all(keys) if isinstance(r, BatchFailure)]
    assert [("refused", f.reason) for f in failures] == [s for s in singles if isinstance(s, tuple)]


def test_batch_links_are_the_sdk_links() -> None:
    """The batch against the official SDK directly, not only through presign."""
    keys = ["a.txt", "年报/2026 Q4.pdf", "a//b?c#d&e=f ", "emoji/🎉.txt", "~tilde+plus%"]
    template = PresignRequest("batch-bucket", "unused", response_content_disposition='attachment; filename="x"')
    batch = BatchPresigner(
        template, credentials=STS, region="cn-hangzhou", endpoint=ENDPOINTS["virtual"], now=NOW,
        expires=dt.timedelta(hours=2),
    )
    client = sdk_client(key_id=STS.access_key_id, secret=STS.access_key_secret, token=STS.security_token)
    for key in keys:
        sdk = sdk_presign(client, replace(template, key=key), NOW, expires=dt.timedelta(hours=2))
        assert batch.sign(key).url == sdk.url


def test_refused_options_fail_before_any_key() -> None:
    with pytest.raises(ValidationError, match="7 days"):
        BatchPresigner(
            PresignRequest("batch-bucket", "k"), credentials=PLAIN, region="cn-hangzhou",
            endpoint=ENDPOINTS["virtual"], now=NOW, expires=dt.timedelta(days=8),
        )
    with pytest.raises(ValidationError, match="header"):
        BatchPresigner(
            PresignRequest("batch-bucket", "k", headers={"content-length": "1"}), credentials=PLAIN,
            region="cn-hangzhou", endpoint=ENDPOINTS["virtual"], now=NOW,
        )


def test_a_refused_key_does_not_stop_the_others() -> None:
    batch = BatchPresigner(
        PresignRequest("batch-bucket", "k"), credentials=PLAIN, region="cn-hangzhou",
        endpoint=ENDPOINTS["virtual"], now=NOW,
    )
    out = list(batch.sign_all(["ok-1", "/leading-slash", "", "x" * 1024, "ok-2"]))
    kinds = [type(r).__name__ for r in out]
    assert kinds == ["PresignResult", "BatchFailure", "BatchFailure", "BatchFailure", "PresignResult"]
    assert [r.key for r in out if isinstance(r, BatchFailure)] == ["/leading-slash", "", "x" * 1024]


# -- the demo folder, over loopback ---------------------------------------------------------


@pytest.fixture(scope="module")
def demo() -> Iterator[tuple[Sandbox, Credentials]]:
    sb, creds = start_demo()
    try:
        yield sb, creds
    finally:
        sb.stop()


def _demo_links(sb: Sandbox, creds: Credentials) -> list[tuple[str, str]]:
    endpoint = resolve_endpoint(DEMO_REGION, endpoint=sb.endpoint)
    with OssClient(creds, DEMO_REGION, endpoint) as client:
        keys = [o.key for page in client.iter_object_pages(DEMO_BUCKET, MANY_PREFIX, "") for o in page.objects]
    assert len(keys) == MANY_COUNT
    batch = BatchPresigner(
        PresignRequest(DEMO_BUCKET, "unused"), credentials=creds, region=DEMO_REGION, endpoint=endpoint,
        now=dt.datetime.now(dt.UTC), expires=dt.timedelta(minutes=10),
    )
    return [(key, batch.sign(key).url) for key in keys]


def _expected_body(key: str) -> bytes:
    n = int(key.removeprefix(MANY_PREFIX).removeprefix("app-").removesuffix(".log"))
    return f"line {n}: ok\n".encode()


def _download_all(links: list[tuple[str, str]]) -> None:
    with requests.Session() as http:
        for key, url in links:
            reply = http.get(url, timeout=10)
            assert reply.status_code == 200, (key, reply.status_code, reply.text[:200])
            assert reply.content == _expected_body(key)


def test_a_sample_of_the_demo_folder_downloads(demo: tuple[Sandbox, Credentials]) -> None:
    links = _demo_links(*demo)
    step = len(links) // 60
    _download_all(links[::step] + [links[-1]])  # 61 links spread over the whole range, the last included


def test_every_link_of_the_demo_folder_downloads(demo: tuple[Sandbox, Credentials]) -> None:
    _download_all(_demo_links(*demo))
