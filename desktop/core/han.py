"""What a Han character is, in one place, with the ranges each caller needs named.

Unicode's CJK Unified Ideographs: the basic block holds every character of modern news text;
Extension A (rare and old characters) still sits in the Basic Multilingual Plane, where jieba's
and the rules' regex classes work; Extensions B and beyond are supplementary characters, which
only the pinyin tables know. The Yijing hexagram symbols between A and the basic block
(U+4DC0-4DFF) are not Han characters, which is why the ranges are listed and not spanned.
"""

from __future__ import annotations

BASIC = ("\u4e00", "\u9fff")  # CJK Unified Ideographs
EXTENSION_A = ("\u3400", "\u4dbf")
SUPPLEMENTARY = ("\U00020000", "\U0003134f")  # Extensions B to H

# for a regex character class: the Han characters of the Basic Multilingual Plane
CLASS = f"{EXTENSION_A[0]}-{EXTENSION_A[1]}{BASIC[0]}-{BASIC[1]}"


def is_han(c: str) -> bool:
    """A Han character of the Basic Multilingual Plane (what news text and the rules use)."""
    return BASIC[0] <= c <= BASIC[1] or EXTENSION_A[0] <= c <= EXTENSION_A[1]


def is_any_han(c: str) -> bool:
    """Any Han character, supplementary ones too (what a reading can be looked up for)."""
    return is_han(c) or SUPPLEMENTARY[0] <= c <= SUPPLEMENTARY[1]


def han_count(text: str) -> int:
    """How many of `text`'s characters are Han characters."""
    return sum(1 for c in text if is_han(c))
