"""Figure shapes met reading news from outside the development corpus, on sentences written for
these tests: a clock time with no time-of-day word before it, a number that is the whole of a
quotation, a name ending in a numeral right before a date, a measure word before a noun that
the dictionary knows, and a duration the dictionary lists with 来."""

from desktop.core.figures import find_figures


def shown(text: str) -> list[tuple[str, str, object]]:
    return [(f["text"], f["kind"], f["value"]) for f in find_figures(text)]


def test_clock_times_are_no_figures():
    for text in ("8时45分，会议开始。", "列车于7点05分发车。", "十时三十分，演出开始。"):
        assert shown(text) == [], text


def test_a_duration_in_hours_and_minutes_stays_one():
    assert shown("全程用时2小时15分。") == [("2小时15分", "duration", 135)]


def test_a_number_that_is_the_whole_of_a_quotation_is_a_name():
    assert shown("不少人趁“五一”假期出游。") == []
    assert shown("他们反对“996”工作制。") == []


def test_a_date_right_after_a_name_that_ends_in_a_numeral():
    assert shown("市长王建一5日在会上表示") == [("5日", "date", None)]


def test_a_measure_word_before_a_noun_of_the_dictionary():
    assert shown("集团旗下有12家子公司。") == [("12家", "count", 12)]


def test_a_duration_with_lai_is_the_duration():
    assert shown("开业一年多来，客流稳步增长。") == [("一年多", "duration", 1)]


def test_a_unit_word_then_arabic_digits_is_no_number():
    assert shown("千万300多倍的涨幅不可信。") == [("300多倍", "multiple", 300)]


def test_an_hour_right_after_its_day_is_a_clock_time():
    assert shown("截至5日18时，共有两万人报名。") == [
        ("5日", "date", None),
        ("两万人", "count", 20000),
    ]


def test_the_qi_of_qijian_is_not_part_of_a_duration():
    assert shown("展会开放的40天期间，秩序良好。") == [("40天", "duration", 40)]
    assert shown("发行3年期国债。") == [("3年期", "duration", 3)]


def test_counts_of_sessions_and_trains():
    assert shown("全年演出1200场次，加开列车35车次。") == [
        ("1200场次", "count", 1200),
        ("35车次", "count", 35),
    ]


def test_a_duration_at_the_very_end_of_the_text_ends_there():
    for text in ("贷款为期5年", "一年多", "约2.5亿年~6500万年"):
        for f in find_figures(text):
            assert f["end"] <= len(text) and text[f["start"] : f["end"]] == f["text"], text
