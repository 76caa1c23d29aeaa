"""Error titles from below the UI reach the user in their language: every title the core, the
client and the services can produce is in the UI's catalogue, and a translation replaces it."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from ossshare.core import OssShareError
from ossshare.ui.error_titles import TITLES, title_of
from ossshare.ui.language import install_translators

LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


def titles_below_the_ui() -> set[str]:
    for name in ("ossshare.core", "ossshare.oss", "ossshare.services"):
        package = importlib.import_module(name)
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            importlib.import_module(info.name)

    def subclasses(cls: type) -> list[type]:
        return [cls, *(s for sub in cls.__subclasses__() for s in subclasses(sub))]

    from ossshare.oss import errors
    from ossshare.services.qr import QrTooLong

    found = {cls.title for cls in subclasses(OssShareError)} | {QrTooLong.title}
    found |= set(errors._TITLES.values()) | set(errors._STATUS_TITLES.values())
    found |= {errors.title_for("SomethingNew", 503), errors.title_for("SomethingNew", 499)}
    return found


def test_every_title_is_in_the_catalogue() -> None:
    missing = titles_below_the_ui() - set(TITLES)
    assert not missing, f"add to ossshare/ui/error_titles.py: {sorted(missing)}"


@pytest.mark.skipif(not LRELEASE.exists(), reason="pyside6-lrelease is not installed")
def test_a_translated_title_is_shown(qtbot, tmp_path: Path) -> None:
    from ossshare.services.secrets import KeyringLocked
    from ossshare.ui.problems import present

    ts = tmp_path / "ossshare_ja.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="ja">'
        "<context><name>ErrorTitle</name><message><source>Keyring locked</source>"
        "<translation>キーリングがロックされています</translation></message></context></TS>",
        encoding="utf-8",
    )
    subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(tmp_path / "ossshare_ja.qm")], check=True)
    app = QCoreApplication.instance()
    error = KeyringLocked("The keyring is locked.")
    assert title_of(error) == "Keyring locked"
    installed = install_translators(app, QLocale("ja_JP"), tmp_path)
    try:
        problem = present(error)
        assert problem.title == "キーリングがロックされています"
        assert problem.message == error.message
    finally:
        for translator in installed:
            app.removeTranslator(translator)
