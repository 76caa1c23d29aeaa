"""Messages from below the UI reach a window user in their language: every message the core, the
client and the services can build is in the UI's catalogue (ossshare/ui/error_messages.py), and
a translation replaces it with the message's own values (names, numbers) kept."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from ossshare.core import Credentials, PresignRequest, ValidationError, presign, resolve_endpoint
from ossshare.core.endpoint import split_endpoint
from ossshare.oss.errors import NetworkError, OssError
from ossshare.ui.error_messages import FIELDS, MESSAGES, translated
from ossshare.ui.language import install_translators
from ossshare.ui.problems import present
from tests.message_sources import messages

LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


def test_every_message_is_in_the_catalogue() -> None:
    found, fields = messages()
    assert len(found) > 100 and len(fields) > 20  # the source was read, not skipped
    missing = found - set(MESSAGES) - {"U+{0}"}  # a character's code point reads the same everywhere
    assert not missing, f"add to MESSAGES in ossshare/ui/error_messages.py: {sorted(missing)}"
    missing_fields = fields - set(FIELDS)
    assert not missing_fields, f"add to FIELDS in ossshare/ui/error_messages.py: {sorted(missing_fields)}"


def test_untranslated_messages_read_as_raised() -> None:
    error = ValidationError("expires", "must be at least one second")
    assert present(error).message == "expires: must be at least one second"
    for oss in (
        OssError("NoSuchKey", "The specified key does not exist.", "5C3D9175B6FC201293AD", 404, ec="0026-00000001"),
        OssError("AccessDenied", "", None, 403, endpoint="oss-cn-shanghai.aliyuncs.com"),
    ):
        assert present(oss).message == oss.summary  # the window's wording is the client's own
    assert translated("Something no layer says: 42") == "Something no layer says: 42"


def _catalogue(tmp_path: Path, entries: dict[tuple[str, str], str]) -> Path:
    messages_xml = {}
    for (context, source), translation in entries.items():
        messages_xml.setdefault(context, []).append(
            f"<message><source>{escape(source)}</source><translation>{escape(translation)}</translation></message>"
        )
    body = "".join(f"<context><name>{c}</name>{''.join(m)}</context>" for c, m in messages_xml.items())
    ts = tmp_path / "ossshare_ja.ts"
    ts.write_text(
        f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="ja">{body}</TS>',
        encoding="utf-8",
    )
    subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(tmp_path / "ossshare_ja.qm")], check=True)
    return tmp_path


@pytest.mark.skipif(not LRELEASE.exists(), reason="pyside6-lrelease is not installed")
def test_messages_are_translated_with_their_values(qtbot, tmp_path: Path) -> None:
    seven_days = next(m for m in MESSAGES if "7 days" in m and "{0}" not in m)
    folder = _catalogue(
        tmp_path,
        {
            ("ErrorMessage", "{0}: {1}"): "{0}：{1}",
            ("ErrorField", "expiration"): "有効期限",
            ("ErrorField", "endpoint"): "エンドポイント",
            ("ErrorMessage", seven_days): "V4 の署名付き URL は最長 7 日間です",
            ("ErrorMessage", "{0}: a host name {1}"): "{0}：ホスト名が{1}",
            ("ErrorMessage", "has an empty label (two dots in a row, or a dot at an end)"): "空のラベルを含みます",
            ("ErrorMessage", "Could not reach {0}: {1}"): "{0} に接続できません：{1}",
            ("ErrorMessage", "the connection was refused"): "接続が拒否されました",
            ("ErrorMessage", "{0}. ({1})"): "{0}（{1}）",
            ("ErrorMessage", "request id {0}"): "リクエスト ID {0}",
            ("ErrorMessage", "OSS gave no explanation"): "OSS は理由を示していません",
            ("ErrorMessage", "{0}. The bucket is served by {1}"): "{0}。このバケットは {1} が提供しています",
        },
    )
    app = QCoreApplication.instance()
    installed = install_translators(app, QLocale("ja_JP"), folder)
    try:
        with pytest.raises(ValidationError) as eight_days:
            presign(
                PresignRequest("examplebucket", "report.pdf"),
                credentials=Credentials("LTAI5tExample", "example-secret"),
                region="cn-hangzhou",
                endpoint=resolve_endpoint("cn-hangzhou"),
                now=dt.datetime(2026, 12, 6, 1, 0, tzinfo=dt.UTC),
                expires=dt.timedelta(days=8),
            )
        assert present(eight_days.value).message == "有効期限：V4 の署名付き URL は最長 7 日間です"

        with pytest.raises(ValidationError) as host:
            split_endpoint("files..example.com")
        # A rule inside a message is translated too; the host as typed is kept.
        assert present(host.value).message == "エンドポイント：'files..example.com'：ホスト名が空のラベルを含みます"

        refused = NetworkError("bucket.oss-cn-hangzhou.aliyuncs.com", "the connection was refused")
        assert present(refused).message == "bucket.oss-cn-hangzhou.aliyuncs.com に接続できません：接続が拒否されました"

        # OSS's own words stay as OSS sent them, code and request id with them.
        oss = OssError("AccessDenied", "You have no right to access this object.", "5C3D9175B6FC201293AD", 403)
        assert present(oss).message == (
            "You have no right to access this object（AccessDenied, HTTP 403; リクエスト ID 5C3D9175B6FC201293AD）"
        )
        moved = OssError("AccessDenied", "", None, 403, endpoint="oss-cn-shanghai.aliyuncs.com")
        assert present(moved).message == (
            "OSS は理由を示していません。このバケットは oss-cn-shanghai.aliyuncs.com が提供しています"
            "（AccessDenied, HTTP 403）"
        )
    finally:
        for translator in installed:
            app.removeTranslator(translator)



def _built_from_parts() -> list[tuple[Exception, str]]:
    """Errors whose message has a middle picked at run time, each with the value it quotes."""
    from ossshare.oss.errors import ListingLoop
    from ossshare.oss.paging import PageGuard

    errors: list[tuple[Exception, str]] = []
    for text in ("files.example.com/x", "user@files.example.com", "files.example.com?a", "files.example.com#b"):
        with pytest.raises(ValidationError) as bad:
            split_endpoint(text)
        errors.append((bad.value, text))
    for markers in (["m", "m"], ["m", "n", "m"]):  # stuck on one marker; back to an earlier one
        guard = PageGuard("listing.example")
        with pytest.raises(ListingLoop) as loop:
            for marker in markers:
                guard.follow(marker, False)
        errors.append((loop.value, "listing.example"))
    return errors


@pytest.mark.parametrize("language", ["ja", "zh_CN", "zh_TW"])
def test_messages_built_from_parts_are_translated_whole(qtbot, language: str) -> None:
    """What an endpoint holds, how a listing went round in circles: the middle of the message
    is translated too, so no English is left but the values and the names kept in Latin."""
    errors = _built_from_parts()
    english = [present(error).message for error, _ in errors]
    app = QCoreApplication.instance()
    installed = install_translators(app, QLocale(language))
    try:
        for (error, value), before in zip(errors, english, strict=True):
            message = present(error).message
            assert message != before
            left = message.replace(value, "").replace("OSS", "").replace("Endpoint", "")
            assert not re.search(r"[A-Za-z]{3,}", left), message
    finally:
        for translator in installed:
            app.removeTranslator(translator)
