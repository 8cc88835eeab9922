"""The Figures dock: every quantity of the article in a sortable table; copy as CSV."""

from __future__ import annotations

import csv
import io

from PySide6.QtCore import QSortFilterProxyModel, Qt, QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableView, QVBoxLayout, QWidget

from desktop.core.sentences import sentence_around
from desktop.gui.i18n import name
from desktop.gui.panels.table_model import RowsModel
from desktop.gui.reader.popup import format_value

class FiguresModel(RowsModel):
    COLUMNS = (QT_TRANSLATE_NOOP("FiguresModel", "Text"), QT_TRANSLATE_NOOP("FiguresModel", "Kind"),
               QT_TRANSLATE_NOOP("FiguresModel", "Value"), QT_TRANSLATE_NOOP("FiguresModel", "Unit"),
               QT_TRANSLATE_NOOP("FiguresModel", "Context"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.text = ""

    def set_article(self, article: dict | None) -> None:
        self.text = article["text"] if article else ""
        self.set_rows(article["figures"] if article else [])

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        f = self._row_at(index)
        if f is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (f["text"], name(f["kind"]), format_value(f["value"], None), f["unit"] or "",
                    self.context(f))[col]
        if role == Qt.ItemDataRole.UserRole:  # sort key: numbers as numbers
            return (f["text"], f["kind"], f["value"] if f["value"] is not None else float("-inf"),
                    f["unit"] or "", f["start"])[col]
        if role == Qt.ItemDataRole.ToolTipRole and col == 4:
            return self.context(f)
        return None

    def context(self, f: dict) -> str:
        return sentence_around(self.text, f["start"], f["end"])


    def as_csv(self) -> str:
        out = io.StringIO()
        w = csv.writer(out)
        w.writerow(["text", "kind", "value", "unit", "context"])
        for f in self.rows:
            w.writerow([f["text"], f["kind"], "" if f["value"] is None else f["value"], f["unit"] or "",
                        self.context(f)])
        return out.getvalue()


class FiguresPanel(QWidget):
    figure_activated = Signal(int, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = FiguresModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Figures of the article"))
        self.table.activated.connect(self._on_activated)
        self.table.clicked.connect(self._on_activated)
        copy = QPushButton(self.tr("Copy as CSV"), self)
        copy.setAccessibleName(self.tr("Copy the figures as CSV"))
        copy.clicked.connect(self.copy_csv)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(copy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        # fixed widths: measuring every cell costs 25 ms an article; the context column stretches
        for column, width in enumerate((110, 70, 130, 50)):
            self.table.setColumnWidth(column, width)

    def set_article(self, article: dict | None) -> None:
        self.model.set_article(article)

    def copy_csv(self) -> None:
        QGuiApplication.clipboard().setText(self.model.as_csv())

    def _on_activated(self, index) -> None:
        f = self.model.row(self.proxy.mapToSource(index).row())
        self.figure_activated.emit(f["start"], f["end"])
