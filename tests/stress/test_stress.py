"""`make stress`: the long reliability runs (50 kills each). Skipped by `make test`."""

import os
import subprocess
import sys
import time

import pytest

from desktop.store import Library
from tests.conftest import ROOT, SAMPLE
from tests.helpers import IMPORTER, WRITER

pytestmark = pytest.mark.skipif(
    not os.environ.get("DUBAO_STRESS"), reason="long: run with make stress"
)
ROUNDS = 50


def test_killed_during_highlight_writes_50_times(tmp_path):
    path = tmp_path / "l.db"
    with Library(path) as lib:
        (aid, *_) = lib.import_file(SAMPLE)
    committed: list[int] = []
    for n in range(ROUNDS):
        with subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), str(aid), "100000", f"r{n}"],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        ) as proc:
            for _ in range(5 + n % 17):
                committed.append(int(proc.stdout.readline()))
            proc.kill()
        with Library(path) as lib:
            assert lib.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert set(committed) <= {h["id"] for h in lib.highlights()}


def test_killed_during_import_50_times(tmp_path):
    path = tmp_path / "l.db"
    big = tmp_path / "big.txt"
    big.write_text(SAMPLE.read_text(encoding="utf-8") * 10, encoding="utf-8")
    with Library(path) as lib:
        (aid, *_) = lib.import_file(SAMPLE)
        hid = lib.add_highlight(aid, 0, 5, note="kept")
    for n in range(ROUNDS):
        with subprocess.Popen(
            [sys.executable, "-c", IMPORTER, str(path), str(big)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        ) as proc:
            proc.stdout.readline()
            time.sleep(0.05 * (n % 20))
            proc.kill()
        with Library(path) as lib:
            assert lib.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert [h["id"] for h in lib.highlights()] == [hid]
            docs = {d["path"] for d in lib.documents()}
            if str(big.resolve()) in docs:  # all of it or none of it
                assert (
                    len([a for a in lib.articles() if a["source_path"] == str(big.resolve())]) == 50
                )
