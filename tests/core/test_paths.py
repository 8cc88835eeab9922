"""File names in messages: one line, nothing invisible, no two names shown alike."""

import ast
import os
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.paths import shown


def test_ordinary_names_are_shown_as_they_are():
    for name in ("/tmp/page.txt", "证券时报 2024-03-05.html", r"C:\Users\王\书.epub", "a'b.txt"):
        assert shown(name) == name


def test_invisible_characters_are_quoted_and_escaped():
    assert shown("a\nb.txt") == r"'a\nb.txt'"
    assert shown("evil\u202etxt.exe") == r"'evil\u202etxt.exe'"  # right-to-left override
    assert shown(" lead.txt") == "' lead.txt'"
    assert shown("'quoted'\n") == r"'\'quoted\'\n'"
    assert shown("tab\there\\x") == r"'tab\there\\x'"
    assert shown("") == "''"


def test_bytes_that_are_not_utf8_show_as_bytes():
    assert shown(os.fsdecode(b"caf\xe9\n.txt")) == r"'caf\xe9\n.txt'"
    assert shown(b"caf\xe9\n.txt") == r"'caf\xe9\n.txt'"


NAMES = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=40)


@given(NAMES)
def test_shown_is_one_visible_line(name):
    out = shown(name)
    assert all(c == " " or unicodedata.category(c)[0] not in "CZ" for c in out), out
    assert out.splitlines() == [out] or out == ""


@given(NAMES)
def test_quoted_names_read_back_as_python_strings(name):
    """The quoting is Python's string syntax, so no two names are shown alike."""
    out = shown(name)
    assert (ast.literal_eval(out) if out.startswith("'") else out) == name
