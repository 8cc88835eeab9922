"""What a file holds, as page text or as ready-made articles: plain text, a saved web page,
an EPUB book.

- .txt: decoded (decode.py); page.py splits it into articles.
- .html/.htm: trafilatura extracts the article (headline, author, paragraphs) and drops
  navigation, related links, comments, footers, scripts and styles. Nothing is fetched: it
  gets a string, and links, images and fonts stay unloaded.
- .epub: each chapter of the spine is an article titled by its heading. Read with zipfile
  and lxml (EbookLib is AGPL); member names that climb out of the book (`../`), absolute
  ones, and archives that inflate past a bound are refused before anything is parsed.
"""

from __future__ import annotations

import os
import posixpath
import re
import zipfile
import zlib
from pathlib import Path
from typing import NamedTuple

from desktop.core.decode import MAX_BYTES, DecodeError, decode_bytes, read_text

MAX_EPUB_UNPACKED = 200 * 1024 * 1024
MAX_EPUB_RATIO = 100  # a member that inflates more than this is a bomb, not a book
MAX_EPUB_MEMBERS = 10_000
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
MIN_ARTICLE_CHARS = 10  # what is left of a page of links alone (`home`) is no article


SUFFIXES = (".txt", *HTML_SUFFIXES, ".epub")


def expand_paths(paths) -> list[str]:
    """Files as given; a folder stands for the readable files in it (sorted, not recursive)."""
    out: list[str] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(str(f) for f in p.iterdir() if f.is_file() and f.suffix.lower() in SUFFIXES))
        else:
            out.append(str(p))
    return out


class Source(NamedTuple):
    """Decoded input: `pieces` when the format already knows its articles, else page `text`."""

    text: str
    encoding: str
    pieces: list | None = None  # of page.Piece


def load_source(path: str | os.PathLike) -> Source:
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix in HTML_SUFFIXES:
        raw = _read_bytes(p)
        return html_source(raw, p.name)
    if suffix == ".epub":
        return epub_source(p)
    decoded = read_text(p)
    return Source(decoded.text, decoded.encoding)


def _read_bytes(p: Path) -> bytes:
    if not p.exists():
        raise DecodeError(f"{p}: no such file")
    if p.is_dir():
        raise DecodeError(f"{p}: is a folder, not a file")
    size = p.stat().st_size
    if size > MAX_BYTES:
        raise DecodeError(f"{p}: {size // (1024 * 1024)} MB is too large for a news page "
                          f"(limit {MAX_BYTES // (1024 * 1024)} MB)")
    try:
        return p.read_bytes()
    except OSError as exc:
        raise DecodeError(f"{p}: cannot be read ({exc.strerror or exc})") from None


def html_source(raw: bytes | str, name: str = "page") -> Source:
    """One article out of a saved web page."""
    import trafilatura

    if isinstance(raw, bytes):
        encoding = _html_charset(raw)
        try:
            text = raw.decode(encoding) if encoding else decode_bytes(raw).text
        except (LookupError, UnicodeDecodeError):
            text = decode_bytes(raw).text
        encoding = encoding or "utf-8"
    else:
        text, encoding = raw, "utf-8"
    if not text.strip():
        raise DecodeError(f"{name}: the page is empty")
    # trafilatura and the parsers under it can fail on broken markup in ways of their own
    # (fuzzing found an AssertionError in lxml): any of them is a page we cannot read, not a crash
    try:
        body = trafilatura.extract(text, output_format="txt", include_comments=False, include_tables=False,
                                   include_images=False, include_links=False, favor_precision=True)
    except Exception as exc:  # noqa: BLE001 - see above
        raise DecodeError(f"{name}: the page's markup is too broken to read ({type(exc).__name__})") from None
    if not body or len("".join(body.split())) < MIN_ARTICLE_CHARS:
        raise DecodeError(f"{name}: no article text found in this page")
    try:
        meta = trafilatura.extract_metadata(text)
    except Exception:  # noqa: BLE001 - the article stands without its title and author
        meta = None
    from desktop.core.page import Piece  # parsing modules load only for the formats that need them

    piece = Piece()
    piece.title = _clean_title(meta.title) if meta and meta.title else None
    if meta and meta.author:
        piece.byline = [a for a in re.split(r"[;,，、\s]+", meta.author) if a]
    piece.source = meta.sitename if meta and meta.sitename else None
    piece.paragraphs = [line.strip() for line in body.splitlines() if line.strip()]
    if piece.paragraphs and piece.title and piece.paragraphs[0] == piece.title:
        piece.paragraphs.pop(0)
    return Source(_pieces_text([piece]), encoding, [piece])


