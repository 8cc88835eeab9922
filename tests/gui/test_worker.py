"""Background work: results reach the UI thread, on the pool or on a low-priority thread."""

import os
import sys
import threading

import pytest

from desktop.gui.worker import run_in_background


@pytest.mark.parametrize("low_priority", [False, True])
def test_a_result_and_an_error_reach_the_ui_thread(qtbot, qapp, low_priority):
    ui = threading.get_ident()
    seen = {}

    def work(progress):
        seen["thread"] = threading.get_ident()
        if sys.platform.startswith("linux"):
            seen["nice"] = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
        progress(1, 2)
        return 42

    done = []
    run_in_background(
        work,
        parent=qapp,
        low_priority=low_priority,
        on_error=done.append,
        on_done=lambda r: done.append((r, threading.get_ident())),
    )
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert done == [(42, ui)] and seen["thread"] != ui
    if sys.platform.startswith("linux"):
        assert (seen["nice"] > os.getpriority(os.PRIO_PROCESS, 0)) == low_priority

    failed = []
    run_in_background(
        lambda progress: 1 / 0,
        parent=qapp,
        low_priority=low_priority,
        on_done=failed.append,
        on_error=failed.append,
    )
    qtbot.waitUntil(lambda: bool(failed), timeout=5000)
    assert "ZeroDivisionError" in failed[0]
