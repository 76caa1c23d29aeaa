"""A bucket reached through another region's endpoint, as real OSS answers it: 403
AccessDenied naming the bucket's own endpoint in `<Endpoint>` (seen in the wild, e.g.
github.com/CQHui/oss_upload/issues/2 and github.com/coderhaoxin/aliyun-oss/issues/25).

Requests travel to the sandbox through it as an HTTP proxy, so they carry real region host
names (`test-bucket.oss-cn-shanghai.aliyuncs.com`) while staying on loopback.
"""

from __future__ import annotations

from collections.abc import Iterator

import alibabacloud_oss_v2 as oss
import pytest
import requests

from ossshare.core import Credentials, resolve_endpoint
from ossshare.oss.client import OssClient
from ossshare.oss.errors import OssError
from ossshare.sandbox import Sandbox
from tests.fixtures.sandbox import SANDBOX_BUCKET, SANDBOX_REGION

OTHER_REGION = "cn-shanghai"


@pytest.fixture
def proxied(sandbox: Sandbox) -> Iterator[requests.Session]:
    session = requests.Session()
    session.trust_env = False  # no proxy settings from the environment
    session.proxies = {"http": sandbox.endpoint}
    with session:
        yield session


def _client(credentials: Credentials, region: str, session: requests.Session) -> OssClient:
    endpoint = resolve_endpoint(region, http=True)  # e.g. test-bucket.oss-cn-shanghai.aliyuncs.com
    return OssClient(credentials, region, endpoint, session=session, timeout=(2.0, 10.0), sleep=lambda s: None)


def test_wrong_region_endpoint_names_the_right_one(
    proxied: requests.Session, sandbox_credentials: Credentials
) -> None:
    client = _client(sandbox_credentials, OTHER_REGION, proxied)
    with pytest.raises(OssError) as info:
        client.list_objects(SANDBOX_BUCKET)
    err = info.value
    assert (err.status, err.code) == (403, "AccessDenied")
    assert err.endpoint == f"oss-{SANDBOX_REGION}.aliyuncs.com"
    assert err.region_hint == SANDBOX_REGION
    assert "another endpoint" in err.title and err.endpoint in err.message


def test_locating_a_bucket_of_another_region_then_listing_it(
    proxied: requests.Session, sandbox_credentials: Credentials
) -> None:
    # what the main window does for a bucket typed in the path bar
    client = _client(sandbox_credentials, OTHER_REGION, proxied)
    region = client.bucket_region(SANDBOX_BUCKET)
    assert region == SANDBOX_REGION
    there = client.with_region(region)
    assert there.endpoint.netloc == f"oss-{SANDBOX_REGION}.aliyuncs.com"
    assert "hello.txt" in [o.key for o in there.list_objects(SANDBOX_BUCKET).objects]


def test_region_endpoint_of_the_bucket_is_served(proxied: requests.Session, sandbox_credentials: Credentials) -> None:
    client = _client(sandbox_credentials, SANDBOX_REGION, proxied)
    assert client.bucket_region(SANDBOX_BUCKET) == SANDBOX_REGION
    assert client.head_object(SANDBOX_BUCKET, "hello.txt").size > 0


def test_other_errors_carry_no_region_hint(proxied: requests.Session, sandbox_credentials: Credentials) -> None:
    client = _client(sandbox_credentials, SANDBOX_REGION, proxied)
    with pytest.raises(OssError) as info:
        client.bucket_region("no-such-bucket")
    assert info.value.code == "NoSuchBucket" and info.value.region_hint is None


def _sdk(sandbox: Sandbox, credentials: Credentials, region: str) -> oss.Client:
    cfg = oss.config.load_default()
    cfg.credentials_provider = oss.credentials.StaticCredentialsProvider(
        credentials.access_key_id, credentials.access_key_secret
    )
    cfg.region, cfg.endpoint, cfg.retry_max_attempts = region, f"http://oss-{region}.aliyuncs.com", 1
    cfg.proxy_host = {"http": sandbox.endpoint}  # a plain string is keyed "http://", which requests never looks up
    return oss.Client(cfg)


def test_sdk_sees_the_same_answers(sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    wrong = _sdk(sandbox, sandbox_credentials, OTHER_REGION)
    with pytest.raises(oss.exceptions.OperationError) as info:
        wrong.list_objects_v2(oss.ListObjectsV2Request(bucket=SANDBOX_BUCKET))
    service = info.value.unwrap()
    assert isinstance(service, oss.exceptions.ServiceError)
    assert (service.status_code, service.code) == (403, "AccessDenied")
    assert service.error_fileds.get("Endpoint") == f"oss-{SANDBOX_REGION}.aliyuncs.com"
    right = _sdk(sandbox, sandbox_credentials, SANDBOX_REGION)
    listed = right.list_objects_v2(oss.ListObjectsV2Request(bucket=SANDBOX_BUCKET, delimiter="/"))
    assert "hello.txt" in [o.key for o in listed.contents or []]


def test_bucket_list_on_any_region_endpoint(
    sandbox: Sandbox, proxied: requests.Session, sandbox_credentials: Credentials
) -> None:
    # ListBuckets (GetService) is signed for the region of the endpoint it is sent to
    sandbox.create_bucket("south-bucket", region="cn-shenzhen")
    client = _client(sandbox_credentials, OTHER_REGION, proxied)
    buckets = {b.name: b.region for b in client.list_buckets().buckets}
    assert buckets[SANDBOX_BUCKET] == SANDBOX_REGION and buckets["south-bucket"] == "cn-shenzhen"
    wrong = OssClient(
        sandbox_credentials, "cn-beijing", resolve_endpoint(OTHER_REGION, http=True), session=proxied, retries=0
    )
    with pytest.raises(OssError) as info:
        wrong.list_buckets()
    assert info.value.code == "InvalidArgument" and info.value.ec == "0002-00000228"


def test_dual_stack_hosts(proxied: requests.Session, sandbox_credentials: Credentials) -> None:
    # bucket.cn-hangzhou.oss.aliyuncs.com: the bucket is the first label, as on other OSS hosts
    right = OssClient(
        sandbox_credentials,
        SANDBOX_REGION,
        resolve_endpoint(SANDBOX_REGION, dualstack=True, http=True),
        session=proxied,
    )
    assert right.endpoint.host_for(SANDBOX_BUCKET) == f"{SANDBOX_BUCKET}.{SANDBOX_REGION}.oss.aliyuncs.com"
    assert right.head_object(SANDBOX_BUCKET, "hello.txt").size > 0
    wrong = OssClient(
        sandbox_credentials, OTHER_REGION, resolve_endpoint(OTHER_REGION, dualstack=True, http=True), session=proxied
    )
    assert wrong.bucket_region(SANDBOX_BUCKET) == SANDBOX_REGION
