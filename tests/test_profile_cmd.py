"""`ossshare profile ...` and `--profile NAME` for sign and ls, through main()."""

from __future__ import annotations

import io
import sys
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import keyring
import pytest
import requests
from keyring.backend import KeyringBackend
from keyring.backends import fail

from ossshare.cli.main import main
from ossshare.core import Credentials
from ossshare.sandbox import Sandbox
from ossshare.services.secrets import SERVICE
from tests.fixtures.keyring import (
    LockedKeyring,
    MemoryKeyring,
    RefusingKeyring,
    unique_profile_name,
)
from tests.fixtures.sandbox import SANDBOX_BUCKET, SANDBOX_OBJECTS

SECRET = "cli-profile-secret+/="
TOKEN = "cli-profile-sts-token"


def run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *argv: str, stdin: str = ""
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def add(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    *extra: str,
    stdin: str = SECRET + "\n",
) -> tuple[int, str, str]:
    return run(
        capsys,
        monkeypatch,
        "profile",
        "add",
        name,
        "--access-key-id",
        "LTAIcli",
        "--region",
        "cn-hangzhou",
        "--secret-stdin",
        *extra,
        stdin=stdin,
    )


def test_add_show_list_remove(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, any_keyring: KeyringBackend
) -> None:
    name = unique_profile_name()
    code, out, err = add(
        capsys,
        monkeypatch,
        name,
        "--sts-token",
        "--token-expiration",
        "2031-02-03T04:05:06+08:00",
        "--cname",
        "pics=img.example.com",
        "--default-expires",
        "2h",
        "--internal",
        stdin=f"{SECRET}\n{TOKEN}\n",
    )
    assert (code, err) == (0, "")
    assert f"Saved profile '{name}'" in out
    assert any_keyring.get_password(SERVICE, f"{name}:secret") == SECRET

    code, out, err = run(capsys, monkeypatch, "profile", "show", name)
    assert code == 0
    assert SECRET not in out + err and TOKEN not in out + err
    assert "secret" in out and "stored in" in out
    assert "expires 2031-02-03T04:05:06+08:00" in out
    assert "img.example.com" in out and "7200 s" in out and "internal" in out

    code, out, _ = run(capsys, monkeypatch, "profile", "list")
    assert code == 0 and name in out and "LTAIcli" in out

    code, out, _ = run(capsys, monkeypatch, "profile", "remove", name)
    assert code == 0
    assert any_keyring.get_password(SERVICE, f"{name}:secret") is None
    code, _, err = run(capsys, monkeypatch, "profile", "show", name)
    assert code == 2 and f"no profile named '{name}'" in err


def test_secret_from_a_hidden_prompt(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring
) -> None:
    prompts: list[str] = []
    answers = iter([SECRET, TOKEN])

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return next(answers)

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("getpass.getpass", fake_getpass)
    monkeypatch.setattr(sys, "stdin", Tty())
    code = main(["profile", "add", "p", "--access-key-id", "AK", "--region", "cn-hangzhou", "--sts-token"])
    assert code == 0
    assert prompts == ["AccessKey secret: ", "STS security token: "]
    assert memory_keyring.get_password(SERVICE, "p:secret") == SECRET


