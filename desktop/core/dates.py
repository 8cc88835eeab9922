"""Dates as Chinese news writes them, and the article's own date.

`DATE` is the date grammar (a regular expression's source, no groups of its own) that the figure
scan embeds: years (2024年, 二〇二四年, 98年 before a month), months and days (3月5日, 三月五号,
10月22), periods (一季度, 上半年, 前三季度, 11月底, 九月下旬), weeks of a month (2月份第二周),
centuries and decades (上世纪80年代), numeric forms (2024-03-05, 2019/04/19, 20240307) and
ranges inside one date (1-9月, 4月12-19日, 5、6月份).

`iso(text, base)` reads a date the scan found: "2024", "2024-03", "2024-03-05", "2024-Q1",
"2024-H1", or None; a date without its year (6日, 3月, 一季度) or relative to the article
(去年8月底) is resolved against `base`, the article's own date, when there is one.

`article_date(text)` finds that date in what a page prints around an article: a web page's
date line (`2024年03月05日 10:20 来源：…`, `发布时间：2024-03-05`), a byline or dateline with the
year (`2024年3月5日电`).
"""

from __future__ import annotations

import datetime as dt
import re

from desktop.core import han
from desktop.core.numerals import CN_DIGIT, DIGITS, parse_number

_D = "0-9"
_CD = "〇零一二三四五六七八九"  # the digits a year is written with, digit by digit
# a year: four digits (1500-2099), four Chinese digits, or two of either (98年, 九七年)
Y4 = r"(?:1[5-9]\d\d|20\d\d)"
YEAR_FULL = rf"(?:(?<![{_D}.]){Y4}|[一二][{_CD}]{{3}})"
YEAR_SHORT = rf"(?:(?<![{_D}.])\d\d|(?<![{CN_DIGIT}十百千万亿])[{_CD}]{{2}})"
YEAR_CN2 = (
    rf"(?<![{CN_DIGIT}十百千万亿第])[{_CD}]{{2}}"  # 九七年, 三三年: a year said digit by digit
)
REL_YEAR = r"(?:今年|去年|明年|前年|后年|上年|本年|当年|同年|次年|翌年|上一年|下一年)"
MONTH_NUM = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
MONTH = rf"(?<![{_D}.]){MONTH_NUM} ?月(?!份额)份?"
DAY_NUM = (
    r"(?:3[01]|[12]\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?"
    r"|廿[一二三四五六七八九]?|卅一?|[一二三四五六七八九])"
)
DAY = rf"{DAY_NUM} ?(?:日(?![元本])|号)"
# a day after its month with no 日 (10月22, 四月十三): not a count's number (3月5家)
DAY_BARE = (
    rf"(?:(?:3[01]|[12]\d|0?[1-9])(?![{_D}.%％多余几万亿千百月]|\s?[a-zA-Z])"
    rf"|(?:[二三]?十[一二三四五六七八九]|[一二三四五六七八九])(?![{CN_DIGIT}十百千万亿个月]))"
)
SEP = r"(?:\s?(?:-|~|～|—{1,2}|－|–|至|到)\s?)"
MONTH_TAIL = r"(?:月?(?:底|初|末|中下旬|上中旬|中旬|上旬|下旬)|中)"
# the nth week of a month or year: 第二周, 第3个星期日, 第一个周二, 第一个礼拜
WEEK = (
    rf"的?第(?:\d{{1,2}}|[{CN_DIGIT}十]{{1,3}})(?:个)?(?:周[一二三四五六日天]?|星期[一二三四五六日天]?"
    rf"|礼拜[一二三四五六日天]?)"
)
QUARTER = (
    r"(?:(?:第|首)?[一二三四1-4](?:(?:、|和|至|到|-|—|～|~)[一二三四1-4])?季度|首季度|前[一二三]季度"
    r"|前[两二三]个季度|Q[1-4](?:季度)?)"
    r"(?:末|初|末期)?"
)
HALF = r"(?:上半年|下半年|上半季|下半季)"
YEAR_PART = rf"(?:{QUARTER}|{HALF}|年?(?:底|初|末|中(?![{han.CLASS}]))|伊始|{WEEK})"
# months of a stated year: 2022年前十一个月, 1967年前两月, 2005年首月 (今年前4个月 stays 4个月)
MONTHS_OF_YEAR = (
    rf"(?:首月|第\d{{1,2}}个月|前(?:\d{{1,2}}|[{CN_DIGIT}十]{{1,3}})个?月"
    rf"|后(?:\d{{1,2}}|[{CN_DIGIT}十]{{1,3}})个?月)"
)
MONTH_PART = rf"(?: ?{DAY}|{DAY_NUM}{SEP}{DAY}|{MONTH_TAIL}|{WEEK}|前\d{{1,2}}天|{DAY_BARE})"
CENTURY = (
    r"(?:(?:上|本|下)?世纪|(?:\d{1,2}|[二]?十[一二三四五六七八九]?|[一二三四五六七八九])世纪)"
    r"(?:初|末|中叶|上半叶|下半叶)?(?:(?:\d0|[一二三四五六七八九]十)年代(?:初期|中期|末期|前期|后期|初|末)?)?"
)
DECADE = rf"(?<![{_D}])(?:[1-9]0|[一二三四五六七八九]十)年代(?:初期|中期|末期|前期|后期|初|末)?"
NUMERIC = (
    rf"(?<![{_D}.]){Y4}(?:(?P<dsep>[-/.])(?:1[0-2]|0?[1-9])(?P=dsep)(?:3[01]|[12]\d|0?[1-9])"
    rf"(?=\d\d:\d\d)"
    rf"|(?P<dsep2>[-/.])(?:1[0-2]|0?[1-9])(?P=dsep2)(?:3[01]|[12]\d|0?[1-9])(?!\d)"
    rf"|\.(?:0[1-9]|1[0-2])-(?:3[01]|[12]\d|0[1-9])(?![{_D}])"
    rf"|(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?![{_D}])"
    rf"| (?:0[1-9]|1[0-2]) (?:0[1-9]|[12]\d|3[01])(?![{_D}])"
    rf"|\.(?:0[1-9]|1[0-2])(?:{SEP}{Y4}(?:\.(?:0[1-9]|1[0-2]))?)(?![{_D}]))"
    rf"|(?<![{_D}.\-/])(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![{_D}月日号\-/.])"
    rf"|(?<![{_D}.])(?:1[0-2]|[1-9])[·•](?:3[01]|[12]\d|[1-9])(?![{_D}])"
    rf"|(?<![{_D}.])(?P<md_month>1[0-2]|[1-9])\.(?:3[01]|[12]\d|[1-9]){SEP}(?P=md_month)\.(?:3[01]|[12]\d|[1-9])"
    rf"(?![{_D}.%％万亿倍]|\s?[{han.CLASS}]{{0,2}}[元%倍])"
    rf"|(?<![{_D}./])(?:1[0-2]|[1-9])/(?:3[01]|[12]\d|[1-9])[号日]"
)
DATE = (
    rf"(?:{NUMERIC}"
    rf"|(?:{YEAR_FULL} ?年|{YEAR_SHORT}年(?=[{_D}{CN_DIGIT}十第首前后上下底初末Q])"
    rf"|{YEAR_CN2}年(?![多余来间内期半级度]))"
    rf"(?: ?(?:{MONTH_NUM}{SEP}{MONTH_NUM} ?月份?|{MONTH}(?:{MONTH_PART})?)"
    rf"|{YEAR_PART}|{MONTHS_OF_YEAR})?"
    rf"|{REL_YEAR}(?=[{_D}{CN_DIGIT}十第首上下底初末Q])"
    rf"(?:{MONTH_NUM}{SEP}{MONTH_NUM}月份?|{MONTH}(?:{MONTH_PART})?|{YEAR_PART})"
    rf"|{MONTH_NUM}(?:{SEP}|、){MONTH_NUM} ?月份?"
    rf"|{MONTH}(?:{MONTH_PART})?"
    rf"|{DAY}|{QUARTER}|{HALF}|{CENTURY}|{DECADE})"
)

