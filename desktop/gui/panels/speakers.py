"""The Speakers dock: who speaks in the article, grouped into people, organisations and unnamed
sources, each with role and statements; a click on a speaker or a statement jumps to the text."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTreeView, QVBoxLayout, QWidget

from desktop.gui.theme import SPEAKER_COLORS

SNIPPET = 36
RANGE_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # on a group: the kind of speaker it holds
STATEMENT_ROLE = Qt.ItemDataRole.UserRole + 2  # on a statement's row
GROUP_ORDER = ("person", "organization", "anonymous")


class SpeakersPanel(QWidget):
    statement_activated = Signal(int, int)
    correction_requested = Signal(int, int)  # start, end of the statement whose speaker is wrong

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([self.tr("Speaker"), self.tr("Role")])
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.tree.setAccessibleName(self.tr("Speakers and statements"))
        # the statements take what the role leaves: no measuring every row; the role stays in view
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.clicked.connect(self._on_index)
        self.tree.activated.connect(self._on_index)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree)

    def _group_title(self, kind: str, count: int) -> str:
        """The heading of a group, with how many speakers (or statements) it holds."""
        if kind == "person":
            title = self.tr("People")
        elif kind == "organization":
            title = self.tr("Organisations")
        elif kind == "anonymous":
            title = self.tr("Unnamed sources")
        else:
            title = self.tr("Said by nobody named")
        return f"{title} ({count})"

    def set_article(self, article: dict | None) -> None:
        self.model.removeRows(0, self.model.rowCount())
        if not article:
            return
        text = article["text"]
        by_speaker: dict[str | None, list[dict]] = {}
        for st in article["statements"]:
            by_speaker.setdefault(st["speaker"], []).append(st)
        groups: dict[str, list[list[QStandardItem]]] = {}
        for i, sp in enumerate(article["speakers"]):
            # the colour is the speaker's place in the article's list, as the reading view paints it
            row = self._speaker_row(
                sp,
                by_speaker.get(sp["name"], []),
                text,
                QColor(SPEAKER_COLORS[i % len(SPEAKER_COLORS)]),
            )
            groups.setdefault(sp["kind"] if sp["kind"] in GROUP_ORDER else "anonymous", []).append(
                row
            )
        groups[""] = [
            self._statement_row(st, text) for st in by_speaker.get(None, [])
        ]  # taken by the reader
        for kind in (*GROUP_ORDER, ""):
            rows = groups.get(kind)
            if not rows:
                continue
            group = _item(self._group_title(kind, len(rows)))
            group.setData(kind, KIND_ROLE)
            group.setSelectable(False)  # a heading: nothing to select or jump to
            font = QFont(group.font())
            font.setBold(True)
            group.setFont(font)
            for row in rows:
                group.appendRow(row)
            heading = _item("")
            heading.setSelectable(False)
            self.model.appendRow([group, heading])
        self.tree.expandAll()

    def _speaker_row(
        self, sp: dict, said: list[dict], text: str, color: QColor
    ) -> list[QStandardItem]:
        role = sp.get("role") or ""
        name = _item(f"{sp['name']}  ({len(said)})")
        # a colour, not a QBrush: the view paints it alike, and PySide6's QBrush type (and its
        # gradient enums) need not be made at start-up
        name.setData(color, Qt.ItemDataRole.ForegroundRole)
        if sp["mentions"]:
            name.setData(tuple(sp["mentions"][0]), RANGE_ROLE)
        role_item = _item(role)
        role_item.setToolTip(role)
        for st in said:
            name.appendRow(self._statement_row(st, text))
        return [name, role_item]

    def _statement_row(self, st: dict, text: str) -> list[QStandardItem]:
        quote = text[st["start"] : st["end"]].replace("\n", " ")
        shown = (quote[:SNIPPET] + "…") if len(quote) > SNIPPET else quote
        mark = "“”" if st["direct"] else "≈"
        said = _item(f"{mark} {shown}")
        said.setToolTip(quote)
        said.setData((st["start"], st["end"]), RANGE_ROLE)
        said.setData(True, STATEMENT_ROLE)
        if st.get("corrected"):
            said.setText(said.text() + " ✎")  # the reader said who
        how = _item(self.tr("quoted") if st["direct"] else self.tr("reported"))
        how.setData((st["start"], st["end"]), RANGE_ROLE)
        return [said, how]

    def speaker_items(self) -> list[QStandardItem]:
        """Every speaker's row (its first column), group by group: people, organisations,
        unnamed sources."""
        out: list[QStandardItem] = []
        for i in range(self.model.rowCount()):
            group = self.model.item(i)
            if group.data(KIND_ROLE):
                out.extend(group.child(j) for j in range(group.rowCount()))
        return out

    def statement_at(self, index: QModelIndex) -> tuple[int, int] | None:
        """The statement (start, end) of a row, None for speakers and headings."""
        first = index.siblingAtColumn(0)
        return first.data(RANGE_ROLE) if first.data(STATEMENT_ROLE) else None

    def _context_menu(self, pos) -> None:
        statement = self.statement_at(self.tree.indexAt(pos))
        if statement is None:
            return
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        menu.addAction(
            self.tr("Who said this? Correct the speaker…"),
            lambda: self.correction_requested.emit(*statement),
        )
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    def _on_index(self, index: QModelIndex) -> None:
        rng = index.data(RANGE_ROLE)
        if rng:
            self.statement_activated.emit(*rng)


def _item(text: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    return item
