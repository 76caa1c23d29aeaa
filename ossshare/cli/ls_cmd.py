"""`ossshare ls`: list buckets, or one level of a bucket (folders end with /), or all of it."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from datetime import datetime

from ..core import OssShareError
from ..core.visible import visible
from ..oss.client import OssClient
from ..oss.models import BucketInfo, ObjectPage
from . import common, failure

_UNITS = ("B", "KB", "MB", "GB", "TB", "PB")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "ls",
        help="list buckets, or the objects of a bucket",
        description=(
            "Without a target, list the buckets of the account. With oss://BUCKET/PREFIX, list one "
            "level under PREFIX: folders end with '/', names are relative to the prefix's folder. "
            "With --recursive, list every key under PREFIX in full."
        ),
    )
    p.add_argument("target", nargs="?", metavar="oss://BUCKET[/PREFIX]")
    p.add_argument("-r", "--recursive", action="store_true", help="every key under the prefix, not one level")
    p.add_argument("--page-size", type=int, default=1000, metavar="N", help="keys asked for per request (1-1000)")
    common.add_account_options(p)
    p.set_defaults(func=run)


def human_size(size: int) -> str:
    """Powers of 1024, one decimal: 1536 -> '1.5 KB'."""
    if size < 1024:
        return f"{size} B"
    value = float(size)
    for unit in _UNITS[1:]:
        value /= 1024
        if value < 1024 or unit == _UNITS[-1]:
            return f"{value:.1f} {unit}"
    raise AssertionError("unreachable")


def local_time(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else ""


# Names come from the server: each is escaped (core.visible), so a key cannot clear the
# terminal, forge a line of the listing or reorder what is shown.


def bucket_line(bucket: BucketInfo) -> str:
    return f"{local_time(bucket.creation_date):16}  {visible(bucket.region):16}  {visible(bucket.name)}"


def page_lines(page: ObjectPage, strip: str) -> Iterable[str]:
    """Folders and objects of one page in key order, names without `strip` in front."""
    rows: list[tuple[str, str]] = [(p, f"{'':16}  {'':>9}  {visible(p[len(strip):])}") for p in page.prefixes]
    rows += [
        (o.key, f"{local_time(o.last_modified):16}  {human_size(o.size):>9}  {visible(o.key[len(strip):])}")
        for o in page.objects
    ]
    rows.sort(key=lambda row: row[0])
    return (line for _, line in rows)


def run(args: argparse.Namespace) -> int:
    if not 1 <= args.page_size <= 1000:
        raise failure.CliError("--page-size must be between 1 and 1000")
    bucket, prefix = common.parse_oss_url(args.target) if args.target else (None, "")
    account = common.account_from_args(args)
    region, endpoint = common.region_and_endpoint(args, account, bucket)
    try:
        with OssClient(account.credentials, region, endpoint) as client:
            if bucket is None:
                for bucket_page in client.iter_bucket_pages(page_size=args.page_size):
                    _emit(bucket_line(b) for b in bucket_page.buckets)
            else:
                delimiter = "" if args.recursive else "/"
                strip = "" if args.recursive else prefix[: prefix.rfind("/") + 1]
                for page in client.iter_object_pages(bucket, prefix, delimiter, args.page_size):
                    _emit(page_lines(page, strip))
    except OssShareError as exc:
        raise failure.CliError(f"{exc.title}: {exc.message}") from None  # one line: fail() escapes it
    return 0


def _emit(lines: Iterable[str]) -> None:
    for line in lines:
        print(line)
    sys.stdout.flush()  # each page shows as it arrives
