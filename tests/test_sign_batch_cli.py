"""`ossshare sign` for many objects, through main() against the sandbox: every --format
parses back with a standard parser and holds exactly the links; folders, filters, files."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import pty
import re
import select
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
import requests

from ossshare.cli.main import main
from ossshare.core import Credentials, PresignRequest, resolve_endpoint
from ossshare.core.batch import BatchPresigner
from ossshare.sandbox import Sandbox
from tests.fixtures.sandbox import SANDBOX_BUCKET, SANDBOX_OBJECTS, SANDBOX_REGION

AT = "2026-11-28T09:30:00+00:00"
NOW = dt.datetime.fromisoformat(AT)
# Names that break naive CSV, Markdown and HTML writers.
TRICKY = {
    "tricky/a,b \"quoted\".txt": b"1",
    "tricky/pipe | and \\ back.txt": b"22",
    "tricky/<script>alert(1)</script>&amp;.html": b"333",
    "tricky/tab\there *star* _under_ [x](y).md": b"4444",
    "tricky/folder-marker/": b"",
}


@pytest.fixture
def bucket(sandbox: Sandbox, sandbox_credentials: Credentials, monkeypatch: pytest.MonkeyPatch) -> Sandbox:
    for key, body in TRICKY.items():
        sandbox.put_object(SANDBOX_BUCKET, key, body)
    monkeypatch.setenv("OSS_ACCESS_KEY_ID", sandbox_credentials.access_key_id)
    monkeypatch.setenv("OSS_ACCESS_KEY_SECRET", sandbox_credentials.access_key_secret)
    return sandbox


def run(capsys: pytest.CaptureFixture[str], sb: Sandbox, *argv: str) -> tuple[int, str, str]:
    code = main(["sign", *argv, "--region", SANDBOX_REGION, "--endpoint", sb.endpoint])
    out, err = capsys.readouterr()
    return code, out, err


def expected(sb: Sandbox, creds: Credentials, keys: list[str]) -> dict[str, str]:
    """key -> the link the batch presigner makes at NOW, computed apart from the CLI."""
    batch = BatchPresigner(
        PresignRequest(SANDBOX_BUCKET, "unused"), credentials=creds, region=SANDBOX_REGION,
        endpoint=resolve_endpoint(SANDBOX_REGION, endpoint=sb.endpoint), now=NOW,
    )
    return {key: batch.sign(key).url for key in keys}


ALL_FILES = sorted(k for k in {**SANDBOX_OBJECTS, **TRICKY} if not k.endswith("/"))
SIZES = {**{k: len(v) for k, v in SANDBOX_OBJECTS.items()}, **{k: len(v) for k, v in TRICKY.items()}}


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self.hrefs: list[str] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self.rows.append([])
        elif tag == "td":
            self._cell = []
        elif tag == "a":
            self.hrefs.append(dict(attrs)["href"] or "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "td" and self._cell is not None:
            self.rows[-1].append("".join(self._cell))
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def parse(fmt: str, out: str) -> list[tuple[str | None, str]]:
    """(key if the format names it, url) per link, with a standard parser for each format."""
    if fmt == "url":
        return [(None, line) for line in out.splitlines()]
    if fmt in ("csv", "tsv"):
        rows = list(csv.DictReader(io.StringIO(out), dialect="excel-tab" if fmt == "tsv" else "excel"))
        return [(r["key"], r["url"]) for r in rows]
    if fmt == "json":
        return [(r["key"], r["url"]) for r in json.loads(out)]
    if fmt == "jsonl":
        return [(r["key"], r["url"]) for r in map(json.loads, out.splitlines())]
    if fmt == "markdown":
        lines = out.splitlines()
        assert lines[0].startswith("| Name |") and set(lines[1]) <= set("|-: ")
        found = []
        for line in lines[2:]:
            cells = [c.strip() for c in re.split(r"(?<!\\)\|", line.strip()[1:-1])]
            assert len(cells) == 4, line
            name = re.sub(r"\\(.)", r"\1", cells[0])
            assert cells[3].startswith("<") and cells[3].endswith(">")
            found.append((name, cells[3][1:-1]))
        return found
    assert fmt == "html"
    parser = _Links()
    parser.feed(out)
    parser.close()
    data_rows = [r for r in parser.rows if r]
    assert len(data_rows) == len(parser.hrefs)
    return [(row[0], href) for row, href in zip(data_rows, parser.hrefs, strict=True)]


@pytest.mark.parametrize("fmt", ["url", "csv", "tsv", "json", "jsonl", "markdown", "html"])
def test_every_format_parses_back_to_exactly_the_links(
    bucket: Sandbox, sandbox_credentials: Credentials, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    code, out, err = run(
        capsys, bucket, f"oss://{SANDBOX_BUCKET}/", "--recursive", "--format", fmt, "--signing-time", AT
    )
    assert code == 0 and err == ""
    links = expected(bucket, sandbox_credentials, ALL_FILES)
    got = parse(fmt, out)
    assert [url for _, url in got] == [links[k] for k in ALL_FILES]  # listing order, folder marker left out
    if fmt != "url":
        assert [key for key, _ in got] == ALL_FILES
    if fmt == "html":
        assert "<script>" not in out and "&lt;script&gt;" in out


def test_record_fields(bucket: Sandbox, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, bucket, f"oss://{SANDBOX_BUCKET}/docs/", "--recursive", "--format", "json", "--signing-time", AT,
        "--expires", "1h", "--range-behavior", "standard",
    )
    assert code == 0
    records = json.loads(out)
    assert [r["key"] for r in records] == ["docs/guide/intro.txt", "docs/readme.md"]
    for r in records:
        assert set(r) == {"key", "version_id", "size", "method", "url", "expiration", "signed_headers"}
        assert r["size"] == SIZES[r["key"]] and r["method"] == "GET" and r["version_id"] is None
        assert r["expiration"] == "2026-11-28T10:30:00Z"
        assert r["signed_headers"] == {"x-oss-range-behavior": "standard"}


def test_links_of_a_folder_download(bucket: Sandbox, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, bucket, f"oss://{SANDBOX_BUCKET}/", "--recursive", "--format", "csv")
    assert code == 0
    with requests.Session() as http:
        for row in csv.DictReader(io.StringIO(out)):
            reply = http.get(row["url"], timeout=10)
            assert reply.status_code == 200, row["key"]
            assert reply.content == {**SANDBOX_OBJECTS, **TRICKY}[row["key"]]
            assert int(row["size"]) == len(reply.content)


def test_include_and_exclude_match_below_the_prefix(bucket: Sandbox, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, bucket, f"oss://{SANDBOX_BUCKET}/tricky/", "--recursive", "--include", "*.txt", "--include", "*.md",
        "--exclude", "pipe*", "--format", "jsonl",
    )
    assert code == 0
    assert [json.loads(line)["key"] for line in out.splitlines()] == [
        "tricky/a,b \"quoted\".txt", "tricky/tab\there *star* _under_ [x](y).md",
    ]


def test_several_targets_one_instant(bucket: Sandbox, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, bucket, f"oss://{SANDBOX_BUCKET}/hello.txt", f"oss://{SANDBOX_BUCKET}/space name.txt")
    assert code == 0
    urls = out.splitlines()
    assert len(urls) == 2
    stamps = {re.search(r"x-oss-date=(\w+)", u).group(1) for u in urls}  # type: ignore[union-attr]
    assert len(stamps) == 1


def test_from_file_and_stdin_with_a_refused_key(
    bucket: Sandbox, sandbox_credentials: Credentials, capsys: pytest.CaptureFixture[str], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = f"oss://{SANDBOX_BUCKET}/hello.txt\r\n\n/bad key\nspace name.txt\noss://other-bucket/x\n"
    listing = tmp_path / "keys.txt"
    listing.write_text(text, encoding="utf-8")
    links = expected(bucket, sandbox_credentials, ["hello.txt", "space name.txt"])
    for source in (str(listing), "-"):
        monkeypatch.setattr("sys.stdin", io.StringIO(text))
        code, out, err = run(capsys, bucket, "--from-file", source, "--signing-time", AT)
        assert code == 1
        assert out.splitlines() == [links["hello.txt"], links["space name.txt"]]
        assert err.count("\n") == 2 and "'/bad key'" in err and "oss://other-bucket/x" in err


@pytest.mark.parametrize(
    "argv,needle",
    [
        (["oss://bkt-one/a", "oss://bkt-two/b"], "one bucket"),
        (["oss://bkt/a", "--include", "*.txt"], "--recursive"),
        (["oss://bkt/a", "oss://bkt/b", "--folder-markers"], "--recursive"),
        (["oss://bkt/a", "oss://bkt/c", "--json"], "--format json"),
        (["oss://bkt/a", "oss://bkt/c", "--version-id", "v1"], "--version-id"),
        (["oss://bkt/a", "--note", "x"], "--record"),
        (["--from-file", "/nonexistent/keys.txt"], "cannot read"),
        (["oss://bkt/a", "oss://bkt/c", "--expires", "8d"], "7 days"),
        (["oss://bkt/a", "oss://bkt/c", "--format", "yaml"], "invalid choice"),
        (["oss://bkt/a", "oss://bkt//c"], "'/c': an object key must not start with"),
        (["oss://bkt/", "--format", "csv"], "'': an object key is required"),
    ],
)
def test_bad_arguments_exit_2_with_one_line(
    bucket: Sandbox, capsys: pytest.CaptureFixture[str], argv: list[str], needle: str
) -> None:
    try:
        code, out, err = run(capsys, bucket, *argv)
    except SystemExit as exc:  # argparse's own refusals
        code, (out, err) = int(exc.code or 0), capsys.readouterr()
    assert code == 2 and out == ""
    assert needle in err and "Traceback" not in err


def test_a_folder_marker_alone_gives_nothing(bucket: Sandbox, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, bucket, f"oss://{SANDBOX_BUCKET}/tricky/folder-marker/", "--recursive")
    assert (code, out, err) == (0, "", "")
    code, out, err = run(
        capsys, bucket, f"oss://{SANDBOX_BUCKET}/tricky/folder-marker/", "--recursive", "--folder-markers"
    )
    assert code == 0 and err == "" and len(out.splitlines()) == 1
    assert requests.get(out.strip(), timeout=10).status_code == 200


def test_progress_shows_on_a_terminal_only(bucket: Sandbox) -> None:
    argv = [
        sys.executable, "-m", "ossshare.cli.main", "sign", f"oss://{SANDBOX_BUCKET}/", "--recursive",
        "--region", SANDBOX_REGION, "--endpoint", bucket.endpoint,
    ]
    master, slave = pty.openpty()
    try:
        done = subprocess.run(argv, stdout=subprocess.PIPE, stderr=slave, timeout=60, check=False)
        os.close(slave)
        shown = b""
        while select.select([master], [], [], 0.5)[0]:
            try:
                chunk = os.read(master, 4096)
            except OSError:  # the terminal closed with the process
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(master)
    assert done.returncode == 0
    assert len(done.stdout.splitlines()) == len(ALL_FILES)  # the links themselves never go to the terminal's stderr
    assert b"links signed" in shown and shown.endswith(b"\r\x1b[K")  # drawn, then wiped
    piped = subprocess.run(argv, capture_output=True, timeout=60, check=False)
    assert piped.returncode == 0 and piped.stderr == b""


def test_a_listing_refused_by_the_server_is_one_line(bucket: Sandbox, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, bucket, "oss://no-such-bucket/", "--recursive", "--format", "json")
    assert code == 2
    assert out == ""  # no half document: nothing is written before the first link
    assert err.count("\n") == 1 and "NoSuchBucket" in err
