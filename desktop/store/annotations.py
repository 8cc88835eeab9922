"""What the reader makes in an article: highlights with notes and tags, bookmarks, and the
place they stopped reading."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from desktop.store.anchor import make_anchor
from desktop.store.base import Store, new_id, now
from desktop.store.errors import LibraryError

COLORS = ("yellow", "green", "blue", "pink", "purple")
HIGHLIGHT_FIELDS = (
    "id",
    "article_id",
    "start",
    "end",
    "quote",
    "prefix",
    "suffix",
    "color",
    "note",
    "tags",
    "orphan",
    "created",
    "updated",
)
_HIGHLIGHT_COLUMNS = ", ".join(f'"{n}"' for n in HIGHLIGHT_FIELDS)
Tags = Iterable[str] | str


class Annotations(Store):
    def add_highlight(
        self,
        article_id: int,
        start: int,
        end: int,
        color: str = "yellow",
        note: str = "",
        tags: Tags = (),
    ) -> int:
        text = self._text(article_id)
        _check_inside(text, start, end)
        _check_color(color)
        anchor = make_anchor(text, start, end)
        stamp = now()
        with self._write() as db:
            return new_id(
                db.table("highlights")
                .insert(
                    {
                        "article_id": article_id,
                        "start": start,
                        "end": end,
                        "quote": anchor.quote,
                        "prefix": anchor.prefix,
                        "suffix": anchor.suffix,
                        "color": color,
                        "note": note or "",
                        "tags": _tags_json(tags),
                        "orphan": 0,
                        "created": stamp,
                        "updated": stamp,
                    }
                )
                .last_pk
            )

    def update_highlight(
        self,
        highlight_id: int,
        *,
        note: str | None = None,
        color: str | None = None,
        tags: Tags | None = None,
    ) -> None:
        self._highlight_row(highlight_id)
        changes: dict[str, Any] = {}
        if note is not None:
            changes["note"] = note
        if color is not None:
            _check_color(color)
            changes["color"] = color
        if tags is not None:
            changes["tags"] = _tags_json(tags)
        if changes:
            changes["updated"] = now()
            with self._write() as db:
                db.table("highlights").update(highlight_id, changes)

    def move_highlight(self, highlight_id: int, start: int, end: int) -> None:
        """Place a highlight again (how an orphan is fixed)."""
        h = self._highlight_row(highlight_id)
        text = self._text(h["article_id"])
        _check_inside(text, start, end)
        a = make_anchor(text, start, end)
        with self._write() as db:
            db.table("highlights").update(
                highlight_id,
                {
                    "start": start,
                    "end": end,
                    "quote": a.quote,
                    "prefix": a.prefix,
                    "suffix": a.suffix,
                    "orphan": 0,
                    "updated": now(),
                },
            )

    def delete_highlight(self, highlight_id: int) -> dict[str, Any]:
        """Delete and return the highlight as it was, so that it can be restored (undo)."""
        row = self._highlight_row(highlight_id)
        with self._write() as db:
            db.table("highlights").delete(highlight_id)
        return _highlight_dict(dict(row))

    def restore_highlight(self, highlight: dict[str, Any]) -> int:
        """Put back a highlight returned by delete_highlight, with its id and dates."""
        row = {k: highlight[k] for k in HIGHLIGHT_FIELDS if k in highlight}
        row["tags"] = _tags_json(row.get("tags", ()))
        row["orphan"] = int(bool(row.get("orphan")))
        with self._write() as db:
            return new_id(db.table("highlights").insert(row, replace=True).last_pk)

    def highlights(self, article_id: int | None = None) -> list[dict[str, Any]]:
        sql = f"SELECT {_HIGHLIGHT_COLUMNS} FROM highlights"
        if article_id is None:
            rows = self._query(sql + " ORDER BY article_id, start")
        else:
            rows = self._query(sql + " WHERE article_id = ? ORDER BY start", [article_id])
        return [_highlight_dict(r) for r in rows]

    def _highlight_row(self, highlight_id: int) -> dict[str, Any]:
        rows = self._rows(
            f"SELECT {_HIGHLIGHT_COLUMNS} FROM highlights WHERE id = ?", [highlight_id]
        )
        if not rows:
            raise LibraryError(f"no highlight {highlight_id} in the library")
        return rows[0]

    # --- bookmarks and reading positions ------------------------------------------------------

    def add_bookmark(self, article_id: int, offset: int, label: str = "") -> int:
        text = self._text(article_id)
        if not 0 <= offset <= len(text):
            raise LibraryError(
                f"a bookmark must lie inside the article (0–{len(text)}), not at {offset}"
            )
        with self._write() as db:
            return new_id(
                db.table("bookmarks")
                .insert(
                    {
                        "article_id": article_id,
                        "offset": offset,
                        "label": label or "",
                        "created": now(),
                    }
                )
                .last_pk
            )

    def delete_bookmark(self, bookmark_id: int) -> None:
        with self._write() as db:
            db.table("bookmarks").delete_where("id = ?", [bookmark_id])

    def bookmarks(self, article_id: int | None = None) -> list[dict[str, Any]]:
        if article_id is None:
            return self._rows('SELECT * FROM bookmarks ORDER BY article_id, "offset"')
        return self._rows(
            'SELECT * FROM bookmarks WHERE article_id = ? ORDER BY "offset"', [article_id]
        )

    def set_position(self, article_id: int, offset: int, seen: int | None = None) -> None:
        """The place to come back to (the first line on screen), and `seen`, the furthest the
        reader has got (the last line on screen): how much of the article is read."""
        seen = max(offset, seen if seen is not None else offset)
        furthest = max(
            seen,
            int(
                self._value(
                    "SELECT furthest FROM reading_positions WHERE article_id = ?",
                    [article_id],
                    default=0,
                )
            ),
        )
        with self._write() as db:
            db.table("reading_positions").upsert(
                {
                    "article_id": article_id,
                    "offset": max(0, offset),
                    "furthest": furthest,
                    "updated": now(),
                },
                pk="article_id",
            )

    def position(self, article_id: int) -> int:
        return int(
            self._value(
                'SELECT "offset" FROM reading_positions WHERE article_id = ?',
                [article_id],
                default=0,
            )
        )

    # --- a note on a whole article -----------------------------------------------------------

    def set_article_note(self, article_id: int, note: str) -> None:
        """The reader's note on the article as a whole ("" removes it)."""
        self._text(article_id)
        with self._write() as db:
            if note.strip():
                db.table("article_notes").upsert(
                    {"article_id": article_id, "note": note, "updated": now()}, pk="article_id"
                )
            else:
                db.table("article_notes").delete_where("article_id = ?", [article_id])

    def article_note(self, article_id: int) -> str:
        return str(
            self._value(
                "SELECT note FROM article_notes WHERE article_id = ?", [article_id], default=""
            )
        )

    # --- who said it, as the reader says -------------------------------------------------------

    def correct_speaker(self, article_id: int, start: int, end: int, speaker: str | None) -> None:
        """The reader's word on who said the statement at start–end (None: no one named); kept,
        and applied each time the article is opened, a re-import included."""
        text = self._text(article_id)
        _check_inside(text, start, end)
        if speaker is not None and not speaker.strip():
            raise LibraryError("a speaker needs a name (or none at all)")
        with self._write() as db:
            db.table("speaker_corrections").upsert(
                {
                    "article_id": article_id,
                    "start": start,
                    "end": end,
                    "quote": text[start:end],
                    "speaker": speaker.strip() if speaker else None,
                    "created": now(),
                },
                pk=("article_id", "start", "end"),
            )

    def remove_speaker_correction(self, article_id: int, start: int, end: int) -> None:
        with self._write() as db:
            db.table("speaker_corrections").delete_where(
                'article_id = ? AND start = ? AND "end" = ?', [article_id, start, end]
            )

    def speaker_corrections(self, article_id: int | None = None) -> list[dict[str, Any]]:
        sql = 'SELECT article_id, start, "end", quote, speaker, created FROM speaker_corrections'
        if article_id is None:
            return self._rows(sql + " ORDER BY article_id, start")
        return self._rows(sql + " WHERE article_id = ? ORDER BY start", [article_id])


