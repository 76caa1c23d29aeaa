"""The link ledger: which links were given out, kept so they can be listed and made again.

A presigned link is a capability, so the ledger never holds one: no URL, no signature, no
token, no secret — only what is needed to sign the same link again (bucket, key, options,
host, expiration). SQLite in the user data dir, in WAL mode with a busy timeout, so the CLI
and the window can write at once. The schema has a version (PRAGMA user_version) and
migrations; a file SQLite cannot read is moved aside with a notice and a fresh one started.

A Ledger object belongs to the thread that opened it (sqlite3's rule); a worker opens its own.
"""

from __future__ import annotations

import json
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

import platformdirs

from ..core import (
    AddressStyle,
    Endpoint,
    OssShareError,
    PresignRequest,
    PresignResult,
    SignatureVersion,
    ValidationError,
    presign,
)
from ..core.clock import utc_now
from .account import Account
from .settings import APP_NAME

LEDGER_FILE_NAME = "links.sqlite3"
Status = Literal["active", "expired", "all"]

# Each entry brings the schema from version i to i + 1. Never edit one that has shipped:
# add the next. 1 is the first schema; 2 added notes, batches, the object's ETag when the link
# was made (to tell later whether it was replaced) and the indexes.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE links (
        id INTEGER PRIMARY KEY,
        profile TEXT,
        bucket TEXT NOT NULL,
        key TEXT NOT NULL,
        version_id TEXT,
        method TEXT NOT NULL,
        region TEXT NOT NULL,
        scheme TEXT NOT NULL,
        host TEXT NOT NULL,
        host_kind TEXT NOT NULL,
        signature_version INTEGER NOT NULL,
        options TEXT NOT NULL,
        created TEXT NOT NULL,
        expiration TEXT NOT NULL
    );
    """,
    """
    ALTER TABLE links ADD COLUMN note TEXT;
    ALTER TABLE links ADD COLUMN batch TEXT;
    ALTER TABLE links ADD COLUMN etag TEXT;
    CREATE INDEX links_expiration ON links (expiration);
    CREATE INDEX links_batch ON links (batch);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)
_BUSY_TIMEOUT_S = 30.0
_CHUNK = 1000  # rows per write transaction: other writers get their turn in between
# The request fields kept as "options" (bucket, key, method and version id have columns).
_OPTION_FIELDS = tuple(
    f.name for f in fields(PresignRequest) if f.name not in ("bucket", "key", "method", "version_id")
)


class LedgerError(OssShareError):
    title = "Link history unavailable"


@dataclass(frozen=True)
class LedgerNotice:
    """Something to tell the user about the ledger file (shown once, as is)."""

    title: str
    message: str
    moved_to: Path | None = None


@dataclass(frozen=True)
class LinkSpec:
    """Everything needed to sign a link again, and nothing that would let anyone use it."""

    request: PresignRequest
    region: str
    endpoint: Endpoint
    signature_version: SignatureVersion
    expiration: datetime
    profile: str | None = None


@dataclass(frozen=True)
class LedgerEntry:
    id: int
    spec: LinkSpec
    created: datetime
    note: str | None = None
    batch: str | None = None
    etag: str | None = None  # the object's, when it was listed as the link was made

    def is_active(self, now: datetime) -> bool:
        return self.spec.expiration > now


def default_ledger_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / LEDGER_FILE_NAME


