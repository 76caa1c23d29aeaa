"""No secret at rest: after adding, signing, listing and importing, no file holds a secret.

Every file under the isolated HOME (config, data, cache, state and log dirs all live there)
is read whole and searched for the AccessKey secret and the STS token, as text, percent-
encoded and base64 at each byte alignment.
"""

from __future__ import annotations

import base64
import io
import sys
from pathlib import Path
from urllib.parse import quote

import platformdirs
import pytest
import requests
from keyring.backend import KeyringBackend

from ossshare.cli.main import main
from ossshare.core import Credentials
from ossshare.sandbox import Sandbox
from ossshare.services.secrets import SecretStore
from tests.fixtures.keyring import unique_profile_name
from tests.fixtures.sandbox import SANDBOX_BUCKET, SANDBOX_OBJECTS


def encodings(secret: str) -> dict[str, bytes]:
    raw = secret.encode("utf-8")
    forms = {"plain": raw, "percent-encoded": quote(secret, safe="").encode()}
    for pad in range(3):
        # The middle of the base64 text does not depend on neighbouring bytes.
        encoded = base64.b64encode(b"\0" * pad + raw)
        core = encoded[4 if pad else 0 : -4]
        forms[f"base64+{pad}"] = core
        forms[f"urlsafe-base64+{pad}"] = core.replace(b"+", b"-").replace(b"/", b"_")
    return forms


def files_under(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and not p.is_symlink()]


def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *argv: str, stdin: str = "") -> str:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_no_secret_or_token_in_any_file(
    any_keyring: KeyringBackend,
    isolated_home: Path,
    tmp_path_factory: pytest.TempPathFactory,
    sandbox: Sandbox,
    sts_sandbox_credentials: Credentials,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    creds = sts_sandbox_credentials
    secret, token = creds.access_key_secret, creds.security_token
    assert token is not None
    name = unique_profile_name("rest")

    cli(
        monkeypatch, capsys,
        "profile", "add", name, "--access-key-id", creds.access_key_id, "--region", "cn-hangzhou",
        "--endpoint", sandbox.endpoint, "--cname", f"{SANDBOX_BUCKET}=files.example.com",
        "--secret-stdin", "--sts-token", "--token-expiration", "2099-01-01T00:00:00Z",
        stdin=f"{secret}\n{token}\n",
    )
    url = cli(monkeypatch, capsys, "sign", f"oss://{SANDBOX_BUCKET}/hello.txt", "--profile", name).strip()
    assert requests.get(url, timeout=30).content == SANDBOX_OBJECTS["hello.txt"]
    assert "hello.txt" in cli(monkeypatch, capsys, "ls", f"oss://{SANDBOX_BUCKET}/", "--profile", name)
    cli(monkeypatch, capsys, "profile", "show", name)
    cli(monkeypatch, capsys, "profile", "list")

    # The file to import sits outside HOME: it is the user's, and holds the secret by design.
    source = tmp_path_factory.mktemp("import-source") / "ossutilconfig"
    source.write_text(
        f"[Credentials]\nendpoint=oss-cn-hangzhou.aliyuncs.com\naccessKeyID={creds.access_key_id}\n"
        f"accessKeySecret={secret}\nstsToken={token}\n[Bucket-Cname]\n{SANDBOX_BUCKET}=cdn.example.com\n"
    )
    prefix = unique_profile_name("imp") + "-"
    assert "imported" in cli(
        monkeypatch, capsys, "profile", "import", "--from", "ossutil", "--path", str(source), "--prefix", prefix
    )
    stored = SecretStore().load_secret(prefix + "ossutil")
    assert stored is not None and (stored.secret, stored.token) == (secret, token)

    dirs = [
        platformdirs.user_config_path("ossshare", appauthor=False),
        platformdirs.user_data_path("ossshare", appauthor=False),
        platformdirs.user_cache_path("ossshare", appauthor=False),
        platformdirs.user_state_path("ossshare", appauthor=False),
        platformdirs.user_log_path("ossshare", appauthor=False),
    ]
    assert all(d.is_relative_to(isolated_home) for d in dirs)
    scanned = files_under(isolated_home)
    settings = platformdirs.user_config_path("ossshare", appauthor=False) / "settings.json"
    assert settings in scanned  # the scan is not vacuous: profiles were written
    assert name in settings.read_text("utf-8") and prefix + "ossutil" in settings.read_text("utf-8")

    needles = {f"secret ({form})": value for form, value in encodings(secret).items()}
    needles |= {f"token ({form})": value for form, value in encodings(token).items()}
    found = [
        f"{what} in {path.relative_to(isolated_home)}"
        for path in scanned
        for what, value in needles.items()
        if value in path.read_bytes()
    ]
    assert found == []


def test_the_scan_would_find_a_leak(isolated_home: Path) -> None:
    """The search itself works: a secret written base64-encoded at an odd offset is found."""
    secret = "SandboxStsSecret0123456789abcdef"
    leak = isolated_home / ".local" / "share" / "leak.bin"
    leak.parent.mkdir(parents=True)
    leak.write_bytes(b"prefix:" + base64.b64encode(b"xy" + secret.encode()) + b"\n")
    data = leak.read_bytes()
    assert any(value in data for value in encodings(secret).values())
