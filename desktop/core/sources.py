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

import codecs
import os
import posixpath
import re
import stat
import zipfile
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from desktop.core.decode import (
    MAX_BYTES,
    Decoded,
    DecodeError,
    common_share,
    decode_bytes,
    normalise_line_ends,
    open_regular,
    os_reason,
    read_file,
    read_text,
)
from desktop.core.paths import escaped, shown

if TYPE_CHECKING:  # the parsers load only for the formats that need them
    import lxml.html
    from lxml import etree

    from desktop.core.page import Piece

MAX_EPUB_UNPACKED = 200 * 1024 * 1024  # what is inflated of one book, counted as it is inflated
MAX_EPUB_MEMBER = MAX_BYTES  # one chapter, as much as a text file may hold
MAX_EPUB_RATIO = 100  # a member that inflates more than this is a bomb, not a book
MAX_EPUB_MEMBERS = 10_000
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
MIN_ARTICLE_CHARS = 10  # what is left of a page of links alone (`home`) is no article


SUFFIXES = (".txt", *HTML_SUFFIXES, ".epub")


def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> list[str]:
    """Files as given; a folder stands for the readable files in it (sorted, not recursive).

    A name that cannot be looked at (a folder without search permission on the way) or a
    folder that cannot be listed is a DecodeError; a missing name is passed on, for the
    reading to say so with the rest."""
    out: list[str] = []
    for path in paths:
        try:
            is_folder = stat.S_ISDIR(os.stat(path).st_mode)
        except FileNotFoundError:
            is_folder = False
        except OSError as exc:
            raise DecodeError(f"{shown(path)}: cannot be read ({os_reason(exc)})") from None
        except ValueError:  # a NUL in the name: reading it says so
            is_folder = False
        if not is_folder:
            out.append(os.fspath(path))
            continue
        try:
            with os.scandir(path) as entries:
                found = [
                    str(Path(path) / e.name)
                    for e in entries
                    if Path(e.name).suffix.lower() in SUFFIXES and e.is_file()
                ]
        except OSError as exc:
            raise DecodeError(
                f"{shown(path)}: the folder cannot be read ({os_reason(exc)})"
            ) from None
        out.extend(sorted(found))
    return out


class Refused(DecodeError):
    """Input refused whole (too big, too many attributes), not skipped as a broken part."""


class Source(NamedTuple):
    """Decoded input: `pieces` when the format already knows its articles, else page `text`."""

    text: str
    encoding: str
    pieces: list[Piece] | None = None


def load_source(path: str | os.PathLike[str]) -> Source:
    """The file's text, by its kind (the suffix); DecodeError (one line) when it cannot be read."""
    suffix = Path(path).suffix.lower()
    if suffix in HTML_SUFFIXES:
        return html_source(read_file(path), shown(path))
    if suffix == ".epub":
        return epub_source(path)
    decoded = read_text(path)
    return Source(decoded.text, decoded.encoding)


