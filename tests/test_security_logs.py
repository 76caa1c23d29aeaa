"""Logs at DEBUG hold no secret: the AccessKey secret, the STS token and signatures stay out.

Every logger is let through at DEBUG (as `logging.basicConfig(level=logging.DEBUG)` would),
then the client lists, heads and fails against the sandbox, a link is tested, and the
captured text is searched. urllib3 writes each request line with its query at DEBUG: for a
presigned URL that is the signature and the security token.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from urllib.parse import parse_qs, quote, urlsplit

import pytest

from ossshare.core import Credentials, PresignRequest, SignatureVersion, presign, resolve_endpoint
from ossshare.oss.client import OssClient
from ossshare.oss.errors import OssError
from ossshare.oss.redact import REDACTED
from ossshare.sandbox import Sandbox
from ossshare.services.link_check import check_link
from tests.fixtures.sandbox import SANDBOX_BUCKET, SANDBOX_REGION


def secret_forms(*values: str) -> list[str]:
    return [form for value in values for form in {value, quote(value, safe="")}]


@pytest.mark.parametrize("version", [SignatureVersion.V4, SignatureVersion.V1])
def test_testing_a_link_logs_no_signature_or_token(
    version: SignatureVersion,
    sandbox: Sandbox,
    sts_sandbox_credentials: Credentials,
    caplog: pytest.LogCaptureFixture,
) -> None:
    creds = sts_sandbox_credentials
    assert creds.security_token is not None
    endpoint = resolve_endpoint(SANDBOX_REGION, sandbox.endpoint, path_style=True)
    result = presign(
        PresignRequest(SANDBOX_BUCKET, "hello.txt"),
        credentials=creds,
        region=SANDBOX_REGION,
        endpoint=endpoint,
        now=datetime.now(UTC),
        version=version,
    )
    query = parse_qs(urlsplit(result.url).query)
    signature = (query.get("x-oss-signature") or query["Signature"])[0]
    caplog.set_level(logging.DEBUG)

    assert check_link(result).ok

    text = caplog.text
    assert "hello.txt" in text and REDACTED in text  # urllib3 did log the request line
    leaks = [form for form in secret_forms(signature, creds.security_token, creds.access_key_secret) if form in text]
    assert leaks == []


def test_client_calls_log_no_secret_or_token(
    sandbox: Sandbox, sts_sandbox_credentials: Credentials, caplog: pytest.LogCaptureFixture
) -> None:
    creds = sts_sandbox_credentials
    assert creds.security_token is not None
    caplog.set_level(logging.DEBUG)
    endpoint = resolve_endpoint(SANDBOX_REGION, sandbox.endpoint, path_style=True)
    with OssClient(creds, SANDBOX_REGION, endpoint, retries=1, sleep=lambda _: None) as client:
        assert client.list_objects(SANDBOX_BUCKET).objects
        with pytest.raises(OssError):
            client.head_object(SANDBOX_BUCKET, "missing.txt")
        sandbox.faults.error_status = 503  # a 5xx, retried: the retry is logged too
        with pytest.raises(OssError):
            client.list_objects(SANDBOX_BUCKET)
    text = caplog.text
    assert "list-type=2" in text and "retrying" in text
    assert [form for form in secret_forms(creds.security_token, creds.access_key_secret) if form in text] == []
