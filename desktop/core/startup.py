"""What a first start would otherwise pay for, done ahead of it or not at all (one place for it).

A fresh install used to wait ~6 s with cold caches before the first article appeared. Where those
seconds went, and what is done about each:

- The derived tables — jieba's parsed dictionary, CC-CEDICT's readings merged into pypinyin's,
  the CC-CEDICT index of the word popup — take ~5 s of processor to build from their packages,
  the index on a thread of the window that competes with the first import for both cores.
  `build_prebuilt()` builds them ahead: `make` into resources/prebuilt/, the wheel's build into
  the package. `desktop.core.cache` reads them there before it looks in the user's cache folder;
  their names carry the versions they were built from, so a table from other versions is never
  read (it is built again in the cache folder, as before).
- jieba reads its own cache with `marshal.load` on the open file: a read() call per string,
  0.8 s for its 9 MB. Ours is read whole and then unmarshalled: 0.25 s.
- jieba imports pkg_resources (0.12 s; recent setuptools also print a deprecation warning) only
  to open its dictionary file, which it opens by path when pkg_resources is missing.
"""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path
from types import ModuleType


def import_jieba() -> ModuleType:
    """jieba, imported without pkg_resources (unless something already loaded it)."""
    if "jieba" in sys.modules:
        return sys.modules["jieba"]
    blocked = "pkg_resources" not in sys.modules
    if blocked:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # makes its import fail
    try:
        return importlib.import_module("jieba")
    finally:
        if blocked:
            del sys.modules["pkg_resources"]


def jieba_dictionary_key() -> str:
    """What jieba's parsed dictionary is built from: its version and its dictionary file."""
    jieba = import_jieba()
    if jieba.__file__ is None:  # a namespace package: no jieba this reader knows
        raise ImportError("jieba has no dictionary file")
    dictionary = Path(jieba.__file__).with_name("dict.txt")
    return f"{jieba.__version__}-{dictionary.stat().st_size}"


def build_prebuilt(folder: str | os.PathLike[str]) -> list[Path]:
    """Build every derived table a start needs into `folder`, replacing what it held (make and the
    wheel's build run it in a process of their own); returns the files made. The tables are
    built by the code that would build them at run time, so they are the same."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.marshal"):
        old.unlink()
    saved = {name: os.environ.get(name) for name in ("DUBAO_CACHE", "DUBAO_PREBUILT")}
    os.environ.update(DUBAO_CACHE=str(folder), DUBAO_PREBUILT="")  # built here, none read
    try:
        from desktop.core import dictionary, pinyin, segment

        segment.tokenizer()
        pinyin.word_pinyin("中")  # loads the merged readings
        pinyin.proper_nouns()  # the words the polyphone models may read against the tables
        pinyin.names_by_shape("", [], frozenset())  # jieba's names, for names no speaker gives
        dictionary.load()
    finally:
        for name, value in saved.items():
            if value is None:
                del os.environ[name]
            else:
                os.environ[name] = value
    return sorted(folder.glob("*.marshal"))


if __name__ == "__main__":  # python -m desktop.core.startup FOLDER
    for made in build_prebuilt(sys.argv[1]):
        print(made)
