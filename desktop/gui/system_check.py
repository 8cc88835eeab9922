"""What the reader says when the system lacks what it needs (desktop/system.py finds it): no
display to open a window on, a library Qt's xcb plug-in needs, no font with Chinese characters.
Said in the reader's language, in one line on stderr; the font also in a dialog, and the reader
goes on (the text shows, as boxes, and everything else works)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QWidget

from desktop import system
from desktop.gui.i18n import install_translators, tr
from desktop.gui.settings import Settings


def refuse_without_display(problem: tuple[str, str]) -> int:
    """One line instead of Qt's abort. A QCoreApplication needs no display, so the line is in the
    reader's language too."""
    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    app.setApplicationName("Dubao")
    app.setOrganizationName("dubao")
    install_translators(app, Settings().language)
    kind, detail = problem
    if kind == "library":
        manager = system.package_manager()
        command = system.install_command(system.packages_for([detail], manager), manager)
        line = tr(
            "Qt cannot open a window: the system lacks {library}. Install it: {command}"
        ).format(library=detail, command=command)
    elif kind == "connect":
        line = tr(
            "no X server answers at DISPLAY={display}: start the reader in a desktop session"
        ).format(display=detail)
    else:
        line = tr(
            "no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set): start "
            "the reader in a desktop session; `dubao --screenshot OUT.png` draws it without one"
        )
    print(f"dubao: {line}", file=sys.stderr)
    return 2


def has_chinese_font() -> bool:
    """Whether Qt has a font for Simplified Chinese (its font database is full by then: 0.1 ms)."""
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def no_font_advice() -> str:
    manager = system.package_manager()
    if manager in system.FONT_PACKAGES:
        command = system.install_command([system.font_package(manager)], manager)
        return tr(
            "No font with Chinese characters is installed, so the text shows as boxes. Install "
            "one ({command}) and start Dubao again."
        ).format(command=command)
    return tr(
        "No font with Chinese characters is installed, so the text shows as boxes. Install a "
        "font for Simplified Chinese, such as Noto Sans CJK SC, and start Dubao again."
    )


def warn_no_chinese_font(window: QWidget | None) -> None:
    """The line on stderr (all a --screenshot can show), and a dialog over the window when there
    is one; the reader goes on either way."""
    advice = no_font_advice()
    print(f"dubao: {advice}", file=sys.stderr)
    if window is not None:
        from PySide6.QtWidgets import QMessageBox  # only now: its type costs the start-up a little

        box = QMessageBox(
            QMessageBox.Icon.Warning, "读报 Dubao", advice, QMessageBox.StandardButton.Ok, window
        )
        box.setObjectName("noChineseFont")
        box.open()  # window-modal, not a nested event loop: the start goes on behind it
