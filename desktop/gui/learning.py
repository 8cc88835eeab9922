"""The learner's side of the window: word statuses (K, L, the rest of the article known; every
change undoable), the Vocabulary dock, the reader's own readings, and the HSK level menus."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu

from desktop.core.vocabulary import is_vocabulary
from desktop.gui.undo import SetWordStatuses
from desktop.store import LibraryError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.gui.main_window import MainWindow
    from desktop.gui.panels.vocabulary import VocabularyPanel


class Learning(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.w = window
        self.corrections_dialog: QWidget | None = None

    def mark_word(self, status: str) -> None:
        """K / L: mark the word at the cursor; the same key again makes it new."""
        w = self.w
        word = w.view.word_at_cursor()
        if not word or not is_vocabulary(word):
            return
        current = w.view.word_statuses.get(word, "new")
        w.push(
            SetWordStatuses(
                w.library, self.statuses_changed, [word], "new" if current == status else status
            )
        )

    def mark_article_known(self) -> None:
        w = self.w
        if w.article_id is None:
            return
        new = [
            x["word"] for x in w.library.words("new", article_id=w.article_id, definitions=False)
        ]
        if new:
            w.push(SetWordStatuses(w.library, self.statuses_changed, new, "known"))

    def statuses_changed(self) -> None:
        view = self.w.view
        view.set_word_statuses(self.w.library.word_statuses())
        if view.popup.isVisible() and view.popup.token >= 0:
            view.show_popup(view.popup.token)
        self.vocabulary_changed()

    def vocabulary_changed(self) -> None:
        self.w.dock("vocabularyDock").changed()

    def fill_vocabulary(self, panel: VocabularyPanel) -> None:
        w = self.w
        if w.article_id is None:
            return
        from desktop.core import dictionary

        words = w.library.words(
            article_id=w.article_id,
            hsk_edition=w.settings.hsk_edition,
            definitions=dictionary.is_loaded(),
        )
        panel.set_words(words, w.library.coverage(w.article_id))

    def go_to_word(self, word: str) -> None:
        w = self.w
        at = w.article["text"].find(word) if w.article else -1
        if at >= 0:
            w.navigation.jump_to(at, at + len(word))

    # --- the reader's own readings ---------------------------------------------------------

    def correct_reading(self) -> None:
        w = self.w
        token = w.word_token()
        if not w.article or token < 0:
            w.status(self.tr("Put the word cursor on a word first (arrow keys or hover)."))
            return
        from PySide6.QtWidgets import QInputDialog  # dialogs' types load when first used

        start, end = w.article["tokens"].span(token)
        word = w.article["text"][start:end]
        reading, ok = QInputDialog.getText(
            w,
            self.tr("Correct this reading"),
            self.tr(
                "Pinyin for {word}, one syllable per character (tone marks or numbers: zhi4 pu3):"
            ).format(word=word),
            text=" ".join(w.article["tokens"].pinyin(token)),
        )
        if not ok or not reading.strip():
            return
        try:
            w.library.correct_pinyin(word, reading)
        except LibraryError as exc:
            w.show_error(self.tr("This reading was not kept"), str(exc))
            return
        w.reload_article()
        kept = next(c["pinyin"] for c in w.library.corrections() if c["word"] == word)
        w.status(
            self.tr("{word} is now read {reading} everywhere.").format(word=word, reading=kept)
        )

    def show_corrections(self) -> None:
        from desktop.gui.corrections_dialog import CorrectionsDialog

        w = self.w
        dialog = CorrectionsDialog(w.library.corrections(), w)

        def remove(word: str) -> None:
            try:
                w.library.remove_correction(word)
            except LibraryError as exc:
                w.show_error(self.tr("The library cannot be changed"), str(exc))
                return
            dialog.set_corrections(w.library.corrections())
            w.reload_article()
            w.status(self.tr("{word} is read as the dictionary says again.").format(word=word))

        dialog.remove_requested.connect(remove)
        dialog.open()
        self.corrections_dialog = dialog

    # --- HSK --------------------------------------------------------------------------------

    def fill_hsk_menus(self, menu: QMenu) -> None:
        """Words ▸ My HSK level and HSK edition: what "above my level" means."""
        from desktop.core.dictionary import HSK_EDITIONS, hsk_label

        s = self.w.settings
        levels = menu.addMenu(self.tr("My HSK &level"))
        group = QActionGroup(self)
        for level in range(1, 8):
            act = levels.addAction(self.tr("HSK {level}").format(level=hsk_label(level)))
            act.setCheckable(True)
            act.setChecked(s.hsk_level == level)
            act.triggered.connect(lambda checked=False, n=level: self.set_hsk(level=n))
            group.addAction(act)
        editions = menu.addMenu(self.tr("HSK &edition"))
        names = {
            "3.0": self.tr("HSK 3.0 (exam syllabus, 2025)"),
            "3.0-2021": self.tr("HSK 3.0 (2021 standard)"),
            "2.0": self.tr("HSK 2.0"),
        }
        group = QActionGroup(self)
        for edition in HSK_EDITIONS:
            act = editions.addAction(names[edition])
            act.setCheckable(True)
            act.setChecked(s.hsk_edition == edition)
            act.triggered.connect(lambda checked=False, e=edition: self.set_hsk(edition=e))
            group.addAction(act)

    def set_hsk(self, level: int | None = None, edition: str | None = None) -> None:
        s = self.w.settings
        if level is not None:
            s.hsk_level = level
        if edition is not None:
            s.hsk_edition = edition
        self.w.options.apply()
        self.vocabulary_changed()
