"""The core and the store never import Qt: they must run without a display."""

import subprocess
import sys

from tests.conftest import ROOT


def test_core_and_store_leave_pyside6_unimported():
    script = (
        "import sys, desktop.core, desktop.core.analysis, desktop.core.decode\n"
        "import desktop.core.figures, desktop.core.speakers, desktop.core.pinyin\n"
        "import desktop.core.segment, desktop.core.page, desktop.store, desktop.core.sources\n"
        "import desktop.core.dictionary, desktop.core.traditional, desktop.store.export\n"
        "from desktop.core.analysis import analyze\n"
        "analyze('测试文本，王馨表示，增长10%。')\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert out.stdout.strip() == "[]"
