"""`ossshare ls` against the sandbox, run through the real command-line entry point."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from ossshare.cli.ls_cmd import human_size
from ossshare.cli.main import main
from ossshare.core import Credentials
from ossshare.sandbox import Sandbox
from tests.fixtures.sandbox import SANDBOX_BUCKET, SANDBOX_REGION


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, sandbox_credentials: Credentials) -> None:
    monkeypatch.setenv("OSS_ACCESS_KEY_ID", sandbox_credentials.access_key_id)
    monkeypatch.setenv("OSS_ACCESS_KEY_SECRET", sandbox_credentials.access_key_secret)


@pytest.fixture
def tokyo(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time is UTC+9 (no daylight saving), so 'local dates' is checkable."""
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def run(sb: Sandbox, *args: str) -> list[str]:
    return ["ls", *args, "--endpoint", sb.endpoint, "--region", SANDBOX_REGION]


def out_lines(capsys: pytest.CaptureFixture[str], code: int) -> list[str]:
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert captured.err == ""
    return captured.out.splitlines()


@pytest.mark.parametrize(
    "size, text",
    [
        (0, "0 B"),
        (1023, "1023 B"),
        (1024, "1.0 KB"),
        (1536, "1.5 KB"),
        (5 * 1024**3, "5.0 GB"),
        (3 * 1024**6, "3072.0 PB"),
    ],
)
def test_human_size(size: int, text: str) -> None:
    assert human_size(size) == text


def test_ls_one_level_with_folders_sizes_and_local_dates(
    sandbox: Sandbox, env: None, tokyo: None, capsys: pytest.CaptureFixture[str]
) -> None:
    when = datetime(2024, 3, 1, 23, 30, tzinfo=UTC)  # 2024-03-02 08:30 in Tokyo
    sandbox.put_object(SANDBOX_BUCKET, "docs/big.bin", b"z" * 1536, last_modified=when)
    lines = out_lines(capsys, main(run(sandbox, f"oss://{SANDBOX_BUCKET}/docs/")))
    assert [line.split()[-1] for line in lines] == ["big.bin", "guide/", "readme.md"]
    assert lines[0].split() == ["2024-03-02", "08:30", "1.5", "KB", "big.bin"]
    assert lines[1].strip() == "guide/"
    assert lines[2].split()[2:] == ["9", "B", "readme.md"]


def test_ls_bucket_root(sandbox: Sandbox, env: None, capsys: pytest.CaptureFixture[str]) -> None:
    lines = out_lines(capsys, main(run(sandbox, f"oss://{SANDBOX_BUCKET}")))
    names = [line[len("YYYY-MM-DD HH:MM") + 2 + 9 + 2 :] for line in lines]
    assert names == ["docs/", "hello.txt", "photos/", "space name.txt", "日本語/"]


def test_ls_partial_prefix_names_relative_to_its_folder(
    sandbox: Sandbox, env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = out_lines(capsys, main(run(sandbox, f"oss://{SANDBOX_BUCKET}/docs/re")))
    assert [line.split()[-1] for line in lines] == ["readme.md"]


def test_ls_recursive_full_keys_across_pages(sandbox: Sandbox, env: None, capsys: pytest.CaptureFixture[str]) -> None:
    for i in range(25):
        sandbox.put_object(SANDBOX_BUCKET, f"many/{i:02d} file+{i}.txt", b"x" * i)
    code = main(run(sandbox, f"oss://{SANDBOX_BUCKET}/many/", "--recursive", "--page-size", "7"))
    lines = out_lines(capsys, code)
    assert [line[len("YYYY-MM-DD HH:MM") + 2 + 9 + 2 :] for line in lines] == [
        f"many/{i:02d} file+{i}.txt" for i in range(25)
    ]


def test_ls_buckets(sandbox: Sandbox, env: None, capsys: pytest.CaptureFixture[str]) -> None:
    sandbox.create_bucket("another-bucket")
    lines = out_lines(capsys, main(run(sandbox, "--page-size", "1")))
    assert [line.split()[-1] for line in lines] == ["another-bucket", SANDBOX_BUCKET]
    assert all(line.split()[2] == SANDBOX_REGION for line in lines)


def test_ls_missing_bucket_is_one_line_exit_2(sandbox: Sandbox, env: None, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(run(sandbox, "oss://no-such-bucket/"))
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert captured.err.count("\n") == 1
    assert captured.err.startswith("ossshare: error: Bucket not found: ")
    assert "NoSuchBucket" in captured.err


def test_ls_wrong_secret(
    sandbox: Sandbox, env: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OSS_ACCESS_KEY_SECRET", "wrong-secret-value")
    code = main(run(sandbox, f"oss://{SANDBOX_BUCKET}/"))
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1
    assert "Signature does not match" in err and "wrong-secret-value" not in err


def test_ls_unreachable_is_one_line_exit_2(env: None, capsys: pytest.CaptureFixture[str]) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code = main(
        ["ls", f"oss://{SANDBOX_BUCKET}/", "--endpoint", f"http://127.0.0.1:{port}", "--region", SANDBOX_REGION]
    )
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1
    assert f"Could not reach 127.0.0.1:{port}" in err


def test_ls_needs_credentials_and_a_region(sandbox: Sandbox, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(run(sandbox)) == 2
    assert "no credentials" in capsys.readouterr().err
    assert main(["ls", "not-an-oss-url"]) == 2
    assert "is not an oss:// URL" in capsys.readouterr().err


def test_ls_without_region(sandbox: Sandbox, env: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ls", "--endpoint", sandbox.endpoint]) == 2
    assert "--region is required" in capsys.readouterr().err


def test_ls_bad_page_size(sandbox: Sandbox, env: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(run(sandbox, "--page-size", "0")) == 2
    assert "--page-size" in capsys.readouterr().err
