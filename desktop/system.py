"""What the reader needs from the system, and the command that installs what is missing.

PySide6's wheels bring Qt, but on Linux Qt loads the X11 client libraries, OpenGL, fontconfig
and GLib from the system, and the text needs a font with Chinese characters. A bare Debian has
none of them: Qt aborted ("xcb-cursor0 or libxcb-cursor0 is needed to load the Qt xcb platform
plugin") and every character would have been a box.

- `python -m desktop.system` (make runs it before the reader and the tests): every library that
  `ldd` finds missing for Qt's widgets, its xcb and offscreen platform plug-ins and lrelease, and
  a font for Simplified Chinese. As root with apt-get it installs them, quietly; otherwise it
  names the command in one line and exits with status 2.
- `display_problem()`: why Qt could not open a window here, checked before QApplication (whose
  failure is an abort, not an exception).

No Qt here (it is what may not load), and nothing newer than Python 3.8, so that an old Python
gets to hear that it is too old.
"""

from __future__ import annotations

import os
import re
import sys
from importlib.util import find_spec
from pathlib import Path

# Qt's files whose libraries are checked: the widgets (QtCore, QtGui), the platform plug-ins the
# reader and the tests use, and lrelease, which builds the translations
QT_FILES = (
    "QtWidgets.abi3.so",
    "Qt/plugins/platforms/libqxcb.so",
    "Qt/plugins/platforms/libqoffscreen.so",
    "lrelease",
)
XCB_PLUGIN = "Qt/plugins/platforms/libqxcb.so"
# Debian packages whose names do not follow the library's (policy 8.1: libfoo.so.1 -> libfoo1)
DEBIAN_EXCEPTIONS = {
    "libglib-2.0": "libglib2.0-0",
    "libgthread-2.0": "libglib2.0-0",
    "libgobject-2.0": "libglib2.0-0",
    "libgio-2.0": "libglib2.0-0",
    "libgmodule-2.0": "libglib2.0-0",
    "libbrotlidec": "libbrotli1",
    "libbrotlicommon": "libbrotli1",
    "libbrotlienc": "libbrotli1",
    "libGLdispatch": "libglvnd0",
    "libz": "zlib1g",
    "libc": "libc6",
    "libm": "libc6",
    "libpthread": "libc6",
    "libdl": "libc6",
    "librt": "libc6",
    "libresolv": "libc6",
}
FONT_PACKAGES = {"apt": "fonts-noto-cjk", "dnf": "google-noto-sans-cjk-fonts"}
MIN_PYTHON = (3, 10)


def pyside_dir() -> Path | None:
    """PySide6's folder, found without importing it."""
    spec = find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def missing_libraries(files: list[Path], ldd: str = "ldd") -> list[str]:
    """The shared libraries (sonames) `files` need that the system does not have, in order."""
    import shutil
    import subprocess

    if shutil.which(ldd) is None:
        return []  # not glibc: Qt's own message will have to do
    missing: list[str] = []
    for path in files:
        if not path.is_file():
            continue
        out = subprocess.run([ldd, str(path)], capture_output=True, text=True).stdout
        for soname in re.findall(r"^\s*(\S+) => not found", out, flags=re.MULTILINE):
            if soname not in missing:
                missing.append(soname)
    return missing


def debian_package(soname: str) -> str:
    """The Debian/Ubuntu package of a library by policy: libxcb-cursor.so.0 -> libxcb-cursor0,
    libX11.so.6 -> libx11-6 (a hyphen when the name ends in a digit); a few are named otherwise."""
    name, _, version = soname.partition(".so")
    version = version.lstrip(".").split(".")[0]
    if name in DEBIAN_EXCEPTIONS:
        return DEBIAN_EXCEPTIONS[name]
    joint = "-" if name[-1:].isdigit() else ""
    return f"{name}{joint}{version}".lower().replace("_", "-")


def package_manager() -> str | None:
    import shutil

    for tool in ("apt-get", "dnf"):
        if shutil.which(tool):
            return tool.split("-")[0]
    return None


def packages_for(sonames: list[str], manager: str | None) -> list[str]:
    """What to install for these libraries: Debian's package names, or dnf's by what they provide
    (dnf installs the package that has the file: no table to keep)."""
    if manager == "apt":
        return list(dict.fromkeys(debian_package(s) for s in sonames))
    if manager == "dnf":
        bits = "()(64bit)" if sys.maxsize > 2**32 else ""
        return [f"{s}{bits}" for s in sonames]
    return list(sonames)


