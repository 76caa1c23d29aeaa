"""Shared command-line plumbing: errors, credential and endpoint options."""

from __future__ import annotations

import argparse
import os
from dataclasses import replace

from ..core import Credentials, Endpoint, OssShareError
from ..services.account import ENV_ID, ENV_SECRET, ENV_TOKEN, Account
from .failure import CliError, warn


def add_account_options(parser: argparse.ArgumentParser) -> None:
    g = parser.add_argument_group("account and endpoint")
    g.add_argument(
        "--profile",
        metavar="NAME",
        help="a saved profile (default: OSS_ACCESS_KEY_ID/OSS_ACCESS_KEY_SECRET/OSS_SESSION_TOKEN)",
    )
    g.add_argument("--region", help="region id, e.g. cn-hangzhou")
    g.add_argument("--endpoint", help="custom endpoint host, with or without scheme")
    g.add_argument("--cname", action="store_true", help="the endpoint is a custom domain bound to the bucket")
    g.add_argument("--path-style", action="store_true", help="put the bucket in the path, not the host")
    g.add_argument("--internal", action="store_true", help="use the region's internal (VPC) endpoint")
    g.add_argument("--accelerate", action="store_true", help="use the global acceleration endpoint")
    g.add_argument("--dualstack", action="store_true", help="use the region's dual-stack (IPv6) endpoint")
    g.add_argument("--http", action="store_true", help="http instead of https")


def account_from_args(args: argparse.Namespace) -> Account:
    if getattr(args, "profile", None):
        from ..services.accounts import account_for_cli  # imports keyring: only when asked
        from ..services.profiles import ProfileStore

        profiles = ProfileStore()
        try:
            return account_for_cli(args.profile, profiles=profiles)
        except OssShareError as exc:
            raise CliError(exc.message) from None
        finally:  # settings moved aside, other profiles skipped: said as in `profile list`
            for notice in profiles.take_notices():
                if notice.profile != args.profile:  # this one's own problem is the error itself
                    warn(f"{notice.title}: {notice.message}")
    credentials = environment_credentials()
    if credentials is None:
        raise CliError(f"no credentials: set {ENV_ID} and {ENV_SECRET}, or pass --profile NAME")
    return Account(credentials)


def environment_credentials() -> Credentials | None:
    """Credentials from OSS_ACCESS_KEY_ID/SECRET (and OSS_SESSION_TOKEN), None when unset."""
    key_id, secret = os.environ.get(ENV_ID, ""), os.environ.get(ENV_SECRET, "")
    if not key_id or not secret:
        return None
    try:
        return Credentials(key_id, secret, os.environ.get(ENV_TOKEN) or None)
    except OssShareError as exc:
        raise CliError(exc.message) from None


_ENDPOINT_FLAGS = ("cname", "path_style", "internal", "accelerate", "dualstack", "http")


def region_and_endpoint(
    args: argparse.Namespace, account: Account, bucket: str | None = None
) -> tuple[str, Endpoint]:
    """Command-line options win over the profile's; for a bucket, the profile's custom domain
    (with --cname) or the bucket's own endpoint (imported from ossutil) come next."""
    opts, bucket_region = account.options_for_bucket(bucket)
    region = args.region or bucket_region or account.region
    if bucket and not args.endpoint and args.cname and account.cnames and bucket in account.cnames:
        opts = replace(opts, endpoint=account.cnames[bucket])
    flags = {flag: True for flag in _ENDPOINT_FLAGS if getattr(args, flag, False)}
    opts = replace(opts, endpoint=args.endpoint or opts.endpoint, **flags)
    if not region:
        raise CliError("--region is required (e.g. --region cn-hangzhou)")
    try:
        return region, opts.resolve(region)
    except OssShareError as exc:
        raise CliError(exc.message) from None


def parse_oss_url(text: str) -> tuple[str, str]:
    """`oss://BUCKET/KEY` -> (bucket, key); everything after the bucket's slash is the key, verbatim."""
    if not text.startswith("oss://"):
        raise CliError(f"'{text}' is not an oss:// URL (expected oss://BUCKET/KEY)")
    bucket, _, key = text[len("oss://") :].partition("/")
    if not bucket:
        raise CliError(f"'{text}' names no bucket (expected oss://BUCKET/KEY)")
    return bucket, key
