"""Import profiles from ossutil's `~/.ossutilconfig` and the aliyun CLI's `~/.aliyun/config.json`.

Reading gives a plan (what would be imported, what is skipped and why); applying it puts
the secrets straight into the keyring and the rest into the settings file. Nothing from
these files is copied anywhere else.
"""

from __future__ import annotations

import configparser
import json
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from ..core import OssShareError, ValidationError
from ..core.endpoint import EndpointFacts, endpoint_facts
from ..core.validation import check_bucket, check_credentials
from .accounts import save_profile
from .profiles import Profile, ProfileStore, check_profile_name
from .secrets import KeyringLocked, KeyringRefused, KeyringUnavailable, SecretStore

V1_PROFILE_NAME = "ossutil"
_SUPPORTED_MODES = {"ak", "ststoken"}


class ImportFailed(OssShareError):
    title = "Import failed"


@dataclass(frozen=True)
class ImportCandidate:
    profile: Profile
    secret: str = field(repr=False)
    token: str | None = field(default=None, repr=False)
    token_expiration: datetime | None = None
    origin: str = ""  # where it came from, for the report: "ossutil [profile dev]"
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Skipped:
    origin: str
    reason: str  # for a terminal: may name a command-line option
    summary: str = ""  # the reason without such an option, for a window ("": the reason as is)


@dataclass
class ImportPlan:
    source: Path
    candidates: list[ImportCandidate] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


@dataclass
class ImportReport:
    imported: list[ImportCandidate] = field(default_factory=list)  # profile names as saved
    skipped: list[Skipped] = field(default_factory=list)


def default_ossutil_path() -> Path:
    return Path.home() / ".ossutilconfig"


def default_aliyun_path() -> Path:
    return Path.home() / ".aliyun" / "config.json"


# -- ossutil -------------------------------------------------------------------------------


def _norm(key: str) -> str:
    """ossutil accepts accessKeyId, access-key-id, access_key_id...: one spelling for all."""
    return key.lower().replace("-", "").replace("_", "")


def read_ossutil_config(path: Path, *, fallback_region: str | None = None) -> ImportPlan:
    plan = ImportPlan(path)
    try:
        text = path.read_text("utf-8")
    except OSError as exc:
        raise ImportFailed(f"{path} could not be read ({exc.strerror or type(exc).__name__}).") from None
    except UnicodeDecodeError:
        raise ImportFailed(f"{path} is not UTF-8 text.") from None
    parser = configparser.ConfigParser(interpolation=None, strict=False, default_section="\x00none")
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # bucket names keep their spelling
    try:
        parser.read_string(text, source=str(path))
    except configparser.Error as exc:
        raise ImportFailed(f"{path} is not an ossutil configuration file ({type(exc).__name__}).") from None
    raw = {name.strip(): dict(parser.items(name)) for name in parser.sections()}
    lowered = {name.lower(): name for name in raw}
    bucket_sections = {lowered.get("bucket-endpoint"), lowered.get("bucket-cname")}
    sections = {
        name: values if name in bucket_sections else {_norm(k): v for k, v in values.items()}
        for name, values in raw.items()
    }

    v2: dict[str, dict[str, str]] = {}
    for name, values in sections.items():
        low = name.lower()
        if low == "default":
            v2["default"] = values
        elif low.startswith("profile "):
            v2[name[len("profile ") :].strip()] = values
        elif low.startswith("buckets "):
            plan.skipped.append(Skipped(f"ossutil [{name}]", "per-bucket [buckets ...] sections are not imported"))
        elif low not in ("credentials", "bucket-endpoint", "bucket-cname"):
            plan.skipped.append(Skipped(f"ossutil [{name}]", "not a section ossshare knows"))

    if "credentials" in lowered:
        name = lowered["credentials"]
        extras = {
            "bucket_endpoints": sections.get(lowered.get("bucket-endpoint", ""), {}),
            "cnames": sections.get(lowered.get("bucket-cname", ""), {}),
        }
        _add_ossutil(plan, V1_PROFILE_NAME, f"ossutil [{name}]", sections[name], fallback_region, extras)
    else:
        for orphan in ("bucket-endpoint", "bucket-cname"):
            if orphan in lowered:
                plan.skipped.append(
                    Skipped(f"ossutil [{lowered[orphan]}]", "there is no [Credentials] section it could belong to")
                )
    for name, values in v2.items():
        merged = _with_source(name, values, v2)
        _add_ossutil(
            plan,
            name,
            f"ossutil [{'default' if name == 'default' else 'profile ' + name}]",
            merged,
            fallback_region,
            {},
        )
    return plan


