"""Quantities in news text: amounts, percentages, multiples, counts, dates, durations, ordinals.

One regular expression finds where a figure may start (a date, an ordinal, 百分之…, or a number
with its qualifiers); the number is then read by the numeral grammar (`numerals`) and what
follows it by the unit lexicons below (currencies, measure words, time and physical units),
and neighbouring figures joined by a range word (3到5万元, 1万-5万元, 3年以上7年以下) become one
figure with `low` and `high`.

Chinese numerals also occur inside ordinary words and idioms (统一, 一枝独秀, 千行百业); a match
that starts with one is dropped when a dictionary word crosses its start or runs on past its
end, a bare 一 with a measure word (一个领军的作用) is the article "a", not a count, and a
numeral with no unit is a figure only where it stands alone as a quantity (据统计，一百零一。),
never in 一是 or 三大领域.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from functools import lru_cache
from typing import Any

from desktop.core import dates
from desktop.core.han import is_han as _is_han
from desktop.core.lexicon import to_simplified
from desktop.core.numerals import (
    CN_ALL,
    CN_DIGIT,
    DIGITS,
    has_magnitude,
    is_run,
    leading_place,
    parse_number,
    parse_run,
    trailing_magnitude,
)
from desktop.core.segment import tokenizer
from desktop.resources import resource_path

Figure = dict[
    str, Any
]  # the Article JSON's figure: start, end, text, kind, value, unit, low, high…
Number = int | float | Decimal
KINDS = ("money", "percent", "multiple", "count", "date", "duration", "ordinal", "other")

# ---------------------------------------------------------------------------- unit lexicons


def _words(text: str) -> list[str]:
    """A lexicon written as words between spaces: a hundred measure words read better so than as
    a hundred quoted strings."""
    return text.split()


# currency as printed -> the currency it names
CURRENCIES = {
    "元": "元",
    "圆": "元",
    "块": "元",
    "元人民币": "元",
    "人民币": "元",
    "美元": "美元",
    "美金": "美元",
    "港元": "港元",
    "港币": "港元",
    "澳门元": "澳门元",
    "澳元": "澳元",
    "澳币": "澳元",
    "欧元": "欧元",
    "日元": "日元",
    "日币": "日元",
    "英镑": "英镑",
    "韩元": "韩元",
    "卢布": "卢布",
    "加元": "加元",
    "加币": "加元",
    "新台币": "新台币",
    "台币": "新台币",
    "泰铢": "泰铢",
    "新加坡元": "新加坡元",
    "新元": "新加坡元",
    "瑞士法郎": "瑞士法郎",
    "法郎": "法郎",
    "卢比": "卢比",
    "比索": "比索",
    "雷亚尔": "雷亚尔",
    "林吉特": "林吉特",
    "越南盾": "越南盾",
    "印尼盾": "印尼盾",
    "里拉": "里拉",
    "兰特": "兰特",
    "新西兰元": "新西兰元",
    "纽元": "新西兰元",
    "比特币": "比特币",
}
# a currency named before the amount (港币两千九百六十元, 人民币300元, 新台币 177.1 亿元)
CURRENCY_BEFORE = (
    "人民币",
    "美元",
    "港币",
    "港元",
    "新台币",
    "台币",
    "日元",
    "日币",
    "欧元",
    "英镑",
    "韩元",
    "澳元",
    "加元",
    "泰铢",
    "卢布",
)
# signs printed before the amount (¥1200, HK$50, US$3亿)
CURRENCY_SIGNS = {
    "¥": "元",
    "￥": "元",
    "RMB": "元",
    "HK$": "港元",
    "US$": "美元",
    "$": "美元",
    "€": "欧元",
    "£": "英镑",
}
PERCENT_UNITS: dict[str, tuple[str, Decimal | int]] = {
    "成": ("%", 10),
    "%": ("%", 1),
    "个百分点": ("个百分点", 1),
    "百分点": ("个百分点", 1),
    "‰": ("%", Decimal("0.1")),
    "个基点": ("个基点", 1),
    "基点": ("个基点", 1),
}
# time units -> (the unit a value is given in, how many of it)
TIME_UNITS: dict[str, tuple[str, int]] = {
    "年": ("年", 1),
    "周年": ("年", 1),
    "载": ("年", 1),
    "个月": ("个月", 1),
    "月": ("个月", 1),
    "个季度": ("个月", 3),
    "季度": ("个月", 3),
    "周": ("周", 1),
    "个星期": ("周", 1),
    "星期": ("周", 1),
    "个礼拜": ("周", 1),
    "礼拜": ("周", 1),
    "天": ("天", 1),
    "日": ("天", 1),
    "昼夜": ("天", 1),
    "晚": ("晚", 1),
    "夜": ("晚", 1),
    "个工作日": ("工作日", 1),
    "工作日": ("工作日", 1),
    "个交易日": ("交易日", 1),
    "交易日": ("交易日", 1),
    "小时": ("小时", 1),
    "个小时": ("小时", 1),
    "钟头": ("小时", 1),
    "个钟头": ("小时", 1),
    "分钟": ("分钟", 1),
    "刻钟": ("分钟", 15),
    "秒钟": ("秒", 1),
    "秒": ("秒", 1),
    "个世纪": ("年", 100),
}
# the seconds in each unit a value is given in, to add up 36天5小时30分 (a month is 1/12 year)
_SECONDS = {"秒": 1, "分钟": 60, "小时": 3600, "天": 86400, "周": 7 * 86400}
_MONTHS = {"个月": 1, "年": 12}
# measure words of counts; longer ones first in the expression
MEASURES = _words(
    "人次 架次 户次 家次 场次 车次 班次 航次 个方面 方面 部门 部委 省市 省区市 省份 地市 部分 个 "
    "家 条 项 件 只 名 位 座 台 辆 架 艘 次 场 批 款 所 户 套 部 本 篇 "
    "起 例 种 类 股 张 份 处 栋 幢 间 枚 颗 粒 支 头 匹 层 级 轮 集 首 "
    "幅 根 笔 宗 单 票 回 遍 趟 番 声 句 段 封 片 块 把 双 对 副 群 组 "
    "队 届 期 节 章 页 版 列 排 盒 箱 包 袋 瓶 杯 碗 则 门 道 口 株 棵 "
    "盏 扇 国 省 市 县 区 镇 乡 村 城 校 人 点"
)
# physical units and the like (kind "other"): as printed
OTHER_UNITS = _words(
    "万吨 亿吨 吨 公斤 千克 毫克 克 斤 公里 千米 厘米 毫米 纳米 微米 米 英里 "
    "海里 英尺 平方公里 平方千米 平方米 平米 立方米 亩 公顷 千瓦时 度电 度 千瓦 "
    "兆瓦 吉瓦 瓦 伏 毫升 升 桶 摄氏度 ℃ 华氏度 ℉ 大卡 千卡 卡路里 分贝 "
    "周岁 岁 马力 标箱 标准箱 分"
)
# Latin unit symbols (12Ah, 50kWh): a number glued to any other Latin letters is a code (5G, A1)
LATIN_UNITS = _words(
    "mAh Ah kWh MWh GWh TWh Wh kW MW GW km kg mg cm mm nm GB TB MB KB TEU m² m³ ㎡ ㎞ ㎏"
)
# ordinals: 第三批, 第136届, 第一大
ORDINAL_UNITS = _words(
    "个月 个季度 个星期 个交易日 个工作日 批次 年度 季度 阶段 分钟 秒 大 批 届 "
    "次 档 期 轮 名 位 个 家 条 项 章 节 部 版 号 年 天 代 种 类 步 场 "
    "回 集 季 层 级 周 份 次 站 条 款 把 场 棒 局 组 款 号 任 本 篇 页 "
    "行 排 座 只 艘 架 台 辆 件 轮 夜 晚"
)

APPROX_BEFORE: dict[str, str | None] = {
    "大约": "about",
    "大概": "about",
    "约": "about",
    "近": "about",
    "将近": "about",
    "接近": "about",
    "几近": "about",
    "超过": "over",
    "超": "over",
    "逾": "over",
    "至少": "over",
    "最少": "over",
    "不少于": "over",
    "不低于": "over",
    "大于": "over",
    "高于": "over",
    "多于": "over",
    "不到": "under",
    "不足": "under",
    "不超过": "under",
    "未超过": "under",
    "少于": "under",
    "低于": "under",
    "小于": "under",
    "未满": "under",
    "最多": "under",
    "至多": "under",
    "高达": None,
    "多达": None,
}
APPROX_AFTER = {
    "左右": "about",
    "上下": "about",
    "以上": "over",
    "开外": "over",
    "有余": "over",
    "以下": "under",
    "以内": "under",
    "之内": "under",
}

_FULL_WIDTH = str.maketrans("０１２３４５６７８９．％－～／：　", "0123456789.%-~/: ")
_HAS_FULL_WIDTH = re.compile("[０-９．％－～／：　]")


def _alternation(words: Iterable[str]) -> str:
    """A regular expression for any of `words`, longest first (so 万吨 is tried before 吨)."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")"


