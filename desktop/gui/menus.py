"""Where the window's commands appear: the menus, the toolbar and the context menu, as tables of
command names (desktop/gui/actions.py says what each command is). `None` is a separator; a
name in angle brackets is a submenu the window fills itself (recent files, bookmarks, HSK)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from desktop.gui.actions import Actions
from desktop.gui.i18n import QT_TRANSLATE_NOOP, translate_marked

Entries = Sequence[str | None]

# fmt: off
MENUS: list[tuple[str, Entries]] = [
    (QT_TRANSLATE_NOOP("QCoreApplication", "&File"),
     ("open", "<recent>", "export", None, "print", "export_pdf", None, "backup_now",
      "restore_backup", None, "preferences", None, "quit")),
    (QT_TRANSLATE_NOOP("QCoreApplication", "&Edit"),
     ("undo", "redo", None, "copy", "copy_pinyin", "paste_document", None, "highlight_yellow",
      "highlight_green", "highlight_blue", "highlight_pink", "highlight_purple", "edit_note",
      "delete_highlight", "article_note", None, "find", "find_library")),
    (QT_TRANSLATE_NOOP("QCoreApplication", "&Bookmarks"), ("<bookmarks>",)),
    (QT_TRANSLATE_NOOP("QCoreApplication", "&View"),
     ("pinyin_hover", "pinyin_above", "pinyin_off", None, "show_words", "tone_colors",
      "tone_on_characters", "show_figures", "show_speakers", "show_unknown", "show_hsk",
      "traditional", None, "zoom_in", "zoom_out", "zoom_reset", None, "theme_system",
      "theme_light", "theme_dark", None, "<docks>")),
    (QT_TRANSLATE_NOOP("QCoreApplication", "&Go"),
     ("go_start", "go_end", None, "next_article", "previous_article", "next_figure",
      "previous_figure", "next_statement", "previous_statement")),
    (QT_TRANSLATE_NOOP("QCoreApplication", "&Words"),
     ("look_up", None, "mark_known", "mark_learning", "mark_article_known", None,
      "correct_reading", "show_corrections", None, "<hsk>")),
    (QT_TRANSLATE_NOOP("QCoreApplication", "&Help"), ("about",)),
]

TOOLBAR: Entries = (
    "open", None, "pinyin_hover", "pinyin_above", "pinyin_off", None, "show_words", "tone_colors",
    "show_figures", "show_speakers", None, "highlight_yellow", "highlight_green", "highlight_blue",
    "highlight_pink", "highlight_purple", "edit_note", None, "zoom_out", "zoom_in",
)

CONTEXT_MENU: Entries = (
    "look_up", "copy", "copy_pinyin", None, "highlight_yellow", "highlight_green",
    "highlight_blue", "highlight_pink", "highlight_purple", "edit_note", "delete_highlight", None,
    "mark_known", "mark_learning", "correct_reading", None, "toggle_bookmark",
)
# fmt: on


def fill(
    menu: QMenu,
    commands: Actions,
    entries: Entries,
    special: Callable[[str, QMenu], None] | None = None,
) -> None:
    """Add `entries` to `menu`; `special(name, menu)` adds what a bracketed name stands for."""
    for entry in entries:
        if entry is None:
            menu.addSeparator()
        elif entry.startswith("<"):
            if special is not None:
                special(entry.strip("<>"), menu)
        else:
            menu.addAction(commands[entry])


def build_menus(
    window: QMainWindow, commands: Actions, special: Callable[[str, QMenu], None]
) -> dict[str, QMenu]:
    """The menu bar from MENUS; returns the menus by their untranslated title."""
    menus = {}
    for title, entries in MENUS:
        menu = window.menuBar().addMenu(translate_marked(title))
        fill(menu, commands, entries, special)
        menus[title] = menu
    return menus


def build_toolbar(window: QMainWindow, commands: Actions) -> QToolBar:
    bar = window.addToolBar(translate_marked(QT_TRANSLATE_NOOP("QCoreApplication", "Reading")))
    bar.setObjectName("readingToolbar")
    bar.setToolButtonStyle(
        Qt.ToolButtonStyle.ToolButtonIconOnly
    )  # text where a command has no icon
    for entry in TOOLBAR:
        if entry is None:
            bar.addSeparator()
        else:
            bar.addAction(commands[entry])
    return bar
