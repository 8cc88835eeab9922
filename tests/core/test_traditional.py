from hypothesis import given
from hypothesis import strategies as st

from desktop.core.traditional import to_traditional


def test_by_phrase_and_same_length():
    assert to_traditional("他的头发和发展") == "他的頭髮和發展"
    text = "干净的理发店"
    assert len(to_traditional(text, [(0, 2), (2, 3), (3, 6)])) == len(text)


@given(
    st.text(
        alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF) | st.characters(),
        max_size=40,
    )
)
def test_any_text_keeps_its_length(text):
    assert len(to_traditional(text)) == len(text)
