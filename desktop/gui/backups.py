"""The library's backups in the window: the start-of-day backup (off the UI thread), Back up now,
Restore from backup…, and what the reader is offered when the library file is damaged."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.i18n import tr
from desktop.store import Library, LibraryError
from desktop.store import backup as backups

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow


def describe_age(made: datetime, now: datetime | None = None) -> str:
    """How old a backup is, as a person says it."""
    seconds = max(0, int(backups.age(made, now).total_seconds()))
    if seconds < 90:
        return tr("just now")
    if seconds < 90 * 60:
        return tr("{n} minutes ago").format(n=round(seconds / 60))
    if seconds < 36 * 3600:
        return tr("{n} hours ago").format(n=round(seconds / 3600))
    days = round(seconds / 86400)
    return tr("1 day ago") if days == 1 else tr("{n} days ago").format(n=days)


def describe(backup: backups.Backup, now: datetime | None = None) -> str:
    when = backup.made.strftime("%Y-%m-%d %H:%M")
    text = tr("{when} ({age})").format(when=when, age=describe_age(backup.made, now))
    if backup.tag.startswith("before-v"):
        text += " · " + tr("made before an update of the library")
    return text


def daily_backup(
    parent: QWidget, library: Library, daily: int, weekly: int, on_done, on_error
) -> None:
    """The start-of-day backup, on a low-priority thread: the window never waits for it."""
    if library.read_only or library.damage:
        return
    from desktop.gui.worker import run_in_background

    path = library.path
    run_in_background(
        lambda progress: backups.backup_if_due(path, daily=daily, weekly=weekly),
        parent=parent,
        on_done=on_done,
        on_error=on_error,
        expected=(LibraryError,),
        low_priority=True,
    )


class RestoreDialog(QDialog):
    """The library's backups, newest first; the one chosen replaces the library, which is kept
    aside."""

    def __init__(self, library_path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setObjectName("restoreDialog")
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Backups"))
        for b in backups.backups(library_path):
            item = QListWidgetItem(describe(b))
            item.setData(Qt.ItemDataRole.UserRole, str(b.path))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        folder = backups.folder_of(library_path)
        note = QLabel(
            self.tr(
                "The library file as it is now is kept in {folder}; nothing is deleted."
            ).format(folder=folder),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(self.list.count() > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(self.accept)
        layout = QVBoxLayout(self)
        if not self.list.count():
            layout.addWidget(QLabel(self.tr("There are no backups of this library yet."), self))
        layout.addWidget(self.list)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item else None


def restore_and_reopen(
    library_path: Path, backup: Path, old: Library | None
) -> tuple[Library, Path]:
    """Close `old`, put the backup in place (the current file kept aside), open it again."""
    if old is not None:
        old.close()
    aside = backups.restore(library_path, backup)
    return Library(library_path), aside


def offer_recovery(library_path: Path, problem: str, damaged: Library | None) -> Library | None:
    """At start, a library that is damaged (`damaged`, opened read-only) or cannot be opened at all
    (`damaged` None): offer the newest sound backup, saying how old it is. Returns the library to
    go on with, or None to quit."""
    good = backups.newest_good(library_path)
    box = QMessageBox(QMessageBox.Icon.Warning, "读报 Dubao", tr("The library file is damaged."))
    box.setObjectName("recoveryDialog")
    details = [problem]
    restore = read_only = None
    if good is not None:
        box.setInformativeText(
            tr(
                "The newest sound backup was made {when}. Restore it? The damaged "
                "file is kept aside in the backups folder."
            ).format(when=describe(good))
        )
        restore = box.addButton(tr("&Restore the backup"), QMessageBox.ButtonRole.AcceptRole)
    else:
        box.setInformativeText(tr("No sound backup of it was found."))
    if damaged is not None:
        read_only = box.addButton(tr("Open &read-only"), QMessageBox.ButtonRole.RejectRole)
        details.append(tr("Read-only, nothing more is written into it: you can read and export."))
    box.addButton(tr("&Quit"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDetailedText("\n".join(details))
    box.exec()
    clicked = box.clickedButton()
    if restore is not None and good is not None and clicked is restore:
        try:
            return restore_and_reopen(library_path, good.path, damaged)[0]
        except LibraryError as exc:
            QMessageBox.critical(None, "读报 Dubao", str(exc))
            return None
    if read_only is not None and clicked is read_only:
        return damaged
    if damaged is not None:
        damaged.close()
    return None


class LibraryFile(QObject):
    """The window's library file: Back up now, Restore from backup…, and saying when it takes no
    writes."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.w = window

    def back_up_now(self) -> None:
        """A backup on demand, off the UI thread; the old ones rolled as every day."""
        from desktop.gui.worker import run_in_background

        w = self.w
        path, daily, weekly = w.library.path, w.settings.backup_daily, w.settings.backup_weekly

        def make(progress: object) -> Path:
            made = backups.make_backup(path)
            backups.prune(path, daily=daily, weekly=weekly)
            return made

        w.status(self.tr("Backing up the library…"))
        run_in_background(
            make,
            parent=self,
            expected=(LibraryError,),
            on_error=self.backup_failed,
            on_done=lambda made: w.status(self.tr("Backed up to {path}").format(path=made)),
        )

    def backup_failed(self, message: str) -> None:
        self.w.status(self.tr("No backup was made: {reason}").format(reason=message.split("\n")[0]))

    def restore_dialog(self) -> None:
        w = self.w
        dialog = RestoreDialog(w.library.path, w)
        if not dialog.exec() or (chosen := dialog.chosen()) is None:
            return
        if w.files.imports.busy:
            w.show_error(
                self.tr("The backup was not restored"),
                self.tr("An import is under way; restore when it is done."),
            )
            return
        w.navigation.save_position()
        try:
            library, aside = restore_and_reopen(w.library.path, chosen, w.library)
        except LibraryError as exc:
            w.show_error(self.tr("The backup was not restored"), str(exc))
            library, aside = Library(w.library.path), None
        w.replace_library(library)
        if aside is not None:
            w.status(
                self.tr("Restored {backup}; the file it replaced is kept as {aside}").format(
                    backup=chosen.name, aside=aside
                )
            )

    def why_read_only(self) -> str | None:
        """Why the library takes no writes (None when it does)."""
        library = self.w.library
        if library.damage:
            return self.tr("the library file is damaged")
        return library.read_only
