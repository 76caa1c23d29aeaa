"""A bucket with an endpoint of its own (ossutil's [Bucket-Endpoint]) is reached there: by the
command line, by the window's client, by Copy link and by the share dialog's default host."""

from __future__ import annotations

from ossshare.core import Credentials, EndpointOptions, resolve_endpoint
from ossshare.services.account import Account

ACCOUNT = Account(
    Credentials("AK", "SK"),
    region="cn-hangzhou",
    endpoint_options=EndpointOptions(internal=True),
    bucket_endpoints={
        "north-bucket": "http://oss-cn-beijing-internal.aliyuncs.com",
        "lab-bucket": "oss.lab.example:9000",
    },
)


def test_options_for_a_bucket_with_its_own_endpoint() -> None:
    assert ACCOUNT.options_for_bucket("north-bucket") == (EndpointOptions(internal=True, http=True), "cn-beijing")
    assert ACCOUNT.options_for_bucket("lab-bucket") == (EndpointOptions(endpoint="oss.lab.example:9000"), None)
    assert ACCOUNT.options_for_bucket("other") == (EndpointOptions(internal=True), None)
    assert ACCOUNT.options_for_bucket(None) == (EndpointOptions(internal=True), None)


def test_share_dialog_default_host_is_the_buckets_own() -> None:
    from ossshare.services.share_hosts import HostKind, host_choices

    default = next(c for c in host_choices(ACCOUNT, "north-bucket") if c.kind is HostKind.DEFAULT)
    endpoint = default.resolve("cn-beijing")
    assert (endpoint.scheme, endpoint.netloc) == ("http", "oss-cn-beijing-internal.aliyuncs.com")
    other = next(c for c in host_choices(ACCOUNT, "other") if c.kind is HostKind.DEFAULT)
    assert other.resolve("cn-hangzhou").netloc == "oss-cn-hangzhou-internal.aliyuncs.com"


def test_window_client_for_a_bucket_with_its_own_endpoint() -> None:
    from ossshare.oss.client import OssClient
    from ossshare.ui.connection import Choice, Connection

    endpoint = resolve_endpoint("cn-hangzhou", internal=True)
    with OssClient(ACCOUNT.credentials, "cn-hangzhou", endpoint) as client:
        conn = Connection(Choice("profile", "work"), ACCOUNT, client, "cn-hangzhou", endpoint)
        north = conn.client_for("cn-beijing", "north-bucket")
        assert (north.region, north.endpoint.netloc, north.endpoint.scheme) == (
            "cn-beijing",
            "oss-cn-beijing-internal.aliyuncs.com",
            "http",
        )
        assert conn.client_for("cn-beijing", "north-bucket") is north  # made once
        lab = conn.client_for(None, "lab-bucket")
        assert (lab.region, lab.endpoint.netloc) == ("cn-hangzhou", "oss.lab.example:9000")
        assert conn.client_for(None, "other") is client


def test_copy_link_signs_for_the_buckets_own_endpoint() -> None:
    from ossshare.core.clock import utc_now
    from ossshare.services.share import default_link

    north = default_link(ACCOUNT, "cn-beijing", "north-bucket", "a.txt", now=utc_now())
    assert north.url.startswith("http://north-bucket.oss-cn-beijing-internal.aliyuncs.com/a.txt?")
    other = default_link(ACCOUNT, "cn-hangzhou", "other", "a.txt", now=utc_now())
    assert other.url.startswith("https://other.oss-cn-hangzhou-internal.aliyuncs.com/a.txt?")
