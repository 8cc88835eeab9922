"""The cache of derived tables: right values back, parts for dicts, and never an error."""

import marshal

from desktop.core import cache


def test_a_dict_comes_back_whole_from_its_parts(tmp_path, monkeypatch):
    monkeypatch.setenv("DUBAO_CACHE", str(tmp_path))
    table = {f"词{i}": [("简", "繁", "pīn", [str(i)])] for i in range(3 * cache.PART_SIZE + 7)}
    builds = []
    build = lambda: builds.append(1) or table  # noqa: E731
    assert cache.cached("t", "k", build) == table
    assert cache.cached("t", "k", build) == table
    assert builds == [1]  # the second time from the file
    (stored,) = tmp_path.iterdir()
    kind, parts = marshal.loads(stored.read_bytes())
    assert kind == "dict" and len(parts) == 4


def test_other_values_and_broken_files(tmp_path, monkeypatch):
    monkeypatch.setenv("DUBAO_CACHE", str(tmp_path))
    assert cache.cached("v", "1", lambda: [1, "二", 3.0]) == [1, "二", 3.0]
    (stored,) = tmp_path.iterdir()
    stored.write_bytes(b"\x00not marshal")
    assert cache.cached("v", "1", lambda: [4]) == [4]  # rebuilt
    stored.write_bytes(marshal.dumps(("other", 1)))
    assert cache.cached("v", "1", lambda: [5]) == [5]
    assert cache.cached("v", "1", lambda: [6]) == [5]


def test_a_cache_that_cannot_be_written_is_only_slower(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("DUBAO_CACHE", str(blocker / "cache"))
    assert cache.cached("x", "1", lambda: {"a": 1}) == {"a": 1}
