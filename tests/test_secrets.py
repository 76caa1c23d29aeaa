"""Secrets in the keyring: round trips, clear-text backends refused, failures told apart."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import UTC, datetime, timedelta, timezone

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from ossshare.core import OssShareError
from ossshare.services.secrets import (
    SERVICE,
    KeyringLocked,
    KeyringRefused,
    KeyringUnavailable,
    SecretStore,
    SecretUnreadable,
    StoredSecret,
)
from tests.fixtures.keyring import (
    LockedKeyring,
    MemoryKeyring,
    RefusingKeyring,
    unique_profile_name,
)

SECRET = "kS3cr3t-Value/with+chars"
TOKEN = "CAIS-sts-token-value=="
EXPIRY = datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC)


class ClearTextKeyring(MemoryKeyring):
    """Stands in for keyrings.alt's PlaintextKeyring: judged by its module, like the real one."""


ClearTextKeyring.__module__ = "keyrings.alt.file"
KeyringBackend._classes.discard(ClearTextKeyring)  # type: ignore[attr-defined]


def test_round_trip_with_sts_token(any_keyring: KeyringBackend) -> None:
    store = SecretStore()
    name = unique_profile_name()
    store.store_secret(name, SECRET, TOKEN, EXPIRY)
    loaded = store.load_secret(name)
    assert loaded == StoredSecret(SECRET, TOKEN, EXPIRY)
    # what the keyring itself holds, under the documented names
    assert any_keyring.get_password(SERVICE, f"{name}:secret") == SECRET
    sts = json.loads(any_keyring.get_password(SERVICE, f"{name}:sts") or "")
    assert sts == {"token": TOKEN, "expiration": EXPIRY.isoformat()}
    # a fresh store (another process, say) reads the same
    assert SecretStore().load_secret(name) == loaded


def test_replacing_with_a_plain_accesskey_drops_the_old_token(any_keyring: KeyringBackend) -> None:
    store = SecretStore()
    name = unique_profile_name()
    store.store_secret(name, SECRET, TOKEN, None)
    store.store_secret(name, "other-secret")
    assert store.load_secret(name) == StoredSecret("other-secret")
    assert any_keyring.get_password(SERVICE, f"{name}:sts") is None


def test_delete_forgets_everything_and_missing_is_none(any_keyring: KeyringBackend) -> None:
    store = SecretStore()
    name = unique_profile_name()
    assert store.load_secret(name) is None
    store.store_secret(name, SECRET, TOKEN)
    store.delete_secret(name)
    assert store.load_secret(name) is None
    store.delete_secret(name)  # deleting twice is fine
    assert any_keyring.get_password(SERVICE, f"{name}:secret") is None


@pytest.mark.secret_service
def test_secret_tool_sees_the_secret(secret_service_keyring: KeyringBackend) -> None:
    if shutil.which("secret-tool") is None:
        pytest.skip("secret-tool (libsecret-tools) is not installed")
    name = unique_profile_name()
    SecretStore().store_secret(name, SECRET)
    found = subprocess.run(
        ["secret-tool", "lookup", "service", SERVICE, "username", f"{name}:secret"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert found.stdout == SECRET
    status = SecretStore().status()
    assert status.usable and status.is_os_store
    assert "Secret Service" in status.description


def test_repr_never_shows_secrets() -> None:
    text = repr(StoredSecret(SECRET, TOKEN, EXPIRY))
    assert SECRET not in text and TOKEN not in text


def test_memory_backend_is_usable_but_not_the_os_store() -> None:
    status = SecretStore().status()
    assert status.usable and not status.is_os_store
    assert status.backend == "tests.fixtures.keyring.MemoryKeyring"


@pytest.mark.parametrize(
    "backend", [fail.Keyring(), null.Keyring(), ClearTextKeyring()], ids=["fail", "null", "plaintext"]
)
def test_clear_or_missing_backends_count_as_no_keyring(backend: KeyringBackend) -> None:
    keyring.set_keyring(backend)
    store = SecretStore()
    status = store.status()
    assert not status.usable and not status.is_os_store
    with pytest.raises(KeyringUnavailable) as caught:
        store.store_secret("p", SECRET)
    assert "never writes secrets to a file" in caught.value.message
    if isinstance(backend, ClearTextKeyring):
        assert backend.entries == {}  # nothing reached the clear-text store
    with pytest.raises(KeyringUnavailable):
        store.load_secret("p")


def test_chainer_uses_its_safe_backend_never_the_clear_one(monkeypatch: pytest.MonkeyPatch) -> None:
    safe, clear = MemoryKeyring(), ClearTextKeyring()
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [clear, safe])
    keyring.set_keyring(chainer.ChainerBackend())
    store = SecretStore()
    assert store.status().usable
    store.store_secret("p", SECRET)
    assert safe.entries == {(SERVICE, "p:secret"): SECRET}
    assert clear.entries == {}


def test_chainer_of_only_clear_backends_is_no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [ClearTextKeyring(), null.Keyring()])
    keyring.set_keyring(chainer.ChainerBackend())
    status = SecretStore().status()
    assert not status.usable
    assert "keyrings.alt.file.ClearTextKeyring" in status.description


