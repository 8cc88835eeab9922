"""Where the project's data files live (the top-level resources/ folder)."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def resource_path(name: str) -> Path:
    return RESOURCES / name
