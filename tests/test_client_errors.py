"""Errors read by a person, and secrets kept out of messages and logs."""

from __future__ import annotations

import logging

import pytest

from ossshare.core import OssShareError
from ossshare.oss.errors import NetworkError, OssError, ResponseError
from ossshare.oss.redact import REDACTED, RedactingFilter, redact_text, redact_url

SIG = "7d2e1a9c0b5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d"
TOKEN = "CAIS-secret-token+/="


def test_oss_error_for_a_person() -> None:
    err = OssError("SignatureDoesNotMatch", "The request signature we calculated does not match.", "RID1", 403)
    assert isinstance(err, OssShareError)
    assert err.title == "Signature does not match: check the AccessKey secret and the clock"
    assert "The request signature we calculated does not match" in err.message
    assert "RID1" in err.message and "SignatureDoesNotMatch" in err.message and "403" in err.message
    assert str(err) == err.message
    assert (err.code, err.status, err.request_id) == ("SignatureDoesNotMatch", 403, "RID1")


@pytest.mark.parametrize(
    "code, status, title",
    [
        ("AccessDenied", 403, "Access denied"),
        ("NoSuchBucket", 404, "Bucket not found"),
        ("NoSuchKey", 404, "Object not found"),
        ("InvalidAccessKeyId", 403, "Unknown AccessKey ID"),
        ("RequestTimeTooSkewed", 403, "Your computer's clock is off"),
        ("SomethingNew", 503, "OSS had a server error"),
        ("SomethingNew", 404, "Not found"),
        ("SomethingNew", 418, "OSS request failed"),
    ],
)
def test_titles(code: str, status: int, title: str) -> None:
    assert OssError(code, "m", None, status).title == title


def test_oss_error_without_message_or_request_id() -> None:
    err = OssError("", "", None, 500, ec="0002-1")
    assert err.code == "Unknown"
    assert err.message == "OSS gave no explanation. (Unknown, HTTP 500; EC 0002-1)"


def test_network_errors() -> None:
    err = NetworkError("oss-cn-hangzhou.aliyuncs.com", "timed out after 5 s")
    assert err.message == "Could not reach oss-cn-hangzhou.aliyuncs.com: timed out after 5 s"
    assert err.title == "Could not reach OSS"
    bad = ResponseError("h", "malformed XML")
    assert isinstance(bad, NetworkError) and bad.title == "Unreadable reply from OSS"
    assert bad.message == "The reply from h could not be read: malformed XML"


def test_redact_url() -> None:
    url = (
        "https://b.oss-cn-hangzhou.aliyuncs.com/k%2B?x-oss-signature-version=OSS4-HMAC-SHA256"
        f"&x-oss-security-token={TOKEN}&x-oss-signature={SIG}"
    )
    out = redact_url(url)
    assert SIG not in out and "secret-token" not in out
    assert "x-oss-signature-version=OSS4-HMAC-SHA256" in out
    assert out.endswith(f"x-oss-security-token={REDACTED}&x-oss-signature={REDACTED}")
    v1 = f"http://h/b/k?OSSAccessKeyId=AK&Expires=1&Signature={SIG}&security-token={TOKEN}"
    assert redact_url(v1) == f"http://h/b/k?OSSAccessKeyId=AK&Expires=1&Signature={REDACTED}&security-token={REDACTED}"
    assert redact_url("http://h/b/k") == "http://h/b/k"


def test_redact_text() -> None:
    text = (
        f"GET http://h/b/k?Signature={SIG}&x=1 failed; "
        f"nested url=http%3A%2F%2Fh%2Fk%3Fx-oss-signature%3D{SIG}\n"
        f"Authorization: OSS4-HMAC-SHA256 Credential=AK/20240101/cn-hangzhou/oss/aliyun_v4_request,Signature={SIG}\n"
        f"x-oss-security-token: {TOKEN}"
    )
    out = redact_text(text)
    assert SIG not in out and "secret-token" not in out
    assert "x=1" in out and "GET http://h/b/k" in out


def test_secrets_in_an_oss_message_are_scrubbed() -> None:
    err = OssError("AccessDenied", f"denied for http://h/k?Signature={SIG}", "R", 403)
    assert SIG not in err.message and SIG not in err.oss_message and SIG not in repr(err)


def test_logging_filter(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("ossshare.test.redact")
    handler_filter = RedactingFilter()
    caplog.handler.addFilter(handler_filter)
    try:
        with caplog.at_level(logging.INFO, logger="ossshare.test.redact"):
            logger.info("sent %s", f"http://h/b/k?x-oss-signature={SIG}")
    finally:
        caplog.handler.removeFilter(handler_filter)
    assert SIG not in caplog.text and f"x-oss-signature={REDACTED}" in caplog.text
