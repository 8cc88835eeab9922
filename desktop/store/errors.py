"""The one error the library raises, and the one-line reasons it gives."""

from __future__ import annotations


class LibraryError(Exception):
    """The library cannot do what was asked; the message is one line for a person."""


def reason(exc: BaseException) -> str:
    """The first line of an exception's message (SQLite's and the system's are one line)."""
    text = str(exc)
    return text.splitlines()[0] if text else type(exc).__name__


def shown(path: object) -> str:
    """A path as messages show it: one line whatever its name holds (a newline, a tab)."""
    text = str(path)
    if text.isprintable():
        return text
    return repr(text)[1:-1]
