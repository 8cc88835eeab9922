"""Quantities in news text: amounts, percentages, multiples, counts, dates, durations, ordinals.

One regular expression with an alternative per kind scans the text once, left to right.
Chinese numerals also occur inside ordinary words and idioms (统一, 一枝独秀, 千行百业); a match
that starts with one is dropped when a dictionary word crosses its start or runs on past its
end, and a bare 一 with a measure word (一个领军的作用) is the article "a", not a count.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from desktop.core.segment import tokenizer

_AR = r"[0-9０-９]+(?:,[0-9]{3}(?![0-9]))*(?:[.．][0-9０-９]+)?"
_CN = r"[一二两三四五六七八九十〇零][〇零一二两三四五六七八九十百千万亿]*"
_NUM = rf"(?:{_AR}|{_CN})"
_POST = r"(?:多|余|几)"
_MAG = r"(?:万亿|千亿|百亿|亿|千万|百万|万|千)"
_PRE_WORDS = r"超过|接近|将近|不足|不到|大约|高达|逾|(?<!最)近|(?<!大)约|超"


def _number(kind: str) -> str:
    """A qualified number; group names carry the kind, as `re` wants them unique."""
    return (rf"(?P<pre_{kind}>{_PRE_WORDS})?(?P<num_{kind}>{_NUM})(?P<post_{kind}>{_POST})?"
            rf"(?P<mag_{kind}>{_MAG})?(?:多|余)?")


_PRE = rf"(?:{_PRE_WORDS})?"
_CURRENCY = r"(?:元人民币|美元|港元|港币|欧元|日元|英镑|韩元|卢布|澳元|加元|新台币|元)"
_COUNT = (r"(?:个|家|条|人次|人|项|件|只|名|位|座|台|辆|架|艘|次|场|批|款|所|户|套|部|本|篇|起|例|"
          r"种|类|股|张|份|处|栋|枚|颗|支|头|匹|层|级|轮|集|首|幅|根|笔|宗|单|国|省|市|县|城)")
_OTHER_UNIT = (r"(?:万吨|吨|公斤|千克|克|公里|千米|平方公里|平方米|立方米|厘米|毫米|米|亩|公顷|"
               r"千瓦时|千瓦|兆瓦|吉瓦|瓦|度电|升|桶|摄氏度|℃)")
_TIME_UNIT = r"(?:个多月|个月|个星期|星期|周|天|小时|个小时|分钟|秒钟|秒|年)"
_ORD_UNIT = (r"(?:批|届|次|档|期|轮|季度|名|位|个|家|条|项|章|节|部|版|号|阶段|年|天|代|种|类|步|"
             r"场|回|集|季|层|级|大|轮)")
_YEAR = r"(?:1[0-9]{3}|20[0-9]{2}|[一二][〇零一二三四五六七八九]{3})年"
_REL_YEAR = r"(?:今年|去年|明年|前年|当年|同年|上年|次年)"
_MONTH = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月份?"
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]"
_DATE_TAIL = r"(?:底|初|末|中旬|上旬|下旬)?"
_PERIOD = r"(?:[一二三四1-4]季度|第[一二三四1-4]季度|上半年|下半年|前三季度|年底|年初|年末)"

# Every figure starts with one of these: the lookahead lets the scan skip other text quickly.
_FIRST = "0-9第一二两三四五六七八九十〇零百今去明前当同上次超接将不大高逾近约人半"
_PATTERN = re.compile(
    rf"(?=[{_FIRST}])(?:(?P<ordinal>第(?:(?P<ord_ar>{_AR}){_ORD_UNIT}?|(?P<ord_cn>{_CN}){_ORD_UNIT}))"
    rf"|(?P<date>(?:{_YEAR}(?:{_MONTH}(?:{_DAY})?|{_PERIOD})?|{_REL_YEAR}{_MONTH}(?:{_DAY})?"
    rf"|{_MONTH}{_DAY}|(?<![0-9])(?:[1-9]|1[0-2])月(?![0-9])|(?:[0-9]{{2}}|[一二]十一?)世纪(?:[0-9]0|[一二三四五六七八九]十)年代"
    rf"|(?<![0-9])[0-9]0年代|第?[一二三四1-4]季度){_DATE_TAIL})"
    rf"|(?P<pct_words>{_PRE}百分之(?P<pct_num>{_NUM})(?:点(?P<pct_frac>[〇零一二三四五六七八九]+))?)"
    rf"|(?P<money>(?:人民币)?{_number('money')}(?P<currency>{_CURRENCY})(?:人民币)?)"
    rf"|(?P<percent>{_number('percent')}(?P<pct_unit>%|％|个百分点))"
    rf"|(?P<multiple>{_number('multiple')}倍)"
    rf"|(?P<duration>{_number('duration')}(?P<time_unit>{_TIME_UNIT})(?:间|内)?)"
    rf"|(?P<count>{_number('count')}(?P<measure>{_COUNT}))"
    rf"|(?P<other>{_number('other')}(?P<other_unit>{_OTHER_UNIT}))"
    rf"|(?P<tenths>{_PRE}(?P<tenth_num>[一二两三四五六七八九半])成)"
    rf"|(?P<bare>{_number('bare')}))"
)

_FULL_WIDTH = str.maketrans("０１２３４５６７８９．％", "0123456789.%")
_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_MAGNITUDES = {"万亿": 10**12, "千亿": 10**11, "百亿": 10**10, "亿": 10**8,
               "千万": 10**7, "百万": 10**6, "万": 10**4, "千": 10**3}


def find_figures(text: str) -> list[dict]:
    """Every quantity in `text` as {start, end, text, kind, value, unit}, in order."""
    freq = tokenizer().FREQ
    out = []
    # full-width digits match as ASCII ones; the map is one character to one, so offsets hold
    for m in _PATTERN.finditer(text.translate(_FULL_WIDTH)):
        fig = _figure(m, text, freq)
        if fig is not None:
            out.append(fig)
    return out


def _figure(m: re.Match, text: str, freq: dict) -> dict | None:
    kind = m.lastgroup
    start, end = m.span()
    span = text[start:end]  # as printed, full-width digits and all
    if _touches_latin(text, start, end):
        return None
    numbered = kind in ("money", "percent", "multiple", "duration", "count", "other", "bare")
    num, pre, post, mag = (m.group(f"{g}_{kind}") for g in ("num", "pre", "post", "mag")) if numbered \
        else (None, None, None, None)
    starts_cn = span.lstrip("超过接近将不足到大约高达逾近")[:1] in _DIGITS or span[:1] in "十"
    if starts_cn and _inside_word(text, start, end, freq):
        return None
    value: float | None = None
    unit: str | None = None
    if kind == "ordinal":
        value = parse_number(m.group("ord_ar") or m.group("ord_cn"))
    elif kind == "date":
        value = None
    elif kind == "pct_words":
        kind, unit = "percent", "%"
        value = parse_number(m.group("pct_num"))
        if m.group("pct_frac") and value is not None:
            value = float(f"{int(value)}.{''.join(str(_DIGITS[c]) for c in m.group('pct_frac'))}")
    elif kind == "tenths":
        if _followed_by_word(text, end - 1, freq):
            return None  # 成为, 成功: the verb, not a tenth
        n = m.group("tenth_num")
        kind, unit = "percent", "%"
        value = 5.0 if n == "半" else float(_DIGITS[n] * 10)
    else:
        if num == "一" and kind in ("count", "bare") and not (pre or post or mag):
            return None  # 一个领军的作用: the article "a", not a count
        if kind == "bare":
            if _is_cn(num) and not mag:
                return None  # 一是, 三大领域: a numeral word, not a figure
            if re.fullmatch(r"(?:19|20)[0-9]{2}", num) and not (mag or post or pre):
                return {"start": start, "end": end, "text": span, "kind": "date", "value": None, "unit": None}
            kind = "other"
        value = parse_number(num)
        if value is not None and mag:
            value = float(Decimal(repr(value)) * _MAGNITUDES[mag])  # 6.62亿 is 662000000 exactly
        if kind == "money":
            currency = m.group("currency")
            unit = "元" if currency in ("元", "元人民币") else currency
        elif kind == "percent":
            unit = "%" if m.group("pct_unit") in ("%", "％") else "个百分点"
        elif kind == "multiple":
            unit = "倍"
        elif kind == "duration":
            unit = m.group("time_unit").replace("个多", "个")
        elif kind == "count":
            unit = m.group("measure")
        elif kind == "other":
            unit = m.group("other_unit")
    if value is not None and float(value).is_integer() and abs(value) < 2**53:
        value = int(value)
    return {"start": start, "end": end, "text": span, "kind": kind, "value": value, "unit": unit}


def _touches_latin(text: str, start: int, end: int) -> bool:
    """A numeral glued to Latin letters is part of a name or code (5G, A1, GPT-4)."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    return bool(before) and before.isascii() and (before.isalpha() or before in "-_") \
        or bool(after) and after.isascii() and after.isalpha()