def _with_source(name: str, values: dict[str, str], profiles: dict[str, dict[str, str]]) -> dict[str, str]:
    """Follow source-profile links: the named profile's keys under this one's own."""
    chain = [values]
    seen = {name}
    current = values
    while (source := current.get("sourceprofile")) and source not in seen and source in profiles:
        seen.add(source)
        current = profiles[source]
        chain.append(current)
    merged: dict[str, str] = {}
    for layer in reversed(chain):
        merged.update(layer)
    return merged


# Values that are one word: spaces or a line break inside mean a broken line, such as a
# secret pasted onto the end of the line before, or an indented line that configparser joins
# to the value above. Such a section is skipped; the value is never quoted (it may hold the
# secret), nor saved to settings or the keyring.
_ONE_WORD_KEYS = {
    "endpoint": "endpoint",
    "region": "region",
    "mode": "mode",
    "signversion": "signVersion",
    "addressingstyle": "addressingStyle",
    "accesskeyid": "accessKeyID",
    "accesskeysecret": "accessKeySecret",
    "ststoken": "stsToken",
    "securitytoken": "securityToken",
}


def _broken(value: str) -> bool:
    return any(c.isspace() for c in value.strip())


def _broken_keys(values: dict[str, str], extras: dict[str, dict[str, str]]) -> list[str]:
    keys = [label for key, label in _ONE_WORD_KEYS.items() if _broken(values.get(key, ""))]
    for section, label in (("cnames", "[Bucket-Cname]"), ("bucket_endpoints", "[Bucket-Endpoint]")):
        if any(_broken(value) for value in extras.get(section, {}).values()):
            keys.append(label)
    return keys


def _add_ossutil(
    plan: ImportPlan,
    name: str,
    origin: str,
    values: dict[str, str],
    fallback_region: str | None,
    extras: dict[str, dict[str, str]],
) -> None:
    broken = _broken_keys(values, extras)
    if broken:
        plan.skipped.append(
            Skipped(
                origin,
                f"{', '.join(broken)} holds spaces or a line break, so a line of the file looks broken "
                "(the value is not shown: it may hold a secret)",
            )
        )
        return
    mode = _norm(values.get("mode", "")) or None
    if mode is not None and mode not in _SUPPORTED_MODES:
        plan.skipped.append(
            Skipped(
                origin,
                f"credential mode '{values.get('mode')}' is not supported: "
                "ossshare signs with an AccessKey or an STS token",
            )
        )
        return
    key_id = values.get("accesskeyid", "").strip()
    secret = values.get("accesskeysecret", "").strip()
    token = (values.get("ststoken") or values.get("securitytoken") or "").strip() or None
    if not key_id or not secret:
        plan.skipped.append(Skipped(origin, "it has no AccessKey ID and secret"))
        return
    if mode == "ststoken" and token is None:
        plan.skipped.append(Skipped(origin, "mode is StsToken but there is no STS token"))
        return
    notes: list[str] = []
    facts = endpoint_facts(values["endpoint"]) if values.get("endpoint", "").strip() else EndpointFacts()
    region = values.get("region", "").strip() or facts.region
    path_style = False
    style = values.get("addressingstyle", "").strip().lower()
    if style == "path":
        path_style = True
    elif style == "cname":
        notes.append("addressing style 'cname' was not imported: add the domain per bucket with --cname BUCKET=DOMAIN")
    signature_version = 1 if values.get("signversion", "").strip().lower() in ("v1", "1") else 4
    cnames, bucket_endpoints = {}, {}
    for bucket, domain in extras.get("cnames", {}).items():
        if _usable_bucket(bucket, notes, "custom domain"):
            cnames[bucket] = domain.strip()
    for bucket, endpoint in extras.get("bucket_endpoints", {}).items():
        if _usable_bucket(bucket, notes, "bucket endpoint"):
            bucket_endpoints[bucket] = endpoint.strip()
    if region is None:
        if fallback_region:
            region = fallback_region
            notes.append(f"region {fallback_region} was given on import, since the file names none")
        else:
            notes.append("the region is unknown: give --region when signing, or import again with --region")
    profile = Profile(
        name=name,
        access_key_id=key_id,
        region=region,
        endpoint=facts.endpoint,
        internal=facts.internal,
        accelerate=facts.accelerate,
        dualstack=facts.dualstack,
        http=facts.http,
        path_style=path_style,
        cnames=cnames,
        bucket_endpoints=bucket_endpoints,
        signature_version=signature_version,
    )
    _add_candidate(plan, ImportCandidate(profile, secret, token, None, origin, tuple(notes)))


def _usable_bucket(bucket: str, notes: list[str], what: str) -> bool:
    try:
        check_bucket(bucket)
    except ValidationError:
        notes.append(f"{what} for '{bucket}' was not imported: not a valid bucket name")
        return False
    return True


