"""The library under faults: a full disk, a file that cannot be written, other writers."""

import shutil
import subprocess

import pytest

from desktop.store import Library, LibraryError
from tests.helpers import store_page


def test_full_disk_is_a_clear_error_and_loses_nothing(tmp_path):
    path = tmp_path / "l.db"
    with Library(path) as lib:
        (aid, *_) = store_page(lib)
        lib.add_highlight(aid, 0, 5, note="before")
        pages = lib.conn.execute("PRAGMA page_count").fetchone()[0]
        lib.conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full from here on
        with pytest.raises(LibraryError, match="full"):
            for _n in range(2000):
                lib.add_highlight(aid, 0, 5, note="x" * 2000)
        assert lib.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with Library(path) as lib:
        assert "before" in {h["note"] for h in lib.highlights()}


@pytest.fixture
def immutable(tmp_path):
    """A library file the system refuses to change (chattr +i works even for root)."""
    path = tmp_path / "l.db"
    with Library(path) as lib:
        (aid, *_) = store_page(lib)
        lib.conn.execute("PRAGMA journal_mode = DELETE")  # no -wal beside it to write into
    if (
        not shutil.which("chattr")
        or subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode
    ):
        pytest.skip("this file system cannot make a file immutable")
    yield path, aid
    subprocess.run(["chattr", "-i", str(path)], check=True)


def test_read_only_library_is_a_clear_error_and_unchanged(immutable):
    path, aid = immutable
    before = path.read_bytes()
    try:
        lib = Library(path)
    except LibraryError as exc:  # refusing to open is clear too
        assert str(path) in str(exc)
    else:
        with lib:
            assert lib.articles()  # reading still works
            with pytest.raises(LibraryError, match=r"cannot be written|read-only|readonly"):
                lib.add_highlight(aid, 0, 5)
    assert path.read_bytes() == before
