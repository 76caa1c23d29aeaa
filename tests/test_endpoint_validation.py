"""Endpoint text is a host, or it is refused with a ValidationError naming the field and the
rule; short IPv4 forms are addressed path-style, as the official SDK addresses them."""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ossshare.core import AddressStyle, Credentials, PresignRequest, ValidationError, presign, resolve_endpoint
from ossshare.core.endpoint import is_ip_host, split_endpoint
from ossshare.core.validation import check_region
from ossshare.services.profiles import Profile
from tests.sdk_oracle import sdk_client, sdk_presign

NOW = dt.datetime(2026, 11, 28, 9, 30, tzinfo=dt.UTC)

REFUSED = [
    ("http://[::1", "needs its closing ']'"),
    ("[::1]x", "only ':PORT' may follow"),
    ("[nonsense]:9000", "is not an IPv6 address"),
    ("::1", "goes in brackets"),
    ("evil.com\\good.com", "holds a backslash"),
    ('ev<i>l".com', "holds '<'"),
    ("ev\x1bil.com", "holds U+001B"),
    ("ev\x7fil.com", "holds U+007F"),
    ("ev\x9bil.com", "holds U+009B"),
    ("ev\u202eil.com", "holds U+202E"),
    ("oss-cn-hangzhou.aliyun\ncs.com", "holds U+000A"),  # urlsplit used to drop it silently
    ("oss-cn-hangzhou.aliyun\tcs.com", "holds U+0009"),
    ("h.com%0a", "holds '%'"),
    ("a b.com", "holds U+0020"),
    ("http://:9000", "names no host"),
    ("https://", "names no host"),
    ("h.com:", "port must be a number from 1 to 65535"),
    ("h.com:0", "port must be a number from 1 to 65535"),
    ("h.com:65536", "port must be a number from 1 to 65535"),
    ("h.com:99999999999999999999", "port must be a number from 1 to 65535"),
    ("h.com:８０", "port must be a number from 1 to 65535"),  # fullwidth digits are no port
    ("x." + "a" * 64 + ".com", "label longer than 63 characters"),
    ("a" * 300, "at most 253 characters"),  # a 300-character label
    ("a" * 400, "is 400 characters long"),
    (".".join(["abcdefghi"] * 26), "at most 253 characters"),
    ("h..com", "empty label"),
    ("h.com.", "empty label"),
    ("h_!.com", "letters, digits, hyphens and underscores"),
    ("http://user:pw@h.com", "user information"),
    ("h.com/path", "a path"),
    ("h.com?x=1", "a query"),
    ("h.com#top", "a fragment"),
    ("ftp://h.com", "scheme 'ftp' is not supported"),
    ("1.2.3.4.5", "ends in a number but is not an IPv4 address"),
    ("256.1.1.1", "ends in a number but is not an IPv4 address"),
    ("host.08", "ends in a number but is not an IPv4 address"),
    ("\u00e9" * 70 + ".de", "not a valid international domain name"),
    ("", "is empty"),
]


@pytest.mark.parametrize(("text", "rule"), REFUSED)
def test_refused_with_field_and_rule(text: str, rule: str) -> None:
    with pytest.raises(ValidationError) as caught:
        resolve_endpoint("cn-hangzhou", endpoint=text) if text else split_endpoint(text)
    assert caught.value.field == "endpoint"
    assert rule in caught.value.rule


