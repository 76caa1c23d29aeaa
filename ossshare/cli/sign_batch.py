"""`ossshare sign` for several objects: explicit targets, a folder (--recursive), a list of
keys (--from-file), written in any --format as the links are made.

Every link of a run is signed at one instant with one expiration, by one BatchPresigner. A
key OSS would refuse is reported on stderr and the run goes on; the exit status is 1 then.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Generator, Iterable, Iterator
from contextlib import ExitStack, nullcontext
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from ..core import Endpoint, PresignRequest, SignatureVersion, ValidationError
from ..core.batch import BatchFailure, BatchPresigner
from ..core.validation import check_key
from ..core.visible import clip
from ..services.account import Account
from ..services.export import FORMATS, LinkRow, write_links
from ..services.ledger import Ledger, LinkSpec, Recorder
from . import common, failure
from .failure import CliError

# (key, size and ETag when listed) or why a line gives no key
Item = tuple[str, int | None, str | None] | BatchFailure


def add_options(parser: argparse.ArgumentParser) -> None:
    g = parser.add_argument_group("several links (one instant, one expiration for all)")
    g.add_argument("-r", "--recursive", action="store_true", help="each target is a folder: sign every key under it")
    g.add_argument(
        "--include", action="append", default=[], metavar="GLOB",
        help="with --recursive, only keys whose name below the folder matches (repeatable; * also crosses /)",
    )
    g.add_argument("--exclude", action="append", default=[], metavar="GLOB", help="with --recursive, leave these out")
    g.add_argument(
        "--folder-markers", action="store_true", help="with --recursive, sign folder markers (keys ending in /) too"
    )
    g.add_argument("--from-file", metavar="FILE", help="one key or oss://BUCKET/KEY per line; - reads stdin")
    g.add_argument(
        "--format", choices=FORMATS, help="url (one per line, the default), csv, tsv, json, jsonl, markdown, html"
    )
    g.add_argument("--record", action="store_true", help="remember the links in the link history (never the URLs)")
    g.add_argument("--note", metavar="TEXT", help="a note stored with the recorded links")


@dataclass
class Targets:
    """What a batch run signs, all in one bucket."""

    bucket: str
    keys: list[str] = field(default_factory=list)
    prefixes: list[str] = field(default_factory=list)
    lines: Iterable[str] = ()  # --from-file, read as they are needed
    closing: ExitStack = field(default_factory=ExitStack)


def targets_of(args: argparse.Namespace) -> Targets | None:
    """The batch this command line asks for; None for a single link printed as before."""
    if not (len(args.target) > 1 or args.recursive or args.from_file or args.format or args.record):
        if args.include or args.exclude or args.folder_markers or args.note:
            raise CliError("--include, --exclude and --folder-markers go with --recursive, --note with --record")
        return None
    if args.json:
        raise CliError("--json prints one link; for several use --format json")
    if (args.include or args.exclude or args.folder_markers) and not args.recursive:
        raise CliError("--include, --exclude and --folder-markers go with --recursive")
    if args.note is not None and not args.record:
        raise CliError("--note is stored with --record")
    buckets: list[str] = [args.bucket] if args.bucket else []
    paths = [common.parse_oss_url(t) for t in args.target]
    buckets += [b for b, _ in paths]
    targets = Targets(bucket=buckets[0] if buckets else "")
    if args.recursive:
        if args.key:
            raise CliError("--recursive lists folders: give them as oss://BUCKET/PREFIX/, not --key")
        targets.prefixes = [p for _, p in paths] or [""]
    else:
        targets.keys = [k for _, k in paths] + ([args.key] if args.key else [])
        for key in targets.keys:  # typed on the command line: a bad one is a bad argument
            try:
                check_key(key)
            except ValidationError as exc:
                raise CliError(f"'{clip(key)}': {exc.rule}") from None
    if args.from_file:
        targets.lines = _lines(args.from_file, targets)
    if not targets.bucket:
        raise CliError("which bucket? give oss://BUCKET/... targets, --bucket, or oss:// paths in --from-file")
    if any(b != targets.bucket for b in buckets):
        raise CliError(f"every target must be in one bucket (here {', '.join(sorted(set(buckets)))})")
    if not (targets.keys or targets.prefixes or args.from_file):
        raise CliError("which objects? give oss://BUCKET/KEY targets, a folder with --recursive, or --from-file")
    if args.version_id is not None and (args.recursive or args.from_file or len(targets.keys) != 1):
        raise CliError("--version-id names a version of one object; it cannot apply to several")
    return targets


def _lines(path: str, targets: Targets) -> Iterator[str]:
    """The file's lines, read as they are needed. When no bucket is named yet, the first
    line must be an oss:// path and names it."""
    lines = _read_lines(path)
    targets.closing.callback(lines.close)
    first = next(lines, None)  # opens the file now: a missing one is a bad argument, not a late failure
    if not targets.bucket:
        if first is None or not first.startswith("oss://"):
            raise CliError(
                "--from-file: without --bucket or an oss:// target, the first line must be oss://BUCKET/KEY"
            )
        targets.bucket = common.parse_oss_url(first)[0]
    return lines if first is None else _chain(first, lines)


