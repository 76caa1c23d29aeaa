"""Every link `ossshare sign` makes downloads the right bytes from the sandbox.

The real command runs (main([...]) with --json); its URL is fetched with `requests` exactly as
printed, sending the signed headers it lists. Links for host names other than 127.0.0.1
(virtual-host, region endpoints, CNAME) are sent to the sandbox's socket with the link's own
Host header, as a resolver pointing that name at the sandbox would.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
import requests

from ossshare.cli.main import main
from ossshare.core import Credentials
from ossshare.sandbox import Sandbox
from tests.fixtures.sandbox import SANDBOX_BUCKET, SANDBOX_OBJECTS, SANDBOX_REGION

CAT = "photos/2024/cat.jpg"


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, sandbox_credentials: Credentials) -> None:
    monkeypatch.setenv("OSS_ACCESS_KEY_ID", sandbox_credentials.access_key_id)
    monkeypatch.setenv("OSS_ACCESS_KEY_SECRET", sandbox_credentials.access_key_secret)


@pytest.fixture
def sts_env(monkeypatch: pytest.MonkeyPatch, sts_sandbox_credentials: Credentials) -> None:
    monkeypatch.setenv("OSS_ACCESS_KEY_ID", sts_sandbox_credentials.access_key_id)
    monkeypatch.setenv("OSS_ACCESS_KEY_SECRET", sts_sandbox_credentials.access_key_secret)
    monkeypatch.setenv("OSS_SESSION_TOKEN", sts_sandbox_credentials.security_token or "")


@pytest.fixture
def http() -> Iterator[requests.Session]:
    with requests.Session() as s:
        yield s


def sign(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    code = main(["sign", *argv, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def fetch(
    http: requests.Session, sb: Sandbox, link: dict, extra: dict[str, str] | None = None, *, send_signed: bool = True
) -> requests.Response:
    """GET/HEAD the link's URL byte for byte, at the sandbox's socket, with the link's Host."""
    parts = urlsplit(link["url"])
    headers = dict(link["signed_headers"]) if send_signed else {}
    headers.update(extra or {})
    if parts.hostname != "127.0.0.1":
        headers["Host"] = parts.netloc
    target = urlunsplit(parts._replace(scheme="http", netloc=f"127.0.0.1:{sb.port}"))
    prepared = http.prepare_request(requests.Request(link["method"], target, headers=headers))
    prepared.url = target  # as printed: no re-quoting by requests
    return http.send(prepared, timeout=10, allow_redirects=False)


def ok(resp: requests.Response) -> requests.Response:
    assert resp.status_code in (200, 206), resp.text
    return resp


def at(sb: Sandbox) -> list[str]:
    return ["--endpoint", sb.endpoint, "--region", SANDBOX_REGION]


# --- endpoint styles ----------------------------------------------------------------------


def test_path_style_ip_endpoint(
    sandbox: Sandbox, env: None, http: requests.Session, capsys: pytest.CaptureFixture[str]
) -> None:
    link = sign(capsys, f"oss://{SANDBOX_BUCKET}/{CAT}", *at(sandbox))
    assert link["url"].startswith(f"{sandbox.endpoint}/{SANDBOX_BUCKET}/photos/2024/cat.jpg?")
    assert ok(fetch(http, sandbox, link)).content == SANDBOX_OBJECTS[CAT]


@pytest.mark.parametrize(
    "options, expected_host",
    [
        (["--endpoint", "http://localhost:{port}"], f"{SANDBOX_BUCKET}.localhost:{{port}}"),
        (["--endpoint", "http://localhost:{port}", "--path-style"], "localhost:{port}"),
        (["--http"], f"{SANDBOX_BUCKET}.oss-cn-hangzhou.aliyuncs.com"),
        (["--http", "--internal"], f"{SANDBOX_BUCKET}.oss-cn-hangzhou-internal.aliyuncs.com"),
    ],
    ids=["virtual-host", "path-style-name", "region-endpoint", "internal-endpoint"],
)
def test_named_endpoints(
    sandbox: Sandbox,
    env: None,
    http: requests.Session,
    capsys: pytest.CaptureFixture[str],
    options: list[str],
    expected_host: str,
) -> None:
    argv = [o.format(port=sandbox.port) for o in options]
    link = sign(capsys, f"oss://{SANDBOX_BUCKET}/日本語/ファイル.txt", "--region", SANDBOX_REGION, *argv)
    assert urlsplit(link["url"]).netloc == expected_host.format(port=sandbox.port)
    assert ok(fetch(http, sandbox, link)).content == SANDBOX_OBJECTS["日本語/ファイル.txt"]


