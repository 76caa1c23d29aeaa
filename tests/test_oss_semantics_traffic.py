"""x-oss-traffic-limit: OSS accepts 819,200 to 838,860,800 bit/s (100 KB/s to 100 MB/s), as a
header or as a signed URL's query parameter, and refuses other values with 400 InvalidArgument
(help: "Single-connection bandwidth throttling")."""

from __future__ import annotations

import pytest

from ossshare.core import Credentials
from ossshare.sandbox import Sandbox
from tests.fixtures.sandbox import SANDBOX_BUCKET, SANDBOX_OBJECTS, signed_request


@pytest.mark.parametrize(
    ("limit", "status"), [("819200", 200), ("838860800", 200), ("819199", 400), ("838860801", 400), ("fast", 400)]
)
def test_traffic_limit_range(sandbox: Sandbox, sandbox_credentials: Credentials, limit: str, status: int) -> None:
    as_header = signed_request(
        sandbox, sandbox_credentials, "GET", SANDBOX_BUCKET, "hello.txt", headers={"x-oss-traffic-limit": limit}
    )
    as_query = signed_request(
        sandbox, sandbox_credentials, "GET", SANDBOX_BUCKET, "hello.txt", query=[("x-oss-traffic-limit", limit)]
    )
    for resp in (as_header, as_query):
        assert resp.status_code == status
        if status == 200:
            assert resp.content == SANDBOX_OBJECTS["hello.txt"]
        else:
            assert b"<Code>InvalidArgument</Code>" in resp.content and b"x-oss-traffic-limit" in resp.content
