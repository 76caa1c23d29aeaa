"""No repr() or str() of an object that holds credentials shows the secret, the STS token or a
signature: reprs end up in logs, debuggers and test reports."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

import pytest

from ossshare.core import Credentials, PresignRequest, SignatureVersion, presign, resolve_endpoint, sign_request
from ossshare.oss.client import OssClient
from ossshare.services.account import Account
from ossshare.services.ossutil_import import ImportCandidate, ImportPlan
from ossshare.services.profiles import Profile
from ossshare.services.qr import make_qr
from ossshare.services.secrets import SecretStore
from ossshare.ui.connection import Choice, Connection

SECRET = "ReprSecretValue0123456789abcdef"
TOKEN = "ReprStsToken/+=0123456789"
NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
CREDS = Credentials("STS.NReprKeyId", SECRET, TOKEN)
ENDPOINT = resolve_endpoint("cn-hangzhou")


def forbidden(*extra: str) -> list[str]:
    values = (SECRET, TOKEN, *extra)
    return [form for value in values for form in {value, quote(value, safe="")}]


def assert_clean(obj: object, *extra: str) -> None:
    for text in (repr(obj), str(obj)):
        assert [f for f in forbidden(*extra) if f in text] == [], text


@pytest.mark.parametrize("version", [SignatureVersion.V4, SignatureVersion.V1])
def test_presign_result_repr_hides_signature_and_token(version: SignatureVersion) -> None:
    result = presign(
        PresignRequest("my-bucket", "a.txt"), credentials=CREDS, region="cn-hangzhou", endpoint=ENDPOINT, now=NOW,
        version=version,
    )
    signature = result.url.rsplit("ignature=", 1)[1]
    assert TOKEN not in result.url and quote(TOKEN, safe="") in result.url  # the link itself is whole
    assert_clean(result, signature)
    assert "REDACTED" in repr(result) and "my-bucket" in repr(result) and "a.txt" in repr(result)


def test_signed_request_repr_hides_signature_and_token() -> None:
    signed = sign_request(
        "GET", endpoint=ENDPOINT, bucket="my-bucket", key="a.txt", query=[], headers=None, credentials=CREDS,
        region="cn-hangzhou", now=NOW,
    )
    signature = signed.headers["Authorization"].rsplit("Signature=", 1)[1]
    assert signed.headers["x-oss-security-token"] == TOKEN  # what is sent is whole
    assert_clean(signed, signature)
    assert "Credential=STS.NReprKeyId/" in repr(signed)


def test_records_holding_credentials(tmp_path: Path) -> None:
    account = Account(CREDS, region="cn-hangzhou", token_expiration=NOW + timedelta(hours=1), profile_name="p")
    client = OssClient(CREDS, "cn-hangzhou", ENDPOINT)
    store = SecretStore()
    stored = store.store_secret("p", SECRET, TOKEN, NOW + timedelta(hours=1), session_only=True)
    plan = ImportPlan(
        tmp_path / "cfg", [ImportCandidate(Profile("p", "STS.NReprKeyId"), SECRET, TOKEN, None, "ossutil")]
    )
    connection = Connection(Choice("profile", "p"), account, client, "cn-hangzhou", ENDPOINT)
    for obj in (CREDS, account, client, store, stored, plan, connection):
        assert_clean(obj)
    client.close()


def test_qr_code_repr_hides_the_link() -> None:
    result = presign(
        PresignRequest("my-bucket", "a.txt"), credentials=CREDS, region="cn-hangzhou", endpoint=ENDPOINT, now=NOW
    )
    assert_clean(make_qr(result.url), result.url.rsplit("=", 1)[1])
