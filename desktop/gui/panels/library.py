"""The library panel: documents and their articles — title (bold while unread), and below it the
byline, figure and speaker counts and how much has been read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.i18n import title_of

ARTICLE_ROLE = Qt.ItemDataRole.UserRole + 1
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2  # the line under the title
READ_ROLE = Qt.ItemDataRole.UserRole + 3  # 0–1
OPENED_ROLE = Qt.ItemDataRole.UserRole + 4
PROGRESS_KEYS = ("read", "opened")  # what reading changes: shown in place, no rebuild
PADDING = 3


class ArticleDelegate(QStyledItemDelegate):
    """An article as two lines, each elided on its own (Qt's own drawing of a two-line item
    dropped the second line when the first was elided and the second began with a digit)."""

    def __init__(self, read_format: str, parent: QWidget):
        super().__init__(parent)
        self.read_format = read_format  # "{percent}% read", translated

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if index.data(ARTICLE_ROLE) is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        title, option.text = option.text, ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = option.rect.adjusted(PADDING + 2, PADDING, -PADDING, -PADDING)
        title_font = QFont(option.font)
        title_font.setBold(not index.data(OPENED_ROLE))
        fm_title, fm = QFontMetrics(title_font), QFontMetrics(option.font)
        painter.save()
        painter.setFont(title_font)
        painter.setPen(option.palette.color(group, text_role))
        line = QRect(rect.left(), rect.top(), rect.width(), fm_title.height())
        painter.drawText(
            line,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            fm_title.elidedText(title, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.setFont(option.font)
        if not selected:
            painter.setPen(option.palette.color(group, QPalette.ColorRole.PlaceholderText))
        line = QRect(rect.left(), line.bottom() + 1, rect.width(), fm.height())
        painter.drawText(
            line,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            fm.elidedText(self.detail(index), Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.restore()

    def detail(self, index: QModelIndex | QPersistentModelIndex) -> str:
        """The line under the title: byline, counts, and how much is read once opened."""
        detail = str(index.data(DETAIL_ROLE) or "")
        if index.data(OPENED_ROLE):
            read = round((index.data(READ_ROLE) or 0.0) * 100)
            detail += " · " + self.read_format.format(percent=read)
        return detail

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        if index.data(ARTICLE_ROLE) is None:
            return size
        fm = QFontMetrics(option.font)
        return QSize(size.width(), 2 * fm.height() + 2 * PADDING + 2)


class LibraryPanel(QWidget):
    article_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([self.tr("Article")])
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.delegate = ArticleDelegate(self.tr("{percent}% read"), self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(False)
        self.view.setAccessibleName(self.tr("Documents and articles"))
        self.view.selectionModel().currentChanged.connect(self._on_current)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view)
        self._items: dict[int, QStandardItem] = {}  # article id -> its row, in reading order
        self._documents: dict[int, QStandardItem] = {}
        self._shown: dict[
            int, list[dict[str, Any]]
        ] = {}  # what each document's rows were built from

    def set_articles(self, articles: list[dict[str, Any]]) -> None:
        """articles: Library.articles() rows, grouped here by document. Only documents that are new
        or changed are built again: an import adds its document to a long list, not the list anew;
        reading changes only the progress shown."""
        grouped: dict[int, list[dict[str, Any]]] = {}
        for a in articles:
            grouped.setdefault(a["document_id"], []).append(a)
        for doc_id, doc in list(self._documents.items()):
            if _without_progress(grouped.get(doc_id)) != _without_progress(self._shown.get(doc_id)):
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
        self._items = {
            a["id"]: built.get(a["id"]) or self._items[a["id"]]
            for rows in grouped.values()
            for a in rows
        }
        self._shown = grouped
        for rows in grouped.values():
            for a in rows:
                self.set_progress(a["id"], a.get("read", 0.0), a.get("opened", False))

    def set_progress(self, article_id: int, read: float, opened: bool) -> None:
        item = self._items.get(article_id)
        if item is not None and (item.data(READ_ROLE), item.data(OPENED_ROLE)) != (read, opened):
            item.setData(read, READ_ROLE)
            item.setData(opened, OPENED_ROLE)

    def _document_item(self, rows: list[dict[str, Any]]) -> QStandardItem:
        doc = QStandardItem(Path(rows[0]["source_path"]).name)
        doc.setEditable(False)
        doc.setToolTip(rows[0]["source_path"])
        for a in rows:
            title = title_of(a)
            counts = self.tr("{figures} figures · {people} people").format(
                figures=a["figure_count"], people=a["speaker_count"]
            )
            item = QStandardItem(title)
            item.setData(" · ".join(x for x in ("、".join(a["byline"]), counts) if x), DETAIL_ROLE)
            item.setEditable(False)
            item.setToolTip(title)
            item.setData(a["id"], ARTICLE_ROLE)
            doc.appendRow(item)
        return doc

    def select(self, article_id: int) -> None:
        item = self._items.get(article_id)
        if item is not None:
            self.view.setCurrentIndex(item.index())

    def detail_of(self, article_id: int) -> str:
        """The line shown under an article's title."""
        item = self._items.get(article_id)
        return self.delegate.detail(item.index()) if item is not None else ""

    def article_ids(self) -> list[int]:
        return list(self._items)

    def _on_current(self, current: QModelIndex, previous: QModelIndex) -> None:
        article_id = current.data(ARTICLE_ROLE)
        if article_id is not None:
            self.article_selected.emit(int(article_id))


def _without_progress(rows: list[dict[str, Any]] | None) -> list[dict[str, Any]] | None:
    if rows is None:
        return None
    return [{k: v for k, v in r.items() if k not in PROGRESS_KEYS} for r in rows]