def html_source(raw: bytes | str, name: str = "page") -> Source:
    """One article out of a saved web page; `name` is the page as messages show it."""
    import trafilatura

    if isinstance(raw, bytes):
        try:
            text, encoding = decode_html(raw)
        except DecodeError as exc:
            raise DecodeError(f"{name}: {exc}") from None
    else:
        text, encoding = raw, "utf-8"
    if not text.strip():
        raise DecodeError(f"{name}: the page is empty")
    _check_markup(text, name)
    # trafilatura and the parsers under it can fail on broken markup in ways of their own
    # (fuzzing found an AssertionError in lxml): any of them is a page we cannot read, not a crash
    try:
        tree = _html_tree(text)
    except Exception:
        raise DecodeError(f"{name}: no article text found in this page") from None
    elements = sum(1 for _ in tree.iter())
    if elements > MAX_ELEMENTS:  # trafilatura spends ~20 µs of Python on each
        raise Refused(
            f"{name}: refused, it has {elements} elements (more than {MAX_ELEMENTS}: "
            f"no news page has that many)"
        )
    try:
        body = trafilatura.extract(
            tree,
            output_format="txt",
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            favor_precision=True,
        )
    except Exception as exc:
        raise DecodeError(
            f"{name}: the page's markup is too broken to read ({type(exc).__name__})"
        ) from None
    if not body or len("".join(body.split())) < MIN_ARTICLE_CHARS:
        raise DecodeError(f"{name}: no article text found in this page")
    try:
        meta = trafilatura.extract_metadata(
            _html_tree(text)
        )  # a tree of its own: extract changes its tree
    except Exception:
        meta = None
    from desktop.core.page import Piece  # parsing modules load only for the formats that need them

    piece = Piece()
    piece.title = _clean_title(meta.title) if meta and meta.title else None
    if meta and meta.author:
        piece.byline = [a for a in re.split(r"[;,，、\s]+", meta.author) if a]
    piece.source = meta.sitename if meta and meta.sitename else None
    if meta and meta.date and re.fullmatch(r"\d{4}-\d\d-\d\d", meta.date):
        piece.date = meta.date  # what 6日 and 去年 in its text are counted from
    piece.paragraphs = [line.strip() for line in body.splitlines() if line.strip()]
    if piece.paragraphs and piece.title and piece.paragraphs[0] == piece.title:
        piece.paragraphs.pop(0)
    return Source(_pieces_text([piece]), encoding, [piece])


def _html_tree(text: str) -> lxml.html.HtmlElement:
    """The page parsed as trafilatura parses it, with huge_tree: without it libxml2 drops a text
    or an attribute over 10 MB (a picture saved into the page as a data: URI) and all after it,
    without a word. The page's size is bounded already (MAX_BYTES)."""
    import lxml.html

    parser = lxml.html.HTMLParser(
        collect_ids=False,
        default_doctype=False,
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        huge_tree=True,
    )
    tree = lxml.html.document_fromstring(text.encode("utf-8", "surrogatepass"), parser=parser)
    # a picture's bytes are never looked at, but the date finder under trafilatura would scan
    # them with its patterns (5 s for 12 MB)
    for el in tree.xpath("//*[@*[starts-with(., 'data:') and string-length(.) > 4096]]"):
        for key in [k for k, v in el.attrib.items() if v.startswith("data:") and len(v) > 4096]:
            del el.attrib[key]
    return tree


MAX_ELEMENTS = 300_000  # a long news page has a few thousand; 1,000,000 took 20 s to extract
MAX_ATTRIBUTES = 1000  # in one tag; libxml2's HTML parser takes time quadratic in their number
_LONG_TAG = re.compile(r"<[A-Za-z][^<>]{4000,}>")  # where so many could be (linear: no nesting)
_ATTRIBUTE = re.compile(r"""[\s"'][^\s"'=<>/]+\s*=""")


def _check_markup(text: str, name: str) -> None:
    """Refuse markup the HTML parser would take hours over: 200,000 attributes in one tag
    (2.6 MB) took it 10 minutes."""
    for tag in _LONG_TAG.finditer(text):
        count = len(_ATTRIBUTE.findall(tag.group()))
        if count > MAX_ATTRIBUTES:
            raise Refused(
                f"{name}: refused, one of its tags has {count} attributes "
                f"(more than {MAX_ATTRIBUTES}: no page has that many)"
            )


def decode_html(raw: bytes) -> Decoded:
    """A web page's text and the encoding it was actually decoded with.

    A page's declared charset is often wrong (a page saved as UTF-8 keeps its old
    `charset=gbk`), so bytes that are valid UTF-8 are UTF-8; a declared charset is used only
    when it names an encoding Dubao reads and the bytes decode in it; anything else is
    detected as for a text file."""
    declared = _declared_charset(raw)
    if declared and not raw.startswith(_UNICODE_BOMS):
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            try:
                labelled = Decoded(normalise_line_ends(raw.decode(declared)), declared)
            except UnicodeDecodeError:
                return decode_bytes(raw)  # the label is wrong: detect, and say what was found
            # GBK bytes also decode as Big5 and back, into rare characters: the label is wrong
            # then too, when the other reading is the more common text
            try:
                detected = decode_bytes(raw)
            except DecodeError:
                return labelled
            if common_share(detected.text, detected.encoding) > common_share(
                labelled.text, declared
            ):
                return detected
            return labelled
    return decode_bytes(raw)


