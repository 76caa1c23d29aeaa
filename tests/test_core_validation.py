"""Every validation rule fails with a message that names the field and the rule."""

from __future__ import annotations

import datetime as dt

import pytest

from ossshare.core import (
    AddressStyle,
    Credentials,
    PresignRequest,
    SignatureVersion,
    ValidationError,
    presign,
    resolve_endpoint,
)
from ossshare.core.durations import parse_duration, parse_instant

NOW = dt.datetime(2026, 11, 28, 9, 0, tzinfo=dt.UTC)
CREDS = Credentials("AKID", "secret")


def sign(request: PresignRequest | None = None, **kw: object) -> object:
    args: dict[str, object] = dict(
        credentials=CREDS, region="cn-hangzhou", endpoint=resolve_endpoint("cn-hangzhou"), now=NOW
    )
    args.update(kw)
    return presign(request or PresignRequest("bucket-1", "a.txt"), **args)  # type: ignore[arg-type]


def refused(field: str, rule: str, fn: object, *a: object, **kw: object) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        fn(*a, **kw)  # type: ignore[operator]
    assert info.value.field == field
    assert rule in info.value.rule
    assert field in str(info.value) and rule in str(info.value)
    return info.value


def test_more_than_seven_days_is_refused_for_v4() -> None:
    refused("expiration", "at most 7 days (604,800 seconds)", sign, expires=dt.timedelta(seconds=604_801))


def test_exactly_seven_days_is_fine() -> None:
    assert "x-oss-expires=604800&" in sign(expires=dt.timedelta(days=7)).url  # type: ignore[attr-defined]


def test_v1_has_no_seven_day_cap() -> None:
    result = sign(expires=dt.timedelta(days=365), version=SignatureVersion.V1)
    assert "Expires=" in result.url  # type: ignore[attr-defined]


def test_expiry_in_the_past() -> None:
    refused("expiration", "already have expired", sign, expiration=NOW - dt.timedelta(seconds=1))
    refused("expiration", "already have expired", sign, expiration=NOW)


def test_naive_datetimes() -> None:
    refused("expiration", "needs a time zone", sign, expiration=dt.datetime(2026, 11, 28, 10, 0))
    refused("signing time", "needs a time zone", sign, now=dt.datetime(2026, 11, 28, 10, 0))
    refused("--expiration", "needs a time zone", parse_instant, "2026-12-01T09:00:00", "--expiration")


@pytest.mark.parametrize(
    "region,rule",
    [("", "a region is required"), ("CN_Hangzhou", "is not a region id"), ("cn hangzhou", "is not a region id")],
)
def test_region(region: str, rule: str) -> None:
    refused("region", rule, sign, region=region)
    refused("region", rule, resolve_endpoint, region)


@pytest.mark.parametrize(
    "bucket", ["ab", "a" * 64, "Upper-case", "-leading", "trailing-", "under_score", "dot.ted", "空"]
)
def test_bucket_names_oss_refuses(bucket: str) -> None:
    refused("bucket", "3 to 63 characters, lower-case letters", sign, PresignRequest(bucket, "k"))


def test_bucket_name_is_required() -> None:
    refused("bucket", "a bucket name is required", sign, PresignRequest("", "k"))


@pytest.mark.parametrize(
    "key,rule",
    [
        ("", "an object key is required"),
        ("/abs", "must not start with '/' or '\\'"),
        ("\\win", "must not start with '/' or '\\'"),
        ("a" * 1024, "at most 1023 bytes in UTF-8 (this one is 1024)"),
        ("日" * 342, "at most 1023 bytes in UTF-8 (this one is 1026)"),
        ("bad\ud800", "not valid Unicode"),
    ],
)
def test_keys_oss_refuses(key: str, rule: str) -> None:
    refused("key", rule, sign, PresignRequest("bucket-1", key))


