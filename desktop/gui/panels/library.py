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
        self._items: dict[int, QStandardItem] = {}  # article id -> its row, in reading order
        self._documents: dict[int, QStandardItem] = {}
        self._shown: dict[int, list[dict]] = {}  # what each document's rows were built from

    def set_articles(self, articles: list[dict]) -> None:
        """articles: Library.articles() rows, grouped here by document. Only documents that are new
        or changed are built again: an import adds its document to a long list, not the list anew."""
        grouped: dict[int, list[dict]] = {}
        for a in articles:
            grouped.setdefault(a["document_id"], []).append(a)
        for doc_id, doc in list(self._documents.items()):
            if grouped.get(doc_id) != self._shown.get(doc_id):
                self.model.removeRow(doc.row())
                del self._documents[doc_id]
        built: dict[int, QStandardItem] = {}
        for row, (doc_id, rows) in enumerate(grouped.items()):
            if doc_id not in self._documents:
                doc = self._documents[doc_id] = self._document_item(rows)
                self.model.insertRow(row, doc)
                self.view.expand(doc.index())
                built.update((a["id"], doc.child(n)) for n, a in enumerate(rows))
        # in reading order, for next/previous article
        self._items = {a["id"]: built.get(a["id"]) or self._items[a["id"]] for rows in grouped.values() for a in rows}
        self._shown = grouped

    def _document_item(self, rows: list[dict]) -> QStandardItem:
        doc = QStandardItem(Path(rows[0]["source_path"]).name)
        doc.setEditable(False)
        doc.setToolTip(rows[0]["source_path"])
        for a in rows:
            title = a["title"] or self.tr("(continued from another page)")
            byline = "、".join(a["byline"])
            detail = self.tr("{figures} figures · {people} people").format(figures=a["figure_count"],
                                                                            people=a["speaker_count"])
            item = QStandardItem(f"{title}\n{byline + ' · ' if byline else ''}{detail}")
            item.setEditable(False)
            item.setToolTip(title)
            item.setData(a["id"], ARTICLE_ROLE)
            doc.appendRow(item)
        return doc

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
