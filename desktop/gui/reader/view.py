"""The reading view: one article as words with pinyin, figures, speakers and highlights.

It paints the boxes of `layout.layout_article` and maps mouse and keyboard to text offsets:
hovering (or the word cursor: arrows, n, b) shows the word popup; dragging selects characters
(copy gives the characters only, never the pinyin)."""

from __future__ import annotations

import bisect
from typing import NamedTuple

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPen
from PySide6.QtWidgets import QWidget

from desktop.gui.reader.layout import PUNCTUATION, Layout, layout_article
from desktop.gui.reader.popup import WordPopup, popup_html
from desktop.core.tokens import with_packed_tokens
from desktop.core.tones import tone_of
from desktop.core.vocabulary import is_vocabulary, person_spans
from desktop.gui.theme import (FIGURE_COLORS, HIGHLIGHT_COLORS, SPEAKER_COLORS, Theme, hanzi_font, make_theme,
                               pinyin_font)

FLASH_MS = 1600


class ViewOptions(NamedTuple):  # immutable: the window makes new options for every change
    pinyin_mode: str = "hover"  # hover | above | off
    show_words: bool = True
    tone_colors: bool = True
    tone_on_characters: bool = False
    show_figures: bool = True
    show_speakers: bool = True
    font_size: float = 18.0
    show_unknown: bool = False
    show_hsk: bool = False
    hsk_level: int = 4
    hsk_edition: str = "3.0"
    traditional: bool = False
    hanzi_family: str = ""


class _Marks:
    """Decorations of one token: (start, end, what) with offsets inside the token."""

    __slots__ = ("fills", "underlines", "frames", "name_color")

    def __init__(self) -> None:
        self.fills: list[tuple[int, int, QColor]] = []
        self.underlines: list[tuple[int, int, QColor, bool]] = []  # the bool: dashed
        self.frames: list[tuple[int, int, QColor]] = []
        self.name_color: QColor | None = None


def _fill(p: QPainter, rect, color: QColor) -> None:
    """fillRect's work without fillRect: PySide6 resolves its overloads (gradient presets, brush
    styles) by making those types, 4 ms on the first call, before the first picture."""
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(color)
    p.drawRect(rect)
    p.setBrush(Qt.BrushStyle.NoBrush)


