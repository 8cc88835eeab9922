"""Polyphones in news sentences written for the project (tests/core/news_polyphones.tsv), read
as the dictionary reads them in that sentence. The goal is every one; the floor below is what the
context models reach today (411 of 420), so that no change may lose ground unseen."""

from pathlib import Path

from desktop.core.analysis import analyze_piece
from desktop.core.page import Piece
from tests.conftest import reading

GOLD_FILE = Path(__file__).with_name("news_polyphones.tsv")


def _gold() -> list[tuple[str, str, str]]:
    rows = []
    for line in GOLD_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            sentence, word, syllables = line.split("\t")
            rows.append((sentence, word, syllables))
    return rows


def test_gold_file_is_large_and_well_formed():
    gold = _gold()
    assert len(gold) >= 200
    assert len({(s, w) for s, w, _ in gold}) == len(gold)
    for sentence, word, syllables in gold:
        assert word in sentence, (sentence, word)
        assert len(syllables.split(" ")) == len(word), (word, syllables)


def test_polyphones_read_as_the_dictionary_reads_them_here():
    gold = _gold()
    wrong = []
    for sentence, word, want in gold:
        # one article body of one paragraph: the page splitter would take a short line for a title
        got = reading([analyze_piece(Piece(paragraphs=[sentence]))], sentence, word)
        if got != want:
            wrong.append((sentence, word, got, want))
    assert len(wrong) <= 9, wrong
