"""Profiles: a named AccessKey id with its region and endpoint defaults, kept in the settings file.

A profile never holds a secret; the AccessKey secret and STS token are in the keyring under
the profile's name (services/secrets.py). Environment credentials show up as a read-only
profile named `environment`.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core import EndpointOptions, OssShareError, ValidationError, resolve_endpoint
from ..core.errors import Action
from ..core.validation import EARLIEST_INSTANT, LATEST_INSTANT, MAX_V4_VALIDITY, check_bucket, check_region
from ..core.visible import clip
from .account import ENV_ID, ENV_SECRET
from .settings import SettingsFile, SettingsNotice

PROFILES_KEY = "profiles"
ENVIRONMENT_PROFILE = "environment"

# Letters (any script), digits, dot, underscore, hyphen; no ':' since it separates the
# profile from the entry kind in keyring user names.
_NAME_RE = re.compile(r"[^\W_][\w.-]{0,63}")
_KEY_ID_RE = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
ENDPOINT_FLAGS = ("internal", "accelerate", "dualstack", "http", "path_style")
# No link can be valid longer than from the first to the last instant a link can name.
_LONGEST_EXPIRY = int((LATEST_INSTANT - EARLIEST_INSTANT).total_seconds())


class ProfileNotFound(OssShareError):
    title = "Unknown profile"


class ProfileReadOnly(OssShareError):
    title = "Profile is read-only"
    actions = (Action.FIX_INPUT,)  # choose another name


class ProfileExists(OssShareError):
    title = "Profile exists"
    actions = (Action.FIX_INPUT,)


def check_profile_name(name: str) -> str:
    if not _NAME_RE.fullmatch(name or ""):
        raise ValidationError(
            "profile name",
            f"'{name}' is not a profile name: 1 to 64 letters, digits, '.', '_' or '-', "
            "starting with a letter or digit",
        )
    return name


@dataclass(frozen=True)
class Profile:
    """Everything about an account except its secrets."""

    name: str
    access_key_id: str
    region: str | None = None
    endpoint: str | None = None  # custom endpoint host, with or without scheme
    internal: bool = False
    accelerate: bool = False
    dualstack: bool = False
    http: bool = False
    path_style: bool = False
    cnames: Mapping[str, str] = field(default_factory=dict)  # bucket -> custom domain
    bucket_endpoints: Mapping[str, str] = field(default_factory=dict)  # bucket -> endpoint (from ossutil)
    default_expires_seconds: int | None = None
    signature_version: int = 4
    read_only: bool = False  # the environment profile
    source: str = "settings"  # "settings" or "environment"

    def validate(self) -> Profile:
        """Raise ValidationError naming the first bad field; return self when all is well."""
        if self.source != "environment":
            check_profile_name(self.name)
        if not self.access_key_id or not _KEY_ID_RE.fullmatch(self.access_key_id):
            raise ValidationError(
                "AccessKey ID", "is required and must not contain spaces, slashes or control characters"
            )
        if self.region is not None:
            check_region(self.region)
        if self.signature_version not in (1, 4):
            raise ValidationError("signature version", "must be 4 or 1")
        if self.endpoint is not None or self.region is not None:
            self.endpoint_options().resolve(self.region)
        for bucket, domain in self.cnames.items():
            check_bucket(bucket, "custom domain bucket")
            resolve_endpoint(None, domain, http=self.http, cname=True)
        for bucket, endpoint in self.bucket_endpoints.items():
            check_bucket(bucket, "bucket endpoint bucket")
            resolve_endpoint(None, endpoint, http=self.http)
        if self.default_expires_seconds is not None:
            limit = int(MAX_V4_VALIDITY.total_seconds())
            if self.default_expires_seconds < 1:
                raise ValidationError("default expiry", "must be at least one second")
            if self.signature_version == 4 and self.default_expires_seconds > limit:
                raise ValidationError("default expiry", f"V4 links are valid at most 7 days ({limit} s)")
            if self.default_expires_seconds > _LONGEST_EXPIRY:
                raise ValidationError("default expiry", "must end before the year 10000")
        return self

    def endpoint_options(self) -> EndpointOptions:
        return EndpointOptions(
            endpoint=self.endpoint or None,
            internal=self.internal,
            accelerate=self.accelerate,
            dualstack=self.dualstack,
            http=self.http,
            path_style=self.path_style,
        )

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"access_key_id": self.access_key_id, "signature_version": self.signature_version}
        if self.region:
            data["region"] = self.region
        if self.endpoint:
            data["endpoint"] = self.endpoint
        for flag in ENDPOINT_FLAGS:
            if getattr(self, flag):
                data[flag] = True
        if self.cnames:
            data["cnames"] = dict(self.cnames)
        if self.bucket_endpoints:
            data["bucket_endpoints"] = dict(self.bucket_endpoints)
        if self.default_expires_seconds is not None:
            data["default_expires_seconds"] = self.default_expires_seconds
        return data

    @classmethod
    def from_json(cls, name: str, data: object) -> Profile:
        if not isinstance(data, dict):
            raise ValidationError(f"profile {name}", "is not a JSON object")

        def text(key: str) -> str | None:
            value = data.get(key)
            if value is None:
                return None
            if not isinstance(value, str):
                raise ValidationError(f"profile {name}: {key}", "must be text")
            return value

        def mapping(key: str) -> dict[str, str]:
            value = data.get(key) or {}
            if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
                raise ValidationError(f"profile {name}: {key}", "must map bucket names to text")
            return dict(value)

        def flag(key: str) -> bool:
            value = data.get(key, False)
            if not isinstance(value, bool):
                raise ValidationError(f"profile {name}: {key}", "must be true or false")
            return value

        def whole(key: str, default: int | None) -> int | None:
            value = data.get(key, default)
            if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
                raise ValidationError(f"profile {name}: {key}", "must be a whole number")
            return value

        expires = whole("default_expires_seconds", None)
        version = whole("signature_version", 4)
        return cls(
            name=name,
            access_key_id=text("access_key_id") or "",
            region=text("region"),
            endpoint=text("endpoint"),
            cnames=mapping("cnames"),
            bucket_endpoints=mapping("bucket_endpoints"),
            default_expires_seconds=expires,
            signature_version=version or 0,
            internal=flag("internal"),
            accelerate=flag("accelerate"),
            dualstack=flag("dualstack"),
            http=flag("http"),
            path_style=flag("path_style"),
        ).validate()


def environment_profile(environ: Mapping[str, str]) -> Profile | None:
    """The read-only profile for OSS_ACCESS_KEY_ID/OSS_ACCESS_KEY_SECRET, when both are set."""
    key_id = environ.get(ENV_ID, "").strip()
    if not key_id or not environ.get(ENV_SECRET):
        return None
    return Profile(name=ENVIRONMENT_PROFILE, access_key_id=key_id, read_only=True, source="environment")


class ProfileStore:
    """Saved profiles plus the environment profile. Blocking file I/O: use a worker in the GUI."""

    def __init__(self, path: Path | None = None, *, environ: Mapping[str, str] | None = None) -> None:
        self._file = SettingsFile(path)
        self._environ = environ
        self._notices: list[SettingsNotice] = []

    @property
    def path(self) -> Path:
        return self._file.path

    def take_notices(self) -> list[SettingsNotice]:
        """What the user should be told since the last call (file moved aside, entries skipped)."""
        notices, self._notices = self._notices, []
        return notices

    def _env(self) -> Mapping[str, str]:
        return os.environ if self._environ is None else self._environ

    def _saved(self) -> tuple[list[Profile], dict[str, str]]:
        """The usable saved profiles, and why each other entry was skipped (by name)."""
        loaded = self._file.load()
        if loaded.notice is not None:
            self._notices.append(loaded.notice)
        raw = loaded.data.get(PROFILES_KEY)
        if raw is None:
            return [], {}
        if not isinstance(raw, dict):
            self._notices.append(
                SettingsNotice(
                    "Profiles skipped",
                    f"The '{PROFILES_KEY}' entry of the settings file is not a JSON object, so no saved profile "
                    "could be read; saving a profile will replace it.",
                )
            )
            return [], {}
        profiles: list[Profile] = []
        skipped: dict[str, str] = {}
        for name, entry in raw.items():
            try:
                profiles.append(Profile.from_json(name, entry))
            except Exception as exc:  # one bad entry, whatever is wrong with it, never hides the others
                if isinstance(exc, OssShareError):
                    reason = exc.message
                else:
                    reason = f"it could not be read ({type(exc).__name__})"
                skipped[name] = reason
                # Left in the file untouched; only hidden from the list.
                self._notices.append(
                    SettingsNotice(
                        "Profile skipped", f"The saved profile '{clip(name)}' was skipped: {reason}", profile=name
                    )
                )
        return sorted(profiles, key=lambda p: p.name.casefold()), skipped

    def list(self) -> list[Profile]:
        profiles, _ = self._saved()
        env = environment_profile(self._env())
        return profiles + ([env] if env is not None else [])

    def get(self, name: str) -> Profile:
        if name == ENVIRONMENT_PROFILE:
            env = environment_profile(self._env())
            if env is None:
                raise ProfileNotFound(
                    f"There is no '{ENVIRONMENT_PROFILE}' profile: it appears when {ENV_ID} and {ENV_SECRET} are set."
                )
            return env
        profiles, skipped = self._saved()
        for profile in profiles:
            if profile.name == name:
                return profile
        if name in skipped:
            raise ProfileNotFound(
                f"The saved profile '{clip(name)}' cannot be used: {skipped[name]}",
                cli_hint=f"Fix it in {self.path}, or add it again with `ossshare profile add ... --replace`.",
            )
        raise ProfileNotFound(
            f"There is no profile named '{name}'.", cli_hint="`ossshare profile list` shows the saved ones."
        )

    def exists(self, name: str) -> bool:
        try:
            self.get(name)
        except ProfileNotFound:
            return False
        return True

    def save(self, profile: Profile) -> None:
        """Add or replace a saved profile; other entries and settings are left as they are."""
        if profile.read_only or profile.name == ENVIRONMENT_PROFILE:
            raise ProfileReadOnly(
                f"'{ENVIRONMENT_PROFILE}' comes from environment variables and cannot be saved; choose another name."
            )
        profile.validate()

        def change(data: dict[str, Any]) -> None:
            profiles = data.get(PROFILES_KEY)
            if not isinstance(profiles, dict):
                profiles = data[PROFILES_KEY] = {}
            profiles[profile.name] = profile.to_json()

        self._record(self._file.update(change).notice)

    def remove(self, name: str) -> None:
        if name == ENVIRONMENT_PROFILE:
            raise ProfileReadOnly(
                f"'{ENVIRONMENT_PROFILE}' comes from environment variables; "
                f"unset {ENV_ID} and {ENV_SECRET} to remove it."
            )
        found = False

        def change(data: dict[str, Any]) -> bool:
            nonlocal found
            profiles = data.get(PROFILES_KEY)
            if not isinstance(profiles, dict) or name not in profiles:
                return False
            del profiles[name]
            found = True
            return True

        self._record(self._file.update(change).notice)
        if not found:
            raise ProfileNotFound(f"There is no profile named '{name}'.")

    def _record(self, notice: SettingsNotice | None) -> None:
        if notice is not None:
            self._notices.append(notice)
