"""Importing a damaged ossutil or aliyun file never shows or saves a secret from it.

A line break lost (the secret pasted onto the end of the endpoint line) or an indented line
(configparser joins it to the value above) moves the secret into a setting that is quoted in
messages and written to the settings file. Such a section is skipped without quoting it.
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from ossshare.cli.main import main
from ossshare.services.ossutil_import import read_aliyun_config, read_ossutil_config
from ossshare.services.settings import default_settings_path

SECRET = "BrokenLineSecret0123456789abcdef"
TOKEN = "BrokenLineStsToken0123456789"
GOOD = "accessKeyID=LTAI5tBrokenLineId\naccessKeySecret=OtherSecretValue0123456789\n"

OSSUTIL_FILES = {
    "secret on the endpoint line": (
        f"[Credentials]\nendpoint=oss-cn-hangzhou.aliyuncs.com accessKeySecret={SECRET}\n{GOOD}"
    ),
    "indented secret joins the endpoint": (
        f"[Credentials]\nendpoint=oss-cn-hangzhou.aliyuncs.com\n    accessKeySecret={SECRET}\n{GOOD}"
    ),
    "token on the region line": f"[profile dev]\nregion=cn-hangzhou stsToken={TOKEN}\n{GOOD}",
    "indented token joins the mode": f"[default]\nregion=cn-hangzhou\nmode=StsToken\n  stsToken={TOKEN}\n{GOOD}",
    "indented secret joins a custom domain": (
        f"[Credentials]\nendpoint=oss-cn-hangzhou.aliyuncs.com\n{GOOD}"
        f"[Bucket-Cname]\nmy-bucket=cdn.example.com\n  {SECRET}\n"
    ),
    "token on the secret line": (
        f"[Credentials]\naccessKeyID=LTAI5tBrokenLineId\naccessKeySecret={SECRET} stsToken={TOKEN}\n"
    ),
    "secret on a bucket endpoint line": (
        f"[Credentials]\nendpoint=oss-cn-hangzhou.aliyuncs.com\n{GOOD}"
        f"[Bucket-Endpoint]\nmy-bucket=oss-cn-beijing.aliyuncs.com {SECRET}\n"
    ),
}


def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out + err


@pytest.mark.parametrize("text", OSSUTIL_FILES.values(), ids=OSSUTIL_FILES.keys())
def test_broken_ossutil_line_is_neither_quoted_nor_saved(
    text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "ossutilconfig"
    source.write_text(text)

    plan = read_ossutil_config(source)
    assert plan.candidates == []
    (skipped,) = plan.skipped
    assert "broken" in skipped.reason
    shown = repr(plan) + skipped.reason

    output = cli(monkeypatch, capsys, "profile", "import", "--from", "ossutil", "--path", str(source))
    assert "broken" in output
    settings = default_settings_path()
    saved = settings.read_text("utf-8") if settings.exists() else ""
    for where, content in (("plan", shown), ("output", output), ("settings", saved)):
        assert SECRET not in content and TOKEN not in content, where


def test_broken_aliyun_fields_are_not_quoted(tmp_path: Path) -> None:
    source = tmp_path / "config.json"
    entries = [
        {"name": "a", "mode": f"AK {SECRET}", "access_key_id": "LTAI5tBrokenLineId", "access_key_secret": "x"},
        {
            "name": "b",
            "mode": "AK",
            "access_key_id": "LTAI5tBrokenLineId",
            "access_key_secret": "x",
            "region_id": f"cn-hangzhou\n{SECRET}",
        },
    ]
    source.write_text(json.dumps({"profiles": entries}))
    plan = read_aliyun_config(source)
    assert plan.candidates == [] and len(plan.skipped) == 2
    assert all(SECRET not in s.reason for s in plan.skipped)


def test_a_sound_file_still_imports(tmp_path: Path) -> None:
    source = tmp_path / "ossutilconfig"
    source.write_text(
        f"[Credentials]\nendpoint = oss-cn-hangzhou.aliyuncs.com\n{GOOD}[Bucket-Cname]\nmy-bucket = cdn.example.com\n"
    )
    plan = read_ossutil_config(source)
    (candidate,) = plan.candidates
    assert candidate.profile.region == "cn-hangzhou" and candidate.profile.cnames == {"my-bucket": "cdn.example.com"}
