"""Secrets in the OS keyring (service `ossshare`), or in memory for this session only.

Entries: `<profile>:secret` holds the AccessKey secret; `<profile>:sts` holds the STS token
and its expiry as JSON. Backends that keep secrets in clear (keyrings.alt, the null and fail
backends) count as no keyring at all, and there is no file fallback: when no real keyring
works, the caller may choose session-only storage, which lives in this object's memory.
Every call blocks (D-Bus, unlock prompts); the GUI calls them from workers.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from datetime import datetime

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from ..core import OssShareError
from ..core.errors import Action
from ..core.validation import check_aware, check_credentials

SERVICE = "ossshare"
_NEVER_FILE = "ossshare never writes secrets to a file."

# Modules of the stores the operating system itself provides.
_OS_STORES = {
    "keyring.backends.SecretService": "the Secret Service (GNOME Keyring or compatible)",
    "keyring.backends.libsecret": "the Secret Service (libsecret)",
    "keyring.backends.kwallet": "KWallet",
    "keyring.backends.macOS": "the macOS Keychain",
    "keyring.backends.Windows": "Windows Credential Manager",
}


class KeyringError(OssShareError):
    """The keyring cannot hold or give the secret; the profile can keep it for this session instead."""

    actions: tuple[Action, ...] = (Action.RETRY, Action.EDIT_PROFILE)


class KeyringUnavailable(KeyringError):
    title = "No keyring available"


class KeyringLocked(KeyringError):
    title = "Keyring locked"
    actions = (Action.UNLOCK_KEYRING, Action.RETRY, Action.EDIT_PROFILE)


class KeyringRefused(KeyringError):
    title = "Keyring access refused"


class SecretUnreadable(OssShareError):
    title = "Stored secret unreadable"
    actions = (Action.EDIT_PROFILE,)  # enter the secret again


@dataclass(frozen=True)
class KeyringStatus:
    backend: str  # module.Class of the backend that would hold the secrets
    usable: bool  # False: nothing may be stored there
    is_os_store: bool  # the operating system's own secret store
    description: str  # for a person: where secrets go, or why they cannot
    name: str = ""  # short name of the store for "stored in ...", e.g. "KWallet"


@dataclass(frozen=True)
class StoredSecret:
    secret: str = field(repr=False)
    token: str | None = field(default=None, repr=False)
    token_expiration: datetime | None = None
    session_only: bool = False


@dataclass(frozen=True)
class SecretSnapshot:
    """What a profile's keyring entries and session memory held, to put back after a failed change."""

    name: str
    entries: dict[str, str | None] | None = field(repr=False)  # by kind; None: the keyring was left out
    session: StoredSecret | None = field(default=None, repr=False)


def _qualname(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__name__}"


def _stores_in_clear(backend: KeyringBackend) -> bool:
    # Judged over the whole class hierarchy: a backend built on keyrings.alt's file stores (a
    # plugin subclassing PlaintextKeyring) writes the same clear-text file under another name.
    modules = {cls.__module__ for cls in type(backend).__mro__}
    return any(m == "keyrings.alt" or m.startswith("keyrings.alt.") for m in modules) or isinstance(
        backend, (null.Keyring, fail.Keyring)
    )


def _priority(backend: KeyringBackend) -> float | None:
    try:
        return float(type(backend).priority)
    except Exception:  # a backend signals "not viable here" by raising from priority
        return None


def _os_store_name(backend: KeyringBackend) -> str | None:
    module = type(backend).__module__
    for prefix, name in _OS_STORES.items():
        if module == prefix or module.startswith(prefix + "."):
            return name
    return None


