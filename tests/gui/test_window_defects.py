"""Defects found by trying the window as a new user would (issue 20), each with the test that
failed before its fix. Real window, real library, offscreen."""

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel


def test_f_and_s_step_on_after_the_word_cursor_was_used(window, qtbot):
    window.view.set_cursor(3)
    starts = []
    for _ in range(4):
        window.commands.next_figure.trigger()
        starts.append(window.navigation.last_jump)
    figures = sorted(f["start"] for f in window.article["figures"])
    after = [f for f in figures if f > window.article["tokens"].span(3)[0]]
    assert starts == after[:4]
    window.commands.next_statement.trigger()
    first = window.navigation.last_jump
    window.commands.next_statement.trigger()
    assert window.navigation.last_jump != first


def test_a_jump_and_the_context_menu_take_the_popup_away(window, qtbot):
    window.view.set_cursor(5)
    assert window.view.popup.isVisible()
    window.commands.next_figure.trigger()
    assert not window.view.popup.isVisible()
    window.view.set_cursor(5)
    assert window.view.popup.isVisible()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMenu

    def close_menu():
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        assert not window.view.popup.isVisible()
        menu.close()

    QTimer.singleShot(100, close_menu)
    window.view.customContextMenuRequested.emit(window.view.rect().center())


def test_ctrl_equals_zooms_in_as_browsers_do(window):
    keys = [k.toString() for k in window.commands.zoom_in.shortcuts()]
    assert "Ctrl+=" in keys and QKeySequence(QKeySequence.StandardKey.ZoomIn).toString() in keys
    size = window.settings.font_size
    window.commands.zoom_in.trigger()
    assert window.settings.font_size == size + 2


def test_ctrl_home_and_ctrl_end_go_to_the_ends_of_the_article(window, qtbot):
    bar = window.scroll_area.verticalScrollBar()
    assert window.commands.go_end.shortcut() == QKeySequence(
        QKeySequence.StandardKey.MoveToEndOfDocument
    )
    window.commands.go_end.trigger()
    assert bar.value() == bar.maximum() > 0
    window.commands.go_start.trigger()
    assert bar.value() == 0


def test_preferences_ok_keeps_the_font_the_reader_had(qtbot, settings):
    from desktop.gui.preferences import PreferencesDialog

    assert settings.hanzi_family == ""
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.apply()
    assert settings.hanzi_family == ""  # the box showed its first font; nobody chose it
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    other = dialog.font_box.itemText(dialog.font_box.count() - 1)
    dialog.font_box.setCurrentText(other)
    dialog.apply()
    assert settings.hanzi_family == other


def test_no_label_shows_a_literal_ampersand(qtbot, settings):
    from desktop.gui.preferences import PreferencesDialog

    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    for label in dialog.findChildren(QLabel):
        if "&" in label.text():
            assert label.buddy() is not None, label.text()


def test_the_dark_theme_shows_unchecked_menu_boxes_and_light_icons(window, qtbot):
    from PySide6.QtWidgets import QMenu

    from desktop.gui.theme import contrast

    window.commands.theme_dark.trigger()
    view_menu = window.menus["&View"]
    view_menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitExposed(view_menu)
    action = window.commands.tone_on_characters
    assert action.isCheckable() and not action.isChecked() and action.icon().isNull()
    rect = view_menu.actionGeometry(action)
    picture = view_menu.grab(rect).toImage()
    background = picture.pixelColor(rect.width() - 4, rect.height() // 2)
    box = [picture.pixelColor(x, y) for x in range(2, 24) for y in range(rect.height())]
    assert max(contrast(c, background) for c in box) >= 3.0  # the unchecked box can be seen
    view_menu.close()
    icon = window.commands.zoom_in.icon().pixmap(24, 24).toImage()
    assert max(icon.pixelColor(x, y).lightness() for x in range(24) for y in range(24)) > 160
    window.commands.theme_light.trigger()
    icon = window.commands.zoom_in.icon().pixmap(24, 24).toImage()
    inked = [
        icon.pixelColor(x, y) for x in range(24) for y in range(24) if icon.pixelColor(x, y).alpha()
    ]
    assert min(c.lightness() for c in inked) < 110
    assert all(m.palette().resolveMask() == 0 for m in window.findChildren(QMenu))


def test_search_results_wrap_and_mark_the_match(window, qtbot):
    from desktop.gui.panels.search import HTML_ROLE, marked

    mark = '<span style="background-color: rgba(255, 196, 0, 110); font-weight: bold;">电商</span>'
    assert marked("跨境电商<b>与电商", "电商") == f"跨境{mark}&lt;b&gt;与{mark}"
    window.commands.find_library.trigger()
    panel = window.search_panel
    panel.query.setText("跨境电商")
    panel.run()
    assert panel.results.count() > 3
    item = panel.results.item(0)
    assert "跨境电商" in item.text()
    rich = item.data(HTML_ROLE)
    assert rich.count("font-weight: bold") >= 1 and "— " in rich  # the match, and the article
    panel.results.resize(220, 400)
    one_line = panel.results.fontMetrics().height()
    assert panel.results.visualItemRect(item).height() > 2 * one_line  # wrapped, not clipped
