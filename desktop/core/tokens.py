"""An article's tokens, packed: where each token ends, and one pinyin syllable per character.

The contract (DESIGN.md) gives tokens as a list of `{"start", "end", "pinyin": [..]}` dicts.
Building those dicts is most of the cost of opening a stored article (about a thousand dicts and
lists per article), and the reader never needs them: it reads spans and syllables. `Tokens` is that
list, kept packed until somebody uses it as a list; the reader uses `span()`, `pinyin()` and
`spans()`, which never unpack."""

from __future__ import annotations

import array
import base64
import sys
from bisect import bisect_right
from collections.abc import Iterable, Sequence

SEPARATOR = " "  # between syllables; a syllable never holds a space


class Tokens(list):
    """The contract's list of token dicts, built on first use as a list; until then packed.

    Once built, the list is the truth (a caller may change it), and every accessor reads it."""

    __slots__ = ("_ends", "_joined", "_syllables", "_built")

    def __init__(self, ends: Sequence[int], syllables: str | list[str]):
        super().__init__()
        self._ends = ends
        self._joined = syllables if isinstance(syllables, str) else None
        self._syllables = None if isinstance(syllables, str) else syllables
        self._built = False

    @classmethod
    def from_dicts(cls, tokens: Iterable[dict]) -> "Tokens":
        """Pack a list of token dicts that tile their text from offset 0."""
        if isinstance(tokens, Tokens):
            return tokens
        ends: list[int] = []
        syllables: list[str] = []
        for t in tokens:
            start, end, pinyin = t["start"], t["end"], t["pinyin"]
            if start != (ends[-1] if ends else 0) or end <= start or len(pinyin) != end - start:
                raise ValueError(f"tokens must tile the text with one syllable per character; "
                                 f"not {start}–{end} {pinyin!r}")
            ends.append(end)
            syllables.extend(pinyin)
        return cls(ends, syllables)

    # --- packed access (never builds the dicts) -------------------------------------------

    def _all_syllables(self) -> list[str]:
        if self._syllables is None:
            self._syllables = self._joined.split(SEPARATOR) if self._ends else []
        return self._syllables

    def span(self, i: int) -> tuple[int, int]:
        if self._built:
            t = list.__getitem__(self, i)
            return t["start"], t["end"]
        if i < 0:
            i += len(self._ends)
        if not 0 <= i < len(self._ends):
            raise IndexError("token index out of range")
        return (self._ends[i - 1] if i else 0), self._ends[i]

    def pinyin(self, i: int) -> list[str]:
        if self._built:
            return list.__getitem__(self, i)["pinyin"]
        start, end = self.span(i)
        return self._all_syllables()[start:end]

    def spans(self) -> list[tuple[int, int]]:
        if self._built:
            return [(t["start"], t["end"]) for t in list.__iter__(self)]
        return list(zip(self.starts(), self._ends))

    def syllables(self) -> list[str]:
        """One pinyin syllable (or "") per character of the text (read it; do not change it)."""
        if self._built:
            return [s for t in list.__iter__(self) for s in t["pinyin"]]
        return self._all_syllables()

    def starts(self) -> list[int]:
        if self._built:
            return [t["start"] for t in list.__iter__(self)]
        return [0, *self._ends[:-1]] if self._ends else []

    def index_at(self, offset: int) -> int:
        """The token holding character `offset`, or -1."""
        starts = self.starts()
        i = bisect_right(starts, offset) - 1
        return i if i >= 0 and offset < self.span(i)[1] else -1

    def packed(self) -> tuple[str, str]:
        """(ends, syllables) as the library stores them: the ends as little-endian 32-bit
        integers in base64 (four times quicker to read back than a JSON list), the syllables
        joined by spaces."""
        if self._built:
            return Tokens.from_dicts(list(list.__iter__(self))).packed()
        syllables = self._all_syllables()
        if any(SEPARATOR in s for s in syllables):
            raise ValueError("a pinyin syllable cannot hold a space")
        ends = array.array("I", self._ends)
        if sys.byteorder == "big":
            ends.byteswap()
        joined = self._joined if self._joined is not None else SEPARATOR.join(syllables)
        return base64.b64encode(ends.tobytes()).decode("ascii"), joined

    @classmethod
    def unpacked(cls, ends: str, syllables: str) -> "Tokens":
        """The inverse of `packed()`."""
        numbers = array.array("I")
        numbers.frombytes(base64.b64decode(ends))
        if sys.byteorder == "big":
            numbers.byteswap()
        return cls(numbers, syllables)

    def __len__(self) -> int:
        return list.__len__(self) if self._built else len(self._ends)

    # --- as a list: build the dicts once, then behave as the list they make ---------------

    def _build(self) -> None:
        if self._built:
            return
        syllables = self._all_syllables()
        start = 0
        items = []
        for end in self._ends:
            items.append({"start": start, "end": end, "pinyin": syllables[start:end]})
            start = end
        list.extend(self, items)
        self._built = True

    def __radd__(self, other):
        self._build()
        return other + list(list.__iter__(self)) if isinstance(other, list) else NotImplemented

    def __reduce_ex__(self, protocol):
        self._build()
        return list, (list(list.__iter__(self)),)


def _building(name: str):
    method = getattr(list, name)

    def wrapper(self, *args, **kwargs):
        self._build()
        for other in args:  # list's own code reads another Tokens' storage directly
            if isinstance(other, Tokens):
                other._build()
        return method(self, *args, **kwargs)

    wrapper.__name__ = name
    wrapper.__doc__ = method.__doc__
    return wrapper


for _name in ("__iter__", "__getitem__", "__contains__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__",
              "__ge__", "__reversed__", "__add__", "__mul__", "__rmul__", "__iadd__", "__imul__", "__setitem__",
              "__delitem__", "__repr__", "copy", "count", "index", "append", "extend", "insert", "pop", "remove",
              "sort", "reverse", "clear"):
    setattr(Tokens, _name, _building(_name))
Tokens.__hash__ = None


def as_tokens(tokens: Sequence[dict]) -> Tokens:
    """`Tokens` for any list of token dicts (those from a fresh analysis, say)."""
    return tokens if isinstance(tokens, Tokens) else Tokens.from_dicts(tokens)


def with_packed_tokens(article: dict | None) -> dict | None:
    """The article with its tokens as `Tokens` (the same dict when they are already)."""
    if article is None or isinstance(article.get("tokens"), Tokens):
        return article
    return {**article, "tokens": as_tokens(article.get("tokens", []))}
