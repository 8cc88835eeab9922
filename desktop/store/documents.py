"""Documents and articles: importing a page, and reading the stored analysis back.

An import has two halves. `prepare_source` analyses a loaded file into every row the library
will hold, article by article, into a file of JSON lines; it needs no library, so the reader
runs it in a child process that never opens the library file. `Documents.store_import` reads
those rows back one at a time and writes them in one transaction. Within the reader only the
window's process ever opens the library: the design does not depend on nothing else in that
process touching the file (see desktop/store/opening.py). Analysing into a file, not inside
the transaction, keeps the library free for other writers meanwhile, and memory to one
article's analysis.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from desktop.core.decode import DecodeError
from desktop.core.tokens import Tokens, as_tokens
from desktop.core.vocabulary import is_vocabulary, person_spans
from desktop.store.anchor import Anchor, make_anchor, reanchor
from desktop.store.annotations import apply_speaker_corrections
from desktop.store.base import Store, WordRow, new_id, now
from desktop.store.errors import LibraryError, shown

Progress = Callable[[int, int], None]
PREPARED_FORMAT = 1


@dataclass
class PreparedArticle:
    row: dict[str, Any]  # the articles row without document_id, position and id
    words: list[WordRow]


@dataclass
class PreparedImport:
    """A page ready to be stored: its text, and its articles' rows — analysed one at a time as
    `articles` is read, so that a 20 MB page never sits in memory analysed all at once."""

    path: str
    text: str
    encoding: str
    digest: str
    count: int  # how many articles `articles` gives
    articles: Iterable[PreparedArticle] = ()

    def write(self, out: IO[str]) -> None:
        """JSON lines: the document, then one line per article as each is made."""
        head = {
            "format": PREPARED_FORMAT,
            "path": self.path,
            "text": self.text,
            "encoding": self.encoding,
            "digest": self.digest,
            "articles": self.count,
        }
        out.write(json.dumps(head, ensure_ascii=False) + "\n")
        self.write_articles(out)

    def write_articles(self, out: IO[str]) -> None:
        """The article lines alone, one as each is made."""
        for a in self.articles:
            out.write(json.dumps({"row": a.row, "words": a.words}, ensure_ascii=False) + "\n")

    @classmethod
    def read(cls, src: IO[str]) -> PreparedImport:
        """The prepared import in `src`; its articles are read from it as they are used."""
        head = json.loads(src.readline())
        if head.get("format") != PREPARED_FORMAT:
            raise LibraryError("the prepared import was made by another version of Dubao")

        return cls(
            head["path"],
            head["text"],
            head["encoding"],
            head["digest"],
            head["articles"],
            read_articles(src, head["articles"]),
        )


def read_articles(src: IO[str], count: int) -> Iterator[PreparedArticle]:
    """`count` article lines of `src`, read one at a time as they are used."""
    for _ in range(count):
        line = json.loads(src.readline())
        yield PreparedArticle(line["row"], [tuple(w) for w in line["words"]])


# A page's text is stored as a TEXT value of its length in UTF-8 (zeros), then written into it
# through SQLite's blob I/O, which keeps a value's type: bound as one str, it was copied three
# times at once (Python's UTF-8 of it, kept with the str; SQLite's copy of the bound value; the
# record), 170 MB for a 20 MB page.
ROOM_FOR_TEXT = {"text": "CAST(zeroblob(?) AS TEXT)"}
TEXT_PIECE = 1 << 20  # characters encoded at a time


def utf8_length(text: str) -> int:
    """Bytes of `text` in UTF-8, a piece at a time (a lone surrogate raises, as storing would)."""
    return sum(
        len(text[start : start + TEXT_PIECE].encode("utf-8"))
        for start in range(0, len(text), TEXT_PIECE)
    )


def text_digest(text: str) -> str:
    import hashlib  # OpenSSL loads with it: not at the window's start

    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def prepare_source(
    path: str, source: Any, overrides: Mapping[str, Sequence[str]], progress: Progress | None = None
) -> PreparedImport:
    """The rows for a loaded file, its articles analysed as they are read (no library needed)."""
    from desktop.core.analysis import check_lengths, each_article, pieces_of  # jieba loads later

    pieces = pieces_of(source)
    check_lengths(pieces)  # now, not after half the page is analysed
    articles = (prepare_article(a.to_json()) for a in each_article(pieces, overrides, progress))
    return PreparedImport(
        path, source.text, source.encoding, text_digest(source.text), len(pieces), articles
    )


def prepare_article(data: dict[str, Any]) -> PreparedArticle:
    """An analysed article as its row: the analysis JSON with packed tokens, and its words."""
    data = {**data, "tokens": as_tokens(data["tokens"])}
    row = {
        "present": 1,
        "title": data["title"],
        "byline": json.dumps(data["byline"], ensure_ascii=False),
        "source": data["source"],
        "text": data["text"],
        "chars": len(data["text"]),
        "figure_count": len(data["figures"]),
        "speaker_count": sum(1 for s in data["speakers"] if s["kind"] == "person"),
        "analysis": pack_analysis(data),
    }
    return PreparedArticle(row, word_counts(data))


def word_counts(article: dict[str, Any]) -> list[WordRow]:
    """The article's vocabulary: every word (not figures, not names) with its count."""
    names = person_spans(article["speakers"])
    counts: dict[str, list[Any]] = {}
    text = article["text"]
    tokens = as_tokens(article["tokens"])
    for i, (start, end) in enumerate(tokens.spans()):
        word = text[start:end]
        if (start, end) in names or not is_vocabulary(word):
            continue
        entry = counts.get(word)
        if entry is None:
            entry = counts[word] = [0, " ".join(tokens.pinyin(i)), start]
        entry[0] += 1
    return [(w, c, p, o) for w, (c, p, o) in counts.items()]


