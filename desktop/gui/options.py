"""The View menu's choices — pinyin mode, marks, theme, zoom — kept in the settings and handed
to the reading view."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QMenu

from desktop.gui.reader.view import ViewOptions
from desktop.gui.theme import application_palette, make_theme

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

MIN_FONT, MAX_FONT, DEFAULT_FONT = 10, 40, 18
TOGGLES = (
    "show_words",
    "tone_colors",
    "tone_on_characters",
    "show_figures",
    "show_speakers",
    "show_unknown",
    "show_hsk",
    "traditional",
)
PINYIN_MODES, THEMES = ("hover", "above", "off"), ("system", "light", "dark")
MENU_OUTLINES_DARK = "#9a9a9a"  # Fusion outlines menu boxes in the window colour, darkened
COMMANDS = (*(f"pinyin_{m}" for m in PINYIN_MODES), *TOGGLES, *(f"theme_{t}" for t in THEMES))


class Options(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.w = window
        self._dark: bool | None = None  # the theme the icons and menus were last drawn for
        self.menu_palette = QPalette()

    def connect_commands(self) -> None:
        c = self.w.commands
        for name in COMMANDS:
            c[name].triggered.connect(self.changed)
        c.zoom_in.triggered.connect(lambda: self.zoom(+2))
        c.zoom_out.triggered.connect(lambda: self.zoom(-2))
        c.zoom_reset.triggered.connect(lambda: self.zoom(0))

    def load(self) -> None:
        """The commands checked as the settings say, and the view drawn so."""
        s, c = self.w.settings, self.w.commands
        c["pinyin_" + s.pinyin_mode].setChecked(True)
        c["theme_" + s.theme].setChecked(True)
        for name in TOGGLES:
            c[name].setChecked(getattr(s, name))
        self.apply()

    def changed(self) -> None:
        s, c = self.w.settings, self.w.commands
        s.pinyin_mode = next(m for m in PINYIN_MODES if c["pinyin_" + m].isChecked())
        s.theme = next(t for t in THEMES if c["theme_" + t].isChecked())
        for name in TOGGLES:
            setattr(s, name, c[name].isChecked())
        self.apply()

    def apply(self) -> None:
        w, s = self.w, self.w.settings
        theme = make_theme(s.theme, s.tone_scheme)
        QApplication.setPalette(application_palette(theme))
        options = ViewOptions(
            s.pinyin_mode,
            s.show_words,
            s.tone_colors,
            s.tone_on_characters,
            s.show_figures,
            s.show_speakers,
            float(s.font_size),
            s.show_unknown,
            s.show_hsk,
            s.hsk_level,
            s.hsk_edition,
            s.traditional,
            s.hanzi_family,
        )
        w.view.word_statuses = w.library.word_statuses()
        w.view.set_options(options, theme)
        if theme.dark != self._dark:
            self._dark = theme.dark
            self._dress(theme.dark)

    def _dress(self, dark: bool) -> None:
        """Icons and menus for the theme: the light theme's grey icons read ~3:1 on the dark
        toolbar, and Fusion draws a menu's unchecked boxes in the colour of its background
        (darker than the window colour), which in the dark palette cannot be seen."""
        from desktop.gui.resources import action_icon

        for name, action in self.w.commands.all().items():
            if (icon := action_icon(name, dark=dark)) is not None:
                action.setIcon(icon)
        self.menu_palette = QPalette()  # no role set: the menus follow the application's
        if dark:
            self.menu_palette.setColor(QPalette.ColorRole.Window, QColor(MENU_OUTLINES_DARK))
        for menu in self.w.findChildren(QMenu):
            menu.setPalette(self.menu_palette)

    def zoom(self, step: int) -> None:
        s = self.w.settings
        size = DEFAULT_FONT if step == 0 else s.font_size + step
        s.font_size = max(MIN_FONT, min(MAX_FONT, size))
        self.apply()
