"""The Speakers dock on an article analysed for real: people, organisations and unnamed sources
each in a group of their own, statements under their speaker, a click jumps to the text."""

import pytest
from PySide6.QtCore import QPoint, Qt

from desktop.core.analysis import analyze
from desktop.core.speakers import apply_corrections
from desktop.gui.panels.speakers import KIND_ROLE, RANGE_ROLE, SpeakersPanel
from desktop.gui.theme import SPEAKER_COLORS

TEXT = (
    "研究员王强表示，经济稳中向好。“我们对此有信心，也有办法应对困难。”王强说。\n"
    "中信证券认为，制造业投资将温和回升。\n"
    "业内人士指出，市场仍在观望。\n"
    "协会会长李红在接受本报记者采访时说，行业已经走出低谷。"
)


@pytest.fixture
def article():
    return analyze(TEXT)[0].to_json()


@pytest.fixture
def panel(qtbot, article):
    widget = SpeakersPanel()
    qtbot.addWidget(widget)
    widget.set_article(article)
    return widget


def _groups(panel):
    return [panel.model.item(i) for i in range(panel.model.rowCount())]


def test_speakers_are_grouped_by_kind(panel):
    groups = _groups(panel)
    assert [g.data(KIND_ROLE) for g in groups] == ["person", "organization", "anonymous"]
    assert [g.text() for g in groups] == ["People (2)", "Organisations (1)", "Unnamed sources (1)"]
    members = [[g.child(j).text() for j in range(g.rowCount())] for g in groups]
    assert members == [["王强  (2)", "李红  (1)"], ["中信证券  (1)"], ["业内人士  (1)"]]
    assert groups[0].child(0, 1).text() == "研究员"
    assert not groups[0].isSelectable()  # a heading, not a place in the text


def test_each_speaker_in_the_colour_of_the_reading_view(panel, article):
    colors = {
        sp["name"]: SPEAKER_COLORS[i % len(SPEAKER_COLORS)]
        for i, sp in enumerate(article["speakers"])
    }
    rows = panel.speaker_items()
    assert {row.text().split()[0]: row.foreground().color().name() for row in rows} == colors


def test_statements_under_their_speaker_quoted_or_reported(panel, article):
    wang = panel.speaker_items()[0]
    kinds = [wang.child(j, 1).text() for j in range(wang.rowCount())]
    assert kinds == ["reported", "quoted"]
    start, end = wang.child(1).data(RANGE_ROLE)
    assert article["text"][start:end].startswith("我们对此有信心")


def test_a_click_on_a_statement_jumps_there(panel, qtbot, article):
    panel.resize(500, 400)
    panel.show()
    qtbot.waitExposed(panel)
    statement = panel.speaker_items()[1].child(0)
    rect = panel.tree.visualRect(statement.index())
    with qtbot.waitSignal(panel.statement_activated, timeout=1000) as signal:
        qtbot.mouseClick(
            panel.tree.viewport(),
            Qt.MouseButton.LeftButton,
            pos=QPoint(rect.left() + 10, rect.center().y()),
        )
    start, end = signal.args
    assert article["text"][start:end] == "行业已经走出低谷。"


def test_a_statement_taken_from_its_speaker_is_said_by_nobody_named(panel, article):
    first = article["statements"][0]
    article["speakers"], article["statements"] = apply_corrections(
        article["speakers"], article["statements"], {(first["start"], first["end"]): None}
    )
    panel.set_article(article)
    assert _groups(panel)[-1].text() == "Said by nobody named (1)"


def test_the_tree_model_is_sound(panel, qtmodeltester):
    qtmodeltester.check(panel.model)
    panel.set_article(None)
    qtmodeltester.check(panel.model)


@pytest.fixture
def chinese(qapp):
    import subprocess
    import sys
    from pathlib import Path

    from desktop.gui.i18n import I18N, install_translators

    tools = Path(sys.executable).parent
    for ts in I18N.glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run(
                [str(tools / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True
            )
    assert install_translators(qapp, "zh_CN") == "zh_CN"
    yield
    install_translators(qapp, "en")


def test_the_groups_in_chinese(chinese, qtbot, article):
    widget = SpeakersPanel()
    qtbot.addWidget(widget)
    widget.set_article(article)
    assert [g.text() for g in _groups(widget)] == ["人物 (2)", "机构 (1)", "未具名消息来源 (1)"]
    assert widget.model.headerData(0, Qt.Orientation.Horizontal) == "发言人"
