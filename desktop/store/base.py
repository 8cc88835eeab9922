"""What every part of the Library stands on: one connection, one way to read, one way to write,
and SQLite's errors turned into one-line LibraryErrors."""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from desktop.store.errors import LibraryError, reason, shown

if TYPE_CHECKING:
    import sqlite_utils

T = TypeVar("T")
WordRow = tuple[str, int, str, int]  # word, count, its pinyin there, first offset
Params = tuple[Any, ...] | list[Any] | dict[str, Any]


def new_id(last_pk: object) -> int:
    """The id of the row sqlite-utils just inserted."""
    if not isinstance(last_pk, int):
        raise RuntimeError(f"an insert gave no row id ({last_pk!r})")
    return last_pk


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Store:
    """A connection to a library file and how it is used. `read_only` says why writes are
    refused (None when they are not); `damage` what was found wrong with the file."""

    path: Path
    conn: sqlite3.Connection
    read_only: str | None
    damage: str | None
    _db: sqlite_utils.Database | None

    def _query(self, sql: str, params: Params = ()) -> Iterator[dict[str, Any]]:
        """Rows as dicts, read lazily (a search stops once it has enough)."""
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        for row in cursor:
            yield dict(zip(names, row))

    def _rows(self, sql: str, params: Params = ()) -> list[dict[str, Any]]:
        return list(self._query(sql, params))

    def _value(self, sql: str, params: Params = (), default: Any = None) -> Any:
        """The first column of the first row, or `default` when there is no row."""
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row is not None else default

    def _text(self, article_id: int) -> str:
        text = self._value("SELECT text FROM articles WHERE id = ?", [article_id])
        if text is None:
            raise LibraryError(f"no article {article_id} in the library")
        return str(text)

    def _overrides(self) -> dict[str, list[str]]:
        return {
            r["word"]: r["pinyin"].split(" ")
            for r in self._query("SELECT word, pinyin FROM pinyin_corrections")
        }

    def _store_words(self, article_id: int, words: list[WordRow]) -> None:
        """An article's word counts (inside a transaction), replacing what was counted before."""
        occurrences = self._write_db.table("word_occurrences")
        occurrences.delete_where("article_id = ?", [article_id])
        occurrences.insert_all(
            (
                {"article_id": article_id, "word": w, "count": c, "pinyin": p, "first_offset": o}
                for w, c, p, o in words
            ),
            batch_size=500,
        )

    def _write(self) -> _Transaction:
        """`with self._write() as db:` — one transaction, written through sqlite-utils."""
        if self.damage:
            raise LibraryError(
                f"{shown(self.path)}: the library file is damaged, so nothing is "
                f"written to it ({self.damage}); restore a backup"
            )
        if self.read_only:
            raise LibraryError(f"{shown(self.path)}: {self.read_only}, so nothing can be saved")
        if self._db is None:  # imported on the first write: the first picture needs none
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return _Transaction(self, self._db)

    @property
    def _write_db(self) -> sqlite_utils.Database:
        """sqlite-utils over the connection, inside the transaction `_write()` opened."""
        if self._db is None or not self.conn.in_transaction:
            raise RuntimeError("library rows are written inside `with self._write()` only")
        return self._db

    def _failure(self, exc: BaseException) -> LibraryError:
        """The LibraryError for an error SQLite raised while reading or writing."""
        if isinstance(exc, UnicodeEncodeError):
            return LibraryError(
                "the text holds a character that is not valid Unicode "
                "(a lone surrogate) and cannot be stored"
            )
        text = str(exc).lower()
        if "malformed" in text or "not a database" in text or "corrupt" in text:
            self.damage = self.damage or reason(exc)
            return LibraryError(
                f"{shown(self.path)}: the library file is damaged ({reason(exc)}); restore a backup"
            )
        if "locked" in text or "busy" in text:
            return LibraryError(
                f"{shown(self.path)}: another program keeps the library busy; try again in a moment"
            )
        return LibraryError(f"{shown(self.path)}: {reason(exc)}")


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT, so concurrent writers queue on the busy timeout instead of
    failing half-way; a full disk or read-only storage is a LibraryError with the reason."""

    def __init__(self, store: Store, db: sqlite_utils.Database):
        self.store, self.conn, self.db = store, store.conn, db

    def __enter__(self) -> sqlite_utils.Database:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise self._error(exc) from None
        return self.db

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: object
    ) -> None:
        if exc_type is None:
            try:
                self.conn.execute("COMMIT")
                return
            except sqlite3.Error as err:
                exc = err
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.Error):
            raise self._error(exc) from None

    def _error(self, exc: sqlite3.Error) -> LibraryError:
        failure = self.store._failure(exc)
        if self.store.damage:
            return failure
        return LibraryError(f"{shown(self.store.path)}: cannot be written ({reason(exc)})")


def guarded(cls: type[T]) -> type[T]:
    """Every public method of `cls` raises LibraryError, never sqlite3's errors: a damaged file
    met while reading (4 KB of noise in the middle of it) is a message, and marks the library
    damaged so that nothing more is written into it."""
    for name in dir(cls):
        if name.startswith("_"):
            continue
        attr = getattr(cls, name)
        if isinstance(attr, property) and attr.fget is not None:
            setattr(cls, name, property(_guard(attr.fget)))
        elif callable(attr) and not isinstance(attr, type):
            setattr(cls, name, _guard(attr))
    return cls


def _guard(fn: Callable[..., T]) -> Callable[..., T]:
    @functools.wraps(fn)
    def call(self: Store, *args: Any, **kwargs: Any) -> T:
        try:
            return fn(self, *args, **kwargs)
        except (sqlite3.Error, UnicodeEncodeError) as exc:
            raise self._failure(exc) from None

    return call
