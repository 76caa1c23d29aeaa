"""A traffic limit signed into the query: the link needs no header, so a browser can use it,
and the limit cannot be changed or removed without breaking the signature."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import requests

from ossshare.core import Credentials
from ossshare.sandbox import Sandbox
from tests.fixtures.sandbox import SANDBOX_BUCKET, SANDBOX_OBJECTS
from tests.test_sign_downloads import fetch, sign

CAT = "photos/2024/cat.jpg"


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, sandbox_credentials: Credentials) -> None:
    monkeypatch.setenv("OSS_ACCESS_KEY_ID", sandbox_credentials.access_key_id)
    monkeypatch.setenv("OSS_ACCESS_KEY_SECRET", sandbox_credentials.access_key_secret)


@pytest.fixture
def http() -> Iterator[requests.Session]:
    with requests.Session() as session:
        yield session


@pytest.mark.parametrize("version", ["4", "1"])
def test_limit_in_query_needs_no_header(env, http, capsys, sandbox: Sandbox, version: str) -> None:
    link = sign(
        capsys, f"oss://{SANDBOX_BUCKET}/{CAT}", "--endpoint", sandbox.endpoint, "--region", sandbox.region,
        "--traffic-limit", "819200", "--traffic-limit-in-query", "--signature-version", version,
    )
    assert link["signed_headers"] == {}
    assert "x-oss-traffic-limit=819200" in link["url"]
    reply = fetch(http, sandbox, link, send_signed=False)
    assert reply.status_code == 200 and reply.content == SANDBOX_OBJECTS[CAT]

    raised = dict(link, url=link["url"].replace("x-oss-traffic-limit=819200", "x-oss-traffic-limit=838860800"))
    refused = fetch(http, sandbox, raised, send_signed=False)
    assert refused.status_code == 403 and b"SignatureDoesNotMatch" in refused.content

    dropped = dict(
        link, url=link["url"].replace("x-oss-traffic-limit=819200&", "").replace("&x-oss-traffic-limit=819200", "")
    )
    assert "x-oss-traffic-limit" not in dropped["url"]
    assert fetch(http, sandbox, dropped, send_signed=False).status_code == 403


def test_limit_as_header_is_the_default(env, http, capsys, sandbox: Sandbox) -> None:
    link = sign(
        capsys,
        f"oss://{SANDBOX_BUCKET}/{CAT}",
        "--endpoint",
        sandbox.endpoint,
        "--region",
        sandbox.region,
        "--traffic-limit",
        "819200",
    )
    assert link["signed_headers"] == {"x-oss-traffic-limit": "819200"}
    assert fetch(http, sandbox, link, send_signed=False).status_code == 403
    assert fetch(http, sandbox, link).content == SANDBOX_OBJECTS[CAT]
