"""The one place background work happens, heard back on the UI thread.

- `run_in_background(fn)`: a function on the thread pool, for short work that releases the
  GIL or is light (loading the dictionary). It gets a `progress(done, total)` callback; calling
  it after `cancel()` raises Cancelled inside the worker, which ends quietly.
- `run_command(args)`: a Dubao subprocess, for long CPU-bound work (analysing a page): a thread
  would hold the GIL for hundreds of milliseconds at a time (dictionary loading, garbage
  collection of a large analysis) and stall the UI; a process never does. It reports
  `progress N M` lines on stdout; cancelling kills it, and as it writes in one transaction
  the library is left as it was.
A worker never touches widgets (Anki's QueryOp does the same)."""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import traceback
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, QProcess, QRunnable, QThreadPool, Signal

Progress = Callable[[int, int], None]  # what a worker calls as it goes: done, total
Result = TypeVar("Result")


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
    def __init__(
        self,
        task: Task,
        fn: Callable[[Progress], object],
        expected: tuple[type[BaseException], ...],
    ):
        super().__init__()
        self.task, self.fn, self.expected = task, fn, expected

    def run(self) -> None:
        task = self.task

        def progress(done: int, total: int) -> None:
            if task.is_cancelled():
                raise Cancelled()
            _tell(task.progressed, done, total)

        try:
            result = self.fn(progress)
        except Cancelled:
            _tell(task.cancelled)
        except self.expected as exc:  # bad input: the message is for the user
            _tell(task.failed, str(exc))
        except Exception as exc:  # a bug: say so, with the details for a report
            _tell(task.failed, f"{type(exc).__name__}: {exc}\n\n{traceback.format_exc(limit=5)}")
        else:
            _tell(task.succeeded, result)
        _tell(task.finished)


def _tell(signal, *args) -> None:
    """Emit from the worker; a task whose window has been closed meanwhile has nobody to tell."""
    with contextlib.suppress(RuntimeError):  # "Signal source has been deleted"
        signal.emit(*args)


def run_in_background(
    fn: Callable[[Progress], Result],
    *,
    parent: QObject,
    on_done: Callable[[Result], None],
    on_error: Callable[[str], None],
    on_progress: Callable[[int, int], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    expected: tuple[type[BaseException], ...] = (),
    low_priority: bool = False,
) -> Task:
    """Start fn(progress) on the thread pool; the callbacks run on the UI thread. They are
    connected before the work starts, so no result can be missed. `low_priority` work (warming
    caches) runs on a thread of its own that leaves the processor to the UI thread first."""
    task = _connected(Task(parent), on_done, on_error, on_progress, on_cancel)
    runnable = _Runnable(task, fn, expected)
    if low_priority:

        def run_low() -> None:
            _lower_thread_priority()
            runnable.run()

        thread = threading.Thread(target=run_low, daemon=True)
        _low_priority_threads[:] = [t for t in _low_priority_threads if t.is_alive()]
        _low_priority_threads.append(thread)
        thread.start()
    else:
        QThreadPool.globalInstance().start(runnable)
    return task


_low_priority_threads: list[threading.Thread] = []


def finish_background(timeout: float = 10.0) -> None:
    """Before the interpreter ends: wait for background work still running (a thread that runs
    while Python and Qt are torn down can crash the process on its way out)."""
    QThreadPool.globalInstance().waitForDone(int(timeout * 1000))
    while _low_priority_threads:
        _low_priority_threads.pop().join(timeout)


def _lower_thread_priority() -> None:
    """On two cores, a cache loading beside an import left the UI thread waiting for a core.
    Linux gives each thread its own nice value (elsewhere the same call would name a process, so
    it is left alone there)."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):  # not allowed here: it runs at the usual priority
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)


def _connected(task, on_done, on_error, on_progress, on_cancel):
    """Callbacks wired before the work starts, so that no result can be missed."""
    task.succeeded.connect(on_done)
    task.failed.connect(on_error)
    if on_progress:
        task.progressed.connect(on_progress)
    if on_cancel:
        task.cancelled.connect(on_cancel)
    task.finished.connect(task.deleteLater)
    return task


class CommandTask(QObject):
    """A running `python -m desktop …` subprocess; the same signals as Task."""

    progressed = Signal(int, int)
    succeeded = Signal(object)  # the lines it printed that are not progress
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, args: list[str], parent: QObject):
        super().__init__(parent)
        self._cancelled = False
        self._output: list[str] = []
        self._buffer = b""
        self.process = QProcess(self)
        self.process.setProgram(sys.executable)
        self.process.setArguments(["-m", "desktop", *args])
        self.process.readyReadStandardOutput.connect(self._on_output)
        self.process.finished.connect(self._on_finished)
        self.process.errorOccurred.connect(self._on_error)

    def start(self) -> None:
        self.process.start()

    def cancel(self) -> None:
        if self.process.state() != QProcess.ProcessState.NotRunning:
            self._cancelled = True
            self.process.kill()

    def _on_output(self) -> None:
        self._buffer += self.process.readAllStandardOutput().data()
        *lines, self._buffer = self._buffer.split(b"\n")
        for raw in lines:
            line = raw.decode("utf-8", "replace").strip()
            parts = line.split()
            if (
                len(parts) == 3
                and parts[0] == "progress"
                and parts[1].isdigit()
                and parts[2].isdigit()
            ):
                self.progressed.emit(int(parts[1]), int(parts[2]))
            elif line:
                self._output.append(line)

    def _on_finished(self, code: int, status) -> None:
        self._on_output()
        if self._cancelled:
            self.cancelled.emit()
        elif status == QProcess.ExitStatus.NormalExit and code == 0:
            self.succeeded.emit(self._output)
        else:
            err = bytes(self.process.readAllStandardError().data()).decode("utf-8", "replace")
            err = err.strip()
            message = err.splitlines()[-1] if err else f"the import stopped (status {code})"
            self.failed.emit(message.removeprefix("dubao: "))
        self.finished.emit()

    def _on_error(self, error) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self.failed.emit(f"cannot start {sys.executable}")
            self.finished.emit()


def run_command(
    args: list[str],
    *,
    parent: QObject,
    on_done: Callable[[list[str]], None],
    on_error: Callable[[str], None],
    on_progress: Callable[[int, int], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
) -> CommandTask:
    task = _connected(CommandTask(args, parent), on_done, on_error, on_progress, on_cancel)
    task.start()
    return task
