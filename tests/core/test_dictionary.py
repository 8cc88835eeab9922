"""CC-CEDICT look-ups as DESIGN.md names them."""

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.dictionary import load, lookup

KEYS = {"simplified", "traditional", "pinyin", "definitions"}


def test_an_entry_in_both_scripts():
    (entry,) = [e for e in lookup("中国") if e["pinyin"] == "Zhōng guó"]
    assert entry["traditional"] == "中國" and "China" in entry["definitions"]
    assert lookup("中國") == lookup("中国")


def test_a_character_with_several_readings_gives_every_entry():
    readings = {e["pinyin"] for e in lookup("行")}
    assert {"xíng", "háng"} <= readings


def test_the_longest_leading_entry_when_the_word_is_not_one():
    assert {e["simplified"] for e in lookup("协会会长")} == {"协会"}
    assert lookup("xyzzyplugh") == [] and lookup("") == []


def test_definitions_are_whole_strings():
    entries = lookup("协会")
    assert entries and all(
        isinstance(d, str) and d and "\t" not in d for e in entries for d in e["definitions"]
    )
    assert any("association" in d for e in entries for d in e["definitions"])


@given(st.text(max_size=12))
def test_any_text_looks_up_without_error(word):
    load()
    for entry in lookup(word):
        assert set(entry) == KEYS
        assert word.startswith(entry["simplified"]) or word.startswith(entry["traditional"])
