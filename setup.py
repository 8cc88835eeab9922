"""The wheel's build step: the data the reader needs goes into the package as desktop/_data/.

Everything else about the package is in pyproject.toml. The top-level resources/, i18n/ and
seeds/ stay where they are for a checkout (and an editable install, which reads them there);
a wheel gets a copy of them inside the package, made here:

- resources/, all of it (whatever is added there is packaged with it), less the README's
  screenshots; with the derived tables of desktop/core/startup.py built into
  resources/prebuilt/ by the same code that would build them at the first start;
- i18n/: the .qm files, built from the .ts sources by Qt's lrelease (from PySide6);
- seeds/: the sample page(s) the first start opens.

desktop/resources.py finds them in either layout.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.command.sdist import sdist

ROOT = Path(__file__).resolve().parent
DATA = "desktop/_data"
NOT_PACKAGED = ("screenshots", "prebuilt", "__pycache__", "*.pyc")  # under resources/
SDIST_FOLDERS = ("resources", "i18n", "seeds", "tests")


def lrelease() -> list[str]:
    """Qt's lrelease as PySide6 ships it (the build environment has PySide6-Essentials)."""
    from importlib.util import find_spec

    spec = find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        folder = Path(next(iter(spec.submodule_search_locations)))
        for name in ("lrelease", "lrelease.exe"):
            if (folder / name).is_file():
                return [str(folder / name)]
    found = shutil.which("pyside6-lrelease")
    if found:
        return [found]
    raise SystemExit("building dubao: Qt's lrelease was not found (PySide6-Essentials provides it)")


def build_translations(target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for source in sorted((ROOT / "i18n").glob("*.ts")):
        done = subprocess.run(
            [*lrelease(), "-silent", str(source), "-qm", str(target / f"{source.stem}.qm")],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            raise SystemExit(
                f"building dubao: lrelease failed on {source.name}: "
                f"{(done.stderr or done.stdout).strip()} (the system packages the "
                "README lists for Qt provide what it needs)"
            )


def build_prebuilt(target: Path) -> None:
    """In a process of its own, with this checkout's desktop/ first on the path."""
    env = dict(
        os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])
    )
    done = subprocess.run(
        [sys.executable, "-m", "desktop.core.startup", str(target)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise SystemExit(f"building dubao: the prebuilt tables failed:\n{done.stderr[-2000:]}")


class BuildWithData(build_py):
    """build_py, then the data folders into the package (not for an editable install)."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        data = Path(self.build_lib) / DATA
        shutil.rmtree(data, ignore_errors=True)
        shutil.copytree(
            ROOT / "resources", data / "resources", ignore=shutil.ignore_patterns(*NOT_PACKAGED)
        )
        shutil.copytree(ROOT / "seeds", data / "seeds")
        build_translations(data / "i18n")
        build_prebuilt(data / "resources" / "prebuilt")


class SdistWithData(sdist):
    """The source archive carries the top-level folders a wheel is built from."""

    def add_defaults(self) -> None:
        super().add_defaults()
        for folder in SDIST_FOLDERS:
            for path in sorted((ROOT / folder).rglob("*")):
                relative = path.relative_to(ROOT)
                if path.is_file() and not _derived(relative):
                    self.filelist.append(relative.as_posix())


def _derived(relative: Path) -> bool:
    """Built files and caches, never shipped as sources."""
    return (
        relative.suffix in (".qm", ".pyc")
        or "__pycache__" in relative.parts
        or relative.parts[:2] == ("resources", "prebuilt")
    )


setup(cmdclass={"build_py": BuildWithData, "sdist": SdistWithData})
