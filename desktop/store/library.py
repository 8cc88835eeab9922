"""The reader's library: one SQLite file, written through sqlite-utils.

It holds the imported documents with the full analysis of every article (a cache: opening an
article never analyses it again), and everything the reader makes: highlights with notes and
tags, bookmarks, reading positions, the learner's words and readings. The API is the one class
`Library`, made of one part per concern (documents, annotations, learners, search) over one
connection (base.py); opening (opening.py) and backups (backup.py) are their own modules.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from desktop.store import backup as backups
from desktop.store.annotations import Annotations
from desktop.store.base import guarded
from desktop.store.documents import Documents, pack_analysis, word_counts
from desktop.store.errors import LibraryError, shown
from desktop.store.learners import Learners
from desktop.store.opening import connect, findings
from desktop.store.schema import (
    APPLICATION_ID,
    LATEST,
    MIGRATIONS,
    PACKED_TOKENS_MIGRATION,
    WORDS_MIGRATION,
)
from desktop.store.search import Search


def default_library_path() -> Path:
    """`DUBAO_LIBRARY`, else the platform's data folder (`…/dubao/library.db`)."""
    if env := os.environ.get("DUBAO_LIBRARY"):
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("dubao")) / "library.db"


@guarded
class Library(Documents, Annotations, Learners, Search):
    """Create or open (and migrate) the library at `path`. A file that is not a library is
    refused untouched; a damaged one, or one on storage that takes no writes, opens read-only
    (`read_only` says why, `damage` what is wrong); `check=False` skips the quick check (a second
    connection to a file already checked)."""

    def __init__(
        self, path: str | os.PathLike[str], *, read_only: bool = False, check: bool = True
    ):
        self.path = Path(path)
        self._db = None
        opened = connect(self.path, read_only=read_only, check=check)
        self.conn, self.read_only, self.damage = opened
        try:
            self._migrate()
        except BaseException:
            self.conn.close()
            raise

    def connect_again(self) -> Library:
        """Another connection to the same file, for another thread (an import being stored)."""
        return Library(self.path, read_only=bool(self.read_only), check=False)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- the schema ---------------------------------------------------------------------------

    def _migrate(self) -> None:
        """Run the migrations not yet applied, after a backup of a library that holds anything.
        The version is read again inside the write transaction: five processes opening a new
        library at once migrate it once."""
        version = self._value("PRAGMA user_version")
        if version >= LATEST:
            return
        if self.read_only or self.damage:
            raise LibraryError(
                f"{shown(self.path)}: needs an update to library version {LATEST}, "
                f"which cannot be written ({self.damage or self.read_only})"
            )
        if version > 0:
            backups.make_backup(self.path, tag=f"before-v{LATEST}")
        with self._write():
            version = self._value("PRAGMA user_version")
            for number in range(version, LATEST):
                self._run_script(MIGRATIONS[number])
                if number + 1 == WORDS_MIGRATION:
                    self._index_all_words()
                if number + 1 == PACKED_TOKENS_MIGRATION:
                    self._pack_all_analyses()
            self.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            self.conn.execute(f"PRAGMA user_version = {LATEST}")

    def _run_script(self, script: str) -> None:
        """executescript() would commit our transaction; run the statements one by one instead."""
        statement = ""
        for line in script.splitlines(keepends=True):
            statement += line
            if sqlite3.complete_statement(statement):
                self.conn.execute(statement)
                statement = ""

    def _index_all_words(self) -> None:
        """Articles stored before the vocabulary existed get their words counted."""
        import json

        for r in self._rows("SELECT id, analysis FROM articles"):
            self._store_words(r["id"], word_counts(json.loads(r["analysis"])))

    def _pack_all_analyses(self) -> None:
        """Analyses stored with token dicts are stored packed (see desktop/core/tokens.py)."""
        import json

        for r in self._rows("SELECT id, analysis FROM articles"):
            self._write_db.table("articles").update(
                r["id"], {"analysis": pack_analysis(json.loads(r["analysis"]))}
            )

    # --- the file as a whole ----------------------------------------------------------------

    @property
    def uid(self) -> str:
        """This library's own id (keeps exported Anki notes and annotation ids stable)."""
        return str(self._value("SELECT value FROM meta WHERE key = 'uid'"))

    def check(self) -> str | None:
        """A full integrity check: None when the file is sound, else SQLite's first findings."""
        return findings([r["integrity_check"] for r in self._query("PRAGMA integrity_check(5)")])

    def backup(self) -> Path:
        """A backup now, in the backups folder beside the library; its path."""
        return backups.make_backup(self.path)

    def export(
        self, fmt: str, dest: str | os.PathLike[str], article_ids: list[int] | None = None
    ) -> int:
        """Write highlights (markdown, csv, json, html, anki), figures-csv or statements-csv to
        dest, atomically; returns the number of records. LibraryError on a bad request."""
        from desktop.store.export import ExportError, export

        target = Path(dest)
        own = {Path(str(self.path.resolve()) + s) for s in ("", "-wal", "-shm", "-journal")}
        if self.is_own_file(target) or target.resolve() in own:
            raise LibraryError(f"{shown(dest)}: is the library file itself; export somewhere else")
        try:
            return export(self, fmt, dest, article_ids)
        except ExportError as exc:
            raise LibraryError(str(exc)) from None
