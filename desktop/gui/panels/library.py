"""The library panel: documents and their articles (title, byline, figure and speaker counts)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTreeView, QVBoxLayout, QWidget

ARTICLE_ROLE = Qt.ItemDataRole.UserRole + 1


class LibraryPanel(QWidget):
    article_selected = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([self.tr("Article")])
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(False)
        self.view.setAccessibleName(self.tr("Documents and articles"))
        self.view.selectionModel().currentChanged.connect(self._on_current)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view)
        self._items: dict[int, QStandardItem] = {}

    def set_articles(self, articles: list[dict]) -> None:
        """articles: Library.articles() rows, grouped here by document."""
        self.model.removeRows(0, self.model.rowCount())
        self._items.clear()
        documents: dict[int, QStandardItem] = {}
        for a in articles:
            doc = documents.get(a["document_id"])
            if doc is None:
                doc = QStandardItem(Path(a["source_path"]).name)
                doc.setEditable(False)
                doc.setToolTip(a["source_path"])
                documents[a["document_id"]] = doc
                self.model.appendRow(doc)
            title = a["title"] or self.tr("(continued from another page)")
            byline = "、".join(a["byline"])
            detail = self.tr("{figures} figures · {people} people").format(figures=a["figure_count"],
                                                                            people=a["speaker_count"])
            item = QStandardItem(f"{title}\n{byline + ' · ' if byline else ''}{detail}")
            item.setEditable(False)
            item.setToolTip(title)
            item.setData(a["id"], ARTICLE_ROLE)
            doc.appendRow(item)
            self._items[a["id"]] = item
        self.view.expandAll()

    def select(self, article_id: int) -> None:
        item = self._items.get(article_id)
        if item is not None:
            self.view.setCurrentIndex(item.index())

    def article_ids(self) -> list[int]:
        return list(self._items)

    def _on_current(self, current, previous) -> None:
        article_id = current.data(ARTICLE_ROLE)
        if article_id is not None:
            self.article_selected.emit(int(article_id))
