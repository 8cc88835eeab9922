"""Icons and pictures the window draws itself, so they stay sharp at any scale."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
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
    return QIcon(str(resource_path("dubao.svg")))


def action_icon(name: str) -> QIcon | None:
    """An action's SVG icon from resources/icons (sharp at any scale), None when it has none."""
    path = resource_path(f"icons/{name}.svg")
    return QIcon(str(path)) if path.exists() else None