def _choose(backend: KeyringBackend) -> tuple[KeyringBackend | None, KeyringStatus]:
    """The backend secrets go to, and what to tell the user about it.

    A chainer writes to the first backend that accepts, so a clear-text one later in its
    chain could receive a secret the real store refused; we talk to one safe backend directly.
    """
    if isinstance(backend, chainer.ChainerBackend):
        chain = [b for b in backend.backends if not _stores_in_clear(b)]
        if not chain:
            names = ", ".join(_qualname(b) for b in backend.backends) or "none"
            return None, KeyringStatus(
                _qualname(backend),
                False,
                False,
                f"No secure keyring is available: the only backends found ({names}) keep secrets in clear "
                "or drop them.",
            )
        backend = chain[0]
    name = _qualname(backend)
    if isinstance(backend, fail.Keyring):
        return None, KeyringStatus(
            name,
            False,
            False,
            "No keyring is available: no Secret Service, KWallet, Keychain or Credential Manager was found.",
        )
    if _stores_in_clear(backend):
        return None, KeyringStatus(
            name,
            False,
            False,
            f"The configured keyring backend ({name}) keeps secrets in clear or drops them; it is not used.",
        )
    priority = _priority(backend)
    if priority is not None and priority <= 0:
        reason = f"The keyring backend {name} is not usable here (priority {priority:g})."
        return None, KeyringStatus(name, False, False, reason)
    os_name = _os_store_name(backend)
    if os_name is not None:
        return backend, KeyringStatus(name, True, True, f"Secrets are kept in {os_name}.", os_name)
    return backend, KeyringStatus(
        name, True, False, f"Secrets are kept by the keyring backend {name} (not the system's own store).", name
    )


def _translate(exc: BaseException) -> OssShareError:
    """A keyring/D-Bus failure as an error for a person. Never quotes the backend's text."""
    kind = type(exc).__name__
    if isinstance(exc, keyring.errors.KeyringLocked) or kind == "LockedException":
        return KeyringLocked(
            "The keyring is locked and could not be unlocked. Unlock it (for example by logging in to "
            f"the desktop, or in your passwords app) and try again. {_NEVER_FILE}"
        )
    if kind == "PromptDismissedException" or _mentions_dismissed(exc):
        return KeyringRefused(
            "Access to the keyring was refused: the unlock or permission prompt was dismissed. "
            f"Try again and accept the prompt. {_NEVER_FILE}"
        )
    if isinstance(exc, keyring.errors.NoKeyringError):
        return KeyringUnavailable(
            "No keyring is available: no Secret Service, KWallet, Keychain or Credential Manager was found. "
            f"{_NEVER_FILE}"
        )
    return KeyringUnavailable(f"The keyring could not be used ({kind}). {_NEVER_FILE}")


def _mentions_dismissed(exc: BaseException) -> bool:
    # keyring wraps secretstorage's PromptDismissedException in InitError("... Prompt dismissed.")
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if type(current).__name__ == "PromptDismissedException":
            return True
        if isinstance(current, keyring.errors.InitError) and "dismissed" in str(current).lower():
            return True
        current = current.__cause__ or current.__context__
    return False


def _name(profile: object) -> str:
    name = getattr(profile, "name", profile)
    if not isinstance(name, str) or not name or ":" in name:
        raise ValueError("a profile name without ':' is required")
    return name


