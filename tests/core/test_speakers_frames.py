"""Frames of reported speech found reading news from outside the development corpus, on
sentences written for these tests: a verb opening a clause after the sentence's subject (`张三在会上
致辞，表示…`), 受访 between a subject and its verb, a date or an addressee between an
organisation and its verb, a quoted term in the clause of the speaker (never a statement of its
own), a person described by a `…的` phrase, titles such as 执委 and 委员长 before a foreign name,
and surnames of the 百家姓 (傅, 萧, 洪, 寿…)."""

from desktop.core.speakers import find_speakers


def said(text: str) -> list[tuple[str, str | None, bool]]:
    found = find_speakers(text)
    return [(text[s["start"] : s["end"]], s["speaker"], s["direct"]) for s in found.statements]


def speakers(text: str) -> dict[str, str]:
    return {s["name"]: s["kind"] for s in find_speakers(text).speakers}


def test_a_verb_after_a_comma_has_the_subject_of_the_sentence():
    text = "商会会长郑立平在年会上讲话，表示明年的会员活动将增加一倍。"
    assert said(text) == [("明年的会员活动将增加一倍。", "郑立平", False)]


def test_a_noun_phrase_ending_like_a_name_is_no_subject_for_it():
    text = "加上继续下调两项保险费率，预计全年可为企业减负两千亿元。"
    assert said(text) == []


def test_shoufang_stands_between_the_speakers_and_the_verb():
    text = "不少外地游客受访表示，景区的指示牌比去年清楚多了。"
    assert speakers(text) == {"不少外地游客": "anonymous"}
    assert said(text)[0][1] == "不少外地游客"


def test_an_organisation_with_a_date_and_an_addressee_before_the_verb():
    text = "某市有关部门15日对记者称，调查结果将在下周公布。"
    assert said(text) == [("调查结果将在下周公布。", "某市有关部门", False)]


def test_a_date_opening_the_subject_is_not_part_of_the_organisation():
    text = "2003年5月6日国家某某总局宣布，暂停进口该类产品。"
    assert speakers(text) == {"国家某某总局": "organization"}


def test_a_quoted_term_in_the_speakers_clause_is_no_statement():
    text = "“海峡读书月”组委会主任王建军表示，“海峡读书月”已经办了十届，读者越来越多。"
    assert [s for s in said(text) if s[0] == "海峡读书月"] == []
    assert said(text)[0][1] == "王建军"


def test_a_quotation_before_a_quoted_term_and_its_speaker():
    text = "“这是我第三次来，每次都有新收获。”“海峡读书月”志愿者代表许明华说，活动办得很用心。"
    assert said(text)[0] == ("这是我第三次来，每次都有新收获。", "许明华", True)


def test_a_person_described_by_a_de_phrase():
    text = "“我每年都来看花。”住在公园北门附近的田中花子说，今年的樱花开得特别早。"
    assert said(text)[0] == ("我每年都来看花。", "田中花子", True)
    assert "田中花子" in speakers(text)


def test_a_title_before_a_foreign_name_is_not_part_of_it():
    text = "某国际协会执委玛丽亚·冈萨雷斯说，青年交流项目明年将扩大到二十个国家。"
    assert speakers(text) == {"玛丽亚·冈萨雷斯": "person"}


def test_surnames_of_the_bai_jia_xing():
    for name in ("傅国强", "萧文静", "洪志远", "寿小芬", "赖建华"):
        text = f"某县农业局局长{name}介绍，今年全县的水稻长势良好。"
        assert speakers(text) == {name: "person"}, name


def test_que_stands_between_a_name_and_the_verb():
    text = "大家以为高峰已过，景区主任陈立华却说，真正的高峰还在后面。"
    assert said(text) == [("真正的高峰还在后面。", "陈立华", False)]


def test_a_role_starts_after_the_event_someone_attended():
    text = (
        "市长周建国8日出席某国驻华大使金永浩举行的招待会。金永浩在招待会上致辞，"
        "表示两国合作前景广阔。"
    )
    found = {s["name"]: s["role"] for s in find_speakers(text).speakers}
    assert found == {"金永浩": "某国驻华大使"}