def _add_candidate(plan: ImportPlan, candidate: ImportCandidate) -> None:
    """Validate now, so the plan only lists what can really be saved."""
    try:
        check_credentials(candidate.profile.access_key_id, candidate.secret, candidate.token)
        candidate.profile.validate()
    except ValidationError as exc:
        plan.skipped.append(Skipped(candidate.origin, exc.message))
        return
    plan.candidates.append(candidate)


# -- aliyun CLI ----------------------------------------------------------------------------


def read_aliyun_config(path: Path, *, fallback_region: str | None = None) -> ImportPlan:
    plan = ImportPlan(path)
    try:
        data = json.loads(path.read_text("utf-8"))
    except OSError as exc:
        raise ImportFailed(f"{path} could not be read ({exc.strerror or type(exc).__name__}).") from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ImportFailed(f"{path} is not an aliyun CLI configuration file (not JSON).") from None
    profiles = data.get("profiles") if isinstance(data, dict) else None
    if not isinstance(profiles, list):
        raise ImportFailed(f"{path} is not an aliyun CLI configuration file (no profiles list).")
    for index, entry in enumerate(profiles):
        if not isinstance(entry, dict):
            plan.skipped.append(Skipped(f"aliyun profile #{index + 1}", "not a JSON object"))
            continue
        name = str(entry.get("name") or f"aliyun-{index + 1}")
        origin = f"aliyun profile '{name}'"
        mode = str(entry.get("mode") or "AK")
        broken = [key for key in ("mode", "region_id") if _broken(str(entry.get(key) or ""))]
        if broken:
            plan.skipped.append(
                Skipped(
                    origin,
                    f"{', '.join(broken)} holds spaces or a line break (the value is not shown: it may hold a secret)",
                )
            )
            continue
        if _norm(mode) not in _SUPPORTED_MODES:
            plan.skipped.append(
                Skipped(
                    origin,
                    f"credential mode '{mode}' is not supported: ossshare signs with an AccessKey or an STS token",
                )
            )
            continue
        key_id = str(entry.get("access_key_id") or "").strip()
        secret = str(entry.get("access_key_secret") or "").strip()
        token = str(entry.get("sts_token") or "").strip() or None
        if not key_id or not secret:
            plan.skipped.append(Skipped(origin, "it has no AccessKey ID and secret"))
            continue
        if _norm(mode) == "ststoken" and token is None:
            plan.skipped.append(Skipped(origin, "mode is StsToken but there is no STS token"))
            continue
        if _norm(mode) == "ak":
            token = None  # a stale token next to an AccessKey profile is not used by the aliyun CLI either
        expiration = None
        raw_expiration = entry.get("sts_expiration")
        if token and isinstance(raw_expiration, int) and not isinstance(raw_expiration, bool) and raw_expiration > 0:
            expiration = datetime.fromtimestamp(raw_expiration, UTC)
        notes: list[str] = []
        region = str(entry.get("region_id") or "").strip() or None
        if region is None:
            if fallback_region:
                region = fallback_region
                notes.append(f"region {fallback_region} was given on import, since the profile names none")
            else:
                notes.append("the region is unknown: give --region when signing, or import again with --region")
        profile = Profile(name=name, access_key_id=key_id, region=region)
        _add_candidate(plan, ImportCandidate(profile, secret, token, expiration, origin, tuple(notes)))
    return plan


# -- applying ------------------------------------------------------------------------------


def apply_plan(
    plan: ImportPlan,
    *,
    profiles: ProfileStore,
    secrets: SecretStore,
    prefix: str = "",
    replace_existing: bool = False,
) -> ImportReport:
    """Save every candidate: secret into the keyring, the rest into settings. A keyring that
    is missing, locked or refused stops the import with that error; what was saved stays."""
    report = ImportReport(skipped=list(plan.skipped))
    status = secrets.status()
    if plan.candidates and not status.usable:
        raise KeyringUnavailable(f"{status.description} Nothing was imported; ossshare never writes secrets to a file.")
    for candidate in plan.candidates:
        name = prefix + candidate.profile.name
        try:
            check_profile_name(name)
        except ValidationError as exc:
            report.skipped.append(Skipped(candidate.origin, exc.message))
            continue
        if not replace_existing and profiles.exists(name):
            report.skipped.append(
                Skipped(
                    candidate.origin,
                    f"a profile named '{name}' exists already (use --replace, or --prefix for new names)",
                    f"a profile named '{name}' exists already",
                )
            )
            continue
        profile = replace(candidate.profile, name=name)
        try:
            save_profile(
                profile,
                candidate.secret,
                candidate.token,
                candidate.token_expiration,
                profiles=profiles,
                secrets=secrets,
            )
        except (KeyringUnavailable, KeyringLocked, KeyringRefused):
            raise
        except OssShareError as exc:
            report.skipped.append(Skipped(candidate.origin, exc.message))
            continue
        report.imported.append(replace(candidate, profile=profile))
    return report
