"""Which host a command talks to: options, then the profile's custom domain or the bucket's own endpoint."""

from __future__ import annotations

import argparse

import pytest

from ossshare.cli.common import region_and_endpoint
from ossshare.cli.failure import CliError
from ossshare.core import AddressStyle, Credentials, EndpointOptions
from ossshare.services.account import Account

ACCOUNT = Account(
    Credentials("AK", "SK"),
    region="cn-hangzhou",
    endpoint_options=EndpointOptions(internal=True),
    cnames={"site-bucket": "files.example.com"},
    bucket_endpoints={"north-bucket": "http://oss-cn-beijing.aliyuncs.com", "odd-bucket": "oss.example.internal:9000"},
)


def args(**kw: object) -> argparse.Namespace:
    base: dict[str, object] = dict(
        region=None,
        endpoint=None,
        cname=False,
        path_style=False,
        internal=False,
        accelerate=False,
        dualstack=False,
        http=False,
    )
    base.update(kw)
    return argparse.Namespace(**base)


def test_profile_defaults() -> None:
    region, ep = region_and_endpoint(args(), ACCOUNT, "any-bucket")
    assert (region, ep.netloc) == ("cn-hangzhou", "oss-cn-hangzhou-internal.aliyuncs.com")


def test_bucket_endpoint_brings_its_region() -> None:
    region, ep = region_and_endpoint(args(), ACCOUNT, "north-bucket")
    assert (region, ep.scheme, ep.netloc) == ("cn-beijing", "http", "oss-cn-beijing.aliyuncs.com")


def test_custom_bucket_endpoint() -> None:
    region, ep = region_and_endpoint(args(), ACCOUNT, "odd-bucket")
    assert (region, ep.netloc) == ("cn-hangzhou", "oss.example.internal:9000")


def test_cname_needs_the_flag() -> None:
    _, plain = region_and_endpoint(args(), ACCOUNT, "site-bucket")
    assert plain.style is AddressStyle.VIRTUAL
    _, cname = region_and_endpoint(args(cname=True), ACCOUNT, "site-bucket")
    assert (cname.netloc, cname.style) == ("files.example.com", AddressStyle.CNAME)


def test_options_win() -> None:
    region, ep = region_and_endpoint(
        args(region="cn-shanghai", endpoint="oss-cn-shanghai.aliyuncs.com"), ACCOUNT, "north-bucket"
    )
    assert (region, ep.netloc) == ("cn-shanghai", "oss-cn-shanghai.aliyuncs.com")


def test_region_required() -> None:
    with pytest.raises(CliError, match="--region is required"):
        region_and_endpoint(args(), Account(Credentials("AK", "SK")), "b-1")
