"""The library list: documents and their articles, built again only where they changed."""

from desktop.gui.panels.library import LibraryPanel
from tests.conftest import SAMPLE


def _titles(panel: LibraryPanel) -> list[str]:
    model = panel.model
    return [model.item(r).text() + ":" + model.item(r).child(c).text().split("\n")[0]
            for r in range(model.rowCount()) for c in range(model.item(r).rowCount())]


def test_a_new_document_is_added_and_the_others_kept(qtbot, library, tmp_path):
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    first = library.import_file(SAMPLE)
    panel.set_articles(library.articles())
    kept = panel.model.item(0)
    other = tmp_path / "other.txt"
    other.write_text("新华社北京6月2日电\n\n央企重组稳步推进\n\n国务院国资委表示，将稳步推进央企重组。\n", encoding="utf-8")
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
    library.import_file(SAMPLE)
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