_AR = r"\d+(?:(?:,|，(?=\d{3}(?:[,，]\d{3})*\.\d))\d{3}(?!\d))*(?:\.\d+)?"
_SPACED = r"\d(?: \d+)+(?=\s?[万亿])"  # digits a PDF extraction spaced out: 2 0亿美元
_NUM = rf"(?:{_SPACED}|{_AR}|[{CN_ALL}])(?:{_AR}|[{CN_ALL}])*(?:点(?:\d+|[{CN_DIGIT}]+))?"
# 几十万, 数十亿, 十几: a vague number; 几 and 数 stand before a unit, 几 after 十
_FUZZY = rf"(?:[几数上](?=[十百千万亿])[{CN_ALL}]+|[{CN_ALL}]*十几[{CN_ALL}]*)"
_PRE = _alternation(APPROX_BEFORE)
_CUR_BEFORE = _alternation([*CURRENCY_BEFORE, *CURRENCY_SIGNS])
_TIME = _alternation(TIME_UNITS)
_UNIT = _alternation([*CURRENCIES, *PERCENT_UNITS, "倍", *TIME_UNITS, *MEASURES, *OTHER_UNITS])
_LATIN = _alternation(LATIN_UNITS)

# a clock time or a long digit string: read past, never a figure
_SKIP = (
    r"(?:(?:凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|夜里|夜间|深夜|[今昨明当每]晚|[今明]早)\s?"
    rf"(?:\d{{1,2}}|[{CN_DIGIT}十]{{1,3}})(?:[点时:](?:\d{{1,2}}|[{CN_DIGIT}十]{{1,3}}|半|一刻|三刻)?(?:分|秒)?)+"
    r"|(?<![\d.])(?:[01]?\d|2[0-4])(?:时|点(?=\d{1,2}分))[0-5]?\d分(?:[0-5]?\d秒)?"
    rf"|(?<=[日号])(?:[01]?\d|2[0-4])[时点](?:许|左右)?(?![\d{CN_DIGIT}])"
    rf"|(?<![{CN_DIGIT}十])(?:[{CN_DIGIT}]|十[一二]?|二十[一二三四]?)时(?:[{CN_DIGIT}]|[一二三四五]?十[{CN_DIGIT}]?)分"
    r"|(?<!\d)\d{1,2}:\d\d(?::\d\d)?(?!\d)|(?<![\d.])\d{11,}(?![\d.]))"
)
# a rule's clause numbered by its section (第10.2.3条, 第1.4条) is one ordinal
_ORDINAL = (
    rf"第\s?(?P<ord_num>\d+(?:\.\d+)+(?=[条款章节])|\d+|[{CN_ALL}]+)"
    rf"\s?(?P<ord_unit>{_alternation(ORDINAL_UNITS)})?"
)
_PCT_WORDS = (
    rf"(?P<pct_pre>{_PRE})?(?P<per>[百千万])分"
    rf"(?:之(?P<pct_num>负?(?:{_NUM}|[{CN_ALL}]+))|(?P<pct_all>百))"
)
_FRACTION = rf"(?P<den>[{CN_ALL}]+|\d+)分之(?P<nom>[{CN_ALL}]+|\d+)"
_QUANTITY = (
    rf"(?P<pre>{_PRE})?(?P<cur>{_CUR_BEFORE})?\s?(?P<sign>负|零下|(?<![\d:A-Za-z)）万亿元%])-(?=\d))?"
    rf"(?P<num>{_FUZZY}|{_NUM}|半(?=个|{_TIME}|斤|成))"
)

