"""The panels on the right, from one table: each is built the first time it is seen (its module
loads then too), wired to the window, and filled only while it is seen (panels/dock.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from importlib import import_module
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop.gui.i18n import QT_TRANSLATE_NOOP, translate_marked
from desktop.gui.panels.dock import LazyDock

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow
    from desktop.gui.panels.bookmarks import BookmarksPanel
    from desktop.gui.panels.figures import FiguresPanel
    from desktop.gui.panels.highlights import HighlightsPanel
    from desktop.gui.panels.search import SearchPanel
    from desktop.gui.panels.speakers import SpeakersPanel
    from desktop.gui.panels.vocabulary import VocabularyPanel

Panel = TypeVar("Panel", bound=QWidget)


@dataclass(frozen=True)
class DockSpec(Generic[Panel]):
    name: str  # the dock's object name: the window's state remembers it
    title: str
    panel: str  # "module:Class" under desktop.gui.panels, a Panel
    wire: Callable[[MainWindow, Panel], None]  # connect the panel's signals to the window
    fill: Callable[[MainWindow, Panel], None] | None = None  # show the window's data in it


def _wire_speakers(w: MainWindow, panel: SpeakersPanel) -> None:
    panel.statement_activated.connect(w.navigation.jump_to)
    panel.correction_requested.connect(w.annotations.correct_speaker)


def _wire_figures(w: MainWindow, panel: FiguresPanel) -> None:
    panel.figure_activated.connect(w.navigation.jump_to)


def _wire_highlights(w: MainWindow, panel: HighlightsPanel) -> None:
    panel.highlight_activated.connect(
        lambda h: w.navigation.go_to(h["article_id"], h["start"], h["end"])
    )
    panel.edit_requested.connect(w.annotations.edit_highlight)
    panel.delete_requested.connect(w.annotations.delete_highlight)
    panel.scope_changed.connect(lambda: w.annotations.fill_highlights(panel))


def _wire_bookmarks(w: MainWindow, panel: BookmarksPanel) -> None:
    panel.bookmark_activated.connect(w.navigation.go_to)


def _wire_search(w: MainWindow, panel: SearchPanel) -> None:
    panel.search_requested.connect(w.annotations.search)
    panel.result_activated.connect(w.navigation.go_to)


def _wire_vocabulary(w: MainWindow, panel: VocabularyPanel) -> None:
    panel.mark_all_known.connect(w.learning.mark_article_known)
    panel.word_activated.connect(w.learning.go_to_word)


# each spec's panel type is its own: the list holds them all
DOCKS: list[DockSpec[Any]] = [
    DockSpec(
        "speakersDock",
        QT_TRANSLATE_NOOP("QCoreApplication", "Speakers"),
        "speakers:SpeakersPanel",
        _wire_speakers,
        lambda w, p: p.set_article(w.article),
    ),
    DockSpec(
        "figuresDock",
        QT_TRANSLATE_NOOP("QCoreApplication", "Figures"),
        "figures:FiguresPanel",
        _wire_figures,
        lambda w, p: p.set_article(w.article),
    ),
    DockSpec(
        "highlightsDock",
        QT_TRANSLATE_NOOP("QCoreApplication", "Highlights"),
        "highlights:HighlightsPanel",
        _wire_highlights,
        lambda w, p: w.annotations.fill_highlights(p),
    ),
    DockSpec(
        "bookmarksDock",
        QT_TRANSLATE_NOOP("QCoreApplication", "Bookmarks"),
        "bookmarks:BookmarksPanel",
        _wire_bookmarks,
        lambda w, p: w.annotations.fill_bookmarks(p),
    ),
    DockSpec(
        "searchDock",
        QT_TRANSLATE_NOOP("QCoreApplication", "Search"),
        "search:SearchPanel",
        _wire_search,
    ),
    DockSpec(
        "vocabularyDock",
        QT_TRANSLATE_NOOP("QCoreApplication", "Vocabulary"),
        "vocabulary:VocabularyPanel",
        _wire_vocabulary,
        lambda w, p: w.learning.fill_vocabulary(p),
    ),
]
# the docks whose content is the open article's: marked stale when another article opens
ARTICLE_DOCKS = ("speakersDock", "figuresDock", "highlightsDock", "vocabularyDock")


def build_docks(window: MainWindow) -> dict[str, LazyDock]:
    """Every dock of DOCKS on the right, tabbed behind the first."""
    docks: dict[str, LazyDock] = {}
    for spec in DOCKS:
        dock = LazyDock(
            spec.name,
            translate_marked(spec.title),
            window,
            _builder(window, spec),
            partial(spec.fill, window) if spec.fill else None,
        )
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        docks[spec.name] = dock
    first, *rest = docks.values()
    for dock in rest:
        window.tabifyDockWidget(first, dock)
    first.raise_()
    return docks


def _builder(window: MainWindow, spec: DockSpec[Panel]) -> Callable[[], QWidget]:
    def build() -> QWidget:
        module, cls = spec.panel.split(":")
        panel: Panel = getattr(import_module(f"desktop.gui.panels.{module}"), cls)()
        spec.wire(window, panel)
        return panel

    return build
