"""File names as they appear in messages to a person.

A file name may hold anything but `/` and NUL: a newline would split a one-line error in two,
a right-to-left mark would turn `gpj.txt` into `txt.jpg` on screen, bytes that are not UTF-8
would print as `?`. Such a name is quoted and its invisible characters escaped, the way
`ls` and coreutils' messages do; an ordinary name (Chinese included) is shown as it is.
"""

from __future__ import annotations

import os

_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def shown(path: str | bytes | os.PathLike[str] | os.PathLike[bytes]) -> str:
    """The name for a message: as it is when every character is visible, else quoted.

    Quoted names escape control, format and separator characters (`\\n`, `\\u202e`, `\\xa0`)
    and show a byte that is not valid in the file system's encoding as `\\xNN`."""
    name = os.fsdecode(path)
    if name and name.isprintable() and name == name.strip() and not name.startswith("'"):
        return name
    return "'" + escaped(name, quote="'") + "'"


def escaped(text: str, quote: str = "") -> str:
    """Text for a one-line message with its invisible characters escaped (for what a file
    holds or an error says: a member name inside a book, an exception's words)."""
    return "".join(_escaped(c, quote) for c in text)


def _escaped(char: str, quote: str) -> str:
    if quote and char in (quote, "\\"):
        return "\\" + char
    if char in _ESCAPES:
        return _ESCAPES[char]
    if char.isprintable():
        return char
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte os.fsdecode could not decode (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    if code < 0x80:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"
