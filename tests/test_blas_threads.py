"""numpy's OpenBLAS runs one thread in every way into the app: the polyphone models' small
matrices are slower on more, and far slower on a busy machine (desktop/__init__.py)."""

import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

# The library's first write imports sqlite-utils, which imports numpy before any model does; then
# the analysis. The thread count is OpenBLAS's own, asked through the library numpy loaded.
SCRIPT = """
import ctypes, sys
from desktop.store import Library
with Library(sys.argv[1]) as lib:
    lib.import_text("a.txt", "王馨表示，长江的水长了。")
assert "sqlite_utils" in sys.modules and "numpy" in sys.modules
maps = open("/proc/self/maps").read().split()
found = [p for p in maps if "openblas" in p.lower() and ".so" in p]
if not found:
    print("no openblas")
else:
    blas = ctypes.CDLL(found[0])
    for name in ("scipy_openblas_get_num_threads64_", "openblas_get_num_threads64_",
                 "openblas_get_num_threads"):
        if hasattr(blas, name):
            print(getattr(blas, name)())
            break
    else:
        print("no openblas")
"""


@pytest.mark.skipif(not os.path.exists("/proc/self/maps"), reason="reads /proc/self/maps")
def test_openblas_runs_one_thread_after_the_library_imported_numpy(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")}
    env["DUBAO_CACHE"] = str(tmp_path / "cache")
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "l.db")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=True,
    )
    if out.stdout.strip() == "no openblas":
        pytest.skip("this numpy has no OpenBLAS to ask")
    assert out.stdout.strip() == "1"
