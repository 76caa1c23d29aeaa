"""`ossshare ls` against a hostile server: names and error fields with control characters are
printed escaped (core.visible), one name a line; a bomb, an endless body or an endless listing
is one line on stderr and exit 2, in a process whose peak RSS stays small."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from ossshare.cli.main import main
from ossshare.core.visible import visible
from tests.fixtures.hostile_server import CONTROL_KEYS, ERROR_FIELDS, HostileServer, gzip_bomb

ENV = {"OSS_ACCESS_KEY_ID": "LTAI5tHostileTestKey", "OSS_ACCESS_KEY_SECRET": "HostileTestSecret0123456789"}
# What a terminal would act on: C0 but tab, DEL, C1, bidi controls.
RAW_CONTROLS = {*map(chr, range(0x20)), *map(chr, range(0x7F, 0xA0)), "\u202e", "\u2066"} - {"\t"}
# Run `ossshare` and report its own peak memory (VmHWM, KiB) as stderr's last line. Not
# getrusage's ru_maxrss: Linux carries the parent's high-water mark into a child across
# vfork/exec, so that would report pytest's own peak (seen: 376 MB for every mode in CI).
RSS_PROBE = (
    "import re, sys\n"
    "from ossshare.cli.main import main\n"
    "code = main(sys.argv[1:])\n"
    "status = open('/proc/self/status').read()\n"
    "print(re.search(r'VmHWM:\\s*(\\d+) kB', status).group(1), file=sys.stderr)\n"
    "sys.exit(code)\n"
)


def ls_args(server: HostileServer, *target: str) -> list[str]:
    return ["ls", *target, "--endpoint", server.endpoint, "--region", server.region]


@pytest.fixture
def credentials_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in ENV.items():
        monkeypatch.setenv(name, value)


def test_ls_prints_control_keys_escaped_one_a_line(
    hostile_server: HostileServer, credentials_env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile_server.set_mode("control_keys")
    assert main(ls_args(hostile_server, "oss://hostile-bucket/", "--recursive")) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert len(lines) == len(CONTROL_KEYS)  # the key with a newline forged no extra line
    assert not RAW_CONTROLS & set(out) - {"\n"}
    for key in CONTROL_KEYS:
        assert sum(line.endswith(visible(key)) for line in lines) == 1
    assert any(line.endswith("esc\\x1b[2Jcleared.txt") for line in lines)


def test_ls_error_fields_are_escaped_on_one_line(
    hostile_server: HostileServer, credentials_env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile_server.set_mode("control_error")
    assert main(ls_args(hostile_server)) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    err = captured.err
    assert err.count("\n") == 1 and err.endswith("\n")
    assert not RAW_CONTROLS & set(err[:-1])
    for field in ("request_id", "ec"):
        assert visible(ERROR_FIELDS[field]) in err


@pytest.mark.parametrize(
    "mode,says",
    [
        ("gzip_bomb", "came compressed (gzip, HTTP 200)"),
        ("oversize", "is larger than 8 MiB"),
        ("cycle", "came back to a page marker it had already sent"),
        ("empty_pages", "empty pages in a row without ending"),
    ],
)
def test_ls_ends_in_one_line_with_a_small_peak_rss(hostile_server: HostileServer, mode: str, says: str) -> None:
    hostile_server.set_mode(mode)
    gzip_bomb()
    done = subprocess.run(
        [sys.executable, "-c", RSS_PROBE, *ls_args(hostile_server)],
        env={**os.environ, **ENV},
        capture_output=True,
        text=True,
        timeout=60,
    )
    *lines, rss_kib = done.stderr.splitlines()
    assert done.returncode == 2 and done.stdout.count("\n") <= 3  # the pages before a loop showed
    assert len(lines) == 1 and says in lines[0], lines
    assert "Unreadable reply from OSS: " in lines[0]
    assert int(rss_kib) < 200 * 1024  # before: 2,079 MB for the bomb, 929 MB for 300 MB