@pytest.mark.parametrize(
    ("text", "scheme", "netloc", "style"),
    [
        ("oss-cn-hangzhou.aliyuncs.com", "https", "oss-cn-hangzhou.aliyuncs.com", AddressStyle.VIRTUAL),
        ("  oss-cn-hangzhou.aliyuncs.com/ ", "https", "oss-cn-hangzhou.aliyuncs.com", AddressStyle.VIRTUAL),
        ("HTTP://Files.Example.com:8080", "http", "Files.Example.com:8080", AddressStyle.VIRTUAL),
        ("http://[::1]:9000", "http", "[::1]:9000", AddressStyle.PATH),
        ("127.0.0.1:65535", "https", "127.0.0.1:65535", AddressStyle.PATH),
        ("127.1:9000", "https", "127.1:9000", AddressStyle.PATH),
        ("0x7f.1", "https", "0x7f.1", AddressStyle.PATH),
        ("münchen.example", "https", "xn--mnchen-3ya.example", AddressStyle.VIRTUAL),
        ("my_host.internal", "https", "my_host.internal", AddressStyle.VIRTUAL),
        ("x." + "a" * 63 + ".com", "https", "x." + "a" * 63 + ".com", AddressStyle.VIRTUAL),
    ],
)
def test_accepted(text: str, scheme: str, netloc: str, style: AddressStyle) -> None:
    endpoint = resolve_endpoint("cn-hangzhou", endpoint=text)
    assert (endpoint.scheme, endpoint.netloc, endpoint.style) == (scheme, netloc, style)


@pytest.mark.parametrize("host", ["127.1", "127.0.1", "10.1", "0x7f.0.0.1", "017.0.0.1", "2130706433"])
def test_short_ipv4_is_path_style_as_in_the_sdk(host: str) -> None:
    creds = Credentials("LTAI5tShortIp", "short-ip-secret")
    req = PresignRequest("example-bucket", "dir/a b.txt")
    ours = presign(
        req, credentials=creds, region="cn-hangzhou", endpoint=resolve_endpoint("cn-hangzhou", f"http://{host}:9000"),
        now=NOW, expires=dt.timedelta(minutes=15),
    )
    client = sdk_client(key_id=creds.access_key_id, secret=creds.access_key_secret, endpoint=f"http://{host}:9000")
    sdk = sdk_presign(client, req, NOW, expires=dt.timedelta(minutes=15))
    assert ours.url == sdk.url
    assert ours.url.startswith(f"http://{host}:9000/example-bucket/dir/a%20b.txt?")


_PART = st.one_of(
    st.integers(0, 2**33).map(str),
    st.integers(0, 2**33).map(lambda n: f"0x{n:x}"),
    st.integers(0, 2**33).map(lambda n: f"0{n:o}"),
    st.text(alphabet="0123456789xXabcdef", max_size=6),
)


@given(st.lists(_PART, min_size=1, max_size=5).map(".".join))
def test_ipv4_forms_are_the_ones_inet_aton_takes(host: str) -> None:
    try:
        expected: int | None = int.from_bytes(socket.inet_aton(host), "big")
    except OSError:
        expected = None
    assert is_ip_host(host) is (expected is not None)
    if expected is not None:
        assert is_ip_host(f"{host}:9000")
        assert resolve_endpoint("cn-hangzhou", host).style is AddressStyle.PATH
        assert str(ipaddress.IPv4Address(expected))  # a real address


@pytest.mark.parametrize(
    ("region", "rule"),
    [
        ("a" * 1000, "at most 64 characters (this one has 1,000)"),
        ("cn-hang\x1bzhou", "is not a region id"),
        ("", "is required"),
    ],
)
def test_region_bounded(region: str, rule: str) -> None:
    with pytest.raises(ValidationError, match="^region: ") as caught:
        check_region(region)
    assert rule in caught.value.rule


@pytest.mark.parametrize(
    "fields",
    [
        {"endpoint": "http://[::1"},
        {"cnames": {"site-bucket": "evil.com\\good.com"}},
        {"bucket_endpoints": {"north-bucket": "http://:9000"}},
    ],
)
def test_a_profile_with_a_bad_endpoint_is_a_clean_validation_error(fields: dict[str, object]) -> None:
    profile = Profile(name="p", access_key_id="LTAI5tProfile", region="cn-hangzhou", **fields)  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as caught:
        profile.validate()
    assert caught.value.field == "endpoint"
