"""Anchors for highlights: position + quote + context (W3C TextPositionSelector and
TextQuoteSelector), and finding them again after the text changed."""

from __future__ import annotations

from typing import NamedTuple

CONTEXT = 32  # characters of prefix and suffix kept with a quote
FUZZY_MIN = 0.75  # how alike a changed passage must be to the quote to take the highlight


class Anchor(NamedTuple):
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str


def make_anchor(text: str, start: int, end: int) -> Anchor:
    return Anchor(
        start,
        end,
        text[start:end],
        text[max(0, start - CONTEXT) : start],
        text[end : end + CONTEXT],
    )


def reanchor(anchor: Anchor, text: str) -> tuple[int, int] | None:
    """Where the anchored passage is in `text`: unchanged, else the occurrence of the quote whose
    context fits best (nearest the old place on a tie), else the most similar passage; None
    when nothing is alike enough."""
    if text[anchor.start : anchor.end] == anchor.quote:
        return anchor.start, anchor.end
    hits = _occurrences(text, anchor.quote)
    if hits:
        best = max(hits, key=lambda s: (_context_fit(anchor, text, s), -abs(s - anchor.start)))
        return best, best + len(anchor.quote)
    return _fuzzy(anchor, text)


def _occurrences(text: str, quote: str) -> list[int]:
    out, at = [], text.find(quote)
    while at >= 0 and quote:
        out.append(at)
        at = text.find(quote, at + 1)
    return out


def _context_fit(anchor: Anchor, text: str, start: int) -> int:
    before = text[max(0, start - len(anchor.prefix)) : start]
    after = text[start + len(anchor.quote) : start + len(anchor.quote) + len(anchor.suffix)]
    return _common_suffix(before, anchor.prefix) + _common_prefix(after, anchor.suffix)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])


def _fuzzy(anchor: Anchor, text: str) -> tuple[int, int] | None:
    from difflib import SequenceMatcher  # only a re-import that moved text needs it

    quote = anchor.quote
    if not quote or not text:
        return None
    block = SequenceMatcher(None, text, quote, autojunk=False).find_longest_match(
        0, len(text), 0, len(quote)
    )
    if block.size == 0:
        return None
    guess = block.a - block.b  # where the quote would start if the matching block sits in it
    best: tuple[float, int, int] | None = None
    for start in range(
        max(0, guess - len(quote) // 2), min(len(text), guess + len(quote) // 2) + 1
    ):
        for end in (start + len(quote) - 2, start + len(quote), start + len(quote) + 2):
            if start < end <= len(text):
                ratio = SequenceMatcher(None, text[start:end], quote, autojunk=False).ratio()
                if best is None or ratio > best[0]:
                    best = (ratio, start, end)
    if best and best[0] >= FUZZY_MIN:
        return best[1], best[2]
    return None
