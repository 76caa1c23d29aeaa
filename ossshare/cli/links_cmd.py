"""`ossshare links`: the link history — list, copy again, forget, export.

The history holds what is needed to sign a link again, never the link itself; "copy" signs it
again now, for the same expiration instant, so it ends when the one given out ends.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from ..core import OssShareError
from ..core.clock import utc_now
from ..core.visible import visible
from ..services.export import FORMATS, LinkRow, iso_utc, write_links, write_records
from ..services.ledger import Ledger, LedgerEntry, request_options, sign_again
from . import common, failure

_FIELDS = (
    "id", "status", "profile", "bucket", "key", "version_id", "method", "region", "host", "host_kind",
    "signature_version", "options", "created", "expiration", "note", "batch", "etag",
)


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "links",
        help="the history of links made with --record (list, copy again, forget, export)",
        description=(
            "The link history: what `ossshare sign --record` gave out. It keeps what is needed to sign "
            "a link again (bucket, key, options, host, expiration), never the URL, its signature or a secret."
        ),
    )
    cmds = p.add_subparsers(dest="links_command", metavar="ACTION", required=True)
    ls = cmds.add_parser("list", help="the recorded links, newest first")
    status = ls.add_mutually_exclusive_group()
    for name, text in (("active", "still valid (the default)"), ("expired", "past their expiration"), ("all", "both")):
        status.add_argument(f"--{name}", dest="status", action="store_const", const=name, help=text)
    ls.add_argument("--bucket", metavar="NAME", help="only links to objects of this bucket")
    ls.add_argument("--text", metavar="TEXT", help="only links whose key or note holds TEXT (any case)")
    ls.add_argument("--json", action="store_true", help="one JSON array")
    ls.set_defaults(func=_list, status="active")
    cp = cmds.add_parser("copy", help="sign a recorded link again, for the same expiration instant")
    cp.add_argument("id", type=int)
    cp.add_argument("--format", choices=FORMATS, default="url")
    cp.add_argument("--profile", metavar="NAME", help="sign with this profile (default: the one recorded)")
    cp.set_defaults(func=_copy)
    fg = cmds.add_parser("forget", help="remove links from the history (they keep working until they expire)")
    fg.add_argument("ids", nargs="*", type=int, metavar="ID")
    fg.add_argument("--expired", action="store_true", help="every link past its expiration")
    fg.set_defaults(func=_forget)
    ex = cmds.add_parser("export", help="the whole history as CSV or JSON")
    ex.add_argument("--format", choices=("csv", "json"), required=True)
    ex.set_defaults(func=_export)


def _open() -> Ledger:
    try:
        ledger = Ledger()
    except OssShareError as exc:
        raise failure.CliError(exc.message) from None
    if ledger.notice:
        failure.warn(ledger.notice.message)
    return ledger


def _record(entry: LedgerEntry, now: datetime) -> dict[str, Any]:
    spec, request = entry.spec, entry.spec.request
    return {
        "id": entry.id,
        "status": "active" if entry.is_active(now) else "expired",
        "profile": spec.profile,
        "bucket": request.bucket,
        "key": request.key,
        "version_id": request.version_id,
        "method": request.method,
        "region": spec.region,
        "host": f"{spec.endpoint.scheme}://{spec.endpoint.netloc}",
        "host_kind": spec.endpoint.style.value,
        "signature_version": int(spec.signature_version),
        "options": request_options(request),
        "created": iso_utc(entry.created),
        "expiration": iso_utc(spec.expiration),
        "note": entry.note,
        "batch": entry.batch,
        "etag": entry.etag,
    }


def _list(args: argparse.Namespace) -> int:
    now = utc_now()
    with _open() as ledger:
        entries = ledger.entries(args.status, now=now, bucket=args.bucket, text=args.text)
        if args.json:
            write_records("json", (_record(e, now) for e in entries), _FIELDS, sys.stdout)
            return 0
        for e in entries:
            left = e.spec.expiration - now
            when = f"expires {e.spec.expiration.astimezone():%Y-%m-%d %H:%M}" if left.total_seconds() > 0 else "expired"
            name = f"oss://{e.spec.request.bucket}/{e.spec.request.key}"
            note = f"  ({e.note})" if e.note else ""
            print(f"{e.id:>6}  {when:<24}  {visible(name + note)}")
    return 0


def _copy(args: argparse.Namespace) -> int:
    with _open() as ledger:
        entry = ledger.get(args.id)
    if entry is None:
        raise failure.CliError(f"no link {args.id} in the history (see `ossshare links list --all`)")
    spec = entry.spec
    # Whole seconds: the link then ends exactly when the recorded one does (V4 counts whole seconds).
    now = utc_now().replace(microsecond=0)
    if spec.expiration <= now:
        raise failure.CliError(f"link {args.id} expired at {iso_utc(spec.expiration)}; sign a new one")
    account = common.account_from_args(argparse.Namespace(profile=args.profile or spec.profile))
    try:
        again = sign_again(spec, account, now=now)
    except OssShareError as exc:
        raise failure.CliError(exc.message) from None
    if again.capped is not None:
        failure.warn(f"the STS token expires at {again.capped.isoformat()}; the link is capped at that time")
    result = again.result
    write_links(args.format, [LinkRow(spec.request.key, result, None, spec.request.version_id)], sys.stdout)
    if result.signed_headers:
        sent = ", ".join(f"{k}: {v}" for k, v in result.signed_headers.items())
        failure.warn(f"whoever uses this link must send these headers: {sent}")
    return 0


def _forget(args: argparse.Namespace) -> int:
    if bool(args.ids) == bool(args.expired):
        raise failure.CliError("give the IDs of the links to forget, or --expired")
    with _open() as ledger:
        if args.expired:
            count = ledger.forget_expired(utc_now())
        else:
            missing = [i for i in args.ids if ledger.get(i) is None]
            if missing:
                raise failure.CliError(f"no link {', '.join(map(str, missing))} in the history; nothing was forgotten")
            count = ledger.forget(args.ids)
    print(f"forgot {count} link{'s' if count != 1 else ''}", file=sys.stderr)
    return 0


def _export(args: argparse.Namespace) -> int:
    now = utc_now()
    with _open() as ledger:
        records: Iterator[dict[str, Any]] = (_record(e, now) for e in ledger.entries("all", now=now))
        write_records(args.format, records, _FIELDS, sys.stdout)
    return 0

