"""The Language menu: it lists the system's language and ours, a choice is kept in the window
state and offered a restart, the next start reads it (our catalogue, Qt's own strings and the
locale's formats), and a restart starts ossshare again the way it was started."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMenu, QMessageBox

from ossshare.ui import language_menu
from ossshare.ui.language import catalogue_locale, chosen_locale
from ossshare.ui.main_window import MainWindow
from ossshare.ui.window_state import WindowState, state_path
from tests.fixtures.qt import OFFSCREEN_NOISE

pytestmark = [OFFSCREEN_NOISE]


def _menu(window: MainWindow) -> QMenu:
    menu = window.findChild(QMenu, "languageMenu")
    assert isinstance(menu, QMenu)
    return menu


def _choose(qtbot, window: MainWindow, name: str, answer: str) -> None:
    menu = _menu(window)
    next(a for a in menu.actions() if a.text() == name).trigger()
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox)))
    box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    button = next(b for b in box.buttons() if b.text().replace("&", "") == answer)
    button.click()


def test_the_menu_lists_system_and_each_language(qtbot) -> None:
    window = MainWindow(state=WindowState.load())
    qtbot.addWidget(window)
    actions = _menu(window).actions()
    assert [a.text() for a in actions] == ["System", "English", "日本語", "简体中文", "繁體中文"]
    assert [a.isChecked() for a in actions] == [True, False, False, False, False]
    assert _menu(window).menuAction() in window.menuBar().actions()[0].menu().actions()  # under File


def test_a_choice_is_kept_and_survives_a_restart(qtbot) -> None:
    window = MainWindow(state=WindowState.load())
    qtbot.addWidget(window)
    window.show()
    _choose(qtbot, window, "日本語", "Later")
    assert window.isVisible()  # Later: nothing else changes now
    assert json.loads(state_path().read_text(encoding="utf-8"))["language"] == "ja"
    window.close()

    again = MainWindow(state=WindowState.load())
    qtbot.addWidget(again)
    checked = [a.text() for a in _menu(again).actions() if a.isChecked()]
    assert checked == ["日本語"]
    # Back to the language this run started with: kept, and no restart to offer.
    next(a for a in _menu(again).actions() if a.text() == "English").trigger()
    next(a for a in _menu(again).actions() if a.text() == "日本語").trigger()
    assert json.loads(state_path().read_text(encoding="utf-8"))["language"] == "ja"
    assert [b.text() for b in again.findChildren(QMessageBox) if b.isVisible()] == []

    # The next process starts in that language: our catalogue, Qt's own strings, the formats.
    started = subprocess.run(
        [
            sys.executable, "-c",
            "import json\n"
            "from PySide6.QtCore import QCoreApplication, QLocale\n"
            "from ossshare.ui import app\n"
            "qt = app.application()\n"
            "print(json.dumps({'locale': QLocale().name(), 'files': [t.filePath() for t in app._translators],\n"
            "    'cancel': QCoreApplication.translate('QPlatformTheme', 'Cancel')}))\n",
        ],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"},
        capture_output=True, text=True, timeout=60, check=True,
    )
    report = json.loads(started.stdout.strip().splitlines()[-1])
    assert report["locale"] == "ja_JP"
    assert [Path(f).name for f in report["files"]] == ["qtbase_ja.qm", "ossshare_ja.qm"]
    assert report["cancel"] == "キャンセル"


def test_restart_now_closes_and_starts_the_same_command_again(qtbot, tmp_path: Path, monkeypatch) -> None:
    marker = tmp_path / "started"
    # The command this process "was started with": a short one that leaves a mark.
    monkeypatch.setattr(sys, "orig_argv", [sys.executable, "-c", f"open({str(marker)!r}, 'w').write('again')"])
    monkeypatch.setattr(language_menu, "_restart_asked", False)
    assert language_menu.relaunch_if_asked() is False  # nothing asked: nothing started
    window = MainWindow(state=WindowState.load())
    qtbot.addWidget(window)
    window.show()
    _choose(qtbot, window, "繁體中文", "Restart now")
    qtbot.waitUntil(lambda: not window.isVisible())
    assert json.loads(state_path().read_text(encoding="utf-8"))["language"] == "zh_TW"
    assert language_menu.relaunch_if_asked() is True
    deadline = time.monotonic() + 20
    while not (marker.exists() and marker.read_text() == "again") and time.monotonic() < deadline:
        time.sleep(0.05)
    assert marker.read_text() == "again"


@pytest.mark.parametrize(
    ("choice", "system", "locale"),
    [
        ("", "ja_JP", "ja_JP"),
        ("", "zh_HK", "zh_HK"),
        ("en", "ja_JP", "en_US"),
        ("en", "en_GB", "en_GB"),  # English on an English system keeps its region's formats
        ("zh_CN", "en_US", "zh_CN"),
        ("zh_TW", "en_US", "zh_TW"),
        ("bogus", "de_DE", "de_DE"),  # a hand-edited value: the system's
    ],
)
def test_chosen_locale(choice: str, system: str, locale: str) -> None:
    assert chosen_locale(choice, QLocale(system)).name() == locale


def test_chinese_catalogue_by_script() -> None:
    assert catalogue_locale(QLocale("zh_HK")).name() == "zh_TW"
    assert catalogue_locale(QLocale("zh_SG")).name() == "zh_CN"
    assert catalogue_locale(QLocale("ja_JP")).name() == "ja_JP"
