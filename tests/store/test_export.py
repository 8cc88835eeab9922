"""Exports, read back with the tools their users use: csv, json, zipfile + sqlite3, html."""

import csv
import html
import json
import sqlite3
import zipfile

import pytest

from desktop.store import Library, LibraryError
from tests.conftest import SAMPLE

NOTE = '他说："<script>alert(1)</script>", 逗号,换行\n第二行'


@pytest.fixture
def lib(tmp_path):
    library = Library(tmp_path / "l.db")
    ids = library.import_file(SAMPLE)
    text0 = library.article(ids[0])["text"]
    text2 = library.article(ids[2])["text"]
    a = text0.index("2024年,我国跨境电商进出口已达2.63万亿元")
    library.add_highlight(ids[0], a, a + 26, color="yellow", note=NOTE, tags=["外贸", "数据"])
    b = text0.index("跨境电商已成为国际贸易的重要增长极")
    library.add_highlight(ids[0], b, b + 17, color="green")
    c = text2.index("战略性重组")
    library.add_highlight(ids[2], c, c + 5, color="purple", note="重组", tags=["央企"])
    yield library
    library.close()


def test_markdown(lib, tmp_path):
    out = tmp_path / "h.md"
    assert lib.export("markdown", out) == 3
    md = out.read_text(encoding="utf-8")
    assert "## 跨境电商综试区十年成效明显 未来差异化协调发展成关键" in md
    assert "> 2024年,我国跨境电商进出口已达2.63万亿元" in md
    assert "<script>" not in md and "&lt;script&gt;" in md
    assert "#外贸" in md and "colour: purple" in md and "Source: `000_8ebea2dcc62a3401.txt`" in md


def test_csv_round_trip(lib, tmp_path):
    out = tmp_path / "h.csv"
    lib.export("csv", out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert sorted(r["note"] for r in rows) == sorted([NOTE, "", "重组"])
    noted = next(r for r in rows if r["note"] == NOTE)
    assert noted["tags"] == "外贸, 数据" and rows[-1]["colour"] == "purple"
    by_quote = {h["quote"]: h for h in lib.highlights()}
    for r in rows:
        h = by_quote[r["quote"]]
        assert (int(r["start"]), int(r["end"]), r["created"]) == (h["start"], h["end"], h["created"])


def test_json_is_a_web_annotation_collection(lib, tmp_path):
    out = tmp_path / "h.json"
    lib.export("json", out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["@context"] == "http://www.w3.org/ns/anno.jsonld" and data["type"] == "AnnotationCollection"
    items = data["first"]["items"]
    assert data["total"] == len(items) == 3 and data["first"]["type"] == "AnnotationPage"
    highlights = {h["quote"]: h for h in lib.highlights()}
    for item in items:
        assert item["type"] == "Annotation" and item["id"].startswith("urn:dubao:")
        selectors = {s["type"]: s for s in item["target"]["selector"]}
        quote = selectors["TextQuoteSelector"]["exact"]
        h = highlights[quote]
        assert (selectors["TextPositionSelector"]["start"], selectors["TextPositionSelector"]["end"]) == (h["start"], h["end"])
        assert item["target"]["styleClass"] == h["color"]
        bodies = item.get("body", [])
        assert [b["value"] for b in bodies if b["purpose"] == "tagging"] == h["tags"]
        notes = [b["value"] for b in bodies if b["purpose"] == "commenting"]
        assert notes == ([h["note"]] if h["note"] else [])
        assert all(b["type"] == "TextualBody" for b in bodies)


def test_html_escapes_everything(lib, tmp_path):
    out = tmp_path / "h.html"
    lib.export("html", out)
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<style>" in page
    assert "<script>" not in page and html.escape(NOTE) in page


def test_anki_package_and_stable_ids(lib, tmp_path):
    out = tmp_path / "h.apkg"
    assert lib.export("anki", out) == 3
    def notes(path):
        with zipfile.ZipFile(path) as z:
            z.extract("collection.anki2", tmp_path / path.stem)
        conn = sqlite3.connect(tmp_path / path.stem / "collection.anki2")
        rows = conn.execute("SELECT guid, flds, tags FROM notes ORDER BY guid").fetchall()
        conn.close()
        return rows
    first = notes(out)
    assert len(first) == 3
    assert any("<ruby>" in flds and "<rt>" in flds for _, flds, _ in first)
    assert any("&lt;script&gt;" in flds for _, flds, _ in first)
    lib.update_highlight(lib.highlights()[1]["id"], note="后来加的笔记")
    again = tmp_path / "again.apkg"
    lib.export("anki", again)
    assert [g for g, _, _ in notes(again)] == [g for g, _, _ in first]  # re-export updates, not duplicates


def test_figures_and_statements_csv(lib, tmp_path):
    ids = [a["id"] for a in lib.articles()]
    figs = tmp_path / "f.csv"
    n = lib.export("figures-csv", figs, [ids[0]])
    with open(figs, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert n == len(rows) == len(lib.article(ids[0])["figures"])
    money = next(r for r in rows if r["text"] == "2.63万亿元")
    assert (money["kind"], float(money["value"]), money["unit"]) == ("money", 2.63e12, "元")
    assert "2.63万亿元" in money["sentence"]
    st = tmp_path / "s.csv"
    lib.export("statements-csv", st)
    with open(st, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    wang = [r for r in rows if r["speaker"] == "王馨"]
    assert len(wang) == 5 and {r["direct or reported"] for r in wang} == {"direct", "reported"}
    assert wang[0]["role"] == "深圳市跨境电子商务协会会长"


def test_bad_requests_change_nothing(lib, tmp_path):
    existing = tmp_path / "keep.md"
    existing.write_text("mine", encoding="utf-8")
    with pytest.raises(LibraryError, match="unknown format"):
        lib.export("docx", existing)
    with pytest.raises(LibraryError, match="no article"):
        lib.export("markdown", existing, [999])
    with pytest.raises(LibraryError, match="folder"):
        lib.export("markdown", tmp_path)
    with pytest.raises(LibraryError, match="no such folder"):
        lib.export("markdown", tmp_path / "missing" / "x.md")
    assert existing.read_text(encoding="utf-8") == "mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.md", "l.db", "l.db-shm", "l.db-wal"]
