"""Credits, captions and furniture as pages print them, on pages written for these tests: a
byline behind a platform or a `文|` mark, the author with the editor on one line, an editor's line
that ends an article, a long photo caption with its photographer, a credit in brackets at the head
or the foot of the text, a headline with a subtitle over the byline, a dateline under the byline,
and a continuation mark after which the next headline starts another article."""

from desktop.core.page import split_page


def test_a_byline_behind_a_platform_or_a_credit_mark():
    for line, names in (
        ("快读/滨海日报记者 罗一鸣", ["罗一鸣"]),
        ("文|《东方周刊》记者 孙小溪", ["孙小溪"]),
        ("文/本报记者 钱程 吴越", ["钱程", "吴越"]),
    ):
        page = f"煤炭保供稳价见成效\n\n{line}\n\n今年以来，煤炭产量稳步提高。\n"
        (piece,) = split_page(page)
        assert piece.title == "煤炭保供稳价见成效", line
        assert piece.byline == names, line
        assert piece.paragraphs == ["今年以来，煤炭产量稳步提高。"], line


def test_the_author_with_the_editor_on_one_line():
    page = "制造业景气度回升\n\n作者：田禾 责编：齐山\n\n本月制造业采购经理指数上升。\n"
    (piece,) = split_page(page)
    assert piece.title == "制造业景气度回升"
    assert piece.byline == ["田禾"]
    assert piece.text == "本月制造业采购经理指数上升。"


def test_an_editors_line_ends_the_article_and_is_no_text():
    page = (
        "第一篇的标题在这里\n\n第一篇的正文。\n\n责任编辑：杜若\n\n"
        "第二篇的标题在这里\n\n记者 方舟\n\n第二篇的正文。\n"
    )
    first, second = split_page(page)
    assert first.text == "第一篇的正文。" and first.sections == []
    assert second.title == "第二篇的标题在这里" and second.byline == ["方舟"]


def test_a_long_photo_caption_ending_with_the_photographer_is_no_text():
    caption = (
        "5月8日，工人在一家汽车零部件企业的生产线上作业。当日，当地举行了招聘活动。"
        " 新华社记者 林海 摄"
    )
    page = f"零部件企业订单增多\n\n{caption}\n\n本报北京5月9日电 汽车零部件企业订单增多。\n"
    (piece,) = split_page(page)
    assert piece.title == "零部件企业订单增多"
    assert piece.captions == [caption]
    assert piece.text == "汽车零部件企业订单增多。"


def test_a_credit_in_brackets_at_the_head_of_the_text_names_the_author_not_the_outlet():
    page = "消费券带动假日消费\n\n【文/晨风网 周游】5月2日，各地消费券陆续发放。\n"
    (piece,) = split_page(page)
    assert piece.byline == ["周游"]
    assert piece.text == "5月2日，各地消费券陆续发放。"


def test_a_credit_at_the_foot_of_a_paragraph_is_the_byline():
    for tail in ("（记者 白露）", "记者 白露"):
        page = f"港口吞吐量保持增长\n\n前四个月，港口货物吞吐量同比增长。下一步将继续推进。{tail}\n"
        (piece,) = split_page(page)
        assert piece.byline == ["白露"], tail
        assert piece.text == "前四个月，港口货物吞吐量同比增长。下一步将继续推进。", tail


def test_a_headline_with_a_subtitle_stands_over_the_byline():
    title = "访谈|数字经济让小店焕发新活力——访某市商业联合会会长周一川"
    page = (
        f"{title}\n\n新华社记者 丁香 夏至\n\n"
        "新华社杭州6月3日电 周一川近日接受采访时表示，小店经营状况改善。\n"
    )
    (piece,) = split_page(page)
    assert piece.title == title
    assert piece.byline == ["丁香", "夏至"]
    assert piece.source == "新华社"
    assert piece.text == "周一川近日接受采访时表示，小店经营状况改善。"


def test_after_a_continuation_mark_the_next_headline_starts_another_article():
    page = (
        "第一篇的标题在这里\n\n本报记者 贺年\n\n第一篇正文的开头部分。\n\n（下转A5版）\n\n"
        "另一篇文章的标题\n\n另一篇文章的正文。\n\n（据中国日报网）\n"
    )
    first, second = split_page(page)
    assert first.continued_to == "A5" and first.text == "第一篇正文的开头部分。"
    assert second.title == "另一篇文章的标题"
    assert second.source == "中国日报网"
    assert second.text == "另一篇文章的正文。"


def test_a_source_line_with_a_bar():
    page = "服务贸易较快增长\n\n一季度服务进出口增长。\n\n来源 | 央广网\n"
    (piece,) = split_page(page)
    assert piece.source == "央广网"
    assert piece.text == "一季度服务进出口增长。"