# Where a figure may start: a digit, a numeral, 第, or one of the words that open a figure (约,
# 人民币, 上半年, 凌晨…) — each with what must follow it, so that the scan tries the expression at
# few places of ordinary text (上海, 不是, 人们 are passed over at once).
_DIGIT_AHEAD = f"[0-9{CN_ALL}]"
# the first characters of all of them, tested first: a character class is what `re` scans fastest
_FIRST = (
    f"0-9{CN_ALL}第Q\\-¥￥$€£RHU约近超逾几将接大高多至最少低小未不上下本今去明前后当同次翌首数半负零"
    "人美港欧日韩澳加台新英泰卢凌早中傍晚夜深今昨明当每"
)
_START = (
    rf"(?=[{_FIRST}])(?=[0-9{CN_ALL}第Q]|-\d|[约近超逾]{_DIGIT_AHEAD}|[约近超逾]半|几[十百千万亿]"
    rf"|超过|将近|接近|几近|大约|大概|大于|高于|高达|多于|多达"
    rf"|至少|至多|最少|最多|少于|低于|小于|未满|未超过|不[到足超少低高]|上(?:半|年|一年|世纪|[百千万亿])"
    rf"|下(?:半|一年|世纪)|本(?:年|世纪)|[今去明前后当同次翌]年|前[一二三两]个?季度|首季度|首月|数[十百千万亿]"
    rf"|半{_DIGIT_AHEAD}|半(?:个|年|天|小时|斤|成)|负{_DIGIT_AHEAD}|零下|人民币|[美港欧日韩澳加]元|[港日台]币|新台币"
    rf"|英镑|泰铢|卢布|[¥￥$€£]\d|RMB|HK\$|US\$|凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|夜里|夜间|深夜"
    rf"|[今昨明当每]晚|[今明]早|百分|千分|万分)"
)
_PATTERN = re.compile(
    rf"{_START}(?:(?P<skip>{_SKIP})|(?P<date>{dates.DATE})|(?P<pct_words>{_PCT_WORDS})"
    rf"|(?P<fraction>{_FRACTION})|(?P<ordinal>{_ORDINAL})|(?P<quantity>{_QUANTITY}))"
)
_AFTER_NUMBER = re.compile(
    rf"(?P<ge>个(?=多(?:亿|{_TIME})|亿))?(?P<post>多|余|来(?=[个天年周])|几)?"
    rf"(?P<mag>(?<=\d) ?[万亿]+|[万亿]+)?(?P<post2>多|余)?"
    rf"(?P<half>个?半(?={_TIME}))?(?P<gap>\s)?(?:(?P<latin>{_LATIN})(?![A-Za-z])|(?P<unit>{_UNIT}))?"
)
_AFTER_UNIT = re.compile(rf"(?P<tail_half>半)?(?P<after>{_alternation(APPROX_AFTER)})?")
_PER_UNIT = re.compile(
    rf"/(?P<per_unit>{_alternation([*MEASURES, *OTHER_UNITS, *TIME_UNITS, *LATIN_UNITS])})"
)
_MONEY_TAIL = re.compile(
    rf"(?P<int2>零)?(?P<jiao>[{CN_DIGIT}]|\d)(?:(?P<jiao_u>[角毛])(?:(?P<fen>[{CN_DIGIT}]|\d)分)?|分"
    rf"|(?![\d{CN_ALL}]))(?:钱)?|钱|整|正"
)
_DURATION_TAIL = re.compile(rf"(?P<n>\d+(?:\.\d+)?|[{CN_ALL}]+)(?P<u>{_TIME}|分(?!之))")
_NIGHTS = re.compile(rf"[{CN_ALL}]+[夜晚]|\d+[夜晚]")
_UNIT_AHEAD = re.compile(rf"\d|[{CN_ALL}]|{_UNIT}")
_NAMED_CURRENCY = re.compile(_alternation([c for c in CURRENCIES if c not in ("元", "块", "圆")]))
_CLOCK_MINUTES = re.compile(r"\d|[零一二三四五六七八九十]+分")
_RANGE_SEP = re.compile(r"\s?(?:[(（]含[)）])?\s?(?:-{1,2}|~|～|—{1,2}|－|–|至|到)\s?")
_RANGE_AHEAD = re.compile(rf"(?:-{{1,2}}|~|～|—{{1,2}}|－|–|至|到)\s?(?:[{CN_ALL}]|\d)")
_LATIN_NEAR = re.compile(r"[A-Za-z@_]")


@lru_cache(maxsize=1)
def _terms() -> re.Pattern[str] | None:
    """Names and terms that hold numerals but are no quantity (一带一路, 21世纪经济报道)."""
    words = [
        w.strip()
        for w in resource_path("figure_terms.txt").read_text(encoding="utf-8").splitlines()
        if w.strip() and not w.startswith("#")
    ]
    first = "".join(sorted({w[0] for w in words}))
    return re.compile(f"(?=[{re.escape(first)}]){_alternation(words)}") if words else None


def find_figures(text: str, base_date: dt.date | None = None) -> list[Figure]:
    """Every quantity in `text` as {start, end, text, kind, value, unit, low, high, approx, iso}, in
    order; relative dates (6日, 去年8月底) are resolved against `base_date`, the article's own."""
    freq = tokenizer().FREQ
    # full-width digits read as ASCII ones; one character for one, so offsets hold
    scan = text.translate(_FULL_WIDTH) if _HAS_FULL_WIDTH.search(text) else text
    scan = to_simplified(scan)  # 19個, 兩場: the terms are written in simplified characters
    if "○" in scan:  # 二○一六年: the white circle Hong Kong and Taiwan print for the numeral zero
        scan = _CIRCLE_ZERO.sub("〇", scan)
    masked = _masked_spans(scan)
    out: list[Figure] = []
    pos = 0
    while True:
        m = _PATTERN.search(scan, pos)
        if m is None:
            break
        fig = None if m.lastgroup == "skip" else _figure(m, scan, text, freq, base_date)
        if fig is None and m.lastgroup in ("date", "ordinal", "fraction", "pct_words"):
            q = _QUANTITY_ONLY.match(scan, m.start())
            if q is not None:
                fig = _quantity(q, scan, text, freq)
        if fig is not None and not any(a < fig["end"] and fig["start"] < b for a, b in masked):
            out.append(fig)
            pos = fig["end"]
        else:
            pos = max(m.end(), m.start() + 1) if fig is None else fig["end"]
            if fig is None and (digit := _DIGIT_AFTER_CN.search(scan, m.start(), m.end())):
                pos = digit.start() + 1  # 刘结一3日: the name's 一 is no number, 3日 may be
            if fig is None and (pre := _PRE_ONLY.match(scan, m.start())) and pre.end() < m.end():
                pos = pre.end()  # 超过三分之一: the qualifier led to no figure, what follows may
    figs = _share_units(_anchor_years(out, scan, base_date), scan)
    return _join_ranges(figs, scan, text, base_date)


_CIRCLE_ZERO = re.compile(r"(?<=[一二三四五六七八九十〇零])○|○(?=[一二三四五六七八九〇零○])")
_LIST_SEP = re.compile(r"、|和|与|及|或")


def _share_units(figs: list[Figure], scan: str) -> list[Figure]:
    """Numbers listed before the one that carries their unit have it too: 0.5和0.3个百分点,
    21.3、20.4个百分点, 3、5万元 (the first 3万)."""
    for i in range(len(figs) - 2, -1, -1):
        a, b = figs[i], figs[i + 1]
        if (
            a["kind"] != "other"
            or a["unit"] is not None
            or a.get("approx")
            or b["kind"] in ("date", "ordinal", "other")
            or b["unit"] is None
            or not _LIST_SEP.fullmatch(scan[a["end"] : b["start"]])
            or not re.fullmatch(r"\d+(?:\.\d+)?", a["text"])
        ):
            continue
        value = a["value"] if b["kind"] == "percent" else _inherit(a, b)
        if value is not None:
            figs[i] = dict(a, kind=b["kind"], unit=b["unit"], value=value)
    return figs


_QUANTITY_ONLY = re.compile(_QUANTITY)
_DIGIT_AFTER_CN = re.compile(f"[{CN_ALL}]\\d")
_PRE_ONLY = re.compile(f"(?:{_PRE})")


def _masked_spans(scan: str) -> list[tuple[int, int]]:
    terms = _terms()
    return [m.span() for m in terms.finditer(scan)] if terms else []


