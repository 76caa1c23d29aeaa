"""`ossshare profile add|list|show|remove|import`: saved accounts, secrets in the keyring."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from ..core import OssShareError, ValidationError
from ..core.durations import parse_duration, parse_instant
from ..core.validation import check_region
from ..services.account import ENV_TOKEN
from ..services.accounts import remove_profile, save_profile
from ..services.ossutil_import import (
    ImportPlan,
    apply_plan,
    default_aliyun_path,
    default_ossutil_path,
    read_aliyun_config,
    read_ossutil_config,
)
from ..services.profiles import Profile, ProfileStore
from ..services.secrets import SERVICE, SecretStore
from . import failure
from .failure import CliError


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "profile",
        help="manage saved profiles (secrets live in the OS keyring)",
        description="Saved profiles: an AccessKey ID with its region and endpoint defaults. "
        "Secrets go to the OS keyring, never to a file.",
    )
    actions = p.add_subparsers(dest="profile_action", metavar="ACTION", title="actions")
    p.set_defaults(func=lambda args: _usage(p))

    add = actions.add_parser(
        "add",
        help="add or replace a profile",
        description="Add a profile. The AccessKey secret is read from a hidden prompt, or from stdin with "
        "--secret-stdin (line 1: secret; line 2, with --sts-token: the STS token). Never pass it as an argument.",
    )
    add.add_argument("name")
    add.add_argument("--access-key-id", required=True, metavar="ID")
    add.add_argument("--region", required=True, help="region id, e.g. cn-hangzhou")
    e = add.add_argument_group("endpoint")
    e.add_argument("--endpoint", help="custom endpoint host, with or without scheme")
    e.add_argument("--internal", action="store_true", help="the region's internal (VPC) endpoint")
    e.add_argument("--accelerate", action="store_true", help="the global acceleration endpoint")
    e.add_argument("--dualstack", action="store_true", help="the region's dual-stack (IPv6) endpoint")
    e.add_argument("--path-style", action="store_true", help="bucket in the path, not the host")
    e.add_argument("--http", action="store_true", help="http instead of https")
    e.add_argument(
        "--cname",
        action="append",
        default=[],
        metavar="BUCKET=DOMAIN",
        help="a custom domain bound to a bucket (repeatable)",
    )
    d = add.add_argument_group("link defaults")
    d.add_argument("--default-expires", metavar="DURATION", help="default validity, e.g. 15m, 1h, 7d")
    d.add_argument("--signature-version", type=int, choices=(4, 1), default=4)
    s = add.add_argument_group("secret")
    s.add_argument(
        "--secret-stdin", action="store_true", help="read the secret (and token) from stdin instead of prompting"
    )
    s.add_argument(
        "--sts-token",
        action="store_true",
        help="also read an STS security token (second line of stdin, or a second prompt)",
    )
    s.add_argument("--token-expiration", metavar="ISO8601", help="when the STS token expires; links are capped at it")
    add.add_argument("--replace", action="store_true", help="replace a profile of the same name")
    add.set_defaults(func=run_add)

    lst = actions.add_parser(
        "list", help="list profiles", description="List saved profiles and the environment profile."
    )
    lst.set_defaults(func=run_list)

    show = actions.add_parser(
        "show", help="show one profile (never its secret)", description="Show a profile; secrets are never printed."
    )
    show.add_argument("name")
    show.set_defaults(func=run_show)

    rm = actions.add_parser(
        "remove", help="remove a profile and its keyring entries", description="Remove a profile and its secrets."
    )
    rm.add_argument("name")
    rm.set_defaults(func=run_remove)

    imp = actions.add_parser(
        "import",
        help="import from ossutil or the aliyun CLI",
        description="Import profiles from ~/.ossutilconfig (ossutil 1 and 2) and ~/.aliyun/config.json (AK and "
        "StsToken profiles). Secrets go straight into the keyring.",
    )
    imp.add_argument(
        "--from", dest="source", choices=("ossutil", "aliyun"), help="which tool's file (default: both, where present)"
    )
    imp.add_argument("--path", type=Path, help="the file to read (needs --from)")
    imp.add_argument("--region", help="region for profiles whose file names none")
    imp.add_argument("--prefix", default="", help="put this before every imported profile name")
    imp.add_argument("--replace", action="store_true", help="replace profiles of the same name")
    imp.set_defaults(func=run_import)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def _stores() -> tuple[ProfileStore, SecretStore]:
    return ProfileStore(), SecretStore()


def _print_notices(profiles: ProfileStore) -> None:
    for notice in profiles.take_notices():
        failure.warn(f"{notice.title}: {notice.message}")


# -- add -----------------------------------------------------------------------------------


def _read_secrets(args: argparse.Namespace) -> tuple[str, str | None]:
    if args.secret_stdin:
        lines = sys.stdin.read().splitlines()
        secret = lines[0].strip() if lines else ""
        token = lines[1].strip() if args.sts_token and len(lines) > 1 else None
        if args.sts_token and not token:
            raise CliError("--sts-token: expected the STS token on the second line of stdin")
    else:
        if not sys.stdin.isatty():
            raise CliError("no terminal to prompt for the secret: use --secret-stdin")
        secret = getpass.getpass("AccessKey secret: ").strip()
        token = getpass.getpass("STS security token: ").strip() if args.sts_token else None
    if not secret:
        raise CliError("no AccessKey secret was given")
    return secret, token


def _cnames(items: list[str]) -> dict[str, str]:
    cnames: dict[str, str] = {}
    for item in items:
        bucket, sep, domain = item.partition("=")
        if not sep or not bucket.strip() or not domain.strip():
            raise CliError(f"--cname {item}: expected BUCKET=DOMAIN")
        cnames[bucket.strip()] = domain.strip()
    return cnames


def run_add(args: argparse.Namespace) -> int:
    if args.token_expiration and not args.sts_token:
        raise CliError("--token-expiration needs --sts-token")
    profiles, secrets = _stores()
    try:
        default_expires = (
            int(parse_duration(args.default_expires, "--default-expires").total_seconds())
            if args.default_expires
            else None
        )
        expiration = parse_instant(args.token_expiration, "--token-expiration") if args.token_expiration else None
        profile = Profile(
            name=args.name,
            access_key_id=args.access_key_id,
            region=args.region,
            endpoint=args.endpoint,
            internal=args.internal,
            accelerate=args.accelerate,
            dualstack=args.dualstack,
            http=args.http,
            path_style=args.path_style,
            cnames=_cnames(args.cname),
            default_expires_seconds=default_expires,
            signature_version=args.signature_version,
        ).validate()
        if not args.replace and profiles.exists(profile.name):
            raise CliError(f"a profile named '{profile.name}' exists already; use --replace to change it")
        secret, token = _read_secrets(args)
        save_profile(profile, secret, token, expiration, profiles=profiles, secrets=secrets)
    except OssShareError as exc:
        raise CliError(exc.message) from None
    finally:
        _print_notices(profiles)
    where = secrets.status().description
    print(f"Saved profile '{profile.name}'. {where}")
    return 0


# -- list / show / remove ------------------------------------------------------------------


def _endpoint_summary(profile: Profile) -> str:
    parts = [profile.endpoint] if profile.endpoint else []
    flags = ("internal", "accelerate", "dualstack", "path_style", "http")
    parts += [flag.replace("_", "-") for flag in flags if getattr(profile, flag)]
    return ", ".join(parts) or "-"


def run_list(args: argparse.Namespace) -> int:
    profiles = ProfileStore()
    try:
        items = profiles.list()
    finally:
        _print_notices(profiles)
    if not items:
        print("No profiles. Add one with `ossshare profile add NAME --access-key-id ID --region R`.")
        return 0
    rows = [("NAME", "ACCESS KEY ID", "REGION", "ENDPOINT", "SOURCE")]
    rows += [(p.name, p.access_key_id, p.region or "-", _endpoint_summary(p), p.source) for p in items]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    return 0


def run_show(args: argparse.Namespace) -> int:
    profiles, secrets = _stores()
    try:
        profile = profiles.get(args.name)
    except OssShareError as exc:
        raise CliError(exc.message) from None
    finally:
        _print_notices(profiles)
    lines = [
        ("name", profile.name),
        ("source", "environment variables (read-only)" if profile.read_only else "settings"),
        ("access key id", profile.access_key_id),
        ("region", profile.region or "-"),
        ("endpoint", _endpoint_summary(profile)),
    ]
    lines += [(f"custom domain {bucket}", domain) for bucket, domain in sorted(profile.cnames.items())]
    lines += [(f"bucket endpoint {bucket}", endpoint) for bucket, endpoint in sorted(profile.bucket_endpoints.items())]
    if not profile.read_only:
        expiry = f"{profile.default_expires_seconds} s" if profile.default_expires_seconds else "15 min"
        lines.append(("default expiry", expiry))
        lines.append(("signature version", str(profile.signature_version)))
    lines += _secret_lines(profile, secrets)
    width = max(len(label) for label, _ in lines)
    for label, value in lines:
        print(f"{label.ljust(width)}  {value}")
    return 0


def _secret_lines(profile: Profile, secrets: SecretStore) -> list[tuple[str, str]]:
    if profile.read_only:
        token = "from OSS_SESSION_TOKEN" if os.environ.get(ENV_TOKEN) else "none"
        return [("secret", "from OSS_ACCESS_KEY_SECRET"), ("sts token", token)]
    status = secrets.status()
    try:
        stored = secrets.load_secret(profile.name)
    except OssShareError as exc:
        return [("secret", f"unavailable: {exc.message}")]
    if stored is None:
        return [("secret", f"missing from the keyring ({status.backend})")]
    where = "this session's memory" if stored.session_only else (status.name or status.backend)
    lines = [("secret", f"stored in {where}")]
    if stored.token is None:
        lines.append(("sts token", "none"))
    else:
        expiry = stored.token_expiration.isoformat() if stored.token_expiration else "expiry unknown"
        lines.append(("sts token", f"stored in {where}, expires {expiry}"))
    return lines


def run_remove(args: argparse.Namespace) -> int:
    profiles, secrets = _stores()
    try:
        done = remove_profile(args.name, profiles=profiles, secrets=secrets)
    except OssShareError as exc:
        raise CliError(exc.message) from None
    finally:
        _print_notices(profiles)
    name, settings_error, keyring_error = args.name, done.settings_error, done.keyring_error
    # when a part failed, say exactly what is left, and exit 2: the removal is not complete
    entries = f"its keyring entries (service '{SERVICE}', users '{name}:secret' and '{name}:sts')"
    if settings_error is not None:
        secrets_state = (
            f"{entries[0].upper()}{entries[1:]} could not be deleted either: {keyring_error.message}"
            if keyring_error is not None
            else "Its keyring entries were deleted, so it stays listed without a secret."
        )
        still = f"profile '{name}' is still in the settings file"
        raise CliError(f"{still}: {settings_error.message} {secrets_state}")
    if keyring_error is not None:
        where = "was removed from the settings file" if done.in_settings else "was not in the settings file"
        raise CliError(f"profile '{name}' {where}, but {entries} could not be deleted: {keyring_error.message}")
    if done.in_settings:
        print(f"Removed profile '{name}'.")
    else:
        print(f"There was no saved profile '{name}'; its leftover keyring entries were deleted.")
    return 0


# -- import --------------------------------------------------------------------------------


def run_import(args: argparse.Namespace) -> int:
    if args.path is not None and args.source is None:
        raise CliError("--path needs --from ossutil or --from aliyun")
    if args.region:
        try:
            check_region(args.region, "--region")
        except ValidationError as exc:
            raise CliError(exc.message) from None
    readers = {
        "ossutil": (read_ossutil_config, default_ossutil_path),
        "aliyun": (read_aliyun_config, default_aliyun_path),
    }
    chosen = [args.source] if args.source else list(readers)
    plans: list[ImportPlan] = []
    try:
        for source in chosen:
            reader, default_path = readers[source]
            path = args.path or default_path()
            if args.source is None and not path.exists():
                continue
            plans.append(reader(path, fallback_region=args.region))
    except OssShareError as exc:
        raise CliError(exc.message) from None
    if not plans:
        raise CliError(f"nothing to import: neither {default_ossutil_path()} nor {default_aliyun_path()} exists")
    profiles, secrets = _stores()
    imported = 0
    try:
        for plan in plans:
            report = apply_plan(
                plan, profiles=profiles, secrets=secrets, prefix=args.prefix, replace_existing=args.replace
            )
            print(f"From {plan.source}:")
            for done in report.imported:
                print(f"  imported {done.profile.name} ({done.origin}){' with STS token' if done.token else ''}")
                for note in done.notes:
                    print(f"    note: {note}")
            for skipped in report.skipped:
                print(f"  skipped {skipped.origin}: {skipped.reason}")
            imported += len(report.imported)
    except OssShareError as exc:
        raise CliError(exc.message) from None
    finally:
        _print_notices(profiles)
    if imported:
        print(f"{imported} profile(s) imported. {secrets.status().description}")
    return 0
