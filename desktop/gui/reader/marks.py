"""What is drawn on each word of an article besides its characters: highlight fills, the tints of
what speakers said, speaker names in their colour, figure frames, and the learner's marks (new,
learning, above the chosen HSK level). Worked out once per change, read on every paint."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import Any

from PySide6.QtGui import QColor

from desktop.core.colors import FIGURE_COLORS, HIGHLIGHT_COLORS, LEARNER_COLORS, SPEAKER_COLORS
from desktop.core.vocabulary import is_vocabulary, person_spans
from desktop.gui.theme import Theme

QUOTED_ALPHA, REPORTED_ALPHA = 60, 26  # quoted speech a solid tint, reported speech a light one


class Marks:
    """Decorations of one token: (start, end, what) with offsets inside the token."""

    __slots__ = ("fills", "frames", "name_color", "underlines")

    def __init__(self) -> None:
        self.fills: list[tuple[int, int, QColor]] = []
        self.underlines: list[tuple[int, int, QColor, bool]] = []  # the bool: dashed
        self.frames: list[tuple[int, int, QColor]] = []
        self.name_color: QColor | None = None


def speaker_colors(article: dict[str, Any]) -> dict[str, QColor]:
    return {
        sp["name"]: QColor(SPEAKER_COLORS[i % len(SPEAKER_COLORS)])
        for i, sp in enumerate(article.get("speakers", []))
    }


def decorate(
    article: dict[str, Any] | None,
    highlights: list[dict[str, Any]],
    options: Any,
    theme: Theme,
    statuses: dict[str, str],
) -> list[Marks]:
    """Per token of `article` (its tokens packed): what to draw on it under `options`."""
    if not article:
        return []
    spans = article["tokens"].spans()
    marks = [Marks() for _ in spans]
    starts = [s for s, _ in spans]

    def each_token(a: int, b: int) -> Iterator[tuple[int, int, int]]:
        i = max(0, bisect.bisect_right(starts, a) - 1)
        while i < len(spans) and spans[i][0] < b:
            start, end = spans[i]
            lo, hi = max(a, start) - start, min(b, end) - start
            if lo < hi:
                yield i, lo, hi
            i += 1

    for h in highlights:
        color = QColor(HIGHLIGHT_COLORS.get(h["color"], HIGHLIGHT_COLORS["yellow"]))
        color.setAlpha(theme.highlight_alpha)
        for i, lo, hi in each_token(h["start"], h["end"]):
            marks[i].fills.append((lo, hi, color))
    if options.show_speakers:
        _mark_speech(article, marks, each_token)
    if options.show_unknown or options.show_hsk:
        _mark_words(article, marks, options, statuses)
    if options.show_figures:
        for fig in article.get("figures", []):
            color = QColor(FIGURE_COLORS.get(fig["kind"], FIGURE_COLORS["other"]))
            for i, lo, hi in each_token(fig["start"], fig["end"]):
                marks[i].frames.append((lo, hi, color))
    return marks


def _mark_speech(article: dict[str, Any], marks: list[Marks], each_token: Any) -> None:
    colors = speaker_colors(article)
    for st in article.get("statements", []):
        base = colors.get(st["speaker"])
        if base is None:
            continue
        tint = QColor(base)
        tint.setAlpha(QUOTED_ALPHA if st["direct"] else REPORTED_ALPHA)
        for i, lo, hi in each_token(st["start"], st["end"]):
            marks[i].fills.append((lo, hi, tint))
            if not st["direct"]:
                marks[i].underlines.append((lo, hi, base, True))
    for sp in article.get("speakers", []):
        for a, b in sp["mentions"]:
            for i, _lo, _hi in each_token(a, b):
                marks[i].name_color = colors[sp["name"]]


def _mark_words(
    article: dict[str, Any], marks: list[Marks], options: Any, statuses: dict[str, str]
) -> None:
    """Learning words amber, new words a dashed blue line; words above the chosen HSK level
    framed violet."""
    from desktop.core.dictionary import hsk_level

    text = article["text"]
    names = person_spans(article.get("speakers", []))
    learning, new, above = (QColor(LEARNER_COLORS[k]) for k in ("learning", "new", "above"))
    for i, (start, end) in enumerate(article["tokens"].spans()):
        word = text[start:end]
        if (start, end) in names or not is_vocabulary(word):
            continue  # the same words the vocabulary lists: no names, figures or punctuation
        size = end - start
        if options.show_unknown:
            status = statuses.get(word, "new")
            if status == "learning":
                marks[i].underlines.append((0, size, learning, False))
            elif status == "new":
                marks[i].underlines.append((0, size, new, True))
        if options.show_hsk:
            level = hsk_level(word, options.hsk_edition)
            if level is not None and level > options.hsk_level:
                marks[i].frames.append((0, size, above))
