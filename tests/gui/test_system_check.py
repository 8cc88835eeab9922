"""The reader on a system that lacks something: no display is one line (not Qt's abort), in the
reader's language; no font with Chinese is a dialog and one line, and the reader goes on."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.gui.system_check import has_chinese_font, no_font_advice, warn_no_chinese_font
from tests.conftest import ROOT, SECOND_PAGE

linux = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="X11, Wayland and fontconfig"
)


def _reader(
    tmp_path: Path,
    *args: str,
    env: dict | None = None,
    drop=("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"),
):
    base = {k: v for k, v in os.environ.items() if k not in drop}
    base.update(
        DUBAO_CONFIG=str(tmp_path / "settings.ini"),
        DUBAO_LIBRARY=str(tmp_path / "library.db"),
        DUBAO_CACHE=str(tmp_path / "cache"),
        PYTHONIOENCODING="utf-8",
        **(env or {}),
    )
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=base,
        timeout=120,
    )


@linux
def test_no_display_is_one_line_and_status_2(tmp_path):
    run = _reader(tmp_path)
    assert run.returncode == 2  # not -6, Qt's abort
    (line,) = run.stderr.splitlines()
    assert line.startswith("dubao: no display") and "DISPLAY" in line and "--screenshot" in line
    assert not (tmp_path / "library.db").exists()  # nothing was started


@linux
def test_the_line_is_in_the_readers_language(tmp_path):
    (tmp_path / "settings.ini").write_text("[General]\nlanguage=zh_CN\n", encoding="utf-8")
    run = _reader(tmp_path)
    assert run.returncode == 2
    (line,) = run.stderr.splitlines()
    assert line.startswith("dubao: ") and "显示" in line


@linux
def test_a_display_without_a_server_is_one_line(tmp_path):
    free = next(n for n in range(4242, 4300) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    run = _reader(tmp_path, env={"DISPLAY": f":{free}"})
    assert run.returncode == 2
    (line,) = run.stderr.splitlines()
    assert f"DISPLAY=:{free}" in line


@linux
def test_a_screenshot_needs_no_display(tmp_path):
    # a short page: what is tested is the picture without a display, not the analysis of a long one
    run = _reader(tmp_path, "--screenshot", str(tmp_path / "out.png"), str(SECOND_PAGE))
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "out.png").stat().st_size > 10_000


@linux
def test_without_a_chinese_font_a_screenshot_says_so_in_one_line_and_is_drawn(tmp_path):
    dejavu = Path("/usr/share/fonts/truetype/dejavu")
    if not dejavu.is_dir():
        pytest.skip("needs DejaVu")
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        f'<?xml version="1.0"?><fontconfig><dir>{dejavu}</dir>'
        f"<cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>"
    )
    (tmp_path / "settings.ini").write_text("[General]\nlanguage=en\n", encoding="utf-8")
    run = _reader(
        tmp_path,
        "--screenshot",
        str(tmp_path / "out.png"),
        str(SECOND_PAGE),  # short: the font is tested, not the analysis
        env={"FONTCONFIG_FILE": str(conf), "QT_QPA_PLATFORM": "offscreen"},
    )
    assert run.returncode == 0, run.stderr
    ours = [line for line in run.stderr.splitlines() if line.startswith("dubao:")]
    assert len(ours) == 1 and "No font with Chinese characters" in ours[0]
    assert (tmp_path / "out.png").is_file()


def test_the_font_dialog_says_how_to_get_one_and_the_window_goes_on(qtbot, capsys):
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    warn_no_chinese_font(window)
    box = window.findChild(QMessageBox, "noChineseFont")
    assert box is not None and box.isVisible()
    assert (
        box.windowModality() == Qt.WindowModality.WindowModal
    )  # open(), not exec(): no nested loop
    assert box.text() == no_font_advice()
    assert "Chinese" in box.text() and (
        "fonts-noto-cjk" in box.text() or "Noto Sans CJK" in box.text()
    )
    assert capsys.readouterr().err == f"dubao: {no_font_advice()}\n"
    box.accept()
    assert window.isVisible()


def test_this_machine_has_a_chinese_font(qapp):
    """The suite's own pictures need one: make's check installs it."""
    assert has_chinese_font()
