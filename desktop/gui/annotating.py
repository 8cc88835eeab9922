"""What the reader makes in an article, from the window: highlights with notes and tags (every
change undoable), bookmarks, and search in the article or the whole library."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint

from desktop.gui.undo import AddHighlight, DeleteHighlight, EditHighlight
from desktop.store import LibraryError
from desktop.store.search import find_all, snippet

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow
    from desktop.gui.panels.bookmarks import BookmarksPanel
    from desktop.gui.panels.highlights import HighlightsPanel

FIRST_LINE = QPoint(40, 24)  # a step into the viewport: the reading position is its first line


class Annotating(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.w = window

    # --- highlights -------------------------------------------------------------------------

    def highlight_selection(self, color: str) -> None:
        """Highlight the selection; with none, recolour the highlight under the word cursor."""
        w = self.w
        if w.article_id is None:
            return
        if rng := w.view.selected_range():
            w.push(AddHighlight(w.library, self.highlights_changed, w.article_id, *rng, color))
            w.view.clear_selection()
        elif (hid := self.highlight_here()) is not None:
            h = self._highlight(hid)
            w.push(
                EditHighlight(
                    w.library,
                    self.highlights_changed,
                    h,
                    note=h["note"],
                    color=color,
                    tags=h["tags"],
                )
            )

    def highlight_here(self) -> int | None:
        """The highlight at the selection, the word cursor or under the mouse."""
        w = self.w
        if not w.article:
            return None
        rng = w.view.selected_range()
        token = w.word_token()
        offset = rng[0] if rng else (w.article["tokens"].span(token)[0] if token >= 0 else None)
        if offset is None:
            return None
        return next((h["id"] for h in w.view.highlights if h["start"] <= offset < h["end"]), None)

    def _highlight(self, highlight_id: int) -> dict[str, Any]:
        return next(h for h in self.w.library.highlights() if h["id"] == highlight_id)

    def edit_highlight(self, highlight: int | dict[str, Any] | None) -> None:
        w = self.w
        if highlight is None:
            w.status(self.tr("Select a highlight first (or put the word cursor in one)."))
            return
        from desktop.gui.note_editor import NoteEditor

        h = highlight if isinstance(highlight, dict) else self._highlight(highlight)
        editor = NoteEditor(h, w)
        if editor.exec():
            w.push(EditHighlight(w.library, self.highlights_changed, h, **editor.values()))

    def delete_highlight(self, highlight_id: int | None) -> None:
        if highlight_id is not None:
            self.w.push(DeleteHighlight(self.w.library, self.highlights_changed, highlight_id))

    def highlights_changed(self) -> None:
        w = self.w
        if w.article_id is not None:
            w.view.set_highlights(w.library.highlights(w.article_id))
        w.dock("highlightsDock").changed()

    def fill_highlights(self, panel: HighlightsPanel) -> None:
        w = self.w
        if panel.whole_library.isChecked():
            panel.set_highlights(w.library.highlights())
        elif w.article_id is not None:
            panel.set_highlights(w.library.highlights(w.article_id))

    # --- bookmarks --------------------------------------------------------------------------

    def toggle_bookmark(self) -> None:
        w = self.w
        if w.article_id is None or w.article is None:
            return
        token = w.view.cursor_token()
        offset = w.article["tokens"].span(token)[0] if token >= 0 else self.top_offset()
        existing = [b for b in w.library.bookmarks(w.article_id) if abs(b["offset"] - offset) <= 2]
        try:
            if existing:
                for b in existing:
                    w.library.delete_bookmark(b["id"])
                w.status(self.tr("Bookmark removed."))
            else:
                label = w.article["text"][offset : offset + 16].split("\n")[0]
                w.library.add_bookmark(w.article_id, offset, label)
                w.status(self.tr("Bookmarked."))
        except LibraryError as exc:
            w.show_error(self.tr("The library cannot be changed"), str(exc))
        self.bookmarks_changed()

    def bookmarks_changed(self) -> None:
        w = self.w
        w.dock("bookmarksDock").changed()
        if w.article_id is not None:
            w.view.set_bookmarks([b["offset"] for b in w.library.bookmarks(w.article_id)])
        menu = w.bookmarks_menu
        menu.clear()
        menu.addAction(w.commands.toggle_bookmark)
        bookmarks = w.library.bookmarks()
        if bookmarks:
            menu.addSeparator()
        for b in bookmarks:
            action = menu.addAction(f"{w.titles.get(b['article_id'], '')} — {b['label']}")
            action.triggered.connect(
                lambda checked=False, b=b: w.navigation.go_to(b["article_id"], b["offset"])
            )

    def fill_bookmarks(self, panel: BookmarksPanel) -> None:
        panel.set_bookmarks(self.w.library.bookmarks(), self.w.titles)

    def top_offset(self) -> int:
        """The offset at the first line on screen. The view sits in the scroll area's viewport at
        minus the scrolled distance, so its own position gives the viewport's corner."""
        view = self.w.view
        return view.offset_at(QPoint(-view.x(), -view.y()) + FIRST_LINE) or 0

    # --- a note on the whole article ------------------------------------------------------

    def edit_article_note(self) -> None:
        """Edit ▸ Note on this article: shown at its top, exported with its highlights."""
        w = self.w
        if w.article_id is None:
            return
        from PySide6.QtWidgets import QInputDialog

        note, ok = QInputDialog.getMultiLineText(
            w,
            self.tr("Note on this article"),
            self.tr("Your note on the whole article (empty: none):"),
            w.library.article_note(w.article_id),
        )
        if not ok:
            return
        try:
            w.library.set_article_note(w.article_id, note)
        except LibraryError as exc:
            w.show_error(self.tr("The library cannot be changed"), str(exc))
            return
        w.view.set_note(w.library.article_note(w.article_id))
        w.status(self.tr("Note kept.") if note.strip() else self.tr("Note removed."))

    # --- who said it ---------------------------------------------------------------------

    def correct_speaker(self, start: int, end: int) -> None:
        """The reader's own word on who said a statement: one of the article's speakers, a new
        name, nobody named, or Dubao's reading again. Kept, and shown each time the article is."""
        w = self.w
        if w.article_id is None or w.article is None:
            return
        from PySide6.QtWidgets import QInputDialog

        nobody, analysed = self.tr("(nobody named)"), self.tr("(as Dubao read it)")
        current = next(
            (
                st["speaker"]
                for st in w.article["statements"]
                if (st["start"], st["end"]) == (start, end)
            ),
            None,
        )
        names = [sp["name"] for sp in w.article["speakers"]]
        choices = [*names, nobody, analysed]
        at = choices.index(current) if current in names else len(names)
        choice, ok = QInputDialog.getItem(
            w,
            self.tr("Who said this?"),
            self.tr("Speaker of “{quote}” (or type a name):").format(
                quote=w.article["text"][start:end][:40]
            ),
            choices,
            at,
            True,
        )
        if not ok or not choice.strip():
            return
        try:
            if choice == analysed:
                w.library.remove_speaker_correction(w.article_id, start, end)
            else:
                w.library.correct_speaker(
                    w.article_id, start, end, None if choice == nobody else choice
                )
        except LibraryError as exc:
            w.show_error(self.tr("The library cannot be changed"), str(exc))
            return
        w.reload_article()
        w.status(self.tr("Speaker corrected; kept for this article."))

    # --- search -----------------------------------------------------------------------------

    def show_search(self, whole_library: bool) -> None:
        dock = self.w.dock("searchDock")
        dock.show()
        dock.raise_()
        self.w.search_panel.focus(whole_library)

    def search(self, query: str, whole_library: bool) -> None:
        w = self.w
        query = query.strip()
        if not query:
            results: list[dict[str, Any]] = []
        elif whole_library:
            results = w.library.search(query)
        elif w.article:
            text = w.article["text"]
            results = [
                {
                    "article_id": w.article_id,
                    "start": at,
                    "end": at + len(query),
                    "kind": "article",
                    "snippet": snippet(text, at, at + len(query)),
                }
                for at in find_all(text, query)
            ]
        else:
            results = []
        w.search_panel.set_results(results, w.titles)
