"""Our presigned URLs and header signatures against the official SDK, byte for byte."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urlsplit

import alibabacloud_oss_v2 as oss
import pytest
from alibabacloud_oss_v2.types import HttpClient

from ossshare.core import Credentials, PresignRequest, SignatureVersion, presign, resolve_endpoint, sign_request
from tests.sdk_oracle import frozen_sdk_clock, query_of, sdk_client, sdk_presign, sdk_sign_additional, signed_headers_of

UTC = dt.UTC
NOW = dt.datetime(2026, 11, 28, 9, 30, 15, tzinfo=UTC)
AK, SK = "LTAI5tExampleKeyId0001", "ExampleSecretKeyWith/+=Symbols0123"
STS = "CAIS" + "x/y+z=" * 40 + "EndOfToken"


@dataclass
class Case:
    name: str
    request: PresignRequest
    region: str = "cn-hangzhou"
    endpoint_opts: dict[str, Any] = field(default_factory=dict)
    token: str | None = None
    expires: dt.timedelta | None = None
    expiration: dt.datetime | None = None
    now: dt.datetime = NOW
    v1: bool = False


def R(key: str = "docs/report.pdf", bucket: str = "example-bucket", **kw: Any) -> PresignRequest:
    return PresignRequest(bucket=bucket, key=key, **kw)


ALL_OVERRIDES = dict(
    response_cache_control="no-cache, max-age=0",
    response_content_disposition="attachment; filename=\"a b.pdf\"; filename*=UTF-8''%E6%97%A5.pdf",
    response_content_encoding="gzip",
    response_content_language="ja-JP",
    response_content_type="application/pdf; charset=utf-8",
    response_expires="Thu, 01 Dec 2026 16:00:00 GMT",
)

CASES = [
    Case("plain key", R()),
    Case("japanese key", R("資料/報告書 2026年.pdf")),
    Case("chinese key", R("文件夹/中文文件名.txt")),
    Case("emoji key", R("photos/🎉 party 🍣.jpg")),
    Case("spaces", R("a  b/c d .txt")),
    Case("reserved characters", R("x+y%z?q#frag&and=eq~tilde.txt")),
    Case("double slash and trailing slash", R("a//b///c/")),
    Case("percent sequences stay literal", R("100%25 sure %2F.txt")),
    Case("version id with +/=", R(version_id="CAEQNhiBgM0BYiIDM3MjcwNzc5+/=ZjQ1ZTA4")),
    Case("range behavior", R(range_behavior="standard")),
    Case("request payer", R(request_payer="requester")),
    Case("both signed headers", R(range_behavior="standard", request_payer="requester")),
    Case("every response override", R(**ALL_OVERRIDES)),
    Case("custom x-oss header, mixed case", R(headers={"X-Oss-Meta-Project": "Omega 1"})),
    Case("traffic limit", R(traffic_limit=819200)),
    Case("image process", R("img/cat.png", process="image/resize,w_100")),
    Case("sts token", R(), token=STS),
    Case("sts with everything", R(version_id="v1", range_behavior="standard", **ALL_OVERRIDES), token=STS),
    Case("internal endpoint", R(), endpoint_opts={"internal": True}),
    Case("accelerate endpoint", R(), endpoint_opts={"accelerate": True}),
    Case("dual-stack endpoint", R(), endpoint_opts={"dualstack": True}),
    Case("http", R(), endpoint_opts={"http": True}),
    Case(
        "custom endpoint without scheme",
        R(),
        endpoint_opts={"endpoint": "oss-cn-shanghai.aliyuncs.com"},
        region="cn-shanghai",
    ),
    Case("custom endpoint with http scheme", R(), endpoint_opts={"endpoint": "http://oss.example.internal:8080"}),
    Case("cname", R("产品/手册.pdf"), endpoint_opts={"endpoint": "files.example.com", "cname": True}),
    Case("path-style", R(), endpoint_opts={"path_style": True}),
    Case("ip endpoint implies path-style", R("a b.txt"), endpoint_opts={"endpoint": "http://127.0.0.1:9000"}),
    Case("other region", R(), region="ap-southeast-1"),
    Case("head method", R(method="HEAD", version_id="v+2")),
    Case("exactly 7 days", R(), expires=dt.timedelta(days=7)),
    Case("one second", R(), expires=dt.timedelta(seconds=1)),
    Case(
        "absolute expiration in +08:00",
        R(),
        expiration=dt.datetime(2026, 11, 29, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=8))),
    ),
    Case("expiration wins over expires", R(), expires=dt.timedelta(hours=2), expiration=NOW + dt.timedelta(minutes=5)),
    Case("clock with microseconds", R(), now=NOW.replace(microsecond=987654), expires=dt.timedelta(hours=1)),
    Case("key of 1023 bytes", R("k/" + "é" * 510 + "x")),
    Case("additional header: range", R(additional_headers={"range": "bytes=0-1023"})),
    Case(
        "additional headers with sts and x-oss headers",
        R(additional_headers={"Range": "bytes=10-", "if-match": '"abc"'}, range_behavior="standard"),
        token=STS,
    ),
    Case("v1 plain", R(), v1=True),
    Case("v1 sts, version and overrides", R(version_id="v+/=", **ALL_OVERRIDES), token=STS, v1=True),
    Case(
        "v1 signed header, unicode key",
        R("資料/a b+c.txt", range_behavior="standard"),
        v1=True,
        expires=dt.timedelta(days=30),
    ),
]


def _ours(case: Case) -> Any:
    return presign(
        case.request,
        credentials=Credentials(AK, SK, case.token),
        region=case.region,
        endpoint=resolve_endpoint(case.region, **case.endpoint_opts),
        now=case.now,
        expires=case.expires,
        expiration=case.expiration,
        version=SignatureVersion.V1 if case.v1 else SignatureVersion.V4,
    )


def _sdk(case: Case) -> Any:
    client = sdk_client(key_id=AK, secret=SK, token=case.token, region=case.region, v1=case.v1, **case.endpoint_opts)
    expires = case.expires
    if expires is None and case.expiration is None:
        expires = dt.timedelta(minutes=15)  # the SDK's own default, made explicit so both sides agree
    result = sdk_presign(client, case.request, case.now, expires=expires, expiration=case.expiration)
    if case.request.additional_headers:
        result.url = sdk_sign_additional(
            result, case.request, key_id=AK, secret=SK, token=case.token, region=case.region,
            now=case.now, expiration=result.expiration,
        )
    return result


def test_at_least_25_cases() -> None:
    assert len(CASES) >= 25
    assert len({c.name for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_presign_matches_sdk(case: Case) -> None:
    ours, theirs = _ours(case), _sdk(case)
    a, b = urlsplit(ours.url), urlsplit(theirs.url)
    assert (a.scheme, a.netloc, a.path) == (b.scheme, b.netloc, b.path)
    assert query_of(ours.url) == query_of(theirs.url)
    sig = "Signature" if case.v1 else "x-oss-signature"
    assert query_of(ours.url)[sig] == query_of(theirs.url)[sig]
    assert ours.method == theirs.method
    # The SDK lists only x-oss-*/content-* headers; additional ones must be sent all the same.
    extra = {k.lower() for k in case.request.additional_headers}
    assert {k: v for k, v in ours.signed_headers.items() if k not in extra} == signed_headers_of(theirs)
    assert extra <= set(ours.signed_headers)
    assert ours.expiration == theirs.expiration


def test_url_text_is_identical_for_plain_cases() -> None:
    """Beyond the same parameters: we write them in the SDK's order, so the text is equal too."""
    for case in CASES[:12]:
        assert _ours(case).url == _sdk(case).url, case.name


