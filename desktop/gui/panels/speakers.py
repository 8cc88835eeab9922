"""The Speakers dock: each speaker with role and statements; a click jumps to the passage."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from desktop.gui.i18n import name
from desktop.gui.theme import SPEAKER_COLORS

SNIPPET = 36
RANGE_ROLE = Qt.ItemDataRole.UserRole


class SpeakersPanel(QWidget):
    statement_activated = Signal(int, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Speaker"), self.tr("Role")])
        self.tree.setAccessibleName(self.tr("Speakers and statements"))
        # the statements take what the role leaves: no measuring every row, and the role stays in view
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemClicked.connect(self._on_item)
        self.tree.itemActivated.connect(self._on_item)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree)

    def set_article(self, article: dict | None) -> None:
        self.tree.clear()
        if not article:
            return
        text = article["text"]
        items = []
        for i, sp in enumerate(article["speakers"]):
            said = [s for s in article["statements"] if s["speaker"] == sp["name"]]
            item = QTreeWidgetItem([f"{sp['name']}  ({len(said)})", sp.get("role") or name(sp["kind"])])
            # a colour, not a QBrush: the view paints it alike, and PySide6's QBrush type (and its
            # gradient enums) need not be made at start-up
            item.setData(0, Qt.ItemDataRole.ForegroundRole, QColor(SPEAKER_COLORS[i % len(SPEAKER_COLORS)]))
            if sp["mentions"]:
                item.setData(0, RANGE_ROLE, tuple(sp["mentions"][0]))
            for st in said:
                quote = text[st["start"]:st["end"]].replace("\n", " ")
                shown = (quote[:SNIPPET] + "…") if len(quote) > SNIPPET else quote
                mark = "“”" if st["direct"] else "≈"
                child = QTreeWidgetItem([f"{mark} {shown}", self.tr("quoted") if st["direct"] else self.tr("reported")])
                child.setToolTip(0, quote)
                child.setData(0, RANGE_ROLE, (st["start"], st["end"]))
                item.addChild(child)
            items.append(item)
        self.tree.addTopLevelItems(items)  # at once: the role column is measured once, not per speaker
        self.tree.expandAll()

    def _on_item(self, item: QTreeWidgetItem, column: int = 0) -> None:
        rng = item.data(0, RANGE_ROLE)
        if rng:
            self.statement_activated.emit(*rng)
