"""The sandbox's buckets and object versions: loaded from a directory, kept in memory.

Each sub-directory of the data directory whose name is a valid bucket name is a bucket and
each file under it an object (version id "null", as OSS reports objects written before
versioning). Objects written through the sandbox get real version ids and live in memory
for the run: the data directory is only read, never changed.
"""

from __future__ import annotations

import base64
import hashlib
import mimetypes
import os
import re
import secrets
import stat
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from .crc import crc64

BUCKET_RE = re.compile(r"[a-z0-9][a-z0-9-]{1,61}[a-z0-9]")
NULL_VERSION = "null"
# Objects bigger than this get no x-oss-hash-crc64ecma: pure-Python CRC runs at ~5 MB/s.
CRC_LIMIT = 4 * 1024 * 1024
_AFTER_ALL = "\U0010ffff"


def guess_type(key: str) -> str:
    return mimetypes.guess_type(key, strict=False)[0] or "application/octet-stream"


def new_version_id() -> str:
    """Opaque, base64 with '+' '/' as real OSS ids have, so clients must encode them."""
    return "CAEQ" + base64.b64encode(secrets.token_bytes(30)).decode()


@dataclass
class StoredVersion:
    key: str
    version_id: str
    last_modified: datetime
    is_delete_marker: bool = False
    content_type: str = "application/octet-stream"
    storage_class: str = "Standard"
    restore: str | None = None  # None, "ongoing" or "restored"
    data: bytes | None = None
    path: Path | None = None
    _size: int | None = None
    _md5: bytes | None = None
    _crc: int | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    _seen: tuple[int, int] | None = None  # (size, mtime_ns) of the file when its digests were taken

    @property
    def size(self) -> int:
        if self._size is None:
            if self.data is not None:
                self._size = len(self.data)
            elif self.path is not None:
                self._size = self.path.stat().st_size
            else:
                self._size = 0
        return self._size

    def present(self) -> bool:
        """False for a file removed from the data directory (or replaced by something that is not
        a file) since it was loaded: that object is gone, not the whole server. A file changed in
        place is measured and hashed again."""
        if self.path is None:
            return True
        try:
            st = os.stat(self.path)
        except OSError:
            return False
        if not stat.S_ISREG(st.st_mode):
            return False
        with self._lock:
            if self._seen != (st.st_size, st.st_mtime_ns):
                self._size, self._md5, self._crc = st.st_size, None, None
                self._seen = (st.st_size, st.st_mtime_ns)
        return True

    def usable(self) -> bool:
        """present(), and readable: replies and listings need its ETag, so the file is hashed
        here, where a failure only hides this object."""
        if not self.present():
            return False
        try:
            self._md5_digest()
        except OSError:
            return False
        return True

    def read(self, start: int = 0, end: int | None = None) -> bytes:
        """Bytes [start, end) of the content."""
        if self.data is not None:
            return self.data[start:end]
        if self.path is None:
            return b""
        expected = (self.size if end is None else end) - start
        with self.path.open("rb") as f:
            f.seek(start)
            data = f.read(expected)
        if len(data) != expected:  # cut short since it was measured: not the object we announced
            raise OSError(f"{self.path} changed while it was read")
        return data

    def _md5_digest(self) -> bytes:
        with self._lock:
            if self._md5 is None:
                self._md5 = hashlib.md5(self.read()).digest()
            return self._md5

    @property
    def etag(self) -> str:
        return '"' + self._md5_digest().hex().upper() + '"'

    @property
    def content_md5(self) -> str:
        return base64.b64encode(self._md5_digest()).decode()

    @property
    def crc64(self) -> int | None:
        """Only for objects up to CRC_LIMIT; computed on first use (listing never needs it)."""
        if self.size > CRC_LIMIT:
            return None
        with self._lock:
            if self._crc is None:
                self._crc = crc64(self.read())
            return self._crc


@dataclass
class ListPage:
    """One page of ListObjects / ListObjectsV2 / ListObjectVersions, in order."""

    items: list[StoredVersion | str]  # a version, or a common prefix
    truncated: bool
    next_marker: str  # the last key or common prefix returned
    next_version_marker: str = ""


