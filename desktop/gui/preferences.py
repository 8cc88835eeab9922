"""Preferences: a dialog over the one settings wrapper."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFontComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desktop.core.dictionary import HSK_EDITIONS, hsk_label
from desktop.gui.i18n import LANGUAGES, QT_TRANSLATE_NOOP
from desktop.gui.settings import Settings
from desktop.gui.theme import TONE_SCHEMES


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.setObjectName("preferencesDialog")
        s = settings
        self.font_box = QFontComboBox(self)
        self.font_box.setWritingSystem(QFontDatabase.WritingSystem.SimplifiedChinese)
        self.font_box.setAccessibleName(self.tr("Chinese font"))
        if s.hanzi_family:
            self.font_box.setCurrentText(s.hanzi_family)
        # with no font chosen the box shows its first font; only a font the reader picks is kept
        self._font_chosen = False
        self.font_box.currentFontChanged.connect(lambda _: setattr(self, "_font_chosen", True))
        self.size_box = QSpinBox(self)
        self.size_box.setRange(10, 40)
        self.size_box.setValue(s.font_size)
        self.size_box.setSuffix(" pt")
        self.size_box.setAccessibleName(self.tr("Text size"))
        self.pinyin = self._combo(
            [
                ("hover", self.tr("On hover")),
                ("above", self.tr("Above the words")),
                ("off", self.tr("Off")),
            ],
            s.pinyin_mode,
            self.tr("Pinyin"),
        )
        self.tones = self._combo(
            [(k, self.tr(v)) for k, v in TONE_SCHEME_NAMES.items()],
            s.tone_scheme,
            self.tr("Tone colours"),
        )
        self.theme = self._combo(
            [
                ("system", self.tr("Follow the system")),
                ("light", self.tr("Light")),
                ("dark", self.tr("Dark")),
            ],
            s.theme,
            self.tr("Theme"),
        )
        self.edition = self._combo(
            [(e, e) for e in HSK_EDITIONS], s.hsk_edition, self.tr("HSK edition")
        )
        self.level = self._combo(
            [(str(n), hsk_label(n)) for n in range(1, 8)], str(s.hsk_level), self.tr("My HSK level")
        )
        self.language = self._combo(
            [("system", self.tr("Follow the system")), *LANGUAGES.items()],
            s.language,
            self.tr("Language"),
        )
        self.library = QLineEdit(s.library_path, self)
        self.library.setPlaceholderText(self.tr("the default place"))
        self.library.setAccessibleName(self.tr("Library file"))
        self.daily = self._spin(0, 60, s.backup_daily, self.tr("Daily backups kept"))
        self.weekly = self._spin(0, 52, s.backup_weekly, self.tr("Weekly backups kept"))
        backups_row = QHBoxLayout()
        backups_row.addWidget(QLabel(self.tr("the last"), self))
        backups_row.addWidget(self.daily)
        backups_row.addWidget(QLabel(self.tr("days and"), self))
        backups_row.addWidget(self.weekly)
        backups_row.addWidget(QLabel(self.tr("weeks"), self))
        backups_row.addStretch(1)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        library_row = QHBoxLayout()
        library_row.addWidget(self.library, 1)
        library_row.addWidget(browse)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Chinese &font:"), self.font_box)
        form.addRow(self.tr("Text &size:"), self.size_box)
        form.addRow(self.tr("&Pinyin:"), self.pinyin)
        form.addRow(self.tr("&Tone colours:"), self.tones)
        form.addRow(self.tr("T&heme:"), self.theme)
        form.addRow(self.tr("HSK &edition:"), self.edition)
        form.addRow(self.tr("My HSK &level:"), self.level)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self._label(self.tr("Library &file:"), self.library), library_row)
        form.addRow(QLabel(self.tr("A new library file is used from the next start."), self))
        form.addRow(self._label(self.tr("&Backups kept:"), self.daily), backups_row)
        form.addRow(buttons)

    def _combo(self, items, current: str, accessible: str) -> QComboBox:
        box = QComboBox(self)
        box.setAccessibleName(accessible)
        for key, label in items:
            box.addItem(label, key)
        index = box.findData(current)
        box.setCurrentIndex(max(0, index))
        return box

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        """A row's label for a row of several widgets: its & key goes to the first of them (with
        no buddy QFormLayout shows the & as it is)."""
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _spin(self, low: int, high: int, value: int, accessible: str) -> QSpinBox:
        box = QSpinBox(self)
        box.setRange(low, high)
        box.setValue(value)
        box.setAccessibleName(accessible)
        return box

    def _browse(self) -> None:
        from desktop.gui.file_dialogs import save_file_name

        path = save_file_name(
            self,
            self.tr("Library file"),
            self.library.text() or "library.db",
            self.tr("Dubao library (*.db)"),
            confirm_overwrite=False,
        )
        if path:
            self.library.setText(path)

    def apply(self) -> bool:
        """Write the choices; True when the language changed (the window is then rebuilt)."""
        s = self.settings
        language_changed = s.language != self.language.currentData()
        if self._font_chosen:
            s.hanzi_family = self.font_box.currentText()
        s.font_size = self.size_box.value()
        s.pinyin_mode = self.pinyin.currentData()
        s.tone_scheme = self.tones.currentData()
        s.theme = self.theme.currentData()
        s.hsk_edition = self.edition.currentData()
        s.hsk_level = int(self.level.currentData())
        s.language = self.language.currentData()
        s.library_path = self.library.text().strip()
        s.backup_daily = self.daily.value()
        s.backup_weekly = self.weekly.value()
        s.sync()
        return language_changed


TONE_SCHEME_NAMES = {
    "zhongwen": QT_TRANSLATE_NOOP("PreferencesDialog", "Zhongwen: red, orange, green, blue"),
    "pleco": QT_TRANSLATE_NOOP("PreferencesDialog", "Pleco: red, green, blue, purple"),
    "mono": QT_TRANSLATE_NOOP("PreferencesDialog", "None: one colour"),
}
assert set(TONE_SCHEME_NAMES) == set(TONE_SCHEMES)
