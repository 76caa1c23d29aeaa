"""Alt+letter reaches one entry: within each menu of the window (the menu bar, every menu,
the Language submenu, the listing's context menu), no two entries share their underlined
letter, in English and in each translation."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMenu

from ossshare.ui.language import install_translators
from ossshare.ui.main_window import MainWindow
from tests.fixtures.qt import OFFSCREEN_NOISE

pytestmark = OFFSCREEN_NOISE


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def clashes(menu_texts: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    clashing = []
    for text in menu_texts:
        letter = mnemonic(text)
        if letter is None:
            continue
        if letter in seen:
            clashing.append(f"{seen[letter]!r} and {text!r} both use {letter!r}")
        seen[letter] = text
    return clashing


def menus_of(window: MainWindow) -> dict[str, list[str]]:
    found = {"menu bar": [action.text() for action in window.menuBar().actions()]}
    todo = [action.menu() for action in window.menuBar().actions()]
    while todo:
        menu = todo.pop()
        if not isinstance(menu, QMenu):
            continue
        found[menu.title()] = [action.text() for action in menu.actions() if not action.isSeparator()]
        todo.extend(action.menu() for action in menu.actions() if action.menu() is not None)
    found["context menu"] = [a.text() for a in window.context_menu().actions() if not a.isSeparator()]
    return found


@pytest.mark.parametrize("language", ["en", "ja", "zh_CN", "zh_TW"])
def test_no_two_entries_of_a_menu_share_their_letter(qtbot, language: str) -> None:
    app = QCoreApplication.instance()
    installed = install_translators(app, QLocale(language)) if language != "en" else []
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        menus = menus_of(window)
        assert len(menus) >= 7  # menu bar, File, Language, Go, Object, Links, Help, context menu
        problems = {name: clashes(texts) for name, texts in menus.items() if clashes(texts)}
        assert not problems
    finally:
        for translator in installed:
            app.removeTranslator(translator)
