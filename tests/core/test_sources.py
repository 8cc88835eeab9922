"""Imports beyond plain text: saved web pages, EPUB books, and hostile files."""

import os
import socket
import zipfile

import pytest

from desktop.core.decode import DecodeError
from desktop.core.sources import expand_paths, load_source
from tests.conftest import ROOT, SAMPLE

PAGE = ROOT / "tests" / "data" / "news_page.html"


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
    for boilerplate in ("相关阅读", "网友评论", "用户123", "版权所有", "京ICP备", "首页", "tracker", "股票", "责任编辑"):
        assert boilerplate not in text


def test_gbk_web_page(tmp_path, no_network):
    page = tmp_path / "gbk.html"
    page.write_bytes(PAGE.read_text(encoding="utf-8").replace('charset="utf-8"', 'charset="gbk"').replace("©", "(c)").encode("gbk"))
    src = load_source(page)
    assert src.encoding == "gb18030" and src.pieces[0].title == "科技立法改善创新生态 助力形成新质生产力"


@pytest.mark.parametrize("content, says", [
    (b"", "empty"),
    (b"<html><body><div><span>", "no article"),
    (b"<html><head><title>x</title></head><body><nav><a href='/'>home</a></nav></body></html>", "no article"),
])
def test_bad_web_pages(tmp_path, content, says):
    page = tmp_path / "bad.html"
    page.write_bytes(content)
    with pytest.raises(DecodeError, match=says):
        load_source(page)


def _epub(path, chapters, extra=()):
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/epub+zip")
        z.writestr("META-INF/container.xml", '<?xml version="1.0"?><container xmlns="urn:oasis:names:tc:opendocument:'
                   'xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" '
                   'media-type="application/oebps-package+xml"/></rootfiles></container>')
        items = "".join(f'<item id="c{i}" href="text/c{i}.xhtml" media-type="application/xhtml+xml"/>'
                        for i in range(len(chapters)))
        refs = "".join(f'<itemref idref="c{i}"/>' for i in range(len(chapters)))
        z.writestr("OEBPS/content.opf", f'<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf">'
                   f'<manifest>{items}</manifest><spine>{refs}</spine></package>')
        for i, (title, paras) in enumerate(chapters):
            body = "".join(f"<p>{p}</p>" for p in paras)
            z.writestr(f"OEBPS/text/c{i}.xhtml", f'<html xmlns="http://www.w3.org/1999/xhtml"><head><title>{title}'
                       f'</title><script>bad()</script></head><body><h1>{title}</h1>{body}</body></html>')
        for name, data in extra:
            z.writestr(name, data)


def test_epub_of_two_chapters(tmp_path):
    book = tmp_path / "book.epub"
    _epub(book, [("第一章 开端", ["王馨表示，跨境电商增长了10倍。", "第二段。"]), ("第二章 发展", ["第三段。"])])
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
    assert [os.path.basename(p) for p in expand_paths([tmp_path])] == ["a.txt", "b.html", "c.epub", "e.TXT"]
    assert expand_paths([SAMPLE]) == [str(SAMPLE)]
