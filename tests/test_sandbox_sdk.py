"""The official SDK (alibabacloud-oss-v2) against the sandbox: what it accepts works, and
what OSS would refuse is refused with OSS's error code. This is what shows the sandbox
verifies signatures the way OSS does."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta
from urllib.parse import quote

import alibabacloud_oss_v2 as oss
import pytest
import requests

from ossshare.core import Credentials
from ossshare.sandbox import Sandbox
from tests.fixtures.sandbox import SANDBOX_BUCKET, SANDBOX_OBJECTS, SANDBOX_REGION

BUCKET = SANDBOX_BUCKET


def sdk_client(sb: Sandbox, cred: Credentials, *, version: str = "v4", region: str = SANDBOX_REGION) -> oss.Client:
    cfg = oss.config.load_default()
    cfg.credentials_provider = oss.credentials.StaticCredentialsProvider(
        cred.access_key_id, cred.access_key_secret, cred.security_token or None
    )
    cfg.region = region
    cfg.endpoint = sb.endpoint  # an IP endpoint: the SDK uses path-style addressing
    cfg.signature_version = version
    cfg.retry_max_attempts = 1
    return oss.Client(cfg)


def service_error(excinfo: pytest.ExceptionInfo[BaseException]) -> oss.exceptions.ServiceError:
    exc = excinfo.value
    inner = exc.unwrap() if isinstance(exc, oss.exceptions.OperationError) else exc
    assert isinstance(inner, oss.exceptions.ServiceError), repr(inner)
    return inner


def error_code(resp: requests.Response) -> str:
    root = ET.fromstring(resp.content)
    assert root.tag == "Error"
    assert root.findtext("RequestId") == resp.headers["x-oss-request-id"]
    return root.findtext("Code") or ""


@pytest.fixture
def client(sandbox: Sandbox, sandbox_credentials: Credentials) -> oss.Client:
    return sdk_client(sandbox, sandbox_credentials)


# --- what works ------------------------------------------------------------------------------


def test_put_head_get(client: oss.Client) -> None:
    put = client.put_object(oss.PutObjectRequest(bucket=BUCKET, key="new/データ 1.bin", body=b"\x00\x01payload"))
    assert put.status_code == 200 and put.version_id
    head = client.head_object(oss.HeadObjectRequest(bucket=BUCKET, key="new/データ 1.bin"))
    assert head.content_length == 9
    assert head.version_id == put.version_id
    assert head.etag == put.etag
    assert head.storage_class == "Standard"
    assert head.object_type == "Normal"
    got = client.get_object(oss.GetObjectRequest(bucket=BUCKET, key="new/データ 1.bin"))
    assert got.body.read() == b"\x00\x01payload"  # the SDK also checks x-oss-hash-crc64ecma


def test_get_seeded_objects(client: oss.Client) -> None:
    for key, body in SANDBOX_OBJECTS.items():
        assert client.get_object(oss.GetObjectRequest(bucket=BUCKET, key=key)).body.read() == body


def test_list_buckets_info_location(client: oss.Client, sandbox: Sandbox) -> None:
    sandbox.create_bucket("other-bucket")
    names = [b.name for b in client.list_buckets(oss.ListBucketsRequest()).buckets]
    assert names == ["other-bucket", BUCKET]
    page = client.list_buckets(oss.ListBucketsRequest(max_keys=1))
    assert [b.name for b in page.buckets] == ["other-bucket"] and page.is_truncated
    assert page.next_marker == "other-bucket"
    info = client.get_bucket_info(oss.GetBucketInfoRequest(bucket=BUCKET)).bucket_info
    assert info.name == BUCKET and info.location == f"oss-{SANDBOX_REGION}"
    loc = client.get_bucket_location(oss.GetBucketLocationRequest(bucket=BUCKET))
    assert loc.location == f"oss-{SANDBOX_REGION}"


def test_list_paged_with_delimiter(client: oss.Client, sandbox: Sandbox) -> None:
    keys = [f"many/{i:03d}.txt" for i in range(25)] + [f"many/sub{i}/x.txt" for i in range(5)] + ["many/ü/é.txt"]
    for key in keys:
        sandbox.put_object(BUCKET, key, key.encode())
    pages = list(
        client.list_objects_v2_paginator().iter_page(
            oss.ListObjectsV2Request(bucket=BUCKET, prefix="many/", delimiter="/", max_keys=7)
        )
    )
    assert len(pages) == 5  # 25 keys + 6 prefixes = 31 entries
    got_keys = [o.key for p in pages for o in (p.contents or [])]
    got_prefixes = [c.prefix for p in pages for c in (p.common_prefixes or [])]
    assert got_keys == [f"many/{i:03d}.txt" for i in range(25)]
    assert got_prefixes == [f"many/sub{i}/" for i in range(5)] + ["many/ü/"]
    assert all(p.key_count == 7 for p in pages[:-1]) and pages[-1].key_count == 3
    assert not pages[-1].is_truncated
    # without a delimiter every key comes back, in order
    flat = [
        o.key
        for p in client.list_objects_v2_paginator().iter_page(
            oss.ListObjectsV2Request(bucket=BUCKET, prefix="many/", max_keys=4)
        )
        for o in p.contents
    ]
    assert flat == sorted(keys)


def test_list_versions_with_delete_marker(client: oss.Client) -> None:
    ids = [
        client.put_object(oss.PutObjectRequest(bucket=BUCKET, key="v/doc.txt", body=f"v{i}".encode())).version_id
        for i in range(3)
    ]
    deleted = client.delete_object(oss.DeleteObjectRequest(bucket=BUCKET, key="v/doc.txt"))
    assert deleted.delete_marker and deleted.version_id
    with pytest.raises(oss.exceptions.OperationError) as excinfo:
        client.get_object(oss.GetObjectRequest(bucket=BUCKET, key="v/doc.txt"))
    assert service_error(excinfo).code == "NoSuchKey"
    old = client.get_object(oss.GetObjectRequest(bucket=BUCKET, key="v/doc.txt", version_id=ids[0]))
    assert old.body.read() == b"v0"
    res = client.list_object_versions(oss.ListObjectVersionsRequest(bucket=BUCKET, prefix="v/"))
    assert [v.version_id for v in res.version] == ids[::-1]
    assert not any(v.is_latest for v in res.version)
    assert [(m.version_id, m.is_latest) for m in res.delete_marker] == [(deleted.version_id, True)]
    # paged one entry at a time, resuming with key-marker and version-id-marker
    seen: list[str] = []
    req = oss.ListObjectVersionsRequest(bucket=BUCKET, prefix="v/", max_keys=1)
    while True:
        page = client.list_object_versions(req)
        seen += [v.version_id for v in page.version or []] + [m.version_id for m in page.delete_marker or []]
        if not page.is_truncated:
            break
        req = oss.ListObjectVersionsRequest(
            bucket=BUCKET,
            prefix="v/",
            max_keys=1,
            key_marker=page.next_key_marker,
            version_id_marker=page.next_version_id_marker,
        )
    assert seen == [deleted.version_id, *ids[::-1]]
    # the deleted key is gone from the plain listing
    listed = client.list_objects_v2(oss.ListObjectsV2Request(bucket=BUCKET, prefix="v/"))
    assert not listed.contents


def test_presigned_get_downloads_with_requests(client: oss.Client) -> None:
    url = client.presign(oss.GetObjectRequest(bucket=BUCKET, key="日本語/ファイル.txt")).url
    resp = requests.get(url, timeout=10)
    assert resp.status_code == 200
    assert resp.content == SANDBOX_OBJECTS["日本語/ファイル.txt"]


def test_presigned_with_overrides_and_version(client: oss.Client, sandbox: Sandbox) -> None:
    first = sandbox.put_object(BUCKET, "report.pdf", b"first")
    sandbox.put_object(BUCKET, "report.pdf", b"second")
    url = client.presign(
        oss.GetObjectRequest(
            bucket=BUCKET,
            key="report.pdf",
            version_id=first,
            response_content_disposition='attachment; filename="r é.pdf"',
            response_content_type="application/pdf",
        )
    ).url
    resp = requests.get(url, timeout=10)
    assert resp.status_code == 200 and resp.content == b"first"
    assert resp.headers["Content-Disposition"] == 'attachment; filename="r é.pdf"'.encode().decode("latin-1")
    assert resp.headers["Content-Type"] == "application/pdf"
    assert resp.headers["x-oss-version-id"] == first


def test_presigned_signed_header_must_be_sent(client: oss.Client) -> None:
    result = client.presign(oss.GetObjectRequest(bucket=BUCKET, key="hello.txt", range_behavior="standard"))
    assert result.signed_headers["x-oss-range-behavior"] == "standard"
    ok = requests.get(result.url, headers={"x-oss-range-behavior": "standard"}, timeout=10)
    assert ok.status_code == 200 and ok.content == SANDBOX_OBJECTS["hello.txt"]
    missing = requests.get(result.url, timeout=10)
    assert missing.status_code == 403 and error_code(missing) == "SignatureDoesNotMatch"
    changed = requests.get(result.url, headers={"x-oss-range-behavior": "other"}, timeout=10)
    assert changed.status_code == 403 and error_code(changed) == "SignatureDoesNotMatch"


def test_v1_presign_and_v1_header_auth(sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    v1 = sdk_client(sandbox, sandbox_credentials, version="v1")
    url = v1.presign(oss.GetObjectRequest(bucket=BUCKET, key="space name.txt")).url
    assert "OSSAccessKeyId=" in url and "x-oss-signature" not in url
    resp = requests.get(url, timeout=10)
    assert resp.status_code == 200 and resp.content == SANDBOX_OBJECTS["space name.txt"]
    tampered = requests.get(_tamper(url, "Signature="), timeout=10)
    assert tampered.status_code == 403 and error_code(tampered) == "SignatureDoesNotMatch"
    # V1 header authentication through the SDK's own calls
    listed = v1.list_objects_v2(oss.ListObjectsV2Request(bucket=BUCKET, prefix="docs/"))
    assert [o.key for o in listed.contents] == ["docs/guide/intro.txt", "docs/readme.md"]
    assert (
        v1.get_object(oss.GetObjectRequest(bucket=BUCKET, key="hello.txt")).body.read() == SANDBOX_OBJECTS["hello.txt"]
    )


def test_sts_token(sandbox: Sandbox, sts_sandbox_credentials: Credentials) -> None:
    sts = sdk_client(sandbox, sts_sandbox_credentials)
    assert (
        sts.get_object(oss.GetObjectRequest(bucket=BUCKET, key="hello.txt")).body.read() == SANDBOX_OBJECTS["hello.txt"]
    )
    url = sts.presign(oss.GetObjectRequest(bucket=BUCKET, key="hello.txt")).url
    assert "x-oss-security-token=" in url
    assert requests.get(url, timeout=10).status_code == 200
    v1_url = (
        sdk_client(sandbox, sts_sandbox_credentials, version="v1")
        .presign(oss.GetObjectRequest(bucket=BUCKET, key="hello.txt"))
        .url
    )
    assert requests.get(v1_url, timeout=10).status_code == 200
    wrong = Credentials(sts_sandbox_credentials.access_key_id, sts_sandbox_credentials.access_key_secret, "WrongToken")
    with pytest.raises(oss.exceptions.OperationError) as excinfo:
        sdk_client(sandbox, wrong).get_object(oss.GetObjectRequest(bucket=BUCKET, key="hello.txt"))
    assert service_error(excinfo).code == "InvalidSecurityToken"
    bad_url = sdk_client(sandbox, wrong).presign(oss.GetObjectRequest(bucket=BUCKET, key="hello.txt")).url
    resp = requests.get(bad_url, timeout=10)
    assert resp.status_code == 403 and error_code(resp) == "InvalidSecurityToken"
    no_token = Credentials(sts_sandbox_credentials.access_key_id, sts_sandbox_credentials.access_key_secret)
    resp = requests.get(
        sdk_client(sandbox, no_token).presign(oss.GetObjectRequest(bucket=BUCKET, key="hello.txt")).url, timeout=10
    )
    assert resp.status_code == 403 and error_code(resp) == "InvalidSecurityToken"


# --- what is refused ---------------------------------------------------------------------------


def _tamper(url: str, marker: str) -> str:
    """Change one character of the signature that follows `marker`."""
    i = url.index(marker) + len(marker) + 3
    return url[:i] + ("0" if url[i] != "0" else "1") + url[i + 1 :]


def test_presigned_with_one_signature_character_changed(client: oss.Client) -> None:
    url = client.presign(oss.GetObjectRequest(bucket=BUCKET, key="hello.txt")).url
    resp = requests.get(_tamper(url, "x-oss-signature="), timeout=10)
    assert resp.status_code == 403
    assert error_code(resp) == "SignatureDoesNotMatch"


def test_presigned_with_other_key_or_query_changed(client: oss.Client) -> None:
    url = client.presign(oss.GetObjectRequest(bucket=BUCKET, key="hello.txt")).url
    other_key = requests.get(url.replace("hello.txt", "space%20name.txt"), timeout=10)
    assert other_key.status_code == 403 and error_code(other_key) == "SignatureDoesNotMatch"
    extra_param = requests.get(url + "&response-content-type=text%2Fhtml", timeout=10)
    assert extra_param.status_code == 403 and error_code(extra_param) == "SignatureDoesNotMatch"


def test_expired_presigned_url(sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    from ossshare.core import PresignRequest, presign, resolve_endpoint

    endpoint = resolve_endpoint(SANDBOX_REGION, endpoint=sandbox.endpoint, path_style=True)
    past = datetime.now(UTC) - timedelta(hours=2)
    url = presign(
        PresignRequest(bucket=BUCKET, key="hello.txt"),
        credentials=sandbox_credentials,
        region=SANDBOX_REGION,
        endpoint=endpoint,
        now=past,
        expires=timedelta(hours=1),
    ).url
    resp = requests.get(url, timeout=10)
    assert resp.status_code == 403 and error_code(resp) == "AccessDenied"
    assert ET.fromstring(resp.content).findtext("Message") == "Request has expired."


def test_expired_v1_presigned_url(sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    v1 = sdk_client(sandbox, sandbox_credentials, version="v1")
    url = v1.presign(
        oss.GetObjectRequest(bucket=BUCKET, key="hello.txt"), expiration=datetime.now(UTC) - timedelta(minutes=1)
    ).url
    resp = requests.get(url, timeout=10)
    assert resp.status_code == 403 and error_code(resp) == "AccessDenied"


def test_v4_validity_over_seven_days_is_refused(client: oss.Client) -> None:
    url = client.presign(oss.GetObjectRequest(bucket=BUCKET, key="hello.txt")).url
    start = url.index("x-oss-expires=") + len("x-oss-expires=")
    end = url.index("&", start)
    resp = requests.get(url[:start] + "604801" + url[end:], timeout=10)
    assert resp.status_code == 400 and error_code(resp) == "InvalidArgument"


def test_wrong_access_key_id(sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    wrong = Credentials("LTAI5tNoSuchKeyId", sandbox_credentials.access_key_secret)
    with pytest.raises(oss.exceptions.OperationError) as excinfo:
        sdk_client(sandbox, wrong).list_objects_v2(oss.ListObjectsV2Request(bucket=BUCKET))
    err = service_error(excinfo)
    assert (err.status_code, err.code) == (403, "InvalidAccessKeyId")
    url = sdk_client(sandbox, wrong).presign(oss.GetObjectRequest(bucket=BUCKET, key="hello.txt")).url
    resp = requests.get(url, timeout=10)
    assert resp.status_code == 403 and error_code(resp) == "InvalidAccessKeyId"


def test_wrong_secret_and_wrong_region(sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    wrong = Credentials(sandbox_credentials.access_key_id, "not-the-secret")
    with pytest.raises(oss.exceptions.OperationError) as excinfo:
        sdk_client(sandbox, wrong).head_object(oss.HeadObjectRequest(bucket=BUCKET, key="hello.txt"))
    err = service_error(excinfo)  # HEAD has no body: the code comes from the x-oss-err header
    assert (err.status_code, err.code) == (403, "SignatureDoesNotMatch")
    with pytest.raises(oss.exceptions.OperationError) as excinfo:
        sdk_client(sandbox, sandbox_credentials, region="cn-shanghai").list_objects_v2(
            oss.ListObjectsV2Request(bucket=BUCKET)
        )
    err = service_error(excinfo)
    assert (err.status_code, err.code) == (400, "InvalidArgument")
    assert err.message == "The signing region in credential is invalid."


def test_missing_objects_buckets_and_versions(client: oss.Client) -> None:
    cases = [
        (lambda: client.get_object(oss.GetObjectRequest(bucket=BUCKET, key="nope.txt")), 404, "NoSuchKey"),
        (lambda: client.list_objects_v2(oss.ListObjectsV2Request(bucket="no-such-bucket")), 404, "NoSuchBucket"),
        (
            lambda: client.get_object(oss.GetObjectRequest(bucket=BUCKET, key="hello.txt", version_id="CAEQnope")),
            404,
            "NoSuchVersion",
        ),
        (
            lambda: client.list_objects_v2(oss.ListObjectsV2Request(bucket=BUCKET, max_keys=1001)),
            400,
            "InvalidArgument",
        ),
    ]
    for call, status, code in cases:
        with pytest.raises(oss.exceptions.OperationError) as excinfo:
            call()
        err = service_error(excinfo)
        assert (err.status_code, err.code) == (status, code)
        assert err.request_id


def test_anonymous_request_is_denied(sandbox: Sandbox) -> None:
    resp = requests.get(f"{sandbox.endpoint}/{BUCKET}/hello.txt", timeout=10)
    assert resp.status_code == 403 and error_code(resp) == "AccessDenied"


def test_v1_presign_with_version_and_overrides(sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    first = sandbox.put_object(BUCKET, "v1/報告 書.pdf", b"first")
    sandbox.put_object(BUCKET, "v1/報告 書.pdf", b"second")
    v1 = sdk_client(sandbox, sandbox_credentials, version="v1")
    url = v1.presign(
        oss.GetObjectRequest(
            bucket=BUCKET,
            key="v1/報告 書.pdf",
            version_id=first,
            response_content_disposition='attachment; filename="a b.pdf"',
            response_cache_control="no-store",
        )
    ).url
    resp = requests.get(url, timeout=10)
    assert resp.status_code == 200 and resp.content == b"first"
    assert resp.headers["Content-Disposition"] == 'attachment; filename="a b.pdf"'
    assert resp.headers["Cache-Control"] == "no-store"
    # the version is a signed sub-resource: pointing the link at another version breaks it
    other = requests.get(url.replace(quote(first, safe=""), "null"), timeout=10)
    assert other.status_code == 403 and error_code(other) == "SignatureDoesNotMatch"


def test_bucket_in_another_region(sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    sandbox.create_bucket("north-bucket", region="cn-beijing")
    sandbox.put_object("north-bucket", "n.txt", b"north")
    home = sdk_client(sandbox, sandbox_credentials)
    regions = {b.name: b.region for b in home.list_buckets(oss.ListBucketsRequest()).buckets}
    assert regions == {"north-bucket": "cn-beijing", BUCKET: SANDBOX_REGION}
    with pytest.raises(oss.exceptions.OperationError) as excinfo:
        home.get_object(oss.GetObjectRequest(bucket="north-bucket", key="n.txt"))
    assert service_error(excinfo).code == "InvalidArgument"  # signed for the wrong region
    north = sdk_client(sandbox, sandbox_credentials, region="cn-beijing")
    assert north.get_object(oss.GetObjectRequest(bucket="north-bucket", key="n.txt")).body.read() == b"north"
    info = north.get_bucket_info(oss.GetBucketInfoRequest(bucket="north-bucket")).bucket_info
    assert info.location == "oss-cn-beijing" and info.extranet_endpoint == "oss-cn-beijing.aliyuncs.com"
    assert (
        requests.get(north.presign(oss.GetObjectRequest(bucket="north-bucket", key="n.txt")).url, timeout=10).content
        == b"north"
    )
