"""The polyphone models' plumbing: how an article is cut into the sentences they read."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core import polyphone

_ENDS = "。！？!?；;\n"


def _reference_bounds(text: str) -> list[tuple[int, int]]:
    """The definition, one character at a time: a piece ends after a sentence end or when it is
    _MAX_PIECE long."""
    bounds, start = [], 0
    for i, c in enumerate(text):
        if c in _ENDS or i - start + 1 >= polyphone._MAX_PIECE:
            bounds.append((start, i + 1))
            start = i + 1
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds


_TEXT = st.text(alphabet=st.sampled_from("长行为了的。！？!?；;\n ab1"), max_size=400) | st.text()


@given(_TEXT)
def test_pieces_tile_the_text_as_defined(text):
    bounds = polyphone._bounds(text)
    assert bounds == _reference_bounds(text)
    assert all(0 < e - s <= polyphone._MAX_PIECE for s, e in bounds)


@given(_TEXT, st.data())
def test_every_wanted_offset_is_in_exactly_one_piece(text, data):
    wanted = data.draw(st.lists(st.integers(0, max(len(text) - 1, 0)), unique=True)) if text else []
    pieces = polyphone._pieces(text, wanted)
    found = [o for s, e, inside in pieces for o in inside]
    assert sorted(found) == sorted(wanted)
    assert all(s <= o < e for s, e, inside in pieces for o in inside)


def test_a_long_sentence_is_read_in_pieces_of_the_longest_size():
    text = "长" * (2 * polyphone._MAX_PIECE + 5) + "。"
    assert [e - s for s, e in polyphone._bounds(text)] == [
        polyphone._MAX_PIECE,
        polyphone._MAX_PIECE,
        6,
    ]


_POLYPHONIC = st.text(
    alphabet=st.sampled_from("长行为了重还得地调转着都。，；\n王她说大学银"), max_size=120
)


@given(st.lists(_POLYPHONIC, min_size=1, max_size=5))
def test_several_texts_read_together_get_what_each_gets_alone(texts):
    """Articles batched into one pass of the models (their sentences sharing batches) get each
    article's own readings: a row's arithmetic does not depend on its neighbours."""
    requests = [
        (t, [i for i, c in enumerate(t) if c in "长行为了重还得地调转着都"], None) for t in texts
    ]
    together = polyphone.readings_in_contexts(requests)
    for (text, offsets, hints), got in zip(requests, together):
        alone = polyphone.readings_in_context(text, offsets, hints)
        assert got.keys() == alone.keys()
        for offset, readings in alone.items():
            assert got[offset] == pytest.approx(readings, rel=1e-4, abs=1e-6)
