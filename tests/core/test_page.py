"""Gold tests for page -> articles, read off the sample page by hand, and rules on pages
written in other papers' styles."""

import pytest

from desktop.core.page import split_page
from tests.conftest import SAMPLE, SECOND_PAGE


@pytest.fixture(scope="module")
def sample():
    return split_page(SAMPLE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def second():
    return split_page(SECOND_PAGE.read_text(encoding="utf-8"))


def test_sample_titles_bylines_sources(sample):
    got = [(p.title, p.byline, p.source, p.continued_from) for p in sample]
    assert got == [
        ("跨境电商综试区十年成效明显 未来差异化协调发展成关键", ["吴瞬"], "证券时报", None),
        ("科技立法改善创新生态 助力形成新质生产力", ["程丹", "郭博昊", "江楠"], "证券时报", None),
        ("国务院国资委：稳步推进整车央企重组整合", ["江卿"], "证券时报", None),
        ("从“野蛮生长”到“精耕细作” 我国微短剧行业正逐步转型", [], "新华社", None),
        (None, [], None, "A1"),
    ]


def test_sample_sections_are_paragraphs_of_the_text(sample):
    headings = [[s["heading"] for s in p.sections] for p in sample]
    assert headings == [
        ["吹响中国产业出海号角", "多个综试区成效明显", "差异化协调发展成关键"],
        ["完善科技创新立法", "司法护航知识产权保护", "风险治理值得关注"],
        [],
        [],
        [],
    ]
    for piece in sample:
        for section in piece.sections:
            start = section["start"]
            assert (
                piece.text[start : start + len(section["heading"]) + 1] == section["heading"] + "\n"
            )
            assert start == 0 or piece.text[start - 1] == "\n"


@pytest.mark.parametrize(
    "joined",
    [
        "决心和行动。更为重要的是,跨境电商综试区不是政策洼地",
        "“我们将推动新设一批跨境电商综试区,来支持跨境电商和海外仓",
        "在年会“全球知识产权保护与创新论坛”上表示,生成式人工智能",
        "在运行过程中可能会因路径不可控",
        "在2024年最新公布的中国跨境电商品品牌影响力百强榜中,深圳占比超过四成",
    ],
)
def test_paragraphs_broken_by_the_layout_are_joined(sample, joined):
    assert sum(joined in p.text for p in sample) == 1


def test_photo_credit_goes_to_captions(sample):
    assert sample[0].captions == ["图虫创意/供图"]
    assert all("供图" not in p.text for p in sample)


def test_paragraph_counts_and_no_markers_left(sample):
    assert [len(p.paragraphs) for p in sample] == [21, 22, 5, 9, 2]
    for piece in sample:
        assert "<<" not in piece.text and "上接" not in piece.text
        assert all(par == par.strip() for par in piece.paragraphs)


def test_text_keeps_mixed_punctuation_as_printed(sample):
    assert "有网友评论:“这才是真正的家庭生活" in sample[3].text
    assert "国务院国资委：" in sample[2].title
    assert "各區以及企业" in sample[1].text


def test_second_page(second):
    first, heat = second
    assert first.title == "稳外贸政策持续发力 前四月进出口同比增长5.6%"
    assert first.byline == ["李晓明", "欧阳倩"] and first.source is None
    assert first.continued_to == "A3" and first.text.endswith("等重点展会。")
    assert first.captions == ["（资料图）"]
    assert heat.title == "高温天气来袭 多地电力负荷创新高"
    assert heat.source == "新华社" and heat.byline == ["胡春华"]
    assert "比去年同期增长12%" in heat.text
    assert heat.text.startswith("入夏以来")


@pytest.mark.parametrize(
    "line, byline, source",
    [
        ("证券时报记者 程丹 郭博昊 江楠", ["程丹", "郭博昊", "江楠"], "证券时报"),
        ("本报记者 张三 李四", ["张三", "李四"], None),
        ("记者 王五", ["王五"], None),
        ("本报记者 张三 通讯员 李四", ["张三", "李四"], None),
        ("据新华社电", [], "新华社"),
        ("据新华社北京3月1日电", [], "新华社"),
        ("新华社记者 赵六、钱七", ["赵六", "钱七"], "新华社"),
    ],
)
def test_byline_forms(line, byline, source):
    page = f"某地推进改革取得新进展\n\n{line}\n\n正文第一段，说的是改革。\n"
    (piece,) = split_page(page)
    assert piece.title == "某地推进改革取得新进展"
    assert (piece.byline, piece.source) == (byline, source)
    assert piece.text == "正文第一段，说的是改革。"


def test_dateline_at_the_head_of_a_paragraph():
    page = (
        "沪指重回三千点\n\n新华社上海6月2日电（记者 李明）上海证券交易所2日收盘，沪指上涨1.2%。\n"
    )
    (piece,) = split_page(page)
    assert (piece.title, piece.byline, piece.source) == ("沪指重回三千点", ["李明"], "新华社")
    assert piece.text == "上海证券交易所2日收盘，沪指上涨1.2%。"


def test_continuation_markers_in_all_forms():
    page = (
        "（上接第2版）\n\n这一段接着上一版的内容继续写，直到本段结束。\n\n"
        "新政落地首月见成效\n\n本报记者 孙八\n\n第一段正文。第二句（下转A3版）\n"
    )
    cont, article = split_page(page)
    assert (cont.title, cont.continued_from) == (None, "2")
    assert cont.text == "这一段接着上一版的内容继续写，直到本段结束。"
    assert (article.title, article.continued_to) == ("新政落地首月见成效", "A3")
    assert article.text == "第一段正文。第二句"


def test_page_starting_mid_article_gives_an_untitled_piece():
    page = "的改革措施，取得了明显成效。\n\n绿色金融扩容提速\n\n记者 周九\n\n正文。\n"
    first, second = split_page(page)
    assert first.title is None and first.text == "的改革措施，取得了明显成效。"
    assert second.title == "绿色金融扩容提速"


def test_heading_is_never_glued_to_the_next_paragraph():
    page = "标题在这里出现吧\n\n记者 周九\n\n第一段。\n\n市场信心逐步恢复\n\n第二段。\n"
    (piece,) = split_page(page)
    assert piece.paragraphs == ["第一段。", "市场信心逐步恢复", "第二段。"]
    assert piece.sections == [{"heading": "市场信心逐步恢复", "start": 5}]


def test_inline_and_line_captions():
    page = (
        "标题在这里出现吧\n\n记者 周九\n\n第一段说到一半\n\n新华社发\n\n接着说完。（资料图）\n\n"
        "张三 摄\n\n第二段。\n"
    )
    (piece,) = split_page(page)
    assert piece.paragraphs == ["第一段说到一半接着说完。", "第二段。"]
    assert piece.captions == ["新华社发", "资料图", "张三 摄"]


def test_crlf_and_full_width_indents():
    page = "标题在这里出现吧\r\n\r\n记者 周九\r\n\r\n\u3000\u3000第一段。\r\n"
    (piece,) = split_page(page.replace("\r\n", "\n"))
    assert piece.text == "第一段。"


def test_any_text_gives_at_least_one_piece():
    assert len(split_page("")) == 1
    assert split_page("只有一句话")[0].text == "只有一句话"
