"""The one error the library raises, and the one-line reasons it gives."""

from __future__ import annotations

from desktop.core.paths import shown  # one quoting of names for every message

__all__ = ["LibraryError", "reason", "shown"]


class LibraryError(Exception):
    """The library cannot do what was asked; the message is one line for a person."""


def reason(exc: BaseException) -> str:
    """The first line of an exception's message (SQLite's and the system's are one line)."""
    text = str(exc)
    return text.splitlines()[0] if text else type(exc).__name__
