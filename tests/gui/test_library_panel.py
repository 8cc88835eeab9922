"""The library list: documents and their articles, built again only where they changed."""

from desktop.gui.panels.library import LibraryPanel
from tests.helpers import store_page


def _titles(panel: LibraryPanel) -> list[str]:
    model = panel.model
    return [
        model.item(r).text() + ":" + model.item(r).child(c).text().split("\n")[0]
        for r in range(model.rowCount())
        for c in range(model.item(r).rowCount())
    ]


def test_a_new_document_is_added_and_the_others_kept(qtbot, library, tmp_path):
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    first = store_page(library)
    panel.set_articles(library.articles())
    kept = panel.model.item(0)
    other = tmp_path / "other.txt"
    other.write_text(
        "新华社北京6月2日电\n\n央企重组稳步推进\n\n国务院国资委表示，将稳步推进央企重组。\n",
        encoding="utf-8",
    )
    second = library.import_file(other)
    panel.set_articles(library.articles())
    assert panel.model.rowCount() == 2 and panel.model.item(0) is kept
    assert panel.article_ids() == first + second
    assert all(panel.view.isExpanded(panel.model.item(r).index()) for r in range(2))


def test_a_changed_document_is_rebuilt_in_its_place(qtbot, library, tmp_path):
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    page = tmp_path / "page.txt"
    page.write_text("标题一\n\n第一篇文章的内容。\n", encoding="utf-8")
    library.import_file(page)
    store_page(library)
    panel.set_articles(library.articles())
    sample_item = panel.model.item(1)
    page_item = panel.model.item(0)
    page.write_text("标题二\n\n改过的内容。\n", encoding="utf-8")
    library.import_file(page)
    panel.set_articles(library.articles())
    assert panel.model.item(1) is sample_item  # untouched
    assert panel.model.item(0) is not page_item and _titles(panel)[0].startswith("page.txt:")
    assert [a["id"] for a in library.articles()] == panel.article_ids()
    panel.set_articles([a for a in library.articles() if a["document_id"] != 1])
    assert panel.model.rowCount() == 1 and panel.model.item(0) is sample_item


def _article(**extra):
    row = {
        "id": 1,
        "document_id": 1,
        "source_path": "/x/page.txt",
        "title": "从“野蛮生长”到“精耕细作” 我国微短剧行业迎来规范发展",
        "byline": [],
        "figure_count": 3,
        "speaker_count": 2,
        "chars": 900,
        "read": 0.0,
        "opened": False,
    }
    row.update(extra)
    return row


def _painted(panel) -> str:
    """What the delegate draws under the title, and whether the title is bold."""
    index = panel.model.item(0).child(0).index()
    return panel.delegate.detail(index)


def test_an_article_without_a_byline_still_shows_its_counts(qtbot):
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.set_articles([_article()])
    assert _painted(panel) == "3 figures · 2 people"
    panel.set_articles([_article(byline=["程丹", "江楠"])])
    assert _painted(panel) == "程丹、江楠 · 3 figures · 2 people"
    panel.resize(180, 200)
    panel.show()
    qtbot.waitExposed(panel)
    picture = panel.view.viewport().grab().toImage()
    row = panel.view.visualRect(panel.model.item(0).child(0).index())
    second_line = [
        picture.pixelColor(x, y).lightness()
        for x in range(row.left(), row.right())
        for y in range(row.center().y() + 2, row.bottom())
    ]
    assert min(second_line) < 200  # ink on the second line: it is drawn


def test_reading_shows_as_progress_and_unread_is_bold(qtbot):
    from desktop.gui.panels.library import OPENED_ROLE

    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.set_articles([_article()])
    item = panel.model.item(0).child(0)
    assert not item.data(OPENED_ROLE) and "read" not in _painted(panel)
    panel.set_articles([_article(read=0.42, opened=True)])
    assert panel.model.item(0).child(0) is item  # progress changes the row in place
    assert _painted(panel).endswith("42% read")


def test_the_window_keeps_progress_as_the_reader_scrolls(window, qtbot):
    first = window.article_id
    bar = window.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    assert window.read_label.text().endswith("% read") and window.read_label.text() != "0% read"
    qtbot.waitUntil(
        lambda: next(a for a in window.library.articles() if a["id"] == first)["opened"],
        timeout=5000,
    )
    read = next(a for a in window.library.articles() if a["id"] == first)["read"]
    assert 0.3 < read < 1.0
    assert window.library_panel.detail_of(first).endswith(f"{round(read * 100)}% read")