def _figure(
    m: re.Match[str], scan: str, text: str, freq: Mapping[str, int], base: dt.date | None
) -> Figure | None:
    kind = m.lastgroup
    if kind == "date":
        return _date(m.start(), m.end(), scan, text, freq, base)
    if kind == "ordinal":
        return _ordinal(m, scan, text, freq)
    if kind == "pct_words":
        value = Decimal(100) if m.group("pct_all") else parse_number(m.group("pct_num"))
        if value is None:
            return None
        per = {"百": Decimal(1), "千": Decimal("0.1"), "万": Decimal("0.01")}[m.group("per")]
        return _make(
            text,
            m.start(),
            m.end(),
            "percent",
            value * per,
            "%",
            approx=APPROX_BEFORE.get(m.group("pct_pre") or ""),
        )
    if kind == "fraction":
        den, nom = parse_number(m.group("den")), parse_number(m.group("nom"))
        if not den or nom is None or nom > den or m.group("den")[0] in "万萬亿億百佰千仟":
            return None
        if m.group("den")[0] in CN_ALL and _inside_word(scan, m.start(), m.end(), freq):
            return None  # 万一十分之一: 万一 is a word
        return _make(text, m.start(), m.end(), "percent", round(nom * 100 / den, 4), "%")
    return _quantity(m, scan, text, freq)


# ------------------------------------------------------------------------------------ dates
_TIME_OF_DAY = re.compile(
    r"\s?(?:凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|夜里|夜间|深夜|晚|早|零时|\d{1,2}[时点:])"
)
_DAY_ALONE = re.compile(rf"(?P<n>[{CN_ALL}]+|\d+)(?P<u>[日号])$")
_DURATION_BEFORE = (
    "近",
    "前",
    "后",
    "每",
    "共",
    "连续",
    "历时",
    "长达",
    "为期",
    "满",
    "用时",
    "耗时",
    "仅",
    "这",
    "那",
    "几",
    "头",
    "最后",
    "过去",
    "未来",
    "今后",
    "此后",
    "随后",
    "之后",
    "最近",
)


def _date(
    start: int, end: int, scan: str, text: str, freq: Mapping[str, int], base: dt.date | None
) -> Figure | None:
    span = scan[start:end]
    if span[0] in CN_ALL and _inside_word(scan, start, end, freq):
        return None
    if _touches_latin(scan, start, end) and not span.startswith("Q"):
        return None
    day = _DAY_ALONE.match(span)
    if day and not re.search("月", span):
        n = parse_number(day.group("n"))
        after = scan[end : end + 4]
        if n is None or not 1 <= n <= 31 or n != int(n):
            return None
        if (
            any(scan.endswith(w, 0, start) for w in _DURATION_BEFORE)
            or (after and after[0] in "内后来间")
            or re.match(r"以[内后来]|之[内后久]|左右", after)
        ):
            return None  # 近30日, 30日内: a duration
        if day.group("u") == "号":
            if not (
                _TIME_OF_DAY.match(after)
                or not after
                or not _is_han(after[0])
                or after[0] in "起至到前"
            ):
                return None  # 3号线, 36号文: a number, not a day
        elif (
            day.group("n")[0] in CN_ALL
            and len(day.group("n")) == 1
            and not _TIME_OF_DAY.match(after)
        ):
            return None  # 一日之计, 五日游: a day's span, not a date
    elif re.fullmatch(rf"[{CN_ALL}]+年", span) and is_run(span[:-1]):
        return None  # 三四年: three or four years
    if span.endswith("中") and _followed_by_word(scan, end - 1, freq):
        end, span = end - 1, span[:-1]  # 10月中国: the month, then 中国
    if re.fullmatch(rf"{dates.REL_YEAR}年?(?:底|初|末|中)", span):
        return None  # 去年底, 明年初: no numeral, a deictic word (as 今年 is)
    # 2020年3月左右: "about", the word itself left out of the span (as 以上 of a number)
    approx = "about" if scan.startswith("左右", end) else None
    return {
        "start": start,
        "end": end,
        "text": text[start:end],
        "kind": "date",
        "value": None,
        "unit": None,
        "low": None,
        "high": None,
        "approx": approx,
        "iso": dates.iso(span, base),
    }


# --------------------------------------------------------------------------------- ordinals
def _ordinal(m: re.Match[str], scan: str, text: str, freq: Mapping[str, int]) -> Figure | None:
    num, unit = m.group("ord_num"), m.group("ord_unit")
    value = parse_number(num) if num.count(".") < 2 else None
    if value is None and "." not in num:
        return None
    end = m.end()
    if num[0] in CN_ALL and unit is None:
        after = scan[end : end + 1]
        if after and (_is_han(after) or after.isalnum()):
            return None  # 第一产业, 第三方: part of a word
    if (
        unit is not None
        and _followed_by_word(scan, m.end("ord_unit") - 1, freq)
        and unit not in ("大", "季度", "阶段")
    ):
        end = m.start("ord_unit")  # 第一次日? keep the number, not a word the unit starts
        if num[0] in CN_ALL:
            return None
    if _touches_latin(scan, m.start(), end):
        return None
    return _make(text, m.start(), end, "ordinal", value, None)