def _inside_word(text: str, start: int, end: int, freq: dict) -> bool:
    """Does a dictionary word cover the start of the match from before it, or begin with it and
    run on past its end (统一, 一枝独秀, 三天两头)?"""
    for i in range(max(0, start - 3), start):
        for j in range(start + 1, min(len(text), i + 6) + 1):
            if freq.get(text[i:j]):
                return True
    for j in range(end + 1, min(len(text), start + 6) + 1):  # idioms: four characters or more
        if j - start >= 4 and freq.get(text[start:j]):
            return True
    return False


def _followed_by_word(text: str, pos: int, freq: dict) -> bool:
    return any(freq.get(text[pos:pos + n]) for n in (2, 3) if pos + n <= len(text))


def _is_cn(num: str) -> bool:
    return not any(c.isdigit() for c in num)


def parse_number(num: str) -> float | None:
    """`2.63`, `1,267`, `６５`, `十二`, `二十`, `一百零五`, `三万五千`, `二〇二五` -> a number."""
    num = unicodedata.normalize("NFKC", num).replace(",", "")
    if not num:
        return None
    if re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", num):
        return float(num)
    if all(c in _DIGITS for c in num):
        return float("".join(str(_DIGITS[c]) for c in num))
    total = section = digit = 0
    for c in num:
        if c in _DIGITS:
            digit = _DIGITS[c]
        elif c in _SMALL_UNITS:
            section += (digit or 1) * _SMALL_UNITS[c]
            digit = 0
        elif c == "万":
            total += (section + digit) * 10**4
            section = digit = 0
        elif c == "亿":
            total = (total + section + digit) * 10**8
            section = digit = 0
        else:
            return None
    return float(total + section + digit)