@pytest.mark.parametrize(
    ("backend", "error", "words"),
    [
        (fail.Keyring(), KeyringUnavailable, "No keyring is available"),
        (LockedKeyring(), KeyringLocked, "locked and could not be unlocked"),
        (RefusingKeyring(), KeyringRefused, "prompt was dismissed"),
    ],
    ids=["missing", "locked", "refused"],
)
def test_each_failure_has_its_own_message_and_session_only_still_works(
    backend: KeyringBackend, error: type[OssShareError], words: str
) -> None:
    keyring.set_keyring(backend)
    store = SecretStore()
    for call in (lambda: store.store_secret("p", SECRET), lambda: store.load_secret("p")):
        with pytest.raises(error) as caught:
            call()
        assert words in caught.value.message
        assert caught.value.title not in ("", "Error")
        assert SECRET not in caught.value.message
    stored = store.store_secret("p", SECRET, TOKEN, EXPIRY, session_only=True)
    assert stored.session_only
    assert store.load_secret("p") == stored
    assert store.session_profiles() == ["p"]
    # another store (another window or process) does not see session-only secrets
    with pytest.raises(error):
        SecretStore().load_secret("p")


def test_the_three_failures_read_differently() -> None:
    messages = set()
    titles = set()
    for backend in (fail.Keyring(), LockedKeyring(), RefusingKeyring()):
        keyring.set_keyring(backend)
        with pytest.raises(OssShareError) as caught:
            SecretStore().load_secret("p")
        messages.add(caught.value.message)
        titles.add(caught.value.title)
    assert len(messages) == 3 and len(titles) == 3


def test_session_secret_wins_until_stored_in_the_keyring(memory_keyring: MemoryKeyring) -> None:
    store = SecretStore()
    store.store_secret("p", "session-one", session_only=True)
    assert memory_keyring.entries == {}
    assert store.load_secret("p") == StoredSecret("session-one", session_only=True)
    store.store_secret("p", SECRET)
    assert store.load_secret("p") == StoredSecret(SECRET)
    assert store.session_profiles() == []


def test_unreadable_sts_entry_is_a_clear_error(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.set_password(SERVICE, "p:secret", SECRET)
    memory_keyring.set_password(SERVICE, "p:sts", "not json")
    with pytest.raises(SecretUnreadable, match="add the profile again"):
        SecretStore().load_secret("p")


def test_bad_inputs_are_refused_before_the_keyring(memory_keyring: MemoryKeyring) -> None:
    store = SecretStore()
    with pytest.raises(OssShareError, match="AccessKey secret"):
        store.store_secret("p", " padded ")
    with pytest.raises(OssShareError, match="time zone"):
        store.store_secret("p", SECRET, TOKEN, datetime(2030, 1, 1))
    with pytest.raises(ValueError):
        store.store_secret("a:b", SECRET)
    assert memory_keyring.entries == {}


def test_token_expiry_keeps_its_offset(memory_keyring: MemoryKeyring) -> None:
    expiry = datetime(2030, 5, 6, 7, 8, 9, tzinfo=timezone(timedelta(hours=8)))
    store = SecretStore()
    store.store_secret("p", SECRET, TOKEN, expiry)
    loaded = store.load_secret("p")
    assert loaded is not None and loaded.token_expiration == expiry