def _html_charset(raw: bytes) -> str | None:
    m = re.search(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", raw[:4096], re.I)
    if not m:
        return None
    name = m.group(1).decode("ascii").lower()
    return "gb18030" if name in ("gb2312", "gbk", "gb18030") else name


def _clean_title(title: str) -> str:
    """`标题_证券时报网` / `标题 - 新华网`: drop the site name after the last separator."""
    return re.split(r"\s*[_|｜]\s*|\s+[-—–]\s+", title.strip())[0].strip() or title.strip()


def _pieces_text(pieces: list) -> str:
    blocks = []
    for p in pieces:
        if p.title:
            blocks.append(p.title)
        blocks.extend(p.paragraphs)
    return "\n\n".join(blocks)


def epub_source(path: Path) -> Source:
    try:
        book = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise DecodeError(f"{path}: is not a readable EPUB ({exc})") from None
    from lxml.etree import LxmlError

    broken = (KeyError, ValueError, LxmlError, zipfile.BadZipFile, zlib.error, NotImplementedError, RuntimeError,
              EOFError, OSError)
    with book:
        _check_archive(book, path)
        try:
            opf_path = _rootfile(book)
            spine = _spine(book, opf_path)
        except broken as exc:
            raise DecodeError(f"{path}: is not a valid EPUB ({type(exc).__name__}: {exc})".splitlines()[0]) from None
        pieces = []
        for member in spine:
            try:
                piece = _chapter(book.read(member))
            except broken:
                continue  # a missing or broken chapter: skip it, read the rest
            if piece.paragraphs:
                pieces.append(piece)
    if not pieces:
        raise DecodeError(f"{path}: the book has no text")
    return Source(_pieces_text(pieces), "utf-8", pieces)


def _check_archive(book: zipfile.ZipFile, path: Path) -> None:
    infos = book.infolist()
    if len(infos) > MAX_EPUB_MEMBERS:
        raise DecodeError(f"{path}: has {len(infos)} files, more than a book has")
    total = 0
    for info in infos:
        name = info.filename
        if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name) or ".." in re.split(r"[/\\]", name):
            raise DecodeError(f"{path}: refused, it holds a file outside the book ({name})")
        total += info.file_size
        if info.compress_size and info.file_size / info.compress_size > MAX_EPUB_RATIO and info.file_size > 1 << 20:
            raise DecodeError(f"{path}: refused, {name} would inflate {info.file_size // info.compress_size}-fold "
                              f"(a decompression bomb)")
    if total > MAX_EPUB_UNPACKED:
        raise DecodeError(f"{path}: refused, it would unpack to {total // (1 << 20)} MB")


def _xml(data: bytes):
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=True)
    root = etree.fromstring(data, parser)
    if root is None:
        raise ValueError("unreadable XML")
    return root


def _rootfile(book: zipfile.ZipFile) -> str:
    root = _xml(book.read("META-INF/container.xml"))
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.endswith("rootfile") and el.get("full-path"):
            return el.get("full-path")
    raise ValueError("no rootfile in META-INF/container.xml")


def _spine(book: zipfile.ZipFile, opf_path: str) -> list[str]:
    root = _xml(book.read(opf_path))
    base = posixpath.dirname(opf_path)
    manifest = {}
    order = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "item" and el.get("id") and el.get("href"):
            manifest[el.get("id")] = posixpath.normpath(posixpath.join(base, el.get("href")))
        elif tag == "itemref" and el.get("idref"):
            order.append(el.get("idref"))
    return [manifest[i] for i in order if i in manifest and not manifest[i].startswith("..")]


def _chapter(data: bytes):
    import lxml.html

    from desktop.core.page import Piece

    try:
        data.decode("utf-8")
        encoding = "utf-8"  # what EPUB requires; lxml would guess Latin-1 without being told
    except UnicodeDecodeError:
        encoding = decode_bytes(data).encoding
    parser = lxml.html.HTMLParser(encoding=encoding, no_network=True, recover=True, remove_comments=True)
    doc = lxml.html.document_fromstring(data, parser=parser)
    for bad in doc.xpath("//script|//style|//nav|//head"):
        bad.drop_tree()
    piece = Piece()
    heading = doc.xpath("(//h1|//h2|//h3)[1]")
    if heading:
        piece.title = " ".join(heading[0].text_content().split()) or None
    for el in doc.xpath("//p|//h1|//h2|//h3|//h4|//li|//blockquote[not(.//p)]"):
        text = " ".join(el.text_content().split())
        if text and text != piece.title:
            if el.tag in ("h2", "h3", "h4") and piece.paragraphs:
                piece.headings.add(len(piece.paragraphs))  # a section heading of the chapter
            piece.paragraphs.append(text)
    return piece
