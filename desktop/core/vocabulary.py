"""What counts as a word to learn, in one place: the vocabulary table, the learner's layers and
the popup all agree on it (light: no jieba, so the window can use it)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from desktop.core.han import is_han


def is_vocabulary(word: str) -> bool:
    """A word a learner would study: Han characters only (no figures, Latin or punctuation)."""
    return bool(word) and all(is_han(c) for c in word)


def person_spans(speakers: Iterable[dict[str, Any]]) -> set[tuple[int, int]]:
    """Where the article names people: these are names, not words to learn or segment."""
    return {tuple(m) for s in speakers if s["kind"] == "person" for m in s["mentions"]}
