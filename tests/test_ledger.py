"""The link ledger: nothing that could open a link at rest, copy again to the same instant,
concurrent writers, a corrupt file set aside, migrations from the first schema."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest
import requests

from ossshare.cli.main import main
from ossshare.core import Credentials, PresignRequest, SignatureVersion, resolve_endpoint
from ossshare.oss.client import OssClient
from ossshare.sandbox import Sandbox
from ossshare.services.ledger import (
    MIGRATIONS,
    SCHEMA_VERSION,
    Ledger,
    LedgerError,
    LinkSpec,
    default_ledger_path,
)

SECRET = "LedgerTestSecret0123456789abcdef"
TOKEN = "LedgerStsToken/+=0123456789abcdef"
CREDS = Credentials("STS.NLedgerTestKeyId", SECRET, TOKEN)
BUCKET = "ledger-bucket"
REGION = "cn-hangzhou"


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime.now(dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def sb(tmp_path: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch) -> Iterator[Sandbox]:
    data = tmp_path / "data"
    data.mkdir()
    server = Sandbox(data, CREDS, region=REGION, now=clock)
    server.create_bucket(BUCKET)
    for key in ("report 2026.pdf", "docs/年报.txt", "a+b=c.txt"):
        server.put_object(BUCKET, key, f"body of {key}".encode())
    monkeypatch.setenv("OSS_ACCESS_KEY_ID", CREDS.access_key_id)
    monkeypatch.setenv("OSS_ACCESS_KEY_SECRET", SECRET)
    monkeypatch.setenv("OSS_SESSION_TOKEN", TOKEN)
    with server:
        yield server


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def sign_recorded(capsys: pytest.CaptureFixture[str], server: Sandbox, *extra: str) -> list[dict[str, object]]:
    code, out, err = cli(
        capsys, "sign", f"oss://{BUCKET}/", "--recursive", "--record", "--note", "for the auditors",
        "--region", REGION, "--endpoint", server.endpoint, "--format", "json", *extra,
    )
    assert code == 0, err
    records: list[dict[str, object]] = json.loads(out)
    return records


def link_end(url: str) -> dt.datetime:
    q = dict(parse_qsl(urlsplit(url).query))
    start = dt.datetime.strptime(q["x-oss-date"], "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC)
    return start + dt.timedelta(seconds=int(q["x-oss-expires"]))


def test_the_file_holds_no_url_signature_secret_or_token(sb: Sandbox, capsys: pytest.CaptureFixture[str]) -> None:
    records = sign_recorded(capsys, sb, "--response-content-disposition", "attachment", "--range-behavior", "standard")
    assert len(records) == 3
    files = list(default_ledger_path().parent.iterdir())
    assert default_ledger_path() in files
    blob = b"".join(p.read_bytes() for p in files)
    assert b"report 2026.pdf" in blob and b"for the auditors" in blob  # it does hold the records
    forbidden = [SECRET, TOKEN, CREDS.access_key_id, "x-oss-signature", "x-oss-credential", "OSS4-HMAC", "://"]
    for record in records:
        url = str(record["url"])
        forbidden += [url, url.split("?")[1], dict(parse_qsl(urlsplit(url).query))["x-oss-signature"]]
    for text in forbidden:
        for encoded in {text.encode(), text.encode("utf-16-le"), requests.utils.quote(text).encode()}:
            assert encoded not in blob, text


def test_copy_again_downloads_and_ends_at_the_recorded_instant(
    sb: Sandbox, clock: Clock, capsys: pytest.CaptureFixture[str]
) -> None:
    earlier = (dt.datetime.now(dt.UTC) - dt.timedelta(minutes=10)).isoformat()
    records = sign_recorded(capsys, sb, "--expires", "2h", "--signing-time", earlier)
    first = next(r for r in records if r["key"] == "docs/年报.txt")
    code, out, _ = cli(capsys, "links", "list", "--json")
    assert code == 0
    entry = next(e for e in json.loads(out) if e["key"] == "docs/年报.txt")
    assert entry["expiration"] == first["expiration"] and entry["note"] == "for the auditors"
    assert entry["status"] == "active" and entry["signature_version"] == 4
    with OssClient(CREDS, REGION, resolve_endpoint(REGION, endpoint=sb.endpoint)) as client:
        (listed,) = client.list_objects(BUCKET, prefix="docs/").objects
    assert entry["etag"] == listed.etag  # to tell later whether the object was replaced
    code, out, err = cli(capsys, "links", "copy", str(entry["id"]))
    assert code == 0, err
    again = out.strip()
    assert again != first["url"]  # signed anew, at a later instant ...
    assert link_end(again) == link_end(str(first["url"]))  # ... to end when the first one ends
    recorded = dt.datetime.fromisoformat(str(entry["expiration"]))
    assert link_end(again) == recorded.replace(microsecond=0)
    clock.now = link_end(again) - dt.timedelta(seconds=1)
    reply = requests.get(again, timeout=10)
    assert reply.status_code == 200 and reply.content == "body of docs/年报.txt".encode()
    clock.now = link_end(again) + dt.timedelta(seconds=1)
    reply = requests.get(again, timeout=10)
    assert reply.status_code == 403 and b"expired" in reply.content.lower()


def test_copy_of_an_expired_or_unknown_link_is_refused(sb: Sandbox, capsys: pytest.CaptureFixture[str]) -> None:
    sign_recorded(capsys, sb, "--signing-time", "2020-01-01T00:00:00Z")
    code, out, _ = cli(capsys, "links", "list")
    assert (code, out) == (0, "")
    code, out, _ = cli(capsys, "links", "list", "--expired")
    assert len(out.splitlines()) == 3
    code, out, _ = cli(capsys, "links", "list", "--all", "--text", "REPORT", "--bucket", BUCKET)
    assert len(out.splitlines()) == 1 and "report 2026.pdf" in out and "expired" in out
    code, out, _ = cli(capsys, "links", "list", "--all", "--bucket", "another-bucket")
    assert (code, out) == (0, "")
    code, _, err = cli(capsys, "links", "copy", "1")
    assert code == 2 and "expired at 2020-01-01T00:15:00Z" in err
    code, _, err = cli(capsys, "links", "copy", "99")
    assert code == 2 and "no link 99" in err


def test_forget_and_export(sb: Sandbox, capsys: pytest.CaptureFixture[str]) -> None:
    sign_recorded(capsys, sb)
    sign_recorded(capsys, sb, "--signing-time", "2020-01-01T00:00:00Z")
    code, _, err = cli(capsys, "links", "forget", "--expired")
    assert code == 0 and "forgot 3 links" in err
    code, _, err = cli(capsys, "links", "forget", "1", "2")
    assert code == 0 and "forgot 2 links" in err
    code, out, _ = cli(capsys, "links", "export", "--format", "csv")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("id,status,profile,bucket,key") and len(lines) == 2
    code, out, _ = cli(capsys, "links", "export", "--format", "json")
    (only,) = json.loads(out)
    assert only["id"] == 3 and only["host_kind"] == "path" and only["options"] == {}


def _spec(key: str, expiration: dt.datetime) -> LinkSpec:
    return LinkSpec(
        PresignRequest(BUCKET, key, response_content_type="text/plain"), REGION,
        resolve_endpoint(REGION), SignatureVersion.V4, expiration, "work",
    )


WRITER = """
import sys, datetime as dt
from ossshare.core import PresignRequest, SignatureVersion, resolve_endpoint
from ossshare.services.ledger import Ledger, LinkSpec
end = dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)
with Ledger() as ledger:
    for n in range(int(sys.argv[1])):
        specs = [
            LinkSpec(PresignRequest("ledger-bucket", f"cli/{n}/{i}"), "cn-hangzhou", resolve_endpoint("cn-hangzhou"),
                     SignatureVersion.V4, end)
            for i in range(5)
        ]
        ledger.record(specs)
