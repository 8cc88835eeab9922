"""Translations: every string in the zh_CN file, finished; the window speaks Chinese."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.gui.i18n import I18N, install_translators
from tests.conftest import ROOT

TOOLS = Path(sys.executable).parent


def _sources() -> list[str]:
    return sorted(str(p) for p in (ROOT / "desktop").rglob("*.py"))


def test_lupdate_finds_nothing_missing_or_unfinished_in_zh_cn(tmp_path):
    copy = tmp_path / "dubao_zh_CN.ts"
    shutil.copy(I18N / "dubao_zh_CN.ts", copy)
    run = subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), *_sources(), "-ts", str(copy)],
        capture_output=True,
        text=True,
        check=True,
    )
    found = re.search(
        r"Found (\d+) source text\(s\) \((\d+) new and (\d+) already existing\)", run.stdout
    )
    assert found and found.group(2) == "0", run.stdout  # no string the file does not have
    text = copy.read_text(encoding="utf-8")
    assert (
        'type="unfinished"' not in text
        and 'type="vanished"' not in text
        and 'type="obsolete"' not in text
    )


@pytest.fixture
def chinese(qapp):
    for ts in I18N.glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run(
                [str(TOOLS / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True
            )
    assert install_translators(qapp, "zh_CN") == "zh_CN"
    yield
    install_translators(qapp, "en")


def test_the_window_in_chinese(chinese, qtbot, library, settings):
    from desktop.gui.main_window import MainWindow

    window = MainWindow(library, settings)
    qtbot.addWidget(window)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[:3] == ["文件(&F)", "编辑(&E)", "书签(&B)"]
    assert window.commands.pinyin_above.text() == "拼音在上(&A)"
    assert window.speakers_dock.windowTitle() == "发言人"
    assert window.figures_panel.model.headerData(2, Qt.Orientation.Horizontal) == "数值"


def test_preferences_change_the_language(qtbot, window, monkeypatch):
    from desktop.gui.preferences import PreferencesDialog

    dialog = PreferencesDialog(window.settings, window)
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    dialog.size_box.setValue(22)
    dialog.pinyin.setCurrentIndex(dialog.pinyin.findData("above"))
    dialog.tones.setCurrentIndex(dialog.tones.findData("pleco"))
    assert dialog.apply() is True
    assert (
        window.settings.language,
        window.settings.font_size,
        window.settings.pinyin_mode,
        window.settings.tone_scheme,
    ) == ("zh_CN", 22, "above", "pleco")
    monkeypatch.setattr(PreferencesDialog, "exec", lambda self: True)
    monkeypatch.setattr(PreferencesDialog, "apply", lambda self: True)
    with qtbot.waitSignal(window.language_changed, timeout=1000):
        window.show_preferences()
    assert window.commands.pinyin_above.isChecked() and window.view.options.font_size == 22
    QApplication.processEvents()


def test_the_file_dialogs_speak_chinese_too(chinese, qtbot):
    """Qt's own Chinese lacks two labels of Qt 6.11's file dialog; the reader gives them."""
    from PySide6.QtWidgets import QLabel

    from desktop.gui.file_dialogs import make_dialog

    dialog = make_dialog(None, "打开", "", "*")
    qtbot.addWidget(dialog)
    assert [label.text() for label in dialog.findChildren(QLabel)] == [
        "查找范围(&L)：",
        "文件名称(&N)：",
        "文件类型(&T)：",
    ]
