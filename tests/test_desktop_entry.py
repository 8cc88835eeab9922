"""The desktop entry: valid by freedesktop's own validator, in the menus, opening the news formats,
and its Exec line starts this installation's reader."""

import configparser
import os
import shlex
import shutil
import subprocess
import sys

import pytest

from desktop import desktop_entry
from desktop.resources import resource_path
from tests.conftest import ROOT, SECOND_PAGE


def _installed(tmp_path):
    run = subprocess.run(
        [sys.executable, "-m", "desktop.desktop_entry", "--data-home", str(tmp_path / "share")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    assert len(run.stdout.splitlines()) == 1
    return tmp_path / "share" / "applications" / "dubao.desktop"


def _entry(path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-utils is not installed"
)
def test_the_entry_and_the_installed_one_are_valid(tmp_path):
    for path in (resource_path("dubao.desktop"), _installed(tmp_path)):
        run = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
        assert run.returncode == 0 and run.stdout == "", run.stdout


def test_it_opens_text_web_pages_and_epub_and_has_its_icon(tmp_path):
    entry = _entry(_installed(tmp_path))
    assert {"text/plain", "text/html", "application/xhtml+xml", "application/epub+zip"} <= set(
        entry["MimeType"].strip(";").split(";")
    )
    assert entry["Icon"] == "dubao" and entry["Name[zh_CN]"] == "读报"
    for size in desktop_entry.ICON_SIZES:
        icon = tmp_path / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "dubao.png"
        assert icon.read_bytes() == resource_path(f"icons/png/dubao-{size}.png").read_bytes()


def test_the_exec_line_starts_this_reader(tmp_path):
    """What a file manager runs for a file, with --screenshot in front so that it ends by itself."""
    entry = _entry(_installed(tmp_path))
    command = shlex.split(entry["Exec"])
    assert command[-1] == "%F" and os.access(command[0], os.X_OK) and entry["TryExec"] == command[0]
    out = tmp_path / "opened.png"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        DUBAO_CONFIG=str(tmp_path / "s.ini"),
        DUBAO_LIBRARY=str(tmp_path / "l.db"),
    )
    run = subprocess.run(
        # a short page: the exec line is tested, not the analysis of a long one
        [*command[:-1], "--screenshot", str(out), str(SECOND_PAGE)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert out.stat().st_size > 10_000


def test_exec_arguments_are_quoted_as_the_specification_says():
    text = desktop_entry.entry_text(["/opt/my apps/dubao 100%/bin/dubao"])
    (line,) = [x for x in text.splitlines() if x.startswith("Exec=")]
    assert line == 'Exec="/opt/my apps/dubao 100%%/bin/dubao" %F'


def test_remove_takes_it_all_away(tmp_path):
    _installed(tmp_path)
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop.desktop_entry",
            "--data-home",
            str(tmp_path / "share"),
            "--remove",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert run.returncode == 0
    assert not [p for p in (tmp_path / "share").rglob("*") if p.is_file() and "dubao" in p.name]
