"""The window's language: the system's unless the Language menu chose one, remembered in the
window state. Qt's own strings (qtbase) and ours follow the same choice, and so do the formats
of dates, times and sizes (QLocale's default). A change applies from the next start, which the
menu offers at once: the window builds its texts once, so a live switch would leave half of it
in the old language."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QProcess, QTranslator
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from .window_state import WindowState

TRANSLATIONS = Path(__file__).with_name("translations")
SYSTEM = ""
# Each language named in itself, as language menus do: a reader finds theirs in any language.
CHOICES = (("en", "English"), ("ja", "日本語"), ("zh_CN", "简体中文"), ("zh_TW", "繁體中文"))
LANGUAGES = ("ja", "zh_CN", "zh_TW")  # the catalogues kept in translations/ossshare_<lang>.ts

_restart_asked = False


def chosen_locale(choice: str, system: QLocale | None = None) -> QLocale:
    """The locale for a menu choice: the system's, or the chosen language (English keeps the
    system's region when the system is English too, so en_GB dates stay British)."""
    system = system or QLocale.system()
    if choice == "en":
        return system if system.language() == QLocale.Language.English else QLocale("en_US")
    if choice in dict(CHOICES):
        return QLocale(choice)
    return system


def catalogue_locale(locale: QLocale) -> QLocale:
    """The locale whose catalogue to load: Chinese by its script, so zh_HK or zh_MO read
    Traditional and zh_SG Simplified, where no catalogue carries their own name."""
    if locale.language() != QLocale.Language.Chinese:
        return locale
    traditional = locale.script() == QLocale.Script.TraditionalHanScript
    return QLocale("zh_TW" if traditional else "zh_CN")


def install_translators(
    app: QCoreApplication, locale: QLocale | None = None, directory: Path = TRANSLATIONS
) -> list[QTranslator]:
    """Load Qt's own strings and ours for `locale` (ossshare_<lang>.qm). A missing catalogue
    just leaves English; the translators stay installed for the app's lifetime."""
    wanted = catalogue_locale(locale or QLocale())
    installed: list[QTranslator] = []
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("ossshare", str(directory)),
    ):
        translator = QTranslator(app)
        if translator.load(wanted, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def apply_language(app: QCoreApplication, choice: str) -> list[QTranslator]:
    """The language for this run: formats (QLocale's default) and translations."""
    locale = chosen_locale(choice)
    QLocale.setDefault(locale)
    return install_translators(app, locale)


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
    if getattr(sys, "frozen", False):  # the bundle: its executable is the program
        return QProcess.startDetached(sys.executable, sys.argv[1:])[0]
    return QProcess.startDetached(sys.executable, sys.orig_argv[1:])[0]
