"""Copy with pinyin: the characters with their readings, word by word, as text and as ruby."""

import re

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.analysis import analyze
from desktop.core.annotated_text import ruby_html, with_pinyin
from desktop.core.tokens import Tokens


def _article(text):
    (article,) = analyze(text)
    return article.text, Tokens.from_dicts(article.to_json()["tokens"])


def test_words_with_their_readings():
    text, tokens = _article("银行发布报告。")
    assert with_pinyin(text, tokens, 0, len(text)) == "银行(yínháng)发布(fābù)报告(bàogào)。"
    assert ruby_html(text, tokens, 0, 4) == (
        "<ruby>银行<rt>yínháng</rt></ruby><ruby>发布<rt>fābù</rt></ruby>"
    )


def test_a_selection_that_cuts_a_word_keeps_the_reading_of_its_part():
    text, tokens = _article("银行发布报告。")
    assert with_pinyin(text, tokens, 1, 3) == "行(háng)发(fā)"


@given(st.text(alphabet="中国人民银行表示<>&“”，。2.6万亿元 \n", max_size=60), st.data())
def test_any_selection_keeps_every_character(text, data):
    articles = analyze(text)
    if not articles:
        return
    (article, *_) = articles
    tokens = Tokens.from_dicts(article.to_json()["tokens"])
    start = data.draw(st.integers(0, len(article.text)))
    end = data.draw(st.integers(start, len(article.text)))
    plain = with_pinyin(article.text, tokens, start, end)
    assert re.sub(r"\([^()]*\)", "", plain) == article.text[start:end]  # the text has no ( )
    rich = ruby_html(article.text, tokens, start, end)
    assert "<" not in re.sub(r"</?(ruby|rt|br)>", "", rich)  # every < of the text escaped
