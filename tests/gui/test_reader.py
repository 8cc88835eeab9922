"""The reader window driven as a person would: pytest-qt, offscreen, real widgets."""

import subprocess
import sys

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from desktop.core import dictionary
from desktop.gui.panels.figures import FiguresModel
from desktop.gui.theme import SPEAKER_COLORS
from tests.conftest import ROOT, SAMPLE, SECOND_PAGE
from tests.helpers import grab_view, scroll_to_token, store_page, token_center


def test_title_and_panels(window, library):
    article = window.article
    assert window.windowTitle() == f"读报 Dubao — {article['title']}"
    assert window.figures_panel.model.rowCount() == len(article["figures"])
    rows = window.speakers_panel.speaker_items()
    assert len(rows) == len(article["speakers"])
    # each speaker in the colour the reading view gives it: its place in the article's list
    colors = {
        sp["name"]: SPEAKER_COLORS[i % len(SPEAKER_COLORS)]
        for i, sp in enumerate(article["speakers"])
    }
    assert {row.text().split()[0]: row.foreground().color().name() for row in rows} == colors
    assert window.library_panel.model.rowCount() == 1  # one document …
    assert window.library_panel.model.item(0).rowCount() == 5  # … of five articles


def test_hover_shows_pinyin_and_definition(window, qtbot):
    dictionary.load()
    token, point = token_center(window, "跨境电商", 1)
    scroll_to_token(window, token)
    qtbot.mouseMove(window.view, QPoint(1, 1))  # from elsewhere, so that the move is a move
    qtbot.mouseMove(window.view, point)
    qtbot.waitUntil(lambda: window.view.popup.isVisible())
    html = window.view.popup.label.text()
    assert "kuà" in html and "jìng" in html
    assert "cross-border" in html


def test_hover_over_a_figure_shows_its_value(window, qtbot):
    token, _point = token_center(window, "2.63万亿元")
    window.view.set_cursor(token)
    html = window.view.popup.label.text()
    assert "2,630,000,000,000 元" in html and "money" in html


def test_hover_over_a_speaker(window, qtbot):
    token, _ = token_center(window, "王馨")
    window.view.set_cursor(token)
    html = window.view.popup.label.text()
    assert "深圳市跨境电子商务协会会长" in html and "5" in html


def test_pinyin_modes(window, qtbot):
    hover = grab_view(window)
    window.commands.pinyin_above.trigger()
    assert window.settings.pinyin_mode == "above"
    above = grab_view(window)
    assert above != hover and above.height() > hover.height()  # lines make room for the pinyin
    window.commands.pinyin_off.trigger()
    assert grab_view(window) == hover  # neither draws pinyin in the text …
    token, _ = token_center(window, "跨境电商")
    window.view.set_cursor(token)
    assert "kuà" not in window.view.popup.label.text()  # … and off keeps it out of the popup too
    window.commands.pinyin_hover.trigger()
    window.view.set_cursor(token)
    assert "kuà" in window.view.popup.label.text()


def test_themes_render_differently(window):
    window.commands.theme_light.trigger()
    light = grab_view(window)
    window.commands.theme_dark.trigger()
    dark = grab_view(window)
    assert light != dark
    assert (
        QImage.pixelColor(dark, 5, 5).lightness() < 80 < QImage.pixelColor(light, 5, 5).lightness()
    )
    assert window.settings.theme == "dark"
    window.commands.theme_light.trigger()  # back to light: the palette the window started with
    assert grab_view(window) == light


def test_layers_switch(window):
    window.commands.pinyin_above.trigger()  # tone colours show on the pinyin
    for name in ("show_words", "tone_colors", "show_figures", "show_speakers"):
        before = grab_view(window)
        window.commands[name].trigger()
        assert grab_view(window) != before, name


def test_selection_copies_characters_only(window, qtbot):
    window.commands.pinyin_above.trigger()
    view = window.view
    token, start = token_center(window, "作为一个")
    _, end = token_center(window, "新生事物")
    qtbot.mousePress(
        view, Qt.MouseButton.LeftButton, pos=start - QPoint(view.token_rect(token).width() // 2, 0)
    )
    qtbot.mouseMove(view, end)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=end)
    assert window.commands.copy.isEnabled()
    assert view.copy_selection()
    from PySide6.QtGui import QGuiApplication

    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("作为一个") and all(c not in copied for c in "āáǎà")


