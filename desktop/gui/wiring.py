"""What each of the window's commands calls: the one table from an action's name to the part of
the window that carries it out (actions.py says what the commands are, menus.py where they show)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from desktop.store import COLORS

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow


def connect_commands(w: MainWindow) -> None:
    c, f, a, learn, nav = (
        w.commands,
        w.files,
        w.annotations,
        w.learning,
        w.navigation,
    )
    simple = {
        "open": f.open_dialog,
        "quit": w.close,
        "export": f.export_dialog,
        "backup_now": w.library_file.back_up_now,
        "restore_backup": w.library_file.restore_dialog,
        "paste_document": f.paste_document,
        "copy": w.view.copy_selection,
        "copy_pinyin": w.view.copy_with_pinyin,
        "look_up": w.view.look_up,
        "print": lambda: f.print_articles(pdf=False),
        "export_pdf": lambda: f.print_articles(pdf=True),
        "article_note": a.edit_article_note,
        "about": w.show_about,
        "preferences": w.show_preferences,
        "undo": w.undo_stack.undo,
        "redo": w.undo_stack.redo,
        "toggle_bookmark": a.toggle_bookmark,
        "mark_article_known": learn.mark_article_known,
        "correct_reading": learn.correct_reading,
        "show_corrections": learn.show_corrections,
        "go_start": lambda: nav.to_edge(end=False),
        "go_end": lambda: nav.to_edge(end=True),
        "next_article": lambda: nav.step_article(+1),
        "previous_article": lambda: nav.step_article(-1),
        "next_figure": lambda: nav.step_mark("figures", +1),
        "previous_figure": lambda: nav.step_mark("figures", -1),
        "next_statement": lambda: nav.step_mark("statements", +1),
        "previous_statement": lambda: nav.step_mark("statements", -1),
        "edit_note": lambda: a.edit_highlight(a.highlight_here()),
        "delete_highlight": lambda: a.delete_highlight(a.highlight_here()),
        "mark_known": lambda: learn.mark_word("known"),
        "mark_learning": lambda: learn.mark_word("learning"),
        "find": lambda: a.show_search(False),
        "find_library": lambda: a.show_search(True),
    }
    for name, slot in simple.items():
        c[name].triggered.connect(slot)
    for color in COLORS:
        c["highlight_" + color].triggered.connect(
            lambda checked=False, k=color: a.highlight_selection(k)
        )
    w.undo_stack.canUndoChanged.connect(c.undo.setEnabled)
    w.undo_stack.canRedoChanged.connect(c.redo.setEnabled)
    c.undo.setEnabled(False)
    c.redo.setEnabled(False)
    # Space looks up only in the text: elsewhere it stays the key of lists and buttons
    c.look_up.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    w.view.addAction(c.look_up)
