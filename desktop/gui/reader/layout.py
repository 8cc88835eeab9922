"""The reading view's layout: words as boxes, pinyin centred above them like ruby.

QTextDocument has no ruby (`<rt>` renders inline), so the view lays out its own lines: every
token is a box as wide as the wider of its characters and its pinyin; boxes fill lines and
wrap whole, so pinyin never overlaps. Each box measures its character edges (for hit testing,
selection and painting) when they are first needed: only boxes on screen ever are.
"""

from __future__ import annotations

import bisect
import re
from functools import cached_property
from typing import NamedTuple

from PySide6.QtGui import QFont

from desktop.core.tokens import as_tokens
from desktop.gui.reader.metrics import TextMetrics, metrics_for

PUNCTUATION = set("，。、；：？！,.;:?!“”‘’\"'（）()《》〈〉【】[]—…·-/%％ ")
OPENING = set("“‘（(《〈【[")  # never the last thing on a line
CLOSING = set("，。、；：？！,.;:?!”’）)》〉】]…%％")  # never the first
MAX_TITLE_WORD = 6  # the longest word a title is not broken inside
# a number stays whole, with the measure word or unit after it: 2024年, 5.3%, 十年, 三大
_NUMBER_RUN = re.compile(r"[A-Za-z0-9]+(?:[.,:][0-9]+)*%?|[零〇一二两三四五六七八九十百千万亿]+")


# start-up: plain classes, not dataclasses: a dataclass is built with exec() when its module
# loads, and the four of them cost 2 ms of every start
class Box:
    """A word as placed: `token` indexes the article's tokens, start..end are text offsets,
    `hanzi_x` is where the characters start (centred under wider pinyin), `shown` the characters
    as drawn."""

    def __init__(
        self,
        token: int,
        start: int,
        end: int,
        x: float,
        width: float,
        hanzi_x: float,
        syllables: list[str],
        heading: bool,
        shown: str,
        metrics: TextMetrics,
    ):
        self.token, self.start, self.end = token, start, end
        self.x, self.width, self.hanzi_x = x, width, hanzi_x
        self.syllables, self.heading, self.shown, self.metrics = syllables, heading, shown, metrics

    def __repr__(self) -> str:
        return f"Box(token={self.token}, {self.start}..{self.end} {self.shown!r} x={self.x:.1f})"

    @cached_property
    def edges(self) -> list[float]:
        """x of each character boundary, relative to hanzi_x; len = end - start + 1."""
        return self.metrics.edges(self.shown)


class Line:
    def __init__(self, top: float, height: float, hanzi_baseline: float, pinyin_baseline: float):
        self.top, self.height = top, height
        self.hanzi_baseline, self.pinyin_baseline = hanzi_baseline, pinyin_baseline
        self.boxes: list[Box] = []


class TextLine(NamedTuple):
    """A line of the header (title, byline): no tokens, no pinyin."""

    text: str
    x: float
    baseline: float
    font: QFont
    role: str  # "title" | "byline" | "note"


class Layout:
    def __init__(
        self,
        lines: list[Line],
        header: list[TextLine],
        height: float,
        boxes: list[Box | None],
        left: float,
        right: float,
    ):
        self.lines, self.header, self.height = lines, header, height
        self.boxes = boxes  # by token index; None for paragraph breaks
        self.left, self.right = left, right

    def line_at(self, y: float) -> Line | None:
        tops = [ln.top for ln in self.lines]
        i = bisect.bisect_right(tops, y) - 1
        if 0 <= i < len(self.lines) and y < self.lines[i].top + self.lines[i].height:
            return self.lines[i]
        return None

    def offset_at(self, x: float, y: float) -> int | None:
        """The text offset nearest to a point (between characters), None above the text."""
        if not self.lines or y < self.lines[0].top:
            return None
        line = self.line_at(y)
        if line is None:
            tops = [ln.top for ln in self.lines]
            i = max(0, bisect.bisect_right(tops, y) - 1)
            line = self.lines[i]
        if not line.boxes:
            return None
        for box in line.boxes:
            if x < box.x + box.width:
                rel = x - box.hanzi_x
                for k in range(len(box.edges) - 1):
                    if rel < (box.edges[k] + box.edges[k + 1]) / 2:
                        return box.start + k
                return box.end
        return line.boxes[-1].end

    def box_at(self, x: float, y: float) -> Box | None:
        line = self.line_at(y)
        if line is None:
            return None
        for box in line.boxes:
            if box.x <= x < box.x + box.width:
                return box
        return None