def apply_speaker_corrections(article: dict[str, Any], corrections: list[dict[str, Any]]) -> None:
    """Give the statements the reader corrected their speaker (marked `corrected`): each found by
    its place, or where its words moved to after a re-import. The speakers follow (core's
    speakers.apply_corrections): one the analysis did not know joins them, one left with nothing
    said leaves."""
    from desktop.core.speakers import apply_corrections

    text, wanted = article["text"], {}
    for c in corrections:
        start, end = c["start"], c["end"]
        if text[start:end] != c["quote"]:
            start = text.find(c["quote"])
            if start < 0:
                continue
            end = start + len(c["quote"])
        wanted[(start, end)] = c["speaker"]
    speakers, statements = apply_corrections(article["speakers"], article["statements"], wanted)
    for st in statements:
        if (st["start"], st["end"]) in wanted:
            st["corrected"] = True
    article["speakers"], article["statements"] = speakers, statements


def _check_inside(text: str, start: int, end: int) -> None:
    if not (0 <= start < end <= len(text)):
        raise LibraryError(
            f"a highlight must lie inside the article (0–{len(text)}), not {start}–{end}"
        )


def _check_color(color: str) -> None:
    if color not in COLORS:
        raise LibraryError(f"unknown colour {color!r}; use one of {', '.join(COLORS)}")


def _tags_json(tags: Tags) -> str:
    if isinstance(tags, str):
        tags = tags.split(",")
    out: list[str] = []
    for tag in tags or ():
        tag = str(tag).strip()
        if tag and tag not in out:
            out.append(tag)
    return json.dumps(out, ensure_ascii=False)


def _highlight_dict(row: dict[str, Any]) -> dict[str, Any]:
    row["tags"] = json.loads(row["tags"]) if row["tags"] != "[]" else []
    row["orphan"] = bool(row["orphan"])
    return row
