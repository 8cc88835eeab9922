"""The sample page's import prepared ahead of the first start: used only when it is what the
child process would write now, and stored as that would be."""

import json
import shutil

import pytest

from desktop.core.sources import load_source
from desktop.store import Library
from desktop.store.documents import PreparedImport, prepare_source
from desktop.store.prepared_ahead import build, prepared_for
from tests.conftest import SAMPLE


@pytest.fixture
def ahead(tmp_path, monkeypatch):
    folder = tmp_path / "prebuilt"
    monkeypatch.setenv("DUBAO_PREBUILT", str(folder))
    (made,) = build(folder, [SAMPLE])
    return made


def _lines(path):
    head, *rows = path.read_text(encoding="utf-8").splitlines()
    return {k: v for k, v in json.loads(head).items() if k != "path"}, rows


def test_it_holds_what_the_child_would_write(ahead, tmp_path):
    now = tmp_path / "now.jsonl"
    with now.open("w", encoding="utf-8") as out:
        prepare_source(str(SAMPLE), load_source(SAMPLE), {}).write(out)
    assert _lines(ahead) == _lines(now) and len(_lines(now)[1]) == 5


def test_it_is_used_for_the_sample_alone_and_never_with_corrections(ahead, tmp_path):
    assert prepared_for(SAMPLE, corrections=False) == ahead
    assert prepared_for(SAMPLE, corrections=True) is None  # they change the readings
    elsewhere = tmp_path / SAMPLE.name
    shutil.copyfile(SAMPLE, elsewhere)
    assert prepared_for(elsewhere, corrections=False) is None  # only seeds/ is prepared


def test_one_made_by_another_analysis_is_not_read(ahead):
    # the name carries the digest of the analysis that made it: another one is left alone
    stale = ahead.with_name(ahead.name.rsplit("-", 1)[0] + "-0123456789abcdef0123.jsonl")
    ahead.rename(stale)
    assert prepared_for(SAMPLE, corrections=False) is None


def test_stored_it_gives_the_articles_an_import_gives(ahead, tmp_path):
    with Library(tmp_path / "a.db") as fresh, Library(tmp_path / "b.db") as stored:
        ids = fresh.import_file(SAMPLE)
        with ahead.open(encoding="utf-8") as src:
            from dataclasses import replace

            prepared = replace(PreparedImport.read(src), path=str(SAMPLE.resolve()))
            stored_ids = stored.store_import(prepared)
        assert [fresh.article(i) for i in ids] == [stored.article(i) for i in stored_ids]
        assert stored.document_digest(SAMPLE) == fresh.document_digest(SAMPLE)


def test_a_change_to_any_file_of_the_analysis_changes_its_key(tmp_path):
    from desktop.store.prepared_ahead import analysis_files, analysis_key

    files = analysis_files()
    names = {p.name for p in files}
    assert {"pinyin.py", "figures.py", "documents.py", "surnames.txt", "model.npz"} <= names
    copies = []
    for n, path in enumerate(files):
        copy = tmp_path / str(n) / path.name
        copy.parent.mkdir()
        copy.write_bytes(path.read_bytes())
        copies.append(copy)
    assert analysis_key(copies) == analysis_key()
    for copy in (copies[0], next(c for c in copies if c.name == "documents.py"), copies[-1]):
        kept = copy.read_bytes()
        copy.write_bytes(kept + b"\n")
        assert analysis_key(copies) != analysis_key()
        copy.write_bytes(kept)
