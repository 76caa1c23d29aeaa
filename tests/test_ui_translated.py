"""With each language chosen, what a person reads is in that language: the main window's menus,
the share dialog's labels and buttons, and a validation error from the core (8 days on a V4
link) hold no English word of the source texts, apart from product names, OSS terms and units
that the documentation in each language keeps as they are."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QWidget

from ossshare.core import Credentials
from ossshare.sandbox import Sandbox
from ossshare.ui.language import LANGUAGES, TRANSLATIONS, install_translators
from ossshare.ui.main_window import MainWindow
from ossshare.ui.share.expiry_widget import CUSTOM_DURATION
from ossshare.ui.window_state import WindowState
from tests.fixtures.qt import OFFSCREEN_NOISE
from tests.test_share_support import BUCKET, close_dialog, open_dialog, sandbox_account

pytestmark = [OFFSCREEN_NOISE, pytest.mark.gui]

# Kept in Latin letters in every language (as the OSS console and documentation keep them).
KEPT = {
    "ossshare", "oss", "alibaba", "cloud", "sts", "accesskey", "url", "urls", "qr", "http", "https",
    "curl", "wget", "powershell", "python", "markdown", "html", "csv", "png", "svg", "pdf", "utc", "etag",
    "ctrl", "alt", "shift", "esc", "get", "head", "cname", "cdn", "ram", "ecs", "jpg", "jpeg", "webp",
    "gif", "bmp", "mp4", "bit", "kb", "mb", "gb", "min", "english", "ossutil", "aliyun",
}


def source_words() -> set[str]:
    """Every word of our English source texts, lower-cased (the catalogue lists them all)."""
    root = ET.parse(TRANSLATIONS / "ossshare_ja.ts").getroot()
    words: set[str] = set()
    for source in root.iter("source"):
        words |= {w.lower() for w in re.findall(r"[A-Za-z]{3,}", source.text or "")}
    return words - KEPT


def english_in(texts: list[str], values: str) -> list[str]:
    """The texts holding a source word that is not part of the shown values (key, bucket, host)."""
    words = source_words() - {w.lower() for w in re.findall(r"[A-Za-z]{3,}", values)}
    found = []
    for text in texts:
        plain = re.sub(r"&(?=\S)", "", text)
        if {w.lower() for w in re.findall(r"[A-Za-z]{3,}", plain)} & words:
            found.append(text)
    return found


def menu_texts(menu: QMenu) -> list[str]:
    texts = [menu.title()]
    for action in menu.actions():
        if action.menu() is not None:
            texts += menu_texts(action.menu())
        elif action.text():
            texts.append(action.text())
    return texts


def shown_texts(widget: QWidget) -> list[str]:
    texts = []
    for child in widget.findChildren(QWidget):
        if not child.isVisibleTo(widget):
            continue
        if isinstance(child, (QLabel, QAbstractButton)) and child.text():
            texts.append(child.text())
        elif isinstance(child, QGroupBox) and child.title():
            texts.append(child.title())
    return texts


@pytest.fixture(params=LANGUAGES)
def chosen(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QCoreApplication.instance()
    before = QLocale()
    locale = QLocale(request.param)
    QLocale.setDefault(locale)
    installed = install_translators(app, locale)
    assert [t.filePath().rsplit("/", 1)[-1] for t in installed][-1] == f"ossshare_{request.param}.qm"
    yield request.param
    for translator in installed:
        app.removeTranslator(translator)
    QLocale.setDefault(before)


def test_main_window_menus(qtbot: Any, chosen: str) -> None:
    window = MainWindow(state=WindowState.load())
    qtbot.addWidget(window)
    texts = [t for action in window.menuBar().actions() if action.menu() for t in menu_texts(action.menu())]
    assert len(texts) > 25
    assert not english_in(texts, ""), f"{chosen}: {english_in(texts, '')}"


def test_share_dialog_and_a_validation_error(
    qtbot: Any, sandbox: Sandbox, sandbox_credentials: Credentials, chosen: str
) -> None:
    key = "hello.txt"
    dialog = open_dialog(qtbot, sandbox, sandbox_account(sandbox, sandbox_credentials), key)
    try:
        values = " ".join((key, BUCKET, sandbox.endpoint, dialog.link_result().url))
        texts = shown_texts(dialog)
        assert len(texts) > 10
        assert not english_in(texts, values), f"{chosen}: {english_in(texts, values)}"

        dialog.expiry.preset.setCurrentIndex(dialog.expiry.preset.findData(CUSTOM_DURATION))
        dialog.expiry.duration.setText("8d")
        error = dialog.result_panel.error.text()
        assert dialog.link_result() is None and "7" in error
        assert not english_in([error, dialog.expiry.duration.toolTip()], values), f"{chosen}: {error}"
    finally:
        close_dialog(qtbot, dialog)