# ------------------------------------------------------------------------------- quantities
def _quantity(m: re.Match[str], scan: str, text: str, freq: Mapping[str, int]) -> Figure | None:
    start, num_start = m.start(), m.start("num")
    num = m.group("num")
    pre, cur_before, sign = m.group("pre"), m.group("cur"), m.group("sign")
    if pre and not cur_before and not sign and _word_before(scan, start, pre, freq):
        start, pre = start + len(pre), None  # 签约3年, 最近: a word, not "about"
    run = None
    fuzzy = num[0] in "几数上" or "几" in num
    if fuzzy:
        # the low end: 几十万 and 上百 from one (十万, 百), 十几 and 二十几 from none (10, 20)
        value = parse_number("一" + num[1:] if num[0] in "几数上" else num.replace("几", ""))
    elif num == "半":
        value = Decimal("0.5")
    elif (
        num[0] in "万萬亿億百佰千仟"
        and not pre
        and (
            any(c.isdigit() for c in num)  # 千万300多倍: 千万 (by all means), then 300多倍
            or (
                not scan.startswith(("余", "多"), num_start + len(num))
                and num not in ("百万", "千万", "百亿", "千亿")
            )
        )
    ):
        # 万一, 百家争鸣, 千人计划: a unit opens a number only after a qualifier (逾百家,
        # 超千亿元) or before 余 / 多 (百余家, 万余人)
        return None
    elif is_run(num):
        run, value = parse_run(num), None
    else:
        num, value = _longest_valid(num)
        if value is None:
            return None
    num_end = num_start + len(num)
    if (
        " " in num
        and not has_magnitude(scan[num_end : num_end + 1])
        and not scan[num_end : num_end + 2].strip()
    ):
        return None
    a = _AFTER_NUMBER.match(scan, num_end)
    if a is None:  # every part of it is optional: it always matches
        return None
    post = a.group("post") or a.group("post2")
    if post == "几":
        return None
    mag = a.group("mag") or ""
    if a.group("ge") and not mag and not a.group("unit"):
        return None
    unit, latin = a.group("unit"), a.group("latin")
    if a.group("ge") and unit and "个" + unit in TIME_UNITS:
        unit = "个" + unit  # 四个多星期, 17个多月
    end = a.end()
    if (a.group("gap") and not (unit or latin)) or (a.group("gap") and num[-1:].isdigit() is False):
        end = a.start("gap")
        unit = latin = None
    magnitude = Decimal(1)
    for c in mag.strip():
        magnitude *= 10**4 if c == "万" else 10**8
    if value is not None:
        value *= magnitude
    if run is not None:
        run = (run[0] * magnitude, run[1] * magnitude)
    negative = sign in ("负", "零下", "-")
    approx = APPROX_BEFORE.get(pre) if pre else None
    if post or fuzzy:
        approx = approx or "over"
    is_cn = num[0] in CN_ALL or fuzzy
    fig_kind, fig_unit = "other", None
    if latin:
        fig_kind, fig_unit = "other", latin
    elif unit:
        kind_unit = _classify_unit(unit, scan, a.end("unit"), num, value, freq, cur_before)
        if kind_unit is None:
            end = a.start("unit") if a.group("unit") else end
            unit = None
            if a.group("gap"):
                end = a.start("gap")
        else:
            fig_kind, fig_unit, factor, end = kind_unit
            if value is not None:
                value *= factor
            if run is not None:
                run = (run[0] * factor, run[1] * factor)
    if a.group("half") and fig_kind == "duration" and value is not None:
        value += Decimal("0.5") * (TIME_UNITS.get(unit, ("", 1))[1])
    named = (CURRENCIES.get(cur_before) or CURRENCY_SIGNS.get(cur_before)) if cur_before else None
    if cur_before and fig_kind != "money":
        if unit is None and not a.group("gap"):
            fig_kind, fig_unit = "money", named
        else:
            return None
    if cur_before and fig_kind == "money" and fig_unit == "元" and named != "元":
        fig_unit = named  # 港币两千九百六十元
    # what follows the unit: money's 角 and 分, a duration's smaller units, per-unit, 以上 / 左右
    if fig_kind == "money" and value is not None and scan[end - 1 : end] in "元块圆":
        end, value = _money_tail(scan, end, value)
    if fig_kind == "money":
        other = _NAMED_CURRENCY.match(scan, end)
        if other and scan[end - 1] == "元":  # 三万元欧元: the second word names the currency
            fig_unit, end = CURRENCIES[other.group(0)], end + len(other.group(0))
        if scan[end : end + 3] == "人民币":
            end += 3
    if fig_kind == "duration" and value is not None:
        end, value, fig_unit = _duration_tail(scan, end, value, fig_unit or "")
        if (
            scan.startswith("多", end)
            and not _followed_by_word(scan, end, freq)
            and not _UNIT_AHEAD.match(scan, end + 1)
        ):
            end, post, approx = end + 1, "多", approx or "over"  # 一年多, 三天多
        if scan[end : end + 1] == "间" or (
            scan[end : end + 1] in ("期", "内") and not _followed_by_word(scan, end, freq)
        ):
            end += 1  # 十年间, 5年期, 三年内; not the 期 of 169天期间
    if fig_kind in ("money", "other", "count") and fig_unit:
        per = _PER_UNIT.match(scan, end)
        if per:
            fig_unit, end = f"{fig_unit}/{per.group('per_unit')}", per.end()
    tail = _AFTER_UNIT.match(scan, end)
    if tail is None:  # all optional: it always matches
        return None
    if (
        tail.group("tail_half")
        and value is not None
        and not a.group("half")
        and (fig_kind == "duration" or unit == "成")
    ):
        value += Decimal(5) if unit == "成" else Decimal("0.5")  # 两年半, 七成半
        end = tail.end("tail_half")
        tail = _AFTER_UNIT.match(scan, end)
        if tail is None:
            return None
    if tail.group("after"):
        # 两个以上, 30%左右: the qualifier says "over" / "about"; the figure is the number and unit
        approx = APPROX_AFTER[tail.group("after")] if approx is None else approx
    if fig_kind == "other" and not unit and not latin:
        core_end = max([num_end] + [a.end(g) for g in ("ge", "post", "mag", "post2") if a.group(g)])
        if not _bare_number_stands(
            scan, start if sign else num_start, core_end, num, mag, pre, freq
        ):
            return None
        if (
            not is_cn
            and not mag
            and re.fullmatch(r"(?:1[5-9]|20)\d\d", num)
            and not (pre or post or negative)
        ):
            return {
                "start": num_start,
                "end": num_end,
                "text": text[num_start:num_end],
                "kind": "date",
                "value": None,
                "unit": None,
                "low": None,
                "high": None,
                "approx": None,
                "iso": num,
            }
        end = max([num_end] + [a.end(g) for g in ("ge", "post", "mag", "post2") if a.group(g)])
    if num == "一" and _one_and_one(scan, num_start):
        return None  # 一降一升, 一城一策: a set phrase, not two counts
    kinds_in_words = ("count", "other", "duration", "percent", "multiple")
    # 三天三夜, 七天七夜: the formula of a stay (as 6天5晚) is a duration, not an idiom's numeral
    nights = fig_unit == "天" and _NIGHTS.match(scan, end) is not None
    # 一年多来: a dictionary word that is the duration and 来 (since) is the duration
    since = 1 if fig_kind == "duration" and scan[end : end + 1] in ("来", "间", "内") else 0
    if (
        is_cn
        and fig_kind in kinds_in_words
        and not pre
        and not nights
        and _inside_word(scan, start if sign else num_start, end + since, freq)
    ):
        return None
    if (
        num in ("一", "壹")
        and fig_kind == "duration"
        and not (pre or post)
        and fig_unit not in ("工作日", "交易日")
        and scan[num_end:end] in TIME_UNITS
    ):
        return None  # 去年一年, 聚焦中国的一周: "a year", "a week", as 一个 is "a"
    if num == "一" and fig_kind == "count" and fig_unit in ("段", "番", "阵", "点", "批", "系列"):
        return None  # 近一段时间, 一番: "a while", "a bit"
    if is_cn and fig_kind == "count" and not (pre or post or mag or fuzzy or run):
        if value == 1 and num in ("一", "壹"):
            return None  # 一个领军的作用: the article "a", not a count
        if value == 0:
            return None  # 零首付: no count of nothing
        if (
            len(num) == 1
            and len(fig_unit or "") == 1
            and freq.get(scan[num_start:end])
            and (fig_unit or "") in "国省市县区城人"
        ):
            return None  # 两国, 两市: a word
    if is_cn and len(num) == 1 and unit in ("分", "度") and freq.get(scan[num_start:end]):
        return None  # 十分 (very), 一度 (once): words, not a score or degrees
    if not is_cn and _touches_latin(scan, start, end) and not latin:
        return None
    if is_cn and _touches_latin(scan, num_start, end) and not latin:
        return None
    if run is not None:
        low, high = run
        if negative:
            low, high = -high, -low
        fig = _make(text, start, end, fig_kind, low, fig_unit, approx=approx)
        fig["low"], fig["high"] = _number(low), _number(high)
        return fig
    if value is None:
        return None
    if negative:
        value = -value
    fig = _make(text, start, end, fig_kind, value, fig_unit, approx=approx)
    if is_cn and fig_kind == "other" and not unit and _RANGE_AHEAD.match(scan, end):
        fig["range_low"] = True  # 两 of 两到三万港元: a figure only as the low end of the range
    return fig


