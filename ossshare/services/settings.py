"""The settings file: one JSON document under the user config dir, written atomically.

Nothing secret is ever written here; secrets live in the keyring (services/secrets.py).
A file that cannot be read or parsed is moved aside with a timestamp, defaults are used,
and a notice says what happened, so the user loses nothing and knows why settings vanished.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import platformdirs

from ..core import OssShareError
from ..core.clock import utc_now

APP_NAME = "ossshare"
SETTINGS_FILE_NAME = "settings.json"
SCHEMA_VERSION = 1
SCHEMA_KEY = "schema"
# Real settings are a few KB; this bounds what reading a wrong or hostile file can cost.
MAX_SETTINGS_BYTES = 16 * 1024 * 1024

# One lock per settings path in this process: a read-modify-write from two workers must not
# interleave. (Across processes the last atomic write wins; the file is never half-written.)
_LOCKS: dict[Path, threading.Lock] = {}
_LOCKS_GUARD = threading.Lock()


def _lock_for(path: Path) -> threading.Lock:
    with _LOCKS_GUARD:
        return _LOCKS.setdefault(path, threading.Lock())


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def default_settings_path() -> Path:
    return config_dir() / SETTINGS_FILE_NAME


class SettingsError(OssShareError):
    title = "Settings not saved"


@dataclass(frozen=True)
class SettingsNotice:
    """Something the user should be told about the settings file (shown once, as is)."""

    title: str
    message: str
    moved_to: Path | None = None
    profile: str | None = None  # the saved profile it is about, when it is about one


@dataclass
class LoadedSettings:
    data: dict[str, Any] = field(default_factory=dict)
    notice: SettingsNotice | None = None


def defaults() -> dict[str, Any]:
    return {SCHEMA_KEY: SCHEMA_VERSION}


class SettingsFile:
    """Blocking file I/O on the settings document; call it from a worker in the GUI."""

    def __init__(self, path: Path | None = None, *, clock: Callable[[], datetime] = utc_now) -> None:
        self.path = Path(path) if path is not None else default_settings_path()
        self._clock = clock
        # Set when a file could be neither read nor moved aside: never overwrite it then.
        self._blocked_reason: str | None = None

    def load(self) -> LoadedSettings:
        with _lock_for(self.path):
            return self._load_locked()

    def save(self, data: dict[str, Any]) -> None:
        with _lock_for(self.path):
            self._write_locked(data)

    def update(self, change: Callable[[dict[str, Any]], bool | None]) -> LoadedSettings:
        """Read, apply `change` to the document in place, write back: one step under the lock.
        When `change` returns False it changed nothing and the file is not rewritten."""
        with _lock_for(self.path):
            loaded = self._load_locked()
            if change(loaded.data) is not False:
                self._write_locked(loaded.data)
            return loaded

    # -- reading -------------------------------------------------------------------------

    def _load_locked(self) -> LoadedSettings:
        try:
            with self.path.open("rb") as handle:
                raw = handle.read(MAX_SETTINGS_BYTES + 1)
        except FileNotFoundError:
            self._blocked_reason = None
            return LoadedSettings(defaults())
        except OSError as exc:
            return self._set_aside(f"it could not be read ({exc.strerror or type(exc).__name__})")
        if len(raw) > MAX_SETTINGS_BYTES:
            return self._set_aside(f"it is larger than {MAX_SETTINGS_BYTES // (1024 * 1024)} MiB")
        try:
            data = _parse(raw)
        except _Unusable as exc:
            return self._set_aside(exc.reason)
        except Exception as exc:  # anything else the parser trips on (RecursionError, digit limits)
            return self._set_aside(f"it could not be parsed ({type(exc).__name__})")
        self._blocked_reason = None
        return LoadedSettings(data)

    def _set_aside(self, reason: str) -> LoadedSettings:
        stamp = self._clock().astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = self._free_name(self.path.with_name(f"{self.path.name}.corrupt-{stamp}"))
        try:
            os.rename(self.path, target)
        except OSError as exc:
            self._blocked_reason = reason
            return LoadedSettings(
                defaults(),
                SettingsNotice(
                    "Settings could not be read",
                    f"The settings file {self.path} could not be used because {reason}, and it could "
                    f"not be moved aside ({exc.strerror or type(exc).__name__}). ossshare starts with "
                    "default settings and will not overwrite that file; fix or remove it to save settings again.",
                ),
            )
        self._blocked_reason = None
        return LoadedSettings(
            defaults(),
            SettingsNotice(
                "Settings reset",
                f"The settings file could not be used because {reason}. It was moved to {target} "
                "and ossshare started with default settings. Your keyring secrets were not touched.",
                moved_to=target,
            ),
        )

    @staticmethod
    def _free_name(candidate: Path) -> Path:
        n = 2
        target = candidate
        while target.exists():
            target = candidate.with_name(f"{candidate.name}-{n}")
            n += 1
        return target

    # -- writing -------------------------------------------------------------------------

    def _write_locked(self, data: dict[str, Any]) -> None:
        if self._blocked_reason is not None:
            raise SettingsError(
                f"The settings file {self.path} could not be read ({self._blocked_reason}) and was kept "
                "as it is; fix or remove it, then try again."
            )
        document = dict(data)
        current = document.get(SCHEMA_KEY)
        # Keep a newer schema number written by a newer ossshare: we preserve its keys too.
        if not isinstance(current, int) or isinstance(current, bool) or current < SCHEMA_VERSION:
            document[SCHEMA_KEY] = SCHEMA_VERSION
        payload = (json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")
        try:
            self._atomic_write(payload)
        except OSError as exc:
            raise SettingsError(
                f"The settings could not be saved to {self.path} ({exc.strerror or type(exc).__name__})."
            ) from None

    def _atomic_write(self, payload: bytes) -> None:
        parent = self.path.parent
        parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(payload)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp_name, self.path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp_name)
            raise
        _fsync_dir(parent)


class _Unusable(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _parse(raw: bytes) -> dict[str, Any]:
    """The settings document from the file's bytes, or _Unusable saying why not. Whatever is
    read here can be written back: text that would not encode again is refused now, not at save."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _Unusable("it is not UTF-8 text") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _Unusable(f"it is not valid JSON (line {exc.lineno}, column {exc.colno})") from None
    except RecursionError:
        raise _Unusable("it is nested too deeply") from None
    except ValueError:  # Python's limit on the digits of an integer (CVE-2020-10735)
        raise _Unusable("it holds a number too long to read") from None
    if not isinstance(data, dict):
        raise _Unusable("it does not hold a JSON object")
    schema = data.get(SCHEMA_KEY)
    if not isinstance(schema, int) or isinstance(schema, bool) or schema < 1:
        raise _Unusable("it has no valid schema version")
    try:
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise _Unusable("it holds text that is not valid Unicode (a lone surrogate escape)") from None
    except RecursionError:
        raise _Unusable("it is nested too deeply") from None
    return data


def _fsync_dir(directory: Path) -> None:
    """Make the rename itself durable; not possible (nor needed) on Windows."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
