"""Real processes: a reader that goes away ends the CLI quietly (no traceback, nothing on
stderr), and log lines reach stderr escaped (core.visible) and redacted."""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from ossshare.core import Credentials
from ossshare.oss.redact import SafeFormatter
from ossshare.sandbox import Sandbox
from tests.fixtures.sandbox import SANDBOX_BUCKET, SANDBOX_REGION

REPO = Path(__file__).resolve().parent.parent
SIGN = ["sign", "oss://example-bucket/k.txt", "--region", "cn-hangzhou"]


def env_with(credentials: Credentials) -> dict[str, str]:
    env = dict(os.environ)
    env.update(OSS_ACCESS_KEY_ID=credentials.access_key_id, OSS_ACCESS_KEY_SECRET=credentials.access_key_secret)
    env["PYTHONPATH"] = str(REPO)
    return env


def into_closed_pipe(argv: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run ossshare with a stdout whose reader has already gone."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run(
            [sys.executable, "-m", "ossshare", *argv], stdout=write_end, stderr=subprocess.PIPE,
            text=True, env=env, timeout=60, check=False,
        )
    finally:
        os.close(write_end)


@pytest.mark.parametrize("argv", [SIGN, [*SIGN, "--json"]])
def test_a_closed_pipe_ends_quietly(argv: list[str], sandbox_credentials: Credentials) -> None:
    done = into_closed_pipe(argv, env_with(sandbox_credentials))
    assert done.stderr == ""
    assert done.returncode == 1


@pytest.mark.parametrize("argv", [["sign", "--help"], ["--version"]])
def test_help_into_a_closed_pipe_is_quiet(argv: list[str], sandbox_credentials: Credentials) -> None:
    done = into_closed_pipe(argv, env_with(sandbox_credentials))
    assert done.stderr == ""
    assert done.returncode in (0, 1)  # argparse itself ignores a failed write of its help


def test_ls_into_head_ends_quietly(sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    for n in range(3000):
        sandbox.put_object(SANDBOX_BUCKET, f"logs/{n:05}.log", b"x")
    argv = ["ls", f"oss://{SANDBOX_BUCKET}/logs/", "--endpoint", sandbox.endpoint, "--region", SANDBOX_REGION]
    ls = subprocess.Popen(
        [sys.executable, "-m", "ossshare", *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env=env_with(sandbox_credentials),
    )
    assert ls.stdout is not None and ls.stderr is not None
    head = subprocess.run(["head", "-c", "1"], stdin=ls.stdout, capture_output=True, timeout=60, check=True)
    ls.stdout.close()  # only head reads it: when head leaves, the pipe has no reader
    err = ls.stderr.read().decode()
    ls.stderr.close()
    assert ls.wait(timeout=60) == 1  # the listing (~150 KB) cannot fit the pipe: it was cut
    assert head.stdout == b"2" and err == ""


def test_sandbox_log_lines_are_escaped(sandbox_credentials: Credentials) -> None:
    server = subprocess.Popen(
        [sys.executable, "-m", "ossshare", "sandbox", "--verbose", "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env_with(sandbox_credentials),
    )
    assert server.stdout is not None
    try:
        endpoint = server.stdout.readline().split("endpoint: ", 1)[1].strip()
        host, port = endpoint.removeprefix("http://").rsplit(":", 1)
        with socket.create_connection((host, int(port)), timeout=10) as conn:
            # A request line straight from a client: ESC, a C1 byte and a newline-free forgery.
            conn.sendall(b"GET /test-bucket/\x1b[2J\x9bk?x-oss-signature=abc123 HTTP/1.1\r\nHost: h\r\n\r\n")
            assert conn.recv(65536).startswith(b"HTTP/1.1 ")
    finally:
        server.terminate()
        _, err = server.communicate(timeout=30)
    assert "/test-bucket/\\x1b[2J\\x9bk" in err
    assert "\x1b" not in err and "\x9b" not in err and "abc123" not in err


def test_the_formatter_escapes_messages_and_tracebacks() -> None:
    formatter = SafeFormatter("%(levelname)s %(message)s")
    record = logging.LogRecord("t", logging.WARNING, __file__, 1, "key %s done", ("a\nINFO forged\x1b[2J",), None)
    assert formatter.format(record) == "WARNING key a\\x0aINFO forged\\x1b[2J done"
    try:
        raise ValueError("bad \u202ename ?x-oss-signature=abc123")
    except ValueError:
        record = logging.LogRecord("t", logging.ERROR, __file__, 1, "failed", (), sys.exc_info())
    text = SafeFormatter().format(record)
    assert "\u202e" not in text and "\\u202ename" in text and "abc123" not in text
    assert text.splitlines()[0] == "failed" and text.splitlines()[-1].startswith("ValueError: ")


def test_records_without_a_handler_are_escaped_too(sandbox_credentials: Credentials) -> None:
    code = (
        "import logging, sys\n"
        "from ossshare.cli.main import main\n"
        "main(['--version'])\n"
        "logging.getLogger('ossshare.test').warning('from a server: %s', 'a\\x1b[2J\\nforged')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env_with(sandbox_credentials), timeout=60
    )
    assert done.stderr == "from a server: a\\x1b[2J\\x0aforged\n"
