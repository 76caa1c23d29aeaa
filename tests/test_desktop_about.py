"""Help ▸ About: version, licence, Python/Qt/PySide versions, where settings and the link ledger
live, and a Copy button that puts it all on the clipboard for a bug report."""

from __future__ import annotations

import platform
from typing import Any

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QApplication, QLabel

from ossshare import __version__
from ossshare.services.ledger import default_ledger_path
from ossshare.services.settings import default_settings_path
from ossshare.ui.app import app_icon
from ossshare.ui.widgets.about_dialog import AboutDialog
from tests.fixtures.qt import OFFSCREEN_NOISE, shown_dialog

pytestmark = OFFSCREEN_NOISE


def test_about_opens_from_the_help_menu_and_copies_its_details(browser: Any, qtbot: Any) -> None:
    QApplication.setWindowIcon(app_icon())
    help_menu = next(a.menu() for a in browser.menuBar().actions() if a.menu() and "Help" in a.text())
    about = next(a for a in help_menu.actions() if "About" in a.text())
    about.trigger()
    qtbot.waitUntil(lambda: shown_dialog(browser, AboutDialog) is not None)
    dialog = shown_dialog(browser, AboutDialog)
    assert not dialog.windowIcon().isNull()

    shown = " | ".join(label.text() for label in dialog.findChildren(QLabel))
    expected = [
        __version__,
        "MIT",
        platform.python_version(),
        qVersion(),
        PySide6.__version__,
        str(default_settings_path()),
        str(default_ledger_path()),
    ]
    for value in expected:
        assert value in shown

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert copied.splitlines()[0] == f"ossshare {__version__}"
    for value in expected:
        assert value in copied
    assert f"Settings: {default_settings_path()}" in copied
    assert dialog.copy_button.text() == "Copied"
    dialog.reject()
    qtbot.waitUntil(lambda: shown_dialog(browser, AboutDialog) is None)


def test_about_copy_holds_no_secret(qtbot: Any, monkeypatch: Any) -> None:
    monkeypatch.setenv("OSS_ACCESS_KEY_SECRET", "must-not-appear-anywhere")
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert "must-not-appear-anywhere" not in dialog.report()
    assert dialog.report().count("\n") == len(dialog.facts())