def layout_article(
    article: dict,
    width: float,
    fonts: dict[str, QFont],
    *,
    pinyin_above: bool,
    word_gap: bool,
    display: dict | None = None,
    note: str = "",
) -> Layout:
    """Lines for an article at a given widget width. `fonts`: hanzi, pinyin, heading, title, byline.
    `display` gives the text, title and byline as shown (traditional characters), each exactly as
    long as the article's own, so that every offset holds; `note` is the reader's note on it."""
    flow = _Flow(article, display or article, width, fonts, pinyin_above, word_gap)
    flow.note = note
    flow.note = note
    flow.place_header()
    flow.place_words()
    return flow.layout()


class _Flow:
    """One layout in the making: the measure of the page, then the header, then each word placed
    on the current line or a new one, by the rules of Chinese line breaking."""

    def __init__(
        self,
        article: dict,
        display: dict,
        width: float,
        fonts: dict[str, QFont],
        pinyin_above: bool,
        word_gap: bool,
    ):
        self.display, self.fonts, self.pinyin_above = display, fonts, pinyin_above
        self.hz, self.py = metrics_for(fonts["hanzi"]), metrics_for(fonts["pinyin"])
        self.head = metrics_for(fonts["heading"])
        self.em = self.hz.fm.height()
        self.margin = max(24.0, min(72.0, width * 0.06))
        measure = min(width - 2 * self.margin, 40 * self.em)  # lines of ~40 characters read best
        self.left = max(self.margin, (width - measure) / 2)
        self.right = self.left + measure
        self.y = self.margin * 0.8
        self.text = display.get("text", "")
        self.tokens = as_tokens(article.get("tokens", []))
        self.spans = self.tokens.spans()
        self.syllables = self.tokens.syllables()  # one per character
        self.headings = {s["start"] for s in article.get("sections", [])}
        self.gap = self.em * 0.18 if word_gap else 0.0
        self.header: list[TextLine] = []
        self.lines: list[Line] = []
        self.boxes: list[Box | None] = [None] * len(self.tokens)
        self._punctuation_only: dict[str, bool] = {}
        self.note = ""  # the reader's note on the whole article, shown under the byline

    def layout(self) -> Layout:
        return Layout(
            self.lines, self.header, self.y + self.margin, self.boxes, self.left, self.right
        )

    def place_header(self) -> None:
        d, em = self.display, self.em
        if d.get("title"):
            units = title_units(d["title"], self._known_words())
            self.y = (
                _wrap_header(
                    units, self.fonts["title"], self.left, self.right, self.y, "title", self.header
                )
                + em * 0.3
            )
        byline = " · ".join(x for x in (d.get("source"), "、".join(d.get("byline") or ())) if x)
        if byline:
            self.y = _wrap_header(
                list(byline),
                self.fonts["byline"],
                self.left,
                self.right,
                self.y,
                "byline",
                self.header,
            )
        if self.note:
            self.y += em * 0.4
            self.y = _wrap_header(
                list("✎ " + self.note.replace("\n", " ")),
                self.fonts["byline"],
                self.left,
                self.right,
                self.y,
                "note",
                self.header,
            )
        if self.header:
            self.y += em * 0.9

    def _known_words(self) -> set[str]:
        """The article's own words of two characters or more: a title has no tokens, and most
        of its words come again in the text."""
        text = self.text
        return {text[s:e] for s, e in self.spans if 1 < e - s <= MAX_TITLE_WORD}

    def place_words(self) -> None:
        text, line = self.text, None
        para_start, heading, metrics, x = True, False, self.hz, self.left
        for i, (s, e) in enumerate(self.spans):
            word = text[s:e]
            if "\n" in word:  # a paragraph ends
                if line is not None:
                    self.y = line.top + line.height + self.em * 0.55
                line, para_start = None, True
                continue
            if para_start:
                heading = _paragraph_start(text, s) in self.headings
                metrics = self.head if heading else self.hz
            if line is None:
                line = self._new_line(self.y, heading)
                x = self.left + (2 * metrics.width("中") if para_start and not heading else 0)
                para_start = False
            w_hz, w = self._measure(s, e, metrics)
            if self._breaks_before(i, word, x, w, w_hz, metrics) and line.boxes:
                line, x = self._break_line(line, heading, word)
            box = Box(
                i, s, e, x, w, x + (w - w_hz) / 2, self.syllables[s:e], heading, word, metrics
            )
            line.boxes.append(box)
            self.boxes[i] = box
            x += w
        if line is not None:
            self.y = line.top + line.height

    def _measure(self, s: int, e: int, metrics: TextMetrics) -> tuple[float, float]:
        """(width of the characters, width of the box)"""
        word = self.text[s:e]
        w_hz = metrics.width(word)
        syllables = self.syllables[s:e]
        w_py = self.py.width("".join(syllables)) if self.pinyin_above and any(syllables) else 0.0
        punct = self._punctuation_only.get(word)
        if punct is None:
            punct = self._punctuation_only[word] = all(c in PUNCTUATION for c in word)
        return w_hz, max(w_hz, w_py) + (0.0 if punct else self.gap)

    def _breaks_before(
        self, i: int, word: str, x: float, w: float, w_hz: float, metrics: TextMetrics
    ) -> bool:
        if word[0] in OPENING:  # an opening bracket or quote goes to the next line with its word
            following = self.spans[i + 1] if i + 1 < len(self.spans) else None
            ahead = 0.0
            if following and "\n" not in self.text[slice(*following)]:
                ahead = self._measure(*following, metrics)[1]
            return x + w + ahead > self.right
        # closing punctuation may hang a little into the margin rather than start a line
        return x + w > self.right and not (
            word[0] in PUNCTUATION and x + w_hz <= self.right + self.em
        )

    def _break_line(self, line: Line, heading: bool, word: str) -> tuple[Line, float]:
        """A new line; the word a closing mark belongs to goes down with it."""
        carried = _closed_word(line, self.text) if word[0] in CLOSING else []
        line = self._new_line(line.top + line.height, heading)
        x = self.left
        for box in carried:
            box.hanzi_x += x - box.x
            box.x = x
            line.boxes.append(box)
            x += box.width
        return line, x

    def _new_line(self, top: float, heading: bool) -> Line:
        metrics = self.head if heading else self.hz
        if self.pinyin_above:
            py_h = self.py.fm.height()
            height = py_h + metrics.fm.height() * 1.25
            pinyin_base = top + self.py.fm.ascent()
            hanzi_base = top + py_h + metrics.fm.ascent() + metrics.fm.height() * 0.05
        else:
            height = metrics.fm.height() * 1.75
            pinyin_base = top
            hanzi_base = top + (height - metrics.fm.height()) / 2 + metrics.fm.ascent()
        line = Line(top, height, hanzi_base, pinyin_base)
        self.lines.append(line)
        return line


