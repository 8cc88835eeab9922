"""Search across every article and every note, with any string the reader types."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from desktop.store.base import Store

SNIPPET_CONTEXT = 24


class Search(Store):
    def search(self, query: str, limit: int = 500) -> list[dict[str, Any]]:
        """Articles (title and text) and notes containing `query`, as typed: any string is a
        literal, never FTS syntax. Trigram full-text search narrows the candidates; queries
        under three characters, which trigrams cannot index, scan with LIKE. At most `limit`
        results, articles first in library order, then notes."""
        query = query.replace("\x00", "").strip()  # FTS5 cannot take a NUL; no text holds one
        if not query:
            return []
        out = self._search_articles(query, limit)
        for h in self._note_candidates(query, limit):
            at = h["note"].lower().find(query.lower())
            if at >= 0 and len(out) < limit:
                out.append(
                    {
                        "article_id": h["article_id"],
                        "start": h["start"],
                        "end": h["end"],
                        "highlight_id": h["id"],
                        "kind": "note",
                        "snippet": snippet(h["note"], at, at + len(query)),
                    }
                )
        return out

    def _search_articles(self, query: str, limit: int) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for a in self._candidates(query):
            hits = find_all(a["text"], query)
            if not hits and query.lower() in (a["title"] or "").lower():
                out.append(
                    {
                        "article_id": a["id"],
                        "start": 0,
                        "end": 0,
                        "snippet": a["title"],
                        "kind": "article",
                    }
                )
            for at in hits:
                out.append(
                    {
                        "article_id": a["id"],
                        "start": at,
                        "end": at + len(query),
                        "snippet": snippet(a["text"], at, at + len(query)),
                        "kind": "article",
                    }
                )
            if len(out) >= limit // 2:  # leave room for notes
                break
        return out[: limit // 2]

    def _candidates(self, query: str) -> Iterator[dict[str, Any]]:
        """Candidate articles, read lazily: the caller stops once it has enough."""
        if len(query) >= 3:
            return self._query(
                "SELECT a.id, a.title, a.text FROM articles_fts f "
                "JOIN articles a ON a.id = f.rowid "
                "WHERE articles_fts MATCH ? AND a.present = 1 ORDER BY a.id",
                [_fts_phrase(query)],
            )
        like = _like(query)
        return self._query(
            "SELECT a.id, a.title, a.text FROM articles a WHERE (a.title LIKE ? ESCAPE '\\' "
            "OR a.text LIKE ? ESCAPE '\\') AND a.present = 1 ORDER BY a.id",
            [like, like],
        )

    def _note_candidates(self, query: str, limit: int) -> list[dict[str, Any]]:
        if len(query) >= 3:
            return self._rows(
                'SELECT h.id, h.article_id, h.start, h."end", h.note FROM notes_fts f '
                "JOIN highlights h ON h.id = f.rowid WHERE notes_fts MATCH ? ORDER BY h.id LIMIT ?",
                [_fts_phrase(query), limit],
            )
        return self._rows(
            'SELECT id, article_id, start, "end", note FROM highlights WHERE note LIKE ? '
            "ESCAPE '\\' ORDER BY id LIMIT ?",
            [_like(query), limit],
        )


def find_all(text: str, query: str) -> list[int]:
    """Every place `query` starts in `text`, ignoring case, not overlapping."""
    low, q = text.lower(), query.lower()
    out, at = [], low.find(q)
    while at >= 0:
        out.append(at)
        at = low.find(q, at + len(q))
    return out


def snippet(text: str, start: int, end: int) -> str:
    a, b = max(0, start - SNIPPET_CONTEXT), min(len(text), end + SNIPPET_CONTEXT)
    return ("…" if a else "") + text[a:b].replace("\n", " ") + ("…" if b < len(text) else "")


def _fts_phrase(query: str) -> str:
    return '"' + query.replace('"', '""') + '"'


def _like(query: str) -> str:
    return "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
