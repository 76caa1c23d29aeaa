"""Translations can follow without touching the code: every UI string reaches the catalogues
under the context Qt looks it up with, and a compiled catalogue changes what the window shows."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QLabel

from ossshare.ui.language import LANGUAGES, TRANSLATIONS, install_translators

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
LUPDATE, LRELEASE = BIN / "pyside6-lupdate", BIN / "pyside6-lrelease"
pytestmark = pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate is not installed")


def messages(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (ctx.findtext("name") or "", m.findtext("source") or "")
        for ctx in root.iter("context")
        for m in ctx.iter("message")
    }


def test_catalogues_hold_every_ui_string(tmp_path: Path) -> None:
    sources = sorted(str(p) for p in (ROOT / "ossshare" / "ui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(LUPDATE), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    found = messages(fresh)
    assert len(found) > 200
    # A context that is not a class name means lupdate misread a call: Qt would never find it.
    assert all(ctx and ctx[0].isupper() for ctx, _ in found), sorted(c for c, _ in found if not c or not c[0].isupper())
    for lang in LANGUAGES:
        missing = found - messages(TRANSLATIONS / f"ossshare_{lang}.ts")
        assert not missing, (
            f"run scripts/update-translations.sh: {len(missing)} new strings, e.g. {sorted(missing)[:3]}"
        )


def test_a_compiled_catalogue_translates_the_window(qtbot, tmp_path: Path) -> None:
    from ossshare.ui.widgets.welcome_page import WelcomePage

    ts = tmp_path / "ossshare_ja.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="ja">'
        "<context><name>WelcomePage</name><message><source>Welcome to ossshare</source>"
        "<translation>ossshare へようこそ</translation></message></context></TS>",
        encoding="utf-8",
    )
    subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(tmp_path / "ossshare_ja.qm")], check=True)
    app = QCoreApplication.instance()
    installed = install_translators(app, QLocale("ja_JP"), tmp_path)
    try:
        assert installed, "the catalogue did not load"
        page = WelcomePage()
        qtbot.addWidget(page)
        texts = {label.text() for label in page.findChildren(QLabel)}
        assert "ossshare へようこそ" in texts
    finally:
        for translator in installed:
            app.removeTranslator(translator)
