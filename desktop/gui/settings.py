"""The one settings wrapper: typed keys over QSettings (an INI file).

`DUBAO_CONFIG` or the `path` argument choose the file, so that tests and screenshots never
touch the user's own settings."""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QByteArray, QSettings


class _Key:
    def __init__(self, kind: type, default: Any, choices: tuple = ()):
        self.kind, self.default, self.choices = kind, default, choices

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj: Settings, owner=None):
        if obj is None:
            return self
        raw = obj.qsettings.value(self.name, self.default)
        value = _coerce(raw, self.kind, self.default)
        if self.choices and value not in self.choices:
            return self.default
        return value

    def __set__(self, obj: Settings, value):
        obj.qsettings.setValue(self.name, value)


def _coerce(raw, kind, default):
    if raw is None:
        return default
    try:
        if kind is bool:
            return raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1", "yes")
        if kind is list:
            return (
                []
                if raw in ("", None)
                else list(raw)
                if isinstance(raw, (list, tuple))
                else [str(raw)]
            )
        if kind is QByteArray:
            return raw if isinstance(raw, QByteArray) else QByteArray()
        return kind(raw)
    except (TypeError, ValueError):
        return default


PINYIN_MODES = ("hover", "above", "off")
THEMES = ("system", "light", "dark")


class Settings:
    pinyin_mode = _Key(str, "hover", PINYIN_MODES)
    theme = _Key(str, "system", THEMES)
    show_words = _Key(bool, True)
    tone_colors = _Key(bool, True)
    tone_on_characters = _Key(bool, False)
    show_figures = _Key(bool, True)
    show_speakers = _Key(bool, True)
    traditional = _Key(bool, False)
    tone_scheme = _Key(str, "zhongwen", ("zhongwen", "pleco", "mono"))
    hanzi_family = _Key(str, "")
    language = _Key(str, "system", ("system", "en", "zh_CN"))
    library_path = _Key(str, "")
    show_unknown = _Key(bool, False)
    show_hsk = _Key(bool, False)
    hsk_level = _Key(int, 4)
    hsk_edition = _Key(str, "3.0", ("3.0", "3.0-2021", "2.0"))
    font_size = _Key(int, 18)
    geometry = _Key(QByteArray, QByteArray())
    window_state = _Key(QByteArray, QByteArray())
    last_article = _Key(int, 0)
    recent_files = _Key(list, [])
    backup_daily = _Key(int, 7)  # rolling backups kept: the newest of each of the last N days
    backup_weekly = _Key(int, 4)  # ... and of each of the last N weeks

    MAX_RECENT = 10

    def __init__(self, path: str | os.PathLike | None = None):
        path = path or os.environ.get("DUBAO_CONFIG")
        if path:
            self.qsettings = QSettings(str(path), QSettings.Format.IniFormat)
        else:
            self.qsettings = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, "dubao", "dubao"
            )

    def add_recent(self, path: str) -> None:
        files = [p for p in self.recent_files if p != path]
        self.recent_files = [path, *files][: self.MAX_RECENT]

    def sync(self) -> None:
        self.qsettings.sync()