def _stamp(moment: datetime) -> str:
    """Fixed width, so that text order is time order in SQL."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _moment(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


def request_options(request: PresignRequest) -> dict[str, Any]:
    """The options a request was signed with beyond bucket, key, method and version id (only
    those set), as plain JSON-ready data."""
    values: dict[str, Any] = {}
    for name in _OPTION_FIELDS:
        value = getattr(request, name)
        if value is None or value is False or (isinstance(value, Mapping) and not value):
            continue
        values[name] = dict(value) if isinstance(value, Mapping) else value
    return values


class Ledger:
    """The ledger file, opened (and created, migrated or replaced) on construction."""

    def __init__(self, path: Path | None = None, *, clock: Callable[[], datetime] = utc_now) -> None:
        self.path = path or default_ledger_path()
        self._clock = clock
        self.notice: LedgerNotice | None = None
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        try:
            self._db = self._open()
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and not _unreadable(exc):
                raise LedgerError(f"the link history {self.path} could not be opened: {exc}") from None
            self._set_aside(str(exc))
            self._db = self._open()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    # -- opening ---------------------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        # Bucket and key names can be private: the file is the user's alone (SQLite gives its
        # -wal and -shm files the same permissions). An empty file is a valid new database.
        os.close(os.open(self.path, os.O_CREAT | os.O_RDWR, 0o600))
        db = sqlite3.connect(self.path, timeout=_BUSY_TIMEOUT_S, isolation_level=None)
        db.row_factory = sqlite3.Row
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise LedgerError(
                    f"the link history {self.path} was written by a newer ossshare (schema {version}); "
                    "it is left as it is"
                )
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")  # WAL stays consistent; a power cut may lose the last commit
            if version < SCHEMA_VERSION:
                self._migrate(db)
        except BaseException:
            db.close()
            raise
        return db

    @staticmethod
    def _migrate(db: sqlite3.Connection) -> None:
        with _transaction(db):  # another process may be migrating the same file: read again inside
            version = db.execute("PRAGMA user_version").fetchone()[0]
            for step in range(version, SCHEMA_VERSION):
                for statement in MIGRATIONS[step].split(";"):
                    if statement.strip():
                        db.execute(statement)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _set_aside(self, reason: str) -> None:
        stamp = self._clock().astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        n = 2
        while target.exists():
            target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{n}")
            n += 1
        try:
            os.rename(self.path, target)
            for suffix in ("-wal", "-shm"):
                side = self.path.with_name(self.path.name + suffix)
                if side.exists():
                    os.rename(side, target.with_name(target.name + suffix))
        except OSError as exc:
            raise LedgerError(
                f"the link history {self.path} cannot be read ({reason}) and could not be moved aside "
                f"({exc.strerror or type(exc).__name__})"
            ) from None
        self.notice = LedgerNotice(
            "Link history reset",
            f"The link history could not be read ({reason}). It was moved to {target} and a new one "
            "was started. Links already given out keep working until they expire.",
            moved_to=target,
        )

    # -- writing ---------------------------------------------------------------------------

    def record(self, specs: Iterable[LinkSpec], *, note: str | None = None) -> tuple[str, int]:
        """Record `specs` as one batch (consumed as it goes); (batch id, count)."""
        with self.recorder(note=note) as recorder:
            for spec in specs:
                recorder.add(spec)
        return recorder.batch, recorder.count

    def recorder(self, *, note: str | None = None) -> Recorder:
        """A new batch to add links to as they are made; written in chunks, the rest on close."""
        return Recorder(self, uuid.uuid4().hex, _stamp(self._clock()), note)

    def _insert(self, rows: list[tuple[object, ...]]) -> int:
        with _transaction(self._db):
            self._db.executemany(
                "INSERT INTO links (profile, bucket, key, version_id, method, region, scheme, host, host_kind, "
                "signature_version, options, created, expiration, note, batch, etag) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
        return len(rows)

    def forget(self, ids: Iterable[int]) -> int:
        """Remove these entries; how many there were."""
        with _transaction(self._db):
            cur = self._db.executemany("DELETE FROM links WHERE id = ?", [(i,) for i in ids])
        return cur.rowcount

    def forget_expired(self, now: datetime) -> int:
        with _transaction(self._db):
            cur = self._db.execute("DELETE FROM links WHERE expiration <= ?", (_stamp(now),))
        return cur.rowcount

    # -- reading ---------------------------------------------------------------------------

    def entries(
        self, status: Status = "all", *, now: datetime | None = None, bucket: str | None = None,
        text: str | None = None,
    ) -> Iterator[LedgerEntry]:
        """Newest first, read as they are iterated. `text` matches the key or the note."""
        where: list[str] = []
        params: list[object] = []
        if status != "all":
            where.append("expiration > ?" if status == "active" else "expiration <= ?")
            params.append(_stamp(now or self._clock()))
        if bucket:
            where.append("bucket = ?")
            params.append(bucket)
        if text:
            where.append("(instr(lower(key), lower(?)) > 0 OR instr(lower(coalesce(note, '')), lower(?)) > 0)")
            params += [text, text]
        sql = "SELECT * FROM links" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id DESC"
        for row in self._db.execute(sql, params):
            yield _entry(row)

    def get(self, entry_id: int) -> LedgerEntry | None:
        row = self._db.execute("SELECT * FROM links WHERE id = ?", (entry_id,)).fetchone()
        return None if row is None else _entry(row)

    def count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM links").fetchone()[0])


def _row(spec: LinkSpec, created: str, note: str | None, batch: str, etag: str | None) -> tuple[object, ...]:
    r = spec.request
    return (
        spec.profile, r.bucket, r.key, r.version_id, r.method, spec.region, spec.endpoint.scheme,
        spec.endpoint.netloc, spec.endpoint.style.value, int(spec.signature_version),
        json.dumps(request_options(r), ensure_ascii=False, sort_keys=True),
        created, _stamp(spec.expiration), note, batch, etag,
    )


@contextmanager
def _transaction(db: sqlite3.Connection) -> Iterator[None]:
    """A write transaction taken at once (BEGIN IMMEDIATE): a second writer waits for the busy
    timeout instead of failing half-way."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


