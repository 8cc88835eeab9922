"""The one definition of a Han character."""

from hypothesis import given
from hypothesis import strategies as st

from desktop.core import han


def test_the_ranges_each_caller_needs():
    assert han.is_han("中") and han.is_han("㐀") and han.is_han("龥")
    assert not han.is_han("䷀")  # a Yijing hexagram, between Extension A and the basic block
    assert not han.is_han("，") and not han.is_han("A") and not han.is_han("〇")
    assert han.is_any_han("𠀀") and not han.is_han("𠀀")  # Extension B: the pinyin tables only
    assert han.han_count("2024年，跨境电商") == 5


@given(st.characters())
def test_the_regex_class_and_the_test_agree(c):
    import re

    assert bool(re.fullmatch(f"[{han.CLASS}]", c)) == han.is_han(c)