_YEAR_OFFSETS = {
    "今年": 0,
    "本年": 0,
    "去年": -1,
    "上年": -1,
    "上一年": -1,
    "前年": -2,
    "明年": 1,
    "下一年": 1,
    "后年": 2,
}
_FIND_YEAR = re.compile(
    rf"({Y4}|\d\d|[{_CD}]{{2,4}})年|(今年|本年|去年|上一年|上年|前年|明年|下一年|后年)"
)
_FIND_MONTH = re.compile(rf"(?:^|[年份])?({MONTH_NUM})月")
_FIND_DAY = re.compile(rf"({DAY_NUM})(?:日|号)?$")
_NUMERIC_YMD = re.compile(
    rf"({Y4})[-/. ](\d{{1,2}})[-/. ](\d{{1,2}})$|({Y4})\.(\d\d)-(\d\d)$|({Y4})(\d\d)(\d\d)$"
)
_MONTH_RANGE = re.compile(
    rf"(?:.+年)?({MONTH_NUM})(?:-|~|～|—{{1,2}}|－|–|至|到)({MONTH_NUM})月份?"
)
_QUARTER_NUM = re.compile(r"(?:第|首)?([一二三四1-4])季度|Q([1-4])|(首)季度")


def two_digit_year(yy: int, base: dt.date | None) -> int:
    """98年 -> 1998, 15年 -> 2015: the latest such year not after the article's year (or this
    year) plus one."""
    pivot = (base or dt.date.today()).year + 1
    year = pivot - (pivot - yy) % 100
    return year


