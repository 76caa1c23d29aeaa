"""Every bad argument is one line on stderr with exit status 2, never a traceback, and a value
typed after a secret-like option name is never repeated back (issue 9)."""

from __future__ import annotations

import json

import pytest

from ossshare.cli.main import main
from ossshare.services.settings import default_settings_path

AK, SK = "LTAI5tOneLine", "one-line-secret"
SECRET = "Sup3rS3cretValue0123456789"
OBJECT = ["oss://example-bucket/k.txt", "--region", "cn-hangzhou"]
PROFILE_ADD = ["profile", "add", "w", "--access-key-id", AK, "--region", "cn-hangzhou", "--secret-stdin"]


@pytest.fixture(autouse=True)
def env_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OSS_ACCESS_KEY_ID", AK)
    monkeypatch.setenv("OSS_ACCESS_KEY_SECRET", SK)


def one_line_failure(capsys: pytest.CaptureFixture[str], argv: list[str]) -> str:
    code = main(argv)
    out, err = capsys.readouterr()
    assert code == 2, (out, err)
    assert out == ""
    assert err.startswith("ossshare: error: ") and err.endswith("\n") and err.count("\n") == 1, err
    assert "Traceback" not in err and SK not in err
    return err


BAD_ENDPOINTS = [
    ("http://[::1", "needs its closing ']'"),
    ("evil.com\\good.com", "'evil.com\\\\good.com' holds a backslash"),  # the value escaped on the way out
    ('ev<i>l".com', "holds '<'"),
    ("ev\x01il.com", "holds U+0001"),
    ("http://:9000", "names no host"),
    ("oss.example.com:", "port must be a number from 1 to 65535"),
    ("x." + "a" * 300 + ".com", "characters long"),
    ("b." + "a" * 64 + ".com", "label longer than 63"),
    ("h.com%0a", "holds '%'"),
    ("oss-cn-hangzhou.aliyun\ncs.com", "holds U+000A"),
    ("oss-cn-hangzhou.aliyun\tcs.com", "holds U+0009"),
]


@pytest.mark.parametrize(("endpoint", "rule"), BAD_ENDPOINTS)
@pytest.mark.parametrize(
    "command", [["sign", *OBJECT], ["ls", "oss://example-bucket/", "--region", "cn-hangzhou"], PROFILE_ADD]
)
def test_bad_endpoints_everywhere(
    capsys: pytest.CaptureFixture[str], command: list[str], endpoint: str, rule: str
) -> None:
    err = one_line_failure(capsys, [*command, "--endpoint", endpoint])
    assert "endpoint: " in err and rule in err


@pytest.mark.parametrize(
    ("argv", "rule"),
    [
        (["sign", "oss://example-bucket/k.txt", "--region", "r" * 1000], "region: a region id has at most 64"),
        (["sign", *OBJECT, "--expires", "99999999999999999999999"], "--expires"),
        (["sign", *OBJECT, "--expires", "99999999999999w"], "--expires"),
        (["sign", *OBJECT, "--signature-version", "1", "--expires", "1000000000000"], "--expires"),
        (["sign", *OBJECT, "--signature-version", "1", "--expiration", "9999-12-31T23:59:59-14:00"], "--expiration"),
        (["sign", *OBJECT, "--signing-time", "0001-01-01T00:00:00+14:00"], "--signing-time"),
        (["sign", *OBJECT, "--traffic-limit", "9" * 5001], "argument --traffic-limit: invalid int value: '9999"),
        (["sign", *OBJECT, "--method", "DELETE"], "argument --method: invalid choice (choose from 'GET', 'HEAD')"),
        (["sign", *OBJECT, "--region"], "argument --region: expected one argument"),
        (["sign", *OBJECT, "--expir", "1h"], "unrecognised argument: --expir "),  # no abbreviations
        (["ls", "--page-size", "99999999999999999999999"], "--page-size must be between 1 and 1000"),
        (["ls", "oss://example-bucket/", "--recursive=yes"], "-r/--recursive: ignored explicit argument 'yes'"),
        (["no-such-command"], "argument COMMAND: invalid choice (choose from 'sign', "),
        (["--demo", "--bogus"], "unrecognised argument: --bogus (see 'ossshare --help')"),
    ],
)
def test_one_line_and_status_2(capsys: pytest.CaptureFixture[str], argv: list[str], rule: str) -> None:
    assert rule in one_line_failure(capsys, argv)


def test_a_huge_value_is_not_echoed_whole(capsys: pytest.CaptureFixture[str]) -> None:
    err = one_line_failure(capsys, ["sign", *OBJECT, "--traffic-limit", "9" * 5001])
    assert "(5,001 characters)" in err and len(err) < 300


