"""Property-based parity: any key, version id, header value and expiry either gives exactly
the SDK's URL or our ValidationError for an input OSS refuses."""

from __future__ import annotations

import datetime as dt
import re

import alibabacloud_oss_v2 as oss
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ossshare.core import Credentials, PresignRequest, ValidationError, presign, resolve_endpoint
from tests.sdk_oracle import query_of, sdk_client, sdk_presign

NOW = dt.datetime(2026, 11, 28, 9, 30, 15, tzinfo=dt.UTC)
CREDS = Credentials("LTAI5tPropertyKey", "property/secret+=", None)
CLIENT = sdk_client(key_id=CREDS.access_key_id, secret=CREDS.access_key_secret)
CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")

keys = st.text(min_size=1, max_size=400)
version_ids = st.none() | st.text(st.characters(codec="utf-8"), min_size=1, max_size=60)
# Mostly what a person types (printable ASCII, sometimes padded), sometimes anything at all.
header_values = (
    st.none()
    | st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), min_size=1, max_size=40)
    | st.text(st.characters(codec="utf-8"), min_size=1, max_size=40)
)
expiries = st.integers(min_value=-10, max_value=700_000)


def _refused(key: str, version_id: str | None, header: str | None, seconds: int) -> str | None:
    """Why OSS (and so we) refuse these inputs, judged independently of our code."""
    if key[0] in "/\\":
        return "key starts with a slash"
    if len(key.encode("utf-8", "surrogatepass")) > 1023:
        return "key too long"
    if any(0xD800 <= ord(c) <= 0xDFFF for c in key):
        return "key is not encodable"
    if version_id is not None and CONTROL.search(version_id):
        return "control character in version id"
    if header is not None and CONTROL.search(header):
        return "control character in header"
    if header is not None and (header != header.strip(" \t") or not header.isascii()):
        return "header value a client cannot send as signed"
    if seconds < 1:
        return "already expired"
    if seconds > 604_800:
        return "over 7 days"
    return None


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(key=keys, version_id=version_ids, header=header_values, seconds=expiries)
def test_presign_agrees_with_sdk_or_refuses(key: str, version_id: str | None, header: str | None, seconds: int) -> None:
    request = PresignRequest(
        bucket="prop-bucket",
        key=key,
        version_id=version_id,
        headers={"x-oss-meta-note": header} if header is not None else {},
    )
    expires = dt.timedelta(seconds=seconds)
    reason = _refused(key, version_id, header, seconds)
    if reason is not None:
        with pytest.raises(ValidationError):
            presign(
                request,
                credentials=CREDS,
                region="cn-hangzhou",
                endpoint=resolve_endpoint("cn-hangzhou"),
                now=NOW,
                expires=expires,
            )
        return
    ours = presign(
        request,
        credentials=CREDS,
        region="cn-hangzhou",
        endpoint=resolve_endpoint("cn-hangzhou"),
        now=NOW,
        expires=expires,
    )
    theirs = sdk_presign(CLIENT, request, NOW, expires=expires)
    assert ours.url.split("?")[0] == theirs.url.split("?")[0]
    assert query_of(ours.url) == query_of(theirs.url)


@settings(max_examples=50, deadline=None)
@given(seconds=st.integers(min_value=604_801, max_value=10_000_000))
def test_over_seven_days_refused_like_the_sdk(seconds: int) -> None:
    request = PresignRequest(bucket="prop-bucket", key="a")
    with pytest.raises(ValidationError, match="7 days"):
        presign(
            request,
            credentials=CREDS,
            region="cn-hangzhou",
            endpoint=resolve_endpoint("cn-hangzhou"),
            now=NOW,
            expires=dt.timedelta(seconds=seconds),
        )
    with pytest.raises(oss.exceptions.PresignExpirationError):
        sdk_presign(CLIENT, request, NOW, expires=dt.timedelta(seconds=seconds))
