"""Accounts from profiles: a profile's settings joined with its secrets from the keyring."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

from ..core import Credentials, OssShareError
from ..core.clock import utc_now
from ..core.errors import Action
from .account import ENV_SECRET, ENV_TOKEN, Account
from .profiles import Profile, ProfileNotFound, ProfileStore
from .secrets import SecretStore, StoredSecret, left_over
from .settings import SettingsError


class SecretMissing(OssShareError):
    title = "Secret missing"
    actions = (Action.EDIT_PROFILE,)


class TokenExpired(OssShareError):
    title = "STS token expired"
    actions = (Action.EDIT_PROFILE,)


def account_for_profile(
    profile: Profile,
    secrets: SecretStore,
    *,
    environ: Mapping[str, str] | None = None,
    now: Callable[[], datetime] = utc_now,
) -> Account:
    """Blocking (keyring): call from a worker in the GUI."""
    if profile.source == "environment":
        env = os.environ if environ is None else environ
        credentials = Credentials(profile.access_key_id, env.get(ENV_SECRET, ""), env.get(ENV_TOKEN) or None)
        return Account(credentials, profile_name=profile.name)
    stored = secrets.load_secret(profile.name)
    if stored is None:
        raise SecretMissing(
            f"No secret is stored for profile '{profile.name}'.",
            cli_hint=f"Add it again with `ossshare profile add {profile.name} ... --replace`.",
        )
    if stored.token_expiration is not None and stored.token_expiration <= now():
        raise TokenExpired(
            f"The STS token of profile '{profile.name}' expired at {stored.token_expiration.isoformat()}; "
            "add the profile again with a fresh token."
        )
    return Account(
        credentials=Credentials(profile.access_key_id, stored.secret, stored.token),
        region=profile.region,
        endpoint_options=profile.endpoint_options(),
        token_expiration=stored.token_expiration,
        default_expires_seconds=profile.default_expires_seconds,
        signature_version=profile.signature_version,
        cnames=dict(profile.cnames),
        bucket_endpoints=dict(profile.bucket_endpoints),
        profile_name=profile.name,
    )


def account_for_cli(name: str, *, profiles: ProfileStore | None = None, secrets: SecretStore | None = None) -> Account:
    """The account behind `--profile NAME`; raises an OssShareError with a message for a person."""
    store = profiles if profiles is not None else ProfileStore()
    return account_for_profile(store.get(name), secrets if secrets is not None else SecretStore())


def save_profile(
    profile: Profile,
    secret: str,
    token: str | None = None,
    token_expiration: datetime | None = None,
    *,
    profiles: ProfileStore,
    secrets: SecretStore,
    session_only: bool = False,
) -> StoredSecret:
    """Secret first, then the settings entry: a profile is never listed without its secret. All or
    nothing: when the settings entry cannot be written, the secrets stored before are put back."""
    profile.validate()
    before = secrets.snapshot(profile.name, keyring=not session_only)
    stored = secrets.store_secret(profile.name, secret, token, token_expiration, session_only=session_only)
    try:
        profiles.save(profile)
    except Exception as exc:
        try:
            secrets.restore(before)
        except OssShareError as undo:
            if isinstance(exc, OssShareError):
                kind, said = type(exc), exc.message
            else:
                kind, said = SettingsError, f"The profile was not saved ({type(exc).__name__})."
            raise kind(f"{said} {undo.message} {left_over(profile.name)}") from None
        raise
    return stored


@dataclass(frozen=True)
class Removal:
    """What `remove_profile` did: each part may fail on its own, and the user is told which."""

    in_settings: bool  # there was a settings entry (removed unless settings_error)
    had_secret: bool  # secrets were found and deleted (False too when keyring_error)
    settings_error: OssShareError | None = None
    keyring_error: OssShareError | None = None


def remove_profile(name: str, *, profiles: ProfileStore, secrets: SecretStore) -> Removal:
    """Remove the settings entry and the secrets; one failing does not stop the other. Raises
    ProfileNotFound only when there was neither."""
    in_settings, settings_error = True, None
    try:
        profiles.remove(name)
    except ProfileNotFound:
        in_settings = False
    except SettingsError as exc:
        settings_error = exc
    had_secret, keyring_error = False, None
    try:
        had_secret = secrets.delete_secret(name)
    except ValueError:  # a name no keyring entry can have (it holds ':')
        pass
    except OssShareError as exc:
        keyring_error = exc
    if not in_settings and not had_secret and keyring_error is None:
        raise ProfileNotFound(f"There is no profile named '{name}'.")
    return Removal(in_settings, had_secret, settings_error, keyring_error)
