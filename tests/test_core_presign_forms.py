"""Links made one after another share cached V4 forms: every change of credentials, region,
host, instant, expiry or option still gives the SDK's link, and the request type keeps every
field it is given."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ossshare.core import Credentials, PresignRequest, presign, resolve_endpoint
from ossshare.core import signing_v4 as v4
from tests.sdk_oracle import sdk_client, sdk_presign

NOW = dt.datetime(2026, 11, 28, 9, 30, 15, 400_000, tzinfo=dt.UTC)
PLUS8 = dt.timezone(dt.timedelta(hours=8))
BASE: dict[str, Any] = {
    "key_id": "LTAI5tFormsKey", "secret": "forms/secret+=", "token": None, "region": "cn-hangzhou",
    "endpoint": {}, "now": NOW, "expires": dt.timedelta(hours=1),
    "request": PresignRequest("forms-bucket", "a/b c.txt"),
}
# Each differs from BASE in one thing a cached form depends on (or, last, in nothing it does).
VARIANTS: list[tuple[str, dict[str, Any]]] = [
    ("base", {}),
    ("other secret", {"secret": "forms/other-secret"}),
    ("sts token", {"token": "token/+=one"}),
    ("another sts token", {"token": "token/+=two"}),
    ("other key id", {"key_id": "LTAI5tOtherKey"}),
    ("other region", {"region": "cn-shanghai"}),
    ("internal host", {"endpoint": {"internal": True}}),
    ("path-style host", {"endpoint": {"path_style": True}}),
    ("next second", {"now": NOW + dt.timedelta(seconds=1)}),
    ("same second, later microsecond", {"now": NOW.replace(microsecond=900_000)}),
    ("same instant in +08:00", {"now": NOW.astimezone(PLUS8)}),
    ("next day", {"now": NOW + dt.timedelta(days=1)}),
    ("one second longer", {"expires": dt.timedelta(hours=1, seconds=1)}),
    ("head", {"request": PresignRequest("forms-bucket", "a/b c.txt", method="HEAD")}),
    ("other bucket", {"request": PresignRequest("forms-other", "a/b c.txt")}),
    ("version", {"request": PresignRequest("forms-bucket", "a/b c.txt", version_id="v+1")}),
    ("override", {"request": PresignRequest("forms-bucket", "a/b c.txt", response_content_type="text/plain")}),
    ("signed header", {"request": PresignRequest("forms-bucket", "a/b c.txt", headers={"x-oss-meta-a": "1"})}),
    ("other key", {"request": PresignRequest("forms-bucket", "其他/键.txt")}),
]


def _ours(case: dict[str, Any]) -> Any:
    return presign(
        case["request"], credentials=Credentials(case["key_id"], case["secret"], case["token"]),
        region=case["region"], endpoint=resolve_endpoint(case["region"], **case["endpoint"]), now=case["now"],
        expires=case["expires"],
    )


def _sdk(case: dict[str, Any]) -> Any:
    client = sdk_client(
        key_id=case["key_id"], secret=case["secret"], token=case["token"], region=case["region"], **case["endpoint"]
    )
    return sdk_presign(client, case["request"], case["now"], expires=case["expires"])


def test_every_variant_in_turn_gives_the_sdk_link() -> None:
    cases = [{**BASE, **change} for _, change in VARIANTS]
    expected = [_sdk(case).url for case in cases]
    # Twice over, interleaved: the second round meets forms the first one left in the cache.
    for _ in range(2):
        for (name, _), case, url in zip(VARIANTS, cases, expected, strict=True):
            assert _ours(case).url == url, name
    # The signature holds the instant to the second: only these repeat the base link.
    same = {name for (name, _), url in zip(VARIANTS, expected, strict=True) if url == expected[0]}
    assert same == {"base", "same second, later microsecond", "same instant in +08:00"}
    assert len(set(expected)) == len(expected) - 2


def test_the_expiration_keeps_the_callers_zone() -> None:
    """A form serves equal instants; the result's expiration is still the one asked for."""
    request = PresignRequest("forms-bucket", "k")
    where: dict[str, Any] = {
        "credentials": Credentials("LTAI5tFormsKey", "s"), "region": "cn-hangzhou",
        "endpoint": resolve_endpoint("cn-hangzhou"), "now": NOW,
    }
    end = NOW + dt.timedelta(hours=2)
    in_utc = presign(request, expiration=end, **where)
    in_plus8 = presign(request, expiration=end.astimezone(PLUS8), **where)
    assert in_utc.url == in_plus8.url
    assert in_utc.expiration.utcoffset() == dt.timedelta(0)
    assert in_plus8.expiration.utcoffset() == dt.timedelta(hours=8)


SAMPLES: dict[str, object] = {
    "bucket": "b-1", "key": "k", "method": "HEAD", "version_id": "v", "range_behavior": "standard",
    "request_payer": "requester", "traffic_limit": 819_200, "traffic_limit_in_query": True,
    "headers": {"x-oss-meta-a": "1"}, "additional_headers": {"range": "bytes=0-1"},
    "response_cache_control": "no-cache", "response_content_disposition": "attachment",
    "response_content_encoding": "gzip", "response_content_language": "en", "response_content_type": "text/plain",
    "response_expires": "0", "process": "image/resize,w_10",
}


def test_a_request_keeps_every_field_it_is_given() -> None:
    names = [f.name for f in dataclasses.fields(PresignRequest)]
    assert sorted(names) == sorted(SAMPLES)  # a new field needs a sample here, and a place in __init__
    request = PresignRequest(**SAMPLES)  # type: ignore[arg-type]
    assert {name: getattr(request, name) for name in names} == SAMPLES
    assert dataclasses.replace(request, key="other") == PresignRequest(**{**SAMPLES, "key": "other"})  # type: ignore[arg-type]


def test_a_request_has_its_defaults_and_is_frozen() -> None:
    request = PresignRequest("b-1", "k")
    assert (request.method, request.traffic_limit_in_query) == ("GET", False)
    assert (dict(request.headers), dict(request.additional_headers)) == ({}, {})
    assert all(getattr(request, name) is None for name in SAMPLES if name.startswith(("response_", "version")))
    with pytest.raises(dataclasses.FrozenInstanceError):
        request.key = "other"  # type: ignore[misc]
    headers = {"x-oss-meta-a": "1"}
    given = PresignRequest("b-1", "k", headers=headers)
    headers["x-oss-meta-a"] = "changed"
    assert dict(given.headers) == {"x-oss-meta-a": "1"}  # a copy, read-only
    with pytest.raises(TypeError):
        given.headers["x-oss-meta-b"] = "2"  # type: ignore[index]


offsets = st.builds(dt.timezone, st.timedeltas(min_value=-dt.timedelta(hours=23), max_value=dt.timedelta(hours=23)))


@given(moment=st.datetimes(min_value=dt.datetime(1970, 1, 2), max_value=dt.datetime(9999, 12, 30)), zone=offsets)
def test_the_stamp_is_the_utc_second(moment: dt.datetime, zone: dt.timezone) -> None:
    """Cached by the whole second since the epoch: the same text strftime gives, in any zone."""
    aware = moment.replace(tzinfo=zone)
    assert v4.timestamp(aware) == aware.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
