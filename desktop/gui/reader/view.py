"""The reading view: one article as words with pinyin, figures, speakers and highlights.

The widget keeps what is shown and where the reader is; `layout.layout_article` places the
words, `marks.decorate` works out what is drawn on each, `painting.paint` draws them. The
widget maps mouse and keyboard to text offsets:
hovering (or the word cursor: arrows, n, b) shows the word popup; dragging selects characters
(copy gives the characters only, never the pinyin)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from PySide6.QtCore import QPoint, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication, QPainter
from PySide6.QtWidgets import QWidget

from desktop.core.tokens import with_packed_tokens
from desktop.gui.reader.layout import PUNCTUATION, Layout, layout_article
from desktop.gui.reader.marks import Marks, decorate
from desktop.gui.reader.painting import Scene, fill, paint
from desktop.gui.reader.popup import WordPopup, popup_html
from desktop.gui.theme import Theme, hanzi_font, make_theme, pinyin_font

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


class ReaderView(QWidget):
    cursor_moved = Signal(QRect)  # the word cursor's word: the scroll area keeps it in view
    first_painted = Signal()  # once: what can wait for the first picture starts after it

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._painted = False
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAccessibleName(self.tr("Article text"))
        self.article: dict | None = None
        self.display: dict | None = None
        self.highlights: list[dict] = []
        self.note = ""
        self.bookmarks: list[int] = []
        self.word_statuses: dict[str, str] = {}
        self.options = ViewOptions()
        self.theme: Theme = make_theme("light")
        self.popup = WordPopup(self)
        self._layout: Layout | None = None
        self._layout_width = -1
        self._marks: list[Marks] = []
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

    def set_article(
        self,
        article: dict | None,
        highlights: Iterable[dict] = (),
        note: str = "",
        bookmarks: Iterable[int] = (),
    ) -> None:
        self.note, self.bookmarks = note, sorted(bookmarks)
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
        from desktop.core.traditional import to_traditional

        return {
            "text": to_traditional(article["text"], article["tokens"].spans()),
            "title": to_traditional(article["title"]) if article.get("title") else None,
            "source": to_traditional(article["source"]) if article.get("source") else None,
            "byline": [to_traditional(b) for b in article.get("byline") or ()],
        }

    def set_note(self, note: str) -> None:
        """The reader's note on the whole article, shown at its top."""
        if note != self.note:
            self.note = note
            self._relayout(force=True)

    def set_bookmarks(self, offsets: list[int]) -> None:
        """Where the article is bookmarked: marked in the margin."""
        self.bookmarks = sorted(offsets)
        self.update()

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
        relayout = (
            options.pinyin_mode,
            options.show_words,
            options.font_size,
            options.traditional,
            options.hanzi_family,
        ) != (
            self.options.pinyin_mode,
            self.options.show_words,
            self.options.font_size,
            self.options.traditional,
            self.options.hanzi_family,
        )
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
        if self.display is None or not self._selection:
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
        return {
            "hanzi": hz,
            "pinyin": pinyin_font(size),
            "heading": heading,
            "title": title,
            "byline": byline,
        }

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
            self._layout = layout_article(
                self.article,
                width,
                self.fonts(),
                pinyin_above=self.options.pinyin_mode == "above",
                word_gap=self.options.show_words,
                display=self.display,
                note=self.note,
            )
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
        if not self._layout or not (0 <= token < len(self._layout.boxes)):
            return QRect()
        box = self._layout.boxes[token]
        return self.rect_for_range(box.start, box.end) if box is not None else QRect()

    # --- decorations ----------------------------------------------------------------------------

    def _decorate(self) -> None:
        """Per token: highlight fills, statement tints, figure frames, speaker-name colours."""
        self._marks = decorate(
            self.article, self.highlights, self.options, self.theme, self.word_statuses
        )

    # --- painting -------------------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        if not self._painted:
            self._painted = True
            # after this paint reaches the screen; not at all if the view is gone by then
            QTimer.singleShot(0, self, self.first_painted.emit)
        p = QPainter(self)
        clip = event.rect()
        fill(p, clip, self.theme.background)
        if self._layout is None or self.display is None:  # a layout is made only with a text
            p.setPen(self.theme.muted)
            p.setFont(pinyin_font(self.options.font_size * 1.4))
            p.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("Open a news page (Ctrl+O) or drop a file here"),
            )
            return
        paint(
            p,
            Scene(
                self._layout,
                self.display["text"],
                self._marks,
                self.options,
                self.theme,
                self.fonts(),
                self._cursor,
                self._selection,
                self._flash,
                self.bookmarks,
            ),
            clip,
        )

    # --- flash and scroll targets --------------------------------------------------------------

    def flash(self, start: int, end: int) -> None:
        """Mark a passage for a moment (after a jump to it)."""
        self._flash = (start, end)
        self._flash_timer.start()
        self.update()

    def flashed(self) -> tuple[int, int] | None:
        """The passage marked for a moment after a jump to it, while it is marked."""
        return self._flash

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
        assert self.article is not None  # tokens are laid out only for an article
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
        index = next(
            (k for k, ln in enumerate(lines) if ln.top <= rect.center().y() < ln.top + ln.height),
            None,
        )
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
        """The popup over one word (hovered, or at the word cursor)."""
        if self.article:
            start, end = self.article["tokens"].span(token)
            self._popup_for(start, end, token)

    def look_up(self) -> None:
        """Space, or Look up: the popup for the selection (any characters: its reading here,
        the dictionary's entries for it or its parts), else for the word at the cursor."""
        if not self.article:
            return
        if self._selection:
            self._popup_for(*self._selection, -1, asked=True)
        elif (token := self._cursor if self._cursor >= 0 else self._hover) >= 0:
            start, end = self.article["tokens"].span(token)
            self._popup_for(start, end, token, asked=True)

    def _popup_for(self, start: int, end: int, token: int, *, asked: bool = False) -> None:
        """`asked`: looked up on purpose, so the reading shows even with pinyin off (which only
        keeps it out of the text and of what a passing mouse shows)."""
        from desktop.core import dictionary

        assert self.article is not None and self.display is not None  # as its callers test
        if not dictionary.is_loaded() and asked:
            dictionary.load()  # asked for: wait for it, 0.2 s (a hover shows "loading" instead)
        html = popup_html(
            self.article,
            start,
            end,
            self.theme,
            show_pinyin=asked or self.options.pinyin_mode != "off",
            tone_colors=self.options.tone_colors,
            highlights=self.highlights,
            statuses=self.word_statuses,
            hsk_edition=self.options.hsk_edition,
            shown=self.display["text"][start:end],
        )
        rect = self.rect_for_range(start, end)
        anchor = QRect(self.mapToGlobal(rect.topLeft()), self.mapToGlobal(rect.bottomRight()))
        self.popup.show_at(html, anchor, token)

    def copy_with_pinyin(self) -> bool:
        """The selection with each word's reading: text `跨境(kuàjìng)…`, and ruby HTML."""
        if not self.article or self.display is None or not self._selection:
            return False
        from PySide6.QtCore import QMimeData

        from desktop.core.annotated_text import ruby_html, with_pinyin

        a, b = self._selection
        shown, tokens = self.display["text"], self.article["tokens"]
        data = QMimeData()
        data.setText(with_pinyin(shown, tokens, a, b))
        data.setHtml(ruby_html(shown, tokens, a, b))
        QGuiApplication.clipboard().setMimeData(data)
        return True

    def copy_selection(self) -> bool:
        text = self.selected_text()
        if text:
            QGuiApplication.clipboard().setText(text)
        return bool(text)

    def offset_at(self, point: QPoint) -> int | None:
        return self._layout.offset_at(point.x(), point.y()) if self._layout else None

    def text_layout(self) -> Layout | None:
        return self._layout