class SecretStore:
    """Secrets of profiles, by profile name. One instance per app: it owns the session memory."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend  # None: whatever keyring.get_keyring() says at call time
        self._session: dict[str, StoredSecret] = {}
        self._lock = threading.Lock()

    def _resolve(self) -> tuple[KeyringBackend | None, KeyringStatus]:
        try:
            backend = self._backend if self._backend is not None else keyring.get_keyring()
        except Exception as exc:
            error = _translate(exc)
            return None, KeyringStatus("unknown", False, False, error.message)
        return _choose(backend)

    def status(self) -> KeyringStatus:
        return self._resolve()[1]

    def _usable(self) -> KeyringBackend:
        backend, status = self._resolve()
        if backend is None:
            raise KeyringUnavailable(f"{status.description} {_NEVER_FILE}")
        return backend

    def store_secret(
        self,
        profile: object,
        secret: str,
        token: str | None = None,
        token_expiration: datetime | None = None,
        *,
        session_only: bool = False,
    ) -> StoredSecret:
        """Keep the secret (and STS token) in the keyring, or only in memory if chosen."""
        name = _name(profile)
        check_credentials("x", secret, token)  # same rules as signing; never echoes the secret
        if token_expiration is not None:
            check_aware(token_expiration, "token expiration")
            if token is None:
                raise ValueError("a token expiration needs a token")
        stored = StoredSecret(secret, token, token_expiration, session_only)
        if session_only:
            with self._lock:
                self._session[name] = stored
            return stored
        backend = self._usable()
        before = _read_entries(backend, name)
        try:
            backend.set_password(SERVICE, f"{name}:secret", secret)
            if token is not None:
                value = {"token": token, "expiration": token_expiration.isoformat() if token_expiration else None}
                backend.set_password(SERVICE, f"{name}:sts", json.dumps(value))
            else:
                _delete_quietly(backend, f"{name}:sts")
        except Exception as exc:
            # all or nothing: a secret stored without its token (or the reverse) is taken back out
            error = _translate(exc)
            try:
                _write_entries(backend, name, before)
            except Exception:
                raise type(error)(f"{error.message} {left_over(name)}") from None
            raise error from None
        with self._lock:
            self._session.pop(name, None)  # the keyring copy is now the one that counts
        return stored

    def load_secret(self, profile: object) -> StoredSecret | None:
        """The profile's secrets: session memory first, then the keyring. None when none is stored."""
        name = _name(profile)
        with self._lock:
            held = self._session.get(name)
        if held is not None:
            return held
        backend = self._usable()
        try:
            secret = backend.get_password(SERVICE, f"{name}:secret")
            sts = backend.get_password(SERVICE, f"{name}:sts") if secret is not None else None
        except Exception as exc:
            raise _translate(exc) from None
        if secret is None:
            return None
        token, expiration = _parse_sts(name, sts) if sts is not None else (None, None)
        return StoredSecret(secret, token, expiration)

    def delete_secret(self, profile: object) -> bool:
        """Forget the profile's secrets everywhere; True when there was something to forget."""
        name = _name(profile)
        with self._lock:
            held = self._session.pop(name, None) is not None
        backend = self._usable()
        try:
            deleted = [_delete_quietly(backend, f"{name}:{kind}") for kind in _KINDS]
        except Exception as exc:
            raise _translate(exc) from None
        return held or any(deleted)

    def snapshot(self, profile: object, *, keyring: bool = True) -> SecretSnapshot:
        """What is stored for the profile now (session memory, and the keyring unless `keyring` is
        False), so that `restore` can undo a change that failed half way."""
        name = _name(profile)
        with self._lock:
            held = self._session.get(name)
        entries = _read_entries(self._usable(), name) if keyring else None
        return SecretSnapshot(name, entries, held)

    def restore(self, snapshot: SecretSnapshot) -> None:
        """Put back what `snapshot` recorded; raises the keyring's error (translated) if it refuses."""
        with self._lock:
            if snapshot.session is None:
                self._session.pop(snapshot.name, None)
            else:
                self._session[snapshot.name] = snapshot.session
        if snapshot.entries is not None:
            try:
                _write_entries(self._usable(), snapshot.name, snapshot.entries)
            except OssShareError:
                raise
            except Exception as exc:
                raise _translate(exc) from None

    def session_profiles(self) -> list[str]:
        with self._lock:
            return sorted(self._session)


_KINDS = ("secret", "sts")


def _delete_quietly(backend: KeyringBackend, username: str) -> bool:
    try:
        backend.delete_password(SERVICE, username)
    except keyring.errors.PasswordDeleteError:
        return False  # nothing stored under that name
    return True


def _read_entries(backend: KeyringBackend, name: str) -> dict[str, str | None]:
    try:
        return {kind: backend.get_password(SERVICE, f"{name}:{kind}") for kind in _KINDS}
    except Exception as exc:
        raise _translate(exc) from None


def _write_entries(backend: KeyringBackend, name: str, entries: dict[str, str | None]) -> None:
    """Make the profile's keyring entries exactly `entries` (None: no entry). Raw backend errors."""
    for kind, value in entries.items():
        if value is None:
            _delete_quietly(backend, f"{name}:{kind}")
        else:
            backend.set_password(SERVICE, f"{name}:{kind}", value)


def left_over(name: str) -> str:
    """What is left in the keyring when undoing a change failed too, and how to clear it."""
    return (
        f"Its keyring entries (service '{SERVICE}', users '{name}:secret' and '{name}:sts') could not be put back "
        f"as they were either; `ossshare profile remove {name}` deletes them."
    )


def _parse_sts(name: str, value: str) -> tuple[str, datetime | None]:
    unreadable = SecretUnreadable(
        f"The STS token stored for profile '{name}' could not be read; add the profile again with a fresh token."
    )
    try:
        data = json.loads(value)
        token = data["token"]
        raw_expiration = data.get("expiration")
        expiration = datetime.fromisoformat(raw_expiration) if raw_expiration else None
    except (ValueError, TypeError, KeyError, AttributeError):
        raise unreadable from None
    if not isinstance(token, str) or not token or (expiration is not None and expiration.tzinfo is None):
        raise unreadable
    return token, expiration
