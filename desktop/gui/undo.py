"""Undoable changes to highlights (QUndoStack commands). Each command calls the library and
then `changed()` so that the view and the docks redraw."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypedDict

from PySide6.QtGui import QUndoCommand

from desktop.gui.i18n import name, tr
from desktop.store import Library


class _Fields(TypedDict):
    """What EditHighlight changes, before and after."""

    note: str
    color: str
    tags: list[str]


class AddHighlight(QUndoCommand):
    def __init__(
        self,
        library: Library,
        changed: Callable[[], None],
        article_id: int,
        start: int,
        end: int,
        color: str,
    ):
        super().__init__(tr("Add highlight"))
        self.library, self.changed = library, changed
        self.args = (article_id, start, end, color)
        self.saved: dict | None = None
        self.highlight_id: int | None = None

    def redo(self) -> None:
        if self.saved is None:
            self.highlight_id = self.library.add_highlight(*self.args[:3], color=self.args[3])
        else:
            self.library.restore_highlight(self.saved)
        self.changed()

    def undo(self) -> None:
        assert self.highlight_id is not None  # undone only once done
        self.saved = self.library.delete_highlight(self.highlight_id)
        self.changed()


class EditHighlight(QUndoCommand):
    def __init__(
        self,
        library: Library,
        changed: Callable[[], None],
        highlight: dict,
        *,
        note: str,
        color: str,
        tags: list[str],
    ):
        super().__init__(tr("Edit highlight"))
        self.library, self.changed = library, changed
        self.highlight_id = highlight["id"]
        self.before: _Fields = {
            "note": highlight["note"],
            "color": highlight["color"],
            "tags": list(highlight["tags"]),
        }
        self.after: _Fields = {"note": note, "color": color, "tags": list(tags)}

    def redo(self) -> None:
        self.library.update_highlight(self.highlight_id, **self.after)
        self.changed()

    def undo(self) -> None:
        self.library.update_highlight(self.highlight_id, **self.before)
        self.changed()


class DeleteHighlight(QUndoCommand):
    def __init__(self, library: Library, changed: Callable[[], None], highlight_id: int):
        super().__init__(tr("Delete highlight"))
        self.library, self.changed = library, changed
        self.highlight_id = highlight_id
        self.saved: dict | None = None

    def redo(self) -> None:
        self.saved = self.library.delete_highlight(self.highlight_id)
        self.changed()

    def undo(self) -> None:
        assert self.saved is not None  # undone only once done
        self.library.restore_highlight(self.saved)
        self.changed()


class SetWordStatuses(QUndoCommand):
    def __init__(
        self, library: Library, changed: Callable[[], None], words: list[str], status: str
    ):
        super().__init__(tr("Mark words {status}").format(status=name(status)))
        self.library, self.changed = library, changed
        self.status = status
        known = library.word_statuses()
        self.before: dict[str, list[str]] = {}
        for w in words:
            self.before.setdefault(known.get(w, "new"), []).append(w)

    def redo(self) -> None:
        self.library.set_words_status([w for ws in self.before.values() for w in ws], self.status)
        self.changed()

    def undo(self) -> None:
        for status, words in self.before.items():
            self.library.set_words_status(words, status)
        self.changed()
