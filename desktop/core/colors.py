"""The one table of the colours things are marked in, shared by the window's themes and the
exports (HTML, Anki), so that a green highlight is the same green everywhere. Plain hex: no Qt."""

from __future__ import annotations

HIGHLIGHT_COLORS = {
    "yellow": "#ffe066",
    "green": "#8ce99a",
    "blue": "#74c0fc",
    "pink": "#faa2c1",
    "purple": "#d0bfff",
}
FIGURE_COLORS = {
    "money": "#c77d00",
    "percent": "#7b3fbf",
    "multiple": "#b03a48",
    "count": "#2b7a78",
    "date": "#3b6fb6",
    "duration": "#4f8a3c",
    "ordinal": "#8a6d3b",
    "other": "#777777",
}
SPEAKER_COLORS = [
    "#e8590c",
    "#1c7ed6",
    "#2f9e44",
    "#ae3ec9",
    "#f08c00",
    "#0c8599",
    "#d6336c",
    "#5c7cfa",
    "#66a80f",
    "#845ef7",
    "#e67700",
    "#1098ad",
    "#c2255c",
]
LEARNER_COLORS = {"learning": "#f08c00", "new": "#4c8bf5", "above": "#9c36b5"}
