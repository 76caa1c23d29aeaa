"""`ossshare sign` end to end through main(): output, options, errors."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from urllib.parse import unquote, urlsplit

import pytest

from ossshare.cli.main import main
from ossshare.core import Credentials, PresignRequest, presign, resolve_endpoint
from tests.sdk_oracle import query_of, sdk_client, sdk_presign

AK, SK = "LTAI5tCliKey", "cli-secret/+="
AT = "2026-11-28T09:30:00+00:00"
NOW = dt.datetime.fromisoformat(AT)


@pytest.fixture
def env_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OSS_ACCESS_KEY_ID", AK)
    monkeypatch.setenv("OSS_ACCESS_KEY_SECRET", SK)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_sign_prints_the_sdk_url(env_credentials: None, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys,
        "sign",
        "oss://example-bucket/docs/年报 2026.pdf",
        "--region",
        "cn-hangzhou",
        "--signing-time",
        AT,
        "--expires",
        "1h",
    )
    assert code == 0 and err == ""
    sdk = sdk_presign(
        sdk_client(key_id=AK, secret=SK),
        PresignRequest("example-bucket", "docs/年报 2026.pdf"),
        NOW,
        expires=dt.timedelta(hours=1),
    )
    assert out.strip() == sdk.url


def test_key_after_the_bucket_slash_is_verbatim(env_credentials: None, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "sign", "oss://example-bucket/a//b?c#d&e=f ", "--region", "cn-hangzhou", "--signing-time", AT
    )
    assert code == 0
    assert unquote(urlsplit(out.strip()).path) == "/a//b?c#d&e=f "


def test_bucket_and_key_options(env_credentials: None, capsys: pytest.CaptureFixture[str]) -> None:
    _, by_url, _ = run(capsys, "sign", "oss://example-bucket/k.txt", "--region", "cn-hangzhou", "--signing-time", AT)
    _, by_opts, _ = run(
        capsys, "sign", "--bucket", "example-bucket", "--key", "k.txt", "--region", "cn-hangzhou", "--signing-time", AT
    )
    assert by_url == by_opts


def test_json_output_and_every_option(
    env_credentials: None, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OSS_SESSION_TOKEN", "sts-token/+=")
    code, out, _ = run(
        capsys, "sign", "oss://example-bucket/v.mp4", "--region", "cn-shanghai", "--internal", "--http",
        "--signing-time", AT, "--expiration", "2026-11-29T09:30:00+08:00", "--expires", "5m",
        "--version-id", "CAEQ+/=", "--range-behavior", "standard", "--request-payer", "requester",
        "--header", "x-oss-meta-note: hello world", "--traffic-limit", "819200",
        "--response-content-disposition", "attachment", "--response-content-type", "video/mp4",
        "--response-cache-control", "no-cache", "--response-content-language", "zh-CN",
        "--response-content-encoding", "identity", "--response-expires", "0", "--method", "GET", "--json",
    )
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"method", "url", "expiration", "signed_headers"}
    assert data["expiration"] == "2026-11-29T09:30:00+08:00"
    assert data["signed_headers"] == {
        "x-oss-meta-note": "hello world", "x-oss-range-behavior": "standard",
        "x-oss-traffic-limit": "819200", "x-oss-request-payer": "requester",
    }
    assert data["url"].startswith("http://example-bucket.oss-cn-shanghai-internal.aliyuncs.com/v.mp4?")
    q = query_of(data["url"])
    assert q["x-oss-expires"] == str(24 * 3600 - 8 * 3600)
    assert q["x-oss-security-token"] == "sts-token%2F%2B%3D"
    ours = presign(
        PresignRequest(
            "example-bucket", "v.mp4", version_id="CAEQ+/=", range_behavior="standard", request_payer="requester",
            headers={"x-oss-meta-note": "hello world"}, traffic_limit=819200, response_content_disposition="attachment",
            response_content_type="video/mp4", response_cache_control="no-cache", response_content_language="zh-CN",
            response_content_encoding="identity", response_expires="0",
        ),
        credentials=Credentials(AK, SK, "sts-token/+="), region="cn-shanghai",
        endpoint=resolve_endpoint("cn-shanghai", internal=True, http=True), now=NOW,
        expiration=dt.datetime.fromisoformat("2026-11-29T09:30:00+08:00"),
    )
    assert data["url"] == ours.url


def test_signed_headers_are_announced_on_stderr(env_credentials: None, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "sign", "oss://example-bucket/k", "--region", "cn-hangzhou", "--range-behavior", "standard"
    )
    assert code == 0 and out.startswith("https://")
    assert "must send these headers: x-oss-range-behavior: standard" in err


def test_additional_header_is_named_in_the_link(env_credentials: None, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys,
        "sign",
        "oss://example-bucket/k",
        "--region",
        "cn-hangzhou",
        "--additional-header",
        "Range: bytes=0-9",
        "--json",
    )
    assert code == 0
    data = json.loads(out)
    assert query_of(data["url"])["x-oss-additional-headers"] == "range"
    assert data["signed_headers"] == {"range": "bytes=0-9"}


def test_v1_link(env_credentials: None, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "sign",
        "oss://example-bucket/k",
        "--region",
        "cn-hangzhou",
        "--signature-version",
        "1",
        "--expires",
        "30d",
        "--signing-time",
        AT,
    )
    assert code == 0
    q = query_of(out.strip())
    assert q["OSSAccessKeyId"] == AK and q["Expires"] == str(int(NOW.timestamp()) + 30 * 86400)


@pytest.mark.parametrize(
    "argv,reason",
    [
        (["sign", "oss://example-bucket/k", "--region", "cn-hangzhou", "--expires", "8d"], "at most 7 days"),
        (
            ["sign", "oss://example-bucket/k", "--region", "cn-hangzhou", "--expires", "soon"],
            "--expires: 'soon' is not a duration",
        ),
        (
            ["sign", "oss://example-bucket/k", "--region", "cn-hangzhou", "--expiration", "2026-12-01T10:00:00"],
            "--expiration: a date and time needs a time zone",
        ),
        (
            ["sign", "oss://example-bucket/k", "--region", "cn-hangzhou", "--expiration", "2020-01-01T00:00:00Z"],
            "already have expired",
        ),
        (["sign", "oss://Example/k", "--region", "cn-hangzhou"], "bucket: 'Example' is not a valid bucket name"),
        (["sign", "oss://example-bucket/", "--region", "cn-hangzhou"], "key: an object key is required"),
        (["sign", "oss://example-bucket//abs", "--region", "cn-hangzhou"], "must not start with '/'"),
        (
            ["sign", "oss://example-bucket/k", "--region", "cn-hangzhou", "--header", "Range: bytes=0-1"],
            "only x-oss-* request headers",
        ),
        (
            ["sign", "oss://example-bucket/k", "--region", "cn-hangzhou", "--header", "x-oss-meta-a"],
            "expected NAME:VALUE",
        ),
        (["sign", "s3://example-bucket/k", "--region", "cn-hangzhou"], "is not an oss:// URL"),
        (["sign", "oss://example-bucket/k"], "--region is required"),
        (["sign", "oss://example-bucket/k", "--region", "Hangzhou"], "is not a region id"),
        (["sign", "--bucket", "example-bucket", "--region", "cn-hangzhou"], "which object?"),
        (
            ["sign", "oss://example-bucket/k", "--region", "cn-hangzhou", "--endpoint", "ftp://x"],
            "scheme 'ftp' is not supported",
        ),
    ],
)
def test_errors_are_one_line_with_status_2(
    env_credentials: None, capsys: pytest.CaptureFixture[str], argv: list[str], reason: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert reason in err
    assert err.count("\n") == 1 and err.startswith("ossshare: error: ")
    assert SK not in err


def test_missing_credentials(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "sign", "oss://example-bucket/k", "--region", "cn-hangzhou")
    assert code == 2 and "OSS_ACCESS_KEY_ID" in err


def test_secret_with_control_characters_is_not_echoed(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OSS_ACCESS_KEY_ID", AK)
    monkeypatch.setenv("OSS_ACCESS_KEY_SECRET", "leaky-secret\n")
    code, _, err = run(capsys, "sign", "oss://example-bucket/k", "--region", "cn-hangzhou")
    assert code == 2 and "AccessKey secret" in err and "leaky-secret" not in err


def test_version_and_help_from_a_real_process() -> None:
    version = subprocess.run(
        [sys.executable, "-m", "ossshare", "--version"], capture_output=True, text=True, check=True
    )
    assert version.stdout.startswith("ossshare ")
    helptext = subprocess.run(
        [sys.executable, "-m", "ossshare", "--help"], capture_output=True, text=True, check=True
    ).stdout
    assert "--demo" in helptext and "sign" in helptext
    sign_help = subprocess.run(
        [sys.executable, "-m", "ossshare", "sign", "--help"], capture_output=True, text=True, check=True
    ).stdout
    for option in (
        "--cname",
        "--path-style",
        "--dualstack",
        "--signing-time",
        "--json",
        "--traffic-limit",
        "--signature-version",
    ):
        assert option in sign_help


def test_no_display_is_one_line() -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": "/tmp"}
    done = subprocess.run([sys.executable, "-m", "ossshare"], capture_output=True, text=True, env=env)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "no display" in done.stderr and "command line" in done.stderr