def test_speaker_click_scrolls_and_flashes(window, qtbot):
    window.open_article(window.library.articles()[3]["id"])
    tree = window.speakers_panel.tree
    last = window.speakers_panel.speaker_items()[-1].child(0)
    bar = window.scroll_area.verticalScrollBar()
    bar.setValue(0)
    tree.scrollTo(last.index())
    rect = tree.visualRect(last.index())
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 10, rect.center().y())
    )
    assert bar.value() > 0
    assert window.view.flashed() is not None


def test_keyboard_word_cursor_and_navigation(window, qtbot):
    view = window.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    first = view.cursor_token()
    assert first >= 0 and view.popup.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_N)
    second = view.cursor_token()
    assert second > first
    qtbot.keyClick(view, Qt.Key.Key_B)
    assert view.cursor_token() == first
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.cursor_token() > second
    titles = []
    window.article_opened.connect(lambda i: titles.append(i))
    window.commands.next_article.trigger()
    window.commands.next_article.trigger()
    window.commands.previous_article.trigger()
    assert len(titles) == 3 and titles[0] == titles[2]


def test_next_figure_and_statement(window):
    window.commands.next_figure.trigger()
    first = window.view.flashed()
    assert first == (window.article["figures"][0]["start"], window.article["figures"][0]["end"])
    window.commands.next_figure.trigger()
    assert window.view.flashed()[0] > first[0]
    window.commands.next_statement.trigger()
    assert window.view.flashed()[0] in {s["start"] for s in window.article["statements"]}


def test_zoom(window):
    size = window.settings.font_size
    window.commands.zoom_in.trigger()
    assert window.settings.font_size == size + 2
    window.commands.zoom_reset.trigger()
    assert window.settings.font_size == 18


def test_figures_table_sorts_and_copies(window, qtbot, qtmodeltester):
    model = window.figures_panel.model
    qtmodeltester.check(model)
    qtmodeltester.check(window.library_panel.model)
    table = window.figures_panel.table
    table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    top = window.figures_panel.proxy.index(0, 0).data()
    assert top == "2.63万亿元"
    window.figures_panel.copy_csv()
    from PySide6.QtGui import QGuiApplication

    csv_text = QGuiApplication.clipboard().text()
    assert csv_text.splitlines()[0] == "text,kind,value,unit,context"
    assert len(csv_text.strip().splitlines()) == model.rowCount() + 1


def test_model_on_empty_article(qtmodeltester):
    model = FiguresModel()
    qtmodeltester.check(model)


def test_binary_file_gets_a_dialog_and_the_window_keeps_working(window, qtbot, tmp_path):
    png = tmp_path / "picture.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with qtbot.waitSignal(window.import_failed, timeout=20000):
        window.open_files([str(png)])
    dialogs = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert dialogs and "PNG" in dialogs[0].text()
    dialogs[0].accept()
    assert len(window.library.articles()) == 5
    window.commands.next_article.trigger()
    assert window.article is not None


def test_import_in_the_background_with_progress(window, qtbot, tmp_path):
    page = tmp_path / "another.txt"  # two articles: the niced child reads them in a moment
    page.write_bytes(SECOND_PAGE.read_bytes())
    progress = []
    window.files.imports.progressed.connect(lambda d, t: progress.append((d, t)))
    with qtbot.waitSignal(window.import_finished, timeout=60000) as done:
        window.open_files([str(page)])
    assert progress == [(1, 2), (2, 2)]
    assert len(done.args[0]) == 2
    assert window.article_id == done.args[0][0]
    assert str(page) in window.settings.recent_files
    assert window.library_panel.model.rowCount() == 2


def test_cancelled_import_leaves_the_library_as_it_was(window, qtbot, tmp_path):
    page = tmp_path / "big.txt"
    page.write_text(SAMPLE.read_text(encoding="utf-8") * 40, encoding="utf-8")
    before = window.library.articles()
    window.open_files([str(page)])
    window.cancel_button.click()
    qtbot.waitUntil(lambda: not window.files.imports.busy, timeout=60000)
    assert window.library.articles() == before