def _longest_valid(num: str) -> tuple[str, Decimal | None]:
    """The numeral itself, or its longest well-formed beginning (2024一 -> 2024)."""
    value = parse_number(num)
    cut = num
    while value is None and len(cut) > 1:
        cut = cut[:-1]
        if cut[-1] == "点":
            continue
        value = parse_number(cut)
    return (cut, value) if value is not None else (num, None)


def _classify_unit(
    unit: str,
    scan: str,
    unit_end: int,
    num: str,
    value: Decimal | None,
    freq: Mapping[str, int],
    cur_before: str | None,
) -> tuple[str, str | None, Decimal, int] | None:
    """(kind, unit as reported, factor for the value, end) for the unit after a number, or None
    when the characters are no unit here (a measure that starts a word: 两位数, 三股东)."""
    after = scan[unit_end : unit_end + 1]
    if unit in CURRENCIES:
        if (
            unit == "块"
            and after
            and _is_han(after)
            and after not in "钱毛角"
            and after not in DIGITS
        ):
            return "count", "块", Decimal(1), unit_end  # 三块土地
        return "money", CURRENCIES[unit], Decimal(1), unit_end
    if unit in PERCENT_UNITS:
        if unit == "成" and _followed_by_word(scan, unit_end - 1, freq):
            return None  # 成为, 成功: the verb, not a tenth
        name, factor = PERCENT_UNITS[unit]
        return "percent", name, Decimal(factor), unit_end
    if unit == "倍":
        return "multiple", "倍", Decimal(1), unit_end
    if unit in TIME_UNITS:
        name, factor = TIME_UNITS[unit]
        if (
            unit in ("月",)
            and value is not None
            and 1 <= value <= 12
            and value == int(value)
            and not is_run(num)
            and num not in ("两", "俩")
        ):
            return None  # 三月 is March (a date), not three months
        if unit == "周" and after and after in "一二三四五六日天末":
            return None  # 周一: a weekday
        if unit in ("年", "天", "个月") and _measure_starts_word(scan, unit_end - 1, unit, freq):
            return None  # 3年级
        return "duration", name, Decimal(factor), unit_end
    if unit in OTHER_UNITS:
        if unit == "分" and after in ("钱",):
            return "money", "元", Decimal("0.01"), unit_end + 1
        if unit == "分" and after and after in "之钟":
            return None
        if unit in ("度", "分") and _measure_starts_word(scan, unit_end - 1, unit, freq):
            return None
        return "other", unit, Decimal(1), unit_end
    if unit in MEASURES:
        if (
            len(unit) == 1
            and unit not in ("个", "点")
            and _measure_starts_word(scan, unit_end - 1, unit, freq)
        ):
            return None
        if unit == "点" and ((after and after in "钟半整") or _CLOCK_MINUTES.match(scan, unit_end)):
            return None  # 三点钟, 九点半: a clock time
        return "count", unit, Decimal(1), unit_end
    return None


def _measure_starts_word(scan: str, unit_last: int, unit: str, freq: Mapping[str, int]) -> bool:
    """Does the unit's last character begin a dictionary word with what follows (两位数, 三股东,
    3年级), so that it is no unit here?"""
    rest = scan[unit_last + 1 : unit_last + 3]
    if len(rest) == 2 and freq.get(rest):
        return False  # 50万人参加: 参加 is the word, 人 the unit
    if freq.get(scan[unit_last + 1 : unit_last + 4]) and len(scan) >= unit_last + 4:
        return False  # 11家子公司: 子公司 is the word, 家 the unit
    for n in (2, 3):
        word = scan[unit_last : unit_last + n]
        if (
            len(word) == n
            and freq.get(word)
            and word not in MEASURES
            and word not in TIME_UNITS
            and word not in OTHER_UNITS
            and not word.endswith(("以上", "以下", "左右"))
        ):
            if word[1:2] in ("以", "多", "余", "内", "间", "来", "后", "前", "半", "期"):
                continue
            return True
    return False


def _money_tail(scan: str, end: int, value: Decimal) -> tuple[int, Decimal]:
    """123元1角1分, 十块三毛, 三块五 (3.5), 十块钱, 壹拾壹元整."""
    t = _MONEY_TAIL.match(scan, end)
    if not t or not t.group(0):
        return end, value
    if t.group("jiao") is not None:
        jiao = Decimal(
            int(t.group("jiao")) if t.group("jiao").isdigit() else DIGITS[t.group("jiao")]
        )
        if t.group("jiao_u") is None and scan[t.start("jiao") + 1 : t.start("jiao") + 2] == "分":
            return t.end(), value + jiao / 100
        if t.group("jiao_u") is None and (value != int(value) or scan[end - 1] != "块"):
            return end, value  # 三块五 is 3.5; 3541.07万元2.3 is not
        value += jiao / 10
        if t.group("fen"):
            fen = t.group("fen")
            value += Decimal(int(fen) if fen.isdigit() else DIGITS[fen]) / 100
    return t.end(), value


def _duration_tail(scan: str, end: int, value: Decimal, unit: str) -> tuple[int, Decimal, str]:
    """两年半 was read already; here 四年六个月 (54 个月), 27分钟7秒, 36天5小时30分: one duration in
    its smallest unit."""
    parts: list[tuple[Decimal, str]] = [(value, unit)]
    pos = end
    while True:
        t = _DURATION_TAIL.match(scan, pos)
        if not t:
            break
        n = parse_number(t.group("n"))
        u = "分钟" if t.group("u") == "分" else TIME_UNITS[t.group("u")][0]
        factor = Decimal(TIME_UNITS[t.group("u")][1]) if t.group("u") in TIME_UNITS else Decimal(1)
        if n is None or not _smaller(u, parts[-1][1]):
            break
        parts.append((n * factor, u))
        pos = t.end()
    if len(parts) == 1:
        return end, value, unit
    smallest = parts[-1][1]
    if all(u in _MONTHS for _, u in parts):
        total = sum((v * _MONTHS[u] for v, u in parts), Decimal(0)) / _MONTHS[smallest]
    elif all(u in _SECONDS for _, u in parts):
        total = sum((v * _SECONDS[u] for v, u in parts), Decimal(0)) / _SECONDS[smallest]
    else:
        return end, value, unit
    return pos, total, smallest


