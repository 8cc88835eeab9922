"""Start-up measures (desktop/gui/startup_measures.py) that only show in a process of their own:
the garbage collector around start-up, Qt's GUI thread pool kept off, and a first paint that
waits for no module it does not draw with."""

import subprocess
import sys

import pytest

from tests.conftest import ROOT


def _run(code: str, *args: str) -> str:
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_collections_wait_for_the_window_then_skip_what_start_up_made():
    printed = _run(
        "import gc\n"
        "from desktop.gui import startup_measures as measures\n"
        "measures.before_qt(); held = gc.isenabled()\n"
        "made = [[i] for i in range(1000)]\n"
        "measures.settle(); frozen = gc.get_freeze_count()\n"
        "measures.settle_after_warm_up(); after_warm_up = gc.get_freeze_count()\n"
        "more = [[i] for i in range(1000)]\n"
        "measures.settle_after_warm_up()\n"
        "print(held, gc.isenabled(), frozen >= 1000, after_warm_up >= frozen,\n"
        "      gc.get_freeze_count() == after_warm_up)\n"
    )
    assert (
        printed == "False True True True True"
    )  # the second warm-up (a new language) freezes nothing


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="counts threads in /proc")
def test_painting_starts_no_threads():
    printed = _run(
        "import os\n"
        "from desktop.gui.app import make_app\n"
        "from desktop.gui.resources import swatch_icon\n"
        "from PySide6.QtWidgets import QToolBar\n"
        "app = make_app()\n"
        "bar = QToolBar(); bar.resize(1400, 40)\n"
        "bar.addAction(swatch_icon('#ffe066'), 'x'); bar.grab()\n"
        "print(len(os.listdir('/proc/self/task')))\n"
    )
    assert printed == "1"  # Qt would start its GUI pool for the gradient and the antialiased swatch


def test_a_users_own_thread_pool_setting_is_kept():
    printed = _run(
        "import os\n"
        "os.environ['QT_NO_GUI_THREADPOOL'] = 'mine'\n"
        "from desktop.gui.app import make_app\n"
        "make_app()\n"
        "print(os.environ['QT_NO_GUI_THREADPOOL'])\n"
    )
    assert printed == "mine"


def test_window_titles_are_shown_as_set():
    """Qt's X11 and Windows plug-ins append the application display name to every window title not
    ending with it; the title is already 读报 Dubao — <article>, so no display name is set."""
    printed = _run(
        "from desktop.gui.app import make_app\n"
        "app = make_app()\n"
        "print(app.applicationDisplayName() == app.applicationName())\n"
    )
    assert printed == "True"


def test_the_first_paint_of_a_stored_article_loads_no_deferred_module(tmp_path):
    from desktop.store import Library
    from tests.helpers import store_page

    library = Library(tmp_path / "library.db")
    store_page(library)
    library.close()
    printed = _run(
        "import sys\n"
        "from PySide6.QtCore import QEvent, QObject\n"
        "from desktop.gui import startup_measures\n"
        "from desktop.gui.app import make_app\n"
        "from desktop.gui.main_window import MainWindow\n"
        "from desktop.gui.settings import Settings\n"
        "from desktop.store import Library\n"
        "app = make_app()\n"
        "library = Library(sys.argv[1])\n"
        "window = MainWindow(library, Settings(sys.argv[2]))\n"
        "seen = []\n"
        "class FirstPaint(QObject):\n"
        "    def eventFilter(self, obj, event):\n"
        "        if event.type() == QEvent.Type.Paint and not seen:\n"
        "            seen.append([m for m in startup_measures.DEFERRED if m in sys.modules])\n"
        "        return False\n"
        "watch = FirstPaint()\n"
        "window.view.installEventFilter(watch)\n"
        "window.open_article(library.articles()[0]['id'])\n"
        "window.show()\n"
        "while not seen:\n"
        "    app.processEvents()\n"
        "print(seen[0], bool(window.article and window.article['tokens']), flush=True)\n"
        "from desktop.gui.worker import finish_background\n"
        "window.close()\n"
        "finish_background()\n",
        str(tmp_path / "library.db"),
        str(tmp_path / "settings.ini"),
    )
    assert printed == "[] True"
