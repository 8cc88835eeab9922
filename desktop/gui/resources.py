"""The window's icons: drawn here (the colour swatches) or read from resources/icons."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from desktop.resources import resource_path


def swatch_icon(color: str, size: int = 32) -> QIcon:
    """A round colour swatch (the highlight colours)."""
    icon = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap(size * scale, size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(0, 0, 0, 90), 1.2))
        painter.setBrush(QColor(color))
        painter.drawEllipse(QRectF(size * 0.18, size * 0.18, size * 0.64, size * 0.64))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def app_icon() -> QIcon:
    icon = _icon("dubao")
    return icon if icon is not None else QIcon()


def action_icon(name: str, dark: bool = False) -> QIcon | None:
    """An action's icon from resources/icons (lighter for the dark theme), None when it has
    none."""
    return _icon(f"{name}-dark" if dark else name)


def _icon(stem: str) -> QIcon | None:
    """The PNG renditions of an SVG icon (resources/icons/make.py draws them from the SVGs, which
    stay the source): PNGs load without Qt's SVG engine, which cost a few percent of the time to
    the first picture. Qt picks the size nearest what it draws, at any scale."""
    files = _renditions().get(stem)
    if not files:
        return None
    icon = QIcon()
    for size, path in files:
        icon.addFile(path, QSize(size, size))
    return icon


@cache
def _renditions() -> dict[str, list[tuple[int, str]]]:
    """icon name -> (size, file) of each PNG, from one listing of the folder."""
    out: dict[str, list[tuple[int, str]]] = {}
    for f in resource_path("icons/png").glob("*.png"):
        stem, _, size = f.stem.rpartition("-")  # "zoom_in-24", "zoom_in-dark-24"
        if size.isdigit():
            out.setdefault(stem, []).append((int(size), str(f)))
    return out
