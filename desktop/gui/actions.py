"""Every action of the window in one place: text, shortcut, tooltip, checkable state.
Menus and toolbars only arrange these (Picard's actions.py does the same)."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QWidget

from desktop.gui.i18n import QT_TRANSLATE_NOOP, translate_marked

StandardKey = QKeySequence.StandardKey


class Spec(NamedTuple):
    name: str
    text: str
    shortcut: StandardKey | str | None = None
    tip: str = ""
    checkable: bool = False
    also: tuple[str, ...] = ()  # more keys for the same command (browsers take Ctrl+= for zoom)


SPECS = [
    Spec(
        "open",
        QT_TRANSLATE_NOOP("QCoreApplication", "&Open…"),
        StandardKey.Open,
        QT_TRANSLATE_NOOP("QCoreApplication", "Open news pages (text files)"),
    ),
    Spec(
        "export",
        QT_TRANSLATE_NOOP("QCoreApplication", "&Export…"),
        "Ctrl+Shift+E",
        QT_TRANSLATE_NOOP("QCoreApplication", "Export highlights, figures or quotations"),
    ),
    Spec(
        "backup_now",
        QT_TRANSLATE_NOOP("QCoreApplication", "&Back up the library now"),
        None,
        QT_TRANSLATE_NOOP("QCoreApplication", "Make a backup of the library beside it"),
    ),
    Spec(
        "restore_backup",
        QT_TRANSLATE_NOOP("QCoreApplication", "Restore from &backup…"),
        None,
        QT_TRANSLATE_NOOP("QCoreApplication", "Put a backup of the library in its place"),
    ),
    Spec(
        "print",
        QT_TRANSLATE_NOOP("QCoreApplication", "&Print…"),
        StandardKey.Print,
        QT_TRANSLATE_NOOP(
            "QCoreApplication", "Print articles with their pinyin above the characters"
        ),
    ),
    Spec(
        "export_pdf",
        QT_TRANSLATE_NOOP("QCoreApplication", "Export to P&DF…"),
        "Ctrl+Shift+P",
        QT_TRANSLATE_NOOP(
            "QCoreApplication", "Save articles as a PDF, with their pinyin above the characters"
        ),
    ),
    Spec(
        "preferences",
        QT_TRANSLATE_NOOP("QCoreApplication", "&Preferences…"),
        StandardKey.Preferences,
        QT_TRANSLATE_NOOP(
            "QCoreApplication", "Fonts, pinyin, colours, HSK, language, library file"
        ),
    ),
    Spec(
        "quit",
        QT_TRANSLATE_NOOP("QCoreApplication", "&Quit"),
        StandardKey.Quit,
        QT_TRANSLATE_NOOP("QCoreApplication", "Quit Dubao"),
    ),
    Spec(
        "copy",
        QT_TRANSLATE_NOOP("QCoreApplication", "&Copy"),
        StandardKey.Copy,
        QT_TRANSLATE_NOOP("QCoreApplication", "Copy the selected characters"),
    ),
    Spec(
        "paste_document",
        QT_TRANSLATE_NOOP("QCoreApplication", "&Paste as new document"),
        "Ctrl+Shift+V",
        QT_TRANSLATE_NOOP("QCoreApplication", "Read the text or web page on the clipboard"),
    ),
    Spec(
        "pinyin_hover",
        QT_TRANSLATE_NOOP("QCoreApplication", "Pinyin on &hover"),
        "Ctrl+1",
        QT_TRANSLATE_NOOP("QCoreApplication", "Show pinyin in a popup over each word"),
        True,
    ),
    Spec(
        "pinyin_above",
        QT_TRANSLATE_NOOP("QCoreApplication", "Pinyin &above"),
        "Ctrl+2",
        QT_TRANSLATE_NOOP("QCoreApplication", "Show pinyin above every word"),
        True,
    ),
    Spec(
        "pinyin_off",
        QT_TRANSLATE_NOOP("QCoreApplication", "Pinyin &off"),
        "Ctrl+3",
        QT_TRANSLATE_NOOP("QCoreApplication", "Hide pinyin"),
        True,
    ),
    Spec(
        "show_words",
        QT_TRANSLATE_NOOP("QCoreApplication", "&Word boundaries"),
        "Ctrl+Shift+W",
        QT_TRANSLATE_NOOP("QCoreApplication", "Mark where each word starts and ends"),
        True,
    ),
    Spec(
        "tone_colors",
        QT_TRANSLATE_NOOP("QCoreApplication", "&Tone colours"),
        "Ctrl+Shift+T",
        QT_TRANSLATE_NOOP("QCoreApplication", "Colour pinyin by tone"),
        True,
    ),
    Spec(
        "tone_on_characters",
        QT_TRANSLATE_NOOP("QCoreApplication", "Tone colours on &characters"),
        "Ctrl+Shift+C",
        QT_TRANSLATE_NOOP("QCoreApplication", "Colour the characters too"),
        True,
    ),
    Spec(
        "show_figures",
        QT_TRANSLATE_NOOP("QCoreApplication", "&Figures"),
        "Ctrl+Shift+G",
        QT_TRANSLATE_NOOP("QCoreApplication", "Mark amounts, percentages, dates and counts"),
        True,
    ),
    Spec(
        "show_speakers",
        QT_TRANSLATE_NOOP("QCoreApplication", "&Speakers"),
        "Ctrl+Shift+S",
        QT_TRANSLATE_NOOP("QCoreApplication", "Mark speakers and tint what they said"),
        True,
    ),
    Spec(
        "traditional",
        QT_TRANSLATE_NOOP("QCoreApplication", "T&raditional characters"),
        "Ctrl+Shift+J",
        QT_TRANSLATE_NOOP("QCoreApplication", "Show the text in traditional characters"),
        True,
    ),
    Spec(
        "show_unknown",
        QT_TRANSLATE_NOOP("QCoreApplication", "Mark &new and learning words"),
        "Ctrl+Shift+U",
        QT_TRANSLATE_NOOP("QCoreApplication", "Underline the words you do not know yet"),
        True,
    ),
    Spec(
        "show_hsk",
        QT_TRANSLATE_NOOP("QCoreApplication", "Mark words above my &HSK level"),
        "Ctrl+Shift+H",
        QT_TRANSLATE_NOOP("QCoreApplication", "Mark words above the HSK level you chose"),
        True,
    ),
    Spec(
        "zoom_in",
        QT_TRANSLATE_NOOP("QCoreApplication", "Zoom &in"),
        StandardKey.ZoomIn,
        QT_TRANSLATE_NOOP("QCoreApplication", "Larger text"),
        also=("Ctrl+=",),
    ),
    Spec(
        "zoom_out",
        QT_TRANSLATE_NOOP("QCoreApplication", "Zoom &out"),
        StandardKey.ZoomOut,
        QT_TRANSLATE_NOOP("QCoreApplication", "Smaller text"),
    ),
    Spec(
        "zoom_reset",
        QT_TRANSLATE_NOOP("QCoreApplication", "&Actual size"),
        "Ctrl+0",
        QT_TRANSLATE_NOOP("QCoreApplication", "Text at its default size"),
    ),
    Spec(
        "theme_system",
        QT_TRANSLATE_NOOP("QCoreApplication", "System theme"),
        None,
        QT_TRANSLATE_NOOP("QCoreApplication", "Follow the system's light or dark setting"),
        True,
    ),
    Spec(
        "theme_light",
        QT_TRANSLATE_NOOP("QCoreApplication", "Light theme"),
        None,
        QT_TRANSLATE_NOOP("QCoreApplication", "Dark text on a light page"),
        True,
    ),
    Spec(
        "theme_dark",
        QT_TRANSLATE_NOOP("QCoreApplication", "Dark theme"),
        None,
        QT_TRANSLATE_NOOP("QCoreApplication", "Light text on a dark page"),
        True,
    ),
    Spec(
        "go_start",
        QT_TRANSLATE_NOOP("QCoreApplication", "Start of the article"),
        StandardKey.MoveToStartOfDocument,
        QT_TRANSLATE_NOOP("QCoreApplication", "Go to the top of the article"),
    ),
    Spec(
        "go_end",
        QT_TRANSLATE_NOOP("QCoreApplication", "End of the article"),
        StandardKey.MoveToEndOfDocument,
        QT_TRANSLATE_NOOP("QCoreApplication", "Go to the end of the article"),
    ),
    Spec(
        "next_article",
        QT_TRANSLATE_NOOP("QCoreApplication", "Next article"),
        "Ctrl+PgDown",
        QT_TRANSLATE_NOOP("QCoreApplication", "Open the next article"),
    ),
    Spec(
        "previous_article",
        QT_TRANSLATE_NOOP("QCoreApplication", "Previous article"),
        "Ctrl+PgUp",
        QT_TRANSLATE_NOOP("QCoreApplication", "Open the previous article"),
    ),
    Spec(
        "next_figure",
        QT_TRANSLATE_NOOP("QCoreApplication", "Next figure"),
        "F",
        QT_TRANSLATE_NOOP("QCoreApplication", "Jump to the next figure"),
    ),
    Spec(
        "previous_figure",
        QT_TRANSLATE_NOOP("QCoreApplication", "Previous figure"),
        "Shift+F",
        QT_TRANSLATE_NOOP("QCoreApplication", "Jump to the previous figure"),
    ),
    Spec(
        "next_statement",
        QT_TRANSLATE_NOOP("QCoreApplication", "Next statement"),
        "S",
        QT_TRANSLATE_NOOP("QCoreApplication", "Jump to the next statement"),
    ),
    Spec(
        "previous_statement",
        QT_TRANSLATE_NOOP("QCoreApplication", "Previous statement"),
        "Shift+S",
        QT_TRANSLATE_NOOP("QCoreApplication", "Jump to the previous statement"),
    ),
    Spec(
        "highlight_yellow",
        QT_TRANSLATE_NOOP("QCoreApplication", "Highlight in &yellow"),
        "1",
        QT_TRANSLATE_NOOP("QCoreApplication", "Highlight the selection in yellow"),
    ),
    Spec(
        "highlight_green",
        QT_TRANSLATE_NOOP("QCoreApplication", "Highlight in &green"),
        "2",
        QT_TRANSLATE_NOOP("QCoreApplication", "Highlight the selection in green"),
    ),
    Spec(
        "highlight_blue",
        QT_TRANSLATE_NOOP("QCoreApplication", "Highlight in &blue"),
        "3",
        QT_TRANSLATE_NOOP("QCoreApplication", "Highlight the selection in blue"),
    ),
    Spec(
        "highlight_pink",
        QT_TRANSLATE_NOOP("QCoreApplication", "Highlight in &pink"),
        "4",
        QT_TRANSLATE_NOOP("QCoreApplication", "Highlight the selection in pink"),
    ),
    Spec(
        "highlight_purple",
        QT_TRANSLATE_NOOP("QCoreApplication", "Highlight in p&urple"),
        "5",
        QT_TRANSLATE_NOOP("QCoreApplication", "Highlight the selection in purple"),
    ),
    Spec(
        "edit_note",
        QT_TRANSLATE_NOOP("QCoreApplication", "Edit &note and tags…"),
        "Ctrl+E",
        QT_TRANSLATE_NOOP("QCoreApplication", "Write a note or tags for the highlight here"),
    ),
    Spec(
        "article_note",
        QT_TRANSLATE_NOOP("QCoreApplication", "Note on this &article…"),
        "Ctrl+Shift+N",
        QT_TRANSLATE_NOOP(
            "QCoreApplication", "Write a note on the whole article, shown at its top"
        ),
    ),
    Spec(
        "look_up",
        QT_TRANSLATE_NOOP("QCoreApplication", "&Look up"),
        "Space",
        QT_TRANSLATE_NOOP(
            "QCoreApplication", "The reading and meaning of the selection, or of the word here"
        ),
    ),
    Spec(
        "copy_pinyin",
        QT_TRANSLATE_NOOP("QCoreApplication", "Copy with &pinyin"),
        "Ctrl+Alt+C",
        QT_TRANSLATE_NOOP(
            "QCoreApplication", "Copy the selection with each word's reading after it"
        ),
    ),
    Spec(
        "delete_highlight",
        QT_TRANSLATE_NOOP("QCoreApplication", "&Delete highlight"),
        "Ctrl+Shift+Backspace",
        QT_TRANSLATE_NOOP("QCoreApplication", "Remove the highlight here"),
    ),
    Spec(
        "undo",
        QT_TRANSLATE_NOOP("QCoreApplication", "&Undo"),
        StandardKey.Undo,
        QT_TRANSLATE_NOOP("QCoreApplication", "Undo the last change to highlights"),
    ),
    Spec(
        "redo",
        QT_TRANSLATE_NOOP("QCoreApplication", "&Redo"),
        StandardKey.Redo,
        QT_TRANSLATE_NOOP("QCoreApplication", "Redo what was undone"),
    ),
    Spec(
        "mark_known",
        QT_TRANSLATE_NOOP("QCoreApplication", "Mark word &known"),
        "K",
        QT_TRANSLATE_NOOP("QCoreApplication", "Mark the word at the cursor known (again: new)"),
    ),
    Spec(
        "mark_learning",
        QT_TRANSLATE_NOOP("QCoreApplication", "Mark word &learning"),
        "L",
        QT_TRANSLATE_NOOP("QCoreApplication", "Mark the word at the cursor learning (again: new)"),
    ),
    Spec(
        "mark_article_known",
        QT_TRANSLATE_NOOP("QCoreApplication", "Mark the rest of the article known"),
        "Ctrl+K",
        QT_TRANSLATE_NOOP(
            "QCoreApplication", "Every word of this article that is new becomes known"
        ),
    ),
    Spec(
        "correct_reading",
        QT_TRANSLATE_NOOP("QCoreApplication", "Correct this &reading…"),
        "Ctrl+R",
        QT_TRANSLATE_NOOP("QCoreApplication", "Set your own pinyin for the word at the cursor"),
    ),
    Spec(
        "show_corrections",
        QT_TRANSLATE_NOOP("QCoreApplication", "Pinyin &corrections…"),
        None,
        QT_TRANSLATE_NOOP("QCoreApplication", "See and undo the readings you set"),
    ),
    Spec(
        "toggle_bookmark",
        QT_TRANSLATE_NOOP("QCoreApplication", "Toggle &bookmark"),
        "Ctrl+D",
        QT_TRANSLATE_NOOP("QCoreApplication", "Bookmark this place, or remove its bookmark"),
    ),
    Spec(
        "find",
        QT_TRANSLATE_NOOP("QCoreApplication", "&Find in article…"),
        StandardKey.Find,
        QT_TRANSLATE_NOOP("QCoreApplication", "Search this article"),
    ),
    Spec(
        "find_library",
        QT_TRANSLATE_NOOP("QCoreApplication", "Find in &library…"),
        "Ctrl+Shift+F",
        QT_TRANSLATE_NOOP("QCoreApplication", "Search every article and note"),
    ),
    Spec(
        "about",
        QT_TRANSLATE_NOOP("QCoreApplication", "&About Dubao"),
        None,
        QT_TRANSLATE_NOOP("QCoreApplication", "Version, licences and credits"),
    ),
]

GROUPS = {
    "pinyin": ("pinyin_hover", "pinyin_above", "pinyin_off"),
    "theme": ("theme_system", "theme_light", "theme_dark"),
}


class Actions:
    """The window's QActions by name: `actions.open`, `actions["zoom_in"]`."""

    def __init__(self, parent: QWidget):
        self._actions: dict[str, QAction] = {}
        for spec in SPECS:
            action = QAction(translate_marked(spec.text), parent)
            action.setObjectName(spec.name)
            if spec.shortcut is not None:
                keys = [QKeySequence(spec.shortcut), *(QKeySequence(k) for k in spec.also)]
                action.setShortcuts([k for k in keys if not k.isEmpty()])
            if spec.tip:
                action.setToolTip(translate_marked(spec.tip))
                action.setStatusTip(translate_marked(spec.tip))
            action.setCheckable(spec.checkable)
            parent.addAction(action)
            self._actions[spec.name] = action
        self.groups: dict[str, QActionGroup] = {}
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
