"""Library files a hostile tester hands the reader: damaged, foreign, read-only, full, raced.
Real SQLite files, real processes; each case ends with the file as it was, or sound."""

import os
import random
import sqlite3
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from desktop.store import Library, LibraryError
from desktop.store.schema import APPLICATION_ID, LATEST
from tests.conftest import ROOT, SECOND_PAGE
from tests.helpers import store_page

FORMATS = ("markdown", "csv", "json", "html", "anki", "figures-csv", "statements-csv", "vocab-csv")


def _library_with_work(path: Path) -> int:
    with Library(path) as lib:
        (aid, *_) = store_page(lib)
        for n in range(20):
            lib.add_highlight(aid, n, n + 4, note=f"note {n}", tags=["t"])
    return aid


def _noise(path: Path, rng: random.Random) -> None:
    """4 KB of noise over a whole page somewhere past the header."""
    at = rng.randrange(4096, path.stat().st_size - 4096) // 4096 * 4096
    with open(path, "r+b") as f:
        f.seek(at)
        f.write(rng.randbytes(4096))


def _every_call(lib: Library, aid: int, out: Path) -> list[str]:
    """Every read and export a user can reach; each either works or says why in a LibraryError."""
    calls = [
        lambda: lib.articles(),
        lambda: lib.article(aid),
        lambda: lib.highlights(),
        lambda: lib.bookmarks(),
        lambda: lib.search("跨境电商"),
        lambda: lib.search("电"),
        lambda: lib.words(definitions=False),
        lambda: lib.corrections(),
        lambda: lib.uid,
        lambda: lib.check(),
    ]
    calls += [lambda f=f: lib.export(f, out / f"export-{f}") for f in FORMATS]
    refused = []
    for call in calls:
        try:
            call()
        except LibraryError as exc:
            assert "\n" not in str(exc)
            refused.append(str(exc))
    return refused


@pytest.mark.parametrize("seed", range(8))
def test_noise_in_the_middle_of_the_file_is_found_and_nothing_more_is_written(tmp_path, seed):
    path = tmp_path / "l.db"
    aid = _library_with_work(path)
    _noise(path, random.Random(seed))
    damaged = path.read_bytes()
    try:
        lib = Library(path)
    except LibraryError as exc:
        assert "damaged" in str(exc)
    else:
        with lib:
            assert lib.damage, "quick_check must find a destroyed page"
            _every_call(lib, aid, tmp_path)
            with pytest.raises(LibraryError, match="damaged"):
                lib.import_file(SECOND_PAGE)
            with pytest.raises(LibraryError, match="damaged"):
                lib.add_highlight(aid, 0, 3)
    assert path.read_bytes() == damaged
    assert not Path(str(path) + "-wal").exists() or Path(str(path) + "-wal").stat().st_size == 0


@pytest.mark.parametrize("seed", range(4))
def test_damage_met_while_reading_is_a_library_error_and_stops_writes(tmp_path, seed):
    """Damage not looked for at open (`check=False`, as a second connection opens) comes out as
    LibraryError when it is read, and no write follows it."""
    path = tmp_path / "l.db"
    aid = _library_with_work(path)
    _noise(path, random.Random(seed))
    try:
        lib = Library(path, check=False)
    except LibraryError as exc:  # the noise fell on the schema: nothing can be read at all
        assert "damaged" in str(exc)
        return
    with lib:
        refused = _every_call(lib, aid, tmp_path)
        if any("damaged" in r for r in refused):
            assert lib.damage
            with pytest.raises(LibraryError, match="damaged"):
                lib.add_bookmark(aid, 0)


def test_an_empty_database_of_another_program_is_not_taken_over(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 777")
    conn.execute("VACUUM")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(LibraryError, match="another program"):
        Library(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]


def test_a_versioned_file_that_is_not_ours_keeps_its_header(tmp_path):
    path = tmp_path / "v3.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 3")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(LibraryError, match="another program"):
        Library(path)
    assert path.read_bytes() == before  # bytes 18–19 still say rollback journal, not WAL


def test_a_lone_surrogate_is_a_library_error(tmp_path):
    path = tmp_path / "l.db"
    aid = _library_with_work(path)
    with Library(path) as lib:
        for call in (
            lambda: lib.add_highlight(aid, 0, 2, note="bad \ud800 note"),
            lambda: lib.add_highlight(aid, 0, 2, tags=["\udfff"]),
            lambda: lib.add_bookmark(aid, 0, label="\ud83d"),
            lambda: lib.set_word_status("\ud800", "known"),
            lambda: lib.search("\ud800"),
        ):
            try:
                call()
            except LibraryError as exc:
                assert "surrogate" in str(exc)
        assert lib.check() is None


