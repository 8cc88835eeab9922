"""Moving through the library and an article: the next article, the next figure or statement,
jumps to a place (from a dock, a bookmark, a search result), and the place in every article,
kept in the library a moment after the reader stops scrolling."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from desktop.store import LibraryError

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

POSITION_SAVE_MS = 800


class Navigation(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.w = window
        self._jumped_to: int | None = None  # where the last jump went: next/previous start there
        self._unsaved: dict[int, int] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(POSITION_SAVE_MS)
        self._timer.timeout.connect(self.save_position)

    def scrolled(self) -> None:
        self._timer.start()

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

    def save_position(self, *, write_now: bool = True) -> None:
        """Keep the place in the open article; leaving an article, the write waits for the timer,
        so that opening the next one is not held up by a commit (5 ms of fsync)."""
        w = self.w
        if w.article_id is not None and w.view.text_layout() is not None and w.keeps_place:
            self._unsaved[w.article_id] = w.annotations.top_offset()
        if not write_now:
            self._timer.start()
            return
        try:
            for article_id, offset in self._unsaved.items():
                w.library.set_position(article_id, offset)
        except LibraryError:
            pass  # a read-only library still reads; the place is simply not kept
        self._unsaved.clear()

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
        token = self.w.view.cursor_token()
        if token >= 0:
            return int(self.w.article["tokens"].span(token)[0])
        return self._jumped_to if self._jumped_to is not None else -1

    def jump_to(self, start: int, end: int) -> None:
        w = self.w
        rect = w.view.rect_for_range(start, end)
        if rect.isValid():
            w.scroll_area.ensureVisible(
                rect.center().x(), rect.top(), 40, w.scroll_area.height() // 3
            )
        self._jumped_to = start
        w.view.flash(start, end)

    def go_to(self, article_id: int, start: int, end: int | None = None) -> None:
        self.w.open_article(article_id)
        QTimer.singleShot(0, lambda: self.jump_to(start, end if end and end > start else start + 1))
