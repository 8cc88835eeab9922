"""Light and dark themes: the application palette and the reading view's colours."""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from desktop.core.colors import SPEAKER_COLORS  # noqa: F401  (until every panel imports it from core)

# Zhongwen's tone colours: 1 red, 2 orange, 3 green, 4 blue, neutral grey
TONE_SCHEMES = {  # (light, dark); Zhongwen's is the default
    "zhongwen": (
        {1: "#d62828", 2: "#e07b00", 3: "#2a9d2a", 4: "#1d5fd1", 5: "#8a8a8a"},
        {1: "#ff6b6b", 2: "#ffa94d", 3: "#69db7c", 4: "#74a8ff", 5: "#a0a0a0"},
    ),
    "pleco": (
        {1: "#e03131", 2: "#2f9e44", 3: "#1c7ed6", 4: "#9c36b5", 5: "#8a8a8a"},
        {1: "#ff6b6b", 2: "#69db7c", 3: "#74c0fc", 4: "#da77f2", 5: "#a0a0a0"},
    ),
    "mono": (
        {1: "#5c5c5c", 2: "#5c5c5c", 3: "#5c5c5c", 4: "#5c5c5c", 5: "#8a8a8a"},
        {1: "#bdbdbd", 2: "#bdbdbd", 3: "#bdbdbd", 4: "#bdbdbd", 5: "#8a8a8a"},
    ),
}


class Theme(NamedTuple):
    name: str
    background: QColor
    text: QColor
    muted: QColor
    heading: QColor
    selection: QColor
    word_lines: tuple[QColor, QColor]
    tones: dict[int, QColor]
    dark: bool

    @property
    def highlight_alpha(self) -> int:
        return 110 if self.dark else 150


def make_theme(name: str, tone_scheme: str = "zhongwen") -> Theme:
    dark = name == "dark" or (name == "system" and system_prefers_dark())
    light_tones, dark_tones = TONE_SCHEMES.get(tone_scheme, TONE_SCHEMES["zhongwen"])
    if dark:
        return Theme(
            "dark",
            QColor("#1e1f22"),
            QColor("#e6e6e6"),
            QColor("#9a9a9a"),
            QColor("#ffffff"),
            QColor(90, 130, 200, 120),
            (QColor("#4a4d55"), QColor("#3a5a7a")),
            {k: QColor(v) for k, v in dark_tones.items()},
            True,
        )
    return Theme(
        "light",
        QColor("#fbfaf7"),
        QColor("#1f1f1f"),
        QColor("#6b6b6b"),
        QColor("#111111"),
        QColor(60, 110, 220, 70),
        (QColor("#d0d0d0"), QColor("#a9c4e8")),
        {k: QColor(v) for k, v in light_tones.items()},
        False,
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG's contrast ratio of two colours (1 to 21)."""

    def luminance(c: QColor) -> float:
        channels = [v / 255 for v in (c.red(), c.green(), c.blue())]
        r, g, b_ = (v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b_

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    return bool(scheme and scheme() == Qt.ColorScheme.Dark)


_platform_palette: QPalette | None = None


def application_palette(theme: Theme) -> QPalette:
    """The light theme is the palette the platform gave the app, kept before we change it (asking
    the QStyle for its standard palette would build PySide6's QStyle type, 10 ms at start-up)."""
    global _platform_palette
    if _platform_palette is None:
        _platform_palette = QPalette(QApplication.palette())
    if not theme.dark:
        return QPalette(_platform_palette)
    p = QPalette()
    window, base, text = QColor("#2b2d31"), QColor("#1e1f22"), QColor("#e6e6e6")
    for role, color in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, QColor("#26282c")),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, window),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.ToolTipBase, QColor("#2b2d31")),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.Highlight, QColor("#3d6fb6")),
        (QPalette.ColorRole.HighlightedText, QColor("#ffffff")),
        (QPalette.ColorRole.PlaceholderText, QColor("#8a8a8a")),
        (QPalette.ColorRole.Link, QColor("#74a8ff")),
    ):
        p.setColor(role, color)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#777777"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#777777"))
    return p


@cache
def _first_family(*families: str) -> str:
    available = set(QFontDatabase.families())
    return next((f for f in families if f in available), "")


def hanzi_font(size: float, family: str = "") -> QFont:
    font = QFont(
        family
        or _first_family(
            "Noto Serif CJK SC",
            "Source Han Serif SC",
            "Songti SC",
            "SimSun",
            "Noto Sans CJK SC",
            "Microsoft YaHei",
            "PingFang SC",
        )
    )
    font.setPointSizeF(size)
    return font


def pinyin_font(size: float) -> QFont:
    """A Latin face with every tone mark (ǎ ǜ ǘ): DejaVu and Noto Sans have them all."""
    font = QFont(_first_family("Noto Sans", "DejaVu Sans", "Segoe UI", "Helvetica Neue", "Arial"))
    font.setPointSizeF(max(7.0, size * 0.55))
    return font
