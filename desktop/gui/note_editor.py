"""The small editor for a highlight's note, tags and colour."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop.gui.i18n import name
from desktop.store import COLORS


class NoteEditor(QDialog):
    def __init__(self, highlight: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Note and tags"))
        self.setObjectName("noteEditor")
        quote = QLabel(highlight["quote"], self)
        quote.setWordWrap(True)
        quote.setTextFormat(Qt.TextFormat.PlainText)  # a quote is text, never markup
        self.note = QPlainTextEdit(highlight["note"], self)
        self.note.setAccessibleName(self.tr("Note"))
        self.tags = QLineEdit(", ".join(highlight["tags"]), self)
        self.tags.setPlaceholderText(self.tr("tags, separated by commas"))
        self.tags.setAccessibleName(self.tr("Tags"))
        self.color = QComboBox(self)
        self.color.setAccessibleName(self.tr("Colour"))
        for c in COLORS:
            self.color.addItem(name(c), c)
        self.color.setCurrentIndex(COLORS.index(highlight["color"]))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(quote)
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow(self.tr("&Tags:"), self.tags)
        form.addRow(self.tr("&Colour:"), self.color)
        form.addRow(buttons)
        self.resize(420, 300)

    def values(self) -> dict:
        tags = [t.strip() for t in self.tags.text().replace("，", ",").split(",") if t.strip()]
        return {"note": self.note.toPlainText(), "tags": tags, "color": self.color.currentData()}
