"""Packed tokens behave as the contract's list of token dicts, and pack without loss."""

import copy
import json
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.analysis import analyze
from desktop.core.tokens import Tokens, as_tokens, with_packed_tokens

SYLLABLES = st.sampled_from(["", "zhōng", "guó", "lǜ", "de", "yī", "ā", "xiàn"])


@st.composite
def token_lists(draw) -> list[dict]:
    tokens, start = [], 0
    for length in draw(st.lists(st.integers(1, 6), max_size=40)):
        tokens.append({"start": start, "end": start + length,
                       "pinyin": draw(st.lists(SYLLABLES, min_size=length, max_size=length))})
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
    assert packed == tokens and tokens == packed and not packed != tokens
    assert list(packed) == tokens and packed[:] == tokens and [*packed] == tokens
    assert json.loads(json.dumps(packed)) == tokens
    assert json.loads(json.dumps(packed, indent=1)) == tokens


@given(token_lists())
def test_packed_tokens_behave_as_a_list_once_changed(tokens):
    packed = _stored(tokens)
    plain = copy.deepcopy(tokens)
    extra = {"start": 0, "end": 1, "pinyin": [""]}
    for target in (packed, plain):
        target.append(extra)
        target.reverse()
    assert packed == plain and len(packed) == len(plain)
    assert packed.spans() == [(t["start"], t["end"]) for t in plain]
    if tokens:
        packed[1]["pinyin"] = ["x"] * (packed[1]["end"] - packed[1]["start"])
        assert packed.pinyin(1) == packed[1]["pinyin"]


def test_copies_and_sums_are_plain_lists_with_the_tokens():
    tokens = [{"start": 0, "end": 2, "pinyin": ["zhōng", "guó"]}, {"start": 2, "end": 3, "pinyin": [""]}]
    for made in (copy.copy(_stored(tokens)), copy.deepcopy(_stored(tokens)),
                 pickle.loads(pickle.dumps(_stored(tokens))), [] + _stored(tokens), _stored(tokens) + []):
        assert type(made) is list and made == tokens
    assert _stored(tokens) == _stored(tokens)
    assert _stored(tokens) in [_stored(tokens)]


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
        assert _stored(tokens) == tokens


def test_with_packed_tokens_keeps_an_article_that_has_them():
    article = analyze("中国人民银行表示，将保持流动性合理充裕。")[0].to_json()
    packed = with_packed_tokens(article)
    assert isinstance(packed["tokens"], Tokens) and packed["tokens"] == article["tokens"]
    assert with_packed_tokens(packed) is packed and with_packed_tokens(None) is None
    assert as_tokens(packed["tokens"]) is packed["tokens"]
