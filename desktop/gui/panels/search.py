"""The Search dock: find in the article (Ctrl+F) or across the library (Ctrl+Shift+F)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

ROLE = Qt.ItemDataRole.UserRole


class SearchPanel(QWidget):
    search_requested = Signal(str, bool)  # query, whole library
    result_activated = Signal(int, int, int)  # article id, start, end

    def __init__(self, parent=None):
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

    def set_results(self, results: list[dict], titles: dict[int, str]) -> None:
        self.results.clear()
        for r in results:
            prefix = "✎ " if r["kind"] == "note" else ""
            title = titles.get(r["article_id"], "")
            item = QListWidgetItem(f"{prefix}{r['snippet']}" + (f"  — {title}" if self.whole_library.isChecked() else ""))
            item.setData(ROLE, (r["article_id"], r["start"], r["end"]))
            item.setToolTip(title)
            self.results.addItem(item)
        self.count.setText(self.tr("{count} found").format(count=len(results)))

    def _on_item(self, item: QListWidgetItem) -> None:
        self.result_activated.emit(*item.data(ROLE))
