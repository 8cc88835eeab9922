"""Every action of the window in one place: text, shortcut, tooltip, checkable state.
Menus and toolbars only arrange these (Picard's actions.py does the same)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QWidget

StandardKey = QKeySequence.StandardKey


def tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


@dataclass(frozen=True)
class Spec:
    name: str
    text: str
    shortcut: object = None  # a StandardKey or a string
    tip: str = ""
    checkable: bool = False


SPECS = [
    Spec("open", "&Open…", StandardKey.Open, "Open news pages (text files)"),
    Spec("export", "&Export…", "Ctrl+Shift+E", "Export highlights, figures or quotations"),
    Spec("quit", "&Quit", StandardKey.Quit, "Quit Dubao"),
    Spec("copy", "&Copy", StandardKey.Copy, "Copy the selected characters"),
    Spec("paste_document", "&Paste as new document", "Ctrl+Shift+V", "Read the text or web page on the clipboard"),
    Spec("pinyin_hover", "Pinyin on &hover", "Ctrl+1", "Show pinyin in a popup over each word", True),
    Spec("pinyin_above", "Pinyin &above", "Ctrl+2", "Show pinyin above every word", True),
    Spec("pinyin_off", "Pinyin &off", "Ctrl+3", "Hide pinyin", True),
    Spec("show_words", "&Word boundaries", "Ctrl+Shift+W", "Mark where each word starts and ends", True),
    Spec("tone_colors", "&Tone colours", "Ctrl+Shift+T", "Colour pinyin by tone", True),
    Spec("tone_on_characters", "Tone colours on &characters", "Ctrl+Shift+C", "Colour the characters too", True),
    Spec("show_figures", "&Figures", "Ctrl+Shift+G", "Mark amounts, percentages, dates and counts", True),
    Spec("show_speakers", "&Speakers", "Ctrl+Shift+S", "Mark speakers and tint what they said", True),
    Spec("traditional", "T&raditional characters", "Ctrl+Shift+J", "Show the text in traditional characters",
         True),
    Spec("show_unknown", "Mark &new and learning words", "Ctrl+Shift+U", "Underline the words you do not know yet",
         True),
    Spec("show_hsk", "Mark words above my &HSK level", "Ctrl+Shift+H", "Mark words above the HSK level you chose",
         True),
    Spec("zoom_in", "Zoom &in", StandardKey.ZoomIn, "Larger text"),
    Spec("zoom_out", "Zoom &out", StandardKey.ZoomOut, "Smaller text"),
    Spec("zoom_reset", "&Actual size", "Ctrl+0", "Text at its default size"),
    Spec("theme_system", "System theme", None, "Follow the system's light or dark setting", True),
    Spec("theme_light", "Light theme", None, "Dark text on a light page", True),
    Spec("theme_dark", "Dark theme", None, "Light text on a dark page", True),
    Spec("next_article", "Next article", "Ctrl+PgDown", "Open the next article"),
    Spec("previous_article", "Previous article", "Ctrl+PgUp", "Open the previous article"),
    Spec("next_figure", "Next figure", "F", "Jump to the next figure"),
    Spec("previous_figure", "Previous figure", "Shift+F", "Jump to the previous figure"),
    Spec("next_statement", "Next statement", "S", "Jump to the next statement"),
    Spec("previous_statement", "Previous statement", "Shift+S", "Jump to the previous statement"),
    Spec("highlight_yellow", "Highlight in &yellow", "1", "Highlight the selection in yellow"),
    Spec("highlight_green", "Highlight in &green", "2", "Highlight the selection in green"),
    Spec("highlight_blue", "Highlight in &blue", "3", "Highlight the selection in blue"),
    Spec("highlight_pink", "Highlight in &pink", "4", "Highlight the selection in pink"),
    Spec("highlight_purple", "Highlight in p&urple", "5", "Highlight the selection in purple"),
    Spec("edit_note", "Edit &note and tags…", "Ctrl+E", "Write a note or tags for the highlight here"),
    Spec("delete_highlight", "&Delete highlight", "Ctrl+Shift+Backspace", "Remove the highlight here"),
    Spec("undo", "&Undo", StandardKey.Undo, "Undo the last change to highlights"),
    Spec("redo", "&Redo", StandardKey.Redo, "Redo what was undone"),
    Spec("mark_known", "Mark word &known", "K", "Mark the word at the cursor known (again: new)"),
    Spec("mark_learning", "Mark word &learning", "L", "Mark the word at the cursor learning (again: new)"),
    Spec("mark_article_known", "Mark the rest of the article known", "Ctrl+K",
         "Every word of this article that is new becomes known"),
    Spec("correct_reading", "Correct this &reading…", "Ctrl+R", "Set your own pinyin for the word at the cursor"),
    Spec("show_corrections", "Pinyin &corrections…", None, "See and undo the readings you set"),
    Spec("toggle_bookmark", "Toggle &bookmark", "Ctrl+D", "Bookmark this place, or remove its bookmark"),
    Spec("find", "&Find in article…", StandardKey.Find, "Search this article"),
    Spec("find_library", "Find in &library…", "Ctrl+Shift+F", "Search every article and note"),
    Spec("about", "&About Dubao", None, "Version, licences and credits"),
]

GROUPS = {"pinyin": ("pinyin_hover", "pinyin_above", "pinyin_off"),
          "theme": ("theme_system", "theme_light", "theme_dark")}


class Actions:
    """The window's QActions by name: `actions.open`, `actions["zoom_in"]`."""

    def __init__(self, parent: QWidget):
        self._actions: dict[str, QAction] = {}
        for spec in SPECS:
            action = QAction(tr(spec.text), parent)
            action.setObjectName(spec.name)
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
            if spec.tip:
                action.setToolTip(tr(spec.tip))
                action.setStatusTip(tr(spec.tip))
            action.setCheckable(spec.checkable)
            parent.addAction(action)
            self._actions[spec.name] = action
        self.groups = {}
        for group, names in GROUPS.items():
            g = QActionGroup(parent)
            g.setExclusive(True)
            for name in names:
                g.addAction(self._actions[name])
            self.groups[group] = g

    def __getattr__(self, name: str) -> QAction:
        try:
            return self._actions[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def all(self) -> dict[str, QAction]:
        return dict(self._actions)
