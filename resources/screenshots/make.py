"""Draw the README's pictures from the real window:
`.venv/bin/python resources/screenshots/make.py`.

Each picture gets a new library and settings in a temporary folder, so nothing of yours is read
or changed. Run it after a change to the window."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SAMPLE = ROOT / "seeds" / "000_8ebea2dcc62a3401.txt"


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="dubao-pictures-") as folder:
        return draw(Path(folder))


def draw(folder: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["DUBAO_CONFIG"] = str(folder / "settings.ini")
    sys.path.insert(0, str(ROOT))
    from desktop.gui.app import make_app, window_picture
    from desktop.gui.main_window import MainWindow
    from desktop.gui.settings import Settings
    from desktop.store import Library

    app = make_app()

    def picture(name: str, *, theme: str, pinyin: str, prepare=None) -> None:
        library = Library(folder / f"{name}.db")
        ids = library.import_file(SAMPLE)
        settings = Settings(folder / f"{name}.ini")
        settings.theme, settings.pinyin_mode = theme, pinyin
        window = MainWindow(library, settings)
        window.keeps_place = False
        window.resize(1400, 900)
        window.show()
        window.open_article(ids[0])
        for _ in range(3):
            app.processEvents()
        if prepare:
            prepare(window, library)
            for _ in range(3):
                app.processEvents()
        window_picture(window).save(str(HERE / f"{name}.png"))
        window.close()
        library.close()
        settings.sync()  # now, while the folder is there
        print(HERE / f"{name}.png")

    def hover(window, library) -> None:
        from desktop.core import dictionary

        dictionary.load()
        window.view.set_cursor(
            window.article["tokens"].index_at(window.article["text"].find("跨境电商"))
        )

    def highlights(window, library) -> None:
        text = window.article["text"]
        for phrase, color, note, tags in (
            ("跨境电商已成为国际贸易的重要增长极", "green", "", []),
            ("我国跨境电商进出口已达2.63万亿元", "yellow", "海关总署数据：同比增长10.8%", ["外贸"]),
        ):
            at = text.find(phrase)
            if at >= 0:
                library.add_highlight(window.article_id, at, at + len(phrase), color, note, tags)
        window.annotations.highlights_changed()
        window.highlights_dock.raise_()
        window.navigation.jump_to(
            *next((h["start"], h["end"]) for h in library.highlights(window.article_id))
        )

    def look_up(window, library) -> None:
        """A note on the article, a bookmark in the margin, and the popup for a selection
        CC-CEDICT has no entry for: the word with its parts."""
        from desktop.core import dictionary

        dictionary.load()
        text = window.article["text"]
        library.set_article_note(window.article_id, "十年数据：对比 2015 年与 2024 年的规模。")
        library.add_bookmark(window.article_id, text.find("作为一个新生事物"))
        window.view.set_note(library.article_note(window.article_id))
        window.annotations.bookmarks_changed()
        at = text.find("跨境电商产业")
        window.view.select_range(at, at + len("跨境电商产业"))
        window.view.look_up()

    picture("pinyin-above", theme="light", pinyin="above")
    picture("look-up", theme="light", pinyin="off", prepare=look_up)
    picture("hover-popup", theme="light", pinyin="hover", prepare=hover)
    picture("highlights-dark", theme="dark", pinyin="above", prepare=highlights)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
