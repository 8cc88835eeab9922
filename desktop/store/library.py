"""The reader's library: one SQLite file, written through sqlite-utils.

It holds the imported documents with the full analysis of every article (a cache: opening an
article never analyses it again), and everything the reader makes: highlights with notes and
tags, bookmarks, reading positions.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from desktop.core.decode import DecodeError
from desktop.core.tokens import Tokens, as_tokens
from desktop.core.vocabulary import is_vocabulary, person_spans
from desktop.store.anchor import Anchor, make_anchor, reanchor
from desktop.store.schema import APPLICATION_ID, LATEST, MIGRATIONS, PACKED_TOKENS_MIGRATION, WORDS_MIGRATION

COLORS = ("yellow", "green", "blue", "pink", "purple")
WORD_STATUSES = ("new", "learning", "known")
BUSY_TIMEOUT_MS = 10_000
SNIPPET_CONTEXT = 24


class LibraryError(Exception):
    """The library cannot do what was asked; the message is one line for a person."""


def default_library_path() -> Path:
    """`DUBAO_LIBRARY`, else the platform's data folder (`…/dubao/library.db`)."""
    if env := os.environ.get("DUBAO_LIBRARY"):
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("dubao")) / "library.db"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Library:
    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        _check_is_library(self.path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                                   check_same_thread=False)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        except (sqlite3.Error, OSError) as exc:
            raise LibraryError(f"{self.path}: cannot be opened ({_reason(exc)})") from None
        self.conn = conn
        self._db = None
        self._migrate()

    @property
    def db(self):
        """sqlite-utils over the same connection, for every write. Imported on the first write:
        reads are plain SQL, so the reader draws its first page without loading it."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    def _rows(self, sql: str, params=()) -> list[dict]:
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor]

    # --- opening --------------------------------------------------------------------------

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version >= LATEST:
            return
        with self._write():
            for number in range(version, LATEST):
                self._run_script(MIGRATIONS[number])
                if number + 1 == WORDS_MIGRATION:
                    self._index_all_words()
                if number + 1 == PACKED_TOKENS_MIGRATION:
                    self._pack_all_analyses()
            self.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            self.conn.execute(f"PRAGMA user_version = {LATEST}")

    def _index_all_words(self) -> None:
        """Articles stored before the vocabulary existed get their words counted."""
        for article_id, analysis in self.conn.execute("SELECT id, analysis FROM articles").fetchall():
            self._index_words(article_id, json.loads(analysis))

    def _pack_all_analyses(self) -> None:
        """Analyses stored with token dicts are stored packed (see desktop/core/tokens.py)."""
        for article_id, analysis in self.conn.execute("SELECT id, analysis FROM articles").fetchall():
            self.conn.execute("UPDATE articles SET analysis = ? WHERE id = ?",
                              [_pack_analysis(json.loads(analysis)), article_id])

    def _run_script(self, script: str) -> None:
        """executescript() would commit our transaction; run the statements one by one instead."""
        statement = ""
        for line in script.splitlines(keepends=True):
            statement += line
            if sqlite3.complete_statement(statement):
                self.conn.execute(statement)
                statement = ""

    def _write(self):
        return _Transaction(self.conn, self.path)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Library":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- documents and articles ---------------------------------------------------------------

    def import_file(self, path: str | os.PathLike, progress: Callable[[int, int], None] | None = None) -> list[int]:
        """Import a page; the same file again is a no-op with the same ids, an edited one is
        updated in place and its highlights re-anchored. `progress(done, total)` follows the
        analysis and may raise to cancel: nothing is written before the analysis is done."""
        from desktop.core.sources import load_source

        try:
            source = load_source(path)
        except DecodeError as exc:
            raise LibraryError(str(exc)) from None
        return self.import_text(str(Path(path).resolve()), source.text, source.encoding, progress, source.pieces)

    def import_text(self, path: str, text: str, encoding: str = "utf-8",
                    progress: Callable[[int, int], None] | None = None, pieces=None) -> list[int]:
        """Import page text (split here into articles), or `pieces` a format already cut."""
        existing = self._document_by_path(path)
        if existing and existing["text"] == text:  # the same page: compared, not hashed (no OpenSSL to load)
            return self._article_ids(existing["id"])
        import hashlib

        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        # jieba and pypinyin load only when something is analysed
        from desktop.core.analysis import analyze_source
        from desktop.core.sources import Source

        # outside the transaction: others may write meanwhile
        articles = analyze_source(Source(text, encoding, pieces), self._overrides(), progress)
        now = _now()
        with self._write():
            if existing is None:
                doc_id = self.db["documents"].insert(
                    {"path": path, "content_hash": digest, "encoding": encoding, "text": text,
                     "imported": now, "updated": now}).last_pk
                ids = [self._store_article(doc_id, n, a) for n, a in enumerate(articles)]
            else:
                doc_id = existing["id"]
                self.db["documents"].update(doc_id, {"content_hash": digest, "encoding": encoding,
                                                     "text": text, "updated": now})
                ids = self._replace_articles(doc_id, articles)
        return ids

    def _document_by_path(self, path: str) -> dict | None:
        rows = self._rows("SELECT id, text FROM documents WHERE path = ? LIMIT 1", [path])
        return rows[0] if rows else None

    def _article_ids(self, doc_id: int) -> list[int]:
        return [r[0] for r in self.conn.execute(
            "SELECT id FROM articles WHERE document_id = ? AND present = 1 ORDER BY position", [doc_id])]

    def _store_article(self, doc_id: int, position: int, article, article_id: int | None = None) -> int:
        """Insert an analysed article, or update the row `article_id`, and count its words; its
        JSON and packed tokens are made once for both."""
        data = article.to_json()
        data["tokens"] = as_tokens(data["tokens"])
        row = {"document_id": doc_id, "position": position, "present": 1, "title": article.title,
               "byline": json.dumps(article.byline, ensure_ascii=False), "source": article.source,
               "text": article.text, "chars": len(article.text), "figure_count": len(article.figures),
               "speaker_count": sum(1 for s in article.speakers if s["kind"] == "person"),
               "analysis": _pack_analysis(data)}
        if article_id is None:
            article_id = self.db["articles"].insert(row).last_pk
        else:
            self.db["articles"].update(article_id, row)
        self._index_words(article_id, data)
        return article_id

    def _index_words(self, article_id: int, article: dict) -> None:
        """The article's vocabulary: every word (not figures, not names) with its count."""
        names = person_spans(article["speakers"])
        counts: dict[str, list] = {}
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
        self.conn.execute("DELETE FROM word_occurrences WHERE article_id = ?", [article_id])
        self.conn.executemany(
            "INSERT INTO word_occurrences (article_id, word, count, pinyin, first_offset) VALUES (?, ?, ?, ?, ?)",
            [(article_id, w, c, p, o) for w, (c, p, o) in counts.items()])

    def _replace_articles(self, doc_id: int, articles) -> list[int]:
        """Match new articles to old ones by title, else by place; keep ids; re-anchor highlights.
        Old articles with no match stay (hidden) so that no highlight is ever dropped."""
        old = self._rows("SELECT * FROM articles WHERE document_id = ? ORDER BY position", [doc_id])
        used: set[int] = set()

        def first_unused(rows):
            return next((r["id"] for r in rows if r["id"] not in used), None)

        ids = []
        for n, article in enumerate(articles):
            if article.title:  # the same headline is the same article, wherever it moved
                match = first_unused(r for r in old if r["title"] == article.title)
            else:  # untitled pieces (continuations) match the most alike untitled piece
                match = _most_alike(article.text, [r for r in old if r["title"] is None and r["id"] not in used])
            if match is not None:
                used.add(match)
            ids.append(self._store_article(doc_id, n, article, match))
        for gone in {r["id"] for r in old} - used:
            self.db["articles"].update(gone, {"present": 0})
        self._reanchor_document(doc_id, ids)
        return ids

    def _reanchor_document(self, doc_id: int, present_ids: list[int]) -> None:
        texts = {i: self.conn.execute("SELECT text FROM articles WHERE id = ?", [i]).fetchone()[0]
                 for i in present_ids}
        rows = self.conn.execute(
            "SELECT h.* FROM highlights h JOIN articles a ON a.id = h.article_id WHERE a.document_id = ?",
            [doc_id]).fetchall()
        columns = [d[0] for d in self.conn.execute("SELECT * FROM highlights LIMIT 0").description]
        for values in rows:
            h = dict(zip(columns, values))
            anchor = Anchor(h["start"], h["end"], h["quote"], h["prefix"], h["suffix"])
            order = [h["article_id"]] if h["article_id"] in texts else []
            order += [i for i in present_ids if i != h["article_id"]]
            for article_id in order:
                place = reanchor(anchor, texts[article_id])
                if place:
                    moved = make_anchor(texts[article_id], *place)
                    self.db["highlights"].update(h["id"], {
                        "article_id": article_id, "start": moved.start, "end": moved.end, "quote": moved.quote,
                        "prefix": moved.prefix, "suffix": moved.suffix, "orphan": 0})
                    break
            else:
                self.db["highlights"].update(h["id"], {"orphan": 1})

    def articles(self) -> list[dict]:
        sql = ("SELECT a.id, a.document_id, a.position, a.title, a.byline, a.source, a.figure_count, "
               "a.speaker_count, a.chars, d.path AS source_path FROM articles a "
               "JOIN documents d ON d.id = a.document_id WHERE a.present = 1 ORDER BY d.id, a.position")
        out = []
        for row in self._rows(sql):
            row["byline"] = json.loads(row["byline"])
            out.append(row)
        return out

    def article(self, article_id: int) -> dict:
        row = self.conn.execute(
            "SELECT a.analysis, a.document_id, d.path FROM articles a JOIN documents d ON d.id = a.document_id "
            "WHERE a.id = ?", [article_id]).fetchone()
        if row is None:
            raise LibraryError(f"no article {article_id} in the library")
        data = _unpack_analysis(row[0])
        data.update({"id": article_id, "document_id": row[1], "source_path": row[2]})
        return data

    def documents(self) -> list[dict]:
        return self._rows("SELECT id, path, encoding, imported, updated FROM documents ORDER BY id")

    # --- highlights -------------------------------------------------------------------------

    def add_highlight(self, article_id: int, start: int, end: int, color: str = "yellow", note: str = "",
                      tags=()) -> int:
        text = self._text(article_id)
        if not (0 <= start < end <= len(text)):
            raise LibraryError(f"a highlight must lie inside the article (0–{len(text)}), not {start}–{end}")
        _check_color(color)
        anchor = make_anchor(text, start, end)
        now = _now()
        with self._write():
            return self.db["highlights"].insert({
                "article_id": article_id, "start": start, "end": end, "quote": anchor.quote,
                "prefix": anchor.prefix, "suffix": anchor.suffix, "color": color, "note": note or "",
                "tags": json.dumps(_clean_tags(tags), ensure_ascii=False), "orphan": 0,
                "created": now, "updated": now}).last_pk

    def update_highlight(self, highlight_id: int, *, note: str | None = None, color: str | None = None,
                         tags=None) -> None:
        self._highlight_row(highlight_id)
        changes: dict = {}
        if note is not None:
            changes["note"] = note
        if color is not None:
            _check_color(color)
            changes["color"] = color
        if tags is not None:
            changes["tags"] = json.dumps(_clean_tags(tags), ensure_ascii=False)
        if changes:
            changes["updated"] = _now()
            with self._write():
                self.db["highlights"].update(highlight_id, changes)

    def move_highlight(self, highlight_id: int, start: int, end: int) -> None:
        """Place a highlight again (how an orphan is fixed)."""
        h = self._highlight_row(highlight_id)
        text = self._text(h["article_id"])
        if not (0 <= start < end <= len(text)):
            raise LibraryError(f"a highlight must lie inside the article (0–{len(text)}), not {start}–{end}")
        a = make_anchor(text, start, end)
        with self._write():
            self.db["highlights"].update(highlight_id, {"start": start, "end": end, "quote": a.quote,
                                                        "prefix": a.prefix, "suffix": a.suffix, "orphan": 0,
                                                        "updated": _now()})

    def delete_highlight(self, highlight_id: int) -> dict:
        """Delete and return the highlight as it was, so that it can be restored (undo)."""
        row = self._highlight_row(highlight_id)
        with self._write():
            self.db["highlights"].delete(highlight_id)
        return _highlight_dict(dict(row))

    def restore_highlight(self, highlight: dict) -> int:
        """Put back a highlight returned by delete_highlight, with its id and dates."""
        row = dict(highlight)
        row["tags"] = json.dumps(_clean_tags(row.get("tags", ())), ensure_ascii=False)
        row["orphan"] = int(bool(row.get("orphan")))
        with self._write():
            return self.db["highlights"].insert(row, replace=True).last_pk

    def highlights(self, article_id: int | None = None) -> list[dict]:
        # plain cursor rows: this list is drawn on every article switch, at 10,000 highlights too
        sql = f"SELECT {_HIGHLIGHT_COLUMNS} FROM highlights"
        if article_id is None:
            cursor = self.conn.execute(sql + " ORDER BY article_id, start")
        else:
            cursor = self.conn.execute(sql + " WHERE article_id = ? ORDER BY start", [article_id])
        names = _HIGHLIGHT_NAMES
        return [_highlight_dict(dict(zip(names, row))) for row in cursor]

    def _highlight_row(self, highlight_id: int) -> dict:
        rows = self._rows("SELECT * FROM highlights WHERE id = ?", [highlight_id])
        if not rows:
            raise LibraryError(f"no highlight {highlight_id} in the library")
        return rows[0]

    def _text(self, article_id: int) -> str:
        row = self.conn.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()
        if row is None:
            raise LibraryError(f"no article {article_id} in the library")
        return row[0]

    # --- bookmarks and reading positions ------------------------------------------------------

    def add_bookmark(self, article_id: int, offset: int, label: str = "") -> int:
        text = self._text(article_id)
        if not 0 <= offset <= len(text):
            raise LibraryError(f"a bookmark must lie inside the article (0–{len(text)}), not at {offset}")
        with self._write():
            return self.db["bookmarks"].insert({"article_id": article_id, "offset": offset, "label": label or "",
                                                "created": _now()}).last_pk

    def delete_bookmark(self, bookmark_id: int) -> None:
        with self._write():
            self.db["bookmarks"].delete_where("id = ?", [bookmark_id])

    def bookmarks(self, article_id: int | None = None) -> list[dict]:
        if article_id is None:
            return self._rows('SELECT * FROM bookmarks ORDER BY article_id, "offset"')
        return self._rows('SELECT * FROM bookmarks WHERE article_id = ? ORDER BY "offset"', [article_id])

    def set_position(self, article_id: int, offset: int) -> None:
        with self._write():
            self.db["reading_positions"].upsert({"article_id": article_id, "offset": max(0, offset),
                                                 "updated": _now()}, pk="article_id")

    def position(self, article_id: int) -> int:
        row = self.conn.execute('SELECT "offset" FROM reading_positions WHERE article_id = ?', [article_id]).fetchone()
        return row[0] if row else 0

    # --- words and readings for learners ------------------------------------------------------

    def set_word_status(self, word: str, status: str) -> None:
        self.set_words_status([word], status)

    def set_words_status(self, words, status: str) -> None:
        """Mark many words at once (one transaction): `new`, `learning` or `known`."""
        if status not in WORD_STATUSES:
            raise LibraryError(f"unknown word status {status!r}; use one of {', '.join(WORD_STATUSES)}")
        now = _now()
        with self._write():
            for word in words:
                if not word:
                    raise LibraryError("an empty word has no status")
                if status == "new":
                    self.conn.execute("DELETE FROM word_status WHERE word = ?", [word])
                else:
                    self.conn.execute("INSERT INTO word_status (word, status, updated) VALUES (?, ?, ?) "
                                      "ON CONFLICT(word) DO UPDATE SET status = excluded.status, "
                                      "updated = excluded.updated", [word, status, now])

    def word_statuses(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT word, status FROM word_status"))

    def words(self, status: str | None = None, article_id: int | None = None, hsk_edition: str = "3.0",
              definitions: bool = True) -> list[dict]:
        """The vocabulary of the library (or of one article), most frequent first: word, status,
        pinyin (its most frequent reading), definition (CC-CEDICT's first; "" with
        definitions=False, which spares loading the dictionary), hsk, count."""
        from desktop.core.dictionary import hsk_level, lookup

        if status is not None and status not in WORD_STATUSES:
            raise LibraryError(f"unknown word status {status!r}; use one of {', '.join(WORD_STATUSES)}")
        sql = ("SELECT o.word, o.count, o.pinyin FROM word_occurrences o JOIN articles a ON a.id = o.article_id "
               "WHERE a.present = 1" + (" AND o.article_id = ?" if article_id is not None else ""))
        rows = self.conn.execute(sql, [article_id] if article_id is not None else []).fetchall()
        statuses = self.word_statuses()
        totals: dict[str, list] = {}
        for word, count, pinyin in rows:
            entry = totals.setdefault(word, [0, {}])
            entry[0] += count
            entry[1][pinyin] = entry[1].get(pinyin, 0) + count
        if article_id is None:
            for word in statuses:
                totals.setdefault(word, [0, {}])
        out = []
        for word, (count, readings) in totals.items():
            st = statuses.get(word, "new")
            if status is not None and st != status:
                continue
            entries = lookup(word) if definitions else []
            exact = [e for e in entries if word in (e["simplified"], e["traditional"])]
            out.append({"word": word, "status": st, "count": count,
                        "pinyin": max(readings, key=readings.get) if readings else "",
                        "definition": exact[0]["definitions"][0] if exact and exact[0]["definitions"] else "",
                        "hsk": hsk_level(word, hsk_edition)})
        out.sort(key=lambda w: (-w["count"], w["word"]))
        return out

    def coverage(self, article_id: int) -> float:
        """Share of the article's word tokens the learner knows (0–1)."""
        statuses = self.word_statuses()
        rows = self.conn.execute("SELECT word, count FROM word_occurrences WHERE article_id = ?", [article_id])
        total = known = 0
        for word, count in rows:
            total += count
            known += count if statuses.get(word) == "known" else 0
        return known / total if total else 1.0

    def correct_pinyin(self, word: str, reading: str) -> None:
        """The reader's own reading of a word, kept, and applied at once to every stored article
        (their cached analyses) and to every later import."""
        from desktop.core.pinyin import numbers_to_marks

        syllables = numbers_to_marks(reading.split())
        if not word or len(syllables) != len(word) or not all(syllables):
            raise LibraryError(f"{word!r} has {len(word)} characters; give one syllable for each "
                               f"(like “zhì pǔ”), not {reading!r}")
        with self._write():
            self.conn.execute("INSERT INTO pinyin_corrections (word, pinyin, created) VALUES (?, ?, ?) "
                              "ON CONFLICT(word) DO UPDATE SET pinyin = excluded.pinyin", [word, " ".join(syllables),
                                                                                          _now()])
            self._repinyin_word(word)

    def remove_correction(self, word: str) -> None:
        with self._write():
            self.conn.execute("DELETE FROM pinyin_corrections WHERE word = ?", [word])
            self._repinyin_word(word)

    def corrections(self) -> list[dict]:
        return self._rows("SELECT word, pinyin, created FROM pinyin_corrections ORDER BY word")

    def _overrides(self) -> dict[str, list[str]]:
        return {w: p.split(" ") for w, p in self.conn.execute("SELECT word, pinyin FROM pinyin_corrections")}

    def _repinyin_word(self, word: str) -> None:
        """Read again every stored article in which `word` stands as a word (inside a transaction)."""
        from desktop.core.pinyin import tokens_pinyin

        overrides = self._overrides()
        ids = [r[0] for r in self.conn.execute("SELECT DISTINCT article_id FROM word_occurrences WHERE word = ?",
                                               [word])]
        for article_id in ids:
            data = _unpack_analysis(self.conn.execute("SELECT analysis FROM articles WHERE id = ?",
                                                      [article_id]).fetchone()[0])
            spans = data["tokens"].spans()
            readings = tokens_pinyin(data["text"], spans, person_spans(data["speakers"]), overrides)
            data["tokens"] = Tokens([end for _, end in spans], [s for syllables in readings for s in syllables])
            self.conn.execute("UPDATE articles SET analysis = ? WHERE id = ?", [_pack_analysis(data), article_id])
            self._index_words(article_id, data)

    # --- the library itself and exports ------------------------------------------------------------

    @property
    def uid(self) -> str:
        """This library's own id (keeps exported Anki notes and annotation ids stable)."""
        return self.conn.execute("SELECT value FROM meta WHERE key = 'uid'").fetchone()[0]

    def export(self, fmt: str, dest: str | os.PathLike, article_ids=None) -> int:
        """Write highlights (markdown, csv, json, html, anki), figures-csv or statements-csv to
        dest, atomically; returns the number of records. LibraryError on a bad request."""
        from desktop.store.export import ExportError, export

        try:
            return export(self, fmt, dest, article_ids)
        except ExportError as exc:
            raise LibraryError(str(exc)) from None

    # --- search -----------------------------------------------------------------------------

    def search(self, query: str, limit: int = 500) -> list[dict]:
        """Articles (title and text) and notes containing `query`, as typed: any string is a
        literal, never FTS syntax. Trigram full-text search narrows the candidates; queries
        under three characters, which trigrams cannot index, scan with LIKE. At most `limit`
        results, articles first in library order, then notes."""
        query = query.replace("\x00", "").strip()  # FTS5 cannot take a NUL; no text holds one
        if not query:
            return []
        out = self._search_articles(query, limit)
        for hid, article_id, start, end, note in self._note_candidates(query, limit):
            at = note.lower().find(query.lower())
            if at >= 0 and len(out) < limit:
                out.append({"article_id": article_id, "start": start, "end": end, "highlight_id": hid,
                            "snippet": _snippet(note, at, at + len(query)), "kind": "note"})
        return out

    def _search_articles(self, query: str, limit: int) -> list[dict]:
        out = []
        for article_id, title, text in self._candidates(query):
            hits = _find_all(text, query)
            if not hits and query.lower() in (title or "").lower():
                out.append({"article_id": article_id, "start": 0, "end": 0, "snippet": title, "kind": "article"})
            for at in hits:
                out.append({"article_id": article_id, "start": at, "end": at + len(query),
                            "snippet": _snippet(text, at, at + len(query)), "kind": "article"})
            if len(out) >= limit // 2:  # leave room for notes
                break
        return out[:limit // 2]

    def _candidates(self, query: str):
        """Candidate articles, read lazily: the caller stops once it has enough."""
        if len(query) >= 3:
            sql = ("SELECT a.id, a.title, a.text FROM articles_fts f JOIN articles a ON a.id = f.rowid "
                   "WHERE articles_fts MATCH ? AND a.present = 1 ORDER BY a.id")
            return self.conn.execute(sql, [_fts_phrase(query)])
        sql = ("SELECT a.id, a.title, a.text FROM articles a WHERE (a.title LIKE ? ESCAPE '\\' "
               "OR a.text LIKE ? ESCAPE '\\') AND a.present = 1 ORDER BY a.id")
        like = _like(query)
        return self.conn.execute(sql, [like, like])

    def _note_candidates(self, query: str, limit: int):
        if len(query) >= 3:
            return self.conn.execute(
                "SELECT h.id, h.article_id, h.start, h.\"end\", h.note FROM notes_fts f "
                "JOIN highlights h ON h.id = f.rowid WHERE notes_fts MATCH ? ORDER BY h.id LIMIT ?",
                [_fts_phrase(query), limit]).fetchall()
        return self.conn.execute(
            "SELECT id, article_id, start, \"end\", note FROM highlights WHERE note LIKE ? ESCAPE '\\' "
            "ORDER BY id LIMIT ?", [_like(query), limit]).fetchall()


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT, so concurrent writers queue on the busy timeout instead of
    failing half-way; disk-full and read-only errors become LibraryError."""

    def __init__(self, conn: sqlite3.Connection, path: Path):
        self.conn, self.path = conn, path

    def __enter__(self):
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise LibraryError(f"{self.path}: cannot be written ({_reason(exc)})") from None
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            try:
                self.conn.execute("COMMIT")
                return False
            except sqlite3.Error as err:
                exc = err
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.Error):
            raise LibraryError(f"{self.path}: cannot be written ({_reason(exc)})") from None
        return False


def _check_is_library(path: Path) -> None:
    """Refuse, without writing a byte, any file that is not a Dubao library (or empty)."""
    if path.is_dir():
        raise LibraryError(f"{path}: is a folder, not a library file")
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with open(path, "rb") as f:
            header = f.read(100)
    except OSError as exc:
        raise LibraryError(f"{path}: cannot be read ({_reason(exc)})") from None
    if not header.startswith(b"SQLite format 3\x00"):
        raise LibraryError(f"{path}: is not a Dubao library (not an SQLite database)")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if app_id == APPLICATION_ID:
                conn.execute("SELECT count(*) FROM articles").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise LibraryError(f"{path}: the library file is damaged or truncated ({_reason(exc)})") from None
    if app_id != APPLICATION_ID and tables:
        raise LibraryError(f"{path}: is an SQLite database of another program, not a Dubao library")
    if version > LATEST:
        raise LibraryError(f"{path}: was written by a newer Dubao (library version {version}, this one "
                           f"reads up to {LATEST}); update Dubao to open it")


def _pack_analysis(article: dict) -> str:
    """The stored form of an analysis: its tokens packed as `token_ends` and `syllables`, a
    third of the JSON and a few objects, not thousands, to read back."""
    data = {k: v for k, v in article.items() if k != "tokens"}
    data["token_ends"], data["syllables"] = as_tokens(article["tokens"]).packed()
    return json.dumps(data, ensure_ascii=False)


def _unpack_analysis(stored: str) -> dict:
    data = json.loads(stored)
    data["tokens"] = Tokens.unpacked(data.pop("token_ends"), data.pop("syllables"))
    return data


def _most_alike(text: str, rows: list[dict]) -> int | None:
    """The row whose text is most like `text`, if at least half alike (first 1,000 characters)."""
    from difflib import SequenceMatcher

    scored = [(SequenceMatcher(None, text[:1000], r["text"][:1000], autojunk=False).ratio(), r["id"]) for r in rows]
    best = max(scored, default=(0.0, None))
    return best[1] if best[0] >= 0.5 else None


def _reason(exc: BaseException) -> str:
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


def _check_color(color: str) -> None:
    if color not in COLORS:
        raise LibraryError(f"unknown colour {color!r}; use one of {', '.join(COLORS)}")


def _clean_tags(tags) -> list[str]:
    if isinstance(tags, str):
        tags = tags.split(",")
    out: list[str] = []
    for tag in tags or ():
        tag = str(tag).strip()
        if tag and tag not in out:
            out.append(tag)
    return out


_HIGHLIGHT_NAMES = ("id", "article_id", "start", "end", "quote", "prefix", "suffix", "color", "note", "tags",
                    "orphan", "created", "updated")
_HIGHLIGHT_COLUMNS = ", ".join(f'"{n}"' for n in _HIGHLIGHT_NAMES)


def _highlight_dict(row: dict) -> dict:
    row["tags"] = json.loads(row["tags"]) if row["tags"] != "[]" else []
    row["orphan"] = bool(row["orphan"])
    return row


def _fts_phrase(query: str) -> str:
    return '"' + query.replace('"', '""') + '"'


def _like(query: str) -> str:
    return "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _find_all(text: str, query: str) -> list[int]:
    low, q = text.lower(), query.lower()
    out, at = [], low.find(q)
    while at >= 0:
        out.append(at)
        at = low.find(q, at + len(q))
    return out


def _snippet(text: str, start: int, end: int) -> str:
    a, b = max(0, start - SNIPPET_CONTEXT), min(len(text), end + SNIPPET_CONTEXT)
    return ("…" if a else "") + text[a:b].replace("\n", " ") + ("…" if b < len(text) else "")
