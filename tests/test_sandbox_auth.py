"""Verification details beyond what the SDK exercises: signed non-x-oss headers, the decoded
query, and log lines that never carry a signature or a token."""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta
from urllib.parse import quote

import pytest
import requests

from ossshare.core import (
    Credentials,
    PresignRequest,
    SignatureVersion,
    presign,
    resolve_endpoint,
    sign_request,
)
from ossshare.core import signing_v4 as v4
from ossshare.core.percent import encode
from ossshare.sandbox import Sandbox
from ossshare.sandbox.httpd import redact
from tests.fixtures.sandbox import SANDBOX_BUCKET, SANDBOX_OBJECTS, SANDBOX_REGION

BUCKET = SANDBOX_BUCKET


def code_of(resp: requests.Response) -> str:
    return ET.fromstring(resp.content).findtext("Code") or ""


def test_header_auth_with_additional_headers(sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    endpoint = resolve_endpoint(SANDBOX_REGION, endpoint=sandbox.endpoint)
    host = f"127.0.0.1:{sandbox.port}"
    signed = sign_request(
        "GET",
        endpoint=endpoint,
        bucket=BUCKET,
        key="hello.txt",
        headers={"Host": host, "Accept-Language": "ja"},
        credentials=sandbox_credentials,
        region=SANDBOX_REGION,
        now=datetime.now(UTC),
        additional_headers=["host", "accept-language"],
    )
    assert "AdditionalHeaders=accept-language;host" in signed.headers["Authorization"]
    ok = requests.get(signed.url, headers=signed.headers, timeout=10)
    assert ok.status_code == 200 and ok.content == SANDBOX_OBJECTS["hello.txt"]
    changed = dict(signed.headers, **{"Accept-Language": "en"})
    refused = requests.get(signed.url, headers=changed, timeout=10)
    assert refused.status_code == 403 and code_of(refused) == "SignatureDoesNotMatch"
    root = ET.fromstring(refused.content)
    assert "accept-language:en" in (root.findtext("CanonicalRequest") or "")  # what the server signed, for debugging


def _presign_with_additional(sb: Sandbox, cred: Credentials, headers: dict[str, str], additional: list[str]) -> str:
    """A V4 query-signed URL with x-oss-additional-headers, built from the core's parts."""
    now = datetime.now(UTC)
    stamp = v4.timestamp(now)
    scope = v4.scope(stamp[:8], SANDBOX_REGION)
    pairs = [
        ("x-oss-additional-headers", encode(";".join(additional))),
        ("x-oss-credential", encode(f"{cred.access_key_id}/{scope}")),
        ("x-oss-date", stamp),
        ("x-oss-expires", "600"),
        ("x-oss-signature-version", v4.ALGORITHM),
    ]
    canonical = v4.canonical_request("GET", BUCKET, "hello.txt", pairs, headers, additional)
    sig = v4.signature(cred.access_key_secret, stamp[:8], SANDBOX_REGION, v4.string_to_sign(stamp, scope, canonical))
    return f"{sb.endpoint}/{BUCKET}/hello.txt?" + "&".join(f"{k}={v}" for k, v in pairs) + f"&x-oss-signature={sig}"


def test_presigned_additional_headers(sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    url = _presign_with_additional(sandbox, sandbox_credentials, {"user-agent": "ossshare-test"}, ["user-agent"])
    ok = requests.get(url, headers={"User-Agent": "ossshare-test"}, timeout=10)
    assert ok.status_code == 200
    other = requests.get(url, headers={"User-Agent": "something-else"}, timeout=10)
    assert other.status_code == 403 and code_of(other) == "SignatureDoesNotMatch"


def test_any_query_encoding_of_the_same_values_verifies(sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    endpoint = resolve_endpoint(SANDBOX_REGION, endpoint=sandbox.endpoint)
    url = presign(
        PresignRequest(bucket=BUCKET, key="hello.txt", response_content_disposition="attachment; filename=a~b.txt"),
        credentials=sandbox_credentials,
        region=SANDBOX_REGION,
        endpoint=endpoint,
        now=datetime.now(UTC),
    ).url
    # the same values, percent-encoded differently: '~' as %7E, ';' and '=' left raw
    variant = url.replace("a~b", "a%7Eb").replace("attachment%3B", "attachment;").replace("filename%3D", "filename=")
    assert variant != url
    for candidate in (url, variant):
        resp = requests.get(candidate, timeout=10)
        assert resp.status_code == 200, candidate
        assert resp.headers["Content-Disposition"] == "attachment; filename=a~b.txt"


def test_v1_presigned_with_token_and_tamper(sandbox: Sandbox, sts_sandbox_credentials: Credentials) -> None:
    endpoint = resolve_endpoint(SANDBOX_REGION, endpoint=sandbox.endpoint)
    result = presign(
        PresignRequest(bucket=BUCKET, key="space name.txt", version_id=None),
        credentials=sts_sandbox_credentials,
        region=SANDBOX_REGION,
        endpoint=endpoint,
        now=datetime.now(UTC),
        version=SignatureVersion.V1,
    )
    assert requests.get(result.url, timeout=10).status_code == 200
    swapped = result.url.replace(quote(sts_sandbox_credentials.security_token or "", safe=""), "OtherToken")
    resp = requests.get(swapped, timeout=10)
    assert resp.status_code == 403 and code_of(resp) == "InvalidSecurityToken"
    expired = presign(
        PresignRequest(bucket=BUCKET, key="space name.txt"),
        credentials=sts_sandbox_credentials,
        region=SANDBOX_REGION,
        endpoint=endpoint,
        now=datetime.now(UTC) - timedelta(hours=2),
        expires=timedelta(hours=1),
        version=SignatureVersion.V1,
    )
    resp = requests.get(expired.url, timeout=10)
    assert resp.status_code == 403 and code_of(resp) == "AccessDenied"


def test_log_lines_redact_signatures_and_tokens(
    sandbox: Sandbox, sts_sandbox_credentials: Credentials, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="ossshare.sandbox")
    endpoint = resolve_endpoint(SANDBOX_REGION, endpoint=sandbox.endpoint)
    urls = [
        presign(
            PresignRequest(bucket=BUCKET, key="hello.txt"),
            credentials=sts_sandbox_credentials,
            region=SANDBOX_REGION,
            endpoint=endpoint,
            now=datetime.now(UTC),
            version=version,
        ).url
        for version in (SignatureVersion.V4, SignatureVersion.V1)
    ]
    for url in urls:
        assert requests.get(url, timeout=10).status_code == 200
    text = caplog.text
    token = sts_sandbox_credentials.security_token or ""
    assert text.count("<redacted>") >= 4  # signature and token of each link
    for url in urls:
        for param in url.split("?", 1)[1].split("&"):
            name, _, value = param.partition("=")
            if name in ("x-oss-signature", "Signature", "x-oss-security-token", "security-token"):
                assert value not in text
    assert token not in text and quote(token, safe="") not in text
    assert sts_sandbox_credentials.access_key_secret not in text


def test_redact() -> None:
    assert (
        redact("/b/k?x-oss-signature=abc&x=1&security-token=t%2B")
        == "/b/k?x-oss-signature=<redacted>&x=1&security-token=<redacted>"
    )
    assert redact("GET /k?Signature=a%2Fb HTTP/1.1") == "GET /k?Signature=<redacted> HTTP/1.1"
