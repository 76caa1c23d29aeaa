"""Starting, stopping and serving many clients at once."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests

from ossshare.core import Credentials
from ossshare.sandbox import Sandbox
from tests.fixtures.sandbox import SANDBOX_BUCKET, signed_request


def test_parallel_clients(sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    def work(n: int) -> tuple[int, bytes]:
        key = f"parallel/{n % 7}.txt"
        put = signed_request(sandbox, sandbox_credentials, "PUT", SANDBOX_BUCKET, key, body=str(n).encode())
        got = signed_request(sandbox, sandbox_credentials, "GET", SANDBOX_BUCKET, key)
        return put.status_code, got.content

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(work, range(80)))
    assert all(status == 200 and body.isdigit() for status, body in results)
    versions = sandbox.store.list_versions(SANDBOX_BUCKET, "parallel/", "", "", "", 1000)
    assert len(versions.items) == 80  # every write became its own version


def test_stop_with_idle_keep_alive_connection(tmp_path: Path, sandbox_credentials: Credentials) -> None:
    sb = Sandbox(tmp_path, sandbox_credentials)
    sb.start()
    session = requests.Session()
    endpoint = sb.endpoint
    try:
        assert session.get(endpoint + "/", timeout=10).status_code == 403  # connection kept open
        done = threading.Event()
        stopper = threading.Thread(target=lambda: (sb.stop(), done.set()))
        stopper.start()
        assert done.wait(30), "stop() hung on an idle keep-alive connection"
        stopper.join()
        with pytest.raises(requests.exceptions.ConnectionError):
            session.get(endpoint + "/", timeout=5)
    finally:
        session.close()


def test_start_stop_restart_and_context(tmp_path: Path, sandbox_credentials: Credentials) -> None:
    sb = Sandbox(tmp_path, sandbox_credentials)
    with pytest.raises(RuntimeError):
        _ = sb.endpoint
    sb.start()
    first = sb.port
    sb.start()  # idempotent
    assert sb.port == first
    sb.stop()
    sb.stop()  # idempotent
    with sb:
        assert requests.get(sb.endpoint + "/", timeout=10).status_code == 403
