"""Property: whatever argv `ossshare sign` is given (its own option names, hostile values, huge
numbers, unknown secret-like options), it exits 0 or 2, never with a traceback, and on 2 it
says why in exactly one line that repeats no value typed after an unknown option."""

from __future__ import annotations

import argparse

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ossshare.cli.main import build_parser, main

AK, SK = "LTAI5tProperty", "property-secret"
MARKER = "Zq7MarkerSecret"  # typed after unknown secret-like options only: must never be echoed
# Options that would reach beyond this process: --recursive lists over the network,
# --profile opens the keyring, --from-file reads files (`-` is stdin).
OUTSIDE = {"--recursive", "-r", "--profile", "--from-file"}


def _sign_options() -> list[tuple[str, bool]]:
    """(option name, takes a value) for every option of `sign`, from the parser itself."""
    parser = build_parser("sign")
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    sign = sub.choices["sign"]
    return [
        (name, action.nargs != 0)
        for action in sign._actions
        for name in action.option_strings
        if name not in OUTSIDE
    ]


OPTIONS = _sign_options()

HOSTILE = st.sampled_from(
    [
        "", " ", "-", "--", "0", "-1", "1e309", "nan", "inf", "0x10", "1_000", "٣", "１",
        "99999999999999999999999", "9" * 5001, "99999999999999w", "1000000000000", "604800", "604801",
        "1h30m", "7d", "15m", "-5m", "0s",
        "9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00", "2026-12-01T09:00:00+08:00",
        "2026-12-01T09:00:00", "1970-01-01T00:00:00Z",
        "http://[::1", "evil.com\\good.com", 'ev<i>l".com', "h.com%0a", "http://:9000", "h.com:",
        "http://127.1:9000", "münchen.de", "a" * 300, "oss-cn-hangzhou.aliyuncs.com",
        "a\nb", "\x1b[2J", "\u202e", "\x00", "\udcff", "\x9b", "\\",
        "x-oss-meta-a:b", "x-oss-traffic-limit:abc", "x_oss_meta:1", "Range: bytes=0-1", ":", "a:",
        "oss://example-bucket/k", "oss://", "oss://Bad_Bucket/k", "s3://x/y",
        "GET", "HEAD", "1", "4", "819200", "838860801", "image/resize,w_100", "%", "'", '"',
        "cn-hangzhou", "r" * 1000,
    ]
)
VALUES = st.one_of(
    HOSTILE,
    st.text(max_size=24).filter(lambda v: MARKER not in v),
    st.integers(-(10**30), 10**30).map(str),
)


@st.composite
def sign_argv(draw: st.DrawFn) -> list[str]:
    argv = ["sign"]
    if draw(st.booleans()):
        argv.append(draw(st.one_of(st.just("oss://example-bucket/dir/k.txt"), VALUES)))
    if draw(st.booleans()):
        argv += ["--region", "cn-hangzhou"]
    for name, takes_value in draw(st.lists(st.sampled_from(OPTIONS), max_size=6)):
        argv.append(name)
        if takes_value:
            argv.append(draw(VALUES))
    if draw(st.integers(0, 4)) == 0:
        unknown = draw(st.sampled_from(["--secret", "--access-key-secret", "--token", "--sts", "-p"]))
        at = draw(st.integers(1, len(argv)))
        argv[at:at] = [unknown, MARKER]
    return argv


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(argv=sign_argv())
def test_sign_exits_0_or_2_in_one_line(
    argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OSS_ACCESS_KEY_ID", AK)
    monkeypatch.setenv("OSS_ACCESS_KEY_SECRET", SK)
    code = main(argv)
    out, err = capsys.readouterr()
    assert code in (0, 2), (argv, err)
    assert "Traceback" not in err and SK not in err and SK not in out
    if MARKER in argv:
        assert MARKER not in err
    if code == 2:
        assert err.startswith("ossshare: error: ") and err.count("\n") == 1 and err.endswith("\n"), (argv, err)
    elif "--help" not in argv and "-h" not in argv:
        assert out.strip(), argv
        assert all(line.startswith("ossshare: warning: ") for line in err.splitlines()), (argv, err)