def _read_lines(path: str) -> Generator[str, None, None]:
    """Lines without their line ends (LF or CRLF); blank ones skipped, spaces kept (keys may hold them)."""
    try:
        with nullcontext(sys.stdin) if path == "-" else open(path, encoding="utf-8") as stream:
            for line in stream:
                line = line.rstrip("\n").removesuffix("\r")
                if line:
                    yield line
    except OSError as exc:
        raise CliError(f"--from-file: cannot read {path}: {exc.strerror or type(exc).__name__}") from None
    except UnicodeDecodeError:
        raise CliError(f"--from-file: {path} is not UTF-8 text") from None


def _chain(first: str, rest: Iterator[str]) -> Iterator[str]:
    yield first
    yield from rest


def run(
    args: argparse.Namespace,
    targets: Targets,
    account: Account,
    region: str,
    endpoint: Endpoint,
    template: PresignRequest,
    *,
    now: datetime,
    expires: timedelta | None,
    expiration: datetime | None,
    version: SignatureVersion,
) -> int:
    presigner = BatchPresigner(
        template, credentials=account.credentials, region=region, endpoint=endpoint, now=now,
        expires=expires, expiration=expiration, version=version,
    )
    refused = 0
    progress = _Progress() if sys.stderr.isatty() else None

    def rows(items: Iterable[Item]) -> Iterator[LinkRow]:
        nonlocal refused
        for item in items:
            if not isinstance(item, BatchFailure):
                key, size, etag = item
                try:
                    yield LinkRow(key, presigner.sign(key), size, template.version_id, etag)
                    if progress:
                        progress.tick()
                    continue
                except ValidationError as exc:
                    item = BatchFailure(key, exc.message)
            refused += 1
            if progress:
                progress.done()  # the count is drawn again at the next link
            failure.fail(f"cannot sign '{item.key}': {item.reason}")  # one line, escaped

    with ExitStack() as stack:
        stack.enter_context(targets.closing)
        links = rows(_items(args, targets, account, region, endpoint))
        if args.record:
            recorder = stack.enter_context(_ledger(stack).recorder(note=args.note))
            spec = LinkSpec(template, region, endpoint, version, presigner.expiration, account.profile_name)
            links = _recorded(links, recorder, spec)
        try:
            write_links(args.format or "url", links, sys.stdout)
            sys.stdout.flush()
        except BrokenPipeError:  # `... | head`: the reader left, which is fine
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        finally:
            if progress:
                progress.done()
    if presigner.signed_headers:
        sent = ", ".join(f"{k}: {v}" for k, v in presigner.signed_headers.items())
        failure.warn(f"whoever uses these links must send these headers: {sent}")
    return 1 if refused else 0


def _items(
    args: argparse.Namespace, targets: Targets, account: Account, region: str, endpoint: Endpoint
) -> Iterator[Item]:
    yield from ((key, None, None) for key in targets.keys)
    for line in targets.lines:
        if not line.startswith("oss://"):
            yield line, None, None
            continue
        bucket, _, key = line[len("oss://") :].partition("/")
        if bucket != targets.bucket:
            yield BatchFailure(line, f"not in bucket {targets.bucket} (one run signs links of one bucket)")
        else:
            yield key, None, None
    if targets.prefixes:
        yield from _listed(args, targets, account, region, endpoint)


def _listed(
    args: argparse.Namespace, targets: Targets, account: Account, region: str, endpoint: Endpoint
) -> Iterator[Item]:
    from ..oss.client import OssClient  # requests: loaded only when a folder is listed
    from ..services.folder_walk import folder_objects

    with OssClient(account.credentials, region, endpoint) as client:
        for prefix in targets.prefixes:
            listed = folder_objects(
                client, targets.bucket, prefix, args.include, args.exclude, markers=args.folder_markers
            )
            for obj in listed:
                yield obj.key, obj.size, obj.etag


def _ledger(stack: ExitStack) -> Ledger:
    ledger = stack.enter_context(Ledger())
    if ledger.notice:
        failure.warn(ledger.notice.message)
    return ledger


def _recorded(rows: Iterable[LinkRow], recorder: Recorder, spec: LinkSpec) -> Iterator[LinkRow]:
    """`rows`, each recorded (as `spec` for its key) before it is handed on."""
    for row in rows:
        recorder.add(replace(spec, request=replace(spec.request, key=row.key)), row.etag)
        yield row


class _Progress:
    """A count on the terminal's stderr, redrawn at most every 0.2 s."""

    def __init__(self) -> None:
        self.count, self._shown = 0, 0.0

    def tick(self) -> None:
        self.count += 1
        now = time.monotonic()
        if now - self._shown >= 0.2:
            self._shown = now
            sys.stderr.write(f"\r{self.count:,} links signed")
            sys.stderr.flush()

    def done(self) -> None:
        """Wipe the count off its line."""
        if self._shown:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()
            self._shown = 0.0
