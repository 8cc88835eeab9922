"""What readers of Pleco, Du Chinese, LingQ and calibre expect (issue 20): copy with pinyin, a
note on a whole article, bookmarks in the margin. Real window, real library, offscreen."""

from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QInputDialog

from desktop.gui.reader.painting import BOOKMARK_COLOR, RIBBON_GAP, RIBBON_WIDTH


def _select(window, text):
    at = window.article["text"].index(text)
    window.view.select_range(at, at + len(text))
    return at


def test_copy_with_pinyin_gives_text_and_ruby(window):
    _select(window, "跨境电商综试区已遍布全国")
    window.commands.copy_pinyin.trigger()
    data = QGuiApplication.clipboard().mimeData()
    assert "(" in data.text() and data.text().replace("(", "").startswith("跨境电商")
    assert "kuàjìng" in data.text()
    assert data.html().startswith("<ruby>") and "<rt>" in data.html()
    window.commands.copy.trigger()
    assert (
        QGuiApplication.clipboard().text() == "跨境电商综试区已遍布全国"
    )  # the plain copy is kept


def test_a_note_on_the_article_shows_at_its_top(window, monkeypatch):
    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", staticmethod(lambda *a, **k: ("核对这些数字", True))
    )
    window.commands.article_note.trigger()
    assert window.library.article_note(window.article_id) == "核对这些数字"
    header = [tl for tl in window.view.text_layout().header if tl.role == "note"]
    assert header and "核对这些数字" in "".join(tl.text for tl in header)
    first = window.article_id
    window.commands.next_article.trigger()
    assert not [tl for tl in window.view.text_layout().header if tl.role == "note"]
    window.open_article(first)
    assert [tl for tl in window.view.text_layout().header if tl.role == "note"]
    monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(lambda *a, **k: ("", True)))
    window.commands.article_note.trigger()
    assert not [tl for tl in window.view.text_layout().header if tl.role == "note"]


def test_bookmarks_are_marked_in_the_margin(window, qtbot):
    view = window.view
    layout = view.text_layout()
    line = layout.lines[3]
    x = int(layout.left - RIBBON_GAP - RIBBON_WIDTH / 2)
    y = int(line.hanzi_baseline - 6)

    def ribbon_there() -> bool:
        return view.grab().toImage().pixelColor(x, y) == QColor(BOOKMARK_COLOR)

    assert not ribbon_there()
    window.view.set_cursor(window.article["tokens"].index_at(line.boxes[0].start))
    window.commands.toggle_bookmark.trigger()
    assert ribbon_there()
    window.commands.toggle_bookmark.trigger()
    assert not ribbon_there()


def test_the_reader_corrects_who_said_a_statement(window, monkeypatch, qtbot):
    st = next(s for s in window.article["statements"] if s["speaker"])
    span = (st["start"], st["end"])
    answers = iter(["李明", "(nobody named)", "(as Dubao read it)"])
    monkeypatch.setattr(
        QInputDialog, "getItem", staticmethod(lambda *a, **k: (next(answers), True))
    )
    panel = window.speakers_panel
    with qtbot.waitSignal(panel.correction_requested) as asked:
        panel.correction_requested.emit(*span)  # as its context menu does
    assert tuple(asked.args) == span

    def speaker_now():
        return next(s for s in window.article["statements"] if (s["start"], s["end"]) == span)

    assert speaker_now()["speaker"] == "李明" and speaker_now()["corrected"]
    assert any("李明" in item.text() for item in window.speakers_panel.speaker_items())
    window.annotations.correct_speaker(*span)
    assert speaker_now()["speaker"] is None
    window.annotations.correct_speaker(*span)
    assert speaker_now()["speaker"] == st["speaker"] and "corrected" not in speaker_now()
    assert window.library.speaker_corrections(window.article_id) == []


def test_only_statement_rows_offer_the_correction(window):
    panel = window.speakers_panel
    person = panel.speaker_items()[0]
    assert panel.statement_at(person.index()) is None
    statement = person.child(0)
    assert panel.statement_at(statement.index()) == statement.data(0x0100)
    assert panel.statement_at(person.parent().index()) is None  # a group heading


def test_a_word_the_dictionary_lacks_shows_its_parts(window):
    from desktop.core import dictionary

    dictionary.load()
    at = window.article["text"].index("跨境电商")
    window.view.select_range(at, at + 4)
    window.commands.look_up.trigger()
    html = window.view.popup.label.text()
    assert window.view.popup.isVisible()
    assert "Not in CC-CEDICT" in html
    for part in ("跨境", "电商", "跨", "境", "电", "商"):
        assert f"<b>{part}</b>" in html
    assert "kuà" in html and "shāng" in html  # each part with its reading here


def test_any_selection_can_be_looked_up_with_space(window, qtbot):
    from PySide6.QtCore import Qt

    from desktop.core import dictionary

    dictionary.load()
    at = window.article["text"].index("综试区")
    window.view.select_range(at, at + 2)  # 综试: part of a word, not a word
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Space)
    html = window.view.popup.label.text()
    assert window.view.popup.isVisible() and "综试" in html and "zōng" in html


def test_a_word_looked_up_shows_its_reading_even_with_pinyin_off(window, qtbot):
    from PySide6.QtCore import Qt

    from desktop.core import dictionary

    dictionary.load()
    window.commands.pinyin_off.trigger()
    at = window.article["text"].index("跨境电商")
    token = window.article["tokens"].index_at(at)
    window.view.show_popup(token)  # what a passing mouse shows: no reading, as the mode says
    assert "kuà" not in window.view.popup.label.text()
    window.view.select_range(at, at + 4)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Space)
    assert "kuà" in window.view.popup.label.text()
