"""Exports, read back with the tools their users use: csv, json, zipfile + sqlite3, html."""

import csv
import html
import json
import os
import re
import sqlite3
import stat
import subprocess
import sys
import time
import zipfile

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.paths import shown
from desktop.store import Library, LibraryError
from desktop.store.export import csv_cell, md_code, md_text
from tests.helpers import store_page

NOTE = '他说："<script>alert(1)</script>", 逗号,换行\n第二行'


@pytest.fixture
def lib(tmp_path):
    library = Library(tmp_path / "l.db")
    ids = store_page(library)
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
        assert (int(r["start"]), int(r["end"]), r["created"]) == (
            h["start"],
            h["end"],
            h["created"],
        )


def test_json_is_a_web_annotation_collection(lib, tmp_path):
    out = tmp_path / "h.json"
    lib.export("json", out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert (
        data["@context"] == "http://www.w3.org/ns/anno.jsonld"
        and data["type"] == "AnnotationCollection"
    )
    items = data["first"]["items"]
    assert data["total"] == len(items) == 3 and data["first"]["type"] == "AnnotationPage"
    highlights = {h["quote"]: h for h in lib.highlights()}
    for item in items:
        assert item["type"] == "Annotation" and item["id"].startswith("urn:dubao:")
        selectors = {s["type"]: s for s in item["target"]["selector"]}
        quote = selectors["TextQuoteSelector"]["exact"]
        h = highlights[quote]
        assert (
            selectors["TextPositionSelector"]["start"],
            selectors["TextPositionSelector"]["end"],
        ) == (h["start"], h["end"])
        assert item["target"]["styleClass"] == h["color"]
        bodies = item.get("body", [])
        assert [b["value"] for b in bodies if b["purpose"] == "tagging"] == h["tags"]
        notes = [b["value"] for b in bodies if b["purpose"] == "commenting"]
        assert notes == ([h["note"]] if h["note"] else [])
        assert all(b["type"] == "TextualBody" for b in bodies)


ARTICLE_NOTE = "整篇的笔记：<b>不是</b> HTML,\n=SUM(A1)"


def test_a_note_on_a_whole_article_goes_out_with_its_highlights(lib, tmp_path):
    first, second, *_ = (a["id"] for a in lib.articles())
    lib.set_article_note(first, ARTICLE_NOTE)
    lib.set_article_note(second, "只有笔记的文章")  # no highlights in it: exported all the same
    md = tmp_path / "h.md"
    assert lib.export("markdown", md) == 5
    text = md.read_text(encoding="utf-8")
    assert "**Note on the article:**" in text and "<b>" not in text and "只有笔记的文章" in text
    assert text.index("整篇的笔记") < text.index("> 2024年")  # under its title, before the quotes
    lib.export("csv", tmp_path / "h.csv")
    with open(tmp_path / "h.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    whole = [r for r in rows if not r["quote"]]
    assert [r["note"] for r in whole] == [ARTICLE_NOTE, "只有笔记的文章"] and not whole[0]["start"]
    with open(tmp_path / "h.csv", encoding="utf-8-sig") as f:
        assert "'=SUM" not in f.read()  # the note starts with text, not a formula: kept as it is
    lib.export("json", tmp_path / "h.json")
    items = json.loads((tmp_path / "h.json").read_text(encoding="utf-8"))["first"]["items"]
    notes = [i for i in items if ":article-note:" in i["id"]]
    assert [n["body"][0]["value"] for n in notes] == [ARTICLE_NOTE, "只有笔记的文章"]
    assert all(n["target"].endswith(("#article-1", "#article-2")) for n in notes)
    lib.export("html", tmp_path / "h.html")
    page = (tmp_path / "h.html").read_text(encoding="utf-8")
    assert html.escape(ARTICLE_NOTE) in page and "<b>不是</b>" not in page
    assert lib.export("anki", tmp_path / "h.apkg") == 5  # a card each, the title on its front
    with zipfile.ZipFile(tmp_path / "h.apkg") as z:
        z.extract("collection.anki2", tmp_path / "anki")
    conn = sqlite3.connect(tmp_path / "anki" / "collection.anki2")
    fields = [f.split("\x1f") for (f,) in conn.execute("SELECT flds FROM notes")]
    conn.close()
    backs = {back for _, back, _ in fields}
    assert html.escape(ARTICLE_NOTE).replace("\n", "<br>") in backs and "只有笔记的文章" in backs


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
    assert [g for g, _, _ in notes(again)] == [
        g for g, _, _ in first
    ]  # re-export updates, not duplicates


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


# --- hostile strings: what a page, a file name or a note may hold ---------------------------------

FORMULAS = [
    '=HYPERLINK("http://evil.example/","点我")',
    "+1+1",
    "-1+2",
    "@SUM(A1:A2)",
    "\tx=1",
    "\r=1",
]


def _epub_titled(path, title, paragraph):
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(
            "META-INF/container.xml",
            '<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
            '<rootfiles><rootfile full-path="c.opf"/></rootfiles></container>',
        )
        z.writestr(
            "c.opf",
            '<package xmlns="http://www.idpf.org/2007/opf"><manifest><item id="c" href="c.xhtml"/>'
            '</manifest><spine><itemref idref="c"/></spine></package>',
        )
        z.writestr(
            "c.xhtml",
            f"<html><body><h1>{html.escape(title)}</h1><p>{html.escape(paragraph)}</p>"
            f"</body></html>",
        )


@pytest.fixture
def hostile(tmp_path):
    """A library whose article title, text, notes and tags are formulas and markup."""
    book = tmp_path / "x`<img src=x onerror=alert(1)>`.epub"
    _epub_titled(
        book,
        FORMULAS[0],
        "“-1+2，跨境电商增长很快。”深圳市跨境电子商务协会会长王馨说。"
        "王馨表示，跨境电商进出口增长了10倍，达到2.63万亿元。",
    )
    library = Library(tmp_path / "h.db")
    (aid,) = library.import_file(book)
    text = library.article(aid)["text"]
    for n, note in enumerate([*FORMULAS, "-3.8", "42"]):
        library.add_highlight(aid, 0, 5 + n, note=note, tags=[FORMULAS[n % len(FORMULAS)]])
    library.set_word_status("跨境", "learning")
    yield library, aid, text
    library.close()


def _cells(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return [cell for row in csv.reader(f) for cell in row]


@pytest.mark.parametrize("fmt", ["csv", "figures-csv", "statements-csv", "vocab-csv"])
def test_no_csv_cell_starts_a_formula(hostile, tmp_path, fmt):
    library, _, _ = hostile
    out = tmp_path / f"{fmt}.csv"
    assert library.export(fmt, out) > 0
    cells = _cells(out)
    dangerous = [
        c
        for c in cells
        if c[:1] in ("=", "+", "-", "@", "\t", "\r") and not re.fullmatch(r"-?\d+(\.\d+)?", c)
    ]
    assert dangerous == []
    assert "'" + FORMULAS[0] in cells  # the title, kept whole behind the quote


def test_csv_keeps_numbers_and_says_what_it_quoted(hostile, tmp_path):
    library, _, _ = hostile
    out = tmp_path / "h.csv"
    library.export("csv", out)
    with open(out, encoding="utf-8-sig", newline="") as f:
        notes = [row["note"] for row in csv.DictReader(f)]
    assert notes == ["'" + f for f in FORMULAS] + ["-3.8", "42"]
    figures = tmp_path / "f.csv"
    library.export("figures-csv", figures)
    with open(figures, encoding="utf-8-sig", newline="") as f:
        values = [row["value"] for row in csv.DictReader(f)]
    assert "2630000000000" in values and all(not v.startswith("'") for v in values)


@given(st.text(max_size=30))
def test_a_cell_is_either_untouched_or_quoted_whole(text):
    cell = csv_cell(text)
    assert cell == text or cell == "'" + text
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")) or re.fullmatch(
        r"[+-][\d.eE+-]+", cell
    )


def _only_bare_links(root) -> None:
    """GitHub links a bare URL; such a link shows the URL itself, and nothing else links."""
    for a in root.iter("a"):
        assert a.get("href") in (
            a.text_content(),
            "http://" + a.text_content(),
            "mailto:" + a.text_content(),
        )


def _rendered(markdown: str):
    """The Markdown as GitHub renders it, raw HTML let through (as many editors do)."""
    import cmarkgfm
    import lxml.html
    from cmarkgfm.cmark import Options

    page = cmarkgfm.github_flavored_markdown_to_html(markdown, options=Options.CMARK_OPT_UNSAFE)
    return lxml.html.fragment_fromstring(page, create_parent="div")


def test_markdown_renders_every_hostile_string_as_text(tmp_path):
    library = Library(tmp_path / "m.db")
    book = tmp_path / "a`<img src=x onerror=alert(1)>`b.epub"
    _epub_titled(
        book, "标题 <script>x()</script> ## *强调*", "王馨表示，跨境电商进出口增长了10倍。"
    )
    (aid,) = library.import_file(book)
    notes = [
        "<img src=x onerror=alert(1)>",
        "![远程](http://evil.example/p.png)",
        "```\n代码\n```",
        "标题\n===",
        "- 列表\n1. 编号\n> 引用\n    缩进",
        "| a | b |\n|---|---|\n| 1 | 2 |",
        "~~删除~~ $x^2$ [链接](http://evil.example) <http://evil.example> &amp; \\*",
    ]
    for n, note in enumerate(notes):
        library.add_highlight(aid, 0, 3 + n, note=note, tags=["<b>粗</b>"])
    out = tmp_path / "h.md"
    library.export("markdown", out)
    root = _rendered(out.read_text(encoding="utf-8"))
    tags = {el.tag for el in root.iter()} - {"div"}
    assert tags <= {"h1", "h2", "p", "em", "code", "blockquote", "sub", "br", "a"}, tags
    _only_bare_links(root)
    assert root.xpath("//code/text()") == [book.name]
    assert root.xpath("//h2")[0].text_content() == "标题 <script>x()</script> ## *强调*"
    rendered_notes = [
        p.text_content() for p in root.xpath("/div/p[not(code) and not(sub) and not(em)]")
    ]
    assert rendered_notes == [n.replace("    ", "") for n in notes]
    library.close()


MARKDOWN_BITS = st.sampled_from(
    [
        *"`*_[]()<>&!#=-+|~$\\.:/ \t\n1aé中@{}^%'\"\u3000\u00a0",
        "www.",
        "http://",
        "    ",
        "```",
        "~~~",
        "===",
        "---",
        "<img src=x onerror=f()>",
        "&amp;",
        "&#x41;",
        "1.",
        "1)",
        "![i](http://x/i.png)",
        "[l](javascript:f())",
        "<!--",
        "$$",
    ]
)
NOTES = st.lists(
    MARKDOWN_BITS
    | st.text(
        alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\r\x00"),
        max_size=5,
    ),
    max_size=30,
).map("".join)


@given(NOTES)
def test_markdown_text_renders_as_the_text_it_is(text):
    """Rendered by GitHub's renderer: paragraphs and line breaks, each line the text it was
    (Markdown drops the spaces and tabs that start or end a line)."""
    root = _rendered(md_text(text))
    assert {el.tag for el in root.iter()} <= {"div", "p", "br", "a"}
    _only_bare_links(root)
    paragraphs = [
        "\n".join(line.strip(" \t") for line in p.split("\n") if line.strip(" \t"))
        for p in re.split(r"\n[ \t]*\n", text)
    ]
    assert [p.text_content() for p in root.xpath("//p")] == [p for p in paragraphs if p]


@given(NOTES)
def test_a_file_name_is_one_code_span_whatever_it_holds(name):
    root = _rendered("Source: " + md_code(name))
    (code,) = root.xpath("//code")
    assert {el.tag for el in root.iter()} <= {"div", "p", "code"}
    assert code.text_content() == shown(name)


def test_html_export_escapes_names_and_notes_too(hostile, tmp_path):
    library, _, _ = hostile
    aid = library.articles()[0]["id"]
    library.add_highlight(
        aid, 0, 2, note="<img src=x onerror=alert(1)>", tags=["<script>t()</script>"]
    )
    out = tmp_path / "h.html"
    library.export("html", out)
    import lxml.html

    page = lxml.html.fromstring(out.read_bytes())
    assert not page.xpath("//img|//body//script") and "onerror" not in [
        a for el in page.iter() for a in el.attrib
    ]
    assert "<img src=x onerror=alert(1)>" in page.text_content()
    assert "x`<img src=x onerror=alert(1)>`.epub" in page.text_content()


# --- where and how the file is written ------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_destination_that_is_no_regular_file_is_refused(lib, tmp_path):
    fifo = tmp_path / "out.md"
    os.mkfifo(fifo)
    link = tmp_path / "link.md"
    link.symlink_to(fifo)
    for dest in (fifo, link):
        with pytest.raises(LibraryError, match="is not a regular file"):
            lib.export("markdown", dest)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode) and link.is_symlink()
    if os.geteuid() == 0:  # a device node of our own, standing for /dev/null
        device = tmp_path / "null"
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        with pytest.raises(LibraryError, match="is not a regular file"):
            lib.export("csv", device)
        assert stat.S_ISCHR(os.stat(device).st_mode)


def test_an_export_through_a_link_replaces_the_file_it_points_to(lib, tmp_path):
    real = tmp_path / "real.md"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    lib.export("markdown", link)
    assert link.is_symlink() and real.read_text(encoding="utf-8").startswith("# Dubao highlights")


def test_a_name_the_system_refuses_is_one_line(lib, tmp_path):
    with pytest.raises(LibraryError) as err:
        lib.export("markdown", tmp_path / ("x" * 300 + ".md"))
    assert "cannot be written (file name too long)" in str(err.value) and "\n" not in str(err.value)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".dubao-export-")]


