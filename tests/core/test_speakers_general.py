"""Speech shapes seen in news from many papers, on sentences written for these tests: given
names with 向, adverbs of time, outlets told by name, titles printed after a name, names with no
surname we know before their title, the short form of a foreign name, bracketed interview names,
the one spoken to after 对, a quotation whose speaker is named after it, questions that end a
reported run, a sentence right after its verb, `正如…所说`, and an answer that quotes someone."""

from desktop.core.speakers import find_speakers
from tests.helpers import people_named as people
from tests.helpers import speaker_of


def said(text: str) -> list[tuple[str, str | None, bool]]:
    found = find_speakers(text)
    return [(text[s["start"] : s["end"]], s["speaker"], s["direct"]) for s in found.statements]


def test_a_given_name_may_hold_xiang():
    text = "某行业协会副会长刘向阳向记者表示，今年的订单比去年多。"
    assert said(text) == [("今年的订单比去年多。", "刘向阳", False)]


def test_this_year_stands_between_the_name_and_the_verb():
    text = "研究员孙立今年3月在一场论坛上介绍，新材料的产能正在扩大。"
    assert speaker_of(text, "新材料的产能正在扩大") == {"孙立"}


def test_an_outlet_told_by_its_name():
    text = "某大学教授张华告诉财经快讯网，消费回暖的势头还会延续。"
    assert speaker_of(text, "消费回暖的势头还会延续") == {"张华"}


def test_a_title_printed_after_the_name():
    text = "陈明教授日前表示，利率还有下行空间。"
    assert speaker_of(text, "利率还有下行空间") == {"陈明"}


def test_a_name_with_no_known_surname_before_its_title():
    text = "约翰逊外长12日表示，双方将继续谈判。"
    assert speaker_of(text, "双方将继续谈判") == {"约翰逊"}
    for not_a_name in ("两国外长12日表示，双方将继续谈判。", "该国总理12日表示，双方将继续谈判。"):
        assert not people(not_a_name), not_a_name


def test_the_last_part_of_a_foreign_name_is_the_same_person():
    text = (
        "经济学家彼得·沃森表示，全球贸易正在恢复。\n沃森认为，新兴市场的需求更强。\n"
        "他说，明年的增速会更高。"
    )
    assert people(text) == {"彼得·沃森"}
    assert speaker_of(text, "新兴市场的需求更强") == {"彼得·沃森"}
    assert speaker_of(text, "明年的增速会更高") == {"彼得·沃森"}
    (person,) = find_speakers(text).speakers
    assert [text[s:e] for s, e in person["mentions"]] == ["彼得·沃森", "沃森"]


def test_bracketed_names_in_a_transcript():
    text = (
        "【王新】：\n大家好，今天先通报两项数据。\n【某报记者】：\n出口前景如何？\n"
        "【王新】：\n我们对全年外贸有信心。"
    )
    assert said(text) == [
        ("大家好，今天先通报两项数据。", "王新", True),
        ("我们对全年外贸有信心。", "王新", True),
    ]
    (person,) = find_speakers(text).speakers
    assert [text[s:e] for s, e in person["mentions"]] == ["王新", "王新"]


def test_the_one_spoken_to_after_dui_is_no_speaker():
    text = "钱进对这位投资者反驳称，“公司的账目经得起检查。”"
    assert speaker_of(text, "公司的账目经得起检查") == {"钱进"}


def test_a_quotation_whose_speaker_is_named_after_it():
    lead = "研究员李平表示，今年需求回暖。\n"
    told = (
        lead
        + "“下半年压力仍在，但最难的时候已经过去。”某研究院院长周晴向本报记者回顾了上半年的走势。"
    )
    assert speaker_of(told, "最难的时候已经过去") == {"周晴"}
    other = lead + "“下半年压力仍在，但最难的时候已经过去。”某研究院院长周晴随后翻开了报表。"
    assert speaker_of(other, "最难的时候已经过去") == set()


def test_a_question_ends_a_reported_run():
    text = "记者：有报道称，部长高远表示，关税将下调。这一说法是否属实？"
    assert speaker_of(text, "关税将下调") == {"高远"}
    assert speaker_of(text, "这一说法是否属实") == set()


def test_a_sentence_right_after_its_verb():
    text = "市长林森走上讲台，他说了一句“时间不多，我们直接开始吧”。"
    assert speaker_of(text, "我们直接开始吧") == {"林森"}
    assert said(text)[-1][2] is True


def test_as_someone_said():
    text = "就像研究员宋远在上月的会上所说，改革还要继续深化。"
    assert speaker_of(text, "改革还要继续深化") == {"宋远"}


def test_an_answer_that_quotes_someone_else():
    text = "徐力：我们注意到了这份报告。正如研究员丁一日前指出，经济运行总体平稳。"
    assert speaker_of(text, "我们注意到了这份报告") == {"徐力"}
    assert speaker_of(text, "经济运行总体平稳") == {"丁一"}


def test_in_his_view_after_a_named_person():
    text = "研究员马骏说，出口还会增长。\n在他看来，服务贸易的潜力更大。"
    assert speaker_of(text, "服务贸易的潜力更大") == {"马骏"}


def test_a_short_form_at_the_very_end_is_marked_as_long_as_it_is():
    # the long name's length must not reach past the end of the text (史密斯 is the last part)
    text = "分析师约翰·史密斯表示，市场平稳。记者问史密斯"
    found = find_speakers(text)
    for sp in found.speakers:
        for start, end in sp["mentions"]:
            assert end <= len(text) and text[start:end] in (sp["name"], sp["name"].split("·")[-1])
