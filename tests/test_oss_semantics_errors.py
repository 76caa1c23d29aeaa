"""Error answers as OSS gives them: the fine-grained error code (EC) in the `x-oss-ec` header
and the `<EC>` element, for the causes OSS's error-code pages name (0026-00000001 NoSuchKey,
0002-00000236 expired V4 link, 0002-00000232 x-oss-expires out of 1..604800, 0002-00000069
expired V1 link, 0002-00000226 / 0002-00000228 signing region, 0016-00000404 Archive object
not restored); and our client reading them from a body, from HEAD's `x-oss-err` header, or
from `x-oss-ec` alone."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta

import alibabacloud_oss_v2 as oss
import pytest
import requests

from ossshare.core import Credentials, PresignRequest, SignatureVersion, presign, resolve_endpoint
from ossshare.oss.errors import OssError
from ossshare.sandbox import Sandbox
from tests.fixtures.sandbox import SANDBOX_BUCKET, SANDBOX_REGION, signed_request
from tests.test_client_sandbox import make_client


def _fields(resp: requests.Response) -> dict[str, str]:
    return {child.tag: child.text or "" for child in ET.fromstring(resp.content)}


def _link(
    sb: Sandbox, cred: Credentials, *, now: datetime, seconds: int = 600, v1: bool = False, region: str = SANDBOX_REGION
) -> str:
    return presign(
        PresignRequest(SANDBOX_BUCKET, "hello.txt"),
        credentials=cred,
        region=region,
        endpoint=resolve_endpoint(region, endpoint=sb.endpoint),
        now=now,
        expires=timedelta(seconds=seconds),
        version=SignatureVersion.V1 if v1 else SignatureVersion.V4,
    ).url


def test_no_such_key_carries_its_ec_in_header_and_body(sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    resp = signed_request(sandbox, sandbox_credentials, "GET", SANDBOX_BUCKET, "missing.txt")
    fields = _fields(resp)
    assert resp.status_code == 404 and fields["Code"] == "NoSuchKey"
    assert resp.headers["x-oss-ec"] == fields["EC"] == "0026-00000001"
    assert fields["RecommendDoc"].endswith("q=0026-00000001")
    assert list(fields)[-2:] == ["EC", "RecommendDoc"]  # after the cause's own fields, as OSS writes them


def test_client_reports_the_ec(sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    with make_client(sandbox, sandbox_credentials) as client:
        with pytest.raises(OssError) as got:
            client.get_object_range(SANDBOX_BUCKET, "missing.txt")
        assert got.value.ec == "0026-00000001" and "EC 0026-00000001" in got.value.message
        with pytest.raises(OssError) as head:  # no body: from x-oss-err / x-oss-ec
            client.head_object(SANDBOX_BUCKET, "missing.txt")
        assert (head.value.code, head.value.ec) == ("NoSuchKey", "0026-00000001")


def test_sdk_reads_the_same_ec(sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    cfg = oss.config.load_default()
    cfg.credentials_provider = oss.credentials.StaticCredentialsProvider(
        sandbox_credentials.access_key_id, sandbox_credentials.access_key_secret
    )
    cfg.region, cfg.endpoint, cfg.retry_max_attempts = SANDBOX_REGION, sandbox.endpoint, 1
    with pytest.raises(oss.exceptions.OperationError) as info:
        oss.Client(cfg).get_object(oss.GetObjectRequest(bucket=SANDBOX_BUCKET, key="missing.txt"))
    service = info.value.unwrap()
    assert isinstance(service, oss.exceptions.ServiceError)
    assert (service.code, service.ec) == ("NoSuchKey", "0026-00000001")


def test_expired_v4_link(sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    url = _link(sandbox, sandbox_credentials, now=datetime.now(UTC) - timedelta(hours=2), seconds=3600)
    resp = requests.get(url, timeout=10)
    assert resp.status_code == 403 and _fields(resp)["Code"] == "AccessDenied"
    assert resp.headers["x-oss-ec"] == "0002-00000236"


def test_expired_v1_link(sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    url = _link(sandbox, sandbox_credentials, now=datetime.now(UTC) - timedelta(hours=2), seconds=3600, v1=True)
    resp = requests.get(url, timeout=10)
    assert resp.status_code == 403 and _fields(resp)["Message"] == "Request has expired."
    assert resp.headers["x-oss-ec"] == "0002-00000069"


@pytest.mark.parametrize("seconds", ["604801", "0"])
def test_v4_expires_outside_one_second_to_seven_days(
    sandbox: Sandbox, sandbox_credentials: Credentials, seconds: str
) -> None:
    url = _link(sandbox, sandbox_credentials, now=datetime.now(UTC)).replace(
        "x-oss-expires=600", f"x-oss-expires={seconds}"
    )
    resp = requests.get(url, timeout=10)
    fields = _fields(resp)
    assert resp.status_code == 400 and fields["Code"] == "InvalidArgument" and fields["ArgumentValue"] == seconds
    assert resp.headers["x-oss-ec"] == "0002-00000232"


def test_signing_region_of_another_region(sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    url = _link(sandbox, sandbox_credentials, now=datetime.now(UTC), region="cn-beijing")
    resp = requests.get(url, timeout=10)
    assert resp.status_code == 400 and _fields(resp)["ArgumentName"] == "x-oss-credential"
    assert resp.headers["x-oss-ec"] == "0002-00000226"
    header = signed_request(sandbox, sandbox_credentials, "GET", SANDBOX_BUCKET, "hello.txt")
    assert header.status_code == 200  # the sandbox's own region is accepted


def test_archive_object_before_and_after_restore(sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    sandbox.put_object(SANDBOX_BUCKET, "cold.bin", b"frozen", storage_class="Archive")
    sandbox.put_object(SANDBOX_BUCKET, "thawing.bin", b"thawing", storage_class="Archive", restore="ongoing")
    sandbox.put_object(SANDBOX_BUCKET, "thawed.bin", b"thawed", storage_class="Archive", restore="restored")
    with make_client(sandbox, sandbox_credentials) as client:
        for key in ("cold.bin", "thawing.bin"):
            with pytest.raises(OssError) as info:
                client.get_object_range(SANDBOX_BUCKET, key, 0, 3)
            assert (info.value.status, info.value.code, info.value.ec) == (403, "InvalidObjectState", "0016-00000404")
            assert "restore" in info.value.title  # not a bare "Access denied"
        cold, thawing, thawed = (
            client.head_object(SANDBOX_BUCKET, k) for k in ("cold.bin", "thawing.bin", "thawed.bin")
        )
        assert cold.storage_class == "Archive" and cold.restore is None and cold.needs_restore
        assert thawing.restore == 'ongoing-request="true"' and thawing.needs_restore
        assert thawed.restore is not None and thawed.restore.startswith('ongoing-request="false", expiry-date=')
        assert not thawed.needs_restore
        assert client.get_object_range(SANDBOX_BUCKET, "thawed.bin") == b"thawed"


def test_a_ranged_get_reads_the_whole_error_document(sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    # the range bounds how much of an object is read, never how much of an error is
    with make_client(sandbox, sandbox_credentials) as client, pytest.raises(OssError) as info:
        client.get_object_range(SANDBOX_BUCKET, "missing.txt", 0, 0)
    assert (info.value.code, info.value.oss_message) == ("NoSuchKey", "The specified key does not exist.")


@pytest.mark.parametrize(("ahead", "status"), [(timedelta(minutes=10), 200), (timedelta(minutes=20), 403)])
def test_v4_link_from_a_clock_running_fast(
    sandbox: Sandbox, sandbox_credentials: Credentials, ahead: timedelta, status: int
) -> None:
    # OSS accepts a V4 link up to 15 minutes before its x-oss-date (EC 0002-00000235 beyond)
    url = _link(sandbox, sandbox_credentials, now=datetime.now(UTC) + ahead, seconds=3600)
    resp = requests.get(url, timeout=10)
    assert resp.status_code == status
    if status == 403:
        assert _fields(resp)["Code"] == "AccessDenied" and resp.headers["x-oss-ec"] == "0002-00000235"
