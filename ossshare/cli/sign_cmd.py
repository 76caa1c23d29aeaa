"""`ossshare sign`: print a presigned URL for one object."""

from __future__ import annotations

import argparse
import json

from ..core import OssShareError, PresignRequest, SignatureVersion, ValidationError, presign
from ..core.clock import utc_now
from ..core.durations import parse_duration, parse_instant
from ..core.visible import clip
from ..services.share import link_time
from . import common, failure, sign_batch


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "sign",
        help="print a presigned download URL",
        description="Print a presigned URL for one object (V4 by default, valid 15 minutes).",
    )
    p.add_argument(
        "target", nargs="*", metavar="oss://BUCKET/KEY",
        help="the object (or several, or folders with --recursive); or use --bucket and --key",
    )
    p.add_argument("--bucket")
    p.add_argument("--key")
    common.add_account_options(p)
    t = p.add_argument_group("validity")
    t.add_argument("--expires", metavar="DURATION", help="seconds, or 15m/1h/7d (default 15m; V4 allows at most 7d)")
    t.add_argument("--expiration", metavar="ISO8601", help="absolute expiry with time zone; wins over --expires")
    t.add_argument("--signing-time", metavar="ISO8601", help="sign as of this instant (reproducible output)")
    r = p.add_argument_group("request")
    r.add_argument("--method", choices=("GET", "HEAD"), default="GET")
    r.add_argument("--version-id")
    r.add_argument("--range-behavior", metavar="VALUE", help="signed header x-oss-range-behavior, e.g. standard")
    r.add_argument("--request-payer", metavar="VALUE", help="signed header x-oss-request-payer, e.g. requester")
    r.add_argument(
        "--header", action="append", default=[], metavar="NAME:VALUE", help="another signed x-oss-* header (repeatable)"
    )
    r.add_argument(
        "--additional-header", action="append", default=[], metavar="NAME:VALUE",
        help="sign another request header too, e.g. 'Range: bytes=0-1023' (V4, repeatable)",
    )
    r.add_argument("--traffic-limit", type=int, metavar="BITS_PER_S", help="signed header x-oss-traffic-limit")
    r.add_argument(
        "--traffic-limit-in-query", action="store_true",
        help="sign the traffic limit as a query parameter instead, so a browser can use the link",
    )
    r.add_argument("--process", metavar="STYLE", help="x-oss-process signed into the link, e.g. image/resize,w_100")
    r.add_argument("--signature-version", type=int, choices=(4, 1), default=None, help="4 (default) or 1 (legacy)")
    o = p.add_argument_group("response overrides")
    for name in (
        "content-disposition", "content-type", "cache-control", "content-language", "content-encoding", "expires"
    ):
        o.add_argument(f"--response-{name}", metavar="VALUE")
    p.add_argument("--json", action="store_true", help='print {"method","url","expiration","signed_headers"}')
    sign_batch.add_options(p)
    p.set_defaults(func=run)


def _headers(items: list[str], option: str = "--header") -> dict[str, str]:
    headers: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition(":")
        if not sep:
            raise ValidationError(f"{option} '{clip(item)}'", "expected NAME:VALUE")
        name = name.strip()
        if name.lower() in (seen.lower() for seen in headers):
            raise ValidationError(f"{option} '{clip(name)}'", "is given twice")
        headers[name] = value.strip()
    return headers


def run(args: argparse.Namespace) -> int:
    batch = sign_batch.targets_of(args)
    if batch is not None:
        bucket, key = batch.bucket, ""  # the batch's keys come later
    elif args.target:
        if args.bucket or args.key:
            raise failure.CliError("give either oss://BUCKET/KEY or --bucket/--key, not both")
        bucket, key = common.parse_oss_url(args.target[0])
    else:
        if not args.bucket or not args.key:
            raise failure.CliError("which object? give oss://BUCKET/KEY or --bucket and --key")
        bucket, key = args.bucket, args.key
    account = common.account_from_args(args)
    region, endpoint = common.region_and_endpoint(args, account, bucket)
    try:
        now = parse_instant(args.signing_time, "--signing-time") if args.signing_time else utc_now()
        timing = link_time(
            account,
            now,
            expires=parse_duration(args.expires, "--expires") if args.expires else None,
            expiration=parse_instant(args.expiration, "--expiration") if args.expiration else None,
        )
        expires, expiration = timing.expires, timing.expiration
        version = SignatureVersion(args.signature_version or account.signature_version or 4)
        if timing.token_cap is not None:
            failure.warn(
                f"the STS token expires at {timing.token_cap.isoformat()}; "
                "the link is capped at that time, as it could not work longer"
            )
        request = PresignRequest(
            bucket=bucket,
            key=key,
            method=args.method,
            version_id=args.version_id,
            range_behavior=args.range_behavior,
            request_payer=args.request_payer,
            traffic_limit=args.traffic_limit,
            traffic_limit_in_query=args.traffic_limit_in_query,
            headers=_headers(args.header),
            additional_headers=_headers(args.additional_header, "--additional-header"),
            response_cache_control=args.response_cache_control,
            response_content_disposition=args.response_content_disposition,
            response_content_encoding=args.response_content_encoding,
            response_content_language=args.response_content_language,
            response_content_type=args.response_content_type,
            response_expires=args.response_expires,
            process=args.process,
        )
        if batch is not None:
            return sign_batch.run(
                args, batch, account, region, endpoint, request,
                now=now, expires=expires, expiration=expiration, version=version,
            )
        result = presign(
            request,
            credentials=account.credentials,
            region=region,
            endpoint=endpoint,
            now=now,
            expires=expires,
            expiration=expiration,
            version=version,
        )
    except OssShareError as exc:
        raise failure.CliError(exc.message) from None
    if args.json:
        print(
            json.dumps(
                {
                    "method": result.method,
                    "url": result.url,
                    "expiration": result.expiration.isoformat(),
                    "signed_headers": dict(result.signed_headers),
                },
                ensure_ascii=False,
            )
        )
    else:
        print(result.url)
        if result.signed_headers:
            sent = ", ".join(f"{k}: {v}" for k, v in result.signed_headers.items())
            failure.warn(f"whoever uses this link must send these headers: {sent}")
    return 0