def test_key_of_exactly_1023_bytes_is_fine() -> None:
    sign(PresignRequest("bucket-1", "a" * 1023))


@pytest.mark.parametrize("name", ["Content-Type", "range", "x-oss-", "oss-meta-a"])
def test_header_names_must_be_x_oss(name: str) -> None:
    refused(
        f"header {name!r}", "only x-oss-* request headers", sign, PresignRequest("bucket-1", "k", headers={name: "v"})
    )


def test_header_name_characters() -> None:
    refused(
        "header 'x-oss-meta a'",
        "may only hold letters",
        sign,
        PresignRequest("bucket-1", "k", headers={"x-oss-meta a": "v"}),
    )


def test_reserved_headers_cannot_be_set() -> None:
    refused(
        "header 'x-oss-date'",
        "set by the signature",
        sign,
        PresignRequest("bucket-1", "k", headers={"x-oss-date": "x"}),
    )


@pytest.mark.parametrize("value", ["a\r\nx-oss-evil: 1", "line\nbreak", "cr\r", "nul\x00", "del\x7f", "esc\x1b"])
def test_control_characters_in_header_values(value: str) -> None:
    refused(
        "header x-oss-meta-a",
        "line breaks or other control characters",
        sign,
        PresignRequest("bucket-1", "k", headers={"x-oss-meta-a": value}),
    )
    refused("range behavior", "line breaks", sign, PresignRequest("bucket-1", "k", range_behavior=value))
    refused("request payer", "line breaks", sign, PresignRequest("bucket-1", "k", request_payer=value))
    refused(
        "response-content-disposition",
        "line breaks",
        sign,
        PresignRequest("bucket-1", "k", response_content_disposition=value),
    )
    refused("version id", "line breaks", sign, PresignRequest("bucket-1", "k", version_id=value))


def test_tab_inside_a_header_value_is_allowed() -> None:
    sign(PresignRequest("bucket-1", "k", headers={"x-oss-meta-a": "a\tb"}))


def test_empty_header_value_and_version() -> None:
    refused("header x-oss-meta-a", "needs a value", sign, PresignRequest("bucket-1", "k", headers={"x-oss-meta-a": ""}))
    refused("version id", "must not be empty", sign, PresignRequest("bucket-1", "k", version_id=""))


def test_traffic_limit_range() -> None:
    refused(
        "traffic limit",
        "between 819,200 and 838,860,800 bit/s",
        sign,
        PresignRequest("bucket-1", "k", traffic_limit=1000),
    )


def test_method() -> None:
    refused("method", "must be one of GET, HEAD", sign, PresignRequest("bucket-1", "k", method="PUT"))


def test_credentials() -> None:
    refused("AccessKey ID", "is required", Credentials, "", "s")
    refused("AccessKey ID", "must not contain spaces", Credentials, "AK ID", "s")
    refused("AccessKey secret", "is required", Credentials, "AK", "")
    err = refused("AccessKey secret", "spaces at its ends", Credentials, "AK", " my-secret-value\n")
    assert "my-secret-value" not in str(err)
    refused("security token", "non-empty", Credentials, "AK", "s", "")


def test_credentials_repr_hides_secrets() -> None:
    text = repr(Credentials("AKID", "topsecret", "tokentoken"))
    assert "AKID" in text and "topsecret" not in text and "tokentoken" not in text


@pytest.mark.parametrize(
    "text,seconds",
    [("900", 900), ("15m", 900), ("1h", 3600), ("1h30m", 5400), ("7d", 604800), ("2w", 1209600), (" 45 s ", 45)],
)
def test_durations(text: str, seconds: int) -> None:
    assert parse_duration(text).total_seconds() == seconds


@pytest.mark.parametrize("text", ["", "abc", "15x", "1.5h", "-5", "h1"])
def test_bad_durations(text: str) -> None:
    refused("expires", "is not a duration", parse_duration, text)


