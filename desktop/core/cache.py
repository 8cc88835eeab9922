"""Derived data kept between runs in the user's cache folder, as marshal files.

Building some tables from their packages costs most of a second a process (the CC-CEDICT
readings and dictionary); loading the marshalled result costs a few hundredths. A cache
that cannot be read or written is only a slower start, never an error.

A dict is kept in parts, each marshalled on its own: one `marshal.loads` of the whole 14 MB
dictionary holds the GIL for a third of a second, and the window loads it on a thread while
the user reads; part by part, the UI thread gets its turn every few milliseconds.
"""

from __future__ import annotations

import marshal
import os
from collections.abc import Callable
from pathlib import Path


def cache_dir() -> Path:
    if env := os.environ.get("DUBAO_CACHE"):
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("dubao"))


FORMAT = 2  # of the files; part of their names
PART_SIZE = 4096  # dict items per part: a few milliseconds to load


def _path(name: str, key: str) -> Path:
    return cache_dir() / f"{name}-{key}-{marshal.version}-{FORMAT}.marshal"


def load(name: str, key: str) -> object | None:
    """What `store(name, key, …)` kept, or None when there is none or it cannot be read."""
    try:
        return _load(_path(name, key).read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None


def store(name: str, key: str, value: object) -> None:
    """Keep `value` (marshal-able) for `load`; a cache that cannot be written is no error."""
    path = _path(name, key)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(_dump(value))
        os.replace(tmp, path)  # atomic: a reader never sees half a file
    except OSError:
        pass


def cached(name: str, key: str, build: Callable[[], object]) -> object:
    """`build()`'s result, from the cache folder when it was built before; `key` names the inputs."""
    value = load(name, key)
    if value is None:
        value = build()
        store(name, key, value)
    return value


def _dump(value: object) -> bytes:
    if not isinstance(value, dict):
        return marshal.dumps(("value", value))
    items = list(value.items())
    parts = [marshal.dumps(dict(items[i:i + PART_SIZE])) for i in range(0, len(items), PART_SIZE)]
    return marshal.dumps(("dict", parts))


def _load(data: bytes) -> object:
    kind, body = marshal.loads(data)
    if kind == "value":
        return body
    if kind != "dict":
        raise ValueError(f"not a cache file: {kind!r}")
    out: dict = {}
    for part in body:
        out.update(marshal.loads(part))
    return out
