"""A real main window on a temporary library and a temporary settings file."""

import pytest

from desktop.gui.settings import Settings
from desktop.store import Library
from tests.helpers import store_page


@pytest.fixture
def settings(tmp_path):
    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def library(tmp_path):
    lib = Library(tmp_path / "library.db")
    yield lib
    lib.close()


@pytest.fixture
def window(qtbot, library, settings):
    from desktop.gui.main_window import MainWindow

    store_page(library)
    w = MainWindow(library, settings)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    w.refresh_library()
    w.open_article(library.articles()[0]["id"])
    return w