_UNICODE_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# the WHATWG Encoding Standard's labels (what browsers accept) for the encodings Dubao reads;
# a page's UTF-16 label is read as UTF-8, as the HTML standard says (ASCII markup is not UTF-16)
_CHARSET_LABELS = {
    **dict.fromkeys(
        (
            "unicode-1-1-utf-8",
            "unicode11utf8",
            "unicode20utf8",
            "utf-8",
            "utf8",
            "x-unicode20utf8",
            "csunicode",
            "iso-10646-ucs-2",
            "ucs-2",
            "unicode",
            "unicodefeff",
            "unicodefffe",
            "utf-16",
            "utf-16le",
            "utf-16be",
        ),
        "utf-8",
    ),
    **dict.fromkeys(
        (
            "chinese",
            "csgb2312",
            "csiso58gb231280",
            "gb2312",
            "gb_2312",
            "gb_2312-80",
            "gbk",
            "iso-ir-58",
            "x-gbk",
            "gb18030",
        ),
        "gb18030",
    ),
    **dict.fromkeys(("big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"), "big5hkscs"),
}
_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:\-]+)"""
    rb"""|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)""",
    re.I,
)


def _declared_charset(raw: bytes) -> str | None:
    """The codec the page's `<meta charset>` (or XML declaration) names, if Dubao reads it."""
    m = _CHARSET.search(raw[:4096])
    if not m:
        return None
    label = (m.group(1) or m.group(2)).decode("ascii").strip().lower()
    return _CHARSET_LABELS.get(label)


def _clean_title(title: str) -> str:
    """`标题_证券时报网` / `标题 - 新华网`: drop the site name after the last separator."""
    return re.split(r"\s*[_|｜]\s*|\s+[-—–]\s+", title.strip())[0].strip() or title.strip()


def _pieces_text(pieces: list[Piece]) -> str:
    blocks = []
    for p in pieces:
        if p.title:
            blocks.append(p.title)
        blocks.extend(p.paragraphs)
    return "\n\n".join(blocks)


def epub_source(path: str | os.PathLike[str]) -> Source:
    """Each chapter of the book's spine an article; DecodeError for a file that is no book."""
    name = shown(path)
    from lxml.etree import LxmlError

    broken = (
        KeyError,
        ValueError,
        LxmlError,
        zipfile.BadZipFile,
        zlib.error,
        NotImplementedError,
        RuntimeError,
        EOFError,
        OSError,
    )
    with open_regular(path) as f:
        try:
            book = _Book(zipfile.ZipFile(f), name)
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise DecodeError(f"{name}: is not a readable EPUB ({escaped(str(exc))})") from None
        with book.zip:
            _check_archive(book.zip, name)
            try:
                opf_path = _rootfile(book)
                spine = _spine(book, opf_path)
            except Refused:
                raise
            except broken as exc:
                raise DecodeError(
                    f"{name}: is not a valid EPUB ({type(exc).__name__}: {escaped(str(exc))})"
                ) from None
            pieces = []
            for member in spine:
                try:
                    data = book.read(member)
                except Refused:
                    raise  # too big: the book is refused, not cut
                except broken:
                    continue  # a missing or broken chapter: skip it, read the rest
                try:
                    piece = _chapter(data, name)
                except Refused:
                    raise
                except broken:
                    continue  # a chapter in no encoding Dubao reads, or no HTML at all
                if piece.paragraphs:
                    pieces.append(piece)
    if not pieces:
        raise DecodeError(f"{name}: the book has no text")
    return Source(_pieces_text(pieces), "utf-8", pieces)


