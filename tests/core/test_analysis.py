"""The pipeline as a whole: the Article JSON contract and properties on arbitrary text."""

import json
import subprocess
import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.analysis import Article, analyze
from tests.conftest import ROOT

FIELDS = {
    "title",
    "byline",
    "source",
    "continued_from",
    "continued_to",
    "text",
    "sections",
    "captions",
    "tokens",
    "figures",
    "speakers",
    "statements",
    "pinyin_alternatives",
}  # optional in the contract: other readings where the model was unsure

NEWSY = st.sampled_from(
    [
        "证券时报记者 程丹",
        "同比增长10.8%",
        "“我们看到，",
        "”王馨说。",
        "表示，",
        "\n\n",
        "第十二届",
        "据新华社电",
        "<<上接A1版",
        "图虫创意/供图",
        "跨境电商",
        "重塑",
        "约翰·史密斯",
        "在王馨看来，",
        "一枝独秀",
        "2.63万亿元",
        "。",
        "，",
        " ",
        "\r\n",
        "“",
        "”",
    ]
)


def test_json_round_trip(sample_articles):
    for article in sample_articles:
        data = json.loads(json.dumps(article.to_json(), ensure_ascii=False))
        assert set(data) == FIELDS
        assert Article.from_json(data) == article


def _check_article(article):
    text = article.text
    pos = 0
    for tok in article.tokens:
        assert tok["start"] == pos and tok["end"] > tok["start"]
        assert len(tok["pinyin"]) == tok["end"] - tok["start"]
        pos = tok["end"]
    assert pos == len(text)
    for f in article.figures:
        assert text[f["start"] : f["end"]] == f["text"]
    names = {s["name"] for s in article.speakers}
    for s in article.statements:
        assert 0 <= s["start"] < s["end"] <= len(text)
        assert s["speaker"] is None or s["speaker"] in names
    for sp in article.speakers:
        for a, b in sp["mentions"]:
            assert 0 <= a < b <= len(text)
    for section in article.sections:
        assert text[section["start"] :].startswith(section["heading"])


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_unicode_text(text):
    for article in analyze(text):
        _check_article(article)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        NEWSY
        | st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF), max_size=5),
        max_size=40,
    ).map("".join)
)
def test_any_newsy_text(text):
    for article in analyze(text):
        _check_article(article)


def test_the_sample_is_fully_consistent(sample_articles):
    for article in sample_articles:
        _check_article(article)


def test_jiebas_dictionary_cache_is_kept_in_our_cache_folder(tmp_path):
    """Not in the shared temporary folder, where another user could plant the file jieba loads."""
    ours, shared = tmp_path / "cache", tmp_path / "tmp"
    shared.mkdir()
    run = subprocess.run(
        [sys.executable, "-c", "from desktop.core.segment import cut; print(cut('跨境电商'))"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={
            "PATH": "/usr/bin:/bin",
            "DUBAO_CACHE": str(ours),
            "TMPDIR": str(shared),
            "DUBAO_PREBUILT": "",
        },
    )
    assert run.returncode == 0, run.stderr
    assert list(ours.glob("jieba-dictionary-*.marshal")) and not list(shared.iterdir())


def test_a_saved_page_gives_the_date_relative_dates_count_from():
    from desktop.core.analysis import analyze_source
    from desktop.core.sources import html_source

    page = (
        "<html><head><title>央行发布数据_证券网</title>"
        '<meta property="article:published_time" content="2021-10-18T09:30:00+08:00">'
        "</head><body><article><h1>央行发布数据</h1>"
        "<p>中国人民银行6日表示，将保持流动性合理充裕，下月还将公布新的数据。</p>"
        "<p>分析人士认为，货币政策仍有较大空间，市场对此反应平稳，成交量保持稳定。</p>"
        "</article></body></html>"
    )
    source = html_source(page.encode("utf-8"), "page.html")
    assert source.pieces[0].date == "2021-10-18"
    (article,) = analyze_source(source)
    (day,) = [f for f in article.figures if f["text"] == "6日"]
    assert day["iso"] == "2021-10-06"


def test_articles_read_together_are_what_each_is_alone():
    """The context model reads consecutive articles of a page together (analysis.READ_TOGETHER_
    CHARS); each article's analysis is still its own, and progress still comes article by
    article, in order, as each is handed on."""
    from desktop.core import analysis
    from desktop.core.page import split_page

    pieces = split_page((ROOT / "seeds" / "000_8ebea2dcc62a3401.txt").read_text(encoding="utf-8"))
    assert len(pieces) > 2 and sum(len(p.text) for p in pieces) < analysis.READ_TOGETHER_CHARS
    seen = []
    together = [
        a.to_json()
        for a in analysis.each_article(pieces, progress=lambda done, total: seen.append(done))
    ]
    assert together == [analysis.analyze_piece(p).to_json() for p in pieces]
    assert seen == list(range(1, len(pieces) + 1))


def test_pieces_are_read_together_up_to_the_budget_and_a_long_one_alone():
    from desktop.core import analysis
    from desktop.core.page import Piece

    budget = analysis.READ_TOGETHER_CHARS
    sizes = [budget // 3, budget // 3, budget // 3, budget // 2, budget + 1, 10]
    pieces = [Piece(paragraphs=["长" * n]) for n in sizes]
    groups = [[len(p.text) for p in g] for g in analysis._read_together(pieces)]
    assert [n for g in groups for n in g] == sizes
    assert groups == [sizes[:3], [sizes[3]], [sizes[4]], [sizes[5]]]
