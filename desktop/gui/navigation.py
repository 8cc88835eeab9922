"""Moving through the library and an article: the next article, the next figure or statement,
jumps to a place (from a dock, a bookmark, a search result), and the place in every article,
kept in the library a moment after the reader stops scrolling."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QTimer

from desktop.store import LibraryError

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

POSITION_SAVE_MS = 800


class Navigation(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.w = window
        self._jumped_to: int | None = None  # where the last jump went: next/previous start there
        self._cursor_at_jump = -1  # the word cursor then: once it moves, next/previous start there
        self._unsaved: dict[int, tuple[int, int]] = {}  # article: (first line, last line seen)
        self._furthest: dict[int, int] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(POSITION_SAVE_MS)
        self._timer.timeout.connect(self.save_position)

    @property
    def last_jump(self) -> int | None:
        """Where the last jump (F, S, a dock, a bookmark) went in the open article."""
        return self._jumped_to

    def scrolled(self) -> None:
        self._timer.start()
        self.w.show_progress(self.read_share())

    def article_opened(self, article_id: int) -> None:
        self._jumped_to = None
        offset = self.w.library.position(article_id)
        QTimer.singleShot(0, lambda: self._restore_position(article_id, offset))

    def _restore_position(self, article_id: int, offset: int) -> None:
        w = self.w
        if article_id != w.article_id:
            return
        rect = w.view.rect_for_range(offset, offset + 1) if offset else None
        w.scroll_area.verticalScrollBar().setValue(rect.top() if rect and rect.isValid() else 0)
        w.show_progress(self.read_share())

    def save_position(self, *, write_now: bool = True) -> None:
        """Keep the place in the open article; leaving an article, the write waits for the timer,
        so that opening the next one is not held up by a commit (5 ms of fsync)."""
        w = self.w
        if w.article_id is not None and w.view.text_layout() is not None and w.keeps_place:
            self._unsaved[w.article_id] = (w.annotations.top_offset(), self.bottom_offset())
        if not write_now:
            self._timer.start()
            return
        self._timer.stop()  # written now: a later tick has nothing to do (the library may be shut)
        if not self._unsaved:
            return
        try:
            for article_id, (offset, seen) in self._unsaved.items():
                w.library.set_position(article_id, offset, seen=seen)
        except LibraryError:
            pass  # a read-only library still reads; the place is simply not kept
        else:
            self._show_progress(list(self._unsaved))
        self._unsaved.clear()

    def bottom_offset(self) -> int:
        """The offset at the end of the last line on screen: what the reader has seen."""
        w = self.w
        viewport = w.scroll_area.viewport().rect()
        at = w.view.offset_at(
            QPoint(-w.view.x() + viewport.width() - 1, -w.view.y() + viewport.height() - 1)
        )
        return at if at is not None else 0

    def read_share(self) -> float:
        """How much of the open article has been read, this visit included (0–1)."""
        w = self.w
        if w.article_id is None or not w.article or not w.article["text"]:
            return 0.0
        seen = max(self.bottom_offset(), self._furthest.get(w.article_id, 0))
        self._furthest[w.article_id] = seen
        return min(1.0, seen / len(w.article["text"]))

    def _show_progress(self, article_ids: list[int]) -> None:
        rows = {a["id"]: a for a in self.w.library.articles() if a["id"] in article_ids}
        for article_id, row in rows.items():
            self.w.library_panel.set_progress(article_id, row["read"], row["opened"])

    def step_article(self, step: int) -> None:
        w = self.w
        ids = w.library_panel.article_ids()
        if not ids:
            return
        i = ids.index(w.article_id) + step if w.article_id in ids else 0
        if 0 <= i < len(ids):
            w.open_article(ids[i])

    def step_mark(self, kind: str, step: int) -> None:
        """Jump to the next/previous figure or statement after the word cursor, or after the
        last jump."""
        w = self.w
        if not w.article:
            return
        marks = sorted((m["start"], m["end"]) for m in w.article[kind])
        if not marks:
            return
        here = self._current_offset()
        if step > 0:
            target = next((m for m in marks if m[0] > here), marks[0])
        else:
            target = next((m for m in reversed(marks) if m[0] < here), marks[-1])
        self.jump_to(*target)

    def _current_offset(self) -> int:
        """Where the reader is: the word cursor if it moved since the last jump, else that jump."""
        token, article = self.w.view.cursor_token(), self.w.article
        if token >= 0 and (self._jumped_to is None or token != self._cursor_at_jump):
            assert article is not None  # a word cursor is in an article
            return int(article["tokens"].span(token)[0])
        return self._jumped_to if self._jumped_to is not None else -1

    def jump_to(self, start: int, end: int) -> None:
        w = self.w
        rect = w.view.rect_for_range(start, end)
        if rect.isValid():
            w.scroll_area.ensureVisible(
                rect.center().x(), rect.top(), 40, w.scroll_area.height() // 3
            )
        self._jumped_to, self._cursor_at_jump = start, w.view.cursor_token()
        w.view.popup.hide_popup()  # it belonged to the word left behind
        w.view.flash(start, end)

    def to_edge(self, end: bool) -> None:
        """Ctrl+Home / Ctrl+End: the top or the end of the article."""
        bar = self.w.scroll_area.verticalScrollBar()
        bar.setValue(bar.maximum() if end else bar.minimum())
        self.w.view.popup.hide_popup()

    def go_to(self, article_id: int, start: int, end: int | None = None) -> None:
        self.w.open_article(article_id)
        QTimer.singleShot(0, lambda: self.jump_to(start, end if end and end > start else start + 1))
