"""Print and PDF: articles as the screen shows them — words with their pinyin above, figures,
speakers and highlights marked — laid out again for the page, one article after another.

The reader's layout measures in screen pixels; on paper the same layout is drawn through a
painter scaled to the printer's resolution, with fonts sized in pixels so that the scale
applies to them too (a font sized in points would be scaled twice)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.i18n import title_of
from desktop.gui.reader.layout import Layout, layout_article
from desktop.gui.reader.marks import decorate
from desktop.gui.reader.painting import Scene, paint
from desktop.gui.theme import Theme

SCREEN_DPI = 96.0
POINTS_PER_INCH = 72.0

# what is printed of each article: (article with packed tokens, highlights, note)
Printable = tuple[dict[str, Any], list[dict[str, Any]], str]


class ScopeDialog(QDialog):
    """Print ▸ which articles: the open one, every article of its page, or those ticked in a list
    of the library's articles."""

    def __init__(self, articles: list[dict[str, Any]], current: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("What to print"))
        self.setObjectName("printScopeDialog")
        self._articles, self._current = articles, current
        document = next((a["document_id"] for a in articles if a["id"] == current), None)
        self._same_page = [a["id"] for a in articles if a["document_id"] == document]
        self.this = QRadioButton(self.tr("&This article"), self)
        self.document = QRadioButton(self.tr("&Every article of its page"), self)
        self.chosen = QRadioButton(self.tr("The articles &ticked below"), self)
        self.this.setChecked(True)
        group = QButtonGroup(self)
        for button in (self.this, self.document, self.chosen):
            group.addButton(button)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Articles to print"))
        for a in articles:
            item = QListWidgetItem(title_of(a))
            item.setData(Qt.ItemDataRole.UserRole, a["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = a["id"] == current
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.setEnabled(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.chosen.toggled.connect(self.list.setEnabled)
        group.buttonToggled.connect(lambda *_: self._allow_ok())
        self.list.itemChanged.connect(lambda *_: self._allow_ok())
        layout = QVBoxLayout(self)
        for widget in (self.this, self.document, self.chosen, self.list, self.buttons):
            layout.addWidget(widget)

    def article_ids(self) -> list[int]:
        """What to print, in the library's order."""
        if self.document.isChecked():
            return self._same_page
        if self.chosen.isChecked():
            return [
                item.data(Qt.ItemDataRole.UserRole)
                for item in map(self.list.item, range(self.list.count()))
                if item.checkState() == Qt.CheckState.Checked
            ]
        return [self._current]

    def _allow_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.article_ids()))  # nothing ticked: nothing to print


def pixel_fonts(fonts: dict[str, QFont]) -> dict[str, QFont]:
    """The view's fonts with their sizes in screen pixels, so that the painter's scale applies."""
    out = {}
    for name, font in fonts.items():
        f = QFont(font)
        if font.pointSizeF() > 0:
            f.setPixelSize(max(1, round(font.pointSizeF() * SCREEN_DPI / POINTS_PER_INCH)))
        out[name] = f
    return out


def pages_of(layout: Layout, page_height: float) -> list[tuple[float, float]]:
    """(top, bottom) of each page of a laid-out article: pages break between lines, never
    through one; the header starts the first page."""
    pages: list[tuple[float, float]] = []
    top = 0.0
    for line in layout.lines:
        if line.top + line.height - top > page_height and line.top > top:
            pages.append((top, min(line.top, top + page_height)))  # the gap after it: the margin
            top = line.top
    last = layout.lines[-1].top + layout.lines[-1].height if layout.lines else top + 1
    pages.append((top, max(last, min(layout.height, top + page_height))))  # the margin, if it fits
    return pages


def render(
    printer: QPrinter,
    items: list[Printable],
    fonts: dict[str, QFont],
    options: Any,
    theme: Theme,
    statuses: dict[str, str],
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Draw the articles on the printer (or a PDF); returns the number of pages."""
    scale = printer.resolution() / SCREEN_DPI
    page = printer.pageLayout().paintRectPixels(printer.resolution())
    width, height = page.width() / scale, page.height() / scale
    fonts = pixel_fonts(fonts)
    painter = QPainter(printer)
    count = 0
    try:
        for n, (article, highlights, note) in enumerate(items):
            layout = layout_article(
                article,
                width,
                fonts,
                pinyin_above=options.pinyin_mode == "above",
                word_gap=options.show_words,
                note=note,
            )
            marks = decorate(article, highlights, options, theme, statuses)
            scene = Scene(layout, article["text"], marks, options, theme, fonts, -1, None, None, [])
            for top, bottom in pages_of(layout, height):
                if count:
                    printer.newPage()
                count += 1
                painter.save()
                painter.scale(scale, scale)
                painter.setClipRect(QRectF(0, 0, width, bottom - top))
                painter.translate(0, -top)
                paint(painter, scene, QRect(0, int(top), int(width), int(bottom - top) + 1))
                painter.restore()
            if progress:
                progress(n + 1, len(items))
    finally:
        painter.end()
    return count


def pdf_printer(path: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(path)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    return printer