class _Book:
    """An open EPUB whose members are inflated a chunk at a time, under a bound for each
    member and one for the book: the sizes its headers give may lie, the inflated bytes do not."""

    def __init__(self, archive: zipfile.ZipFile, name: str) -> None:
        self.zip = archive
        self.name = name
        self.inflated = 0

    def read(self, member: str) -> bytes:
        chunks: list[bytes] = []
        size = 0
        with self.zip.open(member) as f:
            while chunk := f.read(_CHUNK):
                size += len(chunk)
                self.inflated += len(chunk)
                if size > MAX_EPUB_MEMBER:
                    raise Refused(
                        f"{self.name}: refused, {shown(member)} inflates past "
                        f"{MAX_EPUB_MEMBER >> 20} MB (no chapter is that long)"
                    )
                if self.inflated > MAX_EPUB_UNPACKED:
                    raise Refused(
                        f"{self.name}: refused, it inflates past {MAX_EPUB_UNPACKED >> 20} MB"
                    )
                chunks.append(chunk)
        return b"".join(chunks)


_CHUNK = 1 << 20


def _check_archive(book: zipfile.ZipFile, name: str) -> None:
    """Refuse, before anything is inflated, what the headers already give away."""
    infos = book.infolist()
    if len(infos) > MAX_EPUB_MEMBERS:
        raise DecodeError(f"{name}: has {len(infos)} files, more than a book has")
    for info in infos:
        member = info.filename
        if (
            member.startswith(("/", "\\"))
            or re.match(r"^[A-Za-z]:", member)
            or ".." in re.split(r"[/\\]", member)
        ):
            raise DecodeError(
                f"{name}: refused, it holds a file outside the book ({shown(member)})"
            )
        if (
            info.compress_size
            and info.file_size / info.compress_size > MAX_EPUB_RATIO
            and info.file_size > 1 << 20
        ):
            raise DecodeError(
                f"{name}: refused, {shown(member)} would inflate "
                f"{info.file_size // info.compress_size}-fold (a decompression bomb)"
            )


def _xml(data: bytes) -> etree._Element:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=True)
    root = etree.fromstring(data, parser)
    if root is None:
        raise ValueError("unreadable XML")
    return root


def _rootfile(book: _Book) -> str:
    root = _xml(book.read("META-INF/container.xml"))
    for el in root.iter():
        if (
            isinstance(el.tag, str)
            and el.tag.endswith("rootfile")
            and (path := el.get("full-path"))
        ):
            return path
    raise ValueError("no rootfile in META-INF/container.xml")


def _spine(book: _Book, opf_path: str) -> list[str]:
    root = _xml(book.read(opf_path))
    base = posixpath.dirname(opf_path)
    manifest: dict[str, str] = {}
    order: list[str] = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "item" and (item_id := el.get("id")) and (href := el.get("href")):
            manifest[item_id] = posixpath.normpath(posixpath.join(base, href))
        elif tag == "itemref" and (idref := el.get("idref")):
            order.append(idref)
    # each chapter once: a spine naming one chapter 20,000 times made as many articles
    return list(
        dict.fromkeys(
            manifest[i] for i in order if i in manifest and not manifest[i].startswith("..")
        )
    )


def _chapter(data: bytes, name: str) -> Piece:
    import lxml.html

    from desktop.core.page import Piece

    try:
        text = data.decode("utf-8")
        encoding = "utf-8"  # what EPUB requires; lxml would guess Latin-1 without being told
    except UnicodeDecodeError:
        text, encoding = decode_bytes(data)
    _check_markup(text, name)
    # huge_tree: without it libxml2 drops a text over 10 MB and all after it, without a word;
    # the member's size is bounded already (_Book.read)
    parser = lxml.html.HTMLParser(
        encoding=encoding, no_network=True, recover=True, remove_comments=True, huge_tree=True
    )
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