def install_command(packages: list[str], manager: str | None) -> str:
    """The one command a user runs (with sudo: they are not root)."""
    quoted = " ".join(f"'{p}'" if "(" in p else p for p in packages)
    if manager == "apt":
        return f"sudo apt-get install {quoted}"
    if manager == "dnf":
        return f"sudo dnf install {quoted}"
    return f"install {quoted} with your system's package manager"


def font_package(manager: str | None) -> str:
    return FONT_PACKAGES.get(manager or "", "a font for Simplified Chinese (Noto Sans CJK SC)")


def has_chinese_font() -> bool | None:
    """Whether fontconfig, the library Qt asks, lists a font for Simplified Chinese; None when
    fontconfig itself cannot be loaded (then it is among the missing libraries)."""
    import ctypes

    class FontSet(ctypes.Structure):
        _fields_ = [("nfont", ctypes.c_int), ("sfont", ctypes.c_int), ("fonts", ctypes.c_void_p)]

    try:
        fc = ctypes.CDLL("libfontconfig.so.1")
    except OSError:
        return None
    fc.FcInitLoadConfigAndFonts.restype = ctypes.c_void_p
    fc.FcNameParse.restype = ctypes.c_void_p
    fc.FcNameParse.argtypes = [ctypes.c_char_p]
    fc.FcObjectSetBuild.restype = ctypes.c_void_p
    fc.FcFontList.restype = ctypes.POINTER(FontSet)
    fc.FcFontList.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p]
    config = fc.FcInitLoadConfigAndFonts()
    pattern = fc.FcNameParse(b":lang=zh-cn")
    fields = fc.FcObjectSetBuild(ctypes.c_char_p(b"family"), ctypes.c_char_p(None))
    fonts = fc.FcFontList(
        ctypes.c_void_p(config), ctypes.c_void_p(pattern), ctypes.c_void_p(fields)
    )
    found = bool(fonts) and fonts.contents.nfont > 0
    fc.FcFontSetDestroy(fonts)
    return found


def venv_problem() -> tuple[str, list[str]] | None:
    """Before `python3 -m venv`: Python too old, or Debian's python3 without its venv module."""
    if sys.version_info < MIN_PYTHON:
        return (
            f"Dubao needs Python {'.'.join(map(str, MIN_PYTHON))} or newer; this is "
            f"{sys.version.split()[0]} ({sys.executable})",
            [],
        )
    if find_spec("ensurepip") is None:  # Debian and Ubuntu split it off
        return "Python's venv cannot install pip here", [
            f"python{sys.version_info[0]}.{sys.version_info[1]}-venv"
        ]
    return None


def system_problems(qt_folder: Path | None = None) -> tuple[list[str], list[str], bool]:
    """(missing libraries, packages that bring them, whether a Chinese font is missing), for the
    PySide6 in `qt_folder` (the one this Python imports, by default)."""
    folder = qt_folder or pyside_dir()
    if not sys.platform.startswith("linux") or folder is None:
        return [], [], False  # macOS and Windows wheels bring everything; fonts come with them
    missing = missing_libraries([folder / f for f in QT_FILES])
    font = has_chinese_font()
    no_font = font is False or (font is None and not _chinese_font_files())
    return missing, packages_for(missing, package_manager()), no_font


def _chinese_font_files() -> bool:
    """Without fontconfig (itself missing) to ask: whether a font file with Chinese is installed,
    by the names of the usual ones."""
    pattern = re.compile(r"cjk|wqy|droidsansfallback|sourcehan|arphic|uming|ukai", re.IGNORECASE)
    folder = Path("/usr/share/fonts")
    return folder.is_dir() and any(pattern.search(f.name) for f in folder.rglob("*") if f.is_file())


# platforms that need no display (or are not ours to judge: Qt says what they lack itself)
OTHER_PLATFORMS = ("offscreen", "minimal", "minimalegl", "vnc", "eglfs", "linuxfb", "vkkhrdisplay")


