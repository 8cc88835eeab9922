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
