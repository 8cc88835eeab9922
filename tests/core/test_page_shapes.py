"""Where an article starts and what its lines are, on pages written for these tests: a headline
with no byline, source lines that close an article, interview lines, headings printed on two
lines or holding a comma, bylines with the filing place and the editor, the author at the foot."""

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.page import split_page


def test_a_short_first_line_before_a_blank_line_is_the_headline():
    page = (
        "稻谷收购价格今年保持稳定\n\n在夏粮收购开始之际，多地粮库已做好准备。\n\n第二段说明情况。\n"
    )
    (piece,) = split_page(page)
    assert piece.title == "稻谷收购价格今年保持稳定"
    assert piece.paragraphs == ["在夏粮收购开始之际，多地粮库已做好准备。", "第二段说明情况。"]


def test_a_headline_may_hold_punctuation():
    page = "5.6%！前四月外贸好于预期，海关：下半年仍需努力\n\n今年以来，外贸保持增长。\n"
    (piece,) = split_page(page)
    assert piece.title == "5.6%！前四月外贸好于预期，海关：下半年仍需努力"


def test_a_page_starting_mid_sentence_has_no_headline():
    page = "的改革措施，取得了明显成效。\n\n绿色金融扩容提速\n\n记者 周九\n\n正文。\n"
    first, second = split_page(page)
    assert first.title is None and second.title == "绿色金融扩容提速"


def test_a_masthead_is_no_headline():
    page = "经济日报\n\n外贸政策持续发力\n前四月进出口增长\n\n本报记者 李明\n\n正文第一段。\n"
    (piece,) = split_page(page)
    assert piece.title == "外贸政策持续发力 前四月进出口增长"


def test_a_source_line_closes_its_article_and_the_next_line_is_a_headline():
    page = (
        "今天的第一篇文章标题\n\n第一篇的正文。\n\n（据新华网）\n\n"
        "第二篇文章的标题\n\n第二篇的正文。\n\n（来源：经济参考报）\n"
    )
    first, second = split_page(page)
    assert (first.title, first.source, first.text) == (
        "今天的第一篇文章标题",
        "新华网",
        "第一篇的正文。",
    )
    assert (second.title, second.source, second.text) == (
        "第二篇文章的标题",
        "经济参考报",
        "第二篇的正文。",
    )
    assert first.sections == [] and second.sections == []


def test_a_source_at_the_end_of_the_last_paragraph():
    page = (
        "今天的第一篇文章标题\n\n第一篇的正文。（据新华网）\n\n第二篇文章的标题\n\n第二篇的正文。\n"
    )
    first, second = split_page(page)
    assert (first.source, first.text) == ("新华网", "第一篇的正文。")
    assert second.title == "第二篇文章的标题"


def test_interview_lines_are_paragraphs_of_the_article():
    page = (
        "港口物流企业看好明年需求\n\n本报记者 李明\n\n多家外资企业负责人日前接受本报采访。\n\n"
        "某某商事株式会社中国区总经理　山田花子\n\n中国的消费市场仍在成长，我们会继续投资。\n\n"
        "某某物流集团副总裁 陈志远\n\n今年订单比去年增加了两成。\n"
    )
    (piece,) = split_page(page)
    assert piece.title == "港口物流企业看好明年需求"
    assert piece.paragraphs == [
        "多家外资企业负责人日前接受本报采访。",
        "某某商事株式会社中国区总经理　山田花子",
        "中国的消费市场仍在成长，我们会继续投资。",
        "某某物流集团副总裁 陈志远",
        "今年订单比去年增加了两成。",
    ]
    assert piece.sections == []


def test_a_heading_printed_on_two_lines_is_one_heading():
    page = "标题在这里出现吧\n\n记者 周九\n\n第一段。\n\n消费成为亮点\n\n增速出现反弹\n\n第二段。\n"
    (piece,) = split_page(page)
    assert [s["heading"] for s in piece.sections] == ["消费成为亮点 增速出现反弹"]
    assert piece.paragraphs == ["第一段。", "消费成为亮点 增速出现反弹", "第二段。"]


