"""Derived data kept between runs in the user's cache folder, as marshal files.

Building some tables from their packages costs most of a second a process (the CC-CEDICT
readings and dictionary); loading the marshalled result costs a few hundredths. A cache
that cannot be read or written is only a slower start, never an error. Tables built ahead of the
first start (desktop/core/startup.py) are read from the prebuilt folder before the cache folder.

A dict is kept in parts, each marshalled on its own: one `marshal.loads` of the whole 14 MB
dictionary holds the GIL for a third of a second, and the window loads it on a thread while
the user reads; part by part, the UI thread gets its turn every few milliseconds.
"""

from __future__ import annotations

import marshal
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeAlias, TypeVar, cast

# what marshal writes and reads back (typeshed's alias of it is private)
Marshallable: TypeAlias = (
    bool
    | int
    | float
    | str
    | bytes
    | tuple[Any, ...]
    | list[Any]
    | dict[Any, Any]
    | set[Any]
    | frozenset[Any]
    | None
)
Table = TypeVar("Table", bound=Marshallable)


def cache_dir() -> Path:
    if env := os.environ.get("DUBAO_CACHE"):
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("dubao"))


def prebuilt_dir() -> Path | None:
    """Where tables built ahead are (`DUBAO_PREBUILT`, empty for none: tests of the building)."""
    env = os.environ.get("DUBAO_PREBUILT")
    if env is not None:
        return Path(env) if env else None
    from desktop.resources import PREBUILT

    return PREBUILT


FORMAT = 2  # of the files; part of their names
PART_SIZE = 4096  # dict items per part: a few milliseconds to load


def _file_name(name: str, key: str) -> str:
    return f"{name}-{key}-{marshal.version}-{FORMAT}.marshal"


def _path(name: str, key: str) -> Path:
    return cache_dir() / _file_name(name, key)


def load(name: str, key: str) -> Marshallable:
    """What `store(name, key, …)` kept (or the prebuilt table of that name and key), or None when
    there is none or it cannot be read."""
    prebuilt = prebuilt_dir()
    for folder in (prebuilt, cache_dir()) if prebuilt else (cache_dir(),):
        try:
            return _load((folder / _file_name(name, key)).read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            continue
    return None


def store(name: str, key: str, value: Marshallable) -> None:
    """Keep `value` (marshal-able) for `load`; a cache that cannot be written is no error."""
    path = _path(name, key)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(_dump(value))
        os.replace(tmp, path)  # atomic: a reader never sees half a file
    except OSError:
        pass


def cached(name: str, key: str, build: Callable[[], Table]) -> Table:
    """`build()`'s result, from the cache folder when it was built before; `key` names its
    inputs."""
    value = load(name, key)
    if value is None:
        built = build()
        store(name, key, built)
        return built
    # a file of this name and key holds what `build` made: its type is not in the file
    return cast(Table, value)


def _dump(value: Marshallable) -> bytes:
    if not isinstance(value, dict):
        return marshal.dumps(("value", value))
    items = list(value.items())
    parts = [marshal.dumps(dict(items[i : i + PART_SIZE])) for i in range(0, len(items), PART_SIZE)]
    return marshal.dumps(("dict", parts))


def _load(data: bytes) -> Marshallable:
    kind, body = marshal.loads(data)
    if kind == "value":
        value: Marshallable = body
        return value
    if kind != "dict":
        raise ValueError(f"not a cache file: {kind!r}")
    parts: list[bytes] = body
    out: dict[Any, Any] = {}
    for part in parts:
        out.update(marshal.loads(part))
    return out
