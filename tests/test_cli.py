"""The command line as a user runs it: a real process, real files."""

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT, SAMPLE


def dubao(*args, cwd=ROOT):
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "desktop", *map(str, args)], capture_output=True,
                          text=True, encoding="utf-8", cwd=cwd, env=env, timeout=120)


def test_analyze_json_contract():
    run = dubao("analyze", "--json", SAMPLE)
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""  # jieba's loading chatter never reaches the user
    (doc,) = json.loads(run.stdout)["documents"]
    assert doc["path"] == str(SAMPLE) and doc["encoding"] == "utf-8"
    assert len(doc["articles"]) == 5
    first = doc["articles"][0]
    assert first["title"] == "跨境电商综试区十年成效明显 未来差异化协调发展成关键"
    assert first["figures"] and first["speakers"] and first["statements"]


def test_analyze_reports_the_encoding(tmp_path):
    page = tmp_path / "gbk.txt"
    page.write_bytes(SAMPLE.read_text(encoding="utf-8").encode("gb18030"))
    run = dubao("analyze", "--json", page)
    assert run.returncode == 0
    (doc,) = json.loads(run.stdout)["documents"]
    assert doc["encoding"] == "gb18030" and len(doc["articles"]) == 5


def test_human_summary():
    run = dubao("analyze", SAMPLE)
    assert run.returncode == 0
    assert "5 articles" in run.stdout and "科技立法改善创新生态" in run.stdout


def _bad_inputs(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (tmp_path / "random.bin").write_bytes(os.urandom(4096))
    (tmp_path / "latin.txt").write_bytes(b"\x81\x30\xff\xff\xa1\xfe\xfe\x80")
    (tmp_path / "folder").mkdir()
    return ["missing.txt", "empty.txt", "image.png", "random.bin", "latin.txt", "folder"]


@pytest.mark.parametrize("name", ["missing.txt", "empty.txt", "image.png", "random.bin", "latin.txt", "folder"])
def test_bad_input_is_one_line_and_status_2(tmp_path, name):
    _bad_inputs(tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    run = dubao("analyze", "--json", tmp_path / name)
    assert run.returncode == 2
    assert run.stdout == ""
    assert len(run.stderr.strip().splitlines()) == 1 and "Traceback" not in run.stderr
    assert name in run.stderr
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()} == before


def test_one_bad_file_among_good_ones_prints_nothing(tmp_path):
    _bad_inputs(tmp_path)
    run = dubao("analyze", "--json", SAMPLE, tmp_path / "empty.txt")
    assert run.returncode == 2 and run.stdout == ""


def test_usage_errors_are_one_line():
    run = dubao("analyze")
    assert run.returncode == 2 and len(run.stderr.strip().splitlines()) == 1


def test_import_into_a_library(tmp_path):
    run = dubao("import", SAMPLE, "--library", tmp_path / "l.db")
    assert run.returncode == 0, run.stderr
    assert "5 articles" in run.stdout
    again = dubao("import", ROOT / "seeds", "--library", tmp_path / "l.db")
    assert again.returncode == 0 and "5 articles" in again.stdout


def test_import_for_the_reader_prints_progress_and_ids_at_a_lower_priority(tmp_path):
    run = dubao("import", "--progress", "--background", SAMPLE, "--library", tmp_path / "l.db")
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0].startswith("progress ") and lines[-1].split()[0] == "ids" and len(lines[-1].split()) == 6


def test_import_uses_the_environment_variable(tmp_path):
    env = dict(os.environ, DUBAO_LIBRARY=str(tmp_path / "env.db"), PYTHONIOENCODING="utf-8")
    run = subprocess.run([sys.executable, "-m", "desktop", "import", str(SAMPLE)], capture_output=True, text=True,
                         cwd=ROOT, env=env, timeout=120)
    assert run.returncode == 0 and (tmp_path / "env.db").exists()


def test_import_into_something_that_is_not_a_library(tmp_path):
    not_a_library = tmp_path / "notes.db"
    not_a_library.write_bytes(b"my precious notes, not SQLite at all" * 50)
    before = not_a_library.read_bytes()
    run = dubao("import", SAMPLE, "--library", not_a_library)
    assert run.returncode == 2 and len(run.stderr.strip().splitlines()) == 1
    assert "not a Dubao library" in run.stderr and "Traceback" not in run.stderr
    assert not_a_library.read_bytes() == before


def test_import_of_a_bad_file_leaves_the_library_as_it_was(tmp_path):
    dubao("import", SAMPLE, "--library", tmp_path / "l.db")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    run = dubao("import", empty, "--library", tmp_path / "l.db")
    assert run.returncode == 2 and "empty" in run.stderr
    from desktop.store import Library

    with Library(tmp_path / "l.db") as lib:
        assert len(lib.articles()) == 5


def test_export_command(tmp_path):
    dubao("import", SAMPLE, "--library", tmp_path / "l.db")
    run = dubao("export", "--format", "figures-csv", "--out", tmp_path / "f.csv", "--library", tmp_path / "l.db",
                "--article", "1")
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "f.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    bad = dubao("export", "--format", "docx", "--out", tmp_path / "x", "--library", tmp_path / "l.db")
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1
    missing = dubao("export", "--format", "csv", "--out", tmp_path / "x.csv", "--library", tmp_path / "none.db")
    assert missing.returncode == 2 and not (tmp_path / "none.db").exists()


def test_analyze_reads_web_pages_as_import_does():
    run = dubao("analyze", "--json", ROOT / "tests" / "data" / "news_page.html")
    assert run.returncode == 0, run.stderr
    (doc,) = json.loads(run.stdout)["documents"]
    (article,) = doc["articles"]
    assert article["title"] == "科技立法改善创新生态 助力形成新质生产力"
    assert "相关阅读" not in article["text"]
