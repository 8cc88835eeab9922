"""The reading view's layout, on every article of the sample, at several widths."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.gui.reader.layout import CLOSING, OPENING, layout_article
from desktop.gui.reader.view import ReaderView


@pytest.fixture(scope="module")
def articles(sample_articles):
    return [a.to_json() for a in sample_articles]


@pytest.mark.parametrize("pinyin_above", [False, True])
@pytest.mark.parametrize("width", [420, 700, 1100])
def test_lines_follow_chinese_line_breaking(qapp, articles, width, pinyin_above):
    fonts = ReaderView().fonts()
    for article in articles:
        text = article["text"]
        layout = layout_article(article, width, fonts, pinyin_above=pinyin_above, word_gap=True)
        placed = [b for line in layout.lines for b in line.boxes]
        words = [
            i for i, t in enumerate(article["tokens"]) if "\n" not in text[t["start"] : t["end"]]
        ]
        assert [b.token for b in placed] == words  # every word once, in order
        for line in layout.lines:
            first, last = text[line.boxes[0].start], text[line.boxes[-1].start]
            assert (
                first not in CLOSING
                or line.boxes[0].start == 0
                or text[line.boxes[0].start - 1] == "\n"
            )
            assert (
                last not in OPENING
                or len(line.boxes) == 1
                or line is layout.lines[-1]
                or text[line.boxes[-1].end] == "\n"
            )
            for a, b in zip(line.boxes, line.boxes[1:]):
                assert a.x + a.width <= b.x + 0.01  # side by side: pinyin above never overlaps


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.text(
        alphabet=st.sampled_from(
            "中国人民银行表示，“稳”字当头。（上接A1版）2.63万亿元%abc \n《》、！"
        ),
        max_size=120,
    ),
    st.integers(120, 900),
)
def test_any_text_is_laid_out_whole_and_without_overlaps(qapp, text, width):
    from desktop.core.analysis import analyze

    fonts = ReaderView().fonts()
    for article in (a.to_json() for a in analyze(text)):
        layout = layout_article(article, width, fonts, pinyin_above=True, word_gap=True)
        body = article["text"]
        placed = [b.token for line in layout.lines for b in line.boxes]
        assert placed == [
            i for i, t in enumerate(article["tokens"]) if "\n" not in body[t["start"] : t["end"]]
        ]
        for line in layout.lines:
            assert all(a.x + a.width <= b.x + 0.01 for a, b in zip(line.boxes, line.boxes[1:]))


@pytest.mark.parametrize("width", [360, 420, 520, 640])
def test_titles_break_between_words(qapp, articles, width):
    """A headline wraps between words the article itself uses (十年成效明 / 显 broke a word)."""
    fonts = ReaderView().fonts()
    for article in articles:
        if not article["title"]:
            continue
        text = article["text"]
        words = {
            text[t["start"] : t["end"]] for t in article["tokens"] if t["end"] - t["start"] > 1
        }
        layout = layout_article(article, width, fonts, pinyin_above=False, word_gap=True)
        lines = [tl.text for tl in layout.header if tl.role == "title"]
        assert "".join(lines).replace(" ", "") == article["title"].replace(" ", "")
        joined, breaks = "", []
        for line in lines[:-1]:
            joined += line
            breaks.append(len(joined))
        title = "".join(lines)
        for at in breaks:
            for w in words:
                start = title.find(w)
                while start >= 0:
                    assert not (start < at < start + len(w)), (title, at, w)
                    start = title.find(w, start + 1)


def test_title_units_keep_words_and_numbers_whole():
    from desktop.gui.reader.layout import title_units

    units = title_units("2024年一季度GDP增长5.3%", {"季度", "增长"})
    assert units == ["2024年", "一", "季度", "GDP", "增长", "5.3%"]
    assert title_units("十年成效明显", {"成效", "明显"}) == ["十年", "成效", "明显"]
