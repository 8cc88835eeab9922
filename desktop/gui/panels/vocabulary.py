"""The Vocabulary dock: the article's words by frequency with status, HSK level, pinyin and
definition; filter by text and status; the article's coverage."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.dictionary import hsk_label
from desktop.gui.i18n import QT_TRANSLATE_NOOP, name
from desktop.gui.panels.table_model import RowsModel
from desktop.store import WORD_STATUSES


class VocabularyModel(RowsModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("VocabularyModel", "Word"),
        QT_TRANSLATE_NOOP("VocabularyModel", "Count"),
        QT_TRANSLATE_NOOP("VocabularyModel", "Status"),
        QT_TRANSLATE_NOOP("VocabularyModel", "HSK"),
        QT_TRANSLATE_NOOP("VocabularyModel", "Pinyin"),
        QT_TRANSLATE_NOOP("VocabularyModel", "Definition"),
    )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        w = self._row_at(index)
        if w is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                w["word"],
                str(w["count"]),
                name(w["status"]),
                hsk_label(w["hsk"]),
                w["pinyin"],
                w["definition"],
            )[col]
        if role == Qt.ItemDataRole.UserRole:
            return (
                w["word"],
                w["count"],
                WORD_STATUSES.index(w["status"]),
                w["hsk"] or 99,
                w["pinyin"],
                w["definition"],
            )[col]
        if role == Qt.ItemDataRole.ToolTipRole and col == 5:
            return w["definition"]
        return None


class _Filter(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.text = ""
        self.status = ""

    def filterAcceptsRow(self, row: int, parent) -> bool:
        w = cast(RowsModel, self.sourceModel()).row(row)  # the panel's VocabularyModel
        if self.status and w["status"] != self.status:
            return False
        t = self.text
        return not t or t in w["word"] or t in w["pinyin"] or t.lower() in w["definition"].lower()


class VocabularyPanel(QWidget):
    word_activated = Signal(str)
    mark_all_known = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = VocabularyModel(self)
        self.proxy = _Filter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Words of the article"))
        self.table.activated.connect(self._on_activated)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Filter words, pinyin or meaning"))
        self.search.setAccessibleName(self.tr("Filter the vocabulary"))
        self.search.textChanged.connect(self._refilter)
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Filter by status"))
        self.status.addItem(self.tr("All words"), "")
        for s in WORD_STATUSES:
            self.status.addItem(name(s), s)
        self.status.currentIndexChanged.connect(self._refilter)
        self.coverage = QLabel(self)
        self.coverage.setAccessibleName(self.tr("Coverage"))
        known = QPushButton(self.tr("Mark the rest known"), self)
        known.setToolTip(
            self.tr("Mark every word of this article that is not learning or known as known")
        )
        known.clicked.connect(self.mark_all_known.emit)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.status)
        bottom = QHBoxLayout()
        bottom.addWidget(self.coverage, 1)
        bottom.addWidget(known)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addLayout(bottom)
        self._sized = False

    def set_words(self, words: list[dict], coverage: float) -> None:
        self.model.set_rows(words)
        self.coverage.setText(
            self.tr("You know {share:.0%} of this article's words").format(share=coverage)
        )
        if not self._sized and words:  # measuring hundreds of rows on every switch costs 100 ms
            self.table.resizeColumnsToContents()
            self._sized = True

    def _refilter(self) -> None:
        proxy = self.proxy
        if hasattr(proxy, "beginFilterChange"):  # Qt 6.10+; invalidateFilter() is deprecated there
            proxy.beginFilterChange()
            proxy.text, proxy.status = self.search.text().strip(), self.status.currentData()
            proxy.endFilterChange()
        else:
            proxy.text, proxy.status = self.search.text().strip(), self.status.currentData()
            proxy.invalidateFilter()

    def _on_activated(self, index) -> None:
        self.word_activated.emit(self.model.row(self.proxy.mapToSource(index).row())["word"])
