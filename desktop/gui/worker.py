"""The one place background work happens: run a function off the UI thread, hear back on it.

The function gets a `progress(done, total)` callback; calling it after `cancel()` raises
Cancelled inside the worker, which ends quietly. A worker never touches widgets (Anki's
QueryOp does the same)."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Cancelled(Exception):
    """The user cancelled the task."""


class Task(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()


class _Runnable(QRunnable):
    def __init__(self, task: Task, fn: Callable, expected: tuple[type[BaseException], ...]):
        super().__init__()
        self.task, self.fn, self.expected = task, fn, expected

    def run(self) -> None:
        task = self.task

        def progress(done: int, total: int) -> None:
            if task.is_cancelled():
                raise Cancelled()
            task.progressed.emit(done, total)

        try:
            result = self.fn(progress)
        except Cancelled:
            task.cancelled.emit()
        except self.expected as exc:  # bad input: the message is for the user
            task.failed.emit(str(exc))
        except Exception as exc:  # a bug: say so, with the details for a report
            task.failed.emit(f"{type(exc).__name__}: {exc}\n\n{traceback.format_exc(limit=5)}")
        else:
            task.succeeded.emit(result)
        task.finished.emit()


def run_in_background(fn: Callable[[Callable[[int, int], None]], object], *, parent: QObject,
                      on_done: Callable[[object], None], on_error: Callable[[str], None],
                      on_progress: Callable[[int, int], None] | None = None,
                      on_cancel: Callable[[], None] | None = None,
                      expected: tuple[type[BaseException], ...] = ()) -> Task:
    """Start fn(progress) on the thread pool; the callbacks run on the UI thread. They are
    connected before the work starts, so no result can be missed."""
    task = Task(parent)
    task.succeeded.connect(on_done)
    task.failed.connect(on_error)
    if on_progress:
        task.progressed.connect(on_progress)
    if on_cancel:
        task.cancelled.connect(on_cancel)
    task.finished.connect(task.deleteLater)
    QThreadPool.globalInstance().start(_Runnable(task, fn, expected))
    return task
