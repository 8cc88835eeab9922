"""Bytes to text for the encodings Chinese news files come in.

The candidate set is closed (UTF-8, UTF-16/32 with a BOM, GB18030, Big5), so instead of a
general detector (charset-normalizer reads short GB text as cp949) each candidate that
decodes cleanly is scored by how much of its Han text falls in that encoding's table of
common characters; a wrong guess lands in rare or private areas.
"""

from __future__ import annotations

import codecs
import os
import stat
from collections.abc import Iterator
from typing import BinaryIO, NamedTuple

from desktop.core.han import is_han
from desktop.core.paths import shown

MAX_BYTES = 64 * 1024 * 1024  # a news page is kilobytes; anything near this is not one

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_BINARY_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x7fELF", "a program"),
)


class DecodeError(ValueError):
    """The input is not text Dubao can read; the message is one line for a person."""


class Decoded(NamedTuple):
    text: str
    encoding: str


def read_text(path: str | os.PathLike[str]) -> Decoded:
    """Read a file and decode it; DecodeError (one line) for anything that is not text."""
    data = read_file(path)
    try:
        return decode_bytes(data)
    except DecodeError as exc:
        raise DecodeError(f"{shown(path)}: {exc}") from None


def read_file(path: str | os.PathLike[str], limit: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file, at most `limit` of them; DecodeError for anything else.

    The read stops at limit + 1 bytes whatever the size said: a file can grow while it is read."""
    name = shown(path)
    with open_regular(path, limit) as f:
        chunks: list[bytes] = []
        left = limit + 1
        try:
            while left > 0:
                chunk = f.read(min(left, _CHUNK))
                if not chunk:
                    break
                chunks.append(chunk)
                left -= len(chunk)
        except OSError as exc:
            raise DecodeError(f"{name}: cannot be read ({os_reason(exc)})") from None
    if left <= 0:  # its size said less: it grew, or it is a file of the system's (/proc)
        raise DecodeError(f"{name}: is longer than the limit of {_amount(limit)} for a news page")
    return b"".join(chunks)


def open_regular(path: str | os.PathLike[str], limit: int | None = None) -> BinaryIO:
    """A regular file opened for reading (at most `limit` bytes long); DecodeError for the rest.

    A FIFO would block for ever and a device (`/dev/zero`) never ends, so the kind of file
    is checked before it is opened (opening some devices has effects of its own) and again
    on the open descriptor, since the name may have been swapped meanwhile."""
    name = shown(path)
    try:
        _check_regular(os.stat(path), name, limit)
        fd = os.open(path, os.O_RDONLY | _OPEN_FLAGS)
    except FileNotFoundError:
        raise DecodeError(f"{name}: no such file") from None
    except OSError as exc:
        raise DecodeError(f"{name}: cannot be read ({os_reason(exc)})") from None
    except DecodeError:
        raise
    except ValueError:  # a NUL in the name, which no file can have
        raise DecodeError(f"{name}: no such file (the name holds a NUL character)") from None
    try:
        _check_regular(os.fstat(fd), name, limit)
    except BaseException:
        os.close(fd)
        raise
    return os.fdopen(fd, "rb")


_MB = 1024 * 1024
_CHUNK = 4 * _MB
# no blocking on a FIFO swapped in after the check, no terminal taken over, no text mode on Windows
_OPEN_FLAGS = (
    getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


def _check_regular(st: os.stat_result, name: str, limit: int | None) -> None:
    if stat.S_ISDIR(st.st_mode):
        raise DecodeError(f"{name}: is a folder, not a file")
    if not stat.S_ISREG(st.st_mode):
        raise DecodeError(f"{name}: is {_kind(st.st_mode)}, not a regular file")
    if limit is not None and st.st_size > limit:
        raise DecodeError(
            f"{name}: {_amount(st.st_size)} is too large for a news page (limit {_amount(limit)})"
        )


def _amount(size: int) -> str:
    return f"{-(-size // _MB)} MB" if size >= _MB else f"{size} bytes"


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def os_reason(exc: OSError) -> str:
    """The system's words for the error, without the file name it may repeat."""
    return (exc.strerror or type(exc).__name__).lower()


def decode_bytes(data: bytes) -> Decoded:
    """Decode bytes to text with normalised line ends; DecodeError when it is not text."""
    if not data.strip():
        raise DecodeError("the file is empty")
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(name)
            except UnicodeDecodeError:
                raise DecodeError(
                    f"the file starts with a {name} mark but is not {name} text"
                ) from None
            return Decoded(normalise_line_ends(text), "utf-8" if name == "utf-8-sig" else name)
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise DecodeError(f"this is {what}, not a text file")
    if b"\x00" in data:
        raise DecodeError("this is a binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if not _two_byte_letters_only(text) or (gb := _gb_reading(data)) is None:
            return Decoded(normalise_line_ends(text), "utf-8")
        return gb
    best: tuple[float, str, str] | None = None
    for name, score in (("gb18030", _gb_score), ("big5", _big5_score)):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        candidate = (score(text), name, text)
        if best is None or candidate[0] > best[0]:
            best = candidate
    if best is None or best[0] < 0.5 or _control_share(best[2]) > 0.05:
        raise DecodeError("the text is in no encoding Dubao reads (UTF-8, UTF-16, GB18030, Big5)")
    return Decoded(normalise_line_ends(best[2]), best[1])


def _two_byte_letters_only(text: str) -> bool:
    """Valid UTF-8 whose characters beyond ASCII are all of two bytes and scattered over three or
    more scripts' blocks: what GB18030 text can look like read as UTF-8 (使只图小展式 ->
    ʹֻͼСչʽ, Greek, Hebrew, Cyrillic and Armenian at once). Chinese in UTF-8 is three bytes a
    character; Greek, Russian or French text keeps to one script or two. Read without a list
    of the text's characters: for a 20 MB page such a list held 720 MB."""
    if not "\u0080" <= max(text, default="") < "\u0800":  # all ASCII, or one character wider
        return False
    return len({ord(c) >> 7 for c in text if c >= "\u0080"}) >= 3


def _gb_reading(data: bytes) -> Decoded | None:
    """The bytes read as GB18030, if that gives mostly common Chinese characters."""
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return None
    if _gb_score(text) < 0.8 or _control_share(text) > 0.05:
        return None
    return Decoded(normalise_line_ends(text), "gb18030")


def normalise_line_ends(text: str) -> str:
    """One kind of line end (LF), whatever the file used."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _han(text: str) -> Iterator[str]:
    """The text's Han characters, one at a time (a list of them is 76 bytes a character)."""
    return (c for c in text if is_han(c))


def common_share(text: str, encoding: str) -> float:
    """How much of the text's Han is common in `encoding` (gb18030 or big5/big5hkscs): text
    decoded in the wrong one of the two lands in rare or private areas, near 0."""
    return _big5_score(text) if encoding.startswith("big5") else _gb_score(text)


def _gb_score(text: str) -> float:
    """Share of Han characters in GB2312 (level 1 counts full, level 2 half)."""
    total, count = 0.0, 0
    for c in _han(text):
        count += 1
        try:
            lead = c.encode("gb2312")[0]
        except UnicodeEncodeError:
            continue
        total += 1.0 if lead < 0xD8 else 0.5
    if not count:
        return 1.0 if _ascii_like(text) else 0.0
    return total / count


def _big5_score(text: str) -> float:
    """Share of Han characters among Big5's frequently used ones (A440–C67E)."""
    total, count = 0.0, 0
    for c in _han(text):
        count += 1
        try:
            code = int.from_bytes(c.encode("big5"), "big")
        except UnicodeEncodeError:
            continue
        total += 1.0 if 0xA440 <= code <= 0xC67E else 0.5
    return total / count if count else 0.0


def _ascii_like(text: str) -> bool:
    return all(ord(c) < 0x3000 for c in text)


def _control_share(text: str) -> float:
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\n\r\t\f")
    return controls / max(1, len(text))
