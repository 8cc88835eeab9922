"""The main window: library on the left, the reading view in the centre, docks on the right.

It gets its Library and Settings passed in (tests hand it temporary ones) and never runs SQL
itself. It holds the view and the article open in it; the rest is in parts by concern, each
with the window to work on: files in and out (gui/files.py, imports in gui/imports.py), what
the reader makes in an article (gui/annotating.py), the learner's words (gui/learning.py), the
library file and its backups (gui/backups.py). Menus and docks come from tables (gui/menus.py,
gui/docks.py); every command is in gui/actions.py."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPalette, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QWidget,
)

from desktop.core.colors import HIGHLIGHT_COLORS
from desktop.gui import startup_measures
from desktop.gui.actions import Actions
from desktop.gui.annotating import Annotating
from desktop.gui.backups import LibraryFile, daily_backup
from desktop.gui.docks import ARTICLE_DOCKS, build_docks
from desktop.gui.files import Files
from desktop.gui.i18n import title_of
from desktop.gui.learning import Learning
from desktop.gui.menus import CONTEXT_MENU, build_menus, build_toolbar, fill
from desktop.gui.navigation import Navigation
from desktop.gui.options import Options
from desktop.gui.panels.dock import LazyDock
from desktop.gui.panels.library import LibraryPanel
from desktop.gui.reader.metrics import remember as remember_text_widths
from desktop.gui.reader.view import ReaderView
from desktop.gui.resources import app_icon, swatch_icon
from desktop.gui.settings import Settings
from desktop.gui.theme import application_palette, make_theme
from desktop.gui.wiring import connect_commands
from desktop.store import COLORS, Library, LibraryError

if TYPE_CHECKING:
    from desktop.gui.panels.bookmarks import BookmarksPanel
    from desktop.gui.panels.figures import FiguresPanel
    from desktop.gui.panels.highlights import HighlightsPanel
    from desktop.gui.panels.search import SearchPanel
    from desktop.gui.panels.speakers import SpeakersPanel
    from desktop.gui.panels.vocabulary import VocabularyPanel

APP_TITLE = "读报 Dubao"


STATUS_MS = 12_000


class MainWindow(QMainWindow):
    article_opened = Signal(int)
    language_changed = Signal()
    import_finished = Signal(list)
    import_failed = Signal(str)

    def __init__(self, library: Library, settings: Settings):
        super().__init__()
        self.library, self.settings = library, settings
        self.article_id: int | None = None
        self.article: dict[str, Any] | None = None
        self.titles: dict[int, str] = {}
        # False for --screenshot: a picture is not reading, nothing is written
        self.keeps_place = True
        # start-up: the palette before any widget; set later it is sent to every widget (10 ms)
        QApplication.setPalette(
            application_palette(make_theme(settings.theme, settings.tone_scheme))
        )
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.setObjectName("mainWindow")
        self.commands = Actions(self)
        for color in COLORS:
            self.commands["highlight_" + color].setIcon(swatch_icon(HIGHLIGHT_COLORS[color]))
        self.undo_stack = QUndoStack(self)
        self.files = Files(self)
        # these two named: docks.py's tables use them before this is checked
        self.annotations: Annotating = Annotating(self)
        self.learning: Learning = Learning(self)
        self.library_file = LibraryFile(self)
        self.navigation = Navigation(self)
        self.options = Options(self)

        self.view = ReaderView()
        self.scroll_area = QScrollArea(self)
        # start-up: a viewport of our own, as QScrollArea's (no background role): the first
        # viewport() of one Qt made has shiboken build every QtWidgets type not yet used, 47 enum
        # classes (first picture 0.62 -> 0.58 s)
        self.scroll_area.setViewport(viewport := QWidget())
        viewport.setBackgroundRole(QPalette.ColorRole.NoRole)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.view)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        # a scroll bar that comes and goes would change the width and lay the article out twice
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setCentralWidget(self.scroll_area)
        self.library_panel = LibraryPanel()
        self.library_dock = QDockWidget(self.tr("Library"), self)
        self.library_dock.setObjectName("libraryDock")
        self.library_dock.setWidget(self.library_panel)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.library_dock)
        self.docks = build_docks(self)

        self.menus = build_menus(self, self.commands, self._special_menu)
        build_toolbar(self, self.commands)
        self._build_status()
        self._connect()
        self.options.load()
        self.resize(1400, 900)
        if not self.settings.geometry.isEmpty():
            self.restoreGeometry(self.settings.geometry)
        if not self.settings.window_state.isEmpty():
            self.restoreState(self.settings.window_state)
        self.refresh_library()
        self.view.first_painted.connect(self._warm_up)

    # the docks and their panels by name; a panel is built when first asked for
    def dock(self, name: str) -> LazyDock:
        return self.docks[name]

    speakers_dock = property(lambda self: self.docks["speakersDock"])
    figures_dock = property(lambda self: self.docks["figuresDock"])
    highlights_dock = property(lambda self: self.docks["highlightsDock"])
    vocabulary_dock = property(lambda self: self.docks["vocabularyDock"])

    # each panel is of the class its dock names in docks.py, whose module is loaded with it
    @property
    def speakers_panel(self) -> SpeakersPanel:
        return cast("SpeakersPanel", self.docks["speakersDock"].panel)

    @property
    def figures_panel(self) -> FiguresPanel:
        return cast("FiguresPanel", self.docks["figuresDock"].panel)

    @property
    def highlights_panel(self) -> HighlightsPanel:
        return cast("HighlightsPanel", self.docks["highlightsDock"].panel)

    @property
    def bookmarks_panel(self) -> BookmarksPanel:
        return cast("BookmarksPanel", self.docks["bookmarksDock"].panel)

    @property
    def search_panel(self) -> SearchPanel:
        return cast("SearchPanel", self.docks["searchDock"].panel)

    @property
    def vocabulary_panel(self) -> VocabularyPanel:
        return cast("VocabularyPanel", self.docks["vocabularyDock"].panel)

    def _warm_up(self) -> None:
        """After the first paint, off the UI thread: CC-CEDICT for the popup, sqlite-utils for
        the first write (importing it on the UI thread would stall it for 100 ms), and the day's
        backup. A screenshot needs none of them, and would wait for them before it exits."""
        if not self.keeps_place:
            return

        from desktop.gui.worker import run_in_background  # start-up: QProcess is 2 ms

        run_in_background(
            startup_measures.warm_up,
            parent=self,
            on_done=lambda _: startup_measures.settle_after_warm_up(),
            low_priority=True,
            on_error=lambda message: self.status(message.split("\n")[0]),
        )
        daily_backup(
            self,
            self.library,
            self.settings.backup_daily,
            self.settings.backup_weekly,
            on_done=lambda made: None,
            on_error=self.library_file.backup_failed,
        )

    # --- construction ---------------------------------------------------------------------------

    def _special_menu(self, name: str, menu: QMenu) -> None:
        """The parts of the menus the window fills itself."""
        if name == "recent":
            self.files.fill_recent(menu.addMenu(self.tr("Open &Recent")))
        elif name == "bookmarks":
            self.bookmarks_menu = menu
        elif name == "docks":
            for dock in (self.library_dock, *self.docks.values()):
                menu.addAction(dock.toggleViewAction())
        elif name == "hsk":
            self.learning.fill_hsk_menus(menu)

    def _build_status(self) -> None:
        self.status_label = QLabel(self)
        self.read_only_label = QLabel(self)
        self.read_only_label.setObjectName("readOnlyLabel")
        self.read_label = QLabel(self)  # how much of the open article is read
        self.read_label.setAccessibleName(self.tr("Share of the article read"))
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.timeout.connect(self.status_label.clear)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel the import"))
        self.cancel_button.clicked.connect(self.files.imports.cancel)
        bar = self.statusBar()
        bar.addWidget(self.status_label, 1)
        for widget in (self.read_only_label, self.read_label, self.progress, self.cancel_button):
            bar.addPermanentWidget(widget)
        self.progress.hide()
        self.cancel_button.hide()
        self._show_library_state()

    def _connect(self) -> None:
        connect_commands(self)  # what each command calls: gui/wiring.py
        self.options.connect_commands()
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.library_panel.article_selected.connect(self.open_article)
        self.view.cursor_moved.connect(
            lambda rect: self.scroll_area.ensureVisible(
                rect.center().x(), rect.center().y(), 50, rect.height() * 2
            )
        )
        self.scroll_area.verticalScrollBar().valueChanged.connect(
            lambda _: self.navigation.scrolled()
        )

    def _context_menu(self, pos: Any) -> None:
        self.view.popup.hide_popup()  # it would stand over the menu
        menu = QMenu(self)
        menu.setPalette(self.options.menu_palette)
        fill(menu, self.commands, CONTEXT_MENU)
        menu.exec(self.view.mapToGlobal(pos))

    # --- what every part uses --------------------------------------------------------------------

    def status(self, text: str) -> None:
        """A message in the status bar; it goes after a while, before it can mislead."""
        self.status_label.setText(text)
        self._status_timer.start(STATUS_MS)

    def show_progress(self, share: float) -> None:
        self.read_label.setText(self.tr("{percent}% read").format(percent=round(share * 100)))

    def show_error(self, title: str, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            title,
            message.split("\n\n")[0],
            QMessageBox.StandardButton.Ok,
            self,
        )
        if "\n\n" in message:
            box.setDetailedText(message)
        box.setObjectName("errorDialog")
        box.open()

    def push(self, command: QUndoCommand) -> None:
        """Do an undoable change; a library that refuses it says why."""
        try:
            self.undo_stack.push(command)
        except LibraryError as exc:
            self.show_error(self.tr("The library cannot be changed"), str(exc))

    def word_token(self) -> int:
        """The token at the word cursor, else under the mouse, else -1."""
        token = self.view.cursor_token()
        return token if token >= 0 else self.view.hovered_token()

    # --- articles ---------------------------------------------------------------------------------

    def refresh_library(self) -> None:
        articles = self.library.articles()
        self.titles = {a["id"]: title_of(a) for a in articles}
        self.library_panel.set_articles(articles)
        self.annotations.bookmarks_changed()

    def open_article(self, article_id: int) -> None:
        if article_id == self.article_id:
            return
        self.navigation.save_position(write_now=False)
        try:
            article = self.library.packed_article(article_id)
        except LibraryError as exc:
            self.show_error(self.tr("This article cannot be opened"), str(exc))
            return
        self.article_id = article_id
        bookmarks = [b["offset"] for b in self.library.bookmarks(article_id)]
        self.view.set_article(
            article,
            self.library.highlights(article_id),
            self.library.article_note(article_id),
            bookmarks,
        )
        self.article = self.view.article  # the same article, its tokens packed
        # the docks on a later turn of the event loop, after the article is on screen
        for name in ARTICLE_DOCKS:
            self.docks[name].mark_stale()

        def refresh_docks() -> None:
            for name in ARTICLE_DOCKS:
                self.docks[name].refresh()

        QTimer.singleShot(0, refresh_docks)
        self._set_title()
        self.library_panel.select(article_id)
        if self.keeps_place:
            self.settings.last_article = article_id
        self.navigation.article_opened(article_id)
        self.read_label.setText("")
        self.article_opened.emit(article_id)

    def reload_article(self) -> None:
        """Show the current article again from the library (its analysis changed), in place."""
        if self.article_id is None:
            return
        bar = self.scroll_area.verticalScrollBar()
        value, current, self.article_id = bar.value(), self.article_id, None
        self.open_article(current)
        QTimer.singleShot(0, lambda: bar.setValue(value))

    def open_files(self, paths: list[str], *, background: bool = True) -> None:
        self.files.open_files(paths, background=background)

    # --- the library file ------------------------------------------------------------------------

    def replace_library(self, library: Library) -> None:
        """Go on with another Library object (the same file restored from a backup)."""
        self.library = library
        self.files.imports.library = library
        self.undo_stack.clear()
        self.article_id = self.article = None
        self.refresh_library()
        self._show_library_state()
        ids = [a["id"] for a in library.articles()]
        if ids:
            self.open_article(
                self.settings.last_article if self.settings.last_article in ids else ids[0]
            )

    def _set_title(self) -> None:
        parts = [APP_TITLE]
        if self.article is not None:
            parts.append(title_of(self.article))
        read_only = self.tr("(read-only)") if self.library_file.why_read_only() else ""
        self.setWindowTitle(" ".join([" — ".join(parts), read_only]).strip())

    def _show_library_state(self) -> None:
        """A library that takes no writes says so, and why, in the title and the status bar."""
        why = self.library_file.why_read_only()
        self.read_only_label.setText(self.tr("Read-only: {why}").format(why=why) if why else "")
        self.read_only_label.setVisible(bool(why))
        self._set_title()

    # --- dialogs, drops, closing -------------------------------------------------------------

    def show_preferences(self) -> None:
        from desktop.gui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        if not dialog.exec():
            return
        language_changed = dialog.apply()
        self.options.load()
        self.learning.vocabulary_changed()
        if language_changed:
            self.language_changed.emit()  # the app builds the window again in the new language

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from desktop.gui.about import about_text

        QMessageBox.about(self, self.tr("About Dubao"), about_text())

    def dragEnterEvent(self, event: Any) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.open_files(paths)
            event.acceptProposedAction()

    def closeEvent(self, event: Any) -> None:
        self.navigation.save_position()
        if self.keeps_place:
            self.settings.geometry = self.saveGeometry()
            self.settings.window_state = self.saveState()
            self.settings.sync()
        self.view.popup.hide_popup()
        remember_text_widths()
        super().closeEvent(event)
