"""Readings the models may now choose, on sentences written for these tests: a character the
phrase tables read both ways in one word (溃散 sǎn/sàn) goes to the clearly likelier reading, and
a given-name character the name tables lack (晟) is read as names read it, not out of context."""

from desktop.core.analysis import analyze_piece
from desktop.core.page import Piece
from tests.conftest import reading


def _read(sentence: str, word: str) -> str:
    return reading([analyze_piece(Piece(paragraphs=[sentence]))], sentence, word)


def test_a_word_the_tables_read_both_ways_takes_the_likelier_reading():
    assert _read("敌军在反击下很快溃散了。", "溃散") == "kuì sàn"


def test_a_given_name_character_no_name_table_reads():
    assert _read("董事长王晟在会上表示，公司将扩大投资。", "王晟") == "wáng shèng"


def test_a_surname_keeps_its_name_reading():
    assert _read("单位负责人单宏伟表示，比赛很精彩。", "单宏伟") == "shàn hóng wěi"
