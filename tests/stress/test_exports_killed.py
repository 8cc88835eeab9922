"""`make stress`: exports killed at random moments, and exports racing for one file."""

import csv
import io
import os
import random
import subprocess
import sys
import time
import zipfile

import pytest

from desktop.store import Library
from tests.conftest import ROOT, SAMPLE

pytestmark = pytest.mark.skipif(
    not os.environ.get("DUBAO_STRESS"), reason="long: run with make stress"
)
ROUNDS = 20


def _export(fmt, out, library):
    return [
        sys.executable,
        "-m",
        "desktop",
        "export",
        "--format",
        fmt,
        "--out",
        str(out),
        "--library",
        str(library),
    ]


def _whole(data: bytes) -> bool:
    """Whether an export is all there, in whichever of the three formats it was written."""
    if data.startswith(b"PK"):
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return z.testzip() is None and "collection.anki2" in z.namelist()
    if data.startswith(b"# Dubao"):
        return data.rstrip().endswith(b"</sub>") and data.count(b"<sub>") == 300
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    return len(rows) == 301 and {len(r) for r in rows} == {8}


def test_killed_exports_strand_nothing_for_long_and_never_half_a_file(tmp_path):
    library = tmp_path / "l.db"
    with Library(library) as lib:
        ids = lib.import_file(SAMPLE)
        for n in range(300):
            lib.add_highlight(
                ids[n % len(ids)], 0, 5 + n % 20, note=f"笔记 {n} =1+{n}", tags=[f"t{n % 7}"]
            )
    out = tmp_path / "h.apkg"
    assert (
        subprocess.run(_export("anki", out, library), cwd=ROOT, capture_output=True).returncode == 0
    )
    assert _whole(out.read_bytes())
    rng = random.Random(14)
    for _ in range(ROUNDS):
        with subprocess.Popen(
            _export(rng.choice(["anki", "markdown", "csv"]), out, library),
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        ) as proc:
            time.sleep(rng.uniform(0.2, 2.5))
            proc.kill()
        assert _whole(out.read_bytes())  # the old file or a whole new one, never a part
    stranded = [p for p in tmp_path.iterdir() if p.name.startswith(".dubao-export-")]
    for p in stranded:  # as if a minute had passed
        os.utime(p, (time.time() - 120, time.time() - 120))
    assert (
        subprocess.run(_export("anki", out, library), cwd=ROOT, capture_output=True).returncode == 0
    )
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".dubao-export-")] == []


def test_six_exports_to_one_file_at_once(tmp_path):
    library = tmp_path / "l.db"
    with Library(library) as lib:
        ids = lib.import_file(SAMPLE)
        lib.add_highlight(ids[0], 0, 5, note="并发")
    out = tmp_path / "same.md"
    procs = [
        subprocess.Popen(
            _export("markdown", out, library),
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(6)
    ]
    errors = [p.communicate()[1] for p in procs]
    assert [p.returncode for p in procs] == [0] * 6, errors
    assert out.read_text(encoding="utf-8").startswith("# Dubao highlights")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".dubao-export-")] == []
