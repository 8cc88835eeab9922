"""Figures: gold lists read off the sample page and the second page, and the rules one by one."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.figures import find_figures, parse_number

KINDS = {"money", "percent", "multiple", "count", "date", "duration", "ordinal", "other"}

SAMPLE_GOLD = [
    [("2015年", "date", None), ("2015年3月", "date", None), ("2025年", "date", None), ("10年间", "duration", 10),
     ("31个", "count", 31), ("165个", "count", 165), ("2015年3月", "date", None), ("165个", "count", 165),
     ("十余年间", "duration", 10), ("5年", "duration", 5), ("超过10倍", "multiple", 10), ("2024年", "date", None),
     ("2.63万亿元", "money", 2_630_000_000_000), ("10.8%", "percent", 10.8), ("25%", "percent", 25),
     ("165个", "count", 165), ("去年8月底", "date", None), ("2023年", "date", None), ("10个", "count", 10),
     ("第一档", "ordinal", 1), ("2015年", "date", None), ("2024年", "date", None),
     ("1500亿元", "money", 150_000_000_000), ("1267倍", "multiple", 1267), ("10年", "duration", 10),
     ("200多家", "count", 200), ("2024年", "date", None), ("6.5万家", "count", 65000), ("300多倍", "multiple", 300),
     ("超过8万家", "count", 80000), ("50%", "percent", 50), ("2023年", "date", None),
     ("超400亿元", "money", 40_000_000_000), ("2024年", "date", None), ("超过四成", "percent", 40),
     ("9条", "count", 9), ("24条", "count", 24), ("第一批", "ordinal", 1), ("第三批", "ordinal", 3),
     ("第四批", "ordinal", 4), ("两条", "count", 2)],
    [("2025", "date", None), ("3月30日", "date", None), ("第二届", "ordinal", 2), ("5000万元", "money", 50_000_000),
     ("2024年", "date", None), ("十几个", "count", 10), ("百分之二十", "percent", 20), ("6家", "count", 6),
     ("12项", "count", 12)],
    [("2025", "date", None), ("两个", "count", 2), ("两个", "count", 2), ("今年2月", "date", None),
     ("2024年", "date", None)],
    [("3天", "duration", 3), ("10亿", "other", 1_000_000_000), ("17天", "duration", 17),
     ("20世纪90年代", "date", None), ("第十二届", "ordinal", 12), ("2025", "date", None),
     ("2024年12月", "date", None), ("6.62亿人", "count", 662_000_000), ("59.7%", "percent", 59.7),
     ("101分钟", "duration", 101), ("3月28日", "date", None), ("第六批", "ordinal", 6),
     ("2024年11月", "date", None), ("2024", "date", None), ("2024年", "date", None),
     ("64.7万个", "count", 647_000), ("2025年", "date", None), ("2025年", "date", None)],
    [],
]

SECOND_GOLD = [
    [("5月9日", "date", None), ("4个月", "duration", 4), ("14.3万亿元人民币", "money", 14_300_000_000_000),
     ("5.6%", "percent", 5.6), ("8.1万亿元", "money", 8_100_000_000_000), ("7.9%", "percent", 7.9),
     ("6.2万亿元", "money", 6_200_000_000_000), ("2.7%", "percent", 2.7), ("4月", "date", None),
     ("3.66万亿元", "money", 3_660_000_000_000), ("8%", "percent", 8), ("3月", "date", None),
     ("近4个百分点", "percent", 4), ("55.2%", "percent", 55.2), ("1.6个百分点", "percent", 1.6),
     ("一季度", "date", None), ("6.2%", "percent", 6.2), ("三成", "percent", 30), ("第136届", "ordinal", 136)],
    [("3500万千瓦", "other", 35_000_000), ("12%", "percent", 12), ("20台", "count", 20)],
]


def _recall(articles, gold):
    found = [[(f["text"], f["kind"], f["value"]) for f in a.figures] for a in articles]
    hits = sum(1 for got, want in zip(found, gold) for w in want if w in got)
    total = sum(len(w) for w in gold)
    return hits / total, found


@pytest.mark.parametrize("fixture, gold", [("sample_articles", SAMPLE_GOLD), ("second_articles", SECOND_GOLD)])
def test_gold_figures(request, fixture, gold):
    articles = request.getfixturevalue(fixture)
    recall, found = _recall(articles, gold)
    assert recall >= 0.98
    assert [sorted(f) for f in found] == [sorted(g) for g in gold]  # and nothing else


def test_spans_units_and_token_boundaries(sample_articles):
    for article in sample_articles:
        starts = {t["start"] for t in article.tokens}
        ends = {t["end"] for t in article.tokens}
        for f in article.figures:
            assert article.text[f["start"]:f["end"]] == f["text"]
            assert f["start"] in starts and f["end"] in ends
    money = [f for a in sample_articles for f in a.figures if f["kind"] == "money"]
    assert {f["unit"] for f in money} == {"元"}


def test_a_figure_is_one_token_with_its_pinyin(sample_articles):
    article = sample_articles[0]
    start = article.text.index("2.63万亿元")
    (token,) = [t for t in article.tokens if t["start"] == start]
    assert token["end"] == start + len("2.63万亿元")
    assert token["pinyin"] == ["", "", "", "", "wàn", "yì", "yuán"]


@pytest.mark.parametrize("text, kind, value, unit", [
    ("同比增长百分之二十。", "percent", 20, "%"),
    ("占比逾五成。", "percent", 50, "%"),
    ("提高0.8个百分点。", "percent", 0.8, "个百分点"),
    ("营收100美元。", "money", 100, "美元"),
    ("募资50亿港元。", "money", 5_000_000_000, "港元"),
    ("补贴人民币300元。", "money", 300, "元"),
    ("共十二个项目。", "count", 12, "个"),
    ("坚持了二十年。", "duration", 20, "年"),
    ("约3天。", "duration", 3, "天"),
    ("持续了101分钟。", "duration", 101, "分钟"),
    ("有两项成果。", "count", 2, "项"),
    ("用户达6.62亿人。", "count", 662_000_000, "人"),
    ("产量1,267吨。", "other", 1267, "吨"),
    ("增长了1267倍。", "multiple", 1267, "倍"),
    ("第十二届论坛", "ordinal", 12, None),
    ("2024年12月", "date", None, None),
    ("接近三成。", "percent", 30, "%"),
    ("２０２５年３月", "date", None, None),
])
def test_kinds_values_units(text, kind, value, unit):
    (f,) = find_figures(text)
    assert (f["kind"], f["value"], f["unit"]) == (kind, value, unit)
    assert text[f["start"]:f["end"]] == f["text"]


@pytest.mark.parametrize("qualified", ["300多倍", "十余年", "逾五成", "超过10倍", "近4个百分点", "约50万元"])
def test_qualifiers_stay_inside_the_span(qualified):
    assert [f["text"] for f in find_figures(f"他说，{qualified}。")] == [qualified]


@pytest.mark.parametrize("text", [
    "区域经济一体化持续推进。", "在行业里一枝独秀。", "不要想着一蹴而就。", "一系列的创新成果。",
    "千行百业都在转型。", "受访者不约而同提到。", "统一大市场。", "这是唯一的办法。",
    "起到了一个领军的作用。", "这一点十分重要。", "三天两头出问题。", "一是阳光化试点，二是品牌培育。",
    "全国两会期间。", "打造一张新名片。", "5G网络和A1版面。", "这两大央企。",
])
def test_words_that_merely_contain_numerals_are_not_figures(text):
    assert find_figures(text) == []


@pytest.mark.parametrize("num, value", [
    ("2.63", 2.63), ("1,267", 1267), ("十二", 12), ("二十", 20), ("一百零五", 105), ("两千", 2000),
    ("三万五千", 35000), ("二〇二五", 2025), ("十", 10), ("一亿二千万", 120_000_000),
])
def test_parse_number(num, value):
    assert parse_number(num) == value


@given(st.text(alphabet=st.sampled_from("0123456789.,%％万亿元个倍年月日第届一二两三十百千多余逾近约超过成的是在了，。 "),
               max_size=40))
def test_any_text_gives_well_formed_figures(text):
    last_end = 0
    for f in find_figures(text):
        assert f["kind"] in KINDS
        assert text[f["start"]:f["end"]] == f["text"] and f["start"] >= last_end
        assert f["value"] is None or isinstance(f["value"], (int, float))
        last_end = f["end"]
