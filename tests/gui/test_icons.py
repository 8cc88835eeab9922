"""The window's icons are PNG renditions of the SVGs in resources/icons: all there, and current."""

import importlib.util

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from desktop.gui.resources import action_icon, app_icon
from tests.conftest import ROOT

spec = importlib.util.spec_from_file_location("make_icons", ROOT / "resources" / "icons" / "make.py")
make_icons = importlib.util.module_from_spec(spec)
spec.loader.exec_module(make_icons)


@pytest.mark.parametrize("svg,sizes", make_icons.sources(), ids=lambda v: getattr(v, "stem", ""))
def test_every_rendition_matches_its_svg(qapp, svg, sizes):
    for size in sizes:
        stored = QImage(str(make_icons.png_path(svg, size)))
        assert not stored.isNull(), f"missing {make_icons.png_path(svg, size).name}: run resources/icons/make.py"
        fresh = make_icons.render(svg, size).convertToFormat(stored.format())
        assert stored.size() == QSize(size, size) == fresh.size()
        diff = sum(abs(a - b) for a, b in zip(stored.constBits().tobytes(), fresh.constBits().tobytes()))
        # on average 2 levels a byte: room for another Qt's antialiasing, none for a changed drawing
        assert diff <= 2 * 4 * size * size, f"{svg.name} at {size} px changed since its PNG: run resources/icons/make.py"


def test_the_window_finds_its_icons(qapp):
    assert {s.width() for s in app_icon().availableSizes()} == set(make_icons.APP_SIZES)
    for svg, sizes in make_icons.sources()[1:]:
        icon = action_icon(svg.stem)
        assert icon is not None and {s.width() for s in icon.availableSizes()} == set(sizes)
    assert action_icon("no_such_action") is None
