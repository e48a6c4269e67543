"""Loads Kindling's translations: English plural forms always, then the person's language."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

CATALOG = "kindling"
_MARK = "kindling-translation"  # object name of each translator this module installs
SHIPPED = ("en", "de")


def locale_for(language: str) -> QLocale:
    """The locale for ``Settings.language``: "system" asks the desktop, else a code like "de"."""
    return QLocale.system() if language == "system" else QLocale(language)


def shown_language(language: str, folder: Path) -> str:
    """The language Kindling shows for ``Settings.language``: a shipped one, else English."""
    locale = locale_for(language)
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return "en"
    code = QLocale.languageToCode(locale.language())
    return code if (folder / f"{CATALOG}_{code}.qm").is_file() else "en"


def install_translations(app: QCoreApplication, language: str, folder: Path) -> str:
    """Installs the translators for ``language`` and returns the language now shown ("en", "de").

    Calling it again replaces what an earlier call installed. English is the source
    language, but its plural forms ("1 minute", "2 minutes") come from a translation too, so
    it is always installed first; the person's language, found later, is searched first.
    """
    for old in app.findChildren(QTranslator, _MARK):
        app.removeTranslator(old)
        old.deleteLater()
    _install(app, QLocale(QLocale.Language.English), CATALOG, folder)
    locale = locale_for(language)
    shown = "en"
    if locale.language() not in (QLocale.Language.English, QLocale.Language.C):
        if _install(app, locale, CATALOG, folder):
            shown = QLocale.languageToCode(locale.language())
            # Qt's own words (in the few standard dialogs Kindling uses), where shipped.
            _install(
                app,
                locale,
                "qtbase",
                Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
            )
        else:
            log.info("no translation for %s; showing English", locale.name())
    log.info("translations installed (%s)", shown)
    return shown


def _install(app: QCoreApplication, locale: QLocale, catalog: str, folder: Path) -> bool:
    translator = QTranslator(app)
    translator.setObjectName(_MARK)
    if not translator.load(locale, catalog, "_", str(folder)):
        translator.deleteLater()
        return False
    app.installTranslator(translator)
    return True
