"""Backups beside the library: made with SQLite's backup API, rolled, checked, restored — and the
command line that reaches them. Real files in temporary folders."""

import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta

import pytest

from desktop.__main__ import main
from desktop.store import Library, LibraryError
from desktop.store import backup as backups
from desktop.store.schema import MIGRATIONS
from tests.conftest import ROOT
from tests.helpers import store_page

START = datetime(2026, 1, 5, 9, 30)  # a Monday


@pytest.fixture
def library(tmp_path):
    path = tmp_path / "library.db"
    with Library(path) as lib:
        (aid, *_) = store_page(lib)
        lib.add_highlight(aid, 0, 4, note="kept")
    return path


def _notes(path):
    with Library(path, read_only=True) as lib:
        return sorted(h["note"] for h in lib.highlights())


def test_a_backup_is_a_sound_copy_named_by_date(library):
    made = backups.make_backup(library, now=START)
    assert made == library.parent / "backups" / "library-2026-01-05-093000.db"
    assert _notes(made) == ["kept"]
    again = backups.make_backup(library, now=START)  # the same second: the next name, not a clash
    assert again.name == "library-2026-01-05-093001.db"
    assert [b.path for b in backups.backups(library)] == [again, made]
    assert not [p for p in made.parent.iterdir() if p.name.startswith(".")]  # no partial left
    backups.newest_good(library)  # reading a backup leaves no -wal or -shm beside it
    assert sorted(p.name for p in made.parent.iterdir()) == [made.name, again.name]


def test_the_daily_backup_is_made_once_a_day(library):
    assert backups.backup_if_due(library, now=START) is not None
    assert backups.backup_if_due(library, now=START + timedelta(hours=5)) is None
    assert backups.backup_if_due(library, now=START + timedelta(days=1)) is not None
    assert len(backups.backups(library)) == 2


def test_rolling_keeps_seven_days_and_four_weeks(library):
    for day in range(60):  # one backup a day for two months, two on some days
        backups.make_backup(library, now=START + timedelta(days=day))
        if day % 5 == 0:
            backups.make_backup(library, now=START + timedelta(days=day, hours=3))
    backups.prune(library)
    kept = [b.made for b in backups.backups(library)]
    newest = START + timedelta(days=59)
    daily = {(newest - timedelta(days=d)).date() for d in range(7)}
    assert {m.date() for m in kept} >= daily
    assert len({m.isocalendar()[:2] for m in kept}) == 4  # the last seven days span two weeks
    assert len(kept) == 7 + 2  # the two older weeks keep their newest backup each
    assert all(m.date() in daily or m.weekday() == 6 for m in kept)  # a week's newest is its Sunday


def test_a_backup_made_before_a_migration_is_never_pruned(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for script in MIGRATIONS[:4]:
        conn.executescript(script)
    conn.execute("PRAGMA application_id = 0x44424F41")
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()
    with Library(path) as lib:
        assert lib.articles() == []
    (before,) = backups.backups(path)
    assert before.tag == f"before-v{len(MIGRATIONS)}"
    check = sqlite3.connect(before.path)
    assert check.execute("PRAGMA user_version").fetchone()[0] == 4
    check.close()
    for day in range(20):
        backups.make_backup(path, now=START + timedelta(days=day))
    backups.prune(path, daily=1, weekly=0)
    assert before.path.exists()


def test_newest_good_skips_a_damaged_backup(library):
    good = backups.make_backup(library, now=START)
    bad = backups.make_backup(library, now=START + timedelta(days=1))
    with open(bad, "r+b") as f:
        f.seek(8192)
        f.write(b"\xff" * 4096)
    assert backups.newest_good(library).path == good


def test_restore_keeps_the_current_file_aside(library, tmp_path):
    made = backups.make_backup(library, now=START)
    with Library(library) as lib:
        lib.add_highlight(lib.articles()[0]["id"], 5, 9, note="after the backup")
    aside = backups.restore(library, made)
    assert _notes(library) == ["kept"]
    assert _notes(aside) == ["after the backup", "kept"]
    assert made.exists()
    with Library(library) as lib:
        assert lib.check() is None


def test_restoring_something_that_is_not_a_backup_changes_nothing(library, tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a library at all" * 100)
    before = library.read_bytes()
    with pytest.raises(LibraryError):
        backups.restore(library, junk)
    assert library.read_bytes() == before


WRITER = """
import sys
from desktop.store import Library
lib = Library(sys.argv[1])
aid = lib.articles()[0]["id"]
print("ready", flush=True)
for n in range(100_000):
    lib.add_highlight(aid, n % 50, n % 50 + 3, note=f"w{n}")
"""


def test_a_backup_while_another_process_writes_is_consistent(library):
    with subprocess.Popen(
        [sys.executable, "-c", WRITER, str(library)], stdout=subprocess.PIPE, text=True, cwd=ROOT
    ) as writer:
        writer.stdout.readline()
        made = [backups.make_backup(library, now=START + timedelta(seconds=n)) for n in range(5)]
        writer.kill()
    for path in made:
        with Library(path, read_only=True) as lib:
            assert lib.check() is None and "kept" in {h["note"] for h in lib.highlights()}


# --- the command line -----------------------------------------------------------------------


def test_library_check_says_ok(library, capsys):
    assert main(["library", "check", "--library", str(library)]) == 0
    assert capsys.readouterr().out == "ok\n"


def test_library_check_of_a_damaged_file_is_one_line_and_exit_2(library, capsys):
    with open(library, "r+b") as f:
        f.seek(3 * 4096)
        f.write(b"\x00\xff" * 2048)
    before = library.read_bytes()
    assert main(["library", "check", "--library", str(library)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "damaged" in err
    assert library.read_bytes() == before


def test_library_backup_then_restore(library, capsys):
    assert main(["library", "backup", "--library", str(library)]) == 0
    made = capsys.readouterr().out.strip()
    assert _notes(made) == ["kept"]
    with Library(library) as lib:
        lib.add_highlight(lib.articles()[0]["id"], 5, 9, note="later")
    assert main(["library", "restore", made, "--library", str(library)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("restored ") and "kept as" in out
    assert _notes(library) == ["kept"]


def test_library_command_refusals(library, tmp_path, capsys):
    before = library.read_bytes()
    for args in (
        ["library", "restore", "--library", str(library)],
        ["library", "check", "extra", "--library", str(library)],
        ["library", "check", "--library", str(tmp_path / "none.db")],
        ["library", "restore", str(tmp_path / "none.db"), "--library", str(library)],
    ):
        assert main(args) == 2, args
        assert capsys.readouterr().err.count("\n") == 1
    with pytest.raises(SystemExit) as exit_:
        main(["library", "frobnicate"])
    assert exit_.value.code == 2 and capsys.readouterr().err.count("\n") == 1
    assert library.read_bytes() == before
