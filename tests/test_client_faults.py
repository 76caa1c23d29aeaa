"""Every fault the sandbox can inject ends in a typed error or the right result, never a hang:
each call carries a timeout, and retries are bounded."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from ossshare.core import Credentials, resolve_endpoint
from ossshare.oss.client import OssClient
from ossshare.oss.errors import NetworkError, OssError, ResponseError
from ossshare.sandbox import Sandbox
from tests.fixtures.sandbox import SANDBOX_BUCKET, SANDBOX_OBJECTS, SANDBOX_REGION

READ_TIMEOUT = 0.3


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def client(sandbox: Sandbox, sandbox_credentials: Credentials, sleeps: list[float]) -> Iterator[OssClient]:
    with OssClient(
        sandbox_credentials,
        SANDBOX_REGION,
        resolve_endpoint(SANDBOX_REGION, sandbox.endpoint),
        timeout=(1.0, READ_TIMEOUT),
        retries=2,
        sleep=sleeps.append,
    ) as c:
        yield c


def test_latency_within_the_timeout_is_fine(sandbox: Sandbox, client: OssClient) -> None:
    sandbox.faults.latency = READ_TIMEOUT / 6
    assert [o.key for o in client.list_objects(SANDBOX_BUCKET).objects] == ["hello.txt", "space name.txt"]


def test_latency_beyond_the_timeout_is_a_network_error(
    sandbox: Sandbox, client: OssClient, sleeps: list[float]
) -> None:
    sandbox.faults.latency = READ_TIMEOUT * 5
    with pytest.raises(NetworkError) as exc:
        client.list_objects(SANDBOX_BUCKET)
    assert exc.value.message == f"Could not reach {sandbox.endpoint[len('http://'):]}: timed out after 0.3 s"
    assert not isinstance(exc.value, ResponseError)
    assert len(sleeps) == 2  # retried, then gave up


def test_5xx_then_success(sandbox: Sandbox, client: OssClient, sleeps: list[float]) -> None:
    sandbox.faults.error_status, sandbox.faults.error_count = 503, 2
    data = client.get_object_range(SANDBOX_BUCKET, "hello.txt")
    assert data == SANDBOX_OBJECTS["hello.txt"]
    assert len(sleeps) == 2


def test_5xx_exhausted(sandbox: Sandbox, client: OssClient, sleeps: list[float]) -> None:
    sandbox.faults.error_status = 500
    with pytest.raises(OssError) as exc:
        client.head_object(SANDBOX_BUCKET, "hello.txt")
    assert exc.value.status == 500 and exc.value.title == "OSS had an internal error"
    assert exc.value.request_id
    assert len(sleeps) == 2


def test_5xx_error_body_is_read(sandbox: Sandbox, client: OssClient) -> None:
    sandbox.faults.error_status = 503
    with pytest.raises(OssError) as exc:
        client.list_buckets()
    assert (exc.value.code, exc.value.status) == ("ServiceUnavailable", 503)
    assert exc.value.request_id and exc.value.request_id in exc.value.message


def test_put_is_not_retried_on_5xx(sandbox: Sandbox, client: OssClient, sleeps: list[float]) -> None:
    sandbox.faults.error_status, sandbox.faults.error_count = 503, 1
    with pytest.raises(OssError):
        client.put_object(SANDBOX_BUCKET, "once.txt", b"1")
    assert sleeps == []
    assert client.put_object(SANDBOX_BUCKET, "once.txt", b"1")


def test_dropped_connection_once_is_retried(sandbox: Sandbox, client: OssClient, sleeps: list[float]) -> None:
    sandbox.faults.drop_connection, sandbox.faults.drop_count = True, 1
    assert client.bucket_region(SANDBOX_BUCKET) == SANDBOX_REGION
    assert len(sleeps) == 1


def test_dropped_connection_always(sandbox: Sandbox, client: OssClient, sleeps: list[float]) -> None:
    sandbox.faults.drop_connection = True
    with pytest.raises(NetworkError) as exc:
        client.list_objects(SANDBOX_BUCKET)
    assert "closed the connection without answering" in exc.value.message
    assert len(sleeps) == 2


def test_malformed_xml_is_a_response_error(sandbox: Sandbox, client: OssClient, sleeps: list[float]) -> None:
    sandbox.faults.malformed_xml = True
    with pytest.raises(ResponseError) as exc:
        client.list_objects(SANDBOX_BUCKET)
    assert exc.value.title == "Unreadable reply from OSS"
    assert "could not be read" in exc.value.message
    assert sleeps == []  # a well-delivered bad document is not worth repeating
    sandbox.faults.malformed_xml = False
    assert client.list_objects(SANDBOX_BUCKET).objects


def test_truncated_xml_is_a_response_error(sandbox: Sandbox, client: OssClient, sleeps: list[float]) -> None:
    sandbox.faults.truncated_xml = True
    with pytest.raises(ResponseError) as exc:
        list(client.iter_bucket_pages())
    assert "closed before the whole reply arrived" in exc.value.message
    assert len(sleeps) == 2  # cut short in transit: tried again


def test_truncated_xml_on_versions(sandbox: Sandbox, client: OssClient) -> None:
    sandbox.faults.truncated_xml = True
    with pytest.raises(ResponseError):
        client.list_versions(SANDBOX_BUCKET)


def test_skewed_date_is_measured(sandbox: Sandbox, client: OssClient) -> None:
    sandbox.faults.date_skew = timedelta(minutes=-7)
    client.list_buckets()
    skew = client.clock_skew
    assert skew is not None and abs(skew - timedelta(minutes=-7)) < timedelta(seconds=5)
    sandbox.faults.date_skew = timedelta(0)
    client.list_buckets()
    assert client.clock_skew is not None and abs(client.clock_skew) < timedelta(seconds=5)


def test_skew_is_measured_on_errors_too(sandbox: Sandbox, client: OssClient) -> None:
    sandbox.faults.date_skew = timedelta(hours=1)
    with pytest.raises(OssError):
        client.head_object(SANDBOX_BUCKET, "missing.txt")
    assert client.clock_skew is not None and abs(client.clock_skew - timedelta(hours=1)) < timedelta(seconds=5)
