"""Every file dialog of the reader, made in one place so that none reads the files it lists.

Qt's file dialog asks the MIME database for each file's icon and type, and the MIME database
opens a file to sniff it when its name does not settle the type (`library.db`, its `-wal` and
`-shm`). Closing that descriptor drops every POSIX lock the process holds on the file, SQLite's
included, and another process then takes the library for unused and deletes its WAL under the
window: a malformed database. Here icons and types come from names alone. (Imports never run
in this process anyway: see desktop/store/documents.py.) Windows locks are not dropped that
way, so the system's own dialog is used there.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget

_Kind = QAbstractFileIconProvider.IconType


class NameOnlyIcons(QFileIconProvider):
    """Icons and type names from a file's name and kind, never from its content."""

    def icon(self, what: QFileInfo | _Kind) -> QIcon:
        if isinstance(what, QFileInfo):
            return super().icon(_Kind.Folder if what.isDir() else _Kind.File)
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QCoreApplication.translate("FileDialogs", "Folder")
        if suffix := info.suffix():
            return QCoreApplication.translate("FileDialogs", "{suffix} file").format(
                suffix=suffix.upper()
            )
        return QCoreApplication.translate("FileDialogs", "File")


_ICONS: NameOnlyIcons | None = None


def make_dialog(parent: QWidget | None, title: str, folder: str, filters: str) -> QFileDialog:
    """The dialog every open and save goes through (tests use it as the reader does)."""
    global _ICONS
    dialog = QFileDialog(parent, title, folder, filters)
    # Qt 6.11 labels these two "&Look in:" and "Files of &type:", which Qt's own Chinese
    # translation does not have yet: the dialog stayed half English in the 中文 interface
    dialog.setLabelText(
        QFileDialog.DialogLabel.LookIn, QCoreApplication.translate("FileDialogs", "&Look in:")
    )
    dialog.setLabelText(
        QFileDialog.DialogLabel.FileType,
        QCoreApplication.translate("FileDialogs", "Files of &type:"),
    )
    if sys.platform != "win32":
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        _ICONS = _ICONS or NameOnlyIcons()
        dialog.setIconProvider(_ICONS)
    return dialog


def open_file_names(
    parent: QWidget | None, title: str, filters: str, folder: str = ""
) -> list[str]:
    dialog = make_dialog(parent, title, folder, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    return dialog.selectedFiles() if dialog.exec() else []


def save_file_name(
    parent: QWidget | None, title: str, name: str, filters: str, *, confirm_overwrite: bool = True
) -> str:
    """A file to write; asks before replacing one unless `confirm_overwrite` is off (the
    library file, which is opened, not replaced)."""
    dialog = make_dialog(parent, title, name, filters)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, not confirm_overwrite)
    if not dialog.exec():
        return ""
    files = dialog.selectedFiles()
    return files[0] if files else ""