# a process that opens (and closes) each library named on its input as the name arrives, and
# answers "opened" or the error on one line: five of them are handed one new name at once
OPENER = """
import sys
from desktop.store import Library
for line in sys.stdin:
    try:
        Library(line.rstrip("\\n")).close()
    except BaseException as exc:
        print(repr(exc), flush=True)
    else:
        print("opened", flush=True)
"""


@pytest.fixture(scope="module")
def openers():
    """Five processes, started once for the rounds below (a round pays for no start-up, and the
    five opens come closer together than five processes just started would)."""
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", OPENER],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(5)
    ]
    yield procs
    for p in procs:
        p.stdin.close()
    codes = [p.wait(timeout=60) for p in procs]
    for p in procs:
        p.stdout.close()
    assert codes == [0] * 5


@pytest.mark.parametrize("round_", range(10))
def test_five_processes_opening_a_new_library_at_once_migrate_it_once(tmp_path, openers, round_):
    path = tmp_path / f"new{round_}.db"
    for p in openers:  # every one is waiting for the line: they open the file at once
        p.stdin.write(f"{path}\n")
        p.stdin.flush()
    assert [p.stdout.readline().strip() for p in openers] == ["opened"] * 5
    with Library(path) as lib:
        assert lib.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
        assert lib.conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert lib.check() is None


def test_two_imports_of_one_new_file_at_once_make_one_document(tmp_path):
    path = tmp_path / "l.db"
    Library(path).close()
    page = tmp_path / "page.txt"
    page.write_bytes(SECOND_PAGE.read_bytes())  # two articles: a short analysis, the same race
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "desktop", "import", "--library", str(path), str(page)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    results = [p.communicate() for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    with Library(path) as lib:
        assert len(lib.documents()) == 1 and len(lib.articles()) == 2


def _mount_tmpfs(folder: Path, size: str) -> bool:
    if os.geteuid() != 0:
        return False
    folder.mkdir()
    return (
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
            capture_output=True,
        ).returncode
        == 0
    )


@contextmanager
def _storage(tmp_path: Path, size: str = "8m"):
    """A small file system of its own (tmpfs), so that it can be filled or made read-only."""
    folder = tmp_path / "disk"
    if not _mount_tmpfs(folder, size):
        pytest.skip("mounting a small file system needs root and mount(8)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)


def test_a_library_on_read_only_storage_opens_for_reading_and_export(tmp_path):
    with _storage(tmp_path) as disk:
        path = disk / "l.db"
        aid = _library_with_work(path)
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        before = path.read_bytes()
        with Library(path) as lib:
            assert lib.read_only and "read-only" in lib.read_only
            assert lib.damage is None
            assert len(lib.highlights()) == 20 and lib.search("跨境电商")
            assert _every_call(lib, aid, tmp_path) == []
            with pytest.raises(LibraryError, match="read-only"):
                lib.add_highlight(aid, 0, 3)
        assert path.read_bytes() == before


def test_a_library_opened_on_a_full_disk_reads_and_says_why_it_cannot_write(tmp_path):
    with _storage(tmp_path, "4m") as disk:
        path = disk / "l.db"
        aid = _library_with_work(path)
        filler = disk / "filler"
        with open(filler, "wb") as f:
            try:
                while True:
                    f.write(b"\0" * 65536)
                    f.flush()
            except OSError:
                pass
        with Library(path) as lib:
            assert lib.damage is None
            assert len(lib.highlights()) == 20
            assert lib.article(aid)["title"]
            try:
                for _ in range(200):
                    lib.add_highlight(aid, 0, 3, note="x" * 4000)
            except LibraryError as exc:
                assert "full" in str(exc) or "cannot be written" in str(exc)
        filler.unlink()
        with Library(path) as lib:
            assert lib.check() is None and len(lib.highlights()) >= 20


def test_export_to_a_symlink_loop_or_the_library_itself_is_refused(tmp_path):
    path = tmp_path / "l.db"
    _library_with_work(path)
    loop = tmp_path / "loop.md"
    os.symlink(loop, loop)
    before = path.read_bytes()
    with Library(path) as lib:
        for dest in (loop, path, Path(str(path) + "-wal")):
            with pytest.raises(LibraryError):
                lib.export("markdown", dest)
    assert path.read_bytes() == before