def test_zero_duration() -> None:
    refused("expires", "at least one second", parse_duration, "0")


def test_bad_instant() -> None:
    refused("expiration", "is not an ISO 8601", parse_instant, "tomorrow")


@pytest.mark.parametrize("endpoint", ["ftp://host", "https://host/path", "https://user@host", "https://host:99999", "https://host?x=1"])
def test_bad_endpoints(endpoint: str) -> None:
    with pytest.raises(ValidationError) as info:
        resolve_endpoint("cn-hangzhou", endpoint)
    assert info.value.field == "endpoint"


def test_endpoint_resolution() -> None:
    assert resolve_endpoint("cn-beijing").netloc == "oss-cn-beijing.aliyuncs.com"
    assert resolve_endpoint("cn-beijing", internal=True).netloc == "oss-cn-beijing-internal.aliyuncs.com"
    assert resolve_endpoint("cn-beijing", accelerate=True).netloc == "oss-accelerate.aliyuncs.com"
    assert resolve_endpoint("cn-beijing", dualstack=True).netloc == "cn-beijing.oss.aliyuncs.com"
    assert resolve_endpoint("cn-beijing", http=True).scheme == "http"
    ip = resolve_endpoint("cn-beijing", "127.0.0.1:9000")
    assert (ip.scheme, ip.netloc, ip.style) == ("https", "127.0.0.1:9000", AddressStyle.PATH)
    assert resolve_endpoint("cn-beijing", "[::1]:9000").style is AddressStyle.PATH
    cname = resolve_endpoint("cn-beijing", "files.example.com", cname=True)
    assert cname.url_for("b-1", "a b") == "https://files.example.com/a%20b"
    assert resolve_endpoint("cn-beijing", path_style=True).url_for("b-1", "k") == "https://oss-cn-beijing.aliyuncs.com/b-1/k"
    assert resolve_endpoint("cn-beijing").url_for("b-1", "k/é") == "https://b-1.oss-cn-beijing.aliyuncs.com/k/%C3%A9"


@pytest.mark.parametrize(
    "name,rule",
    [
        ("x-oss-meta-a", "is always signed"),
        ("Content-Type", "is always signed"),
        ("host", "cannot be signed"),
        ("bad name", "may only hold"),
    ],
)
def test_additional_header_rules(name: str, rule: str) -> None:
    refused(f"additional header {name!r}", rule, sign, PresignRequest("bucket-1", "k", additional_headers={name: "v"}))


def test_additional_header_value_and_v1() -> None:
    refused(
        "additional header range",
        "line breaks",
        sign,
        PresignRequest("bucket-1", "k", additional_headers={"range": "a\nb"}),
    )
    refused(
        "additional headers",
        "only V4 links",
        sign,
        PresignRequest("bucket-1", "k", additional_headers={"range": "bytes=0-1"}),
        version=SignatureVersion.V1,
    )


@pytest.mark.parametrize(
    "value,rule",
    [
        (" padded", "must not start or end with spaces"),
        ("padded\t", "must not start or end with spaces"),
        ("日本", "must be plain ASCII"),
    ],
)
def test_header_values_a_client_cannot_send(value: str, rule: str) -> None:
    refused("header x-oss-meta-a", rule, sign, PresignRequest("bucket-1", "k", headers={"x-oss-meta-a": value}))
    refused("additional header range", rule, sign, PresignRequest("bucket-1", "k", additional_headers={"range": value}))
    refused("range behavior", rule, sign, PresignRequest("bucket-1", "k", range_behavior=value))


def test_additional_header_names_are_normalised_once() -> None:
    result = sign(PresignRequest("bucket-1", "k", additional_headers={" Range ": "bytes=0-1"}))
    assert dict(result.signed_headers) == {"range": "bytes=0-1"}  # type: ignore[attr-defined]
    assert "x-oss-additional-headers=range&" in result.url  # type: ignore[attr-defined]
