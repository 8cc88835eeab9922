"""Simplified -> traditional characters for display, through OpenCC (the `opencc` wheel).

OpenCC converts by phrase (头发 -> 頭髮, 发展 -> 發展), so it is right where a character-by-
character table is wrong; the reader keeps every offset of the simplified text, so a
conversion that changes the length of a text is redone token by token, and a token whose
length changes is converted character by character."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import opencc

_lock = threading.Lock()
_converter: opencc.OpenCC | None = None


def _opencc() -> opencc.OpenCC:
    global _converter
    with _lock:
        if _converter is None:
            import opencc

            _converter = opencc.OpenCC("s2t.json")
        return _converter


def to_traditional(text: str, spans: Sequence[tuple[int, int]] = ()) -> str:
    """`text` in traditional characters, exactly as long as `text`."""
    cc = _opencc()
    try:
        whole: str = cc.convert(text)
    except (
        UnicodeEncodeError
    ):  # a lone surrogate: OpenCC takes UTF-8 only; go character by character
        return _by_character(cc, text)
    if len(whole) == len(text):
        return whole
    parts = []
    pos = 0
    for start, end in sorted(spans) or [(0, len(text))]:
        if start > pos:
            parts.append(_by_character(cc, text[pos:start]))
        chunk: str = cc.convert(text[start:end])
        parts.append(chunk if len(chunk) == end - start else _by_character(cc, text[start:end]))
        pos = end
    if pos < len(text):
        parts.append(_by_character(cc, text[pos:]))
    return "".join(parts)


def _by_character(cc: opencc.OpenCC, text: str) -> str:
    out = []
    for ch in text:
        converted: str = cc.convert(ch) if not "\ud800" <= ch <= "\udfff" else ch
        out.append(converted if len(converted) == 1 else ch)
    return "".join(out)
