"""`ossshare sandbox` as a real process: it prints its endpoint, serves, and stops on SIGTERM or Ctrl+C."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from ossshare.core import Credentials
from ossshare.sandbox.demo import ARCHIVE_KEY, DEMO_BUCKET, MANY_COUNT, MANY_PREFIX
from tests.fixtures.sandbox import signed_request

CRED = Credentials("LTAI5tCliSandboxKey", "CliSandboxSecret0123456789")


class Running:
    def __init__(self, proc: subprocess.Popen[str]) -> None:
        self.proc = proc
        self.lines: dict[str, str] = {}
        for line in proc.stdout or []:
            name, sep, value = line.strip().partition(": " if ": " in line else "=")
            if sep:
                self.lines[name] = value
            if line.startswith("serving"):
                break

    @property
    def endpoint(self) -> str:
        return self.lines["endpoint"]


def start(args: list[str], env_extra: dict[str, str]) -> Running:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OSS_")} | env_extra
    proc = subprocess.Popen(
        [sys.executable, "-m", "ossshare", "sandbox", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    return Running(proc)


@pytest.fixture
def running(tmp_path: Path) -> Iterator[Running]:
    (tmp_path / "cli-bucket" / "dir").mkdir(parents=True)
    (tmp_path / "cli-bucket" / "dir" / "file.txt").write_bytes(b"served by the command")
    run = start(
        ["--port", "0", "--data", str(tmp_path)],
        {"OSS_ACCESS_KEY_ID": CRED.access_key_id, "OSS_ACCESS_KEY_SECRET": CRED.access_key_secret},
    )
    yield run
    if run.proc.poll() is None:
        run.proc.kill()
    run.proc.communicate()


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT])
def test_serves_data_dir_and_stops_on_signal(running: Running, stop_signal: signal.Signals) -> None:
    assert running.endpoint.startswith("http://127.0.0.1:")
    assert running.lines["region"] == "cn-hangzhou"
    assert "OSS_ACCESS_KEY_SECRET" not in running.lines  # the real secret is never printed
    resp = signed_request(running.endpoint, CRED, "GET", "cli-bucket", "dir/file.txt")
    assert resp.status_code == 200 and resp.content == b"served by the command"
    running.proc.send_signal(stop_signal)  # SIGINT is what Ctrl+C sends
    out, err = running.proc.communicate(timeout=30)
    assert running.proc.returncode == 0
    assert CRED.access_key_secret not in out + err


def test_demo_prints_generated_credentials(tmp_path: Path) -> None:
    run = start(["--demo"], {})
    try:
        cred = Credentials(run.lines["OSS_ACCESS_KEY_ID"], run.lines["OSS_ACCESS_KEY_SECRET"])
        remote = run.endpoint
        listing = signed_request(
            remote, cred, "GET", DEMO_BUCKET, query=[("list-type", "2"), ("prefix", MANY_PREFIX), ("max-keys", "1000")]
        )
        root = ET.fromstring(listing.content)
        assert root.findtext("KeyCount") == "1000" and root.findtext("IsTruncated") == "true"
        assert MANY_COUNT > 1000
        head = signed_request(remote, cred, "HEAD", DEMO_BUCKET, ARCHIVE_KEY)
        assert head.headers["x-oss-storage-class"] == "Archive"
    finally:
        run.proc.terminate()
        run.proc.communicate(timeout=30)
    assert run.proc.returncode == 0


def test_refuses_to_start_without_credentials(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "ossshare", "sandbox", "--data", str(tmp_path)],
        capture_output=True, text=True, env={k: v for k, v in os.environ.items() if not k.startswith("OSS_")},
        timeout=60,
    )
    assert proc.returncode == 2
    assert "OSS_ACCESS_KEY_ID" in proc.stderr and proc.stdout == ""


def test_refuses_missing_data_dir(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "ossshare", "sandbox", "--demo", "--data", str(tmp_path / "absent")],
        capture_output=True, text=True, timeout=60,
    )
    assert proc.returncode == 2 and "not a directory" in proc.stderr
