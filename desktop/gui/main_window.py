"""The main window: library on the left, the reading view in the centre, docks on the right.

It gets its Library and Settings passed in (tests hand it temporary ones) and never runs SQL
itself: it calls the Library, and the Library is only used from this (the UI) thread; imports
run in a Dubao subprocess that writes to the same file (SQLite's WAL lets both work at once)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QActionGroup, QUndoStack
from PySide6.QtWidgets import (QApplication, QDockWidget, QLabel, QMainWindow, QMenu, QProgressBar, QPushButton,
                               QScrollArea)

from desktop.core.vocabulary import is_vocabulary
from desktop.gui import memory
from desktop.gui.actions import Actions
from desktop.gui.panels.dock import LazyDock
from desktop.gui.panels.library import LibraryPanel
from desktop.gui.reader.metrics import remember as remember_text_widths
from desktop.gui.reader.view import ReaderView, ViewOptions
from desktop.gui.settings import Settings
from desktop.gui.resources import action_icon, app_icon, swatch_icon
from desktop.gui.theme import HIGHLIGHT_COLORS, application_palette, make_theme
from desktop.gui.undo import AddHighlight, DeleteHighlight, EditHighlight, SetWordStatuses
from desktop.store import COLORS, Library, LibraryError

APP_TITLE = "读报 Dubao"
MIN_FONT, MAX_FONT, DEFAULT_FONT = 10, 40, 18
POSITION_SAVE_MS = 800
NEXT_TURN_MS = 10  # a zero timer would run in the same pass of the event loop as the work before it
FIRST_LINE = QPoint(40, 24)
TOGGLES = ("show_words", "tone_colors", "tone_on_characters", "show_figures", "show_speakers", "show_unknown",
           "show_hsk", "traditional")  # a step into the viewport: the reading position is its first line


class MainWindow(QMainWindow):
    article_opened = Signal(int)
    language_changed = Signal()
    import_finished = Signal(list)
    import_failed = Signal(str)

    def __init__(self, library: Library, settings: Settings):
        super().__init__()
        self.library = library
        self.settings = settings
        self.article_id: int | None = None
        self.article: dict | None = None
        self._task = None
        self._pending: list[tuple[str, bool]] = []  # (path, at a lower priority)
        self._flash_offset: int | None = None  # where the last jump went: next/previous start there
        self.keeps_place = True  # False for --screenshot: a picture is not reading, nothing is written
        # the theme's palette before any widget exists: set later, it is sent to every widget (10 ms)
        QApplication.instance().setPalette(application_palette(make_theme(settings.theme, settings.tone_scheme)))
        self.setWindowTitle(APP_TITLE)
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.setObjectName("mainWindow")
        self.actions = Actions(self)
        for color in COLORS:
            self.actions["highlight_" + color].setIcon(swatch_icon(HIGHLIGHT_COLORS[color]))
        for name, action in self.actions.all().items():
            if (icon := action_icon(name)) is not None:
                action.setIcon(icon)

        self.view = ReaderView()
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.view)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # a scroll bar that comes and goes would change the width and lay the article out twice
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setCentralWidget(self.scroll)

        self.library_panel = LibraryPanel()
        self.library_dock = QDockWidget(self.tr("Library"), self)
        self.library_dock.setObjectName("libraryDock")
        self.library_dock.setWidget(self.library_panel)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.library_dock)
        self.speakers_dock = self._dock("speakersDock", self.tr("Speakers"), self._build_speakers,
                                        lambda panel: panel.set_article(self.article))
        self.figures_dock = self._dock("figuresDock", self.tr("Figures"), self._build_figures,
                                       lambda panel: panel.set_article(self.article))
        self.highlights_dock = self._dock("highlightsDock", self.tr("Highlights"), self._build_highlights,
                                          self._fill_highlights)
        self.bookmarks_dock = self._dock("bookmarksDock", self.tr("Bookmarks"), self._build_bookmarks,
                                         self._fill_bookmarks)
        self.search_dock = self._dock("searchDock", self.tr("Search"), self._build_search)
        self.vocabulary_dock = self._dock("vocabularyDock", self.tr("Vocabulary"), self._build_vocabulary,
                                          self._fill_vocabulary)
        for dock in (self.figures_dock, self.highlights_dock, self.bookmarks_dock, self.search_dock,
                     self.vocabulary_dock):
            self.tabifyDockWidget(self.speakers_dock, dock)
        self.speakers_dock.raise_()
        self.undo_stack = QUndoStack(self)

        self._build_menus()
        self._build_toolbar()
        self._build_status()
        self._connect()
        self._load_options()
        self._unsaved_positions: dict[int, int] = {}
        self._position_timer = QTimer(self)
        self._position_timer.setSingleShot(True)
        self._position_timer.setInterval(POSITION_SAVE_MS)
        self._position_timer.timeout.connect(self._save_position)
        self.resize(1400, 900)
        if not self.settings.geometry.isEmpty():
            self.restoreGeometry(self.settings.geometry)
        if not self.settings.window_state.isEmpty():
            self.restoreState(self.settings.window_state)
        self.refresh_library()
        QTimer.singleShot(0, self._warm_up)

    def _warm_up(self) -> None:
        """After the first paint, off the UI thread: CC-CEDICT for the popup, and sqlite-utils for
        the first write (importing it on the UI thread would stall it for 100 ms). A screenshot
        needs neither, and would wait for them before it exits."""
        if not self.keeps_place:
            return

        def load(progress) -> None:
            import sqlite_utils  # noqa: F401

            from desktop.core import dictionary

            dictionary.load()

        from desktop.gui.worker import run_in_background  # after the first paint: QProcess's type is 2 ms

        run_in_background(load, parent=self, on_done=lambda _: memory.settle_after_warm_up(), low_priority=True,
                          on_error=lambda message: self.status_label.setText(message.split("\n")[0]))

    # --- construction ---------------------------------------------------------------------------

    def _dock(self, name: str, title: str, build, fill=None) -> LazyDock:
        dock = LazyDock(name, title, self, build, fill)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        return dock

    # the panels behind the right-hand tabs, built when first seen (their modules load then too)

    def _build_speakers(self):
        from desktop.gui.panels.speakers import SpeakersPanel

        panel = SpeakersPanel()
        panel.statement_activated.connect(self.jump_to)
        return panel

    def _build_figures(self):
        from desktop.gui.panels.figures import FiguresPanel

        panel = FiguresPanel()
        panel.figure_activated.connect(self.jump_to)
        return panel

    def _build_highlights(self):
        from desktop.gui.panels.highlights import HighlightsPanel

        panel = HighlightsPanel()
        panel.highlight_activated.connect(self._go_to_highlight)
        panel.edit_requested.connect(self.edit_highlight)
        panel.delete_requested.connect(lambda hid: self.delete_highlight(hid))
        panel.scope_changed.connect(lambda: self._fill_highlights(panel))
        return panel

    def _build_bookmarks(self):
        from desktop.gui.panels.bookmarks import BookmarksPanel

        panel = BookmarksPanel()
        panel.bookmark_activated.connect(self._go_to)
        return panel

    def _build_search(self):
        from desktop.gui.panels.search import SearchPanel

        panel = SearchPanel()
        panel.search_requested.connect(self.search)
        panel.result_activated.connect(self._go_to)
        return panel

    def _build_vocabulary(self):
        from desktop.gui.panels.vocabulary import VocabularyPanel

        panel = VocabularyPanel()
        panel.mark_all_known.connect(self.mark_article_known)
        panel.word_activated.connect(self._go_to_word)
        return panel

    speakers_panel = property(lambda self: self.speakers_dock.panel)
    figures_panel = property(lambda self: self.figures_dock.panel)
    highlights_panel = property(lambda self: self.highlights_dock.panel)
    bookmarks_panel = property(lambda self: self.bookmarks_dock.panel)
    search_panel = property(lambda self: self.search_dock.panel)
    vocabulary_panel = property(lambda self: self.vocabulary_dock.panel)

    def _build_menus(self) -> None:
        a = self.actions
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(a.open)
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(a.export)
        file_menu.addSeparator()
        file_menu.addAction(a.preferences)
        file_menu.addSeparator()
        file_menu.addAction(a.quit)
        edit = bar.addMenu(self.tr("&Edit"))
        for name in ("undo", "redo", None, "copy", "paste_document", None, "highlight_yellow", "highlight_green", "highlight_blue",
                     "highlight_pink", "highlight_purple", "edit_note", "delete_highlight", None, "find",
                     "find_library"):
            if name is None:
                edit.addSeparator()
            else:
                edit.addAction(a[name])
        self.bookmarks_menu = bar.addMenu(self.tr("&Bookmarks"))
        view = bar.addMenu(self.tr("&View"))
        for name in ("pinyin_hover", "pinyin_above", "pinyin_off"):
            view.addAction(a[name])
        view.addSeparator()
        for name in TOGGLES:
            view.addAction(a[name])
        view.addSeparator()
        for name in ("zoom_in", "zoom_out", "zoom_reset"):
            view.addAction(a[name])
        view.addSeparator()
        for name in ("theme_system", "theme_light", "theme_dark"):
            view.addAction(a[name])
        view.addSeparator()
        for dock in (self.library_dock, self.speakers_dock, self.figures_dock, self.highlights_dock,
                     self.bookmarks_dock, self.search_dock, self.vocabulary_dock):
            view.addAction(dock.toggleViewAction())
        go = bar.addMenu(self.tr("&Go"))
        for name in ("next_article", "previous_article", "next_figure", "previous_figure", "next_statement",
                     "previous_statement"):
            go.addAction(a[name])
        words = bar.addMenu(self.tr("&Words"))
        for name in ("mark_known", "mark_learning", "mark_article_known", None, "correct_reading",
                     "show_corrections"):
            if name is None:
                words.addSeparator()
            else:
                words.addAction(a[name])
        words.addSeparator()
        self._hsk_menus(words)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(a.about)
        self._fill_recent()

    def _hsk_menus(self, menu: QMenu) -> None:
        """Words ▸ My HSK level and HSK edition: what "above my level" means."""
        from desktop.core.dictionary import HSK_EDITIONS, hsk_label

        level_menu = menu.addMenu(self.tr("My HSK &level"))
        group = QActionGroup(self)
        for level in range(1, 8):
            act = level_menu.addAction(self.tr("HSK {level}").format(level=hsk_label(level)))
            act.setCheckable(True)
            act.setChecked(self.settings.hsk_level == level)
            act.triggered.connect(lambda checked=False, n=level: self._set_hsk(level=n))
            group.addAction(act)
        edition_menu = menu.addMenu(self.tr("HSK &edition"))
        names = {"3.0": self.tr("HSK 3.0 (exam syllabus, 2025)"), "3.0-2021": self.tr("HSK 3.0 (2021 standard)"),
                 "2.0": self.tr("HSK 2.0")}
        group = QActionGroup(self)
        for edition in HSK_EDITIONS:
            act = edition_menu.addAction(names[edition])
            act.setCheckable(True)
            act.setChecked(self.settings.hsk_edition == edition)
            act.triggered.connect(lambda checked=False, e=edition: self._set_hsk(edition=e))
            group.addAction(act)

    def _set_hsk(self, level: int | None = None, edition: str | None = None) -> None:
        if level is not None:
            self.settings.hsk_level = level
        if edition is not None:
            self.settings.hsk_edition = edition
        self._apply_options()
        self._refresh_vocabulary()

    def _build_toolbar(self) -> None:
        tb = self.addToolBar(self.tr("Reading"))
        tb.setObjectName("readingToolbar")
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)  # text where an action has no icon
        for name in ("open", None, "pinyin_hover", "pinyin_above", "pinyin_off", None, "show_words", "tone_colors",
                     "show_figures", "show_speakers", None, "highlight_yellow", "highlight_green", "highlight_blue",
                     "highlight_pink", "highlight_purple", "edit_note", None, "zoom_out", "zoom_in"):
            if name is None:
                tb.addSeparator()
            else:
                tb.addAction(self.actions[name])

    def _build_status(self) -> None:
        self.status_label = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel the import"))
        self.cancel_button.clicked.connect(self.cancel_import)
        bar = self.statusBar()
        bar.addWidget(self.status_label, 1)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        self.progress.hide()
        self.cancel_button.hide()

    def _connect(self) -> None:
        a = self.actions
        a.open.triggered.connect(self.open_dialog)
        a.quit.triggered.connect(self.close)
        a.export.triggered.connect(self.export_dialog)
        a.paste_document.triggered.connect(self.paste_document)
        a.copy.triggered.connect(self.view.copy_selection)
        a.about.triggered.connect(self.show_about)
        a.preferences.triggered.connect(self.show_preferences)
        for name in ("pinyin_hover", "pinyin_above", "pinyin_off", *TOGGLES, "theme_system", "theme_light",
                     "theme_dark"):
            a[name].triggered.connect(self._on_options_changed)
        a.zoom_in.triggered.connect(lambda: self.zoom(+2))
        a.zoom_out.triggered.connect(lambda: self.zoom(-2))
        a.zoom_reset.triggered.connect(lambda: self.zoom(0))
        a.next_article.triggered.connect(lambda: self.step_article(+1))
        a.previous_article.triggered.connect(lambda: self.step_article(-1))
        a.next_figure.triggered.connect(lambda: self.step_mark("figures", +1))
        a.previous_figure.triggered.connect(lambda: self.step_mark("figures", -1))
        a.next_statement.triggered.connect(lambda: self.step_mark("statements", +1))
        a.previous_statement.triggered.connect(lambda: self.step_mark("statements", -1))
        for color in COLORS:
            a["highlight_" + color].triggered.connect(lambda checked=False, c=color: self.highlight_selection(c))
        a.edit_note.triggered.connect(lambda: self.edit_highlight(self.highlight_here()))
        a.delete_highlight.triggered.connect(lambda: self.delete_highlight(self.highlight_here()))
        a.undo.triggered.connect(self.undo_stack.undo)
        a.redo.triggered.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(a.undo.setEnabled)
        self.undo_stack.canRedoChanged.connect(a.redo.setEnabled)
        a.undo.setEnabled(False)
        a.redo.setEnabled(False)
        a.toggle_bookmark.triggered.connect(self.toggle_bookmark)
        a.mark_known.triggered.connect(lambda: self.mark_word("known"))
        a.mark_learning.triggered.connect(lambda: self.mark_word("learning"))
        a.mark_article_known.triggered.connect(self.mark_article_known)
        a.correct_reading.triggered.connect(self.correct_reading)
        a.show_corrections.triggered.connect(self.show_corrections)
        a.find.triggered.connect(lambda: self._show_search(False))
        a.find_library.triggered.connect(lambda: self._show_search(True))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.library_panel.article_selected.connect(self.open_article)
        self.view.cursor_moved.connect(
            lambda rect: self.scroll.ensureVisible(rect.center().x(), rect.center().y(), 50, rect.height() * 2))
        self.scroll.verticalScrollBar().valueChanged.connect(lambda _: self._position_timer.start())

    # --- options ---------------------------------------------------------------------------------

    def _load_options(self) -> None:
        s, a = self.settings, self.actions
        a["pinyin_" + s.pinyin_mode].setChecked(True)
        a["theme_" + s.theme].setChecked(True)
        for name in TOGGLES:
            a[name].setChecked(getattr(s, name))
        self._apply_options()

    def _on_options_changed(self) -> None:
        s, a = self.settings, self.actions
        s.pinyin_mode = next(m for m in ("hover", "above", "off") if a["pinyin_" + m].isChecked())
        s.theme = next(t for t in ("system", "light", "dark") if a["theme_" + t].isChecked())
        for name in TOGGLES:
            setattr(s, name, a[name].isChecked())
        self._apply_options()

    def _apply_options(self) -> None:
        s = self.settings
        theme = make_theme(s.theme, s.tone_scheme)
        QApplication.instance().setPalette(application_palette(theme))
        options = ViewOptions(s.pinyin_mode, s.show_words, s.tone_colors, s.tone_on_characters, s.show_figures,
                              s.show_speakers, float(s.font_size), s.show_unknown, s.show_hsk, s.hsk_level,
                              s.hsk_edition, s.traditional, s.hanzi_family)
        self.view.word_statuses = self.library.word_statuses()
        self.view.set_options(options, theme)

    def zoom(self, step: int) -> None:
        size = DEFAULT_FONT if step == 0 else self.settings.font_size + step
        self.settings.font_size = max(MIN_FONT, min(MAX_FONT, size))
        self._apply_options()

    # --- articles ---------------------------------------------------------------------------------

    def refresh_library(self) -> None:
        articles = self.library.articles()
        self._titles = {a["id"]: a["title"] or self.tr("(continued from another page)") for a in articles}
        self.library_panel.set_articles(articles)
        self._refresh_bookmarks()

    def open_article(self, article_id: int) -> None:
        if article_id == self.article_id:
            return
        self._save_position(write_now=False)
        try:
            article = self.library.article(article_id)
        except LibraryError as exc:
            self.show_error(self.tr("This article cannot be opened"), str(exc))
            return
        self.article_id = article_id
        self.view.set_article(article, self.library.highlights(article_id))
        self.article = self.view.article  # the same article, its tokens packed
        # the docks on a later turn of the event loop, after the article is on screen
        for dock in (self.speakers_dock, self.figures_dock, self.highlights_dock, self.vocabulary_dock):
            dock.mark_stale()
        QTimer.singleShot(0, self._refresh_article_docks)
        title = article["title"] or self.tr("(continued from another page)")
        self.setWindowTitle(f"{APP_TITLE} — {title}")
        self.library_panel.select(article_id)
        if self.keeps_place:
            self.settings.last_article = article_id
        offset = self.library.position(article_id)
        QTimer.singleShot(0, lambda: self._restore_position(article_id, offset))
        self.article_opened.emit(article_id)

    def _restore_position(self, article_id: int, offset: int) -> None:
        if article_id != self.article_id:
            return
        rect = self.view.rect_for_range(offset, offset + 1) if offset else None
        self.scroll.verticalScrollBar().setValue(rect.top() if rect and rect.isValid() else 0)

    def _save_position(self, *, write_now: bool = True) -> None:
        """Keep the place in the open article; leaving an article, the write waits for the position
        timer, so that opening the next one is not held up by a commit (5 ms of fsync)."""
        if self.article_id is not None and self.view.text_layout() is not None and self.keeps_place:
            self._unsaved_positions[self.article_id] = self._top_offset()
        if not write_now:
            self._position_timer.start()
            return
        try:
            for article_id, offset in self._unsaved_positions.items():
                self.library.set_position(article_id, offset)
        except LibraryError:
            pass  # a read-only library still reads; the place is simply not kept
        self._unsaved_positions.clear()

    def step_article(self, step: int) -> None:
        ids = self.library_panel.article_ids()
        if not ids:
            return
        i = ids.index(self.article_id) + step if self.article_id in ids else 0
        if 0 <= i < len(ids):
            self.open_article(ids[i])

    def step_mark(self, kind: str, step: int) -> None:
        """Jump to the next/previous figure or statement after the word cursor or the top of the view."""
        if not self.article:
            return
        marks = sorted((m["start"], m["end"]) for m in self.article[kind])
        if not marks:
            return
        here = self._current_offset()
        if step > 0:
            target = next((m for m in marks if m[0] > here), marks[0])
        else:
            target = next((m for m in reversed(marks) if m[0] < here), marks[-1])
        self.jump_to(*target)

    def _current_offset(self) -> int:
        token = self.view.cursor_token()
        if token >= 0:
            return self.article["tokens"].span(token)[0]
        return self._flash_offset if self._flash_offset is not None else -1

    def jump_to(self, start: int, end: int) -> None:
        rect = self.view.rect_for_range(start, end)
        if rect.isValid():
            self.scroll.ensureVisible(rect.center().x(), rect.top(), 40, self.scroll.height() // 3)
        self._flash_offset = start
        self.view.flash(start, end)

    # --- words: status, readings, vocabulary ---------------------------------------------------------

    def mark_word(self, status: str) -> None:
        """K / L: mark the word at the cursor; the same key again makes it new."""
        word = self.view.word_at_cursor()
        if not word or not is_vocabulary(word):
            return
        current = self.view.word_statuses.get(word, "new")
        self._push(SetWordStatuses(self.library, self._statuses_changed, [word], "new" if current == status else status))

    def mark_article_known(self) -> None:
        if self.article_id is None:
            return
        new = [w["word"] for w in self.library.words("new", article_id=self.article_id, definitions=False)]
        if new:
            self._push(SetWordStatuses(self.library, self._statuses_changed, new, "known"))

    def _statuses_changed(self) -> None:
        self.view.set_word_statuses(self.library.word_statuses())
        if self.view.popup.isVisible() and self.view.popup.token >= 0:
            self.view.show_popup(self.view.popup.token)
        self._refresh_vocabulary()

    def _refresh_vocabulary(self) -> None:
        self.vocabulary_dock.changed()

    def _fill_vocabulary(self, panel) -> None:
        if self.article_id is None:
            return
        from desktop.core import dictionary

        words = self.library.words(article_id=self.article_id, hsk_edition=self.settings.hsk_edition,
                                   definitions=dictionary.is_loaded())
        panel.set_words(words, self.library.coverage(self.article_id))

    def _refresh_article_docks(self) -> None:
        for dock in (self.speakers_dock, self.figures_dock, self.highlights_dock, self.vocabulary_dock):
            dock.refresh()  # those seen since (a tab raised, the window shown) are up to date already

    def _go_to_word(self, word: str) -> None:
        at = self.article["text"].find(word) if self.article else -1
        if at >= 0:
            self.jump_to(at, at + len(word))

    def correct_reading(self) -> None:
        token = self.view.cursor_token() if self.view.cursor_token() >= 0 else self.view.hovered_token()
        if not self.article or token < 0:
            self.status_label.setText(self.tr("Put the word cursor on a word first (arrow keys or hover)."))
            return
        from PySide6.QtWidgets import QInputDialog  # dialogs' types load when first used

        start, end = self.article["tokens"].span(token)
        word = self.article["text"][start:end]
        reading, ok = QInputDialog.getText(self, self.tr("Correct this reading"),
                                           self.tr("Pinyin for {word}, one syllable per character "
                                                   "(tone marks or numbers: zhi4 pu3):").format(word=word),
                                           text=" ".join(self.article["tokens"].pinyin(token)))
        if not ok or not reading.strip():
            return
        try:
            self.library.correct_pinyin(word, reading)
        except LibraryError as exc:
            self.show_error(self.tr("This reading was not kept"), str(exc))
            return
        self._reload_article()
        kept = next(c["pinyin"] for c in self.library.corrections() if c["word"] == word)
        self.status_label.setText(self.tr("{word} is now read {reading} everywhere.").format(word=word, reading=kept))

    def show_corrections(self) -> None:
        from desktop.gui.corrections_dialog import CorrectionsDialog

        dialog = CorrectionsDialog(self.library.corrections(), self)

        def remove(word: str) -> None:
            self.library.remove_correction(word)
            dialog.set_corrections(self.library.corrections())
            self._reload_article()

        dialog.remove_requested.connect(remove)
        dialog.open()
        self._corrections_dialog = dialog

    def _reload_article(self) -> None:
        """Show the current article again from the library (its analysis changed), in place."""
        if self.article_id is None:
            return
        value = self.scroll.verticalScrollBar().value()
        current, self.article_id = self.article_id, None
        self.open_article(current)
        QTimer.singleShot(0, lambda: self.scroll.verticalScrollBar().setValue(value))

    # --- highlights, notes, bookmarks, search ---------------------------------------------------

    def highlight_selection(self, color: str) -> None:
        """Highlight the selection; with none, recolour the highlight under the word cursor."""
        rng = self.view.selected_range()
        if self.article_id is None:
            return
        if rng:
            self._push(AddHighlight(self.library, self._highlights_changed, self.article_id, *rng, color))
            self.view.clear_selection()
        elif (hid := self.highlight_here()) is not None:
            h = self._highlight(hid)
            self._push(EditHighlight(self.library, self._highlights_changed, h, note=h["note"], color=color,
                                     tags=h["tags"]))

    def highlight_here(self) -> int | None:
        """The highlight at the selection, the word cursor or under the mouse."""
        if not self.article:
            return None
        rng = self.view.selected_range()
        token = self.view.cursor_token() if self.view.cursor_token() >= 0 else self.view.hovered_token()
        offset = rng[0] if rng else (self.article["tokens"].span(token)[0] if token >= 0 else None)
        if offset is None:
            return None
        return next((h["id"] for h in self.view.highlights if h["start"] <= offset < h["end"]), None)

    def _highlight(self, highlight_id: int) -> dict:
        return next(h for h in self.library.highlights() if h["id"] == highlight_id)

    def edit_highlight(self, highlight) -> None:
        if highlight is None:
            self.status_label.setText(self.tr("Select a highlight first (or put the word cursor in one)."))
            return
        from desktop.gui.note_editor import NoteEditor

        h = highlight if isinstance(highlight, dict) else self._highlight(highlight)
        editor = NoteEditor(h, self)
        if editor.exec():
            values = editor.values()
            self._push(EditHighlight(self.library, self._highlights_changed, h, **values))

    def delete_highlight(self, highlight_id: int | None) -> None:
        if highlight_id is not None:
            self._push(DeleteHighlight(self.library, self._highlights_changed, highlight_id))

    def _push(self, command) -> None:
        try:
            self.undo_stack.push(command)
        except LibraryError as exc:
            self.show_error(self.tr("The library cannot be changed"), str(exc))

    def _highlights_changed(self) -> None:
        if self.article_id is not None:
            self.view.set_highlights(self.library.highlights(self.article_id))
        self._refresh_highlights()

    def _refresh_highlights(self) -> None:
        self.highlights_dock.changed()

    def _fill_highlights(self, panel) -> None:
        if panel.whole_library.isChecked():
            panel.set_highlights(self.library.highlights())
        elif self.article_id is not None:
            panel.set_highlights(self.library.highlights(self.article_id))

    def _go_to_highlight(self, h: dict) -> None:
        self._go_to(h["article_id"], h["start"], h["end"])

    def _go_to(self, article_id: int, start: int, end: int | None = None) -> None:
        self.open_article(article_id)
        QTimer.singleShot(0, lambda: self.jump_to(start, end if end and end > start else start + 1))

    def toggle_bookmark(self) -> None:
        if self.article_id is None:
            return
        token = self.view.cursor_token()
        offset = self.article["tokens"].span(token)[0] if token >= 0 else self._top_offset()
        existing = [b for b in self.library.bookmarks(self.article_id) if abs(b["offset"] - offset) <= 2]
        try:
            if existing:
                for b in existing:
                    self.library.delete_bookmark(b["id"])
                self.status_label.setText(self.tr("Bookmark removed."))
            else:
                label = self.article["text"][offset:offset + 16].split("\n")[0]
                self.library.add_bookmark(self.article_id, offset, label)
                self.status_label.setText(self.tr("Bookmarked."))
        except LibraryError as exc:
            self.show_error(self.tr("The library cannot be changed"), str(exc))
        self._refresh_bookmarks()

    def _refresh_bookmarks(self) -> None:
        bookmarks = self.library.bookmarks()
        titles = getattr(self, "_titles", {})
        self.bookmarks_dock.changed()
        self.bookmarks_menu.clear()
        self.bookmarks_menu.addAction(self.actions.toggle_bookmark)
        if bookmarks:
            self.bookmarks_menu.addSeparator()
        for b in bookmarks:
            text = f"{titles.get(b['article_id'], '')} — {b['label']}"
            action = self.bookmarks_menu.addAction(text)
            action.triggered.connect(lambda checked=False, b=b: self._go_to(b["article_id"], b["offset"]))

    def _fill_bookmarks(self, panel) -> None:
        panel.set_bookmarks(self.library.bookmarks(), getattr(self, "_titles", {}))

    def _top_offset(self) -> int:
        """The offset at the first line on screen. The view sits in the scroll area's viewport at
        minus the scrolled distance, so its own position gives the viewport's corner."""
        return self.view.offset_at(QPoint(-self.view.x(), -self.view.y()) + FIRST_LINE) or 0

    def _show_search(self, whole_library: bool) -> None:
        self.search_dock.show()
        self.search_dock.raise_()
        self.search_panel.focus(whole_library)

    def search(self, query: str, whole_library: bool) -> None:
        query = query.strip()
        if whole_library:
            results = self.library.search(query) if query else []
        elif self.article and query:
            text, low, q = self.article["text"], self.article["text"].lower(), query.lower()
            results, at = [], low.find(q)
            while at >= 0:
                a, b = max(0, at - 20), min(len(text), at + len(q) + 20)
                results.append({"article_id": self.article_id, "start": at, "end": at + len(q), "kind": "article",
                                "snippet": text[a:b].replace("\n", " ")})
                at = low.find(q, at + len(q))
        else:
            results = []
        self.search_panel.set_results(results, getattr(self, "_titles", {}))

    def _context_menu(self, pos) -> None:
        menu = QMenu(self)
        a = self.actions
        for name in ("copy", None, "highlight_yellow", "highlight_green", "highlight_blue", "highlight_pink",
                     "highlight_purple", "edit_note", "delete_highlight", None, "mark_known", "mark_learning",
                     "correct_reading", None, "toggle_bookmark"):
            if name is None:
                menu.addSeparator()
            else:
                menu.addAction(a[name])
        menu.exec(self.view.mapToGlobal(pos))

    # --- opening files ------------------------------------------------------------------------------

    def open_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Open news pages"), "",
                                                self.tr("News pages (*.txt *.html *.htm *.xhtml *.epub);;"
                                                        "All files (*)"))
        if paths:
            self.open_files(paths)

    def open_files(self, paths: list[str], *, background: bool = True) -> None:
        """Import in the background (one file after another), then show the first new article.
        `background=False` when the reader has nothing else to show meanwhile (the first start):
        at a lower priority, any other busy process on the machine made it wait seconds."""
        from desktop.core.sources import expand_paths  # page parsing loads only when a file is opened

        self._pending.extend((path, background) for path in expand_paths(paths))
        if self._task is None:
            self._next_import()

    def _next_import(self) -> None:
        if not self._pending:
            return
        path, background = self._pending.pop(0)
        self.status_label.setText(self.tr("Reading {name}…").format(name=Path(path).name))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        from desktop.gui.worker import run_command

        priority = ["--background"] if background else []
        self._task = run_command(["import", "--progress", *priority, "--library", str(self.library.path), path], parent=self,
                                 on_done=lambda lines: self._on_imported(path, lines),
                                 on_error=self._on_import_error, on_progress=self._on_progress,
                                 on_cancel=self._on_import_cancelled)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _import_done(self) -> None:
        self._task = None
        self.progress.hide()
        self.cancel_button.hide()
        if self._pending:
            self._next_import()

    def _on_imported(self, path: str, lines: list[str]) -> None:
        ids = [int(x) for line in lines if line.startswith("ids") for x in line.split()[1:]]
        self.settings.add_recent(path)
        self._fill_recent()
        self.refresh_library()
        self.status_label.setText(self.tr("{name}: {count} articles").format(name=Path(path).name, count=len(ids)))
        self._import_done()
        # the list first, the article on a later turn of the event loop: two short pauses, not one long
        QTimer.singleShot(NEXT_TURN_MS, lambda: self._show_imported(ids))

    def _show_imported(self, ids: list[int]) -> None:
        if ids:
            self.open_article(ids[0])
        self.import_finished.emit(ids)

    def _on_import_error(self, message: str) -> None:
        self._import_done()
        self.status_label.setText("")
        self.show_error(self.tr("This file cannot be opened"), message)
        self.import_failed.emit(message)

    def _on_import_cancelled(self) -> None:
        self._pending.clear()
        self._import_done()
        self.status_label.setText(self.tr("Import cancelled; the library is as it was."))

    def cancel_import(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_files:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda checked=False, p=path: self.open_files([p]))
        self.recent_menu.setEnabled(bool(self.settings.recent_files))

    def paste_document(self) -> None:
        """The clipboard's web page or text becomes a document, kept beside the library file."""
        mime = QApplication.clipboard().mimeData()
        if mime.hasHtml() and mime.html().strip():
            content, suffix = mime.html(), ".html"
        elif mime.hasText() and mime.text().strip():
            content, suffix = mime.text(), ".txt"
        else:
            self.status_label.setText(self.tr("The clipboard holds no text."))
            return
        folder = self.library.path.parent / "pasted"
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        path = folder / f"pasted-{stamp}{suffix}"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path.write_text(content, encoding="utf-8")
        except OSError as exc:
            self.show_error(self.tr("The clipboard could not be kept"), f"{path}: {exc.strerror or exc}")
            return
        self.open_files([str(path)])

    def export_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from desktop.gui.export_dialog import ExportDialog

        dialog = ExportDialog(self.article_id is not None, self)
        if not dialog.exec():
            return
        fmt, only_current = dialog.choice()
        ext = ExportDialog.extension(fmt)
        name = f"dubao-{fmt}{ext}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), name, f"*{ext}")
        if path:  # the file dialog has asked before replacing an existing file
            self.export_to(fmt, path, [self.article_id] if only_current else None)

    def export_to(self, fmt: str, path: str, article_ids: list[int] | None) -> None:
        try:
            count = self.library.export(fmt, path, article_ids)
        except LibraryError as exc:
            self.show_error(self.tr("The export was not written"), str(exc))
            return
        self.status_label.setText(self.tr("Exported {count} records to {path}").format(count=count, path=path))

    # --- drag and drop -------------------------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.open_files(paths)
            event.acceptProposedAction()

    # --- dialogs ----------------------------------------------------------------------------------------

    def show_error(self, title: str, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, title, message.split("\n\n")[0], QMessageBox.StandardButton.Ok,
                          self)
        if "\n\n" in message:
            box.setDetailedText(message)
        box.setObjectName("errorDialog")
        box.open()

    def show_preferences(self) -> None:
        from desktop.gui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        if not dialog.exec():
            return
        language_changed = dialog.apply()
        self._load_options()
        self._refresh_vocabulary()
        if language_changed:
            self.language_changed.emit()  # the app builds the window again in the new language

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from desktop.gui.about import about_text

        QMessageBox.about(self, self.tr("About Dubao"), about_text())

    # --- closing --------------------------------------------------------------------------------------

    def closeEvent(self, event) -> None:
        self._save_position()
        if self.keeps_place:
            self.settings.geometry = self.saveGeometry()
            self.settings.window_state = self.saveState()
            self.settings.sync()
        self.view.popup.hide_popup()
        remember_text_widths()
        super().closeEvent(event)