def iso(text: str, base: dt.date | None = None) -> str | None:
    """The ISO form of one date the scan found (see the module's docstring), or None."""
    m = _NUMERIC_YMD.match(text.strip())
    text = text.replace(" ", "")
    if m:
        y, mo, d = (
            int(g)
            for g in (
                m.group(1, 2, 3)
                if m.group(1)
                else m.group(4, 5, 6)
                if m.group(4)
                else m.group(7, 8, 9)
            )
        )
        return _day(y, mo, d)
    if re.fullmatch(rf"{Y4}", text):
        return text
    months = _MONTH_RANGE.fullmatch(text)
    if months:
        # 2018年1-6月, 1至3月份: the months as an ISO interval
        year = _year(text, base)
        first, last = _small(months.group(1)), _small(months.group(2))
        if first and last and first < last <= 12:
            if year is None and base is not None:
                year = _nearest_year(base, last, 15)
            if year is not None:
                return f"{year:04d}-{first:02d}/{year:04d}-{last:02d}"
        return None
    if re.search(
        r"世纪|年代|第.{1,3}个?月|前.{1,3}个?月|后.{1,3}个?月|首月|前.季度|前.个季度|[-~～—－–至到、]",
        text,
    ):
        return None  # spans of several months or years: no single ISO value
    year = _year(text, base)
    month_m = _FIND_MONTH.search(text.split("年")[-1])
    if month_m and "季度" not in text:
        month = _small(month_m.group(1))
        if month is None or not 1 <= month <= 12:
            return None
        rest = text[month_m.end() + (len(text) - len(text.split("年")[-1])) :]
        day_m = (
            _FIND_DAY.match(rest) if rest and not re.search(r"[底初末旬中周期拜]", rest) else None
        )
        day = _small(day_m.group(1)) if day_m else None
        if year is None:
            if base is None:
                return None
            year = _nearest_year(base, month, day or 15)
        if day is not None:
            return _day(year, month, day)
        return f"{year:04d}-{month:02d}"
    q = _QUARTER_NUM.search(text)
    if q:
        quarter = 1 if q.group(3) else int(_small(q.group(1) or q.group(2)) or 0)
        if year is None:
            if base is None:
                return None
            year = _nearest_year(base, quarter * 3 - 1, 15)
        return f"{year:04d}-Q{quarter}"
    if "半年" in text or "半季" in text:
        half = 1 if "上半" in text else 2
        if year is None:
            if base is None:
                return None
            year = _nearest_year(base, 3 if half == 1 else 9, 30)
        return f"{year:04d}-H{half}"
    day_only = _FIND_DAY.match(text)
    if day_only and not re.search("年", text):
        if base is None:
            return None
        day = _small(day_only.group(1))
        if day is None:
            return None
        y, mo = _nearest_month(base, day)
        return _day(y, mo, day)
    return f"{year:04d}" if year is not None else None


def _year(text: str, base: dt.date | None) -> int | None:
    m = _FIND_YEAR.search(text)
    if not m:
        return None
    if m.group(2):
        return base.year + _YEAR_OFFSETS[m.group(2)] if base else None
    digits = m.group(1)
    value = int("".join(str(DIGITS[c]) if c in DIGITS else c for c in digits))
    if len(digits) == 2:
        return two_digit_year(value, base)
    return value


def _small(num: str) -> int | None:
    value = parse_number(num)
    return int(value) if value is not None and value == int(value) else None


