"""Writing a profile is all or nothing: when the settings entry or the token cannot be written,
the keyring is put back as it was. Removing one deletes the secrets even when the settings
cannot be written, and says exactly what is left when a part fails."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend

from ossshare.cli.main import main
from ossshare.services.accounts import Removal, remove_profile, save_profile
from ossshare.services.profiles import Profile, ProfileStore
from ossshare.services.secrets import SERVICE, KeyringLocked, KeyringUnavailable, SecretStore
from ossshare.services.settings import SettingsError, config_dir
from tests.fixtures.keyring import LockedKeyring, MemoryKeyring

OLD, NEW, TOKEN = "old-secret-value", "new-secret-value", "old-sts-token"
EXPIRY = datetime(2031, 1, 1, tzinfo=UTC)
Freeze = Callable[[Path], None]
PROFILE = Profile(name="work", access_key_id="LTAIwork", region="cn-hangzhou")


class TokenRefusingKeyring(MemoryKeyring):
    """Takes the secret, refuses the STS token (a full or failing store half way through)."""

    undo_fails = False

    def set_password(self, service: str, username: str, password: str) -> None:
        if username.endswith(":sts"):
            raise keyring.errors.PasswordSetError("refused")
        super().set_password(service, username, password)

    def delete_password(self, service: str, username: str) -> None:
        if self.undo_fails:
            raise keyring.errors.KeyringError("gone away")
        super().delete_password(service, username)


KeyringBackend._classes.discard(TokenRefusingKeyring)


@pytest.fixture
def freeze() -> Iterator[Freeze]:
    """Make a directory unwritable: by its mode, or for root (whom modes do not stop) with the
    immutable attribute."""
    frozen: list[Path] = []

    def apply(path: Path) -> None:
        path.mkdir(parents=True, exist_ok=True)
        if os.geteuid() != 0:
            path.chmod(0o500)
        elif not shutil.which("chattr") or subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode:
            pytest.skip("running as root on a file system without chattr +i: no way to make a directory unwritable")
        frozen.append(path)

    yield apply
    for path in frozen:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        else:
            path.chmod(0o700)


def entries(backend: MemoryKeyring) -> dict[str, str]:
    return {user: value for (service, user), value in backend.entries.items() if service == SERVICE}


def run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *argv: str, stdin: str = ""
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# --- add -----------------------------------------------------------------------------------


def test_cli_add_with_unwritable_settings_leaves_no_secret(
    isolated_home: Path, memory_keyring: MemoryKeyring, freeze: Freeze, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    freeze(config_dir().parent)
    code, out, err = run(
        capsys, monkeypatch, "profile", "add", "work", "--access-key-id", "LTAIwork", "--region", "cn-hangzhou",
        "--secret-stdin", stdin=NEW + "\n",
    )
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and "could not be saved" in err and NEW not in err
    assert entries(memory_keyring) == {}


def test_replacing_with_unwritable_settings_puts_the_old_secret_back(
    tmp_path: Path, memory_keyring: MemoryKeyring, freeze: Freeze
) -> None:
    profiles, secrets = ProfileStore(tmp_path / "cfg" / "settings.json"), SecretStore()
    save_profile(PROFILE, OLD, TOKEN, EXPIRY, profiles=profiles, secrets=secrets)
    before = entries(memory_keyring)
    freeze(tmp_path / "cfg")
    with pytest.raises(SettingsError, match="could not be saved"):
        save_profile(PROFILE, NEW, profiles=profiles, secrets=secrets)
    assert entries(memory_keyring) == before  # the old secret and its token, as they were
    assert SecretStore().load_secret("work").secret == OLD  # type: ignore[union-attr]


def test_session_only_save_with_unwritable_settings_leaves_nothing_in_memory(
    tmp_path: Path, freeze: Freeze
) -> None:
    keyring.set_keyring(LockedKeyring())  # session-only is what a locked keyring leaves
    freeze(tmp_path / "cfg")
    profiles, secrets = ProfileStore(tmp_path / "cfg" / "settings.json"), SecretStore()
    with pytest.raises(SettingsError):
        save_profile(PROFILE, NEW, profiles=profiles, secrets=secrets, session_only=True)
    assert secrets.session_profiles() == []


def test_token_refused_takes_the_secret_back_out(tmp_path: Path) -> None:
    backend = TokenRefusingKeyring()
    backend.entries[(SERVICE, "work:secret")] = OLD
    keyring.set_keyring(backend)
    profiles = ProfileStore(tmp_path / "settings.json")
    with pytest.raises(KeyringUnavailable, match="PasswordSetError"):
        save_profile(PROFILE, NEW, TOKEN, EXPIRY, profiles=profiles, secrets=SecretStore())
    assert entries(backend) == {"work:secret": OLD}  # as before: no new secret without its token
    assert not profiles.exists("work")


def test_when_undoing_fails_too_the_error_says_what_is_left(tmp_path: Path) -> None:
    backend = TokenRefusingKeyring()
    backend.undo_fails = True
    keyring.set_keyring(backend)
    with pytest.raises(KeyringUnavailable) as caught:
        save_profile(PROFILE, NEW, TOKEN, EXPIRY, profiles=ProfileStore(tmp_path / "s.json"), secrets=SecretStore())
    message = caught.value.message
    assert "'work:secret'" in message and "`ossshare profile remove work`" in message
    assert NEW not in message


# --- remove --------------------------------------------------------------------------------


def test_cli_remove_with_unwritable_settings_still_deletes_the_secret(
    isolated_home: Path, memory_keyring: MemoryKeyring, freeze: Freeze, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    save_profile(PROFILE, OLD, TOKEN, EXPIRY, profiles=ProfileStore(), secrets=SecretStore())
    freeze(config_dir())
    code, out, err = run(capsys, monkeypatch, "profile", "remove", "work")
    assert (code, out) == (2, "")
    assert err.count("\n") == 1
    assert "'work' is still in the settings file" in err and "keyring entries were deleted" in err
    assert entries(memory_keyring) == {}
    assert "work" in json.loads((config_dir() / "settings.json").read_text("utf-8"))["profiles"]


def test_cli_remove_with_a_locked_keyring_names_the_entries_left(
    isolated_home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    save_profile(PROFILE, OLD, profiles=ProfileStore(), secrets=SecretStore())
    keyring.set_keyring(LockedKeyring())
    code, out, err = run(capsys, monkeypatch, "profile", "remove", "work")
    assert (code, out) == (2, "")
    assert err.count("\n") == 1
    assert "'work' was removed from the settings file" in err
    assert "service 'ossshare', users 'work:secret' and 'work:sts'" in err and "locked" in err
    assert not ProfileStore().exists("work")


def test_remove_clears_leftover_secrets_of_a_profile_not_in_settings(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.entries[(SERVICE, "ghost:secret")] = OLD
    done = remove_profile("ghost", profiles=ProfileStore(tmp_path / "s.json"), secrets=SecretStore())
    assert done == Removal(in_settings=False, had_secret=True)
    assert entries(memory_keyring) == {}


def test_remove_reports_both_failures(tmp_path: Path, freeze: Freeze) -> None:
    profiles = ProfileStore(tmp_path / "cfg" / "settings.json")
    save_profile(PROFILE, OLD, profiles=profiles, secrets=SecretStore())
    freeze(tmp_path / "cfg")
    keyring.set_keyring(LockedKeyring())
    done = remove_profile("work", profiles=profiles, secrets=SecretStore())
    assert done.in_settings and not done.had_secret
    assert isinstance(done.settings_error, SettingsError) and isinstance(done.keyring_error, KeyringLocked)
