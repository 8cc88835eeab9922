"""An article's tokens, packed: where each token ends, and one pinyin syllable per character.

The contract (DESIGN.md) gives tokens as a list of `{"start", "end", "pinyin": [..]}` dicts.
Building those dicts is most of the cost of opening a stored article (about a thousand dicts and
lists per article), and the reader never needs them: it reads spans and syllables. `Tokens` keeps
them packed and read-only; `to_dicts()` gives the contract's list when somebody needs it.
"""

from __future__ import annotations

import array
import base64
import sys
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

SEPARATOR = " "  # between syllables; a syllable never holds a space
TokenDict = dict[str, Any]


class Tokens:
    """Token spans and their syllables, packed. Read-only: a changed reading is a new Tokens."""

    __slots__ = ("_ends", "_joined", "_syllables")

    def __init__(self, ends: Sequence[int], syllables: str | list[str]):
        self._ends = ends
        self._joined = syllables if isinstance(syllables, str) else None
        self._syllables = None if isinstance(syllables, str) else list(syllables)

    @classmethod
    def from_dicts(cls, tokens: Iterable[Mapping[str, Any]]) -> Tokens:
        """Pack a list of token dicts that tile their text from offset 0."""
        ends: list[int] = []
        syllables: list[str] = []
        for t in tokens:
            start, end, pinyin = t["start"], t["end"], t["pinyin"]
            if start != (ends[-1] if ends else 0) or end <= start or len(pinyin) != end - start:
                raise ValueError(
                    f"tokens must tile the text with one syllable per character; "
                    f"not {start}–{end} {pinyin!r}"
                )
            ends.append(end)
            syllables.extend(pinyin)
        return cls(ends, syllables)

    @classmethod
    def unpacked(cls, ends: str, syllables: str) -> Tokens:
        """The inverse of `packed()`."""
        numbers = array.array("I")
        numbers.frombytes(base64.b64decode(ends))
        if sys.byteorder == "big":
            numbers.byteswap()
        return cls(numbers, syllables)

    def packed(self) -> tuple[str, str]:
        """(ends, syllables) as the library stores them: the ends as little-endian 32-bit
        integers in base64 (four times quicker to read back than a JSON list), the syllables
        joined by spaces."""
        syllables = self.syllables()
        if any(SEPARATOR in s for s in syllables):
            raise ValueError("a pinyin syllable cannot hold a space")
        ends = array.array("I", self._ends)
        if sys.byteorder == "big":
            ends.byteswap()
        joined = self._joined if self._joined is not None else SEPARATOR.join(syllables)
        return base64.b64encode(ends.tobytes()).decode("ascii"), joined

    def to_dicts(self) -> list[TokenDict]:
        """The contract's list of token dicts."""
        syllables, start, out = self.syllables(), 0, []
        for end in self._ends:
            out.append({"start": start, "end": end, "pinyin": syllables[start:end]})
            start = end
        return out

    def syllables(self) -> list[str]:
        """One pinyin syllable (or "") per character of the text (read it; do not change it)."""
        if self._syllables is None:
            joined = self._joined or ""
            self._syllables = joined.split(SEPARATOR) if self._ends else []
        return self._syllables

    def __len__(self) -> int:
        return len(self._ends)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Tokens):
            return NotImplemented
        return list(self._ends) == list(other._ends) and self.syllables() == other.syllables()

    __hash__ = None  # type: ignore[assignment]  # equal by value, and not immutable to the eye

    def __repr__(self) -> str:
        return f"Tokens({len(self)} tokens)"

    def span(self, i: int) -> tuple[int, int]:
        if i < 0:
            i += len(self._ends)
        if not 0 <= i < len(self._ends):
            raise IndexError("token index out of range")
        return (self._ends[i - 1] if i else 0), self._ends[i]

    def pinyin(self, i: int) -> list[str]:
        start, end = self.span(i)
        return self.syllables()[start:end]

    def spans(self) -> list[tuple[int, int]]:
        return list(zip(self.starts(), self._ends))

    def starts(self) -> list[int]:
        return [0, *self._ends[:-1]] if self._ends else []

    def index_at(self, offset: int) -> int:
        """The token holding character `offset`, or -1."""
        i = bisect_right(self.starts(), offset) - 1
        return i if i >= 0 and offset < self.span(i)[1] else -1


def as_tokens(tokens: Tokens | Iterable[Mapping[str, Any]]) -> Tokens:
    """`Tokens` for any list of token dicts (those from a fresh analysis, say)."""
    return tokens if isinstance(tokens, Tokens) else Tokens.from_dicts(tokens)


def with_packed_tokens(article: dict[str, Any] | None) -> dict[str, Any] | None:
    """The article with its tokens as `Tokens` (the same dict when they are already)."""
    if article is None or isinstance(article.get("tokens"), Tokens):
        return article
    return {**article, "tokens": as_tokens(article.get("tokens", []))}


def with_token_dicts(article: dict[str, Any]) -> dict[str, Any]:
    """The article with its tokens as the contract's dicts."""
    tokens = article.get("tokens")
    return {**article, "tokens": tokens.to_dicts()} if isinstance(tokens, Tokens) else article