class BucketState:
    def __init__(self, name: str, created: datetime, region: str, storage_class: str = "Standard") -> None:
        self.name = name
        self.region = region
        self.created = created
        self.storage_class = storage_class
        self.versions: dict[str, list[StoredVersion]] = {}  # newest first
        self._sorted: list[str] = []
        self._dirty = False

    def add(self, version: StoredVersion) -> None:
        stack = self.versions.get(version.key)
        if stack is None:
            self.versions[version.key] = [version]
            self._dirty = True
        else:
            if version.version_id == NULL_VERSION:  # a "null" version is replaced, not stacked
                stack[:] = [v for v in stack if v.version_id != NULL_VERSION]
            stack.insert(0, version)

    def remove(self, key: str, version_id: str) -> StoredVersion | None:
        stack = self.versions.get(key, [])
        for i, v in enumerate(stack):
            if v.version_id == version_id:
                del stack[i]
                if not stack:
                    del self.versions[key]
                    self._dirty = True
                return v
        return None

    def keys(self) -> list[str]:
        if self._dirty:
            self._sorted = sorted(self.versions)
            self._dirty = False
        return self._sorted


def _listed(latest: StoredVersion) -> bool:
    """Whether a key shows in an object listing: its latest version is live and readable."""
    return not latest.is_delete_marker and latest.usable()


def _rolled_prefix(key: str, prefix: str, delimiter: str) -> str | None:
    """The common prefix `key` rolls up into, if any."""
    if not delimiter:
        return None
    j = key.find(delimiter, len(prefix))
    return key[: j + len(delimiter)] if j >= 0 else None


def _start_index(keys: list[str], prefix: str, marker: str, delimiter: str) -> int:
    """Where listing resumes after `marker` (a key, or a common prefix already returned)."""
    i = bisect_right(keys, marker) if marker else 0
    if prefix:
        i = max(i, bisect_left(keys, prefix))
    if marker.startswith(prefix):
        rolled = _rolled_prefix(marker, prefix, delimiter)
        if rolled is not None:
            i = max(i, _after_prefix(keys, rolled, i))
    return i


def _after_prefix(keys: list[str], prefix: str, i: int) -> int:
    i = bisect_left(keys, prefix + _AFTER_ALL, i)
    while i < len(keys) and keys[i].startswith(prefix):
        i += 1
    return i


