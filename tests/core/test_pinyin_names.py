"""A surname the name table reads its own way (单 shàn, 仇 qiú) keeps that reading in a person's
name no speaker gives: a token jieba's dictionary lists as a name, one its HMM makes of a surname
and unknown characters, and a surname standing between a job title and a given name. The same
character in a word (单位, 名单, 单独) or as an adverb after a title (曾|访问) is read as before.
Sentences written for these tests."""

from desktop.core.analysis import analyze_piece
from desktop.core.page import Piece
from tests.conftest import reading


def _read(sentence: str, word: str) -> str:
    return reading([analyze_piece(Piece(paragraphs=[sentence]))], sentence, word)


def test_a_name_jieba_lists_reads_its_surname_as_a_surname():
    sentence = "单位把单田芳的评书列进了推荐名单。"
    assert _read(sentence, "单田芳") == "shàn tián fāng"
    assert _read(sentence, "单位") == "dān wèi"
    assert _read(sentence, "名单") == "míng dān"


def test_a_name_jiebas_hmm_makes_reads_its_surname_as_a_surname():
    sentence = "获奖者里有一位名叫单晓明的乡村教师，他单独带着一个班。"
    assert _read(sentence, "单晓明") == "shàn xiǎo míng"
    assert _read(sentence, "单独") == "dān dú"


def test_a_surname_between_a_title_and_a_given_name():
    sentence = "部长曾访问灾区时，记者单宏伟拍下了这组照片，订单和清单都在附件里。"
    assert _read(sentence, "单宏伟") == "shàn hóng wěi"
    assert _read(sentence, "曾") == "céng"  # an adverb after a title: no surname
    assert _read(sentence, "订单") == "dìng dān"
    assert _read(sentence, "清单") == "qīng dān"


def test_other_surnames_read_their_own_way():
    assert _read("主任区志文昨天到了现场。", "区志文") == "ōu zhì wén"
    assert _read("导演华家伦的新片上映了，这支乐队也宣布单飞。", "华家伦") == "huà jiā lún"