def _smaller(unit: str, than: str | None) -> bool:
    order = ["年", "个月", "周", "天", "小时", "分钟", "秒"]
    return than in order and unit in order and order.index(unit) > order.index(than)


_INDEX_NAME_TAIL = ("指数", "ETF", "成份", "成分")


def _bare_number_stands(
    scan: str,
    num_start: int,
    num_end: int,
    num: str,
    mag: str,
    pre: str | None,
    freq: Mapping[str, int],
) -> bool:
    """A number with no unit: an Arabic one is a figure (指数为103.5), unless it is part of a code
    or an address (M2, bingshao@126.com, 1+N); a Chinese one only where it stands alone as a
    quantity — between punctuation (据统计，一百零一。) — or is a magnitude (千亿, 百亿规模)."""
    before = scan[num_start - 1] if num_start else ""
    after = scan[num_end] if num_end < len(scan) else ""
    if before and after and before in "“「『" and after in "”」』":
        return False  # “十一”假期, “996”: a number that is the whole of a quotation is a name
    if (
        after == "+"
        or before == "+"
        or before == "@"
        or (after == "." and _LATIN_NEAR.match(scan, num_end + 1))
    ):
        return False
    if num[0].isdigit():
        if after == "号":
            return False  # 1号文件, 3号线: a number that names, not a quantity
        if before and _is_han(before) and scan.startswith(_INDEX_NAME_TAIL, num_end):
            return False  # 某某50指数, 某某300ETF: the number is part of the index's name
        # 贵州茅台（600519）: a stock code
        code = (before and before in "(（:：") or scan.endswith("代码", 0, num_start)
        return not (re.fullmatch(r"\d{6}", num) and code)
    if num in ("百万", "十万", "百亿", "千亿"):
        return not _inside_word(scan, num_start, num_end, freq)
    if num[0] not in DIGITS and num[0] not in "十拾廿卅":
        return False  # 千万 (by all means), 百年: no digit before the unit
    if (mag or num[-1] in "万亿") and any(c in DIGITS for c in num):
        return not _inside_word(scan, num_start, num_end, freq)  # 两亿的投入, 三千万
    range_low = _RANGE_AHEAD.match(scan, num_end) is not None
    stands_after = not after or after in '。，；：！？…,;:!?）)”"」』】》 \n'
    if not stands_after and not range_low:
        return False  # (the low end of 两到三万 is kept only if the range is made: _join_ranges)
    if before and before in "（(":
        return False  # （一）: an enumerator
    if (
        len(num) == 1
        and not pre
        and not range_low
        and before
        and (_is_han(before) or before.isalnum())
    ):
        return False  # 前十, 统一: one numeral character inside a phrase
    return not _inside_word(scan, num_start, num_end, freq)


def _one_and_one(scan: str, pos: int) -> bool:
    """一A一B (一降一升, 一进一出, 一城一策): two characters each after a 一, a four-character set
    phrase."""

    def han(i: int) -> bool:
        return 0 <= i < len(scan) and _is_han(scan[i])

    first = scan[pos + 2 : pos + 3] == "一" and han(pos + 1) and han(pos + 3)
    second = pos >= 2 and scan[pos - 2] == "一" and han(pos - 1) and han(pos + 1)
    return first or second


def _word_before(scan: str, start: int, pre: str, freq: Mapping[str, int]) -> bool:
    """Is a one-character qualifier the end of a word (签约, 最近, 附近, 赶超)?"""
    return len(pre) == 1 and start > 0 and bool(freq.get(scan[start - 1 : start + 1]))


def _make(
    text: str,
    start: int,
    end: int,
    kind: str,
    value: Number | None,
    unit: str | None,
    approx: str | None = None,
) -> Figure:
    return {
        "start": start,
        "end": end,
        "text": text[start:end],
        "kind": kind,
        "value": _number(value),
        "unit": unit,
        "low": None,
        "high": None,
        "approx": approx,
        "iso": None,
    }


def _number(value: Number | None) -> int | float | None:
    if value is None:
        return None
    value = Decimal(value)
    if value == value.to_integral_value() and abs(value) < 2**53:
        return int(value)
    return float(value)


def _touches_latin(text: str, start: int, end: int) -> bool:
    """A numeral glued to Latin letters is part of a name or code (5G, A1, GPT-4); a figure that
    ends in a Han unit may touch them (三季度GDP, 11月CPI)."""
    before = text[start - 1] if start and text[start].isdigit() else ""
    after = text[end] if end < len(text) and text[end - 1].isascii() else ""
    latin_dash = (
        before in "-_" and start > 1 and text[start - 2].isascii() and text[start - 2].isalpha()
    )
    return (
        bool(before) and before.isascii() and (before.isalpha() or before == "@" or latin_dash)
    ) or (bool(after) and after.isascii() and after.isalpha())


_CROSSING_WORD = 10  # the least dictionary frequency of a word that swallows a numeral's start


def _inside_word(text: str, start: int, end: int, freq: Mapping[str, int]) -> bool:
    """Does a dictionary word cover the start of the match from before it, or begin with it and
    run on past its end (统一, 一枝独秀, 三天两头)? A rare entry across the start (国一 in
    中国一季度) is no word there."""
    for i in range(max(0, start - 3), start):
        for j in range(start + 1, min(len(text), i + 6) + 1):
            if freq.get(text[i:j], 0) >= _CROSSING_WORD:
                return True
    for j in range(end + 1, min(len(text), start + 6) + 1):  # idioms: four characters or more
        if j - start >= 4 and freq.get(text[start:j]):
            return True
    return False


def _followed_by_word(text: str, pos: int, freq: Mapping[str, int]) -> bool:
    return any(freq.get(text[pos : pos + n]) for n in (2, 3) if pos + n <= len(text))


# ------------------------------------------------------------------------- years in context
_STATES_YEAR = re.compile(rf"\d{{4}}|[{CN_DIGIT}]{{2,4}} ?年|\d\d ?年|{dates.REL_YEAR}")
_SAME_YEAR = re.compile(r"^(?:同年|当年|该年)")
_NEXT_YEAR = re.compile(r"^(?:次年|翌年)")


def _anchor_years(figs: list[Figure], scan: str, base: dt.date | None) -> list[Figure]:
    """A date without its year takes the year of the date before it in the same sentence
    (2013年7月10日、7月11日; 2017年8月至9月), and 同年 / 次年 the year last stated."""
    last_year = last_month = None
    last_end = 0
    for f in figs:
        if f["kind"] != "date":
            continue
        text = scan[f["start"] : f["end"]].replace(" ", "")
        iso = f["iso"]
        same_sentence = last_year is not None and not re.search(
            r"[。！？!?\n]", scan[last_end : f["start"]]
        )
        if _SAME_YEAR.match(text) and last_year:
            iso = dates.iso(f"{last_year}年{text[2:]}", base) if len(text) > 2 else str(last_year)
        elif _NEXT_YEAR.match(text) and last_year:
            iso = (
                dates.iso(f"{last_year + 1}年{text[2:]}", base)
                if len(text) > 2
                else str(last_year + 1)
            )
        elif same_sentence and not _STATES_YEAR.search(text):
            if (
                re.match(rf"(?:\d{{1,2}}|[{CN_DIGIT}十]+) ?月", text)
                or text.startswith(("上半年", "下半年"))
                or "季度" in text
            ):
                iso = dates.iso(f"{last_year}年{text}", base)
            elif last_month and re.fullmatch(rf"(?:\d{{1,2}}|[{CN_ALL}]+)[日号]", text):
                iso = dates.iso(f"{last_year}年{last_month}月{text}", base)
        f["iso"] = iso
        if iso and re.match(r"\d{4}", iso):
            last_year = int(iso[:4])
            last_month = int(iso[5:7]) if re.match(r"\d{4}-\d\d", iso) else None
        last_end = f["end"]
    return figs


