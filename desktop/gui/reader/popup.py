"""The word popup: the word, its pinyin as read here (and, where the pinyin model was unsure, the
other readings of that character), CC-CEDICT definitions, and what the word is part of (a
figure, a speaker)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from desktop.core import dictionary, han
from desktop.core.dictionary import hsk_label, hsk_level
from desktop.core.tokens import as_tokens
from desktop.core.tones import tone_of
from desktop.core.vocabulary import is_vocabulary
from desktop.gui.i18n import name, tr
from desktop.gui.theme import Theme

MAX_ENTRIES = 3
MAX_DEFINITIONS = 4
MAX_PARTS = 8  # lines of a breakdown: its words, then its characters


def escape(text: str) -> str:
    # start-up: imported on the first hover (html.entities costs 3 ms)
    from html import escape as escape_html

    return escape_html(text)


def _syllables_html(syllables: list[str], theme: Theme, colored: bool) -> str:
    parts = []
    for s in syllables:
        if not s:
            continue
        color = theme.tones[tone_of(s)].name() if colored else theme.text.name()
        parts.append(f'<span style="color:{color}">{escape(s)}</span>')
    return " ".join(parts)


def _alternatives_html(
    article: dict, start: int, syllables: list[str], theme: Theme, colored: bool
) -> list[str]:
    """One line per character of the token the model was unsure of: the character, the reading
    used here, then the others (长 cháng · zhǎng), from the article's optional
    `pinyin_alternatives`."""
    end = start + len(syllables)
    lines = []
    for alt in article.get("pinyin_alternatives") or ():
        offset = alt["offset"]
        if start <= offset < end and alt["readings"]:
            used = _syllables_html([syllables[offset - start]], theme, colored)
            others = " · ".join(
                f'<span style="color:{theme.muted.name()}">{escape(r)}</span>'
                for r in alt["readings"]
            )
            char = escape(article["text"][offset])
            lines.append(f'<div style="font-size:11pt">{char} {used} · {others}</div>')
    return lines


def _breakdown_html(
    word: str, syllables: list[str], theme: Theme, show_pinyin: bool, colored: bool
) -> list[str]:
    """A word CC-CEDICT lacks, as its parts: the words it is made of, then its characters, each
    with its reading here and its first senses (Pleco's breakdown)."""
    pieces, at = [], 0
    for part in dictionary.parts(word):
        pieces.append((part, at))
        at += len(part)
    words = [p for p in pieces if len(p[0]) > 1]
    chars = [(c, i) for i, c in enumerate(word) if han.is_han(c)]
    lines = []
    for text, offset in [*words, *chars][:MAX_PARTS]:
        here = syllables[offset : offset + len(text)]
        entries = dictionary.lookup(text)
        reading = " ".join(s for s in here if s).lower()
        entries.sort(key=lambda e: e["pinyin"].lower() != reading)
        sense = (
            "; ".join(dictionary.readable(d) for d in entries[0]["definitions"][:2])
            if entries
            else ""
        )
        py = f" {_syllables_html(here, theme, colored)}" if show_pinyin else ""
        lines.append(
            f'<div style="font-size:11pt"><b>{escape(text)}</b>{py} '
            f'<span style="color:{theme.muted.name()}">{escape(sense)}</span></div>'
        )
    return lines


def format_value(value, unit) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and not value.is_integer():
        number = f"{value:,.4f}".rstrip("0").rstrip(".")
    else:
        number = f"{int(value):,}"
    return f"{number} {unit}" if unit else number


def popup_html(
    article: dict,
    start: int,
    end: int,
    theme: Theme,
    *,
    show_pinyin: bool,
    tone_colors: bool,
    highlights: Iterable[dict] = (),
    statuses: dict[str, str] | None = None,
    hsk_edition: str = "3.0",
    shown: str | None = None,
) -> str:
    """Rich text for the popup over characters start–end: a word, or any selection (every
    user-visible string escaped); `shown` is the text as displayed when that differs
    (traditional characters)."""
    tokens = as_tokens(article["tokens"])
    syllables = tokens.syllables()[start:end]  # as read here, in context
    word = article["text"][start:end]
    head = (
        escape(shown) + f' <span style="font-size:14pt">({escape(word)})</span>'
        if shown and shown != word
        else escape(word)
    )
    parts = [f'<div style="font-size:22pt">{head}</div>']
    if show_pinyin and any(syllables):
        parts.append(
            f'<div style="font-size:13pt">{_syllables_html(syllables, theme, tone_colors)}</div>'
        )
        parts.extend(_alternatives_html(article, start, syllables, theme, tone_colors))
    if statuses is not None and is_vocabulary(word):
        level = hsk_level(word, hsk_edition)
        facts = [
            tr("HSK {level}").format(level=hsk_label(level)) if level else tr("not in HSK"),
            name(statuses.get(word, "new")),
            tr("K known · L learning"),
        ]
        parts.append(f'<div style="color:{theme.muted.name()}">{escape(" · ".join(facts))}</div>')
    if dictionary.is_loaded():
        entries = dictionary.lookup(word)
        here = " ".join(s for s in syllables if s).lower()
        entries.sort(key=lambda e: e["pinyin"].lower() != here)  # the reading used here first
        for entry in entries[:MAX_ENTRIES]:
            head = entry["simplified"]
            if entry["traditional"] != head:
                head += f" 〔{entry['traditional']}〕"
            defs = "; ".join(dictionary.readable(d) for d in entry["definitions"][:MAX_DEFINITIONS])
            reading = (
                f' <span style="color:{theme.muted.name()}">{escape(entry["pinyin"])}</span>'
                if show_pinyin
                else ""
            )
            parts.append(f"<div><b>{escape(head)}</b>{reading}<br>{escape(defs)}</div>")
        if not entries:
            missing = tr("Not in CC-CEDICT: its parts")
            parts.append(f'<div style="color:{theme.muted.name()}">{escape(missing)}</div>')
            parts.extend(_breakdown_html(word, syllables, theme, show_pinyin, tone_colors))
    else:
        loading = tr("Loading the dictionary…")
        parts.append(f'<div style="color:{theme.muted.name()}">{escape(loading)}</div>')
    for fig in article.get("figures", []):
        if fig["start"] < end and start < fig["end"]:
            value = format_value(fig["value"], fig["unit"])
            text = tr("Figure: {text} ({kind})").format(text=fig["text"], kind=name(fig["kind"]))
            parts.append(
                f'<div style="color:{theme.muted.name()}">{escape(text)}'
                + (f"<br><b>{escape(value)}</b>" if value else "")
                + "</div>"
            )
    for sp in article.get("speakers", []):
        if any(a < end and start < b for a, b in sp["mentions"]):
            count = sum(1 for s in article.get("statements", []) if s["speaker"] == sp["name"])
            role = sp.get("role") or name(sp["kind"])
            text = tr("{name}, {role}: {count} statements").format(
                name=sp["name"], role=role, count=count
            )
            parts.append(f'<div style="color:{theme.muted.name()}">{escape(text)}</div>')
    for h in highlights:
        if h["start"] < end and start < h["end"] and (h["note"] or h["tags"]):
            tags = " ".join(f"#{t}" for t in h["tags"])
            note = escape(h["note"]).replace("\n", "<br>")
            parts.append(
                f'<div style="border-top:1px solid {theme.muted.name()}">✎ {note}'
                + (
                    f'<br><span style="color:{theme.muted.name()}">{escape(tags)}</span>'
                    if tags
                    else ""
                )
                + "</div>"
            )
    return "".join(parts)


class WordPopup(QFrame):
    """A tooltip-like window that follows the hovered word."""

    def __init__(self, parent: QWidget):
        super().__init__(parent, Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("wordPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setMaximumWidth(420)
        self.label.setAccessibleName(tr("Word details"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.label)
        self.token = -1

    def show_at(self, html: str, anchor: QRect, token: int) -> None:
        """Show below the word (above it when there is no room below)."""
        self.token = token
        self.label.setText(html)
        self.adjustSize()
        pos = QPoint(anchor.left(), anchor.bottom() + 6)
        screen = QGuiApplication.screenAt(anchor.center()) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        if pos.y() + self.height() > area.bottom():
            pos.setY(anchor.top() - self.height() - 6)
        pos.setX(max(area.left(), min(pos.x(), area.right() - self.width())))
        self.move(pos)
        self.show()

    def hide_popup(self) -> None:
        self.token = -1
        self.hide()
