"""Draw the PNG renditions of the SVG icons: `python resources/icons/make.py`.

The window loads these, not the SVGs: rendering a dozen SVGs at start-up loaded Qt's SVG engine
and cost a few percent of the time to the first picture. The SVGs stay the source; run this
after changing one (tests/gui/test_icons.py checks that every PNG matches its SVG)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
ACTION_SIZES = (16, 24, 32, 48)  # menus, the toolbar, and both at twice the scale
APP_SIZES = (16, 24, 32, 48, 64, 128, 256)  # what window managers and docks ask for


def sources() -> list[tuple[Path, tuple[int, ...]]]:
    """Every SVG with the sizes it is drawn at."""
    return [(ROOT / "resources" / "dubao.svg", APP_SIZES)] + \
        [(svg, ACTION_SIZES) for svg in sorted(HERE.glob("*.svg"))]


def png_path(svg: Path, size: int) -> Path:
    return HERE / "png" / f"{svg.stem}-{size}.png"


def render(svg: Path, size: int):
    """The SVG drawn at size×size, as a QImage."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    return QIcon(str(svg)).pixmap(QSize(size, size)).toImage()


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from desktop.gui.app import make_app

    make_app()
    (HERE / "png").mkdir(exist_ok=True)
    for svg, sizes in sources():
        for size in sizes:
            render(svg, size).save(str(png_path(svg, size)))
            print(png_path(svg, size).relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
