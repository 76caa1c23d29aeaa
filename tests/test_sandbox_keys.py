"""Any key the SDK can write, the sandbox lists (URL-encoded) and serves through a presigned
link, byte for byte: property-based over Unicode keys."""

from __future__ import annotations

import alibabacloud_oss_v2 as oss
import requests
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from ossshare.core import Credentials
from ossshare.sandbox import Sandbox
from tests.fixtures.sandbox import SANDBOX_BUCKET, SANDBOX_REGION

KEY_CHARS = st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\\")
KEYS = st.text(KEY_CHARS, min_size=1, max_size=40).filter(lambda k: not k.startswith("/"))


def _dot_segment(key: str) -> bool:
    """HTTP libraries (urllib3) collapse '.' and '..' path segments: such keys cannot travel in a URL path."""
    return any(part in (".", "..") for part in key.split("/"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(key=KEYS, body=st.binary(max_size=64))
def test_any_key_round_trips(sandbox: Sandbox, sandbox_credentials: Credentials, key: str, body: bytes) -> None:
    assume(not _dot_segment(key) and len(key.encode()) <= 1023)
    cfg = oss.config.load_default()
    cfg.credentials_provider = oss.credentials.StaticCredentialsProvider(
        sandbox_credentials.access_key_id, sandbox_credentials.access_key_secret
    )
    cfg.region, cfg.endpoint, cfg.retry_max_attempts = SANDBOX_REGION, sandbox.endpoint, 1
    client = oss.Client(cfg)
    client.put_object(oss.PutObjectRequest(bucket=SANDBOX_BUCKET, key=key, body=body))
    listed = client.list_objects_v2(oss.ListObjectsV2Request(bucket=SANDBOX_BUCKET, prefix=key, max_keys=1))
    assert listed.contents[0].key == key
    url = client.presign(oss.GetObjectRequest(bucket=SANDBOX_BUCKET, key=key)).url
    resp = requests.get(url, timeout=10)
    assert resp.status_code == 200, resp.text
    assert resp.content == body
