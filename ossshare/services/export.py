"""Links written out in every form a person or a script may want, as they are made.

Each writer takes an iterable of LinkRow and a text stream and writes one row at a time, so
a 100,000-link folder never sits in memory as one string; the caller stops early by ending
the iterable. The window can write into an io.StringIO for Copy all.
"""

from __future__ import annotations

import csv
import html
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import chain
from typing import Any, TextIO, TypeVar

from ..core import PresignResult
from .markdown import markdown_text

_T = TypeVar("_T")
FORMATS = ("url", "csv", "tsv", "json", "jsonl", "markdown", "html")
FIELDS = ("key", "version_id", "size", "method", "url", "expiration", "signed_headers")


@dataclass(frozen=True, slots=True)
class LinkRow:
    """One link of a batch: the object it opens (size when it was listed) and the signed result."""

    key: str
    result: PresignResult
    size: int | None = None
    version_id: str | None = None
    etag: str | None = None  # when listed; the ledger keeps it to tell later if the object was replaced

    def record(self) -> dict[str, Any]:
        """The row as plain data; the expiration in UTC, ISO 8601."""
        return {
            "key": self.key,
            "version_id": self.version_id,
            "size": self.size,
            "method": self.result.method,
            "url": self.result.url,
            "expiration": iso_utc(self.result.expiration),
            "signed_headers": dict(self.result.signed_headers),
        }


def iso_utc(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def write_links(fmt: str, rows: Iterable[LinkRow], out: TextIO) -> int:
    """Write `rows` to `out` in `fmt` (one of FORMATS); returns how many were written.
    Nothing is written before the first row is made, so a batch that fails at once (a
    listing refused) leaves no half document behind."""
    return _WRITERS[fmt](_started(rows), out)


def _started(rows: Iterable[_T]) -> Iterator[_T]:
    """`rows`, with the first one made before anything else is done."""
    it = iter(rows)
    for first in it:
        return chain((first,), it)
    return iter(())


def write_records(fmt: str, records: Iterable[Mapping[str, Any]], fields: tuple[str, ...], out: TextIO) -> int:
    """Plain records as csv, tsv, json (one array) or jsonl; nested values as JSON text in csv/tsv."""
    records = _started(records)
    if fmt in ("csv", "tsv"):
        writer = csv.writer(out, dialect="excel-tab" if fmt == "tsv" else "excel", lineterminator="\n")
        writer.writerow(fields)
        n = 0
        for record in records:
            writer.writerow([_cell(record.get(name)) for name in fields])
            n += 1
        return n
    if fmt == "json":
        return _json_array(records, out)
    if fmt == "jsonl":
        n = 0
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
        return n
    raise ValueError(f"not a record format: {fmt}")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True) if value else ""
    return str(value)


def _json_array(records: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    out.write("[")
    n = 0
    for record in records:
        out.write(",\n" if n else "\n")
        out.write(json.dumps(record, ensure_ascii=False))
        n += 1
    out.write("\n]\n" if n else "]\n")
    return n


def _urls(rows: Iterable[LinkRow], out: TextIO) -> int:
    n = 0
    for row in rows:
        out.write(row.result.url + "\n")
        n += 1
    return n


def _as_records(fmt: str) -> Callable[[Iterable[LinkRow], TextIO], int]:
    return lambda rows, out: write_records(fmt, (row.record() for row in rows), FIELDS, out)


def shown_expiry(result: PresignResult) -> str:
    """For a person: whole seconds, as a link counts them."""
    return iso_utc(result.expiration.replace(microsecond=0))


def size_text(size: int | None) -> str:
    return "" if size is None else f"{size:,}"


def _markdown(rows: Iterable[LinkRow], out: TextIO) -> int:
    out.write("| Name | Size | Expires (UTC) | Link |\n| --- | ---: | --- | --- |\n")
    n = 0
    for row in rows:
        # A signed URL is percent-encoded: no space, '|', '<' or '>' can end the autolink early.
        cells = (markdown_text(row.key), size_text(row.size), shown_expiry(row.result), f"<{row.result.url}>")
        out.write(f"| {' | '.join(cells)} |\n")
        n += 1
    return n


_HTML_HEAD = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Download links</title>
<style>
body { font-family: sans-serif; margin: 2em; }
table { border-collapse: collapse; }
th, td { border-bottom: 1px solid #ccc; padding: 0.3em 0.8em; text-align: left; }
td.size { text-align: right; }
</style>
</head>
<body>
<h1>Download links</h1>
<p>Each link works until the time shown (UTC).</p>
<table>
<thead><tr><th>Name</th><th>Size</th><th>Expires (UTC)</th><th>Link</th></tr></thead>
<tbody>
"""
_HTML_FOOT = "</tbody>\n</table>\n</body>\n</html>\n"


def _html(rows: Iterable[LinkRow], out: TextIO) -> int:
    out.write(_HTML_HEAD)
    n = 0
    for row in rows:
        name = html.escape(row.key)
        url = html.escape(row.result.url)
        out.write(
            f'<tr><td>{name}</td><td class="size">{size_text(row.size)}</td>'
            f'<td>{shown_expiry(row.result)}</td><td><a href="{url}">Download</a></td></tr>\n'
        )
        n += 1
    out.write(_HTML_FOOT)
    return n


_WRITERS: dict[str, Callable[[Iterable[LinkRow], TextIO], int]] = {
    "url": _urls,
    "csv": _as_records("csv"),
    "tsv": _as_records("tsv"),
    "json": _as_records("json"),
    "jsonl": _as_records("jsonl"),
    "markdown": _markdown,
    "html": _html,
}