class Recorder:
    """Links of one batch, written to the ledger every _CHUNK links and when closed."""

    def __init__(self, ledger: Ledger, batch: str, created: str, note: str | None) -> None:
        self.batch, self.count = batch, 0
        self._ledger, self._created, self._note = ledger, created, note
        self._rows: list[tuple[object, ...]] = []

    def __enter__(self) -> Recorder:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.flush()  # links already handed out were given out, whatever stopped the batch

    def add(self, spec: LinkSpec, etag: str | None = None) -> None:
        self._rows.append(_row(spec, self._created, self._note, self.batch, etag))
        if len(self._rows) >= _CHUNK:
            self.flush()

    def flush(self) -> None:
        if self._rows:
            self.count += self._ledger._insert(self._rows)
            self._rows = []


def _unreadable(exc: sqlite3.OperationalError) -> bool:
    """Operational errors that mean the file's content is not a database SQLite can use."""
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text or "unsupported file format" in text


def _entry(row: sqlite3.Row) -> LedgerEntry:
    options = json.loads(row["options"])
    request = PresignRequest(
        bucket=row["bucket"], key=row["key"], method=row["method"], version_id=row["version_id"], **options
    )
    endpoint = Endpoint(row["scheme"], row["host"], AddressStyle(row["host_kind"]))
    spec = LinkSpec(
        request, row["region"], endpoint, SignatureVersion(row["signature_version"]),
        _moment(row["expiration"]), row["profile"],
    )
    return LedgerEntry(row["id"], spec, _moment(row["created"]), row["note"], row["batch"], row["etag"])


@dataclass(frozen=True)
class SignedAgain:
    result: PresignResult
    capped: datetime | None  # the STS token's expiry, when it ends the link before the instant asked for


def sign_again(spec: LinkSpec, account: Account, *, now: datetime, expiration: datetime | None = None) -> SignedAgain:
    """A recorded link signed again at `now`, in whole seconds: for the recorded expiration
    instant (`links copy`, the window's Copy again: it ends when the link given out ends) or for
    `expiration` (a renewal), never past the account's STS token. ValidationError once that
    instant has passed."""
    now = now.replace(microsecond=0)
    end = expiration or spec.expiration
    if end <= now:
        raise ValidationError("expiration", f"the link expired at {_stamp(end)}; sign a new one")
    cap = account.token_cap(end)
    result = presign(
        spec.request, credentials=account.credentials, region=spec.region, endpoint=spec.endpoint,
        now=now, expiration=cap or end, version=spec.signature_version,
    )
    return SignedAgain(result, cap)
