"""Packed tokens read as the contract's token dicts, give them back whole, and pack without loss."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.analysis import analyze
from desktop.core.tokens import Tokens, as_tokens, with_packed_tokens, with_token_dicts

SYLLABLES = st.sampled_from(["", "zhōng", "guó", "lǜ", "de", "yī", "ā", "xiàn"])


@st.composite
def token_lists(draw) -> list[dict]:
    tokens, start = [], 0
    for length in draw(st.lists(st.integers(1, 6), max_size=40)):
        tokens.append(
            {
                "start": start,
                "end": start + length,
                "pinyin": draw(st.lists(SYLLABLES, min_size=length, max_size=length)),
            }
        )
        start += length
    return tokens


def _stored(tokens: list[dict]) -> Tokens:
    """As the library gives them back: packed, through JSON."""
    ends, syllables = json.loads(json.dumps(Tokens.from_dicts(tokens).packed()))
    return Tokens.unpacked(ends, syllables)


@given(token_lists())
def test_packed_tokens_read_as_the_dicts_they_came_from(tokens):
    packed = _stored(tokens)
    assert len(packed) == len(tokens)
    assert packed.spans() == [(t["start"], t["end"]) for t in tokens]
    assert [packed.pinyin(i) for i in range(len(tokens))] == [t["pinyin"] for t in tokens]
    for t in tokens:
        for offset in range(t["start"], t["end"]):
            assert packed.span(packed.index_at(offset)) == (t["start"], t["end"])
    assert packed.index_at(tokens[-1]["end"] if tokens else 0) == -1
    assert packed.to_dicts() == tokens
    assert json.loads(json.dumps(packed.to_dicts())) == tokens
    assert packed == Tokens.from_dicts(tokens) and packed == _stored(tokens)


@given(token_lists(), token_lists())
def test_tokens_are_equal_when_their_spans_and_readings_are(a, b):
    assert (Tokens.from_dicts(a) == Tokens.from_dicts(b)) == (a == b)


def test_tokens_are_read_only_and_say_so():
    tokens = Tokens.from_dicts([{"start": 0, "end": 2, "pinyin": ["zhōng", "guó"]}])
    with pytest.raises(TypeError):
        tokens[0]  # not a list: to_dicts() gives the contract's list
    with pytest.raises(TypeError):
        hash(tokens)
    assert repr(tokens) == "Tokens(1 tokens)"
    assert (tokens == [{"start": 0, "end": 2, "pinyin": ["zhōng", "guó"]}]) is False


def test_tokens_that_do_not_tile_their_text_are_refused():
    with pytest.raises(ValueError):
        Tokens.from_dicts([{"start": 1, "end": 2, "pinyin": [""]}])
    with pytest.raises(ValueError):
        Tokens.from_dicts([{"start": 0, "end": 2, "pinyin": ["zhōng"]}])
    with pytest.raises(ValueError):
        Tokens.from_dicts([{"start": 0, "end": 1, "pinyin": ["a b"]}]).packed()


def test_an_analysis_packs_and_unpacks_exactly(sample_articles):
    for article in sample_articles:
        tokens = article.to_json()["tokens"]
        assert _stored(tokens).to_dicts() == tokens


def test_with_packed_tokens_keeps_an_article_that_has_them():
    article = analyze("中国人民银行表示，将保持流动性合理充裕。")[0].to_json()
    packed = with_packed_tokens(article)
    assert isinstance(packed["tokens"], Tokens) and packed["tokens"].to_dicts() == article["tokens"]
    assert with_token_dicts(packed) == article
    assert with_packed_tokens(packed) is packed and with_packed_tokens(None) is None
    assert as_tokens(packed["tokens"]) is packed["tokens"]
