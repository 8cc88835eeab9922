"""What a first start no longer pays for (desktop/core/startup.py): tables built ahead are read
before anything is built, jieba loads without pkg_resources and from our own table."""

import os
import subprocess
import sys

from desktop.core import cache
from desktop.resources import PREBUILT
from tests.conftest import ROOT

# a first analysis and a first look-up, printed
PROBE = (
    "import json, pathlib\n"
    "from desktop.core.analysis import analyze\n"
    "from desktop.core import dictionary\n"
    "text = pathlib.Path('seeds/000_8ebea2dcc62a3401.txt').read_text(encoding='utf-8')\n"
    "print(json.dumps([[a.to_json() for a in analyze(text)], dictionary.lookup('综合')],"
    " ensure_ascii=False))"
)


def _python(code: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-W", "error", "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        env={**os.environ, **env},
    )


def test_a_prebuilt_table_is_read_before_anything_is_built(tmp_path, monkeypatch):
    prebuilt, user_cache = tmp_path / "prebuilt", tmp_path / "cache"
    monkeypatch.setenv("DUBAO_CACHE", str(prebuilt))
    cache.store("t", "k1", {"词": "cí"})  # as build_prebuilt makes them
    monkeypatch.setenv("DUBAO_CACHE", str(user_cache))
    monkeypatch.setenv("DUBAO_PREBUILT", str(prebuilt))
    builds = []
    assert cache.cached("t", "k1", lambda: builds.append(1) or {"x": "y"}) == {"词": "cí"}
    assert builds == [] and not user_cache.exists()  # nothing built, nothing copied
    # another key (other versions of the package it comes from): built, and kept in the user's cache
    assert cache.cached("t", "k2", lambda: {"新": "xīn"}) == {"新": "xīn"}
    assert len(list(user_cache.iterdir())) == 1


def test_no_prebuilt_folder_builds_in_the_cache_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("DUBAO_CACHE", str(tmp_path))
    monkeypatch.setenv("DUBAO_PREBUILT", "")
    assert cache.cached("t", "k", lambda: [1, 2]) == [1, 2]
    assert len(list(tmp_path.iterdir())) == 1


def test_with_the_prebuilt_tables_a_fresh_cache_folder_stays_empty(tmp_path):
    """The tables make built (or, without them, built here as make and the wheel's build do), then
    a first analysis and look-up: not one file written to the (empty) cache folder. (They are
    built by the code that builds them at run time: tests/package compares the results.)"""
    prebuilt, fresh = PREBUILT, tmp_path / "fresh"
    if len(list(prebuilt.glob("*.marshal"))) != 5:
        prebuilt = tmp_path / "prebuilt"
        built = _python(
            "from desktop.core.startup import build_prebuilt\n"
            f"print(len(build_prebuilt({str(prebuilt)!r})))"
        )
        assert built.returncode == 0, built.stderr
        assert built.stdout == "5\n"
    ours = _python(PROBE, DUBAO_PREBUILT=str(prebuilt), DUBAO_CACHE=str(fresh))
    assert ours.returncode == 0, ours.stderr
    assert "zōng hé" in ours.stdout and not fresh.exists()


def test_jieba_loads_without_pkg_resources_and_warns_of_nothing():
    run = _python(
        "import sys; from desktop.core.segment import cut; cut('跨境电商综试区')\n"
        "print('pkg_resources' in sys.modules)"
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout == "False\n" and run.stderr == ""
