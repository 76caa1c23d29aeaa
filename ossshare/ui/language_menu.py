"""The Language menu, and starting ossshare again in the language chosen there (apart from
language.py, which the first frame needs: this is built with the menus)."""

from __future__ import annotations

import contextlib
import sys
from typing import TYPE_CHECKING

from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from .language import CHOICES, SYSTEM
from .window_state import WindowState

if TYPE_CHECKING:  # both built the first time a choice needs them, not with the menus
    from PySide6.QtWidgets import QMessageBox

_restart_asked = False


class LanguageMenu(QMenu):
    """System, then each language; choosing one remembers it and offers a restart."""

    def __init__(self, state: WindowState, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("&Language"), parent)
        self.setObjectName("languageMenu")
        self._state = state
        self._in_use = state.language  # what this run started with
        self._window = window  # what a restart closes (a menu is a window of its own)
        group = QActionGroup(self)
        for choice, name in ((SYSTEM, self.tr("System")), *CHOICES):
            action = self.addAction(name)
            action.setCheckable(True)
            action.setData(choice)
            action.setChecked(choice == state.language)
            group.addAction(action)
        if group.checkedAction() is None:  # a value from elsewhere: the system's language is in use
            self.actions()[0].setChecked(True)
        group.triggered.connect(lambda action: self.choose(str(action.data())))
        self._question: QMessageBox | None = None

    def choose(self, choice: str) -> None:
        if choice == self._state.language:
            return
        self._state.language = choice
        with contextlib.suppress(OSError):  # kept in memory; the window saves it again at close
            self._state.save()
        question = self._question or self._ask()
        if choice == self._in_use:
            question.hide()  # back to the language shown: nothing to restart for
        elif not question.isVisible():
            question.open()

    def _ask(self) -> QMessageBox:
        """The restart question, built the first time a choice needs it."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Language"),
            self.tr("The new language applies when ossshare starts again. Restart now?"),
            QMessageBox.StandardButton.NoButton,
            self._window,
        )
        restart = box.addButton(self.tr("&Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restart)
        box.buttonClicked.connect(lambda button: self._answered(button is restart))
        self._question = box
        return box

    def _answered(self, restart: bool) -> None:
        if restart:
            ask_restart()
            self._window.close()  # saves the window state; run() starts the new process after it


def ask_restart() -> None:
    global _restart_asked
    _restart_asked = True


def relaunch_if_asked() -> bool:
    """Start ossshare again the way this process was started, when the menu asked for it."""
    if not _restart_asked:
        return False
    from PySide6.QtCore import QProcess

    if getattr(sys, "frozen", False):  # the bundle: its executable is the program
        return QProcess.startDetached(sys.executable, sys.argv[1:])[0]
    return QProcess.startDetached(sys.executable, sys.orig_argv[1:])[0]
