"""The export writers stream (each link is written before the next is asked for), write an
empty batch as a valid document, and escape what a name may hold."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser

import pytest

from ossshare.core import PresignRequest, resolve_endpoint
from ossshare.core.batch import BatchPresigner
from ossshare.core.credentials import Credentials
from ossshare.services.export import FORMATS, LinkRow, write_links
from ossshare.services.markdown import markdown_text

NOW = dt.datetime(2026, 11, 28, 9, 30, 15, 500_000, tzinfo=dt.UTC)
SIGNER = BatchPresigner(
    PresignRequest("export-bucket", "unused"), credentials=Credentials("LTAI5tExportKey", "export-secret"),
    region="cn-hangzhou", endpoint=resolve_endpoint("cn-hangzhou"), now=NOW,
)


class Recording(io.StringIO):
    """Remembers how many rows had been made at each write."""

    def __init__(self, made: list[int]) -> None:
        super().__init__()
        self.made = made
        self.writes_at: list[int] = []

    def write(self, text: str) -> int:
        self.writes_at.append(self.made[0])
        return super().write(text)


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_link_is_written_before_the_next_is_made(fmt: str) -> None:
    made = [0]

    def rows() -> Iterator[LinkRow]:
        for i in range(50):
            made[0] += 1
            yield LinkRow(f"k/{i}.txt", SIGNER.sign(f"k/{i}.txt"), i)

    out = Recording(made)
    assert write_links(fmt, rows(), out) == 50
    # Every row number appears among the writes: row n was written while n rows had been made.
    assert set(range(1, 51)) <= set(out.writes_at)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_empty_batch_is_a_valid_document(fmt: str) -> None:
    out = io.StringIO()
    assert write_links(fmt, [], out) == 0
    text = out.getvalue()
    if fmt == "url" or fmt == "jsonl":
        assert text == ""
    elif fmt == "json":
        assert json.loads(text) == []
    elif fmt in ("csv", "tsv"):
        rows = list(csv.reader(io.StringIO(text), dialect="excel-tab" if fmt == "tsv" else "excel"))
        assert rows == [["key", "version_id", "size", "method", "url", "expiration", "signed_headers"]]
    elif fmt == "markdown":
        assert len(text.splitlines()) == 2
    else:
        parser = _Tags()
        parser.feed(text)
        assert "table" in parser.tags and "a" not in parser.tags


def test_markdown_names_cannot_break_the_table() -> None:
    name = "a|b\\c*d_e[f](g)<h>#i`j\nk"
    escaped = markdown_text(name)
    assert "\n" not in escaped and "|" not in escaped.replace("\\|", "")
    assert re.sub(r"\\(.)", r"\1", escaped) == name.replace("\n", " ")  # CommonMark's backslash escapes


def test_records_carry_every_field() -> None:
    result = SIGNER.sign("数据/q.csv")
    record = LinkRow("数据/q.csv", result, 12, "CAEQ").record()
    assert record == {
        "key": "数据/q.csv", "version_id": "CAEQ", "size": 12, "method": "GET", "url": result.url,
        "expiration": "2026-11-28T09:45:15.500000Z", "signed_headers": {},
    }