class ReaderView(QWidget):
    cursor_moved = Signal(QRect)  # the word cursor's word: the scroll area keeps it in view

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAccessibleName(self.tr("Article text"))
        self.article: dict | None = None
        self.display: dict | None = None
        self.highlights: list[dict] = []
        self.word_statuses: dict[str, str] = {}
        self.options = ViewOptions()
        self.theme: Theme = make_theme("light")
        self.popup = WordPopup(self)
        self._layout: Layout | None = None
        self._layout_width = -1
        self._marks: list[_Marks] = []
        self._selection: tuple[int, int] | None = None
        self._anchor: int | None = None
        self._cursor = -1
        self._hover = -1
        self._flash: tuple[int, int] | None = None
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.setInterval(FLASH_MS)
        self._flash_timer.timeout.connect(self._end_flash)

    # --- what to show -------------------------------------------------------------------------

    def set_article(self, article: dict | None, highlights: list[dict] = ()) -> None:
        self.article = with_packed_tokens(article)
        self.display = self._display_of(self.article)
        self.highlights = list(highlights)
        self._selection = None
        self._cursor = self._hover = -1
        self.popup.hide_popup()
        self._decorate()
        self._relayout(force=True)

    def _display_of(self, article: dict | None) -> dict | None:
        """The article as shown: its own characters, or traditional ones of the same length."""
        if article is None or not self.options.traditional:
            return article
        from desktop.core.script import to_traditional

        return {"text": to_traditional(article["text"], article["tokens"].spans()),
                "title": to_traditional(article["title"]) if article.get("title") else None,
                "source": to_traditional(article["source"]) if article.get("source") else None,
                "byline": [to_traditional(b) for b in article.get("byline") or ()]}

    def set_word_statuses(self, statuses: dict[str, str]) -> None:
        self.word_statuses = dict(statuses)
        self._decorate()
        self.update()

    def word_at_cursor(self) -> str | None:
        """The word under the word cursor, or else under the mouse."""
        token = self._cursor if self._cursor >= 0 else self._hover
        if not self.article or token < 0:
            return None
        start, end = self.article["tokens"].span(token)
        return self.article["text"][start:end]

    def set_highlights(self, highlights: list[dict]) -> None:
        self.highlights = list(highlights)
        self._decorate()
        self.update()

    def set_options(self, options: ViewOptions, theme: Theme) -> None:
        relayout = (options.pinyin_mode, options.show_words, options.font_size, options.traditional,
                    options.hanzi_family) != (self.options.pinyin_mode, self.options.show_words,
                                              self.options.font_size, self.options.traditional,
                                              self.options.hanzi_family)
        script_changed = options.traditional != self.options.traditional
        self.options, self.theme = options, theme
        if script_changed:
            self.display = self._display_of(self.article)
        self.popup.hide_popup()
        self._decorate()
        if relayout:
            self._relayout(force=True)
        else:
            self.update()

    def selected_range(self) -> tuple[int, int] | None:
        return self._selection

    def selected_text(self) -> str:
        if not self.article or not self._selection:
            return ""
        a, b = self._selection
        return self.display["text"][a:b]  # the characters as shown

    def cursor_token(self) -> int:
        return self._cursor

    def hovered_token(self) -> int:
        return self._hover

    def select_range(self, start: int, end: int) -> None:
        """Select characters start–end of the article, as a drag of the mouse would."""
        length = len(self.article["text"]) if self.article else 0
        start, end = max(0, min(start, length)), max(0, min(end, length))
        self._selection = (min(start, end), max(start, end)) if start != end else None
        self.update()

    def clear_selection(self) -> None:
        self._selection = None
        self.update()

    # --- geometry -----------------------------------------------------------------------------

    def fonts(self) -> dict[str, QFont]:
        size, family = self.options.font_size, self.options.hanzi_family
        hz = hanzi_font(size, family)
        heading = hanzi_font(size * 1.12, family)
        heading.setBold(True)
        title = hanzi_font(size * 1.6, family)
        title.setBold(True)
        byline = pinyin_font(size * 1.3)
        return {"hanzi": hz, "pinyin": pinyin_font(size), "heading": heading, "title": title, "byline": byline}

    def _relayout(self, force: bool = False) -> None:
        width = self.width()
        if not self.isVisible() and self.article is not None:
            self._layout_width = -1  # laid out when shown, at the width it is shown at
            return
        if not force and width == self._layout_width:
            return
        self._layout_width = width
        if self.article is None:
            self._layout = None
            self.setMinimumHeight(0)
        else:
            self._layout = layout_article(self.article, width, self.fonts(),
                                          pinyin_above=self.options.pinyin_mode == "above",
                                          word_gap=self.options.show_words, display=self.display)
            self.setMinimumHeight(int(self._layout.height) + 1)
        self.update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._relayout()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._relayout()

    def rect_for_range(self, start: int, end: int) -> QRect:
        """The area the characters start..end cover (for scrolling to them)."""
        if not self._layout:
            return QRect()
        area = QRectF()
        for line in self._layout.lines:
            for box in line.boxes:
                if box.start < end and start < box.end:
                    area = area.united(QRectF(box.x, line.top, box.width, line.height))
        return area.toAlignedRect()

    def token_rect(self, token: int) -> QRect:
        if not self._layout or not (0 <= token < len(self._layout.boxes)) or self._layout.boxes[token] is None:
            return QRect()
        box = self._layout.boxes[token]
        return self.rect_for_range(box.start, box.end)

    # --- decorations ----------------------------------------------------------------------------

    def _decorate(self) -> None:
        """Per token: highlight fills, statement tints, figure frames, speaker-name colours."""
        article = self.article
        if not article:
            self._marks = []
            return
        spans = article["tokens"].spans()
        marks = [_Marks() for _ in spans]
        starts = [s for s, _ in spans]
        colors = {sp["name"]: QColor(SPEAKER_COLORS[i % len(SPEAKER_COLORS)])
                  for i, sp in enumerate(article.get("speakers", []))}

        def each_token(a: int, b: int):
            i = max(0, bisect.bisect_right(starts, a) - 1)
            while i < len(spans) and spans[i][0] < b:
                start, end = spans[i]
                lo, hi = max(a, start) - start, min(b, end) - start
                if lo < hi:
                    yield i, lo, hi
                i += 1

        for h in self.highlights:
            color = QColor(HIGHLIGHT_COLORS.get(h["color"], "#ffe066"))
            color.setAlpha(self.theme.highlight_alpha)
            for i, lo, hi in each_token(h["start"], h["end"]):
                marks[i].fills.append((lo, hi, color))
        if self.options.show_speakers:
            for st in article.get("statements", []):
                base = colors.get(st["speaker"])
                if base is None:
                    continue
                tint = QColor(base)
                tint.setAlpha(60 if st["direct"] else 26)
                for i, lo, hi in each_token(st["start"], st["end"]):
                    marks[i].fills.append((lo, hi, tint))
                    if not st["direct"]:
                        marks[i].underlines.append((lo, hi, base, True))
            for sp in article.get("speakers", []):
                for a, b in sp["mentions"]:
                    for i, lo, hi in each_token(a, b):
                        marks[i].name_color = colors[sp["name"]]
        if self.options.show_unknown or self.options.show_hsk:
            self._mark_words(marks)
        if self.options.show_figures:
            for fig in article.get("figures", []):
                color = QColor(FIGURE_COLORS.get(fig["kind"], "#777777"))
                for i, lo, hi in each_token(fig["start"], fig["end"]):
                    marks[i].frames.append((lo, hi, color))
        self._marks = marks

    def _mark_words(self, marks: list[_Marks]) -> None:
        """Learning words amber, new words a dashed blue line; words above the chosen HSK level violet."""
        from desktop.core.dictionary import hsk_level

        text = self.article["text"]
        names = person_spans(self.article.get("speakers", []))
        learning, new, above = QColor("#f08c00"), QColor("#4c8bf5"), QColor("#9c36b5")
        for i, (start, end) in enumerate(self.article["tokens"].spans()):
            word = text[start:end]
            if (start, end) in names or not is_vocabulary(word):
                continue  # the same words the vocabulary lists: no names, figures or punctuation
            size = end - start
            if self.options.show_unknown:
                status = self.word_statuses.get(word, "new")
                if status == "learning":
                    marks[i].underlines.append((0, size, learning, False))
                elif status == "new":
                    marks[i].underlines.append((0, size, new, True))
            if self.options.show_hsk:
                level = hsk_level(word, self.options.hsk_edition)
                if level is not None and level > self.options.hsk_level:
                    marks[i].frames.append((0, size, above))

    # --- painting -------------------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        clip = event.rect()
        _fill(p, clip, self.theme.background)
        layout = self._layout
        if layout is None:
            p.setPen(self.theme.muted)
            p.setFont(pinyin_font(self.options.font_size * 1.4))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                       self.tr("Open a news page (Ctrl+O) or drop a file here"))
            return
        for tl in layout.header:
            p.setFont(tl.font)
            p.setPen(self.theme.heading if tl.role == "title" else self.theme.muted)
            p.drawText(QPointF(tl.x, tl.baseline), tl.text)
        fonts = self.fonts()
        bold = QFont(fonts["hanzi"])
        bold.setBold(True)
        heading_font = fonts["heading"]
        for line in layout.lines:
            if line.top > clip.bottom() or line.top + line.height < clip.top():
                continue
            for n, box in enumerate(line.boxes):
                self._paint_box(p, line, box, n, fonts, bold, heading_font)

    def _range_rect(self, line, box, lo: int, hi: int, font_height: float, whole: bool = False) -> QRectF:
        """Where characters lo..hi of a box are; `whole` takes in the box's spacing when the range
        covers the whole word, so that tints run on without gaps."""
        if whole and lo == 0 and hi == box.end - box.start:
            x0, x1 = box.x, box.x + box.width
        else:
            x0 = box.hanzi_x + box.edges[lo]
            x1 = box.hanzi_x + box.edges[hi]
        top = line.hanzi_baseline - font_height * 0.92
        return QRectF(x0, top, x1 - x0, font_height * 1.12)

    def _paint_box(self, p: QPainter, line, box, n: int, fonts, bold: QFont, heading_font: QFont) -> None:
        text = self.display["text"][box.start:box.end]
        marks = self._marks[box.token] if box.token < len(self._marks) else _Marks()
        font = heading_font if box.heading else (bold if marks.name_color is not None else fonts["hanzi"])
        p.setFont(font)
        fh = p.fontMetrics().height()
        size = len(text)
        for lo, hi, color in marks.fills:
            _fill(p, self._range_rect(line, box, lo, hi, fh, whole=True), color)
        for rng, color in self._transient_fills(box):
            _fill(p, self._range_rect(line, box, *rng, fh, whole=True), color)
        if box.token == self._cursor:
            pen = QPen(self.theme.text)
            pen.setWidthF(1.2)
            p.setPen(pen)
            p.drawRoundedRect(self._range_rect(line, box, 0, size, fh).adjusted(-2, -1, 2, 1), 3, 3)
        for lo, hi, color in marks.frames:
            pen = QPen(color)
            pen.setWidthF(1.6)
            p.setPen(pen)
            r = self._range_rect(line, box, lo, hi, fh)
            p.drawLine(QPointF(r.left(), r.bottom()), QPointF(r.right(), r.bottom()))
            p.drawLine(QPointF(r.left(), r.bottom() - 3), QPointF(r.left(), r.bottom()))
            p.drawLine(QPointF(r.right(), r.bottom() - 3), QPointF(r.right(), r.bottom()))
        for lo, hi, color, dashed in marks.underlines:
            pen = QPen(color)
            pen.setWidthF(1.0)
            pen.setStyle(Qt.PenStyle.DotLine if dashed else Qt.PenStyle.SolidLine)
            p.setPen(pen)
            r = self._range_rect(line, box, lo, hi, fh, whole=True)
            p.drawLine(QPointF(r.left(), r.bottom() + 2), QPointF(r.right(), r.bottom() + 2))
        is_word = not all(c in PUNCTUATION for c in text)
        if self.options.show_words and is_word:
            p.setPen(QPen(self.theme.word_lines[n % 2], 1.0))
            y = line.hanzi_baseline + fh * 0.22
            p.drawLine(QPointF(box.hanzi_x + 1, y), QPointF(box.hanzi_x + box.edges[-1] - 1, y))
        colored_chars = self.options.tone_colors and self.options.tone_on_characters
        if colored_chars and marks.name_color is None:
            for k, ch in enumerate(text):
                syl = box.syllables[k] if k < len(box.syllables) else ""
                p.setPen(self.theme.tones[tone_of(syl)] if syl else self.theme.text)
                p.drawText(QPointF(box.hanzi_x + box.edges[k], line.hanzi_baseline), ch)
        else:
            p.setPen(marks.name_color or (self.theme.heading if box.heading else self.theme.text))
            p.drawText(QPointF(box.hanzi_x, line.hanzi_baseline), text)
        if self.options.pinyin_mode == "above" and any(box.syllables):
            self._paint_pinyin(p, line, box, fonts["pinyin"])

    def _paint_pinyin(self, p: QPainter, line, box, font: QFont) -> None:
        p.setFont(font)
        fm = p.fontMetrics()
        syllables = [s for s in box.syllables if s]
        total = fm.horizontalAdvance("".join(syllables))
        x = box.x + (box.width - total) / 2
        for s in syllables:
            color = self.theme.tones[tone_of(s)] if self.options.tone_colors else self.theme.muted
            p.setPen(color)
            p.drawText(QPointF(x, line.pinyin_baseline), s)
            x += fm.horizontalAdvance(s)

    def _transient_fills(self, box):
        out = []
        for rng, color in ((self._selection, self.theme.selection), (self._flash, QColor(255, 170, 0, 130))):
            if rng and rng[0] < box.end and box.start < rng[1]:
                out.append(((max(rng[0], box.start) - box.start, min(rng[1], box.end) - box.start), color))
        return out

    # --- flash and scroll targets ------------------------------------------------------------------

    def flash(self, start: int, end: int) -> None:
        """Mark a passage for a moment (after a jump to it)."""
        self._flash = (start, end)
        self._flash_timer.start()
        self.update()

    def _end_flash(self) -> None:
        self._flash = None
        self.update()

    # --- mouse ---------------------------------------------------------------------------------

    def mouseMoveEvent(self, event) -> None:
        pos = event.position()
        if self._layout is None:
            return
        if event.buttons() & Qt.MouseButton.LeftButton and self._anchor is not None:
            offset = self._layout.offset_at(pos.x(), pos.y())
            if offset is not None:
                a, b = sorted((self._anchor, offset))
                self._selection = (a, b) if a < b else None
                self.update()
            return
        box = self._layout.box_at(pos.x(), pos.y())
        token = box.token if box else -1
        if token != self._hover:
            self._hover = token
            if token >= 0 and self._is_word(token):
                self.show_popup(token)
            else:
                self.popup.hide_popup()

    def mousePressEvent(self, event) -> None:
        self.setFocus()
        if event.button() == Qt.MouseButton.LeftButton and self._layout:
            pos = event.position()
            self._anchor = self._layout.offset_at(pos.x(), pos.y())
            self._selection = None
            self.popup.hide_popup()
            self.update()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._anchor = None
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        if self._layout:
            box = self._layout.box_at(event.position().x(), event.position().y())
            if box:
                self._selection = (box.start, box.end)
                self.update()

    def leaveEvent(self, event) -> None:
        self._hover = -1
        self.popup.hide_popup()
        super().leaveEvent(event)

    # --- keyboard: the word cursor ----------------------------------------------------------------

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_N):
            self.move_cursor(+1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_B):
            self.move_cursor(-1)
        elif key == Qt.Key.Key_Down:
            self.move_cursor_line(+1)
        elif key == Qt.Key.Key_Up:
            self.move_cursor_line(-1)
        elif key == Qt.Key.Key_Escape:
            self.popup.hide_popup()
            self._selection = None
            self.update()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _is_word(self, token: int) -> bool:
        start, end = self.article["tokens"].span(token)
        return not all(c in PUNCTUATION or c.isspace() for c in self.article["text"][start:end])

    def move_cursor(self, step: int) -> None:
        if not self.article or not self.article["tokens"]:
            return
        n = len(self.article["tokens"])
        i = self._cursor
        while True:
            i = i + step if i >= 0 else (0 if step > 0 else n - 1)
            if not 0 <= i < n:
                return
            if self._is_word(i) and self._layout and self._layout.boxes[i] is not None:
                break
        self.set_cursor(i)

    def move_cursor_line(self, step: int) -> None:
        if not self._layout or self._cursor < 0:
            self.move_cursor(step)
            return
        rect = self.token_rect(self._cursor)
        lines = self._layout.lines
        index = next((k for k, ln in enumerate(lines) if ln.top <= rect.center().y() < ln.top + ln.height), None)
        if index is None or not 0 <= index + step < len(lines):
            return
        target = lines[index + step]
        words = [b for b in target.boxes if self._is_word(b.token)]
        if words:
            best = min(words, key=lambda b: abs(b.x + b.width / 2 - rect.center().x()))
            self.set_cursor(best.token)

    def set_cursor(self, token: int) -> None:
        self._cursor = token
        self.update()
        self.cursor_moved.emit(self.token_rect(token))
        self.show_popup(token)

    def show_popup(self, token: int) -> None:
        if not self.article:
            return
        start, end = self.article["tokens"].span(token)
        html = popup_html(self.article, token, self.theme, show_pinyin=self.options.pinyin_mode != "off",
                          tone_colors=self.options.tone_colors, highlights=self.highlights,
                          statuses=self.word_statuses, hsk_edition=self.options.hsk_edition,
                          shown=self.display["text"][start:end])
        rect = self.token_rect(token)
        anchor = QRect(self.mapToGlobal(rect.topLeft()), self.mapToGlobal(rect.bottomRight()))
        self.popup.show_at(html, anchor, token)

    def copy_selection(self) -> bool:
        text = self.selected_text()
        if text:
            QGuiApplication.clipboard().setText(text)
        return bool(text)

    def offset_at(self, point: QPoint) -> int | None:
        return self._layout.offset_at(point.x(), point.y()) if self._layout else None

    def text_layout(self) -> Layout | None:
        return self._layout