def test_cname_endpoint(
    tmp_path: Path,
    sandbox_credentials: Credentials,
    env: None,
    http: requests.Session,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with Sandbox(tmp_path, sandbox_credentials, cnames={"files.example.test": "cname-bucket"}) as sb:
        sb.put_object("cname-bucket", "a b/c+d.txt", b"via the custom domain")
        link = sign(
            capsys, "oss://cname-bucket/a b/c+d.txt", "--region", SANDBOX_REGION,
            "--endpoint", f"http://files.example.test:{sb.port}", "--cname",
        )
        assert link["url"].startswith(f"http://files.example.test:{sb.port}/a%20b/c%2Bd.txt?")
        assert ok(fetch(http, sb, link)).content == b"via the custom domain"


# --- keys -----------------------------------------------------------------------------------

TRICKY = ["a+b.txt", "100% real.txt", "q?.txt", "#h/&x=y.txt", "~t/ü ß 🚀.bin", "  two  spaces  "]


@pytest.mark.parametrize("key", TRICKY)
def test_tricky_keys(
    sandbox: Sandbox, env: None, http: requests.Session, capsys: pytest.CaptureFixture[str], key: str
) -> None:
    sandbox.put_object(SANDBOX_BUCKET, key, key.encode() * 3)
    for version in ("4", "1"):
        link = sign(capsys, f"oss://{SANDBOX_BUCKET}/{key}", *at(sandbox), "--signature-version", version)
        assert ok(fetch(http, sandbox, link)).content == key.encode() * 3


# --- signed headers -------------------------------------------------------------------------


def test_range_behavior_header(
    sandbox: Sandbox, env: None, http: requests.Session, capsys: pytest.CaptureFixture[str]
) -> None:
    link = sign(capsys, f"oss://{SANDBOX_BUCKET}/{CAT}", *at(sandbox), "--range-behavior", "standard")
    assert link["signed_headers"] == {"x-oss-range-behavior": "standard"}
    resp = ok(fetch(http, sandbox, link, {"Range": "bytes=10-19"}))
    assert resp.status_code == 206 and resp.content == SANDBOX_OBJECTS[CAT][10:20]
    refused = fetch(http, sandbox, link, send_signed=False)
    assert refused.status_code == 403 and b"SignatureDoesNotMatch" in refused.content


def test_request_payer_traffic_limit_and_custom_headers(
    sandbox: Sandbox, env: None, http: requests.Session, capsys: pytest.CaptureFixture[str]
) -> None:
    link = sign(
        capsys, f"oss://{SANDBOX_BUCKET}/hello.txt", *at(sandbox),
        "--request-payer", "requester", "--traffic-limit", "819200", "--header", "x-oss-custom-tag: a b",
    )
    assert link["signed_headers"] == {
        "x-oss-request-payer": "requester",
        "x-oss-traffic-limit": "819200",
        "x-oss-custom-tag": "a b",
    }
    assert ok(fetch(http, sandbox, link)).content == SANDBOX_OBJECTS["hello.txt"]
    changed = fetch(http, sandbox, link, {"x-oss-custom-tag": "other"})
    assert changed.status_code == 403


# --- response overrides, versions, methods --------------------------------------------------


def test_response_overrides(
    sandbox: Sandbox, env: None, http: requests.Session, capsys: pytest.CaptureFixture[str]
) -> None:
    for version in ("4", "1"):
        link = sign(
            capsys, f"oss://{SANDBOX_BUCKET}/hello.txt", *at(sandbox), "--signature-version", version,
            "--response-content-disposition", 'attachment; filename="report 2024.txt"',
            "--response-content-type", "application/x-custom",
            "--response-cache-control", "no-store",
            "--response-content-language", "ja",
        )
        resp = ok(fetch(http, sandbox, link))
        assert resp.content == SANDBOX_OBJECTS["hello.txt"]
        assert resp.headers["Content-Disposition"] == 'attachment; filename="report 2024.txt"'
        assert resp.headers["Content-Type"] == "application/x-custom"
        assert resp.headers["Cache-Control"] == "no-store"
        assert resp.headers["Content-Language"] == "ja"


def test_versions(sandbox: Sandbox, env: None, http: requests.Session, capsys: pytest.CaptureFixture[str]) -> None:
    old = sandbox.put_object(SANDBOX_BUCKET, "report.txt", b"first draft")
    sandbox.put_object(SANDBOX_BUCKET, "report.txt", b"final")
    for version in ("4", "1"):
        link = sign(
            capsys,
            f"oss://{SANDBOX_BUCKET}/report.txt",
            *at(sandbox),
            "--version-id",
            old,
            "--signature-version",
            version,
        )
        resp = ok(fetch(http, sandbox, link))
        assert resp.content == b"first draft" and resp.headers["x-oss-version-id"] == old
        latest = sign(capsys, f"oss://{SANDBOX_BUCKET}/report.txt", *at(sandbox), "--signature-version", version)
        assert ok(fetch(http, sandbox, latest)).content == b"final"


def test_head_link(sandbox: Sandbox, env: None, http: requests.Session, capsys: pytest.CaptureFixture[str]) -> None:
    link = sign(capsys, f"oss://{SANDBOX_BUCKET}/{CAT}", *at(sandbox), "--method", "HEAD")
    assert link["method"] == "HEAD"
    resp = ok(fetch(http, sandbox, link))
    assert resp.content == b"" and int(resp.headers["Content-Length"]) == len(SANDBOX_OBJECTS[CAT])
    as_get = fetch(http, sandbox, {**link, "method": "GET"})
    assert as_get.status_code == 403  # a HEAD link does not download


def test_v1_link(sandbox: Sandbox, env: None, http: requests.Session, capsys: pytest.CaptureFixture[str]) -> None:
    link = sign(
        capsys, f"oss://{SANDBOX_BUCKET}/space name.txt", *at(sandbox), "--signature-version", "1", "--expires", "2h"
    )
    assert "OSSAccessKeyId=" in link["url"] and "Signature=" in link["url"]
    assert ok(fetch(http, sandbox, link)).content == SANDBOX_OBJECTS["space name.txt"]


# --- STS ------------------------------------------------------------------------------------


def test_sts_links(sandbox: Sandbox, sts_env: None, http: requests.Session, capsys: pytest.CaptureFixture[str]) -> None:
    v4 = sign(capsys, f"oss://{SANDBOX_BUCKET}/{CAT}", *at(sandbox), "--range-behavior", "standard")
    assert "x-oss-security-token=" in v4["url"]
    assert ok(fetch(http, sandbox, v4, {"Range": "bytes=0-3"})).content == SANDBOX_OBJECTS[CAT][:4]
    v1 = sign(capsys, f"oss://{SANDBOX_BUCKET}/{CAT}", *at(sandbox), "--signature-version", "1")
    assert "security-token=" in v1["url"]
    assert ok(fetch(http, sandbox, v1)).content == SANDBOX_OBJECTS[CAT]


# --- validity -------------------------------------------------------------------------------


def test_expired_links_are_refused(
    sandbox: Sandbox, env: None, http: requests.Session, capsys: pytest.CaptureFixture[str]
) -> None:
    for version in ("4", "1"):
        link = sign(
            capsys, f"oss://{SANDBOX_BUCKET}/hello.txt", *at(sandbox), "--signature-version", version,
            "--signing-time", "2020-01-01T00:00:00Z", "--expires", "1h",
        )
        resp = fetch(http, sandbox, link)
        assert resp.status_code == 403 and b"AccessDenied" in resp.content


def test_seven_day_link_from_now_works(
    sandbox: Sandbox, env: None, http: requests.Session, capsys: pytest.CaptureFixture[str]
) -> None:
    link = sign(capsys, f"oss://{SANDBOX_BUCKET}/hello.txt", *at(sandbox), "--expires", "7d")
    assert "x-oss-expires=604800" in link["url"]
    assert ok(fetch(http, sandbox, link)).content == SANDBOX_OBJECTS["hello.txt"]
