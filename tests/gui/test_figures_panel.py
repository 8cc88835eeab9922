"""The Figures dock: numbers sort as numbers, dates by date, ranges read 3–5 万元, a legend of
colours."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop.core.colors import FIGURE_COLORS
from desktop.core.figures import find_figures
from desktop.gui.i18n import name
from desktop.gui.panels.figures import FiguresPanel, iso_start, range_text, value_text

TEXT = (
    "募资1500亿元，其中1元和1元，又投入3到5万元，约2.5%；2024年3月5日、2023年12月、2024年一季度。"
)


def _panel(qtbot, text=TEXT, base=None):
    panel = FiguresPanel()
    qtbot.addWidget(panel)
    panel.set_article({"text": text, "figures": find_figures(text, base_date=base)})
    return panel


def _column(panel, column, role=Qt.ItemDataRole.DisplayRole):
    proxy = panel.proxy
    return [proxy.index(r, column).data(role) for r in range(proxy.rowCount())]


def test_the_model_passes_qts_checks(qtbot, qtmodeltester):
    panel = _panel(qtbot)
    qtmodeltester.check(panel.model)
    qtmodeltester.check(panel.proxy)


def _figures_in_view(panel):
    return [
        panel.model.row(panel.proxy.mapToSource(panel.proxy.index(r, 0)).row())
        for r in range(panel.proxy.rowCount())
    ]


def test_values_sort_as_numbers(qtbot):
    panel = _panel(qtbot)
    panel.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    numbers = [f["text"] for f in _figures_in_view(panel) if f["kind"] != "date"]
    assert numbers == ["1元", "1元", "约2.5%", "3到5万元", "1500亿元"]
    panel.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    numbers = [f["text"] for f in _figures_in_view(panel) if f["kind"] != "date"]
    assert numbers == ["1500亿元", "3到5万元", "约2.5%", "1元", "1元"]


def test_dates_sort_by_date(qtbot):
    panel = _panel(qtbot)
    panel.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    dates = [t for t, kind in zip(_column(panel, 0), _column(panel, 1)) if kind == name("date")]
    assert dates == ["2023年12月", "2024年一季度", "2024年3月5日"]
    panel.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert _column(panel, 0)[0] == "1500亿元"  # numbers first either way, then the dates
    dates = [t for t, kind in zip(_column(panel, 0), _column(panel, 1)) if kind == name("date")]
    assert dates == ["2024年3月5日", "2024年一季度", "2023年12月"]
    assert iso_start("2024-Q2").isoformat() == "2024-04-01" and iso_start("2024-H2").month == 7
    assert iso_start(None) is None


def test_a_range_reads_low_to_high_with_its_magnitude(qtbot):
    panel = _panel(qtbot)
    row = _column(panel, 0).index("3到5万元")
    assert _column(panel, 2)[row] == "3–5 万元"
    assert _column(panel, 2, Qt.ItemDataRole.ToolTipRole)[row] == "30,000 to 50,000 元"
    assert range_text(6.5, 6.8, "%") == "6.5–6.8 %"
    assert range_text(800_000_000, 900_000_000, "元") == "8–9 亿元"


def test_values_show_their_qualifier_and_dates_their_iso(qtbot):
    panel = _panel(qtbot)
    values = dict(zip(_column(panel, 0), _column(panel, 2)))
    assert values["约2.5%"] == "≈\u00a02.5" and values["1500亿元"] == "150,000,000,000"
    assert values["2024年3月5日"] == "2024-03-05" and values["2024年一季度"] == "2024-Q1"
    assert (
        value_text({"kind": "count", "value": 200, "unit": "家", "approx": "over"}) == ">\u00a0200"
    )


def test_the_legend_names_every_kind_in_its_colour(qtbot):
    panel = _panel(qtbot)
    legend = panel.legend.text()
    for kind, color in FIGURE_COLORS.items():
        assert f'<span style="color:{color}">■</span>&nbsp;{name(kind)}' in legend
    decorations = _column(panel, 1, Qt.ItemDataRole.DecorationRole)
    kinds = [f["kind"] for f in _figures_in_view(panel)]
    assert decorations == [QColor(FIGURE_COLORS[k]) for k in kinds]


def test_an_article_cached_before_ranges_and_iso_still_shows(qtbot, qtmodeltester):
    panel = FiguresPanel()
    qtbot.addWidget(panel)
    old = {"start": 0, "end": 4, "text": "2.5%", "kind": "percent", "value": 2.5, "unit": "%"}
    panel.set_article(
        {"text": "2.5%。", "figures": [old, dict(old, kind="date", value=None, unit=None)]}
    )
    qtmodeltester.check(panel.model)
    panel.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert _column(panel, 2) == ["2.5", ""]
