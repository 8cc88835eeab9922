"""What the library keeps of the reader beyond highlights: how far each article is read, a note
on a whole article, and who said something when the analysis got it wrong."""

import shutil

import pytest

from desktop.store import Library, LibraryError
from tests.conftest import SAMPLE
from tests.helpers import store_page


@pytest.fixture
def lib(tmp_path):
    library = Library(tmp_path / "library.db")
    store_page(library)
    yield library
    library.close()


def _row(lib, article_id):
    return next(a for a in lib.articles() if a["id"] == article_id)


def test_progress_is_the_furthest_point_seen_and_unread_is_never_opened(lib):
    first, second, *_ = (a["id"] for a in lib.articles())
    assert not _row(lib, first)["opened"] and _row(lib, first)["read"] == 0.0
    chars = _row(lib, first)["chars"]
    lib.set_position(first, 10, seen=chars // 2)
    assert _row(lib, first)["opened"] and _row(lib, first)["read"] == pytest.approx(0.5, abs=0.01)
    lib.set_position(first, 0, seen=100)  # scrolling back up reads nothing less
    assert _row(lib, first)["read"] == pytest.approx(0.5, abs=0.01)
    assert lib.position(first) == 0
    lib.set_position(first, chars, seen=chars * 2)
    assert _row(lib, first)["read"] == 1.0
    assert not _row(lib, second)["opened"]


def test_a_note_on_a_whole_article(lib):
    aid = lib.articles()[0]["id"]
    assert lib.article_note(aid) == ""
    lib.set_article_note(aid, "读完：综试区的数字值得核对")
    assert lib.article_note(aid) == "读完：综试区的数字值得核对"
    lib.set_article_note(aid, "   ")
    assert lib.article_note(aid) == ""
    with pytest.raises(LibraryError):
        lib.set_article_note(99999, "x")


def test_a_corrected_speaker_is_kept_and_applied_on_every_open(lib, tmp_path):
    article = next(a for a in (lib.article(r["id"]) for r in lib.articles()) if a["statements"])
    st = article["statements"][0]
    lib.correct_speaker(article["id"], st["start"], st["end"], "李明")
    again = lib.article(article["id"])
    fixed = next(
        s for s in again["statements"] if (s["start"], s["end"]) == (st["start"], st["end"])
    )
    assert fixed["speaker"] == "李明" and fixed["corrected"]
    assert any(sp["name"] == "李明" and sp["kind"] == "person" for sp in again["speakers"])
    lib.correct_speaker(article["id"], st["start"], st["end"], None)
    assert (
        next(s for s in lib.article(article["id"])["statements"] if s["start"] == st["start"])[
            "speaker"
        ]
        is None
    )
    assert len(lib.speaker_corrections(article["id"])) == 1
    lib.remove_speaker_correction(article["id"], st["start"], st["end"])
    assert lib.article(article["id"])["statements"][0] == st


def test_a_corrected_speaker_follows_its_words_through_a_reimport(lib, tmp_path):
    page = tmp_path / "page.txt"
    shutil.copy(SAMPLE, page)
    (aid, *_) = lib.import_file(page)
    article = lib.article(aid)
    st = article["statements"][0]
    quote = article["text"][st["start"] : st["end"]]
    lib.correct_speaker(aid, st["start"], st["end"], "李明")
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("跨境电商综试区", "跨境电商综合试验区", 1), encoding="utf-8")
    (aid2, *_) = lib.import_file(page)
    moved = lib.article(aid2)
    at = moved["text"].find(quote)
    assert at >= 0
    assert any(s["speaker"] == "李明" and s["start"] == at for s in moved["statements"])


def test_correcting_a_speaker_is_checked(lib):
    aid = lib.articles()[0]["id"]
    with pytest.raises(LibraryError):
        lib.correct_speaker(aid, 5, 2, "李明")
    with pytest.raises(LibraryError):
        lib.correct_speaker(aid, 0, 3, "  ")


def test_a_library_from_before_progress_keeps_its_places_as_read(tmp_path):
    path = tmp_path / "v5.db"
    with Library(path) as lib:
        (aid, *_) = store_page(lib)
        lib.set_position(aid, 300)
        lib.conn.execute("ALTER TABLE reading_positions DROP COLUMN furthest")
        lib.conn.execute("DROP TABLE article_notes")
        lib.conn.execute("DROP TABLE speaker_corrections")
        lib.conn.execute("PRAGMA user_version = 5")
    with Library(path) as lib:
        row = _row(lib, aid)
        assert row["opened"] and row["read"] == pytest.approx(300 / row["chars"])
        assert lib.position(aid) == 300 and lib.article_note(aid) == ""
