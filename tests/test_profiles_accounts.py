"""Accounts built from profiles and keyring secrets, as `--profile NAME` and the GUI use them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from ossshare.core import EndpointOptions, OssShareError
from ossshare.services.accounts import (
    Removal,
    SecretMissing,
    TokenExpired,
    account_for_cli,
    account_for_profile,
    remove_profile,
    save_profile,
)
from ossshare.services.profiles import Profile, ProfileNotFound, ProfileStore
from ossshare.services.secrets import (
    KeyringLocked,
    KeyringRefused,
    KeyringUnavailable,
    SecretStore,
)
from tests.fixtures.keyring import LockedKeyring, RefusingKeyring, unique_profile_name

SECRET = "profile-secret-value"
TOKEN = "sts-token-value"


def test_account_for_cli_joins_profile_and_keyring(any_keyring: KeyringBackend) -> None:
    name = unique_profile_name()
    expiry = datetime.now(UTC) + timedelta(hours=1)
    profile = Profile(
        name=name,
        access_key_id="LTAIid",
        region="cn-shenzhen",
        accelerate=True,
        cnames={"pics": "cdn.example.com"},
        default_expires_seconds=600,
        signature_version=4,
    )
    save_profile(profile, SECRET, TOKEN, expiry, profiles=ProfileStore(), secrets=SecretStore())
    account = account_for_cli(name)
    assert account.credentials.access_key_id == "LTAIid"
    assert account.credentials.access_key_secret == SECRET
    assert account.credentials.security_token == TOKEN
    assert account.token_expiration == expiry
    assert account.region == "cn-shenzhen"
    assert account.endpoint_options == EndpointOptions(accelerate=True)
    assert account.endpoint_options.resolve(account.region).netloc == "oss-accelerate.aliyuncs.com"
    assert account.cnames == {"pics": "cdn.example.com"}
    assert account.default_expires_seconds == 600
    assert account.signature_version == 4
    assert account.profile_name == name
    assert SECRET not in repr(account) and TOKEN not in repr(account)
    assert remove_profile(name, profiles=ProfileStore(), secrets=SecretStore()) == Removal(True, True)
    with pytest.raises(ProfileNotFound):
        account_for_cli(name)
    assert SecretStore().load_secret(name) is None


def test_unknown_profile() -> None:
    with pytest.raises(ProfileNotFound, match="no profile named 'ghost'"):
        account_for_cli("ghost")


def test_secret_missing_from_the_keyring() -> None:
    ProfileStore().save(Profile(name="p", access_key_id="AK", region="cn-hangzhou"))
    with pytest.raises(SecretMissing, match="No secret is stored for profile 'p'"):
        account_for_cli("p")


@pytest.mark.parametrize("backend", [fail.Keyring(), LockedKeyring()], ids=["missing", "locked"])
def test_keyring_trouble_reaches_the_cli_as_its_own_error(backend: KeyringBackend) -> None:
    ProfileStore().save(Profile(name="p", access_key_id="AK", region="cn-hangzhou"))
    keyring.set_keyring(backend)
    expected = KeyringUnavailable if isinstance(backend, fail.Keyring) else KeyringLocked
    with pytest.raises(expected):
        account_for_cli("p")


@pytest.mark.parametrize(
    "backend", [fail.Keyring(), LockedKeyring(), RefusingKeyring()], ids=["missing", "locked", "refused"]
)
def test_session_only_profile_works_without_a_keyring(backend: KeyringBackend) -> None:
    keyring.set_keyring(backend)
    profiles, secrets = ProfileStore(), SecretStore()
    kinds = {fail.Keyring: KeyringUnavailable, LockedKeyring: KeyringLocked, RefusingKeyring: KeyringRefused}
    expected = kinds[type(backend)]
    profile = Profile(name="p", access_key_id="AK", region="cn-hangzhou")
    with pytest.raises(expected):
        save_profile(profile, SECRET, profiles=profiles, secrets=secrets)
    assert not profiles.exists("p")  # nothing half-saved
    save_profile(profile, SECRET, profiles=profiles, secrets=secrets, session_only=True)
    account = account_for_profile(profiles.get("p"), secrets)
    assert account.credentials.access_key_secret == SECRET
    done = remove_profile("p", profiles=profiles, secrets=secrets)
    assert done.in_settings and done.settings_error is None
    assert isinstance(done.keyring_error, expected)  # the profile is gone; the user is told about the keyring
    assert not profiles.exists("p") and secrets.session_profiles() == []


def test_expired_token_is_refused() -> None:
    past = datetime(2020, 1, 1, tzinfo=UTC)
    profile = Profile(name="p", access_key_id="AK")
    save_profile(profile, SECRET, TOKEN, past, profiles=ProfileStore(), secrets=SecretStore())
    with pytest.raises(TokenExpired, match="expired at 2020-01-01T00:00:00"):
        account_for_cli("p")


def test_environment_profile_account(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OSS_ACCESS_KEY_ID", "ENVID")
    monkeypatch.setenv("OSS_ACCESS_KEY_SECRET", "envsecret")
    monkeypatch.setenv("OSS_SESSION_TOKEN", "envtoken")
    keyring.set_keyring(fail.Keyring())  # the keyring is not needed for it
    account = account_for_cli("environment")
    assert account.credentials.access_key_id == "ENVID"
    assert account.credentials.access_key_secret == "envsecret"
    assert account.credentials.security_token == "envtoken"
    assert account.profile_name == "environment"


def test_errors_are_person_readable(tmp_path: Path) -> None:
    for call in (lambda: account_for_cli("ghost"),):
        with pytest.raises(OssShareError) as caught:
            call()
        assert caught.value.title and caught.value.message.endswith(".")
