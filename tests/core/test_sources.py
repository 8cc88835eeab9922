"""Imports beyond plain text: saved web pages, EPUB books, and hostile files."""

import os
import socket
import zipfile

import pytest

from desktop.core.decode import DecodeError
from desktop.core.sources import expand_paths, load_source
from tests.conftest import NEWS_PAGE, SAMPLE
from tests.helpers import make_epub

PAGE = NEWS_PAGE


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a socket was opened")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_saved_news_page(no_network):
    src = load_source(PAGE)
    (piece,) = src.pieces
    assert piece.title == "科技立法改善创新生态 助力形成新质生产力"
    assert piece.byline == ["程丹", "郭博昊"]
    assert piece.paragraphs[0].startswith("科技创新要取得突破")
    assert piece.paragraphs[-1].endswith("张宇雷说。")
    text = "\n".join(piece.paragraphs)
    for boilerplate in (
        "相关阅读",
        "网友评论",
        "用户123",
        "版权所有",
        "京ICP备",
        "首页",
        "tracker",
        "股票",
        "责任编辑",
    ):
        assert boilerplate not in text


def test_gbk_web_page(tmp_path, no_network):
    page = tmp_path / "gbk.html"
    page.write_bytes(
        PAGE.read_text(encoding="utf-8")
        .replace('charset="utf-8"', 'charset="gbk"')
        .replace("©", "(c)")
        .encode("gbk")
    )
    src = load_source(page)
    assert (
        src.encoding == "gb18030"
        and src.pieces[0].title == "科技立法改善创新生态 助力形成新质生产力"
    )


@pytest.mark.parametrize(
    "content, says",
    [
        (b"", "empty"),
        (b"<html><body><div><span>", "no article"),
        (
            b"<html><head><title>x</title></head><body><nav><a href='/'>home</a></nav>"
            b"</body></html>",
            "no article",
        ),
    ],
)
def test_bad_web_pages(tmp_path, content, says):
    page = tmp_path / "bad.html"
    page.write_bytes(content)
    with pytest.raises(DecodeError, match=says):
        load_source(page)


def _epub(path, chapters, extra=()):
    return make_epub(path, chapters, extra, head="<script>bad()</script>")


def test_epub_of_two_chapters(tmp_path):
    book = tmp_path / "book.epub"
    _epub(
        book,
        [
            ("第一章 开端", ["王馨表示，跨境电商增长了10倍。", "第二段。"]),
            ("第二章 发展", ["第三段。"]),
        ],
    )
    src = load_source(book)
    assert [p.title for p in src.pieces] == ["第一章 开端", "第二章 发展"]
    assert src.pieces[0].paragraphs == ["王馨表示，跨境电商增长了10倍。", "第二段。"]
    assert "bad()" not in src.text


def test_epub_climbing_out_is_refused(tmp_path):
    book = tmp_path / "evil.epub"
    _epub(book, [("章", ["文"])], extra=[("../../etc/evil.txt", "x")])
    with pytest.raises(DecodeError, match="outside the book"):
        load_source(book)


