"""A passage with its pinyin, as text or as ruby HTML (what Copy with pinyin gives): one
reading per word, as the reader shows it, for the characters selected."""

from __future__ import annotations

import html
from collections.abc import Iterator

from desktop.core.tokens import Tokens


def _words(text: str, tokens: Tokens, start: int, end: int) -> Iterator[tuple[str, str]]:
    """(characters, their pinyin joined) for each piece of a word inside start–end."""
    syllables = tokens.syllables()
    for s, e in tokens.spans():
        a, b = max(s, start), min(e, end)
        if a < b:
            yield text[a:b], "".join(syllables[a:b])


def with_pinyin(text: str, tokens: Tokens, start: int, end: int) -> str:
    """`跨境(kuàjìng)电商(diànshāng)`: each word followed by its reading; punctuation and
    figures as they are."""
    return "".join(
        f"{chars}({reading})" if reading else chars
        for chars, reading in _words(text, tokens, start, end)
    )


def ruby_html(text: str, tokens: Tokens, start: int, end: int) -> str:
    """The same passage as HTML ruby: the reading above each word where HTML can show it."""
    parts = []
    for chars, reading in _words(text, tokens, start, end):
        chars = html.escape(chars).replace("\n", "<br>")
        parts.append(f"<ruby>{chars}<rt>{html.escape(reading)}</rt></ruby>" if reading else chars)
    return "".join(parts)
