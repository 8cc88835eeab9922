"""The Highlights dock: the article's highlights or the whole library's; filter by colour and
tag; click to jump; edit and delete (undoable, through the window's undo stack)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.colors import HIGHLIGHT_COLORS
from desktop.gui.i18n import name
from desktop.store import COLORS

ID_ROLE = Qt.ItemDataRole.UserRole


class HighlightsPanel(QWidget):
    highlight_activated = Signal(dict)
    edit_requested = Signal(dict)
    delete_requested = Signal(int)
    scope_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.whole_library = QCheckBox(self.tr("Whole library"), self)
        self.whole_library.setAccessibleName(self.tr("Show the highlights of the whole library"))
        self.whole_library.toggled.connect(lambda _: self.scope_changed.emit())
        self.color_filter = QComboBox(self)
        self.color_filter.setAccessibleName(self.tr("Filter by colour"))
        self.color_filter.addItem(self.tr("All colours"), "")
        for c in COLORS:
            self.color_filter.addItem(name(c), c)
        self.color_filter.currentIndexChanged.connect(self._refilter)
        self.tag_filter = QLineEdit(self)
        self.tag_filter.setPlaceholderText(self.tr("Filter by tag"))
        self.tag_filter.setAccessibleName(self.tr("Filter by tag"))
        self.tag_filter.textChanged.connect(self._refilter)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Quote"), self.tr("Note"), self.tr("Tags")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAccessibleName(self.tr("Highlights"))
        self.tree.itemClicked.connect(
            lambda item, _: self.highlight_activated.emit(self._highlight(item))
        )
        self.tree.itemActivated.connect(
            lambda item, _: self.highlight_activated.emit(self._highlight(item))
        )
        self.tree.itemDoubleClicked.connect(
            lambda item, _: self.edit_requested.emit(self._highlight(item))
        )
        edit = QPushButton(self.tr("Edit…"), self)
        edit.clicked.connect(self._edit_current)
        delete = QPushButton(self.tr("Delete"), self)
        delete.clicked.connect(self._delete_current)
        filters = QHBoxLayout()
        filters.addWidget(self.whole_library)
        filters.addWidget(self.color_filter)
        filters.addWidget(self.tag_filter, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(edit)
        buttons.addWidget(delete)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.tree)
        layout.addLayout(buttons)
        self._highlights: dict[int, dict] = {}

    def set_highlights(self, highlights: list[dict]) -> None:
        self._highlights = {h["id"]: h for h in highlights}
        current = self.tree.currentItem()
        keep = current.data(0, ID_ROLE) if current else None
        self.tree.clear()
        for h in highlights:
            quote = h["quote"].replace("\n", " ")
            item = QTreeWidgetItem([quote, h["note"].replace("\n", " "), ", ".join(h["tags"])])
            item.setData(0, ID_ROLE, h["id"])
            swatch = QColor(HIGHLIGHT_COLORS.get(h["color"], HIGHLIGHT_COLORS["yellow"]))
            item.setBackground(0, QBrush(swatch))
            item.setForeground(0, QBrush(QColor("#1f1f1f")))
            item.setToolTip(0, h["quote"])
            item.setToolTip(1, h["note"])
            if h.get("orphan"):
                item.setText(0, self.tr("(not found in the edited text) ") + quote)
            self.tree.addTopLevelItem(item)
            if h["id"] == keep:
                self.tree.setCurrentItem(item)
        self._refilter()

    def _refilter(self) -> None:
        color = self.color_filter.currentData()
        tag = self.tag_filter.text().strip().lower()
        for item in self._items():
            h = self._highlight(item)
            visible = (not color or h["color"] == color) and (
                not tag or any(tag in t.lower() for t in h["tags"])
            )
            item.setHidden(not visible)

    def visible_ids(self) -> list[int]:
        return [item.data(0, ID_ROLE) for item in self._items() if not item.isHidden()]

    def _items(self) -> list[QTreeWidgetItem]:
        tree = self.tree
        items = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
        return [item for item in items if item is not None]

    def _highlight(self, item: QTreeWidgetItem) -> dict:
        return self._highlights[item.data(0, ID_ROLE)]

    def _edit_current(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            self.edit_requested.emit(self._highlight(item))

    def _delete_current(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            self.delete_requested.emit(item.data(0, ID_ROLE))

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._delete_current()
        else:
            super().keyPressEvent(event)