class Store:
    def __init__(self, now: Callable[[], datetime], region: str) -> None:
        self._now = now
        self.region = region  # of buckets created without one
        self._lock = threading.RLock()
        self.buckets: dict[str, BucketState] = {}

    # --- setup -----------------------------------------------------------------------
    def load_dir(self, data_dir: Path) -> None:
        if not data_dir.is_dir():
            return
        for entry in sorted(data_dir.iterdir()):
            if entry.is_dir() and BUCKET_RE.fullmatch(entry.name):
                created = datetime.fromtimestamp(entry.stat().st_mtime, UTC)
                bucket = self.create_bucket(entry.name, created=created)
                for root, dirs, files in os.walk(entry):
                    dirs.sort()
                    for name in sorted(files):
                        path = Path(root, name)
                        key = path.relative_to(entry).as_posix()
                        mtime = datetime.fromtimestamp(path.stat().st_mtime, UTC)
                        bucket.add(
                            StoredVersion(key, NULL_VERSION, mtime, content_type=guess_type(key), path=path)
                        )

    def create_bucket(self, name: str, *, created: datetime | None = None, region: str | None = None) -> BucketState:
        if not BUCKET_RE.fullmatch(name):
            raise ValueError(f"{name!r} is not a valid bucket name")
        with self._lock:
            bucket = self.buckets.get(name)
            if bucket is None:
                bucket = self.buckets[name] = BucketState(name, created or self._now(), region or self.region)
            return bucket

    # --- objects ---------------------------------------------------------------------
    def bucket(self, name: str) -> BucketState | None:
        return self.buckets.get(name)

    def put(
        self,
        bucket: str,
        key: str,
        data: bytes,
        *,
        content_type: str | None = None,
        storage_class: str = "Standard",
        restore: str | None = None,
        last_modified: datetime | None = None,
    ) -> StoredVersion:
        with self._lock:
            state = self.buckets[bucket]
            version = StoredVersion(
                key,
                new_version_id(),
                (last_modified or self._now()).astimezone(UTC).replace(microsecond=0),
                content_type=content_type or guess_type(key),
                storage_class=storage_class,
                restore=restore,
                data=bytes(data),
            )
            state.add(version)
            return version

    def delete(self, bucket: str, key: str, version_id: str | None = None) -> StoredVersion | None:
        """Without a version: add a delete marker (returned). With one: remove that version."""
        with self._lock:
            state = self.buckets[bucket]
            if version_id is not None:
                return state.remove(key, version_id)
            marker = StoredVersion(
                key, new_version_id(), self._now().astimezone(UTC).replace(microsecond=0), is_delete_marker=True
            )
            state.add(marker)
            return marker

    def get(self, bucket: str, key: str, version_id: str | None = None) -> StoredVersion | None:
        with self._lock:
            stack = self.buckets[bucket].versions.get(key)
            if not stack:
                return None
            if version_id is None:
                return stack[0]
            for v in stack:
                if v.version_id == version_id:
                    return v
            return None

    # --- listing ---------------------------------------------------------------------
    def list_buckets(self, prefix: str, marker: str, max_keys: int) -> tuple[list[BucketState], bool]:
        with self._lock:
            names = [n for n in sorted(self.buckets) if n.startswith(prefix) and n > marker]
            return [self.buckets[n] for n in names[:max_keys]], len(names) > max_keys

    def list_objects(self, bucket: str, prefix: str, delimiter: str, marker: str, max_keys: int) -> ListPage:
        """Latest versions that are not delete markers, and common prefixes, after `marker`."""
        with self._lock:
            state = self.buckets[bucket]
            keys = state.keys()
            items: list[StoredVersion | str] = []
            truncated = False
            i = _start_index(keys, prefix, marker, delimiter)
            while i < len(keys):
                key = keys[i]
                if not key.startswith(prefix):
                    break
                latest = state.versions[key][0]
                rolled = _rolled_prefix(key, prefix, delimiter)
                if rolled is None and not _listed(latest):
                    i += 1
                    continue
                if rolled is not None and not self._has_live(state, keys, rolled, i):
                    i = _after_prefix(keys, rolled, i)
                    continue
                if len(items) == max_keys:
                    truncated = True
                    break
                if rolled is not None:
                    items.append(rolled)
                    i = _after_prefix(keys, rolled, i)
                else:
                    items.append(latest)
                    i += 1
            last = items[-1] if items else ""
            return ListPage(items, truncated, last if isinstance(last, str) else last.key)

    @staticmethod
    def _has_live(state: BucketState, keys: list[str], prefix: str, i: int) -> bool:
        """A common prefix is listed only if some key under it is not deleted."""
        while i < len(keys) and keys[i].startswith(prefix):
            latest = state.versions[keys[i]][0]
            if not latest.is_delete_marker and latest.present():  # no need to read it
                return True
            i += 1
        return False

    def list_versions(
        self, bucket: str, prefix: str, delimiter: str, key_marker: str, version_marker: str, max_keys: int
    ) -> ListPage:
        with self._lock:
            state = self.buckets[bucket]
            keys = state.keys()
            pending: Iterator[StoredVersion | str] = self._version_stream(
                state, keys, prefix, delimiter, key_marker, version_marker
            )
            items: list[StoredVersion | str] = []
            truncated = False
            for item in pending:
                if len(items) == max_keys:
                    truncated = True
                    break
                items.append(item)
            page = ListPage(items, truncated, "")
            if items:
                last = items[-1]
                if isinstance(last, str):
                    page.next_marker = last
                else:
                    page.next_marker, page.next_version_marker = last.key, last.version_id
            return page

    @staticmethod
    def _version_stream(
        state: BucketState, keys: list[str], prefix: str, delimiter: str, key_marker: str, version_marker: str
    ) -> Iterator[StoredVersion | str]:
        i = _start_index(keys, prefix, key_marker, delimiter)
        if version_marker and key_marker in state.versions:
            # resume inside key_marker's versions, after version_marker
            stack = state.versions[key_marker]
            ids = [v.version_id for v in stack]
            if version_marker in ids:
                yield from (v for v in stack[ids.index(version_marker) + 1 :] if v.usable())
        while i < len(keys):
            key = keys[i]
            if not key.startswith(prefix):
                break
            rolled = _rolled_prefix(key, prefix, delimiter)
            if rolled is not None:
                yield rolled
                i = _after_prefix(keys, rolled, i)
                continue
            yield from (v for v in state.versions[key] if v.usable())
            i += 1