def pack_analysis(article: dict[str, Any]) -> str:
    """The stored form of an analysis: its tokens packed as `token_ends` and `syllables`, a
    third of the JSON and a few objects, not thousands, to read back."""
    data = {k: v for k, v in article.items() if k != "tokens"}
    data["token_ends"], data["syllables"] = as_tokens(article["tokens"]).packed()
    return json.dumps(data, ensure_ascii=False)


def unpack_analysis(stored: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(stored)
    data["tokens"] = Tokens.unpacked(data.pop("token_ends"), data.pop("syllables"))
    return data


class Documents(Store):
    def import_file(
        self, path: str | os.PathLike[str], progress: Progress | None = None
    ) -> list[int]:
        """Import a page; the same file again is a no-op with the same ids, an edited one is
        updated in place and its highlights re-anchored. `progress(done, total)` follows the
        analysis and may raise to cancel: nothing is written before the analysis is done."""
        self.refuse_own_file(path)
        from desktop.core.sources import load_source

        try:
            source = load_source(path)
        except DecodeError as exc:
            raise LibraryError(str(exc)) from None
        resolved = str(Path(path).resolve())
        existing = self._document_by_path(resolved)
        if existing and existing["text"] == source.text:  # unchanged: compared, never analysed
            return self._article_ids(existing["id"])
        try:
            prepared = prepare_source(resolved, source, self._overrides(), progress)
        except DecodeError as exc:
            raise LibraryError(str(exc)) from None
        return self._store_prepared(prepared)

    def import_text(
        self,
        path: str,
        text: str,
        encoding: str = "utf-8",
        progress: Progress | None = None,
        pieces: list[Any] | None = None,
    ) -> list[int]:
        """Import page text (split here into articles), or `pieces` a format already cut."""
        from desktop.core.sources import Source

        existing = self._document_by_path(path)
        if existing and existing["text"] == text:
            return self._article_ids(existing["id"])
        source = Source(text, encoding, pieces)
        try:
            prepared = prepare_source(path, source, self._overrides(), progress)
        except DecodeError as exc:
            raise LibraryError(str(exc)) from None
        return self._store_prepared(prepared)

    def _store_prepared(self, prepared: PreparedImport) -> list[int]:
        """Analyse into a private temporary file, then store from it (see the module's note).
        The file holds the article lines alone: the page's text is the one already in memory,
        not a second copy written out and read back (120 MB at a time for a 20 MB page)."""
        import tempfile
        from dataclasses import replace

        with tempfile.TemporaryDirectory(prefix="dubao-import-") as folder:
            rows = Path(folder) / "articles.jsonl"
            with rows.open("w", encoding="utf-8") as out:
                prepared.write_articles(out)
            with rows.open(encoding="utf-8") as src:
                return self.store_import(
                    replace(prepared, articles=read_articles(src, prepared.count))
                )

    def store_import(self, prepared: PreparedImport) -> list[int]:
        """Write a prepared import in one transaction. The document is looked for inside it, so
        two imports of one new file at once make one document, not a constraint error."""
        stamp = now()
        with self._write() as db:
            existing = self._document_by_path(prepared.path)
            if existing and existing["text"] == prepared.text:
                return self._article_ids(existing["id"])
            fields: dict[str, Any] = {
                "content_hash": prepared.digest,
                "encoding": prepared.encoding,
                "text": prepared.text,
                "updated": stamp,
            }
            pieces = sys.version_info >= (3, 11)  # blob I/O (see ROOM_FOR_TEXT); 3.10 binds it
            if pieces:
                fields["text"] = utf8_length(prepared.text)
            conversions = ROOM_FOR_TEXT if pieces else {}
            if existing is None:
                doc = db.table("documents").insert(
                    {"path": prepared.path, "imported": stamp, **fields}, conversions=conversions
                )
                doc_id = new_id(doc.last_pk)
            else:
                doc_id = existing["id"]
                db.table("documents").update(doc_id, fields, conversions=conversions)
            if pieces:
                self._write_text(doc_id, prepared.text)
            if existing is None:
                return [self._store_article(doc_id, n, a) for n, a in enumerate(prepared.articles)]
            return self._replace_articles(doc_id, prepared.articles)

    def _write_text(self, doc_id: int, text: str) -> None:
        """The page's text into the room `ROOM_FOR_TEXT` made for it, a piece at a time."""
        if sys.version_info < (3, 11):
            raise RuntimeError("blob I/O needs Python 3.11")
        with self.conn.blobopen("documents", "text", doc_id) as room:
            for start in range(0, len(text), TEXT_PIECE):
                room.write(text[start : start + TEXT_PIECE].encode("utf-8"))

    def document_digest(self, path: str | os.PathLike[str]) -> str | None:
        """The digest of what is stored for this file (a child import compares it with the
        file's text and leaves an unchanged page alone)."""
        digest = self._value(
            "SELECT content_hash FROM documents WHERE path = ?", [str(Path(path).resolve())]
        )
        return str(digest) if digest is not None else None

    def article_ids_of(self, path: str | os.PathLike[str]) -> list[int]:
        doc_id = self._value("SELECT id FROM documents WHERE path = ?", [str(Path(path).resolve())])
        return self._article_ids(doc_id) if doc_id is not None else []

    def refuse_own_file(self, path: str | os.PathLike[str]) -> None:
        """The library's own files are never read as a page: reading them would open the library
        behind SQLite's back (and make no sense as news)."""
        if self.is_own_file(path):
            raise LibraryError(f"{shown(path)}: is the library file itself, not a news page")

    def is_own_file(self, path: str | os.PathLike[str]) -> bool:
        """Whether `path` is the library file or one of its companions (compared by inode, with
        stat only: nothing is opened)."""
        try:
            target = os.stat(path)
        except OSError:
            return False
        for suffix in ("", "-wal", "-shm", "-journal"):
            try:
                mine = os.stat(str(self.path) + suffix)
            except OSError:
                continue
            if (mine.st_dev, mine.st_ino) == (target.st_dev, target.st_ino):
                return True
        return False

    def _document_by_path(self, path: str) -> dict[str, Any] | None:
        rows = self._rows("SELECT id, text FROM documents WHERE path = ? LIMIT 1", [path])
        return rows[0] if rows else None

    def _article_ids(self, doc_id: int) -> list[int]:
        return [
            r["id"]
            for r in self._query(
                "SELECT id FROM articles WHERE document_id = ? AND present = 1 ORDER BY position",
                [doc_id],
            )
        ]

    def _store_article(
        self, doc_id: int, position: int, prepared: PreparedArticle, article_id: int | None = None
    ) -> int:
        """Insert a prepared article, or update the row `article_id`, with its word counts."""
        row = {**prepared.row, "document_id": doc_id, "position": position}
        table = self._write_db.table("articles")
        if article_id is None:
            article_id = new_id(table.insert(row).last_pk)
        else:
            table.update(article_id, row)
        self._store_words(article_id, prepared.words)
        return article_id

    def _replace_articles(self, doc_id: int, articles: Iterable[PreparedArticle]) -> list[int]:
        """Match new articles to old ones by title, else by place; keep ids; re-anchor highlights.
        Old articles with no match stay (hidden) so that no highlight is ever dropped."""
        old = self._rows(
            "SELECT id, title, text FROM articles WHERE document_id = ? ORDER BY position", [doc_id]
        )
        used: set[int] = set()
        ids = []
        for n, article in enumerate(articles):
            title = article.row["title"]
            if title:  # the same headline is the same article, wherever it moved
                match = next(
                    (r["id"] for r in old if r["title"] == title and r["id"] not in used), None
                )
            else:  # untitled pieces (continuations) match the most alike untitled piece
                match = _most_alike(
                    article.row["text"],
                    [r for r in old if r["title"] is None and r["id"] not in used],
                )
            if match is not None:
                used.add(match)
            ids.append(self._store_article(doc_id, n, article, match))
        for gone in {r["id"] for r in old} - used:
            self._write_db.table("articles").update(gone, {"present": 0})
        self._reanchor_document(doc_id, ids)
        return ids

    def _reanchor_document(self, doc_id: int, present_ids: list[int]) -> None:
        texts = {i: self._value("SELECT text FROM articles WHERE id = ?", [i]) for i in present_ids}
        rows = self._rows(
            'SELECT h.id, h.article_id, h.start, h."end", h.quote, h.prefix, h.suffix '
            "FROM highlights h JOIN articles a ON a.id = h.article_id "
            "WHERE a.document_id = ?",
            [doc_id],
        )
        highlights = self._write_db.table("highlights")
        for h in rows:
            anchor = Anchor(h["start"], h["end"], h["quote"], h["prefix"], h["suffix"])
            order = [h["article_id"]] if h["article_id"] in texts else []
            order += [i for i in present_ids if i != h["article_id"]]
            for article_id in order:
                place = reanchor(anchor, texts[article_id])
                if place:
                    moved = make_anchor(texts[article_id], *place)
                    highlights.update(
                        h["id"],
                        {
                            "article_id": article_id,
                            "start": moved.start,
                            "end": moved.end,
                            "quote": moved.quote,
                            "prefix": moved.prefix,
                            "suffix": moved.suffix,
                            "orphan": 0,
                        },
                    )
                    break
            else:
                highlights.update(h["id"], {"orphan": 1})
        self._reanchor_speaker_corrections(doc_id, texts)

    def _reanchor_speaker_corrections(self, doc_id: int, texts: dict[int, str]) -> None:
        """A corrected speaker goes where the words it was given for are now (its own article
        first): the same words, the same speaker, after an edited page is imported again."""
        rows = self._rows(
            'SELECT c.article_id, c.start, c."end", c.quote, c.speaker, c.created '
            "FROM speaker_corrections c JOIN articles a ON a.id = c.article_id "
            "WHERE a.document_id = ?",
            [doc_id],
        )
        table = self._write_db.table("speaker_corrections")
        for c in rows:
            order = [c["article_id"]] if c["article_id"] in texts else []
            order += [i for i in texts if i != c["article_id"]]
            for article_id in order:
                text = texts[article_id]
                at = (
                    c["start"]
                    if text[c["start"] : c["end"]] == c["quote"]
                    else text.find(c["quote"])
                )
                if at >= 0:
                    if (article_id, at) != (c["article_id"], c["start"]):
                        table.delete_where(
                            'article_id = ? AND start = ? AND "end" = ?',
                            [c["article_id"], c["start"], c["end"]],
                        )
                        table.upsert(
                            {
                                **c,
                                "article_id": article_id,
                                "start": at,
                                "end": at + len(c["quote"]),
                            },
                            pk=("article_id", "start", "end"),
                        )
                    break

    def articles(self) -> list[dict[str, Any]]:
        sql = (
            "SELECT a.id, a.document_id, a.position, a.title, a.byline, a.source, a.figure_count, "
            "a.speaker_count, a.chars, d.path AS source_path, r.furthest AS furthest "
            "FROM articles a JOIN documents d ON d.id = a.document_id "
            "LEFT JOIN reading_positions r ON r.article_id = a.id "
            "WHERE a.present = 1 ORDER BY d.id, a.position"
        )
        out = self._rows(sql)
        for row in out:
            row["byline"] = json.loads(row["byline"])
            furthest = row.pop("furthest")
            row["opened"] = furthest is not None  # never opened: unread
            row["read"] = min(1.0, (furthest or 0) / row["chars"]) if row["chars"] else 0.0
        return out

    def article(self, article_id: int) -> dict[str, Any]:
        """The Article fields of DESIGN.md from the cache (no analysis), with id, document_id
        and source_path."""
        data = self.packed_article(article_id)
        data["tokens"] = data["tokens"].to_dicts()
        return data

    def packed_article(self, article_id: int) -> dict[str, Any]:
        """`article()` with its tokens as `Tokens` (packed): what the reader opens, 0.1 ms."""
        rows = self._rows(
            "SELECT a.analysis, a.document_id, d.path FROM articles a "
            "JOIN documents d ON d.id = a.document_id WHERE a.id = ?",
            [article_id],
        )
        if not rows:
            raise LibraryError(f"no article {article_id} in the library")
        data = unpack_analysis(rows[0]["analysis"])
        corrections = self._rows(
            'SELECT start, "end", quote, speaker FROM speaker_corrections WHERE article_id = ?',
            [article_id],
        )
        if corrections:
            apply_speaker_corrections(data, corrections)
        data.update(
            {
                "id": article_id,
                "document_id": rows[0]["document_id"],
                "source_path": rows[0]["path"],
            }
        )
        return data

    def documents(self) -> list[dict[str, Any]]:
        return self._rows("SELECT id, path, encoding, imported, updated FROM documents ORDER BY id")


def _most_alike(text: str, rows: list[dict[str, Any]]) -> int | None:
    """The row whose text is most like `text`, if at least half alike (first 1,000 characters)."""
    from difflib import SequenceMatcher

    scored = [
        (SequenceMatcher(None, text[:1000], r["text"][:1000], autojunk=False).ratio(), r["id"])
        for r in rows
    ]
    best = max(scored, default=(0.0, None))
    return best[1] if best[0] >= 0.5 else None
