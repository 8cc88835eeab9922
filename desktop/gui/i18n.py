"""Translations: the one `tr()` for code outside a QObject, the names of things that are
chosen at run time, and loading Dubao's and Qt's own translations.

`pyside6-lupdate` files a bare `tr("…")` outside a class under the empty context, so `tr()` here
translates in that context. Strings chosen at run time (an action's text, a figure's kind, a
colour) are marked where they are written with QT_TRANSLATE_NOOP("QCoreApplication", …), so
that lupdate collects them too, and shown through `translate_marked()`. lupdate finds the mark
by its name: this module's QT_TRANSLATE_NOOP is Qt's, typed as giving back the `str` it is given
(PySide6 types its own as taking and giving `object`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.resources import I18N

LANGUAGES = {"en": "English", "zh_CN": "简体中文"}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for lupdate under `context`; it stays untranslated until shown."""
    return text


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def translate_marked(text: str) -> str:
    return QCoreApplication.translate("QCoreApplication", text)


NAMES = {
    # figure kinds
    "money": QT_TRANSLATE_NOOP("QCoreApplication", "money"),
    "percent": QT_TRANSLATE_NOOP("QCoreApplication", "percent"),
    "multiple": QT_TRANSLATE_NOOP("QCoreApplication", "multiple"),
    "count": QT_TRANSLATE_NOOP("QCoreApplication", "count"),
    "date": QT_TRANSLATE_NOOP("QCoreApplication", "date"),
    "duration": QT_TRANSLATE_NOOP("QCoreApplication", "duration"),
    "ordinal": QT_TRANSLATE_NOOP("QCoreApplication", "ordinal"),
    "other": QT_TRANSLATE_NOOP("QCoreApplication", "other"),
    # speaker kinds
    "person": QT_TRANSLATE_NOOP("QCoreApplication", "person"),
    "anonymous": QT_TRANSLATE_NOOP("QCoreApplication", "unnamed source"),
    "organization": QT_TRANSLATE_NOOP("QCoreApplication", "organisation"),
    # word statuses
    "new": QT_TRANSLATE_NOOP("QCoreApplication", "new"),
    "learning": QT_TRANSLATE_NOOP("QCoreApplication", "learning"),
    "known": QT_TRANSLATE_NOOP("QCoreApplication", "known"),
    # highlight colours
    "yellow": QT_TRANSLATE_NOOP("QCoreApplication", "Yellow"),
    "green": QT_TRANSLATE_NOOP("QCoreApplication", "Green"),
    "blue": QT_TRANSLATE_NOOP("QCoreApplication", "Blue"),
    "pink": QT_TRANSLATE_NOOP("QCoreApplication", "Pink"),
    "purple": QT_TRANSLATE_NOOP("QCoreApplication", "Purple"),
}


UNTITLED = QT_TRANSLATE_NOOP("QCoreApplication", "(continued from another page)")


def title_of(article: Mapping[str, Any]) -> str:
    """An article's title as shown: a page's continuation has none of its own."""
    return str(article["title"] or translate_marked(UNTITLED))


def name(key: str) -> str:
    """The translated name of a kind, status or colour."""
    return translate_marked(NAMES.get(key, key))


def language_code(setting: str) -> str:
    """`system` -> the system's language if Dubao speaks it, else English."""
    if setting in LANGUAGES:
        return setting
    system = QLocale.system().name()
    return "zh_CN" if system.startswith("zh") else "en"


_installed: list[QTranslator] = []


def install_translators(app, setting: str) -> str:
    """Load Dubao's translation and Qt's own (standard dialogs); returns the language used."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    code = language_code(setting)
    if code == "en":
        return code
    ours = QTranslator(app)
    if ours.load(str(I18N / f"dubao_{code}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return code
