"""The work of a batch, on the job's thread: list (or take) the objects, sign each with one
BatchPresigner, and report rows in chunks the table can take in one insertion."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...core import ValidationError
from ...core.batch import BatchFailure, BatchPresigner
from ...services.export import LinkRow
from ..error_messages import message_of
from .job import ProgressJob

if TYPE_CHECKING:
    from ...oss.client import OssClient

ASK_AFTER = 10_000  # objects: past this a folder listing asks before going on
_REPORT_EVERY_S = 0.1  # a running count that moves, without a queued call per link

# (key, size, ETag) of an object to sign; size and ETag are None when not known
Item = tuple[str, int | None, str | None]


@dataclass(frozen=True)
class Chunk:
    """What the table gets at once, and the running totals."""

    rows: list[LinkRow]
    refused: list[BatchFailure]
    count: int  # objects seen so far
    total_size: int


@dataclass
class Summary:
    count: int = 0
    total_size: int = 0
    refused: int = 0
    elapsed: float = 0.0


def folder_items(
    client: OssClient, bucket: str, prefix: str, include: Sequence[str], exclude: Sequence[str]
) -> Callable[[], Iterator[Item | None]]:
    """Every object under `prefix` (listed when iterated, a page at a time); None after each
    page, so what a page brought is shown before the next one is waited for."""

    def items() -> Iterator[Item | None]:
        from ...services.folder_walk import folder_pages  # requests: only once a folder is listed

        for objects in folder_pages(client, bucket, prefix, include, exclude):
            for obj in objects:
                yield obj.key, obj.size, obj.etag
            yield None

    return items


def sign_items(
    job: ProgressJob, presigner: BatchPresigner, items: Iterable[Item | None], *, ask_after: int | None = ASK_AFTER
) -> Summary:
    """Sign every item; report a Chunk at most every 0.1 s and at each None (a page's end);
    with `ask_after`, ask once before signing more objects than that."""
    summary = Summary()
    rows: list[LinkRow] = []
    refused: list[BatchFailure] = []
    version_id = presigner.template.version_id

    def flush() -> None:
        nonlocal rows, refused
        chunk = Chunk(rows, refused, summary.count, summary.total_size)
        rows, refused = [], []
        job.report(chunk)

    started = last = time.monotonic()
    for item in items:
        job.check()
        if item is None:  # a listing page ended: show it before the next one is waited for
            flush()
            last = time.monotonic()
            continue
        key, size, etag = item
        if ask_after is not None and summary.count == ask_after:
            flush()
            job.ask(summary.count)
        summary.count += 1
        summary.total_size += size or 0
        try:
            rows.append(LinkRow(key, presigner.sign(key), size, version_id, etag))
        except ValidationError as exc:
            refused.append(BatchFailure(key, message_of(exc)))
            summary.refused += 1
        now = time.monotonic()
        if now - last >= _REPORT_EVERY_S:
            flush()
            last = now
    flush()
    summary.elapsed = time.monotonic() - started
    return summary
