"""Starting the reader: the QApplication, the library, the window; and `--screenshot`."""

from __future__ import annotations

import os
import sys
from contextlib import ExitStack, contextmanager
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication

from desktop.core import dictionary
from desktop.gui import startup_measures
from desktop.gui.i18n import install_translators
from desktop.gui.settings import Settings
from desktop.gui.system_check import has_chinese_font, refuse_without_display, warn_no_chinese_font
from desktop.resources import SEEDS
from desktop.store import Library, LibraryError, default_library_path
from desktop.system import display_problem

SCREENSHOT_SIZE = (1400, 900)


def make_app(argv: list[str] | None = None) -> QApplication:
    startup_measures.no_gui_thread_pool()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or [sys.argv[0]])
    app.setApplicationName("Dubao")
    app.setOrganizationName("dubao")
    app.setDesktopFileName("dubao")  # Wayland matches the window to resources/dubao.desktop by it
    # no application display name: X11 and Windows append it to every window title that does not
    # end with it, which made "读报 Dubao — <article> — 读报 Dubao"
    return app


def _open_or_recover(path: Path, *, interactive: bool) -> Library | None:
    """The library, or — when it is damaged — what the reader chooses: the newest sound backup,
    the damaged file read-only, or quitting. None to quit (the reason is already shown)."""
    library: Library | None  # declared: the `else` below then knows it is the one opened
    try:
        library = Library(path)
    except LibraryError as exc:
        from desktop.store import backup as backups

        problem, library = str(exc), None
        # a first page overwritten reads as "not an SQLite database": a library if it had backups
        damaged = "damaged" in problem or (
            "not an SQLite database" in problem and bool(backups.backups(path))
        )
    else:
        if not library.damage:
            return library
        problem, damaged = f"{path}: {library.damage}", True
    if not interactive:
        print(f"dubao: {problem}", file=sys.stderr)
        if library is not None:
            library.close()
        return None
    if damaged:
        from desktop.gui.backups import offer_recovery

        return offer_recovery(path, problem, library)
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, "读报 Dubao", problem)
    return None


def run(
    files: list[str],
    *,
    library_path: str | None = None,
    pinyin: str | None = None,
    theme: str | None = None,
    screenshot: str | None = None,
    hover: str | None = None,
) -> int:
    if QApplication.instance() is None and (problem := display_problem()) is not None:
        if not screenshot:  # one line, not Qt's abort
            return refuse_without_display(problem)
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a picture needs no display
    app = make_app()
    settings = Settings()
    with ExitStack() as cleanup:
        if screenshot:  # --pinyin/--theme for one picture must not change the reader's own settings
            settings = cleanup.enter_context(_scratch_settings(settings))
        install_translators(app, settings.language)
        if pinyin:
            settings.pinyin_mode = pinyin
        if theme:
            settings.theme = theme
        library = _open_or_recover(
            Path(library_path or settings.library_path or default_library_path()),
            interactive=not screenshot,
        )
        if library is None:
            return 2
        from desktop.gui.main_window import MainWindow

        window = MainWindow(library, settings)
        chinese_font = has_chinese_font()
        if screenshot:
            if not chinese_font:
                warn_no_chinese_font(None)
            return _screenshot(app, window, library, files, screenshot, hover)
        window.show()
        if not chinese_font:
            warn_no_chinese_font(window)
        windows = [window]

        def rebuild() -> None:
            """A new language: the same window again, translated, at the same place."""
            old = windows.pop()
            old.close()  # keeps geometry, docks and the reading position
            install_translators(app, settings.language)
            new = MainWindow(library, settings)
            new.language_changed.connect(rebuild)
            new.show()
            if settings.last_article:
                new.open_article(settings.last_article)
            windows.append(new)
            old.deleteLater()

        window.language_changed.connect(rebuild)
        if files:
            window.open_files(files)
        elif not library.articles() and SEEDS.is_dir():
            # the first start shows the sample page, read at the usual priority: nothing else to do
            window.open_files([str(SEEDS)], background=False)
        elif ids := [a["id"] for a in library.articles()]:
            window.open_article(settings.last_article if settings.last_article in ids else ids[0])
        startup_measures.settle()
        code = app.exec()
        from desktop.gui.worker import finish_background

        finish_background()
        library.close()
        return code


@contextmanager
def _scratch_settings(settings: Settings):
    """A copy of the settings in a temporary folder, removed afterwards (each --screenshot left
    one behind before)."""
    import shutil
    import tempfile

    settings.sync()
    with tempfile.TemporaryDirectory(prefix="dubao-screenshot-") as folder:
        copy = Path(folder) / "settings.ini"
        source = Path(settings.qsettings.fileName())
        if source.is_file():
            shutil.copyfile(source, copy)
        scratch = Settings(copy)
        try:
            yield scratch
        finally:
            scratch.sync()  # written now, while its folder exists, and not again at exit


def _screenshot(
    app, window, library: Library, files: list[str], out: str, hover: str | None
) -> int:
    window.keeps_place = False
    window.resize(*SCREENSHOT_SIZE)
    from desktop.core.decode import DecodeError
    from desktop.core.sources import expand_paths

    try:
        ids = []
        for f in expand_paths(files):  # folders as the window opens them
            ids.extend(library.import_file(f))
    except (LibraryError, DecodeError) as exc:
        print(f"dubao: {exc}", file=sys.stderr)
        return 2
    if not set(ids) <= set(window.library_panel.article_ids()):  # new articles: list them
        window.refresh_library()
    listed = window.library_panel.article_ids()
    target = ids[0] if ids else window.settings.last_article
    if target not in listed:
        target = listed[0] if listed else None
    if target:
        window.open_article(target)
    window.show()
    for _ in range(3):
        app.processEvents()
    startup_measures.settle()
    if hover and window.article:
        dictionary.load()
        at = window.article["text"].find(hover)
        token = window.article["tokens"].index_at(at) if at >= 0 else -1
        if at >= 0 and token >= 0:
            window.view.set_cursor(token)
            app.processEvents()
    ok = window_picture(window).save(out)
    window.close()
    library.close()
    if not ok:
        print(f"dubao: cannot write the picture to {out}", file=sys.stderr)
        return 2
    return 0


def window_picture(window):
    """The window as drawn (a QPixmap), with the word popup (a window of its own) where it stands.
    A pixmap, not a QImage: converting the 1400×900 picture copied it for nothing."""
    picture = window.grab()
    popup = window.view.popup
    if popup.isVisible():
        painter = QPainter(picture)
        painter.drawPixmap(window.mapFromGlobal(popup.mapToGlobal(QPoint(0, 0))), popup.grab())
        painter.end()
    return picture
