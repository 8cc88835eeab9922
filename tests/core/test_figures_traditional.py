"""Figures in traditional characters read as in simplified ones (sentences written for these
tests): the measure words and units of the terms list are simplified, the text is not; and the
clauses of a rule numbered by their section (第1.4条)."""

from desktop.core.figures import find_figures


def figs(text: str) -> list[tuple[str, str, float | int | None]]:
    return [(f["text"], f["kind"], f["value"]) for f in find_figures(text)]


def test_traditional_measure_words_make_counts():
    assert figs("共有二十三個團隊參賽，比賽由8場減為兩場。") == [
        ("二十三個", "count", 23),
        ("8場", "count", 8),
        ("兩場", "count", 2),
    ]


def test_the_figure_text_stays_as_printed():
    text = "營收達到3.5億元，較去年增長兩成。"
    assert next(f["text"] for f in find_figures(text)) == "3.5億元"
    assert figs(text)[0] == ("3.5億元", "money", 350000000)


def test_a_clause_numbered_by_its_section_is_one_ordinal():
    assert figs("违反了第3.2条、第12.1.4条的规定。") == [
        ("第3.2条", "ordinal", 3.2),
        ("第12.1.4条", "ordinal", None),
    ]


def test_a_white_circle_between_numerals_is_zero():
    assert figs("踏入二○一六年，股市大幅滑落。") == [("二○一六年", "date", None)]
