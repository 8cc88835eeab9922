"""Tools ▸ Pinyin corrections: the readings the reader has set, each one undoable."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)


class CorrectionsDialog(QDialog):
    remove_requested = Signal(str)

    def __init__(self, corrections: list[dict], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pinyin corrections"))
        self.setObjectName("correctionsDialog")
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Your pinyin corrections"))
        self.remove_button = QPushButton(self.tr("Remove (use Dubao's own reading again)"), self)
        self.remove_button.clicked.connect(self._remove)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Readings you set apply to every article, stored and to come."), self)
        )
        layout.addWidget(self.list)
        layout.addWidget(self.remove_button)
        layout.addWidget(buttons)
        self.set_corrections(corrections)

    def set_corrections(self, corrections: list[dict]) -> None:
        self.list.clear()
        for c in corrections:
            item = QListWidgetItem(f"{c['word']}  {c['pinyin']}")
            item.setData(0x0100, c["word"])
            self.list.addItem(item)

    def _remove(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.remove_requested.emit(item.data(0x0100))