def test_the_secret_is_never_an_argument(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code = main(["profile", "add", "p", "--access-key-id", "AK", "--region", "cn-hangzhou", "--secret", SECRET])
    err = capsys.readouterr().err
    assert code == 2 and "unrecognised argument: --secret " in err and SECRET not in err


def test_no_terminal_and_no_stdin_flag(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = run(capsys, monkeypatch, "profile", "add", "p", "--access-key-id", "AK", "--region", "cn-hangzhou")
    assert code == 2 and "--secret-stdin" in err


@pytest.mark.parametrize(
    ("extra", "stdin", "reason"),
    [
        ((), "", "no AccessKey secret"),
        (("--sts-token",), "only-secret\n", "second line"),
        (("--token-expiration", "2030-01-01T00:00:00Z"), "s\n", "needs --sts-token"),
        (("--sts-token", "--token-expiration", "2030-01-01T00:00:00"), "s\nt\n", "time zone"),
        (("--cname", "nodomain"), "s\n", "BUCKET=DOMAIN"),
        (("--default-expires", "8d"), "s\n", "7 days"),
        (("--endpoint", "ftp://x"), "s\n", "scheme"),
    ],
)
def test_add_errors(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
    extra: tuple[str, ...],
    stdin: str,
    reason: str,
) -> None:
    code, _, err = add(capsys, monkeypatch, "p", *extra, stdin=stdin)
    assert code == 2 and reason in err
    assert err.count("\n") == 1
    assert memory_keyring.entries == {}


def test_existing_profile_needs_replace(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring
) -> None:
    assert add(capsys, monkeypatch, "p")[0] == 0
    code, _, err = add(capsys, monkeypatch, "p", stdin="new-secret\n")
    assert code == 2 and "--replace" in err
    assert memory_keyring.get_password(SERVICE, "p:secret") == SECRET
    assert add(capsys, monkeypatch, "p", "--replace", stdin="new-secret\n")[0] == 0
    assert memory_keyring.get_password(SERVICE, "p:secret") == "new-secret"


@pytest.mark.parametrize(
    ("backend", "words"),
    [(fail.Keyring(), "No keyring is available"), (LockedKeyring(), "locked"), (RefusingKeyring(), "refused")],
    ids=["missing", "locked", "refused"],
)
def test_keyring_trouble_is_one_clear_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, backend: KeyringBackend, words: str
) -> None:
    keyring.set_keyring(backend)
    code, _, err = add(capsys, monkeypatch, "p")
    assert code == 2 and words in err and SECRET not in err
    code, out, _ = run(capsys, monkeypatch, "profile", "list")
    assert code == 0 and "No profiles" in out  # nothing half-saved


def test_sign_with_profile_caps_at_the_token_expiry(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    add(
        capsys,
        monkeypatch,
        "sts",
        "--sts-token",
        "--token-expiration",
        "2030-01-01T01:00:00Z",
        stdin=f"{SECRET}\n{TOKEN}\n",
    )
    code, out, err = run(
        capsys,
        monkeypatch,
        "sign",
        "oss://bucket-a/k.txt",
        "--profile",
        "sts",
        "--expires",
        "6h",
        "--signing-time",
        "2030-01-01T00:00:00Z",
    )
    assert code == 0
    query = parse_qs(urlsplit(out.strip()).query)
    assert query["x-oss-expires"] == ["3600"]
    assert query["x-oss-security-token"] == [TOKEN]
    assert query["x-oss-credential"][0].startswith("LTAIcli/20300101/cn-hangzhou/")
    assert "capped" in err


def test_sign_uses_the_profile_defaults(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    add(capsys, monkeypatch, "d", "--default-expires", "45m", "--internal", "--http")
    code, out, _ = run(
        capsys, monkeypatch, "sign", "oss://bucket-a/k.txt", "--profile", "d", "--signing-time", "2030-01-01T00:00:00Z"
    )
    assert code == 0
    url = urlsplit(out.strip())
    assert (url.scheme, url.netloc) == ("http", "bucket-a.oss-cn-hangzhou-internal.aliyuncs.com")
    assert parse_qs(url.query)["x-oss-expires"] == ["2700"]


def test_sign_with_an_expired_token_or_unknown_profile(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    add(capsys, monkeypatch, "old", "--sts-token", "--token-expiration", "2020-01-01T00:00:00Z", stdin="s\nt\n")
    code, _, err = run(capsys, monkeypatch, "sign", "oss://bucket-a/k", "--profile", "old")
    assert code == 2 and "expired" in err
    code, _, err = run(capsys, monkeypatch, "sign", "oss://bucket-a/k", "--profile", "ghost")
    assert code == 2 and "no profile named 'ghost'" in err


def test_environment_profile(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OSS_ACCESS_KEY_ID", "ENVID")
    monkeypatch.setenv("OSS_ACCESS_KEY_SECRET", "env-secret")
    code, out, _ = run(capsys, monkeypatch, "profile", "list")
    assert code == 0 and "environment" in out and "ENVID" in out
    code, out, _ = run(capsys, monkeypatch, "profile", "show", "environment")
    assert code == 0 and "OSS_ACCESS_KEY_SECRET" in out and "env-secret" not in out
    code, _, err = run(capsys, monkeypatch, "profile", "remove", "environment")
    assert code == 2 and "environment variables" in err


def test_ls_with_profile_against_the_sandbox(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    sandbox: Sandbox,
    sts_sandbox_credentials: Credentials,
) -> None:
    creds = sts_sandbox_credentials
    code, _, err = run(
        capsys,
        monkeypatch,
        "profile",
        "add",
        "sb",
        "--access-key-id",
        creds.access_key_id,
        "--region",
        "cn-hangzhou",
        "--endpoint",
        sandbox.endpoint,
        "--secret-stdin",
        "--sts-token",
        stdin=f"{creds.access_key_secret}\n{creds.security_token}\n",
    )
    assert code == 0, err
    code, out, err = run(capsys, monkeypatch, "ls", f"oss://{SANDBOX_BUCKET}/", "--profile", "sb")
    assert code == 0, err
    assert "hello.txt" in out and "docs/" in out
    code, out, err = run(capsys, monkeypatch, "sign", f"oss://{SANDBOX_BUCKET}/hello.txt", "--profile", "sb")
    assert code == 0, err
    assert requests.get(out.strip(), timeout=30).content == SANDBOX_OBJECTS["hello.txt"]


def test_import_command(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    (Path.home() / ".ossutilconfig").write_text(
        "[Credentials]\nendpoint=oss-cn-shenzhen.aliyuncs.com\naccessKeyID=AK1\naccessKeySecret=S1\n"
    )
    aliyun = Path.home() / ".aliyun"
    aliyun.mkdir()
    (aliyun / "config.json").write_text(
        '{"profiles": [{"name": "default", "mode": "AK", "access_key_id": "AK2", "access_key_secret": "S2", '
        '"region_id": "cn-qingdao"},'
        ' {"name": "role", "mode": "RamRoleArn"}]}'
    )
    code, out, err = run(capsys, monkeypatch, "profile", "import")
    assert code == 0, err
    assert "imported ossutil" in out and "imported default" in out
    assert "skipped aliyun profile 'role'" in out and "RamRoleArn" in out
    assert "S1" not in out and "S2" not in out
    assert memory_keyring.get_password(SERVICE, "ossutil:secret") == "S1"
    assert memory_keyring.get_password(SERVICE, "default:secret") == "S2"
    code, out, _ = run(capsys, monkeypatch, "profile", "import", "--from", "ossutil")
    assert code == 0 and "exists already" in out

    other = tmp_path / "other.ini"
    other.write_text("[profile x]\naccessKeyId=AK3\naccessKeySecret=S3\n")
    code, out, _ = run(
        capsys,
        monkeypatch,
        "profile",
        "import",
        "--from",
        "ossutil",
        "--path",
        str(other),
        "--region",
        "eu-west-1",
        "--prefix",
        "imp-",
    )
    assert code == 0 and "imported imp-x" in out
    code, out, _ = run(capsys, monkeypatch, "profile", "show", "imp-x")
    assert "eu-west-1" in out

    code, _, err = run(capsys, monkeypatch, "profile", "import", "--path", str(other))
    assert code == 2 and "--from" in err


def test_nothing_to_import(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = run(capsys, monkeypatch, "profile", "import")
    assert code == 2 and "nothing to import" in err


def test_corrupt_settings_are_reported_by_the_cli(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, isolated_home: Path
) -> None:
    settings = isolated_home / ".config" / "ossshare" / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_text("{oops")
    code, out, err = run(capsys, monkeypatch, "profile", "list")
    assert code == 0 and "No profiles" in out
    assert "Settings reset" in err and "moved to" in err
    assert [p.read_text() for p in settings.parent.glob("settings.json.corrupt-*")] == ["{oops"]
    # and only once
    _, _, err = run(capsys, monkeypatch, "profile", "list")
    assert err == ""


def test_profile_without_action_prints_usage(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = run(capsys, monkeypatch, "profile")
    assert code == 2 and "add" in err and "import" in err


def test_token_expiry_in_the_keyring_is_the_one_shown(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    add(capsys, monkeypatch, "t", "--sts-token", "--token-expiration", "2032-06-01T12:00:00Z", stdin="s\nt\n")
    _, out, _ = run(capsys, monkeypatch, "profile", "show", "t")
    assert datetime(2032, 6, 1, 12, tzinfo=UTC).isoformat() in out
