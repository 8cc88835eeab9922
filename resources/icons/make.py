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
# the dark theme's renditions: the icons' grey lighter, so that they read 7:1 on its toolbar
# (the light grey #5c5c5c reads 5.8:1 on the light one; the old #7c7c7c read ~3:1 on the dark)
DARK = {"#5c5c5c": "#b8b8b8"}


def sources() -> list[tuple[Path, tuple[int, ...], str]]:
    """Every SVG with the sizes it is drawn at, and its variant ("" or "dark")."""
    actions = sorted(p for p in HERE.glob("*.svg") if not p.stem.endswith("_dark"))
    return (
        [(ROOT / "resources" / "dubao.svg", APP_SIZES, "")]
        + [(svg, ACTION_SIZES, "") for svg in sorted(HERE.glob("*.svg"))]
        + [(svg, ACTION_SIZES, "dark") for svg in actions]
    )


def png_path(svg: Path, size: int, variant: str = "") -> Path:
    stem = f"{svg.stem}-{variant}" if variant else svg.stem
    return HERE / "png" / f"{stem}-{size}.png"


def render(svg: Path, size: int, variant: str = ""):
    """The SVG drawn at size×size, as a QImage (the dark variant with its greys lightened)."""
    import tempfile

    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    if not variant:
        return QIcon(str(svg)).pixmap(QSize(size, size)).toImage()
    text = svg.read_text(encoding="utf-8")
    for old, new in DARK.items():
        text = text.replace(old, new)
    with tempfile.TemporaryDirectory() as folder:
        recoloured = Path(folder) / svg.name
        recoloured.write_text(text, encoding="utf-8")
        return QIcon(str(recoloured)).pixmap(QSize(size, size)).toImage()


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from desktop.gui.app import make_app

    make_app()
    (HERE / "png").mkdir(exist_ok=True)
    for svg, sizes, variant in sources():
        for size in sizes:
            render(svg, size, variant).save(str(png_path(svg, size, variant)))
            print(png_path(svg, size, variant).relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