def test_a_heading_may_hold_a_comma_and_a_colon():
    page = (
        "标题在这里出现吧\n\n记者 周九\n\n第一段。\n\n"
        "关于价格：今年涨幅温和，明年仍将平稳\n\n第二段。\n"
    )
    (piece,) = split_page(page)
    assert [s["heading"] for s in piece.sections] == ["关于价格：今年涨幅温和，明年仍将平稳"]


def test_lines_are_joined_only_where_the_layout_broke_a_word():
    page = (
        "标题在这里出现吧\n\n记者 周九\n\n这一段写到一半被版面断开，后面的文字接着写完，然后在这里"
        "\n\n结束。\n\n新的一段。\n"
    )
    (piece,) = split_page(page)
    assert piece.paragraphs == [
        "这一段写到一半被版面断开，后面的文字接着写完，然后在这里结束。",
        "新的一段。",
    ]


def test_a_byline_with_the_filing_place_and_the_editor():
    page = "标题在这里出现吧\n\n每经记者 冯明 北京报道 每经编辑 陈红\n\n正文。\n"
    (piece,) = split_page(page)
    assert piece.byline == ["冯明"] and piece.text == "正文。"


def test_the_author_at_the_foot():
    page = "标题在这里出现吧\n\n第一段。\n\n第二段。\n\n作者：周九（ zhoujiu@example.com）\n"
    (piece,) = split_page(page)
    assert piece.byline == ["周九"]
    assert piece.paragraphs == ["第一段。", "第二段。"]


@given(
    st.lists(
        st.sampled_from(
            [
                "标题在这里",
                "（据新华网）",
                "正文。",
                "记者 周九",
                "\n",
                "\n\n",
                "总经理　山田花子",
                "关于价格：涨幅温和",
                "作者：周九",
                "一段话",
            ]
        ),
        max_size=30,
    ).map("".join)
)
def test_any_page_keeps_every_body_line(page):
    pieces = split_page(page)
    assert pieces
    text = "".join(p.text + (p.title or "") for p in pieces)
    body_seen = False
    for line in page.split("\n"):
        # a line without a full stop above the first sentence may be the page's masthead
        body_seen = body_seen or line == "正文。"
        if line == "正文。" or (line == "一段话" and body_seen):
            assert line.rstrip("。") in text


def test_an_interview_line_under_the_first_line_is_no_masthead():
    page = "一段话\n总经理\u3000山田花子\n记者 周九"
    text = "".join(p.text + (p.title or "") for p in split_page(page))
    assert "一段话" in text and "山田花子" in text


def test_a_wire_dateline_that_prints_a_features_headline_after_its_genre_is_not_a_new_article():
    page = (
        "专访：小微企业融资渠道有望继续拓宽——访某某大学金融学教授王某\n\n"
        "新华社上海5月6日电 专访：小微企业融资渠道有望继续拓宽——访某某大学金融学教授王某\n\n"
        "新华社记者张三 李四\n\n"
        "某某大学金融学教授王某日前在接受新华社记者专访时表示，融资渠道有望继续拓宽。\n"
    )
    (piece,) = split_page(page)
    assert piece.title.startswith("专访：小微企业融资渠道")
    assert piece.source == "新华社" and piece.byline == ["张三", "李四"]
    assert piece.paragraphs[0].startswith("某某大学金融学教授王某")


def test_a_dateline_opening_a_sentence_after_a_genre_word_still_starts_the_text():
    page = "新华社上海5月6日电 综述：今年以来，上海外贸进出口保持增长。\n\n第二段。\n"
    (piece,) = split_page(page)
    assert piece.paragraphs[0] == "综述：今年以来，上海外贸进出口保持增长。"


def test_a_desks_team_credited_under_the_headline_is_the_source_not_a_heading():
    page = (
        "老乡长谈乡村振兴\n\n某某日报两会报道组\n\n"
        "“我们村的路修好了！”\n\n这是代表在分组讨论时说的话。\n"
    )
    (piece,) = split_page(page)
    assert piece.title == "老乡长谈乡村振兴"
    assert piece.source == "某某日报" and piece.byline == []
    assert piece.paragraphs == ["“我们村的路修好了！”", "这是代表在分组讨论时说的话。"]
    assert piece.sections == []