def test_modes_follow_the_umask_or_the_file_replaced(lib, tmp_path):
    old = os.umask(0o027)
    try:
        lib.export("markdown", tmp_path / "new.md")
        kept = tmp_path / "kept.md"
        kept.write_text("x", encoding="utf-8")
        os.chmod(kept, 0o604)
        lib.export("markdown", kept)
        lib.export("anki", tmp_path / "new.apkg")
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(tmp_path / "new.md").st_mode) == 0o640
    assert stat.S_IMODE(os.stat(kept).st_mode) == 0o604
    assert stat.S_IMODE(os.stat(tmp_path / "new.apkg").st_mode) == 0o640


def test_temporary_files_left_by_a_killed_export_are_removed_by_the_next(lib, tmp_path):
    stale = tmp_path / ".dubao-export-0123456789ab.tmp"
    stale.write_text("half an export", encoding="utf-8")
    os.utime(stale, (time.time() - 3600, time.time() - 3600))
    fresh = tmp_path / ".dubao-export-ba9876543210.tmp"  # another export's, just begun
    fresh.write_text("", encoding="utf-8")
    someone_elses = tmp_path / ".notes.md.tmp"
    someone_elses.write_text("", encoding="utf-8")
    os.utime(someone_elses, (0, 0))
    lib.export("markdown", tmp_path / "h.md")
    assert not stale.exists() and fresh.exists() and someone_elses.exists()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="flock is POSIX")
def test_a_temporary_file_locked_by_a_running_export_is_left_alone(lib, tmp_path):
    busy = tmp_path / ".dubao-export-00000000beef.tmp"
    with subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import fcntl, sys, time\n"
            f"f = open({str(busy)!r}, 'w'); fcntl.flock(f, fcntl.LOCK_EX)\n"
            "print('locked', flush=True); time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        try:
            assert holder.stdout.readline().strip() == "locked"
            os.utime(
                busy, (time.time() - 3600, time.time() - 3600)
            )  # a long export: old, but still written
            lib.export("markdown", tmp_path / "h.md")
            assert busy.exists()
        finally:
            holder.kill()
    lib.export("markdown", tmp_path / "h.md")
    assert not busy.exists()
