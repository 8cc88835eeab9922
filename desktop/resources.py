"""Where the project's data files live, in both layouts it runs from.

A checkout (and an editable install) reads the top-level resources/, i18n/ and seeds/ beside the
package. A wheel has them inside the package, in desktop/_data/, where the build puts them
(setup.py): the top-level folders stay where they are and nothing is duplicated in git.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_INSTALLED = _PACKAGE / "_data"
DATA_ROOT = _INSTALLED if _INSTALLED.is_dir() else _PACKAGE.parent

RESOURCES = DATA_ROOT / "resources"
I18N = DATA_ROOT / "i18n"  # the built .qm files (make builds them beside the .ts sources)
SEEDS = DATA_ROOT / "seeds"  # the sample page(s) the first start opens
# derived tables built ahead of the first start (desktop/core/prebuilt.py); not kept in git
PREBUILT = RESOURCES / "prebuilt"


def resource_path(name: str) -> Path:
    return RESOURCES / name
