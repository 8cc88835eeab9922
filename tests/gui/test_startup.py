"""Start-up settings that only show in a process of their own: the garbage collector around
start-up, and Qt's GUI thread pool kept off."""

import subprocess
import sys

import pytest

from tests.conftest import ROOT


def _run(code: str) -> str:
    out = subprocess.run(
        [sys.executable, "-c", code],
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
        "from desktop.gui import memory\n"
        "memory.hold(); held = gc.isenabled()\n"
        "made = [[i] for i in range(1000)]\n"
        "memory.settle(); frozen = gc.get_freeze_count()\n"
        "memory.settle_after_warm_up(); after_warm_up = gc.get_freeze_count()\n"
        "more = [[i] for i in range(1000)]\n"
        "memory.settle_after_warm_up()\n"
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
