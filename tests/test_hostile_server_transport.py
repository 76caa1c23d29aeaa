"""The transport under the client, beside the hostile modes: what keeps it cheap against an
honest server (kept-alive HEADs, deadline bookkeeping that does not grow with the number of
requests) and XML a hostile server could use to amplify a small reply."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from ossshare.core import Credentials, resolve_endpoint
from ossshare.oss import transport
from ossshare.oss.client import OssClient
from ossshare.oss.errors import ResponseError
from ossshare.sandbox import Sandbox
from tests.fixtures.hostile_server import HostileServer
from tests.fixtures.sandbox import SANDBOX_BUCKET, SANDBOX_REGION

HOSTILE_CREDENTIALS = Credentials("LTAI5tHostileTestKey", "HostileTestSecret0123456789")


class _NewConnections(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        if record.getMessage().startswith(("Starting new HTTP connection", "Resetting dropped connection")):
            self.count += 1


@pytest.fixture
def new_connections() -> Iterator[_NewConnections]:
    logger = logging.getLogger("urllib3.connectionpool")
    handler, level = _NewConnections(), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def test_heads_share_one_kept_alive_connection(
    sandbox: Sandbox, sandbox_credentials: Credentials, new_connections: _NewConnections
) -> None:
    endpoint = resolve_endpoint(SANDBOX_REGION, sandbox.endpoint)
    with OssClient(sandbox_credentials, SANDBOX_REGION, endpoint) as client:
        for _ in range(10):
            assert client.head_object(SANDBOX_BUCKET, "hello.txt").size == 15
            assert client.list_objects(SANDBOX_BUCKET).objects
    assert new_connections.count == 1


def test_deadline_bookkeeping_does_not_grow_with_requests(sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    endpoint = resolve_endpoint(SANDBOX_REGION, sandbox.endpoint)
    with OssClient(sandbox_credentials, SANDBOX_REGION, endpoint, deadline=600.0) as client:
        for _ in range(400):
            client.head_object(SANDBOX_BUCKET, "hello.txt")
    # 400 deadlines ten minutes away, all of them ended: swept, not kept until they fall due
    assert len(transport._WATCHDOG._heap) < 200


def test_an_entity_expansion_bomb_is_unreadable_not_expanded(hostile_server: HostileServer) -> None:
    hostile_server.set_mode("entity_bomb")
    endpoint = resolve_endpoint(hostile_server.region, hostile_server.endpoint)
    with (
        OssClient(HOSTILE_CREDENTIALS, hostile_server.region, endpoint, retries=0) as client,
        pytest.raises(ResponseError, match="amplification") as info,
    ):
        client.list_objects("hostile-bucket")
    assert info.value.title == "Unreadable reply from OSS"
