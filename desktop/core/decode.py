"""Bytes to text for the encodings Chinese news files come in.

The candidate set is closed (UTF-8, UTF-16/32 with a BOM, GB18030, Big5), so instead of a
general detector (charset-normalizer reads short GB text as cp949) each candidate that
decodes cleanly is scored by how much of its Han text falls in that encoding's table of
common characters; a wrong guess lands in rare or private areas.
"""

from __future__ import annotations

import codecs
import os
from pathlib import Path
from typing import NamedTuple

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


def read_text(path: str | os.PathLike) -> Decoded:
    """Read a file and decode it; DecodeError (one line) for anything that is not text."""
    p = Path(path)
    if not p.exists():
        raise DecodeError(f"{p}: no such file")
    if p.is_dir():
        raise DecodeError(f"{p}: is a folder, not a file")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise DecodeError(f"{p}: {size // (1024 * 1024)} MB is too large for a news page "
                              f"(limit {MAX_BYTES // (1024 * 1024)} MB)")
        data = p.read_bytes()
    except OSError as exc:
        raise DecodeError(f"{p}: cannot be read ({exc.strerror or exc})") from None
    try:
        return decode_bytes(data)
    except DecodeError as exc:
        raise DecodeError(f"{p}: {exc}") from None


def decode_bytes(data: bytes) -> Decoded:
    """Decode bytes to text with normalised line ends; DecodeError when it is not text."""
    if not data.strip():
        raise DecodeError("the file is empty")
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(name)
            except UnicodeDecodeError:
                raise DecodeError(f"the file starts with a {name} mark but is not {name} text") from None
            return Decoded(_normalise(text), "utf-8" if name == "utf-8-sig" else name)
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise DecodeError(f"this is {what}, not a text file")
    if b"\x00" in data:
        raise DecodeError("this is a binary file, not text")
    try:
        return Decoded(_normalise(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError:
        pass
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
    return Decoded(_normalise(best[2]), best[1])


def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _han(text: str) -> list[str]:
    return [c for c in text if "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"]


def _gb_score(text: str) -> float:
    """Share of Han characters in GB2312 (level 1 counts full, level 2 half)."""
    han = _han(text)
    if not han:
        return 1.0 if _ascii_like(text) else 0.0
    total = 0.0
    for c in han:
        try:
            lead = c.encode("gb2312")[0]
        except UnicodeEncodeError:
            continue
        total += 1.0 if lead < 0xD8 else 0.5
    return total / len(han)


def _big5_score(text: str) -> float:
    """Share of Han characters among Big5's frequently used ones (A440–C67E)."""
    han = _han(text)
    if not han:
        return 0.0
    total = 0.0
    for c in han:
        try:
            code = int.from_bytes(c.encode("big5"), "big")
        except UnicodeEncodeError:
            continue
        total += 1.0 if 0xA440 <= code <= 0xC67E else 0.5
    return total / len(han)


def _ascii_like(text: str) -> bool:
    return all(ord(c) < 0x3000 for c in text)


def _control_share(text: str) -> float:
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\n\r\t\f")
    return controls / max(1, len(text))
