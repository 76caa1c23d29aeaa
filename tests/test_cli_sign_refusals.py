"""Input `ossshare sign` refuses: each is one line on stderr naming the field, exit status 2,
nothing on stdout and no traceback (the overflows used to end in one)."""

from __future__ import annotations

import pytest

from ossshare.cli.main import main

BASE = ["sign", "oss://example-bucket/k.png", "--region", "cn-hangzhou"]
V1 = ["--signature-version", "1"]

LIMIT = "x-oss-traffic-limit"
IN_QUERY = "--traffic-limit-in-query"
TOO_LONG = "--expires: reaches too far in the future"
MUST_LIE = "must lie between 1970-01-01T00:00:00Z and 9999-12-31T23:59:59Z"
TWICE = "is given twice"
CONTROL = "x-oss-process: must not contain"
MAX_STYLE = "x-oss-process: may be at most 4,096 characters"

CASES = [
    # Durations and instants beyond what a date can hold.
    ("huge seconds", ["--expires", "99999999999999999999999"], TOO_LONG),
    ("huge weeks", ["--expires", "99999999999999w"], TOO_LONG),
    ("5,000 digits", ["--expires", "9" * 5000], TOO_LONG),
    ("digits of another script", ["--expires", "١٢"], "--expires: '١٢' is not a duration"),
    ("v1 expires 10^12 s", [*V1, "--expires", "1000000000000"], TOO_LONG),
    ("v1 expiration in 10000 UTC", [*V1, "--expiration", "9999-12-31T23:59:59-14:00"], "--expiration: " + MUST_LIE),
    ("signing time in 0 UTC", ["--signing-time", "0001-01-01T00:00:00+14:00"], "--signing-time: " + MUST_LIE),
    ("signing time before 1970", [*V1, "--signing-time", "1969-12-31T23:59:59Z"], "--signing-time: " + MUST_LIE),
    # The traffic limit, in the query or as a header.
    (
        "limit in the query and as a header",
        ["--traffic-limit", "819200", IN_QUERY, "--header", f"{LIMIT}:819200"],
        f"traffic limit: cannot be both in the query and in header {LIMIT}",
    ),
    (
        "query form, limit only as a header",
        [IN_QUERY, "--header", f"{LIMIT}:819200"],
        f"traffic limit: cannot be both in the query and in header {LIMIT}",
    ),
    ("header limit not a number", ["--header", f"{LIMIT}:abc"], f"header {LIMIT}: must be a whole number"),
    ("header limit too low", ["--header", f"{LIMIT}:8192"], f"header {LIMIT}: must be between 819,200"),
    ("header limit too high", ["--header", f"{LIMIT}:838860801"], f"header {LIMIT}: must be between"),
    ("header limit of 5,000 digits", ["--header", f"{LIMIT}:" + "9" * 5000], "must be a whole number"),
    ("limit as option and header", ["--traffic-limit", "819200", "--header", f"{LIMIT}:819200"], "limit: " + TWICE),
    ("query form without a limit", [IN_QUERY], "traffic limit in query: needs a traffic limit"),
    ("v1 query form without a limit", [*V1, IN_QUERY], "traffic limit in query: needs a traffic limit"),
    ("option limit out of range", ["--traffic-limit", "99999999999999999999999"], "traffic limit: must be between"),
    # Header names.
    ("additional header with _", ["--additional-header", "my_h: 1"], "additional header 'my_h': must not contain '_'"),
    ("x-oss header with _", ["--header", "x-oss-meta-a_b: 1"], "header 'x-oss-meta-a_b': must not contain '_'"),
    ("header given twice", ["--header", "x-oss-meta-a: 1", "--header", "X-Oss-Meta-A: 2"], "'X-Oss-Meta-A': " + TWICE),
    ("range behavior twice", ["--range-behavior", "standard", "--header", "x-oss-range-behavior:standard"], TWICE),
    # --process.
    ("empty process", ["--process", ""], "x-oss-process: must not be empty"),
    ("process with a line break", ["--process", "image/resize,w_100\nx"], CONTROL),
    ("process with a tab", ["--process", "image/resize,\tw_100"], CONTROL),
    ("process with a C1 control", ["--process", "image/resize,w_100\x85"], CONTROL),
    ("process too long", ["--process", "image/resize,w_1" + "0" * 5000], MAX_STYLE),
    ("v1 process too long", [*V1, "--process", "x" * 4097], MAX_STYLE),
]


@pytest.fixture(autouse=True)
def env_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OSS_ACCESS_KEY_ID", "LTAI5tRefusalKey")
    monkeypatch.setenv("OSS_ACCESS_KEY_SECRET", "refusal-secret")


@pytest.mark.parametrize("extra,reason", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_refused_in_one_line(capsys: pytest.CaptureFixture[str], extra: list[str], reason: str) -> None:
    code = main([*BASE, *extra])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err.startswith("ossshare: error: ") and err.count("\n") == 1, err
    assert reason in err
    assert "Traceback" not in err and "refusal-secret" not in err


@pytest.mark.parametrize(
    "extra",
    [
        ["--traffic-limit", "819200", "--traffic-limit-in-query"],
        ["--header", "x-oss-traffic-limit:838860800"],
        ["--additional-header", "If-Match: \"abc\""],
        ["--expires", "7d"],
        [*V1, "--expires", "5000w"],
        [*V1, "--expiration", "9999-12-31T23:59:59Z"],
        ["--signing-time", "1970-01-01T00:00:00Z"],
        ["--process", "image/resize,w_1" + "0" * 4079],  # exactly 4,096 characters
    ],
    ids=[
        "query limit", "header limit", "additional header", "7 days", "v1 5000 weeks", "v1 last instant", "epoch",
        "longest style",
    ],
)
def test_the_limits_themselves_are_accepted(capsys: pytest.CaptureFixture[str], extra: list[str]) -> None:
    code = main([*BASE, *extra])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert out.startswith("https://example-bucket.oss-cn-hangzhou.aliyuncs.com/k.png?")