def test_epub_bomb_is_refused(tmp_path):
    book = tmp_path / "bomb.epub"
    with zipfile.ZipFile(book, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("META-INF/container.xml", "<container/>")
        z.writestr("OEBPS/huge.xhtml", b"\0" * (64 * 1024 * 1024))
    with pytest.raises(DecodeError, match="bomb"):
        load_source(book)


def test_not_an_epub(tmp_path):
    fake = tmp_path / "fake.epub"
    fake.write_bytes(os.urandom(2000))
    with pytest.raises(DecodeError, match="EPUB"):
        load_source(fake)


def test_huge_file_is_refused_without_reading(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:
        f.truncate(200 * 1024 * 1024)  # sparse: 200 MB on paper, nothing on disk
    with pytest.raises(DecodeError, match="too large"):
        load_source(big)
    big_html = big.with_suffix(".html")
    big.rename(big_html)
    with pytest.raises(DecodeError, match="too large"):
        load_source(big_html)


def test_expand_paths_reads_folders(tmp_path):
    for name in ("a.txt", "b.html", "c.epub", "d.png", "e.TXT"):
        (tmp_path / name).write_bytes(b"x")
    assert [os.path.basename(p) for p in expand_paths([tmp_path])] == [
        "a.txt",
        "b.html",
        "c.epub",
        "e.TXT",
    ]
    assert expand_paths([SAMPLE]) == [str(SAMPLE)]


# --- web pages: the charset they declare ---------------------------------------------------------

ARTICLE = "<p>" + "跨境电商综试区十年成效明显，王馨表示，未来差异化协调发展成关键。" * 3 + "</p>"
ARTICLE_TRADITIONAL = (
    "<p>" + "跨境電商綜試區十年成效明顯，王馨表示，未來差異化協調發展成關鍵。" * 3 + "</p>"
)


@pytest.mark.parametrize(
    "charset, encode_as, reported",
    [
        (
            "undefined",
            "utf-8",
            "utf-8",
        ),  # Python has a codec of that name, which raises on any input
        ("rot13", "utf-8", "utf-8"),  # and one that is no text encoding at all
        ("unicode_escape", "gb18030", "gb18030"),
        ("gbk", "utf-8", "utf-8"),  # saved as UTF-8, the old label kept
        ("utf-8", "gb18030", "gb18030"),  # labelled UTF-8, written in GBK
        ("gb2312", "gb18030", "gb18030"),
        ("big5", "big5", "big5hkscs"),  # the Encoding Standard's Big5 is HKSCS
        ("utf-16", "utf-8", "utf-8"),  # ASCII markup is no UTF-16: read as UTF-8, as browsers do
        ("latin1", "gb18030", "gb18030"),  # no Chinese text is Latin-1: detected instead
        ("big5", "gb18030", "gb18030"),  # GBK bytes decode as Big5 too, into rare characters
        ("gbk", "big5", "big5"),  # and Big5 bytes as GBK
    ],
)
def test_the_encoding_reported_is_the_one_used(tmp_path, charset, encode_as, reported):
    page = tmp_path / "page.html"
    article = ARTICLE_TRADITIONAL if "big5" in (encode_as, charset) else ARTICLE
    page.write_bytes(
        f'<html><head><meta charset="{charset}"><title>新聞</title></head><body>{article}</body>'
        f"</html>".encode(encode_as)
    )
    src = load_source(page)
    assert src.encoding == reported
    assert article[3:20] in src.text


def test_an_xml_declaration_is_a_declared_charset(tmp_path):
    page = tmp_path / "page.xhtml"
    page.write_bytes(
        f'<?xml version="1.0" encoding="gbk"?><html><body>{ARTICLE}</body></html>'.encode("gbk")
    )
    assert load_source(page).encoding == "gb18030"


# --- EPUB: sizes that lie, chapters that are long -------------------------------------------------


def _raw_zip(path, members):
    """A zip written byte by byte, so that its headers can say what the test wants:
    members are (name, deflated data or None for stored, the data's real CRC, declared size)."""
    import struct
    import zlib

    out, central = bytearray(), bytearray()
    for name, data, crc, size in members:
        method = 8 if data is not None else 0
        body = data if data is not None else size
        real_size = size if isinstance(size, int) else len(size)
        if data is None:
            body, crc = size, zlib.crc32(size)
        header = struct.pack(
            "<IHHHHHIIIHH",
            0x04034B50,
            20,
            0,
            method,
            0,
            0x21,
            crc,
            len(body),
            real_size,
            len(name),
            0,
        )
        central += (
            struct.pack(
                "<IHHHHHHIIIHHHHHII",
                0x02014B50,
                20,
                20,
                0,
                method,
                0,
                0x21,
                crc,
                len(body),
                real_size,
                len(name),
                0,
                0,
                0,
                0,
                0,
                len(out),
            )
            + name.encode()
        )
        out += header + name.encode() + body
    end = struct.pack(
        "<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), len(out), 0
    )
    path.write_bytes(bytes(out + central + end))


CONTAINER = (
    b'<?xml version="1.0"?><container xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
    b'<rootfiles><rootfile full-path="content.opf"/></rootfiles></container>'
)
OPF = (
    b'<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf"><manifest>'
    b'<item id="c" href="c.xhtml"/><item id="d" href="d.xhtml"/></manifest>'
    b'<spine><itemref idref="c"/><itemref idref="d"/></spine></package>'
)


def test_an_epub_whose_headers_lie_about_sizes_is_not_inflated(tmp_path):
    """The central directory says 1,000 bytes (under every bound); the data inflates to 256 MB.
    zipfile stops at the size it was told, but only after inflating up to 1 GB in one step."""
    import tracemalloc
    import zlib

    deflate = zlib.compressobj(6, zlib.DEFLATED, -15)
    zeros = b"\0" * (1 << 20)
    bomb = b"".join(deflate.compress(zeros) for _ in range(256)) + deflate.flush()
    chapter = (
        "<html><body><h1>第二章</h1><p>王馨表示，跨境电商增长了10倍。</p></body></html>".encode()
    )
    book = tmp_path / "liar.epub"
    _raw_zip(
        book,
        [
            ("META-INF/container.xml", None, 0, CONTAINER),
            ("content.opf", None, 0, OPF),
            ("c.xhtml", bomb, 0, 1000),
            ("d.xhtml", None, 0, chapter),
        ],
    )
    tracemalloc.start()
    try:
        src = load_source(book)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 32 << 20, f"{peak >> 20} MB"
    assert [p.title for p in src.pieces] == [
        "第二章"
    ]  # the lying chapter is broken, the rest is read


def test_a_chapter_over_10_mb_is_read_whole(tmp_path):
    """libxml2 drops a text over 10 MB, and everything after it, unless it is told not to."""
    book = tmp_path / "long.epub"
    paragraph = "跨境电商增长了十倍。" * 400_000  # 12 MB of UTF-8 in one paragraph
    _epub(book, [("长章", [paragraph, "最后一段。"])])
    (piece,) = load_source(book).pieces
    assert piece.paragraphs == [paragraph, "最后一段。"]


def test_a_chapter_past_the_bound_refuses_the_book(tmp_path, monkeypatch):
    from desktop.core import sources

    monkeypatch.setattr(sources, "MAX_EPUB_MEMBER", 1 << 20)  # the bound, made small for the test
    book = tmp_path / "huge.epub"
    _epub(book, [("章", ["跨境电商增长了十倍。" * 50_000])])
    with pytest.raises(
        DecodeError, match=r"huge.epub: refused, OEBPS/text/c0.xhtml inflates past 1 MB"
    ):
        load_source(book)


def test_a_book_past_the_bound_is_refused(tmp_path, monkeypatch):
    from desktop.core import sources

    monkeypatch.setattr(sources, "MAX_EPUB_UNPACKED", 1 << 20)
    book = tmp_path / "many.epub"
    _epub(book, [(f"第{i}章", ["跨境电商增长了十倍。" * 20_000]) for i in range(5)])
    with pytest.raises(DecodeError, match=r"many.epub: refused, it inflates past 1 MB"):
        load_source(book)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
@pytest.mark.parametrize("name", ["page.html", "book.epub", "page.txt"])
def test_fifos_of_every_kind_are_refused(tmp_path, name):
    import threading

    fifo = tmp_path / name
    os.mkfifo(fifo)
    errors = []

    def read() -> None:
        try:
            load_source(fifo)
        except DecodeError as exc:
            errors.append(str(exc))

    worker = threading.Thread(target=read, daemon=True)
    worker.start()
    worker.join(10)
    assert errors == [f"{fifo}: is a pipe (FIFO), not a regular file"], "the read blocked or passed"


def test_member_names_in_messages_are_quoted(tmp_path):
    book = tmp_path / "evil.epub"
    _epub(book, [("章", ["文"])], extra=[("../x\n\u202e.txt", "x")])
    with pytest.raises(DecodeError) as err:
        load_source(book)
    assert (
        str(err.value)
        == f"{book}: refused, it holds a file outside the book ('../x\\n\\u202e.txt')"
    )


def test_expand_paths_turns_what_cannot_be_looked_at_into_one_line(tmp_path):
    plain = tmp_path / "plain.txt"
    plain.write_text("x", encoding="utf-8")
    with pytest.raises(DecodeError, match=r"plain.txt/x.txt: cannot be read \(not a directory\)"):
        expand_paths([plain / "x.txt"])
    assert expand_paths([tmp_path / "missing.txt"]) == [str(tmp_path / "missing.txt")]


def test_a_web_page_with_a_picture_saved_into_it_keeps_its_article(tmp_path):
    """A page saved whole (SingleFile) holds its pictures as data: URIs; one over 10 MB made
    libxml2 drop it and everything after it, and the page had 'no article text'."""
    page = tmp_path / "saved.html"
    picture = "data:image/png;base64," + "iVBORw0KGgo" * 1_100_000  # 12 MB
    page.write_text(
        f'<html><head><title>新闻</title></head><body><img src="{picture}">{ARTICLE}</body></html>',
        encoding="utf-8",
    )
    assert "跨境电商综试区十年成效明显" in load_source(page).text


def test_a_tag_with_too_many_attributes_is_refused_at_once(tmp_path):
    """libxml2's HTML parser is quadratic in a tag's attributes: 200,000 took it ten minutes."""
    import time

    page = tmp_path / "attrs.html"
    page.write_text(
        "<html><body><p "
        + " ".join(f"a{i}=x" for i in range(200_000))
        + f">{ARTICLE}</p></body></html>",
        encoding="utf-8",
    )
    start = time.process_time()
    with pytest.raises(
        DecodeError, match=r"attrs\.html: refused, one of its tags has 200000 attributes"
    ):
        load_source(page)
    assert time.process_time() - start < 5
    book = tmp_path / "attrs.epub"
    _epub(book, [("章", ["文</p><p " + " ".join(f"a{i}=x" for i in range(200_000)) + ">文"])])
    with pytest.raises(
        DecodeError, match=r"attrs\.epub: refused, one of its tags has 200000 attributes"
    ):
        load_source(book)


def test_a_spine_that_names_a_chapter_again_reads_it_once(tmp_path):
    book = tmp_path / "again.epub"
    _epub(book, [("第一章", ["王馨表示，跨境电商增长了10倍。"])])
    with zipfile.ZipFile(book) as z:
        members = {n: z.read(n) for n in z.namelist()}
    opf = (
        members["OEBPS/content.opf"]
        .decode()
        .replace('<itemref idref="c0"/>', '<itemref idref="c0"/>' * 20_000)
    )
    with zipfile.ZipFile(book, "w") as z:
        for n, data in members.items():
            z.writestr(n, opf if n == "OEBPS/content.opf" else data)
    assert [p.title for p in load_source(book).pieces] == ["第一章"]


def test_a_name_with_a_nul_is_no_file():
    for call in (load_source, lambda p: expand_paths([p])[0] and load_source(p)):
        with pytest.raises(
            DecodeError, match=r"'a\\x00b.txt': no such file \(the name holds a NUL character\)"
        ):
            call("a\x00b.txt")


def test_a_page_of_a_million_elements_is_refused_at_once(tmp_path):
    import time

    page = tmp_path / "tags.html"
    page.write_text(
        "<html><body>" + "<span></span>" * 1_000_000 + ARTICLE + "</body></html>", encoding="utf-8"
    )
    start = time.process_time()  # this process's work: a machine busy with others adds none
    with pytest.raises(DecodeError, match=r"tags\.html: refused, it has 1000003 elements"):
        load_source(page)
    assert time.process_time() - start < 5
