"""The core's rules for instants, durations, x-oss-process and the traffic limit, as the
window and the batch presigner meet them (no CLI in between)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from ossshare.core import Credentials, PresignRequest, SignatureVersion, ValidationError, presign, resolve_endpoint
from ossshare.core.durations import MAX_DURATION, parse_duration, parse_instant
from ossshare.core.presigning import expiration_of, request_parts

UTC = dt.UTC
NOW = dt.datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
CREDS = Credentials("AKID", "secret")


def v1(request: PresignRequest, **kw: object) -> str:
    args: dict[str, object] = dict(
        credentials=CREDS, region="cn-hangzhou", endpoint=resolve_endpoint("cn-hangzhou"), now=NOW,
        version=SignatureVersion.V1,
    )
    args.update(kw)
    return presign(request, **args).url  # type: ignore[arg-type]


def refused(field: str, rule: str, fn: object, *a: object, **kw: object) -> None:
    with pytest.raises(ValidationError) as info:
        fn(*a, **kw)  # type: ignore[operator]
    assert (info.value.field, rule in info.value.rule) == (field, True), str(info.value)


@pytest.mark.parametrize("days", [999_999_999, 3_000_000, MAX_DURATION.days])
def test_durations_past_9999_are_refused(days: int) -> None:
    refused("expires", "too far in the future", expiration_of, NOW, dt.timedelta(days=days))
    refused("expires", "too far in the future", v1, PresignRequest("bucket-1", "a"), expires=dt.timedelta(days=days))


def test_a_huge_negative_duration_has_expired() -> None:
    refused("expires", "at least one second", expiration_of, NOW, dt.timedelta(days=-999_999_999))


def test_the_last_instant_is_the_limit_in_every_time_zone() -> None:
    east = dt.timezone(dt.timedelta(hours=14))
    west = dt.timezone(dt.timedelta(hours=-14))
    last = dt.datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC)
    assert "Expires=253402300799&" in v1(PresignRequest("bucket-1", "a"), expiration=last.astimezone(west))
    refused("expiration", "must lie between", v1, PresignRequest("bucket-1", "a"), expiration=last.replace(tzinfo=west))
    near_end = dt.datetime(9999, 12, 31, 9, 0, tzinfo=west)  # 23:00 UTC: one more hour is the year 10000
    refused("expires", "must lie between", expiration_of, near_end, dt.timedelta(hours=2))
    refused("signing time", "must lie between", expiration_of, dt.datetime(1, 1, 1, tzinfo=east))


def test_parse_duration_bounds() -> None:
    assert parse_duration(str(int(MAX_DURATION.total_seconds()))) == MAX_DURATION
    refused("expires", "too far in the future", parse_duration, str(int(MAX_DURATION.total_seconds()) + 1))
    assert parse_duration("0000000000000000000000000015m") == dt.timedelta(minutes=15)  # zeros are not digits of size
    refused("expires", "is not a duration", parse_duration, "²")
    refused("expiration", "must lie between", parse_instant, "0001-01-01T00:00:00+14:00")


@pytest.mark.parametrize(
    "process,rule",
    [("", "must not be empty"), ("a\x00b", "control"), ("a\x7fb", "control"), ("a\x9bb", "control"),
     ("image/resize,w_100\ud800", "not valid Unicode"), ("x" * 4097, "at most 4,096")],
)
def test_process_rules(process: str, rule: str) -> None:
    refused("x-oss-process", rule, request_parts, PresignRequest("bucket-1", "a", process=process))


def test_process_is_an_unencoded_query_pair() -> None:
    query, headers = request_parts(PresignRequest("bucket-1", "a", process="image/watermark,text_5rC05Y2w"))
    assert query == [("x-oss-process", "image/watermark,text_5rC05Y2w")] and headers == {}


@pytest.mark.parametrize(
    "fields,field,rule",
    [
        (dict(traffic_limit_in_query=True), "traffic limit in query", "needs a traffic limit"),
        (
            dict(traffic_limit=819200, traffic_limit_in_query=True, headers={"X-Oss-Traffic-Limit": "819200"}),
            "traffic limit", "cannot be both",
        ),
        (dict(headers={"x-oss-traffic-limit": "8.192e5"}), "header x-oss-traffic-limit", "whole number"),
        (dict(headers={"x-oss-traffic-limit": "819199"}), "header x-oss-traffic-limit", "between"),
        (dict(request_payer="requester", headers={"x-oss-request-payer": "requester"}), "request payer", "given twice"),
        (dict(headers={"x-oss-meta-a": "1", "X-OSS-META-A": "2"}), "header x-oss-meta-a", "given twice"),
        (dict(additional_headers={"Range": "bytes=0-1", "range": "bytes=0-2"}), "additional header range", "twice"),
        (dict(additional_headers={"x_forwarded": "1"}), "additional header 'x_forwarded'", "'_'"),
    ],
)
def test_header_and_limit_rules(fields: dict[str, Any], field: str, rule: str) -> None:
    refused(field, rule, request_parts, PresignRequest("bucket-1", "a", **fields))


def test_header_limit_in_range_is_signed_as_given() -> None:
    _, headers = request_parts(PresignRequest("bucket-1", "a", headers={"X-Oss-Traffic-Limit": "819200"}))
    assert headers == {"x-oss-traffic-limit": "819200"}
