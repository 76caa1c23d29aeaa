"""V1 presigned URLs against oss2 2.19, byte for byte: the SDK that signs x-oss-process and
x-oss-traffic-limit as sub-resources, as OSS's V1 documentation and the Java and Go SDKs do."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ossshare.core import Credentials, PresignRequest, SignatureVersion, ValidationError, presign, resolve_endpoint
from tests.sdk_oracle import oss2_sign_url, query_of

NOW = dt.datetime(2026, 11, 28, 9, 30, 15, tzinfo=dt.UTC)
AK, SK = "LTAI5tExampleKeyIdV1", "ExampleV1Secret/+=Symbols"
STS = "CAIS" + "a/b+c=" * 30 + "EndOfToken"
STYLE = "image/resize,w_100"
OVERRIDES = dict(
    response_cache_control="no-cache",
    response_content_disposition="attachment; filename*=UTF-8''%E6%97%A5.pdf",
    response_content_encoding="identity",
    response_content_language="zh-CN",
    response_content_type="image/webp",
    response_expires="Thu, 01 Dec 2026 16:00:00 GMT",
)


@dataclass
class Case:
    name: str
    request: PresignRequest
    endpoint: str = "https://oss-cn-hangzhou.aliyuncs.com"  # as oss2 is given it
    opts: dict[str, Any] = field(default_factory=dict)  # the same endpoint for resolve_endpoint
    token: str | None = None
    expires: dt.timedelta = dt.timedelta(minutes=15)


def R(key: str = "img/cat.png", **kw: Any) -> PresignRequest:
    return PresignRequest(bucket="example-bucket", key=key, **kw)


CASES = [
    Case("plain", R()),
    Case("process", R(process=STYLE)),
    Case("process chain", R(process="image/resize,m_lfit,w_800,h_600/rotate,90/format,webp/quality,q_80")),
    Case("process with unicode watermark text", R(process="image/watermark,text_5pel5pys,color_FFFFFF")),
    Case("video snapshot", R("video/clip.mp4", process="video/snapshot,t_7000,f_jpg,w_800,h_600")),
    Case("process and sts", R(process=STYLE), token=STS),
    Case("process, version and every override", R(process=STYLE, version_id="CAEQ+/=", **OVERRIDES)),
    Case("every override", R(**OVERRIDES)),
    Case("version id with +/=", R(version_id="CAEQNhiBgM0BYiIDM3MjcwNzc5+/=ZjQ1ZTA4")),
    Case("sts token", R(), token=STS),
    Case("sts, version and overrides", R(version_id="v+/=", **OVERRIDES), token=STS),
    Case("traffic limit in the query", R(traffic_limit=819200, traffic_limit_in_query=True)),
    Case(
        "traffic limit in the query, process and sts",
        R(traffic_limit=838860800, traffic_limit_in_query=True, process=STYLE, version_id="v1"),
        token=STS,
    ),
    Case("traffic limit as a header", R(traffic_limit=1048576)),
    Case("signed headers, unicode key", R("資料/a b+c.txt", range_behavior="standard", headers={"X-Oss-Meta-N": "1"})),
    Case("request payer and process", R(request_payer="requester", process=STYLE)),
    Case("head with version", R(method="HEAD", version_id="v+2")),
    Case("http", R(process=STYLE), endpoint="http://oss-cn-hangzhou.aliyuncs.com", opts={"http": True}),
    Case("ip endpoint, path-style", R("a b.png", process=STYLE), endpoint="http://127.0.0.1:9000", opts={"endpoint": "http://127.0.0.1:9000"}),
    Case(
        "cname", R("产品/图.png", process=STYLE),
        endpoint="https://img.example.com", opts={"endpoint": "img.example.com", "cname": True},
    ),
    Case("30 days", R(process=STYLE), expires=dt.timedelta(days=30)),
    Case("ten years", R(), expires=dt.timedelta(days=3653)),
]


def _ours(case: Case) -> str:
    return presign(
        case.request,
        credentials=Credentials(AK, SK, case.token),
        region="cn-hangzhou",
        endpoint=resolve_endpoint("cn-hangzhou", **case.opts),
        now=NOW,
        expires=case.expires,
        version=SignatureVersion.V1,
    ).url


def _oss2(case: Case) -> str:
    return oss2_sign_url(
        case.request, key_id=AK, secret=SK, token=case.token, endpoint=case.endpoint,
        cname=bool(case.opts.get("cname")), now=NOW, expiration=NOW + case.expires,
    )


def _same_link(ours: str, theirs: str) -> None:
    a, b = urlsplit(ours), urlsplit(theirs)
    assert (a.scheme, a.netloc, unquote(a.path)) == (b.scheme, b.netloc, unquote(b.path))
    assert query_of(ours) == query_of(theirs)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_v1_matches_oss2(case: Case) -> None:
    ours = _ours(case)
    _same_link(ours, _oss2(case))
    q = query_of(ours)
    if case.request.process:
        assert unquote(q["x-oss-process"]) == case.request.process
    if case.request.traffic_limit_in_query:
        assert q["x-oss-traffic-limit"] == str(case.request.traffic_limit)


def test_process_changes_the_v1_signature() -> None:
    """x-oss-process is signed: the same link without it, or with another style, signs differently."""
    with_style = query_of(_ours(Case("a", R(process=STYLE))))["Signature"]
    other = query_of(_ours(Case("b", R(process="image/resize,w_200"))))["Signature"]
    without = query_of(_ours(Case("c", R())))["Signature"]
    assert len({with_style, other, without}) == 3


# --- any key and value: oss2's link, or our ValidationError for input OSS refuses ---------

def _refused(key: str, values: list[str], process: str | None) -> bool:
    """Judged without our code: slashes or length OSS refuses, text no request can carry."""
    if key[0] in "/\\" or len(key.encode("utf-8", "surrogatepass")) > 1023:
        return True
    texts = [key, *values, *([process] if process is not None else [])]
    if any(0xD800 <= ord(c) <= 0xDFFF for t in texts for c in t):
        return True
    if any(re.search(r"[\x00-\x08\x0a-\x1f\x7f]", v) for v in values):
        return True
    return process is not None and (not process or any(unicodedata.category(c) == "Cc" for c in process))


texts = st.text(min_size=1, max_size=60)
# oss2 itself refuses keys that are blank or start with '?': those are not compared.
keys = st.text(min_size=1, max_size=300).filter(lambda k: k.strip() != "" and not k.startswith("?"))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    key=keys,
    version_id=st.none() | texts,
    disposition=st.none() | texts,
    process=st.none() | st.text(max_size=80) | st.sampled_from([STYLE, "image/crop,x_10,y_10,w_200", "style/thumb"]),
    limit=st.none() | st.integers(min_value=819_200, max_value=838_860_800),
    token=st.none() | st.just(STS),
    seconds=st.integers(min_value=1, max_value=10 * 366 * 86400),
)
def test_v1_agrees_with_oss2_or_refuses(
    key: str, version_id: str | None, disposition: str | None, process: str | None, limit: int | None,
    token: str | None, seconds: int,
) -> None:
    request = R(
        key, version_id=version_id, response_content_disposition=disposition, process=process,
        traffic_limit=limit, traffic_limit_in_query=limit is not None,
    )
    case = Case("generated", request, token=token, expires=dt.timedelta(seconds=seconds))
    values = [v for v in (version_id, disposition) if v is not None]
    if _refused(key, values, process):
        with pytest.raises(ValidationError):
            _ours(case)
        return
    _same_link(_ours(case), _oss2(case))
