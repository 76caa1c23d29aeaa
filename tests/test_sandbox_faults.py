"""Each injected fault, seen at the raw HTTP level: what a client will have to cope with."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

import alibabacloud_oss_v2 as oss
import pytest
import requests

from ossshare.core import Credentials
from ossshare.sandbox import Faults, Sandbox
from tests.fixtures.sandbox import SANDBOX_BUCKET, SANDBOX_OBJECTS, signed_request

LIST = [("list-type", "2")]


def listing(sb: Sandbox, cred: Credentials, **kw: object) -> requests.Response:
    return signed_request(sb, cred, "GET", SANDBOX_BUCKET, query=LIST, **kw)  # type: ignore[arg-type]


def test_latency_delays_the_answer(sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    sandbox.faults.latency = 2.0
    with pytest.raises(requests.exceptions.ReadTimeout):
        listing(sandbox, sandbox_credentials, timeout=0.2)
    sandbox.faults.latency = 0.0
    assert listing(sandbox, sandbox_credentials).status_code == 200


@pytest.mark.parametrize(("status", "code"), [(503, "ServiceUnavailable"), (500, "InternalError")])
def test_server_errors_for_the_next_n_requests(
    sandbox: Sandbox, sandbox_credentials: Credentials, status: int, code: str
) -> None:
    sandbox.faults.error_status, sandbox.faults.error_count = status, 2
    for _ in range(2):
        resp = listing(sandbox, sandbox_credentials)
        assert resp.status_code == status
        root = ET.fromstring(resp.content)
        assert root.findtext("Code") == code
        assert root.findtext("RequestId") == resp.headers["x-oss-request-id"]
    assert listing(sandbox, sandbox_credentials).status_code == 200
    assert sandbox.faults.error_status is None


def test_server_errors_until_cleared(sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    sandbox.faults.error_status = 503
    assert [listing(sandbox, sandbox_credentials).status_code for _ in range(3)] == [503] * 3
    sandbox.faults.reset()
    assert listing(sandbox, sandbox_credentials).status_code == 200


def test_sdk_retries_through_transient_errors(sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    cfg = oss.config.load_default()
    cfg.credentials_provider = oss.credentials.StaticCredentialsProvider(
        sandbox_credentials.access_key_id, sandbox_credentials.access_key_secret
    )
    cfg.region, cfg.endpoint, cfg.retry_max_attempts = "cn-hangzhou", sandbox.endpoint, 3
    sandbox.faults.error_status, sandbox.faults.error_count = 503, 2
    got = oss.Client(cfg).get_object(oss.GetObjectRequest(bucket=SANDBOX_BUCKET, key="hello.txt"))
    assert got.body.read() == SANDBOX_OBJECTS["hello.txt"]


def test_dropped_connection(sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    sandbox.faults.drop_connection = True
    sandbox.faults.drop_count = 1
    with pytest.raises(requests.exceptions.ConnectionError):
        listing(sandbox, sandbox_credentials)
    assert listing(sandbox, sandbox_credentials).status_code == 200
    sandbox.faults.drop_connection = True  # no count: every request until cleared
    for _ in range(2):
        with pytest.raises(requests.exceptions.ConnectionError):
            listing(sandbox, sandbox_credentials)
    sandbox.faults.drop_connection = False
    assert listing(sandbox, sandbox_credentials).status_code == 200


def test_malformed_xml(sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    sandbox.faults.malformed_xml = True
    resp = listing(sandbox, sandbox_credentials)
    assert resp.status_code == 200
    assert int(resp.headers["Content-Length"]) == len(resp.content)
    with pytest.raises(ET.ParseError):
        ET.fromstring(resp.content)
    # object bodies are not XML: they are untouched
    obj = signed_request(sandbox, sandbox_credentials, "GET", SANDBOX_BUCKET, "hello.txt")
    assert obj.content == SANDBOX_OBJECTS["hello.txt"]


def test_truncated_xml(sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    sandbox.faults.truncated_xml = True
    with pytest.raises(requests.exceptions.ChunkedEncodingError):
        listing(sandbox, sandbox_credentials)
    sandbox.faults.truncated_xml = False
    resp = listing(sandbox, sandbox_credentials)
    assert ET.fromstring(resp.content).findtext("Name") == SANDBOX_BUCKET


def test_skewed_date_header(sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    sandbox.faults.date_skew = timedelta(hours=-3)
    before = datetime.now(UTC)
    resp = listing(sandbox, sandbox_credentials)
    assert resp.status_code == 200  # the server still verifies with its own clock
    assert len(resp.raw.headers.getlist("Date")) == 1
    served = parsedate_to_datetime(resp.headers["Date"])
    skew = served - before
    assert timedelta(hours=-3, minutes=-1) < skew < timedelta(hours=-3, minutes=1)


def test_faults_default_off_and_reset() -> None:
    f = Faults(latency=1.0, error_status=503, drop_connection=True, malformed_xml=True, truncated_xml=True,
               date_skew=timedelta(minutes=5))
    f.reset()
    assert f == Faults()
    assert f.take_error() is None and not f.take_drop()
