"""What the reader needs from the system (desktop/system.py): the libraries Qt loads, a font with
Chinese characters, a display. Real ldd, real fontconfig, a real shared object compiled here whose
library is missing; only the package manager is a stand-in (a script that records what it is asked
and puts the file in place), since this machine's packages are not ours to remove or add."""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from desktop import system
from tests.conftest import ROOT

linux = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="Linux's libraries and fontconfig"
)
compiler = pytest.mark.skipif(
    shutil.which("cc") is None or shutil.which("ldd") is None, reason="needs cc and ldd"
)


def _python(code: str, env: dict | None = None, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={**os.environ, **(env or {})},
        **kwargs,
    )


@pytest.fixture
def qt_lacking_a_library(tmp_path):
    return _qt_lacking_a_library(tmp_path)


def _qt_lacking_a_library(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A stand-in for PySide6's folder whose QtWidgets needs libdubaogone.so.1, which the system
    does not have; the library itself waits in `shelf` for the package manager to install it."""
    shelf, libs, qt = tmp_path / "shelf", tmp_path / "libs", tmp_path / "PySide6"
    for folder in (shelf, libs, qt):
        folder.mkdir()
    (tmp_path / "gone.c").write_text("int dubao_gone(void) { return 1; }\n")
    (tmp_path / "widgets.c").write_text(
        "int dubao_gone(void);\nint widgets(void) { return dubao_gone(); }\n"
    )
    subprocess.run(
        [
            "cc",
            "-shared",
            "-fPIC",
            "-Wl,-soname,libdubaogone.so.1",
            "-o",
            str(shelf / "libdubaogone.so.1"),
            str(tmp_path / "gone.c"),
        ],
        check=True,
    )
    subprocess.run(
        [
            "cc",
            "-shared",
            "-fPIC",
            "-o",
            str(qt / "QtWidgets.abi3.so"),
            str(tmp_path / "widgets.c"),
            str(shelf / "libdubaogone.so.1"),
        ],
        check=True,
    )
    return qt, shelf, libs


def _package_manager(tmp_path: Path, shelf: Path, libs: Path, works: bool = True) -> Path:
    """An apt-get that logs its arguments and installs from the shelf (or fails)."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = bin_dir / "apt-get"
    script.write_text(
        f'#!/bin/sh\necho "$@" >> {tmp_path / "apt.log"}\n'
        + (f"cp {shelf}/* {libs}/\n" if works else "exit 100\n")
    )
    script.chmod(0o755)
    return bin_dir


@linux
def test_debian_package_names_agree_with_dpkg_for_every_library_qt_loads():
    """The naming rule (and its exceptions) against the packages that own the libraries here."""
    if shutil.which("dpkg") is None or system.pyside_dir() is None:
        pytest.skip("needs dpkg")
    out = "".join(
        subprocess.run(["ldd", str(system.pyside_dir() / f)], capture_output=True, text=True).stdout
        for f in system.QT_FILES
    )
    libraries = {}
    for line in out.splitlines():
        soname, arrow, path = line.strip().partition(" => ")
        path = path.split(" (")[0]
        if arrow and path.startswith("/") and "PySide6" not in path:  # Qt's own come with the wheel
            libraries[os.path.realpath(path)] = soname
    owners = subprocess.run(["dpkg", "-S", *libraries], capture_output=True, text=True).stdout
    checked = 0
    for line in owners.splitlines():
        package, _, path = line.partition(": ")
        if path in libraries:
            assert package.split(":")[0] == system.debian_package(libraries[path]), line
            checked += 1
    assert checked >= 20


def test_debian_names_by_policy():
    assert system.debian_package("libxcb-cursor.so.0") == "libxcb-cursor0"
    assert system.debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert system.debian_package("libX11.so.6") == "libx11-6"
    assert system.debian_package("libgssapi_krb5.so.2") == "libgssapi-krb5-2"
    assert system.debian_package("libglib-2.0.so.0") == "libglib2.0-0"


def test_install_commands_name_the_packages():
    assert (
        system.install_command(["libxcb-cursor0", "fonts-noto-cjk"], "apt")
        == "sudo apt-get install libxcb-cursor0 fonts-noto-cjk"
    )
    needed = system.packages_for(["libxcb-cursor.so.0"], "dnf")
    assert system.install_command(needed, "dnf") in (
        "sudo dnf install 'libxcb-cursor.so.0()(64bit)'",
        "sudo dnf install 'libxcb-cursor.so.0'",
    )


@linux
@compiler
def test_a_missing_library_is_found(qt_lacking_a_library):
    qt, _, _ = qt_lacking_a_library
    assert system.missing_libraries([qt / "QtWidgets.abi3.so"]) == ["libdubaogone.so.1"]


@linux
@compiler
def test_as_root_with_apt_get_the_missing_library_is_installed_quietly(
    tmp_path, qt_lacking_a_library
):
    if os.geteuid() != 0 or not system.has_chinese_font():
        pytest.skip("needs root and a Chinese font already installed")
    qt, shelf, libs = qt_lacking_a_library
    bin_dir = _package_manager(tmp_path, shelf, libs)
    run = _python(
        f"from desktop import system; from pathlib import Path; "
        f"raise SystemExit(system.check('qt', Path({str(qt)!r})))",
        env={"PATH": f"{bin_dir}:{os.environ['PATH']}", "LD_LIBRARY_PATH": str(libs)},
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout == "dubao: installed libdubaogone1 (apt-get)\n" and run.stderr == ""
    assert (tmp_path / "apt.log").read_text().split() == [
        "install",
        "-y",
        "-qq",
        "--no-install-recommends",
        "libdubaogone1",
    ]


@linux
@compiler
def test_without_root_one_line_names_the_command():
    """As another user, with the system's Python (the check needs only the standard library, and
    this venv's interpreter lives in root's home), in a folder that user can read."""
    system_python = Path("/usr/bin/python3")
    if os.geteuid() != 0 or not system_python.is_file():
        pytest.skip("runs the check as another user with /usr/bin/python3, which needs root")
    with tempfile.TemporaryDirectory(prefix="dubao-system-") as folder:
        _check_as_another_user(Path(folder), system_python)


def _check_as_another_user(tmp_path: Path, system_python: Path) -> None:
    qt, shelf, libs = _qt_lacking_a_library(tmp_path)
    bin_dir = _package_manager(tmp_path, shelf, libs)
    for path in (tmp_path, *tmp_path.rglob("*")):
        path.chmod(0o755)
    run = subprocess.run(
        [
            str(system_python),
            "-c",
            f"from desktop import system; from pathlib import Path; "
            f"raise SystemExit(system.check('qt', Path({str(qt)!r})))",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        user="nobody",
        env={"PATH": f"{bin_dir}:/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert run.returncode == 2 and run.stdout == ""
    (line,) = run.stderr.splitlines()
    assert line.startswith("dubao: Qt needs libdubaogone.so.1") and line.endswith(
        "sudo apt-get install libdubaogone1"
    )
    assert not (tmp_path / "apt.log").exists()  # nothing was tried


@linux
@compiler
def test_an_install_that_fails_is_one_line_too(tmp_path, qt_lacking_a_library):
    if os.geteuid() != 0:
        pytest.skip("needs root")
    qt, shelf, libs = qt_lacking_a_library
    bin_dir = _package_manager(tmp_path, shelf, libs, works=False)
    run = _python(
        f"from desktop import system; from pathlib import Path; "
        f"raise SystemExit(system.check('qt', Path({str(qt)!r})))",
        env={"PATH": f"{bin_dir}:{os.environ['PATH']}"},
    )
    assert run.returncode == 2 and len(run.stderr.splitlines()) == 1
    assert "sudo apt-get install libdubaogone1" in run.stderr


def _latin_fonts_only(tmp_path: Path) -> Path:
    """A fontconfig set-up that sees only DejaVu (no Chinese)."""
    dejavu = Path("/usr/share/fonts/truetype/dejavu")
    if not dejavu.is_dir():
        pytest.skip("needs DejaVu")
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        f'<?xml version="1.0"?><fontconfig><dir>{dejavu}</dir>'
        f"<cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>"
    )
    return conf


@linux
def test_fontconfig_is_asked_for_a_font_with_chinese(tmp_path):
    code = "from desktop import system; print(system.has_chinese_font())"
    assert (
        _python(code, env={"FONTCONFIG_FILE": str(_latin_fonts_only(tmp_path))}).stdout == "False\n"
    )
    if Path("/usr/share/fonts/opentype/noto").is_dir():
        assert _python(code).stdout == "True\n"


@linux
def test_the_font_is_installed_when_missing(tmp_path):
    """The stand-in apt-get 'installs' the font by showing fontconfig the system's Noto CJK."""
    noto = Path("/usr/share/fonts/opentype/noto")
    if os.geteuid() != 0 or not noto.is_dir() or system.system_problems()[0]:
        pytest.skip("needs root, Noto CJK and Qt's libraries")
    conf = _latin_fonts_only(tmp_path)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "apt-get").write_text(
        f'#!/bin/sh\necho "$@" >> {tmp_path / "apt.log"}\n'
        f"sed -i 's|</fontconfig>|<dir>{noto}</dir></fontconfig>|' {conf}\n"
    )
    (bin_dir / "apt-get").chmod(0o755)
    run = _python(
        "from desktop import system; raise SystemExit(system.check())",
        env={"PATH": f"{bin_dir}:{os.environ['PATH']}", "FONTCONFIG_FILE": str(conf)},
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout == "dubao: installed fonts-noto-cjk (apt-get)\n"


def test_python_without_venv_is_named():
    assert system.venv_problem() is None  # this one has ensurepip


@linux
def test_no_display_is_found_before_qt_starts(tmp_path):
    assert system.display_problem({}) == ("none", "")
    assert system.display_problem({"QT_QPA_PLATFORM": "wayland"}) == ("none", "")
    for needs_none in ("offscreen", "minimal", "vnc:size=800x600", "offscreen;xcb"):
        assert system.display_problem({"QT_QPA_PLATFORM": needs_none}) is None
    assert system.display_problem({"WAYLAND_DISPLAY": "wayland-0"}) is None  # Qt's Wayland plug-in
    assert system.display_problem({"DISPLAY": "localhost:10.0"}) is None  # ssh's, taken on trust
    free = next(n for n in range(4242, 4300) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    assert system.display_problem({"DISPLAY": f":{free}"}) == ("connect", f":{free}")
    assert system.display_problem({"DISPLAY": f"unix:{free}.0", "QT_QPA_PLATFORM": "xcb"}) == (
        "connect",
        f"unix:{free}.0",
    )


@linux
@compiler
def test_the_xcb_plugins_missing_library_is_named(qt_lacking_a_library):
    qt, _, _ = qt_lacking_a_library
    plugin = qt / system.XCB_PLUGIN
    plugin.parent.mkdir(parents=True)
    (qt / "QtWidgets.abi3.so").rename(plugin)
    assert system.xcb_problem(":0", qt) == ("library", "libdubaogone.so.1")
