"""Imports from the window: one file after another, in two steps.

1. A Dubao child process (`dubao prepare`) reads and analyses the file into the rows the
   library will hold, at a lower priority, reporting its progress; cancelling kills it. It
   never opens the library file.
2. A thread of the window's process writes those rows, in one transaction, through a
   connection of its own.
So within the reader only the window's process ever opens the library: if anything in it drops
SQLite's locks (see gui/file_dialogs.py), no other process of ours can take the file for
unused and delete its WAL. The worker touches no widget; the window listens to the signals.
A sample page whose import was prepared ahead (desktop/store/prepared_ahead.py) skips step 1.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktop.core.decode import DecodeError
from desktop.store import Library, LibraryError


class ImportQueue(QObject):
    started = Signal(str)  # the path now being read
    progressed = Signal(int, int)
    saving = Signal(str)  # analysed; now being written (no longer cancellable)
    imported = Signal(str, list)  # path, article ids
    failed = Signal(str)
    cancelled = Signal()
    idle = Signal()
    # False: every child at the usual priority (tests whose subject is not the priority)
    lower_priority = True

    def __init__(self, library: Library, parent: QObject | None = None):
        super().__init__(parent)
        self.library = library
        self.task: QObject | None = None
        self._pending: list[tuple[str, bool]] = []  # (path, read at a lower priority)
        self._scratch: Path | None = None

    @property
    def busy(self) -> bool:
        return self.task is not None

    def add(self, paths: list[str], *, background: bool = True) -> None:
        self._pending.extend((path, background and self.lower_priority) for path in paths)
        if self.task is None:
            self._next()

    def cancel(self) -> None:
        """Cancel what is being read and everything queued; a write under way finishes."""
        self._pending.clear()
        cancel = getattr(self.task, "cancel", None)
        if cancel is not None:
            cancel()

    def _next(self) -> None:
        if not self._pending:
            self.idle.emit()
            return
        path, background = self._pending.pop(0)
        self.started.emit(path)
        try:
            self.library.refuse_own_file(path)
            if ahead := self._prepared_ahead(path):
                self._store(path, ahead)
                return
            args = self._prepare_args(path, background)
        except (LibraryError, OSError, DecodeError) as exc:
            self._on_error(str(exc))
            return
        from desktop.gui.worker import run_command

        self.task = run_command(
            args,
            parent=self,
            on_done=lambda lines: self._on_prepared(path, lines),
            on_error=self._on_error,
            on_progress=self.progressed.emit,
            on_cancel=self._on_cancelled,
        )

    def _prepare_args(self, path: str, background: bool = True) -> list[str]:
        self._scratch = Path(tempfile.mkdtemp(prefix="dubao-import-"))
        corrections = {c["word"]: c["pinyin"].split(" ") for c in self.library.corrections()}
        (self._scratch / "corrections.json").write_text(
            json.dumps(corrections, ensure_ascii=False), encoding="utf-8"
        )
        args = [
            "prepare",
            *(["--background"] if background else []),
            "--out",
            str(self._scratch / "prepared.jsonl"),
            "--corrections",
            str(self._scratch / "corrections.json"),
        ]
        if digest := self.library.document_digest(path):
            args += ["--unless-digest", digest]
        return [*args, path]

    def _prepared_ahead(self, path: str) -> Path | None:
        """The page's import prepared ahead, unless the library holds it already."""
        from desktop.store.prepared_ahead import is_sample, prepared_for

        if not is_sample(path) or self.library.document_digest(path):
            return None  # another file, or stored before: the child says if it is unchanged
        return prepared_for(path, corrections=bool(self.library.corrections()))

    def _on_prepared(self, path: str, lines: list[str]) -> None:
        if "unchanged" in lines:
            self._finish(path, self.library.article_ids_of(path))
            return
        assert self._scratch is not None  # made for this import by _prepare_args
        self._store(path, self._scratch / "prepared.jsonl")

    def _store(self, path: str, prepared_file: Path) -> None:
        self.saving.emit(path)
        library = self.library
        document_path = str(Path(path).resolve())  # a file prepared ahead names where it was made

        def store(progress: object) -> list[int]:
            from dataclasses import replace

            from desktop.store.documents import PreparedImport

            # the rows are read from the file as they are written: one article in memory at a time
            with prepared_file.open(encoding="utf-8") as src, library.connect_again() as writer:
                prepared = replace(PreparedImport.read(src), path=document_path)
                return writer.store_import(prepared)

        from desktop.gui.worker import run_in_background

        self.task = run_in_background(
            store,
            parent=self,
            on_done=lambda ids: self._finish(path, ids),
            on_error=self._on_error,
            expected=(LibraryError, OSError),
        )

    def _finish(self, path: str, ids: list[int]) -> None:
        self._done()
        self.imported.emit(path, ids)
        self._next()

    def _on_error(self, message: str) -> None:
        self._done()
        self.failed.emit(message)
        self._next()

    def _on_cancelled(self) -> None:
        self._pending.clear()
        self._done()
        self.cancelled.emit()
        self.idle.emit()

    def _done(self) -> None:
        self.task = None
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)
            self._scratch = None
