"""The interface's language: Qt translators loaded from compiled ``.qm`` files.

Sources are ``resources/translations/guardian_<lang>.ts`` (English is the source text and
needs no file); ``scripts/build_translations.py`` compiles them to ``.qm`` next to them.
A missing or unreadable ``.qm`` leaves the interface in English.

Modules that are not QObjects call ``translate("Context", "text")`` (this module's alias of
``QCoreApplication.translate``); ``pyside6-lupdate`` finds those calls by that name.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from guardian_app import paths

log = logging.getLogger(__name__)

translate = QCoreApplication.translate
LANGUAGES = ("en", "zh-Hans", "zh-Hant")
# Qt's own texts (wizard and dialog buttons) come from the catalogue PySide6 ships.
QT_CATALOGUES = {"zh-Hans": "qt_zh_CN", "zh-Hant": "qt_zh_TW"}

_installed: list[QTranslator] = []  # kept referenced: Qt does not own installed translators


def translations_dir() -> Path:
    return paths.resources_dir() / "translations"


def qm_path(language: str) -> Path | None:
    """The compiled file for ``language`` ("zh-Hans" -> guardian_zh_Hans.qm); None for English."""
    if language not in LANGUAGES or language == "en":
        return None
    return translations_dir() / f"guardian_{language.replace('-', '_')}.qm"


def install_translator(language: str, app: QCoreApplication | None = None) -> bool:
    """Replace the installed Guardian translator with the one for ``language``.

    Returns True when a translation is active; False for English or when the ``.qm`` file
    is missing or unreadable (the interface then stays in English, and the log says why).
    """
    app = app or QCoreApplication.instance()
    if app is None:
        return False
    while _installed:
        app.removeTranslator(_installed.pop())
    path = qm_path(language)
    if path is None:
        return False
    translator = QTranslator(app)
    if not path.is_file() or not translator.load(str(path)):
        log.warning("no usable translation for %s at %s; the interface stays in English",
                    language, path)
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    _install_qt_catalogue(language, app)
    log.info("interface language: %s", language)
    return True


def _install_qt_catalogue(language: str, app: QCoreApplication) -> None:
    qt = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language in QT_CATALOGUES and qt.load(QT_CATALOGUES[language], folder):
        app.installTranslator(qt)
        _installed.insert(0, qt)  # Guardian's own translator stays last (active_language)


def active_language() -> str:
    """The language whose translator is installed ("en" when none is)."""
    if not _installed:
        return "en"
    name = Path(_installed[-1].filePath()).stem.removeprefix("guardian_")
    return name.replace("_", "-")
