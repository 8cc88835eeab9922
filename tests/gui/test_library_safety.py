"""The library survives the window's file dialogs: the corruption a new user met, with real parts.

Listing the library's folder in Qt's own file dialog used to open `library.db`, `-wal` and `-shm`
(MIME sniffing for icons); closing those descriptors dropped SQLite's POSIX locks, the next import
process took the library for unused and deleted its WAL, and the window's checkpoint at quit left
"database disk image is malformed". Now imports are read in a child process that never opens the
library, and the reader's dialogs never read the files they list."""

import shutil
import sqlite3
import subprocess

import pytest
from PySide6.QtCore import QFileInfo
from PySide6.QtWidgets import QFileDialog

from desktop.gui.file_dialogs import NameOnlyIcons
from desktop.store import Library
from tests.conftest import SAMPLE, SECOND_PAGE
from tests.helpers import make_epub, store_page

HIGHLIGHTS_PER_STEP = 10


def _list_folder(qtbot, folder, plain: bool) -> None:
    """A real, non-native file dialog showing the folder until its listing is done. `plain` is
    Qt's dialog as it comes (it sniffs the files' contents); else the reader's own."""
    if plain:
        dialog = QFileDialog(None, "Open", str(folder))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    else:
        from desktop.gui import file_dialogs

        dialog = file_dialogs.make_dialog(None, "Open", str(folder), "All files (*)")
    with qtbot.waitSignal(_loaded(dialog), timeout=10000):
        dialog.show()
    qtbot.wait(300)  # the icon gatherer thread works on after the listing
    dialog.reject()


def _loaded(dialog):
    from PySide6.QtWidgets import QFileSystemModel

    return dialog.findChild(QFileSystemModel).directoryLoaded


@pytest.mark.parametrize("plain", [True, False], ids=["qt-dialog", "reader-dialog"])
def test_file_dialog_then_imports_then_quit_lose_nothing(qtbot, tmp_path, plain):
    from desktop.gui.main_window import MainWindow
    from desktop.gui.settings import Settings

    folder = tmp_path / "mine"
    folder.mkdir()
    path = folder / "x.db"
    library = Library(path)
    (first, *_) = store_page(library)
    window = MainWindow(library, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    added = [
        library.add_highlight(first, n, n + 2, note=f"before {n}")
        for n in range(HIGHLIGHTS_PER_STEP)
    ]
    _list_folder(qtbot, folder, plain)
    pages = [
        tmp_path / "a.txt",
        tmp_path / "b.html",
        make_epub(tmp_path / "c.epub", [("第一章", ["王馨表示，增长了10倍。"])]),
    ]
    shutil.copy(SECOND_PAGE, pages[0])
    shutil.copy(SAMPLE.parents[1] / "tests" / "data" / "news_page.html", pages[1])
    for page in pages:
        # each import still a child process beside the open library, only not at the lower
        # priority the reader asks for (which locks do not depend on, and which tests/test_cli.py
        # and tests/gui/test_reader.py run): starved by the suite's other processes, a niced
        # child took 7 s alone and up to 37 s in the suite
        with qtbot.waitSignal(window.import_finished, timeout=60000):
            window.open_files([str(page)], background=False)
        added += [
            library.add_highlight(first, n, n + 3, note=f"after {page.name}")
            for n in range(HIGHLIGHTS_PER_STEP)
        ]
    window.close()
    library.close()
    check = (
        subprocess.run(
            ["sqlite3", str(path), "PRAGMA integrity_check"], capture_output=True, text=True
        )
        if shutil.which("sqlite3")
        else None
    )
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert sorted(r[0] for r in conn.execute("SELECT id FROM highlights")) == sorted(added)
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 4
    finally:
        conn.close()
    if check is not None:
        assert check.stdout.strip() == "ok", check.stdout + check.stderr


def test_the_reader_dialog_never_reads_what_it_lists(qapp, tmp_path):
    """Its icons and types come from names alone. A library under a name that says nothing is
    known for what it is only by reading it: Qt's own provider does, the reader's does not."""
    from PySide6.QtWidgets import QFileIconProvider

    Library(tmp_path / "l.db").close()
    unnamed = tmp_path / "notes.unknownext"
    shutil.copy(tmp_path / "l.db", unnamed)
    info = QFileInfo(str(unnamed))
    assert "SQLite" in QFileIconProvider().type(info)  # read from the content
    icons = NameOnlyIcons()
    assert icons.type(info) == "UNKNOWNEXT file"
    assert not icons.icon(info).isNull()
    assert icons.type(QFileInfo(str(tmp_path))) == "Folder"
