"""Accounts from profiles: a profile's settings joined with its secrets from the keyring."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from datetime import datetime, timezone

from ..core import Credentials, OssShareError
from ..core.errors import Action
from .account import ENV_SECRET, ENV_TOKEN, Account
from .profiles import Profile, ProfileStore
from .secrets import SecretStore, StoredSecret


class SecretMissing(OssShareError):
    title = "Secret missing"
    actions = (Action.EDIT_PROFILE,)


class TokenExpired(OssShareError):
    title = "STS token expired"
    actions = (Action.EDIT_PROFILE,)


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


def account_for_profile(
    profile: Profile,
    secrets: SecretStore,
    *,
    environ: Mapping[str, str] | None = None,
    now: Callable[[], datetime] = _utc_now,
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
    """Secret first, then the settings entry: a profile is never listed without its secret."""
    profile.validate()
    stored = secrets.store_secret(profile.name, secret, token, token_expiration, session_only=session_only)
    profiles.save(profile)
    return stored


def remove_profile(name: str, *, profiles: ProfileStore, secrets: SecretStore) -> OssShareError | None:
    """Remove the settings entry, then the keyring entries. Returns the keyring error, if any,
    since the profile itself is gone by then and the caller only needs to tell the user."""
    profiles.remove(name)
    try:
        secrets.delete_secret(name)
    except OssShareError as exc:
        return exc
    return None