def _closed_word(line: Line, text: str) -> list[Box]:
    """Take off the end of a full line the word (and the marks after it) that a closing mark
    coming next belongs to, unless that would empty the line."""
    taken: list[Box] = []
    while len(line.boxes) > 1 and len(taken) < 4:
        box = line.boxes.pop()
        taken.insert(0, box)
        if text[box.start] not in PUNCTUATION:
            break
    return taken


def _paragraph_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def title_units(title: str, words: set[str]) -> list[str]:
    """The title in pieces no line may break inside: the longest known word at each place, a
    number with its unit's digits, else one character; spaces stay pieces of their own."""
    units: list[str] = []
    i = 0
    while i < len(title):
        for size in range(min(MAX_TITLE_WORD, len(title) - i), 1, -1):
            if title[i : i + size] in words:
                break
        else:
            number = _NUMBER_RUN.match(title, i)
            size = number.end() - i if number else 1
            unit = title[i + size : i + size + 1]
            if (
                number
                and unit
                and unit not in PUNCTUATION
                and not _starts_word(title, i + size, words)
            ):
                size += 1
        units.append(title[i : i + size])
        i += size
    return units


def _starts_word(text: str, at: int, words: set[str]) -> bool:
    return any(text[at : at + n] in words for n in range(2, MAX_TITLE_WORD + 1))


def _wrap_header(
    units: list[str],
    font: QFont,
    left: float,
    right: float,
    y: float,
    role: str,
    out: list[TextLine],
) -> float:
    """Wrap a title between its units; a two-part headline breaks between its parts before it
    breaks inside one, and a closing mark never starts a line."""
    m = metrics_for(font)
    width = right - left
    text = "".join(units)
    parts: list[list[str]] = [[]]
    for unit in units:
        if unit == " " and m.width(text) > width:
            parts.append([])
        else:
            parts[-1].append(unit)
    for part in parts:
        line = ""
        for unit in part:
            if line and m.width(line + unit) > width and unit[0] not in CLOSING:
                out.append(TextLine(line, left, y + m.fm.ascent(), font, role))
                y += m.fm.height() * 1.2
                line = ""
            line += unit
        if line:
            out.append(TextLine(line, left, y + m.fm.ascent(), font, role))
            y += m.fm.height() * 1.2
    return y
