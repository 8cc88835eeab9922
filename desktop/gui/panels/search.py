"""The Search dock: find in the article (Ctrl+F) or across the library (Ctrl+Shift+F). Each
result shows its context on as many lines as it needs, the match marked, and where it is."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

ROLE = Qt.ItemDataRole.UserRole
HTML_ROLE = Qt.ItemDataRole.UserRole + 1
MARK_STYLE = "background-color: rgba(255, 196, 0, 110); font-weight: bold;"


def marked(snippet: str, query: str) -> str:
    """The snippet as HTML with every occurrence of the query marked (case ignored)."""
    low, q = snippet.lower(), query.lower()
    out, at = [], 0
    while q and (found := low.find(q, at)) >= 0:
        out.append(html.escape(snippet[at:found]))
        out.append(
            f'<span style="{MARK_STYLE}">{html.escape(snippet[found : found + len(q)])}</span>'
        )
        at = found + len(q)
    out.append(html.escape(snippet[at:]))
    return "".join(out)


class ResultDelegate(QStyledItemDelegate):
    """A result drawn as wrapped rich text: the context with its match marked."""

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex, width: int
    ) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(4)
        doc.setHtml(str(index.data(HTML_ROLE) or ""))
        doc.setTextWidth(max(40, width))
        return doc

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        doc = self._document(option, index, option.rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        view = option.widget  # the results list
        width = view.viewport().width() if isinstance(view, QAbstractItemView) else 300
        doc = self._document(option, index, width)
        return QSize(width, int(doc.size().height()) + 2)


class SearchPanel(QWidget):
    search_requested = Signal(str, bool)  # query, whole library
    result_activated = Signal(int, int, int)  # article id, start, end

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(self.tr("Search"))
        self.query.setClearButtonEnabled(True)
        self.query.setAccessibleName(self.tr("Search text"))
        self.query.returnPressed.connect(self.run)
        self.whole_library = QCheckBox(self.tr("Whole library"), self)
        self.whole_library.setAccessibleName(self.tr("Search the whole library"))
        self.whole_library.toggled.connect(lambda _: self.run())
        self.count = QLabel(self)
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setItemDelegate(ResultDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setResizeMode(
            QListWidget.ResizeMode.Adjust
        )  # rows grow and shrink with the dock
        self.results.setUniformItemSizes(False)
        self.results.itemClicked.connect(self._on_item)
        self.results.itemActivated.connect(self._on_item)
        row = QHBoxLayout()
        row.addWidget(self.query, 1)
        row.addWidget(self.whole_library)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.count)
        layout.addWidget(self.results)

    def focus(self, whole_library: bool) -> None:
        self.whole_library.setChecked(whole_library)
        self.query.setFocus()
        self.query.selectAll()

    def run(self) -> None:
        self.search_requested.emit(self.query.text(), self.whole_library.isChecked())

    def set_results(self, results: list[dict[str, Any]], titles: dict[int, str]) -> None:
        self.results.clear()
        query = self.query.text().strip()
        for r in results:
            title = titles.get(r["article_id"], "")
            prefix = "✎ " if r["kind"] == "note" else ""
            text = f"{prefix}{r['snippet']}"
            rich = marked(text, query)
            if self.whole_library.isChecked() and title:
                rich += f'<br><span style="color: gray;">— {html.escape(title)}</span>'
            item = QListWidgetItem(text)
            item.setData(HTML_ROLE, rich)
            item.setData(ROLE, (r["article_id"], r["start"], r["end"]))
            item.setToolTip(title)
            self.results.addItem(item)
        self.count.setText(self.tr("{count} found").format(count=len(results)))

    def _on_item(self, item: QListWidgetItem) -> None:
        self.result_activated.emit(*item.data(ROLE))