"""


def test_two_processes_and_a_thread_writing_at_once_lose_nothing() -> None:
    """The CLI in two processes and the window (a thread here) record at the same time."""
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, "150"]) for _ in range(2)]
    end = dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)

    def window() -> None:
        with Ledger() as ledger:
            deadline = time.monotonic() + 60
            while not any(True for _ in ledger.entries(text="cli/")) and time.monotonic() < deadline:
                time.sleep(0.01)  # start once the other writers are writing
            for n in range(150):
                ledger.record([_spec(f"gui/{n}/{i}", end) for i in range(5)], note="window")

    thread = threading.Thread(target=window)
    thread.start()
    thread.join()
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    with Ledger() as ledger:
        assert ledger.count() == 3 * 150 * 5
        keys = {e.spec.request.key for e in ledger.entries()}
        assert len(keys) == 150 * 5 * 2  # cli/... keys are the same in both processes
        assert sum(1 for e in ledger.entries(text="gui/")) == 750


def test_a_corrupt_file_is_moved_aside_and_a_new_one_started(capsys: pytest.CaptureFixture[str]) -> None:
    path = default_ledger_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"this is not a database, it is a text file" * 100)
    code, out, err = cli(capsys, "links", "list", "--all")
    assert code == 0 and out == ""
    assert err.startswith("ossshare: warning: The link history could not be read") and err.count("\n") == 1
    (aside,) = path.parent.glob("links.sqlite3.corrupt-*")
    assert aside.read_bytes().startswith(b"this is not a database")
    with Ledger() as ledger:
        assert ledger.notice is None and ledger.count() == 0
        ledger.record([_spec("k", dt.datetime.now(dt.UTC) + dt.timedelta(hours=1))])
        assert ledger.count() == 1


def test_a_page_corrupted_inside_a_real_database_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "links.sqlite3"
    with Ledger(path) as ledger:
        ledger.record([_spec(f"k{i}", dt.datetime.now(dt.UTC)) for i in range(10)])
    data = bytearray(path.read_bytes())
    data[16:24] = b"\xff" * 8  # the header's page size and format bytes
    path.write_bytes(bytes(data))
    with Ledger(path) as ledger:
        assert ledger.notice is not None and ledger.notice.moved_to is not None
        assert ledger.count() == 0


def test_migration_from_the_first_schema(tmp_path: Path) -> None:
    path = tmp_path / "links.sqlite3"
    db = sqlite3.connect(path)
    db.executescript(MIGRATIONS[0])
    db.execute("PRAGMA user_version = 1")
    db.execute(
        "INSERT INTO links (profile, bucket, key, version_id, method, region, scheme, host, host_kind, "
        "signature_version, options, created, expiration) VALUES "
        "('work', 'old-bucket', 'old/key.txt', NULL, 'GET', 'cn-beijing', 'https', 'oss-cn-beijing.aliyuncs.com', "
        "'virtual', 4, '{\"response_content_type\": \"text/plain\"}', '2026-01-01T00:00:00.000000Z', "
        "'2026-01-02T00:00:00.000000Z')"
    )
    db.commit()
    db.close()
    with Ledger(path) as ledger:
        (entry,) = ledger.entries()
        assert entry.note is None and entry.batch is None
        assert entry.spec.request == PresignRequest("old-bucket", "old/key.txt", response_content_type="text/plain")
        assert entry.spec.endpoint == resolve_endpoint("cn-beijing")
        assert entry.spec.expiration == dt.datetime(2026, 1, 2, tzinfo=dt.UTC)
        ledger.record([_spec("new", dt.datetime.now(dt.UTC))], note="after the migration")
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("SELECT note FROM links ORDER BY id").fetchall() == [(None,), ("after the migration",)]
    db.close()


def test_a_newer_schema_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "links.sqlite3"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    before = path.read_bytes()
    with pytest.raises(LedgerError, match="newer ossshare"):
        Ledger(path)
    assert path.read_bytes() == before


def test_wal_mode_and_filters(tmp_path: Path) -> None:
    path = tmp_path / "links.sqlite3"
    now = dt.datetime.now(dt.UTC)
    with Ledger(path) as ledger:
        ledger.record([_spec("active.txt", now + dt.timedelta(minutes=5))], note="Quarterly")
        ledger.record([_spec("expired.txt", now - dt.timedelta(minutes=5))])
        assert [e.spec.request.key for e in ledger.entries("active", now=now)] == ["active.txt"]
        assert [e.spec.request.key for e in ledger.entries("expired", now=now)] == ["expired.txt"]
        assert [e.spec.request.key for e in ledger.entries(text="quarter")] == ["active.txt"]
        assert [e.spec.request.key for e in ledger.entries(bucket="other")] == []
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()


def test_the_file_is_the_users_alone(tmp_path: Path) -> None:
    path = tmp_path / "links.sqlite3"
    with Ledger(path) as ledger:
        ledger.record([_spec("private/name.txt", dt.datetime.now(dt.UTC))])
        sides = [p for p in tmp_path.iterdir() if p.name.startswith("links.sqlite3")]
        assert len(sides) == 3  # the database, its -wal and -shm while open
        assert {p.stat().st_mode & 0o777 for p in sides} == {0o600}
