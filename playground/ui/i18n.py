"""The window's languages: marking text for translation, and loading a translation.

Every user-visible string in ``ui/`` is written in English inside a call the catalogue tool
(``ui.i18n_catalog``) can find, and is looked up in the language the window speaks:

- ``translate("Context", "Text")`` at the place it is shown. ``Context`` names where the text
  lives (usually the class), so that one English word can be translated differently in two
  places. Values go in by name after the lookup, never into the source text:
  ``translate("Files", "Saved {path}").format(path=p)``; a translator moves ``{path}`` where
  the language puts it.
- ``translate("Canvas", "%n point(s)", n=count)`` for a count: Qt picks the plural form the
  language has for ``count`` and writes the number in place of ``%n``.
- ``translate_noop("Context", "Text")`` for text kept in a table before a window exists (menu
  titles, tool names): it only marks the text; the code that shows it calls
  ``translate("Context", text)`` with the same context. Below ``ui/`` the same marker comes
  from ``playground.texts`` (no Qt there).

Translations live in ``ui/translations``: ``playground_<code>.ts`` (the sources, Qt Linguist's
XML) and ``playground_<code>.qm`` (compiled by ``python -m playground.ui.i18n_catalog``).
``install_language`` loads one of them together with Qt's own translations (the standard
buttons of a message box, a file dialog) and sets the locale numbers are typed in. Formulas,
CSV files and the command line are not the window's text: they stay English with ``.`` as
the decimal point.
"""

from __future__ import annotations

import locale
import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from playground.texts import translate_noop

log = logging.getLogger("playground.ui")

TRANSLATIONS_DIR = Path(__file__).with_name("translations")
# The languages the window speaks: code -> the language's own name (as its speakers write it,
# so that a person who reads only that language finds it in the menu).
LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch", "es": "Español"}
SOURCE_LANGUAGE = "en"
ENV_LANGUAGE = "PLAYGROUND_LANG"
SETTINGS_KEY = "language"
__all__ = ["translate", "translate_noop", "install_language", "chosen_language",
           "current_language", "LANGUAGES"]
_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the window's language (itself when there is no translation); with
    ``n`` >= 0, the plural form for ``n`` with ``%n`` replaced by it."""
    return QCoreApplication.translate(context, source, disambiguation, n)


def language_code(name: str | None) -> str | None:
    """The code of a language Playground speaks for a locale name such as ``de``,
    ``de_DE.UTF-8`` or ``es-MX``; None for any other."""
    if not name:
        return None
    code = name.replace("-", "_").split(".")[0].split("_")[0].lower()
    return code if code in LANGUAGES else None


def system_language() -> str:
    """The language of the system's locale, if Playground speaks it; else English."""
    for name in QLocale.system().uiLanguages():
        code = language_code(name)
        if code is not None:
            return code
    try:
        code = language_code(locale.getlocale()[0])
    except ValueError:  # an unparsable LANG
        code = None
    return code or SOURCE_LANGUAGE


def chosen_language(settings: QSettings | None = None) -> str:
    """The language to start in: ``PLAYGROUND_LANG``, else the one chosen in View ▸ Language
    (kept in ``settings``), else the system's."""
    code = language_code(os.environ.get(ENV_LANGUAGE))
    if code is not None:
        return code
    if settings is not None:
        code = language_code(str(settings.value(SETTINGS_KEY, "") or ""))
        if code is not None:
            return code
    return system_language()


def current_language() -> str:
    """The code of the language installed last (``en`` before any)."""
    return _current


def install_language(code: str) -> bool:
    """Speak ``code`` from now on: remove the translations installed before, load Playground's
    and Qt's own for ``code`` and make its locale the default for typed numbers. Text made
    before the call keeps its language (a window is rebuilt to change it). False, and English,
    when ``code`` is not a language Playground speaks or its catalogue cannot be loaded."""
    global _current
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(translator)
    _installed.clear()
    wanted = language_code(code) or SOURCE_LANGUAGE
    _current = SOURCE_LANGUAGE
    QLocale.setDefault(_number_locale(QLocale(QLocale.Language.English,
                                              QLocale.Country.UnitedStates)))
    if app is None:
        log.warning("no application to install the %s translation in", wanted)
        return False
    # English too has a catalogue: the plural forms of its "%n point(s)"
    ours = QTranslator(app)
    if not ours.load(f"playground_{wanted}", str(TRANSLATIONS_DIR)):
        log.warning("no %s translation in %s", wanted, TRANSLATIONS_DIR)
        if wanted != SOURCE_LANGUAGE:
            return install_language(SOURCE_LANGUAGE) and False
        return False
    QCoreApplication.installTranslator(ours)
    _installed.append(ours)
    if wanted == SOURCE_LANGUAGE:
        return language_code(code) == SOURCE_LANGUAGE
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{wanted}", qt_dir):
        QCoreApplication.installTranslator(qt_own)
        _installed.append(qt_own)
    else:
        log.info("Qt's own %s translation is not in %s", wanted, qt_dir)
    QLocale.setDefault(_number_locale(QLocale(wanted)))
    _current = wanted
    return True


def _number_locale(loc: QLocale) -> QLocale:
    """``loc`` without thousands separators: a typed 1.000 must never be read as one thousand
    in one language and one in the other."""
    loc.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return loc
