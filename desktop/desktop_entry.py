"""The reader in the Linux desktop's menus, opening .txt, .html and .epub files from a file manager.

`dubao-desktop-entry` (and `make install-desktop`) writes resources/dubao.desktop into the user's
applications folder, with its Exec line pointing at this installation's `dubao` (a venv or pipx
folder is seldom on the PATH the desktop starts programs with), and the icon's PNG renditions
into the hicolor theme. Nothing needs root; `--remove` takes it all away again.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

from desktop.resources import resource_path

ENTRY = "dubao.desktop"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def dubao_command() -> list[str]:
    """How this installation is started: its `dubao` script beside the interpreter, else the
    interpreter running the package."""
    script = Path(sys.executable).with_name("dubao.exe" if os.name == "nt" else "dubao")
    if script.is_file():
        return [str(script)]
    return [sys.executable, "-m", "desktop"]


def _quoted(argument: str) -> str:
    """An Exec argument as the desktop entry specification quotes it."""
    if not any(c in argument for c in " \t\n\"'\\><~|&;$*?#()`"):
        return argument
    escaped = (
        argument.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    )
    return f'"{escaped}"'


def entry_text(command: list[str]) -> str:
    """resources/dubao.desktop with Exec and TryExec pointing at `command`."""
    exec_line = " ".join(_quoted(a) for a in command).replace("%", "%%")
    lines = []
    for line in resource_path(ENTRY).read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = f"Exec={exec_line} %F"
        elif line.startswith("TryExec="):
            line = f"TryExec={command[0]}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def installed_files(home: Path) -> list[Path]:
    icons = [home / "icons" / "hicolor" / f"{n}x{n}" / "apps" / "dubao.png" for n in ICON_SIZES]
    return [home / "applications" / ENTRY, *icons]


def install(home: Path, command: list[str]) -> list[Path]:
    entry, *icons = installed_files(home)
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text(entry_text(command), encoding="utf-8")
    for size, target in zip(ICON_SIZES, icons):
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(resource_path(f"icons/png/dubao-{size}.png"), target)
    _refresh(home)
    return [entry, *icons]


def remove(home: Path) -> list[Path]:
    gone = [f for f in installed_files(home) if f.exists()]
    for f in gone:
        f.unlink()
    _refresh(home)
    return gone


def _refresh(home: Path) -> None:
    """The desktop's caches of MIME handlers and icons, where it keeps them (optional tools)."""
    for tool, args in (
        ("update-desktop-database", ["-q", str(home / "applications")]),
        ("gtk-update-icon-cache", ["-q", "-t", "-f", str(home / "icons" / "hicolor")]),
    ):
        if shutil.which(tool) and Path(args[-1]).exists():
            subprocess.run([tool, *args], capture_output=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="dubao-desktop-entry", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--data-home",
        type=Path,
        default=None,
        help="where applications/ and icons/ are (default: $XDG_DATA_HOME or ~/.local/share)",
    )
    parser.add_argument("--remove", action="store_true", help="remove the entry and its icons")
    args = parser.parse_args(argv)
    home = args.data_home or data_home()
    if args.remove:
        print(f"dubao: removed {len(remove(home))} files from {home}")
        return 0
    entry = install(home, dubao_command())[0]
    print(f"dubao: {entry} installed: Dubao is in the menus and opens .txt, .html and .epub files")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