def _day(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _nearest_year(base: dt.date, month: int, day: int) -> int:
    """The year that puts month/day nearest the article's date (a January article's 12月 is last
    December); a tie goes to the past, which news reports more often."""
    best = None
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            when = dt.date(year, month, min(day, 28))
        except ValueError:
            continue
        key = (abs((when - base).days), when > base)
        if best is None or key < best[0]:
            best = (key, year)
    return best[1] if best else base.year


def _nearest_month(base: dt.date, day: int) -> tuple[int, int]:
    """The month (of the article's, the one before or the one after) whose `day` is nearest."""
    best = None
    for shift in (-1, 0, 1):
        month = (base.month - 1 + shift) % 12 + 1
        year = base.year + (base.month - 1 + shift) // 12
        try:
            when = dt.date(year, month, day)
        except ValueError:
            continue
        key = (abs((when - base).days), when > base)
        if best is None or key < best[0]:
            best = (key, (year, month))
    return best[1] if best else (base.year, base.month)


# ---------------------------------------------------------------------- the article's own date
_FULL_DATE = re.compile(
    rf"(?<![{_D}])({Y4})\s*(?:年\s*(\d{{1,2}})\s*月\s*(\d{{1,2}})\s*日"
    rf"|[-/.](\d{{1,2}})[-/.](\d{{1,2}})(?![{_D}]))"
)
_CN_FULL_DATE = re.compile(
    rf"([一二][{_CD}]{{3}})年([{CN_DIGIT}十]{{1,2}})月([{CN_DIGIT}十]{{1,3}})日"
)
# a line that says when the article was published: a web page's date line, a byline, a dateline
_DATE_LINE_WORDS = re.compile(
    r"来源|发布|时间|日期|编辑|作者|记者|星期|周[一二三四五六日]|电|讯|更新|\d{1,2}:\d\d"
)


# a labelled or timed date anywhere near the top, even where a page's lines were run together:
# 时间：2024-10-25 11:25, 发布日期：2024年3月5日, 2024-03-05 10:20 来源
_LABELLED = re.compile(
    rf"(?:(?:发布|发表|更新|出版|刊发)?(?:时间|日期)\s*[:：]\s*|(?<![{_D}]))({Y4})\s*(?:年\s*(\d{{1,2}})\s*月"
    rf"\s*(\d{{1,2}})\s*日|[-/.](\d{{1,2}})[-/.](\d{{1,2}}))(?=\s*\d{{1,2}}:\d\d|\s*(?:来源|作者|编辑|星期))"
)


_LABEL = re.compile(r"(?:时间|日期)\s*[:：]\s*")


def article_date(text: str) -> dt.date | None:
    """The date an article was published, from a date line near its top (or its last lines, where
    some pages print it): the first full date (with its year) on a line that is a date line —
    short, or naming the source, time, byline or dateline — or labelled or followed by a time of
    day near the top. None when the page gives none."""
    head = text[:400]
    for m in _LABELLED.finditer(head):
        found = _ymd(m)
        if found:
            return found
    for m in _LABEL.finditer(head):
        found = next((_ymd(d) for d in _FULL_DATE.finditer(head, m.end(), m.end() + 16)), None)
        if found:
            return found
    lines = [
        line.strip().strip("（）()【】[]")
        for line in text[:2000].splitlines()[:8] + text[-600:].splitlines()[-3:]
        if line.strip()
    ]
    for line in lines[:6] + lines[-3:]:
        if len(line) > 60 and not _DATE_LINE_WORDS.search(line[:40]):
            continue
        for m in _FULL_DATE.finditer(line[:80]):
            year = int(m.group(1))
            month, day = (
                (int(m.group(2)), int(m.group(3)))
                if m.group(2)
                else (int(m.group(4)), int(m.group(5)))
            )
            if _is_date_line(line, m):
                try:
                    return dt.date(year, month, day)
                except ValueError:
                    continue
        cn = _CN_FULL_DATE.search(line[:80])
        if cn and _is_date_line(line, cn):
            cn_year, cn_month, cn_day = (
                int(parse_number(cn.group(1)) or 0),
                _small(cn.group(2)),
                _small(cn.group(3)),
            )
            if cn_month and cn_day:
                try:
                    return dt.date(cn_year, cn_month, cn_day)
                except ValueError:
                    continue
    return None


def _ymd(m: re.Match[str]) -> dt.date | None:
    year = int(m.group(1))
    month, day = (m.group(2), m.group(3)) if m.group(2) else (m.group(4), m.group(5))
    try:
        return dt.date(year, int(month), int(day))
    except (TypeError, ValueError):
        return None


def _is_date_line(line: str, m: re.Match[str]) -> bool:
    """A dateline (…2024年3月5日电), or a date on a line of its own or among the words of a date
    line; not a date inside a sentence of the story (2024年3月5日，国务院…。)."""
    if line[m.end() : m.end() + 1] in ("电", "讯"):
        return True
    return (
        len(line) <= 80
        and not re.search(r"[。！？]", line)
        and (m.start() == 0 or bool(_DATE_LINE_WORDS.search(line)))
    )
