"""The Bookmarks dock: every bookmark of the library; a click opens the article there."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

ROLE = Qt.ItemDataRole.UserRole


class BookmarksPanel(QWidget):
    bookmark_activated = Signal(int, int)  # article id, offset

    def __init__(self, parent=None):
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Bookmarks"))
        self.list.itemClicked.connect(self._on_item)
        self.list.itemActivated.connect(self._on_item)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list)

    def set_bookmarks(self, bookmarks: list[dict], titles: dict[int, str]) -> None:
        self.list.clear()
        for b in bookmarks:
            title = titles.get(b["article_id"]) or self.tr("(untitled)")
            label = b["label"] or self.tr("at character {offset}").format(offset=b["offset"])
            item = QListWidgetItem(f"{title} — {label}")
            item.setData(ROLE, (b["article_id"], b["offset"]))
            self.list.addItem(item)

    def _on_item(self, item: QListWidgetItem) -> None:
        self.bookmark_activated.emit(*item.data(ROLE))