def test_settings_and_place_are_remembered(qtbot, library, settings, tmp_path):
    from desktop.gui.main_window import MainWindow

    ids = store_page(library)
    first = MainWindow(library, settings)
    qtbot.addWidget(first)
    first.resize(1200, 800)
    first.show()
    first.commands.pinyin_above.trigger()
    first.open_article(ids[1])
    qtbot.wait(50)
    first.scroll_area.verticalScrollBar().setValue(600)
    first.close()
    assert library.position(ids[1]) > 0
    second = MainWindow(library, settings)
    qtbot.addWidget(second)
    assert second.commands.pinyin_above.isChecked()
    assert settings.last_article == ids[1]
    assert not settings.geometry.isEmpty()


def test_screenshot_option(tmp_path):
    out = tmp_path / "shot.png"
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "DUBAO_CONFIG": str(tmp_path / "s.ini"),
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "TMPDIR": str(scratch),
    }
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "--screenshot",
            str(out),
            "--pinyin",
            "above",
            "--theme",
            "dark",
            "--library",
            str(tmp_path / "l.db"),
            "seeds/",  # a folder, as `make run` gives the window
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=180,
    )
    assert run.returncode == 0, run.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1400, 900)
    assert image.pixelColor(700, 450).lightness() < 120  # the dark theme
    assert not list(scratch.glob("dubao-*"))  # the scratch settings went with the process


def test_screenshot_of_a_bad_file_fails_cleanly(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "DUBAO_CONFIG": str(tmp_path / "s.ini"),
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "TMPDIR": str(scratch),
    }
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "--screenshot",
            str(tmp_path / "x.png"),
            "--library",
            str(tmp_path / "l.db"),
            str(bad),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=180,
    )
    assert run.returncode == 2 and "empty" in run.stderr and "Traceback" not in run.stderr
    assert not list(scratch.glob("dubao-*"))


def test_traditional_display_keeps_offsets(window):
    simplified = grab_view(window)
    window.commands.traditional.trigger()
    assert window.settings.traditional
    view = window.view
    assert len(view.display["text"]) == len(window.article["text"])
    assert "綜試區" in view.display["text"] and "综试区" in window.article["text"]
    assert view.display["title"].startswith("跨境電商")
    assert grab_view(window) != simplified
    at = window.article["text"].index("各地跨境电商")
    view.select_range(at, at + 6)
    assert view.selected_text() == "各地跨境電商"
    token, _ = token_center(window, "跨境电商")
    view.set_cursor(token)
    assert "跨境電商" in view.popup.label.text() and "(跨境电商)" in view.popup.label.text()


def test_screenshot_changes_neither_settings_nor_library(tmp_path):
    settings_file = tmp_path / "s.ini"
    settings_file.write_text("[General]\npinyin_mode=hover\n", encoding="utf-8")
    library = tmp_path / "l.db"
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "DUBAO_CONFIG": str(settings_file),
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
    }
    args = [sys.executable, "-m", "desktop", "--library", str(library), "--pinyin", "above"]
    first = subprocess.run(
        [*args, "--screenshot", str(tmp_path / "a.png"), str(SECOND_PAGE)],  # short: read fast
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=180,
    )
    assert first.returncode == 0, first.stderr
    settings_before, library_before = settings_file.read_bytes(), library.read_bytes()
    again = subprocess.run(
        [*args, "--screenshot", str(tmp_path / "b.png")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=180,
    )
    assert again.returncode == 0, again.stderr
    assert (
        settings_file.read_bytes() == settings_before
        and "pinyin_mode=hover" in settings_file.read_text()
    )
    assert library.read_bytes() == library_before


def test_the_place_in_an_article_left_is_kept_just_after(window, qtbot):
    first = window.article_id
    window.scroll_area.verticalScrollBar().setValue(500)
    window.commands.next_article.trigger()  # at once: no event has run since the scroll
    assert window.library.position(first) == 0  # opening the next article waits for no commit…
    qtbot.waitUntil(lambda: window.library.position(first) > 0, timeout=3000)  # …the place follows


def test_a_fresh_analysis_shows_in_traditional_characters_too(window, sample_articles):
    window.commands.traditional.trigger()  # the view is also handed analyses that are not stored
    article = sample_articles[0].to_json()
    window.view.set_article(article)
    shown = window.view.display["text"]
    assert len(shown) == len(article["text"]) and shown != article["text"] and "電商" in shown