# ------------------------------------------------------------------------------------ ranges
def _join_ranges(figs: list[Figure], scan: str, text: str, base: dt.date | None) -> list[Figure]:
    """Neighbours joined by a range word become one figure: 3到5万元 (the low end takes the high
    end's unit and magnitude), 1万-5万元, 6.5%~6.8%, 2017年8月11日至8月22日, 3年以上7年以下."""
    out: list[Figure] = []
    for fig in figs:
        prev = out[-1] if out else None
        joined = _join(prev, fig, scan, text, base) if prev else None
        if joined is not None:
            out[-1] = joined
        else:
            out.append(fig)
    return [f for f in out if not f.pop("range_low", False)]


def _join(a: Figure, b: Figure, scan: str, text: str, base: dt.date | None) -> Figure | None:
    if (
        scan[b["start"]] == "-"
        and b["value"] is not None
        and b["value"] < 0
        and _RANGE_SEP.fullmatch(scan[a["end"] : b["start"] + 1])
    ):
        b = dict(
            b, start=b["start"] + 1, text=b["text"][1:], value=-b["value"]
        )  # 1万-5万元: a dash
    gap = scan[a["end"] : b["start"]]
    if a["low"] is not None or b["low"] is not None:
        return None
    if a["kind"] == "date" or b["kind"] == "date":
        return _join_dates(a, b, gap, scan, text, base)
    if (
        a.get("approx") == "over"
        and b.get("approx") == "under"
        and a["kind"] == b["kind"]
        and a["unit"] == b["unit"]
        and re.fullmatch(r"以上[,，]?", gap)
        and scan.startswith("以下", b["end"])
    ):
        b = dict(b, end=b["end"] + 2)  # 3年以上7年以下: one range, both words inside it
        return _range(a, b, text, a["value"], b["value"], None)
    m = _RANGE_SEP.fullmatch(gap)
    if not m or a["approx"] or b["value"] is None or a["value"] is None:
        return None
    if b["kind"] in ("ordinal",) or a["kind"] == "ordinal":
        return None
    if b["unit"] is None:
        return None  # 010-1234, 3-2: two numbers, not a range of anything
    if a["kind"] == b["kind"] and a["unit"] == b["unit"]:
        low, high = a["value"], b["value"]
    elif a["kind"] == "other" and a["unit"] is None:
        # 1万-5万元: the low end has its magnitude; 两到三万港元: it takes the high end's
        keeps = a["text"][-1:] in "万亿" and b["kind"] != "other"
        low = a["value"] if keeps else _inherit(a, b)
        high = b["value"]
        if low is None:
            return None
    else:
        return None
    if low > high:
        if not scan.startswith("不等", b["end"]):
            return None
        low, high = high, low  # 6年至1年不等: from the highest to the lowest
    return _range(a, b, text, low, high, b["approx"])


def _inherit(a: Figure, b: Figure) -> int | float | None:
    """The low end of 两到三万港元 (2万), 八到九百亿 (800亿), 十八至三十万 (18万), 从8500到3万
    (8500)."""
    low_num = re.sub(r"^(?:约|近|超过?|逾)", "", a["text"])
    b_num = re.match(rf"^(?:{_PRE})?(?:{_CUR_BEFORE})?\s?((?:{_NUM}))", b["text"])
    if not b_num or low_num != a["text"]:
        return _number(a["value"])
    b_text = b_num.group(1)
    value = parse_number(low_num)
    if value is None:
        return None
    place = leading_place(b_text)
    if (place is not None and parse_number(low_num) is not None and len(low_num) == 1) or (
        place is not None and low_num.isdigit() and len(low_num) == 1
    ):
        scale = place
    else:
        scale = trailing_magnitude(b_text) if not has_magnitude(low_num) else Decimal(1)
    b_scale = Decimal(str(b["value"])) / (parse_number(b_text) or Decimal(1))
    candidate = value * scale * b_scale
    if candidate > Decimal(str(b["value"])):
        candidate = value * b_scale
    return _number(candidate)


def _range(
    a: Figure, b: Figure, text: str, low: Number, high: Number, approx: str | None
) -> Figure:
    return {
        "start": a["start"],
        "end": b["end"],
        "text": text[a["start"] : b["end"]],
        "kind": b["kind"],
        "value": low,
        "unit": b["unit"],
        "low": low,
        "high": high,
        "approx": approx,
        "iso": None,
    }


def _join_dates(
    a: Figure, b: Figure, gap: str, scan: str, text: str, base: dt.date | None
) -> Figure | None:
    """2017年8月11日至8月22日, 1985到89年9月, 1月3至2月10, 2020-05-26起至2020-05-29: one date
    range, its `iso` the two ends as an ISO interval when both are known."""
    sep = re.fullmatch(r"\s?(?:起)?\s?(?:-|~|～|—{1,2}|－|–|至|到)\s?", gap)
    if not sep:
        return None
    year_alone = a["kind"] == "other" and re.fullmatch(r"\d{4}", a["text"])  # 1985到89年9月
    if (a["kind"] != "date" and not year_alone) or b["kind"] != "date":
        return None
    end = b["end"]
    if scan[end : end + 1] == "止":
        end += 1
    first = a.get("iso") or (a["text"] if re.fullmatch(r"\d{4}", a["text"]) else None)
    second = b.get("iso")
    if first and not second:
        second = _complete(b["text"], first, base)
    iso = f"{first}/{second}" if first and second else None
    return {
        "start": a["start"],
        "end": end,
        "text": text[a["start"] : end],
        "kind": "date",
        "value": None,
        "unit": None,
        "low": None,
        "high": None,
        "approx": None,
        "iso": iso,
    }


def _complete(partial: str, first: str, base: dt.date | None) -> str | None:
    """The second end of a date range, finished from the first: 8月22日 after 2017-08-11."""
    year = first[:4]
    if re.match(r"\d{1,2}月", partial) or re.match(rf"[{CN_DIGIT}十]+月", partial):
        return dates.iso(f"{year}年{partial}", base)
    if len(first) >= 7 and re.fullmatch(rf"(?:\d{{1,2}}|[{CN_ALL}]+)[日号]", partial):
        return dates.iso(f"{year}年{int(first[5:7])}月{partial}", base)
    return None
