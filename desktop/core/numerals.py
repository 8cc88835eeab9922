"""Chinese and Arabic numerals -> exact numbers, by the grammar of written Chinese.

Covers what news prints: 一百零五, 两千六 (= 2600: a last digit after a unit counts in the unit
below it), 三万五, 一亿五千万零六千三百五十五, the financial capitals 壹佰贰拾 and the
traditional 兩 / 萬 / 億, 廿 and 卅, digit-by-digit 二〇二五, decimals 零点零一 / 一百点123,
mixed 10.1万 / 1万600 / 3千万亿, signs 负 and -, and runs of two neighbouring digits (八九亿 =
8–9 亿, 三五百 = 300–500, 二三十 = 20–30) that Chinese uses for an approximate range.

Values are `Decimal`, so that 6.62亿 is 662000000 and not 661999999.9999999.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "壹": 1,
    "二": 2,
    "贰": 2,
    "貳": 2,
    "两": 2,
    "兩": 2,
    "俩": 2,
    "倆": 2,
    "三": 3,
    "叁": 3,
    "參": 3,
    "仨": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "陸": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
TENS = {"廿": 20, "卅": 30, "卌": 40}

# character classes for the scanners' regular expressions
CN_DIGIT = "".join(DIGITS)
CN_UNIT = "".join(SMALL_UNITS) + "".join(BIG_UNITS)
CN_ALL = CN_DIGIT + CN_UNIT + "".join(TENS)
# two neighbouring digits read as "A or B" (三四年, 七八成, 一两个); 三五 is the idiom's one skip
_RUN_PAIRS = {
    ("一", "二"),
    ("一", "两"),
    ("两", "三"),
    ("二", "三"),
    ("三", "四"),
    ("四", "五"),
    ("五", "六"),
    ("六", "七"),
    ("七", "八"),
    ("八", "九"),
    ("三", "五"),
}

_ARABIC = set("0123456789.,，")


_PLAIN = re.compile(r"-?\d+(?:\.\d+)?")


@lru_cache(maxsize=4096)
def parse_number(num: str) -> Decimal | None:
    """A numeral as printed (no unit) -> its value, or None when it is not well formed."""
    if not num:
        return None
    if _PLAIN.fullmatch(num):
        return Decimal(num)  # the common case, quickly
    num = num.replace(" ", "")  # digits a PDF extraction spaced out
    sign = 1
    if num[0] in "负-−－":
        sign, num = -1, num[1:]
    if "点" in num:
        whole, _, frac = num.partition("点")
        if not frac or not all(c.isdigit() or c in DIGITS for c in frac):
            return None
        digits = "".join(c if c.isdigit() else str(DIGITS[c]) for c in frac)
        head = _integer(whole) if whole else None
        if head is None:
            return None
        return sign * (head + Decimal("0." + digits))
    value = _integer(num)
    return None if value is None else sign * value


@lru_cache(maxsize=1024)
def parse_run(num: str) -> tuple[Decimal, Decimal] | None:
    """八九亿 -> (8e8, 9e8), 二三十 -> (20, 30), 十七八 -> (17, 18); None when `num` is no run."""
    for i in range(len(num) - 1):
        if (
            (num[i], num[i + 1]) in _RUN_PAIRS
            and (i == 0 or num[i - 1] in SMALL_UNITS)
            and num[i + 2 : i + 3] not in DIGITS
        ):
            low = parse_number(num[:i] + num[i] + num[i + 2 :])
            high = parse_number(num[:i] + num[i + 1] + num[i + 2 :])
            if low is not None and high is not None and low < high:
                return low, high
            return None
    return None


def is_run(num: str) -> bool:
    """Does the numeral hold two neighbouring digits used as a range (not a digit-by-digit year)?"""
    return parse_run(num) is not None


def leading_place(num: str) -> Decimal | None:
    """The place value of a numeral's first digit when a unit follows it: 九百亿 -> 1e10, 3万 ->
    1e4, 三十万 -> 1e5; None for 15 or 一百五十 (more than one digit before the first unit)."""
    tokens = _tokens(num)
    if (
        not tokens
        or len(tokens) < 2
        or tokens[0][0] not in ("d", "n")
        or tokens[1][0] not in ("u", "b")
    ):
        return None
    if tokens[0][0] == "n" and not _single_digit(tokens[0][1]):
        return None
    place = Decimal(1)
    for kind, value in tokens[1:]:
        if kind not in ("u", "b"):
            return None
        place *= value
    return place


def trailing_magnitude(num: str) -> Decimal:
    """The 万 / 亿 a numeral ends in (三十万 -> 1e4, 九千亿 -> 1e8, 两千万 -> 1e4, 15 -> 1)."""
    mag = Decimal(1)
    for c in reversed(num):
        if c in BIG_UNITS:
            mag *= BIG_UNITS[c]
        else:
            break
    return mag


def has_magnitude(num: str) -> bool:
    return any(c in BIG_UNITS for c in num)


def _single_digit(value: Decimal) -> bool:
    return value == value.to_integral_value() and 0 < value < 10


def _tokens(num: str) -> list[tuple[str, Decimal]] | None:
    """Tokens: ("n", Arabic number), ("d", Chinese digit), ("u", 十百千), ("b", 万亿), ("t", 廿卅),
    ("z", 零)."""
    out: list[tuple[str, Decimal]] = []
    i = 0
    while i < len(num):
        c = num[i]
        if c.isdigit():
            j = i
            while j < len(num) and num[j] in _ARABIC:
                j += 1
            text = num[i:j].rstrip(".,，")
            j = i + len(text)
            try:
                out.append(("n", Decimal(text.replace(",", "").replace("，", ""))))
            except InvalidOperation:
                return None
            i = j
            continue
        if c in ("零", "〇"):
            out.append(("z", Decimal(0)))
        elif c in DIGITS:
            out.append(("d", Decimal(DIGITS[c])))
        elif c in SMALL_UNITS:
            out.append(("u", Decimal(SMALL_UNITS[c])))
        elif c in BIG_UNITS:
            out.append(("b", Decimal(BIG_UNITS[c])))
        elif c in TENS:
            out.append(("t", Decimal(TENS[c])))
        else:
            return None
        i += 1
    return out


def _integer(num: str) -> Decimal | None:
    tokens = _tokens(num)
    if not tokens:
        return None
    if all(k in ("d", "z") for k, _ in tokens):
        # digit by digit: 二〇二五, 一七二零, 一一 (a single 零 is zero too)
        return Decimal("".join(str(int(v)) for _, v in tokens))
    return _value(tokens)


def _value(tokens: list[tuple[str, Decimal]]) -> Decimal | None:
    """Split at the last 亿, then the last 万: 一千一百万一千亿 reads as (一千一百万一千) × 亿."""
    for big in (Decimal(10**8), Decimal(10**4)):
        idx = [i for i, (k, v) in enumerate(tokens) if k == "b" and v == big]
        if not idx:
            continue
        i = idx[-1]
        # 万亿 and 千万亿: the units before the last 亿 multiply it
        left = tokens[:i]
        head = _value(left) if left else Decimal(1)
        if head is None or head == 0:
            return None
        rest = _rest(tokens[i + 1 :], big)
        return None if rest is None else head * big + rest
    return _section(tokens)


def _rest(tokens: list[tuple[str, Decimal]], big: Decimal) -> Decimal | None:
    """What follows a 万 or 亿: 零 then a smaller number, a colloquial last digit (三万五 = 35000),
    or a number below the unit."""
    if not tokens:
        return Decimal(0)
    if tokens[0][0] == "u" and tokens[0][1] > 10:
        return None  # 3500万千瓦 is 3500万 of 千瓦, not 35001000
    if tokens[0][0] == "z":
        rest = _value(tokens[1:]) if len(tokens) > 1 else Decimal(0)
        return rest if rest is not None and rest < big else None
    if len(tokens) == 1 and tokens[0][0] == "d":
        return tokens[0][1] * big / 10
    if len(tokens) == 1 and tokens[0][0] == "n" and _single_digit(tokens[0][1]):
        return tokens[0][1] * big / 10  # 1万5 = 15000
    rest = _value(tokens)
    return rest if rest is not None and rest < big else None


def _section(tokens: list[tuple[str, Decimal]]) -> Decimal | None:
    """A number below 万: digits, 十百千, Arabic parts (1百01), 零 for a skipped place, 廿."""
    total = Decimal(0)
    pending: tuple[str, Decimal] | None = None
    last_unit: Decimal | None = None
    zero = False
    for kind, value in tokens:
        if kind == "z":
            if pending is not None:
                return None
            zero = True
        elif kind in ("d", "n"):
            if pending is not None:
                return None
            pending = (kind, value)
        elif kind == "u":
            if last_unit is not None and value >= last_unit:
                return None
            total += (pending[1] if pending is not None else Decimal(1)) * value
            last_unit, pending, zero = value, None, False
        elif kind == "t":
            if last_unit is not None or pending is not None:
                return None
            total += value
            last_unit = Decimal(10)
        else:
            return None
    if pending is not None:
        kind, value = pending
        if last_unit is not None and last_unit >= 100 and not zero and kind == "d":
            value = value * last_unit / 10  # 两千六 = 2600, 一百二 = 120
        elif last_unit is not None and not zero and value >= last_unit:
            return None
        total += value
    return total
