"""Print and PDF: articles laid out for the page with their pinyin above, page after page."""

import re
from itertools import pairwise

from desktop.gui.printing import pages_of, pdf_printer, render
from desktop.gui.theme import make_theme
from tests.helpers import when_modal


def _pdf_pages(path) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", path.read_bytes()))


def test_a_pdf_of_every_article_of_the_page(window, qtbot, tmp_path, monkeypatch):
    out = tmp_path / "page.pdf"
    import desktop.gui.file_dialogs as dialogs

    monkeypatch.setattr(dialogs, "save_file_name", lambda *a, **k: str(out))

    from desktop.gui.printing import ScopeDialog

    def whole_page(scope):
        scope.document.setChecked(True)
        scope.accept()

    when_modal(whole_page, ScopeDialog)
    window.commands.export_pdf.trigger()
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and _pdf_pages(out) >= 5  # five articles, each on a new page
    assert "Saved" in window.status_label.text()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".dubao-pdf-")]


def test_pages_break_between_lines_and_every_line_is_printed(window, tmp_path):
    view = window.view
    layout = view.text_layout()
    pages = pages_of(layout, 400)
    assert pages[0][0] == 0 and len(pages) > 3
    for (_, bottom), (next_top, _) in pairwise(pages):
        assert bottom <= next_top
    for top, bottom in pages:
        lines = sum(1 for ln in layout.lines if top <= ln.top < bottom)
        assert bottom - top <= 400 or lines == 1  # a page overflows only for a line taller than it
    for line in layout.lines:
        inside = [p for p in pages if p[0] <= line.top and line.top + line.height <= p[1]]
        assert len(inside) == 1  # no line cut in two


def test_printing_with_pinyin_above_makes_more_pages_than_without(window, tmp_path):
    article = window.article
    options = window.view.options
    counts = {}
    for mode in ("above", "off"):
        printer = pdf_printer(str(tmp_path / f"{mode}.pdf"))
        counts[mode] = render(
            printer,
            [(article, [], "")],
            window.view.fonts(),
            options._replace(pinyin_mode=mode),
            make_theme("light"),
            {},
        )
    assert counts["above"] > counts["off"] >= 1


def test_a_pdf_of_the_articles_ticked(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.gui.printing import ScopeDialog

    out = tmp_path / "ticked.pdf"
    import desktop.gui.file_dialogs as dialogs

    monkeypatch.setattr(dialogs, "save_file_name", lambda *a, **k: str(out))
    seen = {}

    def two_of_them(scope):
        scope.chosen.setChecked(True)
        items = [scope.list.item(i) for i in range(scope.list.count())]
        for item in items:
            item.setCheckState(Qt.CheckState.Unchecked)
        ok = scope.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen["nothing ticked, OK enabled"] = ok.isEnabled()
        items[1].setCheckState(Qt.CheckState.Checked)
        items[3].setCheckState(Qt.CheckState.Checked)
        seen["ids"] = scope.article_ids()
        ok.click()

    when_modal(two_of_them, ScopeDialog)
    window.commands.export_pdf.trigger()
    ids = [a["id"] for a in window.library.articles()]
    assert seen == {"nothing ticked, OK enabled": False, "ids": [ids[1], ids[3]]}
    one = tmp_path / "one.pdf"
    monkeypatch.setattr(dialogs, "save_file_name", lambda *a, **k: str(one))
    when_modal(lambda scope: scope.accept(), ScopeDialog)  # this article alone
    window.commands.export_pdf.trigger()
    assert _pdf_pages(out) > _pdf_pages(one) >= 1
