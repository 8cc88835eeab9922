"""The Figures dock: every quantity of the article in a sortable table; copy as CSV.

Values sort as numbers and dates by their date (a Python comparison in the proxy: Qt's own
compared the big integers of money as something else, so 150,000,000,000 sorted between 1 and 1);
a range reads "3–5 万元"; a legend under the table says which colour marks which kind.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from typing import cast

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from desktop.core.colors import FIGURE_COLORS
from desktop.core.sentences import sentence_around
from desktop.gui.i18n import QT_TRANSLATE_NOOP, name
from desktop.gui.panels.table_model import RowsModel
from desktop.gui.reader.popup import format_value

KIND_ORDER = ("money", "percent", "multiple", "count", "date", "duration", "ordinal", "other")
_APPROX_SIGNS = {"about": "≈\u00a0", "over": ">\u00a0", "under": "<\u00a0"}  # no line break after
_MAGNITUDES = ((10**12, "万亿"), (10**8, "亿"), (10**4, "万"))
_ISO = re.compile(r"(\d{4})(?:-(?:Q([1-4])|H([12])|(\d{2})(?:-(\d{2}))?))?")


def _plain(number: float) -> str:
    return (
        f"{number:,.4f}".rstrip("0").rstrip(".")
        if not float(number).is_integer()
        else f"{int(number):,}"
    )


def range_text(low: float, high: float, unit: str | None) -> str:
    """3到5万元 -> "3–5 万元": both ends in the largest 万 / 亿 that keeps the low end at least
    1."""
    for size, word in _MAGNITUDES:
        if abs(low) >= size and unit not in ("%", "个百分点", "倍"):
            return f"{_plain(low / size)}–{_plain(high / size)} {word}{unit or ''}"
    return f"{_plain(low)}–{_plain(high)}" + (f" {unit}" if unit else "")


def iso_start(iso: str | None) -> dt.date | None:
    """The first day an ISO date, month, quarter, half or interval covers (2024-Q2 ->
    2024-04-01)."""
    m = _ISO.match(iso or "")
    if not m:
        return None
    year, quarter, half, month, day = m.groups()
    month_number = (
        int(month)
        if month
        else (int(quarter) - 1) * 3 + 1
        if quarter
        else (int(half) - 1) * 6 + 1
        if half
        else 1
    )
    try:
        return dt.date(int(year), month_number, int(day) if day else 1)
    except ValueError:
        return None


def value_text(f: dict) -> str:
    """What the Value column shows: the number, a range, a date's ISO form, with ≈ > < for
    "about", "over" and "under"."""
    if f["kind"] == "date":
        return f.get("iso") or ""
    sign = _APPROX_SIGNS.get(f.get("approx") or "", "")
    if f.get("low") is not None and f.get("high") is not None:
        return sign + range_text(f["low"], f["high"], f["unit"])
    return sign + format_value(f["value"], None) if f["value"] is not None else ""


def sort_key(f: dict, column: int) -> tuple:
    """Numbers as numbers, dates by their date; a figure with neither after both."""
    if column == 2:
        if f["kind"] == "date":
            start = iso_start(f.get("iso"))
            return (1, start.toordinal(), 0) if start else (2, 0, 0)
        if f["value"] is None:
            return (2, 0, 0)
        return (0, float(f["value"]), float(f.get("high") or f["value"]))
    if column == 1:
        return (KIND_ORDER.index(f["kind"]) if f["kind"] in KIND_ORDER else len(KIND_ORDER),)
    if column == 0:
        return (f["text"],)
    if column == 3:
        return (f["unit"] or "",)
    return (f["start"],)  # the context column: in the order of the text


class FiguresModel(RowsModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("FiguresModel", "Text"),
        QT_TRANSLATE_NOOP("FiguresModel", "Kind"),
        QT_TRANSLATE_NOOP("FiguresModel", "Value"),
        QT_TRANSLATE_NOOP("FiguresModel", "Unit"),
        QT_TRANSLATE_NOOP("FiguresModel", "Context"),
    )

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
            return (f["text"], name(f["kind"]), value_text(f), f["unit"] or "", self.context(f))[
                col
            ]
        if role == Qt.ItemDataRole.DecorationRole and col == 1:
            return QColor(FIGURE_COLORS.get(f["kind"], FIGURE_COLORS["other"]))
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 4:
                return self.context(f)
            if col == 2 and f.get("low") is not None:
                return (
                    self.tr("{low} to {high} {unit}")
                    .format(low=_plain(f["low"]), high=_plain(f["high"]), unit=f["unit"] or "")
                    .strip()
                )
        return None

    def context(self, f: dict) -> str:
        return sentence_around(self.text, f["start"], f["end"])

    def as_csv(self) -> str:
        out = io.StringIO()
        w = csv.writer(out)
        w.writerow(["text", "kind", "value", "unit", "context"])
        for f in self.rows:
            w.writerow(
                [
                    f["text"],
                    f["kind"],
                    "" if f["value"] is None else f["value"],
                    f["unit"] or "",
                    self.context(f),
                ]
            )
        return out.getvalue()


class FiguresProxy(QSortFilterProxyModel):
    """Sorts by the figures themselves (sort_key), never by what the cells display."""

    def lessThan(self, left, right) -> bool:
        model = cast(RowsModel, self.sourceModel())  # the panel's FiguresModel
        a = sort_key(model.row(left.row()), left.column())
        b = sort_key(model.row(right.row()), left.column())
        if left.column() == 2 and a[0] != b[0]:
            # numbers, then dates, then the rest, whichever way the column is sorted
            return (a[0] < b[0]) == (self.sortOrder() == Qt.SortOrder.AscendingOrder)
        return a < b


def legend_html() -> str:
    """One coloured square and the name of each kind, in the colours the reader marks them."""
    return "  ".join(
        f'<span style="color:{FIGURE_COLORS[k]}">■</span>&nbsp;{name(k)}' for k in KIND_ORDER
    )


class FiguresPanel(QWidget):
    figure_activated = Signal(int, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = FiguresModel(self)
        self.proxy = FiguresProxy(self)
        self.proxy.setSourceModel(self.model)
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
        self.legend = QLabel(legend_html(), self)
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setToolTip(self.tr("The colour each kind of figure is marked with in the text"))
        self.legend.setAccessibleName(self.tr("Colours of the kinds of figures"))
        copy = QPushButton(self.tr("Copy as CSV"), self)
        copy.setAccessibleName(self.tr("Copy the figures as CSV"))
        copy.clicked.connect(self.copy_csv)
        buttons = QHBoxLayout()
        buttons.addWidget(self.legend, 1)
        buttons.addWidget(copy, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        # fixed widths: measuring every cell costs 25 ms an article; the context column stretches
        for column, width in enumerate((110, 80, 150, 50)):
            self.table.setColumnWidth(column, width)

    def set_article(self, article: dict | None) -> None:
        self.model.set_article(article)

    def copy_csv(self) -> None:
        QGuiApplication.clipboard().setText(self.model.as_csv())

    def _on_activated(self, index) -> None:
        f = self.model.row(self.proxy.mapToSource(index).row())
        self.figure_activated.emit(f["start"], f["end"])
