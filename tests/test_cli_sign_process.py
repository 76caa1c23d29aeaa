"""`ossshare sign --process`: the image/video style is a signed query parameter, V4 byte for
byte with alibabacloud-oss-v2, V1 with oss2 (which, like OSS, signs it as a sub-resource), and
the sandbox serves the link and refuses it once the style is changed or dropped."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from urllib.parse import unquote, urlsplit

import pytest
import requests

from ossshare.cli.main import main
from ossshare.core import Credentials, PresignRequest
from ossshare.sandbox import Sandbox
from tests.fixtures.sandbox import SANDBOX_BUCKET, SANDBOX_OBJECTS
from tests.sdk_oracle import oss2_sign_url, query_of, sdk_client, sdk_presign
from tests.test_sign_downloads import fetch, sign

AK, SK = "LTAI5tProcessKey", "process-secret/+="
AT = "2026-11-28T09:30:00+00:00"
NOW = dt.datetime.fromisoformat(AT)
STYLE = "image/resize,w_100"
CAT = "photos/2024/cat.jpg"


@pytest.fixture
def env_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OSS_ACCESS_KEY_ID", AK)
    monkeypatch.setenv("OSS_ACCESS_KEY_SECRET", SK)


def url_of(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(["sign", *argv])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out.strip()


@pytest.mark.parametrize("style", [STYLE, "image/resize,m_fill,w_320,h_240/format,webp/quality,q_80", "style/thumb"])
def test_v4_process_is_the_sdks_link(env_credentials: None, capsys: pytest.CaptureFixture[str], style: str) -> None:
    ours = url_of(
        capsys, "oss://example-bucket/img/猫.png", "--region", "cn-hangzhou", "--signing-time", AT, "--expires", "1h",
        "--process", style,
    )
    request = PresignRequest("example-bucket", "img/猫.png", process=style)
    theirs = sdk_presign(sdk_client(key_id=AK, secret=SK), request, NOW, expires=dt.timedelta(hours=1))
    assert ours == theirs.url
    assert unquote(query_of(ours)["x-oss-process"]) == style


def test_v1_process_is_oss2s_link(env_credentials: None, capsys: pytest.CaptureFixture[str]) -> None:
    ours = url_of(
        capsys, "oss://example-bucket/img/a b.png", "--region", "cn-hangzhou", "--signing-time", AT, "--expires", "30d",
        "--signature-version", "1", "--process", STYLE, "--version-id", "CAEQ+/=",
    )
    request = PresignRequest("example-bucket", "img/a b.png", process=STYLE, version_id="CAEQ+/=")
    theirs = oss2_sign_url(
        request, key_id=AK, secret=SK, endpoint="https://oss-cn-hangzhou.aliyuncs.com",
        now=NOW, expiration=NOW + dt.timedelta(days=30),
    )
    assert urlsplit(ours)._replace(query="") == urlsplit(theirs)._replace(query="")
    assert query_of(ours) == query_of(theirs)


# --- through the sandbox ----------------------------------------------------------------

@pytest.fixture
def sandbox_env(monkeypatch: pytest.MonkeyPatch, sandbox_credentials: Credentials) -> None:
    monkeypatch.setenv("OSS_ACCESS_KEY_ID", sandbox_credentials.access_key_id)
    monkeypatch.setenv("OSS_ACCESS_KEY_SECRET", sandbox_credentials.access_key_secret)


@pytest.fixture
def http() -> Iterator[requests.Session]:
    with requests.Session() as session:
        yield session


@pytest.mark.parametrize("version", ["4", "1"])
def test_process_link_downloads_and_cannot_be_changed(
    sandbox_env: None, http: requests.Session, capsys: pytest.CaptureFixture[str], sandbox: Sandbox, version: str
) -> None:
    link = sign(
        capsys, f"oss://{SANDBOX_BUCKET}/{CAT}", "--endpoint", sandbox.endpoint, "--region", sandbox.region,
        "--process", STYLE, "--signature-version", version,
    )
    assert link["signed_headers"] == {}
    signed = "x-oss-process=image%2Fresize%2Cw_100"
    assert signed in link["url"]
    # The sandbox does not process images: it checks the signature and serves the object.
    reply = fetch(http, sandbox, link)
    assert reply.status_code == 200 and reply.content == SANDBOX_OBJECTS[CAT]

    other = dict(link, url=link["url"].replace(signed, "x-oss-process=image%2Fresize%2Cw_4000"))
    refused = fetch(http, sandbox, other)
    assert refused.status_code == 403 and b"SignatureDoesNotMatch" in refused.content

    dropped = dict(link, url=link["url"].replace(signed + "&", "").replace("&" + signed, ""))
    assert "x-oss-process" not in dropped["url"]
    assert fetch(http, sandbox, dropped).status_code == 403
