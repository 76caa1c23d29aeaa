"""The window's language: the system's unless the Language menu chose one, remembered in the
window state. Qt's own strings (qtbase) and ours follow the same choice, and so do the formats
of dates, times and sizes (QLocale's default). A change applies from the next start, which the
menu offers at once: the window builds its texts once, so a live switch would leave half of it
in the old language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS = Path(__file__).with_name("translations")
SYSTEM = ""
# Each language named in itself, as language menus do: a reader finds theirs in any language.
CHOICES = (("en", "English"), ("ja", "日本語"), ("zh_CN", "简体中文"), ("zh_TW", "繁體中文"))
LANGUAGES = ("ja", "zh_CN", "zh_TW")  # the catalogues kept in translations/ossshare_<lang>.ts


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
