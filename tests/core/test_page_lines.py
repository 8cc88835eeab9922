"""Lines of pages from outside the development corpus, written for these tests: a web page's
date and source line, a short headline with digits in it, a short line that a blank line
separates from the body, an editor's name in brackets, and a dateline crediting its writer in
brackets without 记者."""

from desktop.core.page import split_page


def test_a_date_and_source_line_under_the_headline_is_no_text():
    page = (
        "某市举行春季招聘会\n\n2023-04-02 09:15 来源：某某日报网\n\n"
        "本周六，某市人才市场举办春季招聘会。\n\n共有三百家企业参加。\n"
    )
    (piece,) = split_page(page)
    assert piece.title == "某市举行春季招聘会"
    assert piece.paragraphs == ["本周六，某市人才市场举办春季招聘会。", "共有三百家企业参加。"]
    assert piece.date == "2023-04-02" and piece.source == "某某日报网"


def test_a_date_line_at_the_top_is_no_headline():
    page = "发布时间：2023年04月02日 09:15 来源：某某网\n\n本周六，某市人才市场举办春季招聘会。\n"
    (piece,) = split_page(page)
    assert piece.title is None
    assert piece.paragraphs == ["本周六，某市人才市场举办春季招聘会。"]


def test_the_site_is_the_source_only_when_the_article_names_none():
    page = (
        "2023-04-02 09:15:01 来源:某某转载网\n\n"
        "新华社北京4月2日电 （记者 周九）本周六，某市人才市场举办春季招聘会。\n"
    )
    (piece,) = split_page(page)
    assert piece.source == "新华社" and piece.byline == ["周九"]


def test_a_short_headline_with_digits():
    page = "2023读书节\n\n“每年都来，今年的书特别多。”一位读者说。\n\n读书节为期三天。\n"
    (piece,) = split_page(page)
    assert piece.title == "2023读书节"
    assert piece.paragraphs[0].startswith("“每年都来")


def test_a_short_line_before_a_blank_line_is_not_joined_to_the_next():
    page = (
        "标题在这里出现吧\n\n记者 周九\n\n第一段说完了。\n\n读者的意见\n\n"
        "“希望多办几场。”一位读者说。\n"
    )
    (piece,) = split_page(page)
    assert piece.paragraphs == ["第一段说完了。", "读者的意见", "“希望多办几场。”一位读者说。"]


def test_an_editor_in_brackets_ends_the_article():
    for line in ("【编辑:周九】", "责任编辑：【周九】"):
        page = f"标题在这里出现吧\n\n第一段。\n\n{line}\n"
        (piece,) = split_page(page)
        assert piece.paragraphs == ["第一段。"], line


def test_a_dateline_credits_its_writer_in_brackets():
    page = "标题在这里出现吧\n\n某某日报网5月6日电（周九）近日，某市公布了新的公交线路。\n"
    (piece,) = split_page(page)
    assert piece.byline == ["周九"] and piece.source == "某某日报网"
    assert piece.paragraphs == ["近日，某市公布了新的公交线路。"]


def test_writers_named_in_brackets_after_the_last_sentence():
    page = "标题在这里出现吧\n\n第一段说完了。\n\n第二段也说完了。（周九 吴十）\n"
    (piece,) = split_page(page)
    assert piece.byline == ["周九", "吴十"]
    assert piece.paragraphs == ["第一段说完了。", "第二段也说完了。"]


def test_brackets_after_the_last_sentence_that_name_no_writer_stay():
    page = "标题在这里出现吧\n\n第一段说完了。（完）\n"
    (piece,) = split_page(page)
    assert piece.byline == [] and piece.paragraphs == ["第一段说完了。（完）"]


def test_a_reposting_sites_line_gives_the_source():
    page = "标题在这里出现吧\n\n第一段说完了。\n\n文章转载自：某某新闻网 非本站原创\n"
    (piece,) = split_page(page)
    assert piece.paragraphs == ["第一段说完了。"] and piece.source == "某某新闻网"


def test_a_date_line_names_the_outlet_and_its_writers_without_the_word_source():
    page = (
        "某市新建三座公园\n\n2022-05-06 10:20:31 东方经济报 周九 实习生 吴十\n\n"
        "某市近日新建了三座公园。\n"
    )
    (piece,) = split_page(page)
    assert piece.byline == ["周九", "吴十"] and piece.source == "东方经济报"
    assert piece.date == "2022-05-06" and piece.paragraphs == ["某市近日新建了三座公园。"]


def test_a_date_line_with_the_outlet_alone_gives_the_source():
    page = "赛后几句话\n\n2004年10月03日20:15 南方晚报\n\n两队打成平局。\n"
    (piece,) = split_page(page)
    assert piece.source == "南方晚报" and piece.byline == [] and piece.date == "2004-10-03"


def test_a_date_line_whose_words_are_not_all_names_credits_no_one():
    page = "赛后几句话\n\n2004年10月03日20:15 南方晚报 综合外电报道整理\n\n两队打成平局。\n"
    (piece,) = split_page(page)
    assert piece.source == "南方晚报" and piece.byline == []


def test_an_interviewers_question_on_a_line_of_its_own_is_no_section_heading():
    page = (
        "访谈：一位老师的一天\n\n本报记者 周九\n\n"
        "记者：您每天几点到学校？\n\n老师：七点就到了，先看学生早读。\n\n"
        "问：周末也去吗\n\n答：很少去。\n"
    )
    (piece,) = split_page(page)
    assert [s["heading"] for s in piece.sections] == []
    assert piece.paragraphs[0] == "记者：您每天几点到学校？"
