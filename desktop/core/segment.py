"""Word segmentation: one jieba tokenizer, loaded once, with the project's news vocabulary."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Iterator
from typing import Protocol

from desktop.core import cache
from desktop.core.startup import import_jieba, jieba_dictionary_key
from desktop.resources import resource_path

jieba = import_jieba()


class Tokenizer(Protocol):
    """What Dubao uses of a jieba.Tokenizer (jieba has no types)."""

    FREQ: dict[str, int]  # word -> its count in the dictionary; 0 for the beginnings of words

    def cut(self, sentence: str, cut_all: bool = False, HMM: bool = True) -> Iterator[str]: ...


_lock = threading.Lock()
_tokenizer: Tokenizer | None = None


def tokenizer() -> Tokenizer:
    """The shared tokenizer; the first call loads jieba's cached dictionary and ours."""
    global _tokenizer
    with _lock:
        if _tokenizer is None:
            # jieba logs its loading chatter at DEBUG to stderr; the user never needs it
            jieba.setLogLevel(logging.WARNING)
            tok = jieba.Tokenizer()
            # jieba's parsed dictionary in our cache (or prebuilt), not in jieba's own cache file
            tok.FREQ, tok.total = cache.cached(
                "jieba-dictionary",
                jieba_dictionary_key(),
                lambda: tok.gen_pfdict(tok.get_dict_file()),
            )
            tok.initialized = True
            with open(
                resource_path("userdict.txt"), "rb"
            ) as f:  # a path would be left open by jieba
                tok.load_userdict(f)
            _tokenizer = tok
        return _tokenizer


def cut(text: str, forced: Iterable[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Token spans tiling `text`; each forced span is one token (figures and names win over
    the dictionary)."""
    tok = tokenizer()
    spans: list[tuple[int, int]] = []
    pos = 0
    for start, end in sorted(forced):
        if start < pos or end <= start:
            continue  # overlapping or empty spans keep the first one
        _cut_into(tok, text, pos, start, spans)
        spans.append((start, end))
        pos = end
    _cut_into(tok, text, pos, len(text), spans)
    return spans


def _cut_into(
    tok: Tokenizer, text: str, start: int, end: int, spans: list[tuple[int, int]]
) -> None:
    if start >= end:
        return
    pos = start
    for word in tok.cut(text[start:end], HMM=True):
        after = pos + len(word)
        spans.append((pos, after))
        pos = after  # one int object for a token's end and the next one's start: 32 B a token