@pytest.mark.parametrize(
    "argv",
    [
        ["sign", *OBJECT, "--secret", SECRET],
        ["sign", *OBJECT, f"--access-key-secret={SECRET}"],
        ["sign", *OBJECT, "--token", SECRET],
        ["sign", *OBJECT, "--sts-token", SECRET],
        ["sign", *OBJECT, "-s", SECRET],
        ["sign", *OBJECT, f"-S{SECRET}"],
        ["ls", "--password", SECRET],
        ["profile", "add", "w", "--access-key-id", AK, "--region", "cn-hangzhou", "--secret", SECRET],
        ["profile", "add", "w", "--access-key-id", AK, "--region", "cn-hangzhou", f"--secret-stdin={SECRET}"],
        ["profile", "add", "w", "--access-key-id", AK, "--region", "cn-hangzhou", "--sts-tok", SECRET],
        ["--secret", SECRET],  # before any command: the value would be taken for the command
        ["--access-key-secret", SECRET, "sign", *OBJECT],
    ],
)
def test_a_secret_typed_on_the_command_line_is_not_echoed(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    err = one_line_failure(capsys, argv)
    assert SECRET not in err and SECRET[:12] not in err


def test_the_unknown_option_is_named(capsys: pytest.CaptureFixture[str]) -> None:
    err = one_line_failure(capsys, ["sign", *OBJECT, "--secret", SECRET, "--also=x", "stray"])
    assert "unrecognised arguments: --secret, --also" in err
    assert "(see 'ossshare sign --help')" in err


def test_secret_is_no_abbreviation_of_secret_stdin(capsys: pytest.CaptureFixture[str]) -> None:
    err = one_line_failure(capsys, [*PROFILE_ADD[:-1], "--secret"])
    assert "unrecognised argument: --secret " in err


def test_control_characters_in_an_error_are_shown_escaped(capsys: pytest.CaptureFixture[str]) -> None:
    err = one_line_failure(capsys, ["sign", "oss://example-bucket/k", "--region", "cn-\x1b[2J\u202ehangzhou\nx"])
    assert "\x1b" not in err and "\u202e" not in err
    assert "cn-\\x1b[2J\\u202ehangzhou\\x0ax" in err


def test_help_and_version_still_exit_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("ossshare ")
    assert main(["sign", "--help"]) == 0
    assert "--signing-time" in capsys.readouterr().out


@pytest.mark.parametrize("option", ["--expires", "--expiration", "--header", "--additional-header"])
def test_a_typed_value_is_quoted_once_escaped_once_and_clipped(capsys: pytest.CaptureFixture[str], option: str) -> None:
    err = one_line_failure(capsys, ["sign", *OBJECT, option, "\x1b[2J" + "a" * 5000])
    assert f"{option}" in err and "'\\x1b[2Jaaa" in err  # no repr on top of the escaping: one backslash
    assert "(5,004 characters)" in err and len(err) < 400


def test_an_overlong_line_keeps_its_start_and_its_rule(capsys: pytest.CaptureFixture[str]) -> None:
    err = one_line_failure(capsys, ["sign", "s3://" + "b" * 5000, "--region", "cn-hangzhou"])
    assert err.startswith("ossshare: error: 's3://bbb") and err.rstrip().endswith("(expected oss://BUCKET/KEY)")
    assert "characters not shown" in err and len(err) < 1100


GOOD_PROFILE = {"access_key_id": "LTAI5tGood", "region": "cn-hangzhou"}


def with_bad_profile(endpoint: str) -> str:
    profiles = {"bad": {**GOOD_PROFILE, "endpoint": endpoint}, "good": GOOD_PROFILE}
    return json.dumps({"schema": 1, "profiles": profiles})


@pytest.mark.parametrize(
    "document",
    [
        "[" * 100_000 + "]" * 100_000,
        '{"schema": 1, "n": ' + "9" * 5001 + "}",
        with_bad_profile("http://[::1"),
        with_bad_profile("ev\x1bil.com"),
    ],
)
def test_a_bad_settings_file_is_never_a_traceback(capsys: pytest.CaptureFixture[str], document: str) -> None:
    path = default_settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(document, encoding="utf-8")
    code = main(["sign", *OBJECT, "--profile", "bad"])
    out, err = capsys.readouterr()
    assert code == 2 and out == "" and "Traceback" not in err and "\x1b" not in err
    lines = err.splitlines()
    assert all(line.startswith("ossshare: warning: ") for line in lines[:-1])  # what was moved aside or skipped
    assert lines[-1].startswith("ossshare: error: ")
    if "good" in document:  # the bad profile hides no other
        assert main(["profile", "list"]) == 0
        assert "good" in capsys.readouterr().out
