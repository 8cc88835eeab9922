"""Dates: the article's own date, ISO forms, and relative dates read against it."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.dates import article_date, iso, two_digit_year
from desktop.core.figures import find_figures


@pytest.mark.parametrize(
    "text, date",
    [
        ("2024年03月05日 10:20 来源：本报\n正文第一段。", dt.date(2024, 3, 5)),
        ("标题\n发布时间：2023-11-08 09:00:12\n正文。", dt.date(2023, 11, 8)),
        (
            "编辑：某某 | 时间：2022-07-01 08:30 | 来源：某网 正文接在后面，没有换行。",
            dt.date(2022, 7, 1),
        ),
        ("某某社北京2021年9月30日电（记者 某某）今天召开会议。", dt.date(2021, 9, 30)),
        ("二〇一九年十月一日 星期二\n正文。", dt.date(2019, 10, 1)),
        ("正文第一段。\n正文第二段。\n（2020年5月6日）", dt.date(2020, 5, 6)),
        ("2024年3月5日，国务院召开常务会议，研究部署有关工作。", None),
        ("据统计，今年一季度增长5%。", None),
        ("日期：2023年2月30日", None),
    ],
)
def test_the_articles_own_date(text, date):
    assert article_date(text) == date


@pytest.mark.parametrize(
    "yy, base, year",
    [
        (98, dt.date(2024, 1, 1), 1998),
        (15, dt.date(2024, 1, 1), 2015),
        (25, dt.date(2024, 1, 1), 2025),
        (26, dt.date(2024, 1, 1), 1926),
        (5, dt.date(2010, 6, 1), 2005),
        (99, dt.date(1999, 6, 1), 1999),
    ],
)
def test_two_digit_years_are_the_latest_not_after_next_year(yy, base, year):
    assert two_digit_year(yy, base) == year


BASE = dt.date(2016, 1, 10)


@pytest.mark.parametrize(
    "text, want",
    [
        ("12月", "2015-12"),
        ("1月", "2016-01"),
        ("3月", "2016-03"),
        ("9日", "2016-01-09"),
        ("28日", "2015-12-28"),
        ("一季度", "2016-Q1"),
        ("四季度", "2015-Q4"),
        ("下半年", "2015-H2"),
        ("去年10月", "2015-10"),
        ("今年上半年", "2016-H1"),
        ("明年3月1日", "2017-03-01"),
        ("前年", "2014"),
        ("2014年", "2014"),
        ("2014年二季度", "2014-Q2"),
        ("2月30日", None),
    ],
)
def test_relative_dates_are_the_nearest_to_the_articles_date(text, want):
    assert iso(text, BASE) == want


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_every_written_date_reads_back(day):
    for text in (
        f"{day.year}年{day.month}月{day.day}日",
        f"{day.year}-{day.month:02d}-{day.day:02d}",
        f"{day.year}/{day.month}/{day.day}",
    ):
        (f,) = find_figures(f"会议于{text}召开。")
        assert f["kind"] == "date" and f["iso"] == day.isoformat(), text


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31)), st.integers(1, 31))
def test_a_day_alone_is_the_nearest_such_day(base, day):
    (f,) = find_figures(f"{day}日，会议召开。", base_date=base)
    if (
        f["iso"] is None
    ):  # no such day in the three months around the article (31日 in a short month)
        return
    when = dt.date.fromisoformat(f["iso"])
    assert when.day == day and abs((when - base).days) <= 31
