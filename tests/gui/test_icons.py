"""The window's icons are PNG renditions of the SVGs in resources/icons: all there, and current."""

import importlib.util

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from desktop.gui.resources import action_icon, app_icon
from tests.conftest import ROOT

spec = importlib.util.spec_from_file_location(
    "make_icons", ROOT / "resources" / "icons" / "make.py"
)
make_icons = importlib.util.module_from_spec(spec)
spec.loader.exec_module(make_icons)


@pytest.mark.parametrize(
    "svg,sizes,variant",
    make_icons.sources(),
    ids=lambda v: getattr(v, "stem", v if isinstance(v, str) else ""),
)
def test_every_rendition_matches_its_svg(qapp, svg, sizes, variant):
    for size in sizes:
        path = make_icons.png_path(svg, size, variant)
        stored = QImage(str(path))
        assert not stored.isNull(), f"missing {path.name}: run resources/icons/make.py"
        fresh = make_icons.render(svg, size, variant).convertToFormat(stored.format())
        assert stored.size() == QSize(size, size) == fresh.size()
        diff = sum(
            abs(a - b) for a, b in zip(stored.constBits().tobytes(), fresh.constBits().tobytes())
        )
        # on average 2 levels a byte: room for another Qt's antialiasing, none for a changed drawing
        assert diff <= 2 * 4 * size * size, (
            f"{svg.name} at {size} px changed since its PNG: run resources/icons/make.py"
        )


def test_the_window_finds_its_icons(qapp):
    assert {s.width() for s in app_icon().availableSizes()} == set(make_icons.APP_SIZES)
    for svg, sizes, variant in make_icons.sources()[1:]:
        icon = action_icon(svg.stem, dark=variant == "dark")
        assert icon is not None and {s.width() for s in icon.availableSizes()} == set(sizes)
    assert action_icon("no_such_action") is None


def test_the_dark_icons_read_on_the_dark_toolbar(qapp):
    """WCAG's 3:1 for graphics, with room: the icons' grey against each theme's toolbar."""
    from PySide6.QtGui import QColor

    from desktop.gui.theme import application_palette, contrast, make_theme

    for name, grey in (("light", "#5c5c5c"), ("dark", make_icons.DARK["#5c5c5c"])):
        toolbar = application_palette(make_theme(name)).window().color()
        assert contrast(QColor(grey), toolbar) >= 4.5, name
