"""Highlights, notes, tags, bookmarks and search in the window, on a real library file."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.helpers import token_center


def select(window, text):
    at = window.article["text"].index(text)
    window.view.select_range(at, at + len(text))
    return at, at + len(text)


def test_highlight_the_selection_undo_redo(window):
    start, end = select(window, "跨境电商综试区已遍布全国")
    window.commands.highlight_green.trigger()
    (h,) = window.library.highlights(window.article_id)
    assert (h["start"], h["end"], h["color"]) == (start, end, "green")
    assert window.view.highlights == [h]
    assert window.highlights_panel.tree.topLevelItemCount() == 1
    window.commands.undo.trigger()
    assert window.library.highlights() == [] and window.view.highlights == []
    window.commands.redo.trigger()
    assert window.library.highlights() == [h]


def test_shortcuts_one_to_five_are_the_colours(window):
    keys = [
        window.commands["highlight_" + c].shortcut().toString()
        for c in ("yellow", "green", "blue", "pink", "purple")
    ]
    assert keys == ["1", "2", "3", "4", "5"]


def _fill_editor(note, tags, color_index=None):
    def fill():
        editor = QApplication.activeModalWidget()
        editor.note.setPlainText(note)
        editor.tags.setText(tags)
        if color_index is not None:
            editor.color.setCurrentIndex(color_index)
        editor.accept()

    QTimer.singleShot(0, fill)


def test_note_and_tags_editor_and_hover(window):
    select(window, "跨境电商综试区已遍布全国")
    window.commands.highlight_yellow.trigger()
    (h,) = window.library.highlights()
    _fill_editor("<b>注意</b> 数字", "外贸，综试区", color_index=3)
    window.annotations.edit_highlight(h["id"])
    (h2,) = window.library.highlights()
    assert (h2["note"], h2["tags"], h2["color"]) == ("<b>注意</b> 数字", ["外贸", "综试区"], "pink")
    token, _ = token_center(window, "跨境电商综试区已遍布全国")
    window.view.set_cursor(token)
    html = window.view.popup.label.text()
    assert "&lt;b&gt;注意&lt;/b&gt;" in html and "<b>注意</b>" not in html  # shown as text
    assert "#外贸" in html
    window.commands.undo.trigger()
    assert window.library.highlights()[0]["note"] == ""


def test_delete_from_the_dock_and_undo(window, qtbot):
    select(window, "作为一个新生事物")
    window.commands.highlight_blue.trigger()
    select(window, "跨境电商这一产业")
    window.commands.highlight_pink.trigger()
    panel = window.highlights_panel
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)
    assert len(window.library.highlights()) == 1
    window.commands.undo.trigger()
    assert len(window.library.highlights()) == 2


def test_dock_filters_and_whole_library(window):
    window.highlights_dock.raise_()  # on screen: it follows every change at once
    select(window, "作为一个新生事物")
    window.commands.highlight_blue.trigger()
    window.commands.next_article.trigger()
    select(window, window.article["text"][:6])
    window.commands.highlight_yellow.trigger()
    panel = window.highlights_panel
    assert len(panel.visible_ids()) == 1
    panel.whole_library.setChecked(True)
    assert len(panel.visible_ids()) == 2
    panel.color_filter.setCurrentIndex(3)  # blue
    assert len(panel.visible_ids()) == 1
    panel.color_filter.setCurrentIndex(0)
    hid = window.library.highlights()[0]["id"]
    window.library.update_highlight(hid, tags=["政策"])
    window.annotations.highlights_changed()
    assert window.highlights_panel is panel
    panel.tag_filter.setText("政")
    assert panel.visible_ids() == [hid]


def test_clicking_a_highlight_jumps_to_its_article(window, qtbot):
    first = window.article_id
    select(window, "作为一个新生事物")
    window.commands.highlight_blue.trigger()
    window.commands.next_article.trigger()
    window.highlights_panel.whole_library.setChecked(True)
    tree = window.highlights_panel.tree
    tree.setCurrentItem(tree.topLevelItem(0))
    qtbot.keyClick(tree, Qt.Key.Key_Return)  # activates the item, as a click does
    assert window.article_id == first
    qtbot.waitUntil(lambda: window.view.flashed() is not None)


def test_bookmarks_toggle_menu_and_dock(window, qtbot):
    token, _ = token_center(window, "王馨")
    window.view.set_cursor(token)
    window.commands.toggle_bookmark.trigger()
    (b,) = window.library.bookmarks()
    assert b["offset"] == window.article["tokens"].span(token)[0] and b["label"].startswith("王馨")
    assert window.bookmarks_panel.list.count() == 1
    assert any("王馨" in act.text() for act in window.bookmarks_menu.actions())
    first = window.article_id
    window.commands.next_article.trigger()
    window.bookmarks_panel.bookmark_activated.emit(b["article_id"], b["offset"])
    assert window.article_id == first
    window.view.set_cursor(token)
    window.commands.toggle_bookmark.trigger()
    assert window.library.bookmarks() == []


def test_search_in_article_and_library(window):
    window.commands.find.trigger()
    panel = window.search_panel
    assert not panel.whole_library.isChecked()
    panel.query.setText("王馨")
    panel.run()
    assert panel.results.count() == window.article["text"].count("王馨")
    panel.whole_library.setChecked(True)
    panel.query.setText("微短剧")
    panel.run()
    assert panel.results.count() > 0
    item = panel.results.item(0)
    article_id, start, end = item.data(0x0100)
    panel.result_activated.emit(article_id, start, end)
    assert window.article_id == article_id and "微短剧" in window.article["text"]
    panel.query.setText('") OR 1=1 --')
    panel.run()
    assert panel.results.count() == 0


def test_export_dialog_choices_and_export(window, tmp_path):
    from desktop.gui.export_dialog import ExportDialog

    dialog = ExportDialog(True, window)
    assert dialog.choice() == ("markdown", True)
    dialog.what.setCurrentIndex(1)
    assert dialog.choice() == ("figures-csv", True) and not dialog.format.isEnabled()
    dialog.everything.setChecked(True)
    assert dialog.choice() == ("figures-csv", False)
    out = tmp_path / "figures.csv"
    window.files.export_to("figures-csv", str(out), [window.article_id])
    assert out.exists() and "Exported" in window.status_label.text()
    window.files.export_to("markdown", str(tmp_path / "no" / "x.md"), None)
    dialogs = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert dialogs and "no such folder" in dialogs[0].text()
    dialogs[0].accept()


def test_paste_as_new_document(window, qtbot):
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().setText(
        "央企重组提速\n\n记者 李明\n\n国务院国资委表示，将推进2家央企重组。\n"
    )
    # the import's child at the usual priority: niced, it waited up to 16 s behind the suite's
    # other processes (test_reader's import in the background keeps the lower priority)
    window.files.imports.lower_priority = False
    with qtbot.waitSignal(window.import_finished, timeout=60000) as done:
        window.commands.paste_document.trigger()
    (aid,) = done.args[0]
    assert window.article_id == aid and window.article["title"] == "央企重组提速"
    assert (window.library.path.parent / "pasted").is_dir()


def test_word_status_keys_popup_and_undo(window, qtbot):
    token, _ = token_center(window, "经济一体化")
    window.view.set_cursor(token)
    word = window.view.word_at_cursor()
    assert word == "经济"
    window.commands.mark_known.trigger()
    assert window.library.word_statuses()[word] == "known"
    assert "known" in window.view.popup.label.text() and "HSK 4" in window.view.popup.label.text()
    window.commands.mark_known.trigger()  # the same key again: new
    assert word not in window.library.word_statuses()
    window.commands.mark_learning.trigger()
    assert window.library.word_statuses()[word] == "learning"
    window.commands.undo.trigger()
    assert word not in window.library.word_statuses()


def test_unknown_and_hsk_layers(window):
    from tests.helpers import grab_view as _grab

    plain = _grab(window)
    window.commands.show_unknown.trigger()
    marked = _grab(window)
    assert marked != plain
    window.commands.mark_article_known.trigger()
    assert _grab(window) == plain  # nothing left to mark
    assert window.library.coverage(window.article_id) == 1
    window.commands.show_hsk.trigger()
    assert _grab(window) != plain
    window.commands.undo.trigger()
    assert window.library.coverage(window.article_id) == 0


def test_vocabulary_dock(window, qtmodeltester):
    window.vocabulary_dock.show()
    window.vocabulary_dock.raise_()
    QApplication.processEvents()
    panel = window.vocabulary_panel
    qtmodeltester.check(panel.model)
    assert panel.model.rowCount() > 100
    counts = [int(panel.proxy.index(r, 1).data()) for r in range(panel.proxy.rowCount())]
    assert counts == sorted(counts, reverse=True)  # the most frequent words first
    assert "0%" in panel.coverage.text()
    panel.search.setText("综试")
    assert all("综试" in panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount()))
    panel.mark_all_known.emit()
    assert "100%" in panel.coverage.text()


def test_correct_a_reading_and_undo_it(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    window.open_article(window.library.articles()[3]["id"])
    token, _ = token_center(window, "质朴")
    window.view.set_cursor(token)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("zhi4 piao2", True)))
    window.commands.correct_reading.trigger()
    token, _ = token_center(window, "质朴")
    assert window.article["tokens"].pinyin(token) == ["zhì", "piáo"]
    assert "质朴 is now read zhì piáo" in window.status_label.text()
    window.commands.show_corrections.trigger()
    dialog = window.learning.corrections_dialog
    assert dialog.list.count() == 1
    dialog.list.setCurrentRow(0)
    dialog.remove_button.click()
    token, _ = token_center(window, "质朴")
    assert window.article["tokens"].pinyin(token) == ["zhì", "pǔ"] and dialog.list.count() == 0
    assert "zhì piáo" not in window.status_label.text()  # the message of the correction is gone
    dialog.close()


def test_vocabulary_export_from_the_window(window, tmp_path):
    from desktop.gui.export_dialog import ExportDialog

    dialog = ExportDialog(True, window)
    dialog.what.setCurrentIndex(3)
    assert dialog.choice() == ("vocab-anki", True)
    dialog.format.setCurrentIndex(1)
    assert dialog.choice() == ("vocab-csv", True)
    window.library.set_word_status("经济", "learning")
    out = tmp_path / "v.csv"
    window.files.export_to("vocab-csv", str(out), None)
    assert "经济" in out.read_text(encoding="utf-8-sig")


def test_hsk_level_menu(window):
    words = window.menus["&Words"]
    submenus = {a.text(): a.menu() for a in words.actions() if a.menu()}
    level = next(a for a in submenus["My HSK &level"].actions() if a.text() == "HSK 2")
    edition = next(a for a in submenus["HSK &edition"].actions() if a.text() == "HSK 2.0")
    level.trigger()
    edition.trigger()
    assert (window.settings.hsk_level, window.settings.hsk_edition) == (2, "2.0")
    assert window.view.options.hsk_level == 2


def test_a_dock_behind_a_tab_is_built_and_filled_when_first_seen(window, qtbot):
    assert not window.figures_dock.is_built() and not window.vocabulary_dock.is_built()
    rows = lambda: window.figures_dock.widget().model.rowCount()  # noqa: E731 (reads, never fills)
    window.figures_dock.raise_()
    qtbot.waitUntil(window.figures_dock.is_built)
    first, first_count = window.article_id, len(window.article["figures"])
    assert rows() == first_count
    window.commands.next_article.trigger()  # on screen: filled on the next turn of the event loop
    second_count = len(window.article["figures"])
    assert second_count != first_count
    qtbot.waitUntil(lambda: rows() == second_count)
    window.speakers_dock.raise_()
    window.commands.previous_article.trigger()
    assert window.article_id == first
    qtbot.wait(50)
    assert rows() == second_count  # behind its tab, the panel waits…
    assert (
        window.figures_panel.model.rowCount() == first_count
    )  # …and is right the moment it is asked for
