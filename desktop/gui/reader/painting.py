"""Painting a laid-out article: the header, then each word box with its fills, frames and
underlines, its characters (tone-coloured if asked), and the pinyin above it. The reading view
hands over what to draw; nothing here keeps state between paints."""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from desktop.core.tones import tone_of
from desktop.gui.reader.layout import PUNCTUATION, Layout
from desktop.gui.reader.marks import Marks
from desktop.gui.theme import Theme

FLASH_COLOR = QColor(255, 170, 0, 130)  # a passage jumped to, for a moment
NO_MARKS = Marks()


class Scene(NamedTuple):
    """What one paint draws."""

    layout: Layout
    text: str  # the characters as shown (simplified or traditional: the same offsets)
    marks: list[Marks]
    options: Any  # ViewOptions
    theme: Theme
    fonts: dict[str, QFont]
    cursor: int  # the token with the word cursor, or -1
    selection: tuple[int, int] | None
    flash: tuple[int, int] | None


def fill(p: QPainter, rect: QRect | QRectF, color: QColor) -> None:
    """fillRect's work without fillRect: PySide6 resolves its overloads (gradient presets, brush
    styles) by making those types, 4 ms on the first call, before the first picture."""
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(color)
    p.drawRect(rect)
    p.setBrush(Qt.BrushStyle.NoBrush)


def paint(p: QPainter, scene: Scene, clip: QRect) -> None:
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    for tl in scene.layout.header:
        p.setFont(tl.font)
        p.setPen(scene.theme.heading if tl.role == "title" else scene.theme.muted)
        p.drawText(QPointF(tl.x, tl.baseline), tl.text)
    bold = QFont(scene.fonts["hanzi"])
    bold.setBold(True)
    for line in scene.layout.lines:
        if line.top > clip.bottom() or line.top + line.height < clip.top():
            continue
        for n, box in enumerate(line.boxes):
            _paint_box(p, scene, line, box, n, bold)


def _range_rect(
    line: Any, box: Any, lo: int, hi: int, font_height: float, whole: bool = False
) -> QRectF:
    """Where characters lo..hi of a box are; `whole` takes in the box's spacing when the range
    covers the whole word, so that tints run on without gaps."""
    if whole and lo == 0 and hi == box.end - box.start:
        x0, x1 = box.x, box.x + box.width
    else:
        x0 = box.hanzi_x + box.edges[lo]
        x1 = box.hanzi_x + box.edges[hi]
    top = line.hanzi_baseline - font_height * 0.92
    return QRectF(x0, top, x1 - x0, font_height * 1.12)


def _paint_box(p: QPainter, scene: Scene, line: Any, box: Any, n: int, bold: QFont) -> None:
    theme, options = scene.theme, scene.options
    text = scene.text[box.start : box.end]
    marks = scene.marks[box.token] if box.token < len(scene.marks) else NO_MARKS
    if box.heading:
        font = scene.fonts["heading"]
    else:
        font = bold if marks.name_color is not None else scene.fonts["hanzi"]
    p.setFont(font)
    fh = p.fontMetrics().height()
    for lo, hi, color in (*marks.fills, *_transient_fills(scene, box)):
        fill(p, _range_rect(line, box, lo, hi, fh, whole=True), color)
    if box.token == scene.cursor:
        pen = QPen(theme.text)
        pen.setWidthF(1.2)
        p.setPen(pen)
        p.drawRoundedRect(_range_rect(line, box, 0, len(text), fh).adjusted(-2, -1, 2, 1), 3, 3)
    _paint_lines(p, line, box, marks, fh)
    if options.show_words and not all(c in PUNCTUATION for c in text):
        p.setPen(QPen(theme.word_lines[n % 2], 1.0))
        y = line.hanzi_baseline + fh * 0.22
        p.drawLine(QPointF(box.hanzi_x + 1, y), QPointF(box.hanzi_x + box.edges[-1] - 1, y))
    if options.tone_colors and options.tone_on_characters and marks.name_color is None:
        for k, ch in enumerate(text):
            syl = box.syllables[k] if k < len(box.syllables) else ""
            p.setPen(theme.tones[tone_of(syl)] if syl else theme.text)
            p.drawText(QPointF(box.hanzi_x + box.edges[k], line.hanzi_baseline), ch)
    else:
        p.setPen(marks.name_color or (theme.heading if box.heading else theme.text))
        p.drawText(QPointF(box.hanzi_x, line.hanzi_baseline), text)
    if options.pinyin_mode == "above" and any(box.syllables):
        _paint_pinyin(p, scene, line, box)


def _paint_lines(p: QPainter, line: Any, box: Any, marks: Marks, fh: float) -> None:
    """Figure frames (a bracket under the figure) and underlines (dotted: reported speech, new
    words; solid: learning words)."""
    for lo, hi, color in marks.frames:
        pen = QPen(color)
        pen.setWidthF(1.6)
        p.setPen(pen)
        r = _range_rect(line, box, lo, hi, fh)
        p.drawLine(QPointF(r.left(), r.bottom()), QPointF(r.right(), r.bottom()))
        p.drawLine(QPointF(r.left(), r.bottom() - 3), QPointF(r.left(), r.bottom()))
        p.drawLine(QPointF(r.right(), r.bottom() - 3), QPointF(r.right(), r.bottom()))
    for lo, hi, color, dashed in marks.underlines:
        pen = QPen(color)
        pen.setWidthF(1.0)
        pen.setStyle(Qt.PenStyle.DotLine if dashed else Qt.PenStyle.SolidLine)
        p.setPen(pen)
        r = _range_rect(line, box, lo, hi, fh, whole=True)
        p.drawLine(QPointF(r.left(), r.bottom() + 2), QPointF(r.right(), r.bottom() + 2))


def _paint_pinyin(p: QPainter, scene: Scene, line: Any, box: Any) -> None:
    p.setFont(scene.fonts["pinyin"])
    fm = p.fontMetrics()
    syllables = [s for s in box.syllables if s]
    x = box.x + (box.width - fm.horizontalAdvance("".join(syllables))) / 2
    for s in syllables:
        p.setPen(scene.theme.tones[tone_of(s)] if scene.options.tone_colors else scene.theme.muted)
        p.drawText(QPointF(x, line.pinyin_baseline), s)
        x += fm.horizontalAdvance(s)


def _transient_fills(scene: Scene, box: Any) -> list[tuple[int, int, QColor]]:
    """The selection and a passage just jumped to, where they cover this box."""
    out = []
    for rng, color in ((scene.selection, scene.theme.selection), (scene.flash, FLASH_COLOR)):
        if rng and rng[0] < box.end and box.start < rng[1]:
            out.append(
                (max(rng[0], box.start) - box.start, min(rng[1], box.end) - box.start, color)
            )
    return out
