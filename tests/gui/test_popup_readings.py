"""The word popup offers the other readings of a character the pinyin model was unsure of."""

from desktop.core.tokens import as_tokens
from desktop.gui.main_window import MainWindow

# Sentences written for this test, full of characters with more than one reading.
PAGE = (
    "本报讯 记者发现，这批新款车型的续航里程更长，行车间隔也调整了。开幕前，他在展厅里转了一圈，"
    "觉得这件事得抓紧办。会上，几位行长都表示，将把利率调低，为企业减轻负担。\n"
)


def test_popup_lists_the_other_readings(qtbot, library, settings, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE * 3, encoding="utf-8")
    library.import_file(page)
    window = MainWindow(library, settings)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.refresh_library()
    window.open_article(library.articles()[0]["id"])
    article = window.article
    unsure = article["pinyin_alternatives"]
    assert unsure, "no character of the page left the model unsure"
    tokens = as_tokens(article["tokens"])
    syllables = tokens.syllables()
    for alt in unsure[:3]:
        window.view.set_cursor(tokens.index_at(alt["offset"]))
        html = window.view.popup.label.text()
        char = article["text"][alt["offset"]]
        marker = f'<div style="font-size:11pt">{char} '
        assert marker in html
        line = html.split(marker, 1)[1].split("</div>", 1)[0]
        assert syllables[alt["offset"]] in line
        assert all(reading in line for reading in alt["readings"])


def test_no_line_of_other_readings_where_the_model_was_sure(qtbot, library, settings, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE * 3, encoding="utf-8")
    library.import_file(page)
    window = MainWindow(library, settings)
    qtbot.addWidget(window)
    window.show()
    window.refresh_library()
    window.open_article(library.articles()[0]["id"])
    article = window.article
    unsure = {alt["offset"] for alt in article["pinyin_alternatives"]}
    tokens = as_tokens(article["tokens"])
    start, _end = next(
        span
        for span in tokens.spans()
        if article["text"][span[0] : span[1]] == "记者" and not unsure & set(range(*span))
    )
    window.view.set_cursor(tokens.index_at(start))
    assert "font-size:11pt" not in window.view.popup.label.text()


def test_dictionary_cross_references_read_as_words():
    from desktop.core.dictionary import readable

    assert readable("e-commerce (abbr. for 電子商務|电子商务[dian4 zi3 shang1 wu4])") == (
        "e-commerce (abbr. for 电子商务)"
    )
    assert readable("CL:個|个[ge4],張|张[zhang1]") == "CL:个,张"
    assert readable("to step across") == "to step across"
