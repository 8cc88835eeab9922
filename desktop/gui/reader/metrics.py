"""Text widths for the layout, measured once per font and remembered between runs.

Measuring is the slow part of laying out an article the first time: every new glyph is looked up
in the font (about 40 µs each, 20 ms for an article). A width depends only on the string, the font
and Qt, so the widths measured in one run are kept in the cache folder for the next. A font that
measures differently now (updated, replaced) is caught by measuring again the first strings it
remembers: text of the kind that font sets (a probe in another script would make a Latin font look
for a CJK face to fall back on, 3 ms). Each font's widths are kept marshalled on their own, so a
run decodes only the fonts it uses."""

from __future__ import annotations

import marshal
from itertools import islice

from PySide6.QtCore import qVersion
from PySide6.QtGui import QFont, QFontMetricsF

from desktop.core import cache

# Han characters, CJK punctuation and full-width forms: their glyphs never kern or join, so a word
# of them is as wide as its characters together (and those are fewer to measure than words)
_CJK_RANGES = (
    (0x3000, 0x303F),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0xFF00, 0xFFEF),
)


def cjk_only(s: str) -> bool:
    """Every character in _CJK_RANGES (start-up: a test, not a regex; compiling that class is
    2 ms a start, and this runs only for strings not measured before)."""
    return all(any(lo <= ord(c) <= hi for lo, hi in _CJK_RANGES) for c in s)


PROBES = 3  # remembered strings measured again to check the font
LIMIT = 50_000  # strings remembered per font
KEPT = 20_000  # of which kept between runs
FONTS = 16  # fonts in memory at once: zooming makes new ones, and old sizes are rarely back


class TextMetrics:
    def __init__(self, font: QFont, remembered: dict[str, float] | None = None):
        self.fm = QFontMetricsF(font)
        self.cache: dict[str, float] = {}
        self.learned = False  # measured something not remembered yet
        if remembered and all(
            w == self.fm.horizontalAdvance(s) for s, w in islice(remembered.items(), PROBES)
        ):
            self.cache.update(remembered)

    def width(self, s: str) -> float:
        w = self.cache.get(s)
        if w is None:
            if len(self.cache) >= LIMIT:
                self.cache.clear()
            if len(s) > 1 and cjk_only(s):
                w = sum(self.width(c) for c in s)
            else:
                w = self.fm.horizontalAdvance(s)
            self.cache[s] = w
            self.learned = True
        return w

    def edges(self, word: str) -> list[float]:
        """x of every character boundary in `word`."""
        return [0.0] + [self.width(word[:k]) for k in range(1, len(word) + 1)]


_in_use: dict[str, TextMetrics] = {}
_remembered: dict[str, bytes] | None = None  # font key -> its widths, marshalled


def cache_key() -> str:
    return "qt" + qVersion().replace(".", "_")


def metrics_for(font: QFont) -> TextMetrics:
    global _remembered
    key = font.key()
    found = _in_use.get(key)
    if found is None:
        if _remembered is None:
            stored = cache.load("text-widths", cache_key())
            _remembered = stored if isinstance(stored, dict) else {}
        if len(_in_use) >= FONTS:
            _in_use.clear()
        found = _in_use[key] = TextMetrics(font, _decoded(_remembered.get(key)))
    return found


def _decoded(raw: object) -> dict[str, float] | None:
    if not isinstance(raw, bytes):  # none kept for the font, or a cache of another shape
        return None
    try:
        widths = marshal.loads(raw)
    except (TypeError, ValueError, EOFError):
        return None
    return widths if isinstance(widths, dict) else None


def remember() -> None:
    """Keep what this run measured for the next (the window calls it when it closes)."""
    global _remembered
    learned = {key: m for key, m in _in_use.items() if m.learned}
    if not learned:
        return
    kept = dict(_remembered or {})
    for key, m in learned.items():
        kept.pop(key, None)  # to the end: the fonts used last are kept longest
        kept[key] = marshal.dumps(dict(islice(m.cache.items(), KEPT)))
        m.learned = False
    if len(kept) > FONTS:
        kept = dict(list(kept.items())[-FONTS:])
    cache.store("text-widths", cache_key(), kept)
    _remembered = kept
