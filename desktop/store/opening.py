"""Opening a library file without ever harming it.

- A file is decided to be ours before a byte of it changes: a Dubao `application_id`, or an
  empty SQLite file with no schema and no version, or no file at all. The decision is read
  through SQLite only: a process that holds a library open must never open the file behind
  SQLite's back, because closing any descriptor of a file drops every POSIX lock the process
  holds on it, SQLite's included (https://www.sqlite.org/howtocorrupt.html, section 2.2).
- `PRAGMA quick_check` at open: a damaged file is opened read-only, so that nothing is written
  into it, and the reader can restore a backup.
- A file on read-only storage, or on a full disk, opens read-only: reading, search and export
  still work; writes are refused with the reason.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import time
from pathlib import Path
from typing import NamedTuple

from desktop.store.errors import LibraryError, reason, shown
from desktop.store.schema import APPLICATION_ID, LATEST

BUSY_TIMEOUT_MS = 10_000
# SQLite's extended result codes that mean "this storage takes no writes now", not damage
_CANNOT_WRITE = ("readonly", "read-only", "disk is full", "disk i/o error", "unable to open")


class Opened(NamedTuple):
    conn: sqlite3.Connection
    read_only: str | None  # why writes are refused, or None
    damage: str | None  # what quick_check found, or None


def connect(path: Path, *, read_only: bool = False, check: bool = True) -> Opened:
    """Open `path` as a library: inspected first, then read-write if it can be, else read-only."""
    version, damage = inspect(path, check=check)
    if version > LATEST:
        raise LibraryError(
            f"{shown(path)}: was written by a newer Dubao (library version {version}, "
            f"this one reads up to {LATEST}); update Dubao to open it"
        )
    why = "the library file is damaged" if damage else ("opened read-only" if read_only else None)
    why = why or _unwritable(path)
    if why is None:
        try:
            return Opened(_read_write(path), None, None)
        except sqlite3.Error as exc:
            if not _is_storage_refusal(exc):
                raise LibraryError(f"{shown(path)}: cannot be opened ({reason(exc)})") from None
            why = f"the library cannot be written ({reason(exc)})"
    if version == -1:
        raise LibraryError(f"{shown(path)}: cannot be created ({why})")
    return Opened(_read_only(path), why, damage)


def inspect(path: Path, *, check: bool = True) -> tuple[int, str | None]:
    """(user_version, damage) of a file that is ours; -1 when there is no file yet, 0 for an empty
    one. LibraryError, with nothing written, for anything else."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return -1, None
    except OSError as exc:
        raise LibraryError(f"{shown(path)}: cannot be read ({exc.strerror or exc})") from None
    if stat.S_ISDIR(info.st_mode):
        raise LibraryError(f"{shown(path)}: is a folder, not a library file")
    if not stat.S_ISREG(info.st_mode):
        raise LibraryError(f"{shown(path)}: is not a regular file, so not a library")
    if info.st_size == 0:
        return 0, None
    try:
        conn = _read_only(path)
        try:
            app_id, version, objects = conn.execute(
                "SELECT (SELECT application_id FROM pragma_application_id), "
                "(SELECT user_version FROM pragma_user_version), "
                "(SELECT count(*) FROM sqlite_master)"
            ).fetchone()
        except BaseException:
            conn.close()
            raise
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc):
            raise LibraryError(
                f"{shown(path)}: is not a Dubao library (not an SQLite database)"
            ) from None
        if "malformed" in str(exc) or "corrupt" in str(exc):
            raise LibraryError(
                f"{shown(path)}: the library file is damaged ({reason(exc)})"
            ) from None
        raise LibraryError(f"{shown(path)}: cannot be read ({reason(exc)})") from None
    try:
        if app_id != APPLICATION_ID and (app_id != 0 or version != 0 or objects):
            raise LibraryError(
                f"{shown(path)}: is an SQLite database of another program, not a Dubao library"
            )
        damage = quick_check(conn) if check and app_id == APPLICATION_ID else None
    finally:
        conn.close()
    return version, damage


def quick_check(conn: sqlite3.Connection) -> str | None:
    """What SQLite's quick check finds wrong (its first finding), or None when the file is sound."""
    try:
        return findings([r[0] for r in conn.execute("PRAGMA quick_check(5)")])
    except sqlite3.DatabaseError as exc:
        return reason(exc)


def findings(rows: list[str]) -> str | None:
    """An integrity or quick check's rows as one line, or None when they say the file is sound."""
    if rows == ["ok"]:
        return None
    return "; ".join(" ".join(r.split()) for r in rows)[:300]


def _read_write(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(
        path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
    )
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        _to_wal(conn)
        conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def _to_wal(conn: sqlite3.Connection) -> None:
    """WAL mode. Switching a new file to it needs the file to itself, and SQLite says "database
    is locked" at once, busy timeout or not, while another process is switching it too (five
    processes opening a new library at once): asked again until the busy timeout."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.005)


def _read_only(path: Path) -> sqlite3.Connection:
    """SQLite's read-only mode; on storage where even the WAL index cannot be made, the file as it
    lies on disk (`immutable`: nothing else can be writing to such storage either)."""
    uri = path.resolve().as_uri()
    for query in ("?mode=ro", "?mode=ro&immutable=1"):
        conn = sqlite3.connect(
            uri + query,
            uri=True,
            timeout=BUSY_TIMEOUT_MS / 1000,
            isolation_level=None,
            check_same_thread=False,
        )
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as exc:
            conn.close()
            if (
                "not a database" in str(exc)
                or query.endswith("immutable=1")
                or not _is_storage_refusal(exc)
            ):
                raise
            continue
        return conn
    raise AssertionError("unreachable: the last attempt raises")


def _unwritable(path: Path) -> str | None:
    """Why this file (or the folder a new one would go in) takes no writes, asked of the system
    without opening the file."""
    folder = (
        path.parent
        if path.parent.exists()
        else next((p for p in path.parents if p.exists()), Path("/"))
    )
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return "the library lies on read-only storage"
    except OSError:
        pass
    if path.exists() and not os.access(path, os.W_OK):
        return "the library file is read-only"
    if not os.access(folder, os.W_OK):
        return f"the folder {shown(folder)} cannot be written"
    return None


def _is_storage_refusal(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return any(word in text for word in _CANNOT_WRITE)
