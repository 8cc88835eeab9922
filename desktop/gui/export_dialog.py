"""File ▸ Export…: what (highlights, figures, quotations), which articles, which format."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.i18n import QT_TRANSLATE_NOOP, translate_marked
from desktop.store.export import EXTENSIONS

HIGHLIGHT_FORMATS = [
    ("markdown", QT_TRANSLATE_NOOP("QCoreApplication", "Markdown (Obsidian, GitHub)")),
    ("csv", QT_TRANSLATE_NOOP("QCoreApplication", "CSV (spreadsheets)")),
    ("json", QT_TRANSLATE_NOOP("QCoreApplication", "JSON (W3C Web Annotation)")),
    ("html", QT_TRANSLATE_NOOP("QCoreApplication", "HTML page")),
    ("anki", QT_TRANSLATE_NOOP("QCoreApplication", "Anki deck")),
]
VOCAB_FORMATS = [
    ("vocab-anki", QT_TRANSLATE_NOOP("QCoreApplication", "Anki deck")),
    ("vocab-csv", QT_TRANSLATE_NOOP("QCoreApplication", "CSV (spreadsheets)")),
]


class ExportDialog(QDialog):
    def __init__(self, has_article: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.setObjectName("exportDialog")
        self.what = QComboBox(self)
        self.what.setAccessibleName(self.tr("What to export"))
        self.what.addItem(self.tr("Highlights and notes"), "highlights")
        self.what.addItem(self.tr("Figures (CSV)"), "figures-csv")
        self.what.addItem(self.tr("Quotations and reported statements (CSV)"), "statements-csv")
        self.what.addItem(self.tr("Vocabulary: my learning words"), "vocab")
        self.format = QComboBox(self)
        self.format.setAccessibleName(self.tr("Format"))
        for fmt, label in HIGHLIGHT_FORMATS:
            self.format.addItem(translate_marked(label), fmt)
        self.what.currentIndexChanged.connect(self._on_what)
        self.current = QRadioButton(self.tr("This article"), self)
        self.everything = QRadioButton(self.tr("All articles"), self)
        group = QButtonGroup(self)
        group.addButton(self.current)
        group.addButton(self.everything)
        self.current.setEnabled(has_article)
        (self.current if has_article else self.everything).setChecked(True)
        scope = QVBoxLayout()
        scope.addWidget(self.current)
        scope.addWidget(self.everything)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose file…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Export:"), self.what)
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow(self.tr("Articles:"), scope)
        form.addRow(buttons)

    def _on_what(self) -> None:
        what = self.what.currentData()
        self.format.clear()
        for fmt, label in (
            HIGHLIGHT_FORMATS if what == "highlights" else VOCAB_FORMATS if what == "vocab" else ()
        ):
            self.format.addItem(translate_marked(label), fmt)
        self.format.setEnabled(self.format.count() > 0)

    def choice(self) -> tuple[str, bool]:
        """(format, only the current article)."""
        what = self.what.currentData()
        fmt = self.format.currentData() if what in ("highlights", "vocab") else what
        return fmt, self.current.isChecked()

    @staticmethod
    def extension(fmt: str) -> str:
        return EXTENSIONS[fmt]
