"""Files in and out, from the window: Open, recent files, drops and the clipboard go to the
import queue (gui/imports.py), whose progress the status bar shows; Export writes what the
reader chose."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QMenu

from desktop.core.decode import DecodeError
from desktop.gui.imports import ImportQueue
from desktop.store import LibraryError

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

NEXT_TURN_MS = 10  # a zero timer would run in the same pass of the event loop as the work before it


class Files(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.w = window
        self.recent_menu: QMenu | None = None
        self.imports = ImportQueue(window.library, self)
        q = self.imports
        q.started.connect(self._on_started)
        q.saving.connect(self._on_saving)
        q.progressed.connect(self._on_progress)
        q.imported.connect(self._on_imported)
        q.failed.connect(self._on_failed)
        q.cancelled.connect(
            lambda: window.status(self.tr("Import cancelled; the library is as it was."))
        )
        q.idle.connect(self._on_idle)

    def open_dialog(self) -> None:
        from desktop.gui.file_dialogs import open_file_names

        paths = open_file_names(
            self.w,
            self.tr("Open news pages"),
            self.tr("News pages (*.txt *.html *.htm *.xhtml *.epub);;All files (*)"),
        )
        if paths:
            self.open_files(paths)

    def open_files(self, paths: list[str], *, background: bool = True) -> None:
        """Import in the background (one file after another), then show the first new article.
        `background=False` when the reader has nothing else to show meanwhile (the first start):
        read at a lower priority, any other busy process on the machine held it back for seconds."""
        from desktop.core.sources import (
            expand_paths,
        )  # page parsing loads only when a file is opened

        try:
            self.imports.add(expand_paths(paths), background=background)
        except DecodeError as exc:  # a folder that cannot be listed
            self.w.show_error(self.tr("This file cannot be opened"), str(exc))

    def fill_recent(self, menu: QMenu | None = None) -> None:
        self.recent_menu = menu = menu or self.recent_menu
        if menu is None:
            return
        menu.clear()
        for path in self.w.settings.recent_files:
            action = menu.addAction(path)
            action.triggered.connect(lambda checked=False, p=path: self.open_files([p]))
        menu.setEnabled(bool(self.w.settings.recent_files))

    def paste_document(self) -> None:
        """The clipboard's web page or text becomes a document, kept beside the library file."""
        w = self.w
        mime = QApplication.clipboard().mimeData()
        if mime.hasHtml() and mime.html().strip():
            content, suffix = mime.html(), ".html"
        elif mime.hasText() and mime.text().strip():
            content, suffix = mime.text(), ".txt"
        else:
            w.status(self.tr("The clipboard holds no text."))
            return
        folder = w.library.path.parent / "pasted"
        path = folder / f"pasted-{datetime.now().strftime('%Y%m%d-%H%M%S-%f')}{suffix}"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path.write_text(content, encoding="utf-8")
        except OSError as exc:
            w.show_error(
                self.tr("The clipboard could not be kept"), f"{path}: {exc.strerror or exc}"
            )
            return
        self.open_files([str(path)])

    def export_dialog(self) -> None:
        from desktop.gui.export_dialog import ExportDialog
        from desktop.gui.file_dialogs import save_file_name

        w = self.w
        dialog = ExportDialog(w.article_id is not None, w)
        if not dialog.exec():
            return
        fmt, only_current = dialog.choice()
        ext = ExportDialog.extension(fmt)
        path = save_file_name(w, self.tr("Export to"), f"dubao-{fmt}{ext}", f"*{ext}")
        if path:  # the file dialog has asked before replacing an existing file
            self.export_to(fmt, path, [w.article_id] if only_current and w.article_id else None)

    def export_to(self, fmt: str, path: str, article_ids: list[int] | None) -> None:
        try:
            count = self.w.library.export(fmt, path, article_ids)
        except LibraryError as exc:
            self.w.show_error(self.tr("The export was not written"), str(exc))
            return
        self.w.status(self.tr("Exported {count} records to {path}").format(count=count, path=path))

    # --- print and PDF ---------------------------------------------------------------------

    def print_articles(self, pdf: bool) -> None:
        """File ▸ Print… / Export to PDF…: the open article, every article of its page or the
        articles ticked, with pinyin above the characters as the screen shows them."""
        from desktop.gui.printing import ScopeDialog

        w = self.w
        if w.article_id is None or w.article is None:
            w.status(self.tr("Open an article first."))
            return
        scope = ScopeDialog(w.library.articles(), w.article_id, w)
        chosen = scope.exec()
        ids = scope.article_ids()
        scope.deleteLater()  # it holds a list of the whole library
        if not chosen:
            return
        if pdf:
            from desktop.gui.file_dialogs import save_file_name

            path = save_file_name(w, self.tr("Export to PDF"), "dubao.pdf", "*.pdf")
            if path:
                self._write_pdf(ids, path)
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, w).exec():
            pages = self._render(printer, ids)
            w.status(self.tr("Printed {pages} pages.").format(pages=pages))

    def _write_pdf(self, ids: list[int], path: str) -> None:
        """Written beside the destination and renamed into place: never half a PDF there."""
        import os
        import tempfile

        from desktop.gui.printing import pdf_printer

        folder = os.path.dirname(os.path.abspath(path))
        try:
            fd, partial = tempfile.mkstemp(prefix=".dubao-pdf-", suffix=".tmp", dir=folder)
            os.close(fd)
        except OSError as exc:
            self.w.show_error(self.tr("The PDF was not written"), f"{path}: {exc.strerror or exc}")
            return
        try:
            pages = self._render(pdf_printer(partial), ids)
            os.replace(partial, path)
        except (OSError, LibraryError) as exc:
            self.w.show_error(self.tr("The PDF was not written"), str(exc))
            return
        finally:
            if os.path.exists(partial):
                os.unlink(partial)
        self.w.status(self.tr("Saved {pages} pages to {path}").format(pages=pages, path=path))

    def _render(self, printer, ids: list[int]) -> int:
        from PySide6.QtCore import Qt

        from desktop.gui.printing import render
        from desktop.gui.theme import make_theme

        w = self.w
        options = w.view.options
        if options.pinyin_mode == "hover":  # paper cannot hover: the readings go above
            options = options._replace(pinyin_mode="above")
        items = [
            (w.library.packed_article(i), w.library.highlights(i), w.library.article_note(i))
            for i in ids
        ]
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return render(
                printer,
                items,
                w.view.fonts(),
                options,
                make_theme("light", w.settings.tone_scheme),
                w.library.word_statuses(),
            )
        finally:
            QApplication.restoreOverrideCursor()

    # --- the import queue, heard ----------------------------------------------------------

    def _on_started(self, path: str) -> None:
        w = self.w
        w.status(self.tr("Reading {name}…").format(name=Path(path).name))
        w.progress.setRange(0, 0)
        w.progress.show()
        w.cancel_button.show()

    def _on_saving(self, path: str) -> None:
        w = self.w
        w.status(self.tr("Saving {name}…").format(name=Path(path).name))
        w.progress.setRange(0, 0)
        w.cancel_button.hide()  # the write is one transaction: it finishes or never happened

    def _on_progress(self, done: int, total: int) -> None:
        self.w.progress.setRange(0, total)
        self.w.progress.setValue(done)

    def _on_idle(self) -> None:
        self.w.progress.hide()
        self.w.cancel_button.hide()

    def _on_imported(self, path: str, ids: list[int]) -> None:
        w = self.w
        w.settings.add_recent(path)
        self.fill_recent()
        w.refresh_library()
        w.status(self.tr("{name}: {count} articles").format(name=Path(path).name, count=len(ids)))
        # the list first, the article on a later turn of the event loop: two short pauses, not one
        QTimer.singleShot(NEXT_TURN_MS, lambda: self._show_imported(ids))

    def _show_imported(self, ids: list[int]) -> None:
        if ids:
            self.w.open_article(ids[0])
        self.w.import_finished.emit(ids)

    def _on_failed(self, message: str) -> None:
        self.w.status("")
        self.w.show_error(self.tr("This file cannot be opened"), message)
        self.w.import_failed.emit(message)
