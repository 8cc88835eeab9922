"""The garbage collector around start-up.

Start-up makes some 38,000 objects that live as long as the reader: Qt's types and their enums,
our modules, the window. Collecting while they are made finds nothing (a few hundred objects)
and costs ~15 ms; every full collection afterwards walks them all again (20 ms, once in the
middle of a layout), and so does the one at exit (40 ms of a --screenshot run). So: no
collections while the reader starts, then what exists is frozen (kept out of every later
collection) and collections resume for what the reader makes from then on.
"""

from __future__ import annotations

import gc

_settled_after_warm_up = False


def hold() -> None:
    """No collections until `settle()`: called before the reader's imports."""
    gc.disable()


def settle() -> None:
    """What exists now lives as long as the app: out of every collection from here on. The few
    hundred objects start-up left unreachable stay with it (a few kilobytes)."""
    gc.freeze()
    gc.enable()


def settle_after_warm_up() -> None:
    """The same for what the first warm-up loaded (sqlite-utils, CC-CEDICT). Once: a window made
    again later (a new language) must not freeze the one it replaces with it."""
    global _settled_after_warm_up
    if not _settled_after_warm_up:
        _settled_after_warm_up = True
        settle()
