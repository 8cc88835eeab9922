"""Derived data kept between runs in the user's cache folder, as marshal files.

Building some tables from their packages costs most of a second a process (the CC-CEDICT
readings and dictionary); loading the marshalled result costs a few hundredths. A cache
that cannot be read or written is only a slower start, never an error.
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


def cached(name: str, key: str, build: Callable[[], object]) -> object:
    """`build()`'s result, from `name-key.marshal` when that exists; `key` names the inputs."""
    path = cache_dir() / f"{name}-{key}-{marshal.version}.marshal"
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(value))
        os.replace(tmp, path)  # atomic: a reader never sees half a file
    except OSError:
        pass
    return value