# --- header authentication, against requests the SDK itself builds -------------------------

class _Capture(HttpClient):
    """A transport that records the signed request and stops the SDK there."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, str, dict[str, str]]] = []

    def send(self, request: Any, **kwargs: Any) -> Any:
        self.requests.append((request.method, request.url, dict(request.headers)))
        raise ConnectionAbortedError("captured")

    def open(self) -> None:
        pass

    def close(self) -> None:
        pass


SDK_ADDED = {"x-oss-date", "date", "x-oss-security-token", "x-oss-content-sha256", "authorization", "user-agent"}

HEADER_CALLS = [
    ("ListBuckets", lambda c: c.list_buckets(oss.ListBucketsRequest(prefix="a b", marker="m+1", max_keys=10))),
    (
        "ListObjectsV2",
        lambda c: c.list_objects_v2(
            oss.ListObjectsV2Request(
                bucket="example-bucket",
                prefix="日本/",
                delimiter="/",
                max_keys=100,
                continuation_token="tok+/=",
                start_after="a~b",
                encoding_type="url",
            )
        ),
    ),
    (
        "ListObjectVersions",
        lambda c: c.list_object_versions(
            oss.ListObjectVersionsRequest(
                bucket="example-bucket", prefix="p q", key_marker="k&", version_id_marker="v="
            )
        ),
    ),
    (
        "HeadObject",
        lambda c: c.head_object(oss.HeadObjectRequest(bucket="example-bucket", key="a+b c/😀", version_id="v+1")),
    ),
    (
        "GetObject range",
        lambda c: c.get_object(
            oss.GetObjectRequest(
                bucket="example-bucket", key="x.bin", range_header="bytes=0-0", range_behavior="standard"
            )
        ),
    ),
]


@pytest.mark.parametrize("token", [None, STS], ids=["ak", "sts"])
@pytest.mark.parametrize("name,call", HEADER_CALLS, ids=[n for n, _ in HEADER_CALLS])
def test_header_auth_matches_sdk(name: str, call: Any, token: str | None) -> None:
    capture = _Capture()
    cfg = oss.config.load_default()
    cfg.credentials_provider = oss.credentials.StaticCredentialsProvider(AK, SK, token)
    cfg.region = "cn-hangzhou"
    cfg.http_client = capture
    cfg.retry_max_attempts = 1
    with frozen_sdk_clock(NOW), pytest.raises(Exception, match="captured"):
        call(oss.Client(cfg))
    method, url, headers = capture.requests[0]
    parts = urlsplit(url)
    query = [(unquote(k), unquote(v)) for k, _, v in (p.partition("=") for p in parts.query.split("&") if p)]
    endpoint = resolve_endpoint("cn-hangzhou")
    bucket = parts.netloc.split(".", 1)[0] if parts.netloc != endpoint.netloc else None
    key = unquote(parts.path[1:]) if parts.path not in ("", "/") else None
    ours = sign_request(
        method,
        endpoint=endpoint,
        bucket=bucket,
        key=key,
        query=query,
        headers={k: v for k, v in headers.items() if k.lower() not in SDK_ADDED},
        credentials=Credentials(AK, SK, token),
        region="cn-hangzhou",
        now=NOW,
    )
    assert ours.headers["Authorization"] == headers["Authorization"]
    assert ours.headers["x-oss-date"] == headers["x-oss-date"]
    assert ours.headers["Date"] == headers["Date"]
    assert sorted(urlsplit(ours.url).query.split("&")) == sorted(parts.query.split("&"))
    assert ours.url.split("?")[0] == url.split("?")[0]
