"""Backups of the library, beside it in `backups/`, named by date (Anki's model).

Made with SQLite's online backup API, so a backup is a consistent copy even while the reader
writes, and the library file itself is only ever opened through SQLite. A backup is written to a
temporary name, checked, and renamed into place: a half-written one never looks like a backup.
Rolling: the newest backup of each of the last `daily` days and of each of the last `weekly`
weeks is kept; backups made before a schema migration are kept always (the only copy an older
Dubao can read). Restoring keeps the current file aside, never deletes it.
"""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path
from typing import NamedTuple

from desktop.store.errors import LibraryError, reason, shown
from desktop.store.opening import inspect, quick_check

FOLDER = "backups"
KEEP_DAILY, KEEP_WEEKLY = 7, 4
_STAMP = "%Y-%m-%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{4}-\d\d-\d\d-\d{6})(?P<tag>-[a-z0-9-]+)?\.db$")


class Backup(NamedTuple):
    path: Path
    made: datetime
    tag: str  # "" rolling, "before-v6" before a migration, "replaced" a file a restore set aside


def folder_of(library: Path) -> Path:
    return library.parent / FOLDER


def backups(library: Path) -> list[Backup]:
    """This library's backups, newest first (files set aside by a restore are not backups)."""
    return [b for b in _listed(library) if b.tag != "replaced"]


def _listed(library: Path) -> list[Backup]:
    try:
        entries = list(folder_of(library).iterdir())
    except OSError:
        return []
    out = []
    for entry in entries:
        m = _NAME.match(entry.name)
        if m and m["stem"] == library.stem and entry.is_file():
            made = datetime.strptime(m["stamp"], _STAMP)
            out.append(Backup(entry, made, (m["tag"] or "").lstrip("-")))
    return sorted(out, key=lambda b: b.made, reverse=True)


def make_backup(library: Path, *, tag: str = "", now: datetime | None = None) -> Path:
    """A checked copy of the library in its backups folder; LibraryError if it cannot be made."""
    now = now or datetime.now()
    folder = folder_of(library)
    dest = _free_name(folder, library.stem, now, tag)
    partial = dest.with_name(f".{dest.name}.partial")
    try:
        folder.mkdir(exist_ok=True)
        source = sqlite3.connect(f"{library.resolve().as_uri()}?mode=ro", uri=True)
        try:
            target = sqlite3.connect(partial)
            try:
                source.backup(target)  # one step: a single consistent snapshot, the GIL let go
                target.execute("PRAGMA journal_mode = DELETE")  # a backup is one file, no -wal
                problem = quick_check(target)
            finally:
                target.close()
        finally:
            source.close()
        if problem:
            raise LibraryError(f"{shown(library)}: the backup would be damaged ({problem})")
        os.replace(partial, dest)
    except (sqlite3.Error, OSError) as exc:
        raise LibraryError(f"{shown(library)}: no backup could be made ({reason(exc)})") from None
    finally:
        _remove(partial)
    return dest


def backup_if_due(
    library: Path,
    *,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    now: datetime | None = None,
) -> Path | None:
    """The start-of-day backup: made when none was made today, then the old ones pruned."""
    now = now or datetime.now()
    if any(b.made.date() == now.date() for b in backups(library)):
        return None
    made = make_backup(library, now=now)
    prune(library, daily=daily, weekly=weekly)
    return made


def prune(library: Path, *, daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY) -> list[Path]:
    """Remove the rolling backups that neither the daily nor the weekly rule keeps."""
    rolling = [b for b in backups(library) if not b.tag]
    keep: set[Path] = set()
    for period, count in (("day", daily), ("week", weekly)):
        seen: list[object] = []
        for b in rolling:  # newest first: the first of each day (week) is its newest
            k = b.made.date() if period == "day" else tuple(b.made.isocalendar())[:2]
            if k not in seen and len(seen) < count:
                seen.append(k)
                keep.add(b.path)
    removed = [b.path for b in rolling if b.path not in keep]
    for path in removed:
        _remove(path)
    return removed


def newest_good(library: Path) -> Backup | None:
    """The newest backup that is a sound Dubao library."""
    for b in backups(library):
        try:
            version, damage = inspect(b.path)
        except LibraryError:
            continue
        if damage is None and version > 0:
            return b
    return None


def restore(library: Path, backup: Path, *, now: datetime | None = None) -> Path:
    """Put `backup` in the library's place; the current file (with its -wal and -shm) is kept
    aside in the backups folder, and its path returned. Nothing is deleted. The caller has
    closed its own connections to the library."""
    version, damage = inspect(backup)
    if damage or version <= 0:
        raise LibraryError(f"{shown(backup)}: is not a sound Dubao library ({damage or 'empty'})")
    now = now or datetime.now()
    folder = folder_of(library)
    partial = library.with_name(f".{library.name}.restoring")
    aside = _free_name(folder, library.stem, now, "replaced")
    try:
        folder.mkdir(exist_ok=True)
        source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
        try:
            target = sqlite3.connect(partial)
            try:
                source.backup(target)
                target.execute("PRAGMA journal_mode = DELETE")  # one file, no -wal to carry
            finally:
                target.close()
        finally:
            source.close()
        if library.exists():
            _fold_wal(library)
            os.replace(library, aside)
            for suffix in ("-wal", "-shm"):
                companion = library.with_name(library.name + suffix)
                if companion.exists():
                    os.replace(companion, aside.with_name(aside.name + suffix))
        os.replace(partial, library)
    except (sqlite3.Error, OSError) as exc:
        raise LibraryError(
            f"{shown(library)}: the backup was not restored ({reason(exc)})"
        ) from None
    finally:
        _remove(partial)
    return aside


def _fold_wal(library: Path) -> None:
    """Fold a sound library's WAL into its file, so that the copy kept aside is whole in itself;
    a damaged one keeps its WAL beside it instead."""
    try:
        conn = sqlite3.connect(library, timeout=10)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    except sqlite3.Error:
        pass


def age(made: datetime, now: datetime | None = None) -> timedelta:
    return (now or datetime.now()) - made


def _free_name(folder: Path, stem: str, when: datetime, tag: str) -> Path:
    """`library-2026-12-01-093000.db`; a second one in the same second takes the next second."""
    suffix = f"-{tag}" if tag else ""
    while (dest := folder / f"{stem}-{when.strftime(_STAMP)}{suffix}.db").exists():
        when += timedelta(seconds=1)
    return dest


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError:
        pass  # a leftover that cannot be removed is harmless: it never looks like a backup
