"""Keyring backends that keep secrets in clear count as no keyring, whatever they are called."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend

from ossshare.services.secrets import KeyringUnavailable, SecretStore
from tests.fixtures.keyring import MemoryKeyring


class ClearTextFileKeyring(MemoryKeyring):
    """Stands in for keyrings.alt.file.PlaintextKeyring."""


ClearTextFileKeyring.__module__ = "keyrings.alt.file"


class PluginKeyring(ClearTextFileKeyring):
    """A third-party backend in its own package, built on the clear-text file store."""


PluginKeyring.__module__ = "some_plugin.backend"
for _cls in (ClearTextFileKeyring, PluginKeyring):
    KeyringBackend._classes.discard(_cls)  # type: ignore[attr-defined]


def test_subclass_of_a_clear_text_backend_is_no_keyring() -> None:
    backend = PluginKeyring()
    keyring.set_keyring(backend)
    store = SecretStore()
    status = store.status()
    assert not status.usable and "some_plugin.backend.PluginKeyring" in status.description
    with pytest.raises(KeyringUnavailable):
        store.store_secret("p", "SecretValue0123456789")
    assert backend.entries == {}
    # The user can still work, with the secret in memory only.
    assert store.store_secret("p", "SecretValue0123456789", session_only=True).session_only
    assert backend.entries == {}