def display_problem(environ: dict[str, str] | None = None) -> tuple[str, str] | None:
    """Why Qt could not open a window here, found before QApplication (which aborts the process
    instead of raising): ("none", "") no display is set, ("library", soname) the xcb plug-in
    lacks a library, ("connect", display) no X server answers there. None: Qt can start."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    chosen = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen and chosen != "xcb" and not chosen.startswith("wayland"):
        return None
    if chosen.startswith("wayland") or (not chosen and env.get("WAYLAND_DISPLAY")):
        return None if env.get("WAYLAND_DISPLAY") else ("none", "")
    display = env.get("DISPLAY", "")
    if not display:
        return ("none", "")
    return xcb_problem(display)


def xcb_problem(display: str, qt_folder: Path | None = None) -> tuple[str, str] | None:
    """Load the xcb plug-in as Qt will (so a missing library is named, not aborted on), and see
    that a local X server listens at `display`. Only looked at, not connected to: a server left
    by its last client resets itself, and Qt's connection then waited 75 ms for it (Xvfb)."""
    import ctypes

    folder = qt_folder or pyside_dir()
    if folder is None or not (folder / XCB_PLUGIN).is_file():
        return None
    try:
        ctypes.CDLL(str(folder / XCB_PLUGIN))
    except OSError as exc:
        found = re.search(r"([^\s/:]+\.so[.\d]*): cannot open shared object", str(exc))
        return ("library", found.group(1) if found else str(exc))
    return None if _x_server_listens(display) else ("connect", display)


def _x_server_listens(display: str, sockets: str = "/tmp/.X11-unix") -> bool:
    """A local display (":0", "unix:0.0") has its server's socket, in the folder or in Linux's
    abstract namespace; a remote one ("localhost:10.0", ssh's) is taken on trust."""
    host, _, rest = display.rpartition(":")
    number = rest.split(".")[0]
    if host not in ("", "unix") or not number.isdigit():
        return True
    path = f"{sockets}/X{number}"
    if os.path.exists(path):
        return True
    try:
        with open("/proc/net/unix", encoding="ascii", errors="replace") as table:
            return any(line.rstrip().endswith("@" + path) for line in table)
    except OSError:
        return True


def _apt_install(packages: list[str]) -> bool:
    """apt-get install, quietly; the package lists fetched first if the system has none."""
    import subprocess

    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    install = ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages]
    for attempt in range(2):
        if subprocess.run(install, env=env, capture_output=True).returncode == 0:
            return True
        if attempt == 0:
            subprocess.run(["apt-get", "update", "-qq"], env=env, capture_output=True)
    return False


def _can_install(manager: str | None) -> bool:
    return manager == "apt" and hasattr(os, "geteuid") and os.geteuid() == 0


def check(stage: str = "qt", qt_folder: Path | None = None) -> int:
    """make's check: 0 when everything is there (or was just installed), 2 with one line else."""
    manager = package_manager()
    if stage == "venv":
        return _check_venv(manager)
    installed: list[str] = []
    for _ in range(2):  # twice: fonts can be listed only once fontconfig, a library, is there
        missing, packages, no_font = system_problems(qt_folder)
        wanted = [
            p for p in packages + ([font_package(manager)] if no_font else []) if p not in installed
        ]
        if not wanted:
            break
        if not _can_install(manager) or not _apt_install(wanted):
            what = [f"Qt needs {_listed(missing)}"] if missing else []
            what += ["no font has Chinese characters"] if no_font else []
            print(f"dubao: {'; '.join(what)}: {install_command(wanted, manager)}", file=sys.stderr)
            return 2
        installed += wanted
    missing, _, no_font = system_problems(qt_folder)
    if missing or no_font:
        print(
            f"dubao: still missing after apt-get install {' '.join(installed)}: "
            f"{', '.join(missing) or 'a font with Chinese characters'}",
            file=sys.stderr,
        )
        return 2
    if installed:
        print(f"dubao: installed {' '.join(installed)} (apt-get)")
    return 0


def _listed(libraries: list[str], shown: int = 3) -> str:
    """A few by name: the command after them names every package."""
    if len(libraries) <= shown:
        return ", ".join(libraries)
    return f"{len(libraries)} libraries this system lacks ({', '.join(libraries[:shown])}, …)"


def _check_venv(manager: str | None) -> int:
    problem = venv_problem()
    if problem is None:
        return 0
    message, packages = problem
    if packages and _can_install(manager) and _apt_install(packages):
        print(f"dubao: installed {' '.join(packages)} (apt-get)")
        return 0
    hint = f": {install_command(packages, manager)}" if packages else ""
    print(f"dubao: {message}{hint}", file=sys.stderr)
    return 2


if __name__ == "__main__":  # python -m desktop.system [venv]
    raise SystemExit(check(sys.argv[1]) if len(sys.argv) > 1 else check())
