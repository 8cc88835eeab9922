"""The numeral grammar: gold numerals written for these tests, and cn2an's writer as an oracle."""

from decimal import Decimal

import cn2an
import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.numerals import is_run, leading_place, parse_number, parse_run, trailing_magnitude


@pytest.mark.parametrize(
    "num, value",
    [
        ("2.63", "2.63"),
        ("1,267", "1267"),
        ("十二", "12"),
        ("二十", "20"),
        ("一百零五", "105"),
        ("两千", "2000"),
        ("三万五千", "35000"),
        ("二〇二五", "2025"),
        ("十", "10"),
        ("一亿二千万", "120000000"),
        ("一十一", "11"),
        ("一百十一", "111"),
        ("一千零十", "1010"),
        ("一千零一十", "1010"),
        ("十万零一", "100001"),
        ("一百零一万", "1010000"),
        ("两万零五十", "20050"),
        ("三亿零五百万", "305000000"),
        # a last digit after a unit counts in the unit below it
        ("三万五", "35000"),
        ("两千六", "2600"),
        ("一百二", "120"),
        ("十三万五", "135000"),
        ("一亿五", "150000000"),
        ("1万5", "15000"),
        # financial capitals and traditional characters
        ("壹佰贰拾叁", "123"),
        ("玖仟陆佰陆拾伍", "9665"),
        ("肆佰叁拾萬", "4300000"),
        ("兩千", "2000"),
        ("貳億", "200000000"),
        ("廿三", "23"),
        ("卅", "30"),
        # decimals, digit by digit, mixed, signs
        ("零点五", "0.5"),
        ("三点一四", "3.14"),
        ("十二点零五", "12.05"),
        ("一百点25", "100.25"),
        ("一九九八", "1998"),
        ("零", "0"),
        ("〇", "0"),
        ("10.1万", "101000"),
        ("2.63万亿", "2630000000000"),
        ("3千万亿", "3000000000000000"),
        ("1万600", "10600"),
        ("100万三千", "1003000"),
        ("1百01", "101"),
        ("负十", "-10"),
        ("-2.5", "-2.5"),
        ("负零点三", "-0.3"),
        ("12,345.67", "12345.67"),
        ("82，225.00", "82225.00"),
        ("2 0", "20"),
    ],
)
def test_numerals(num, value):
    assert parse_number(num) == Decimal(value)


@pytest.mark.parametrize(
    "num", ["", "十百", "百十千", "万千", "3500万千", "二三点", "一点", "点五", "十二三四万五六"]
)
def test_malformed_numerals_are_refused(num):
    assert parse_number(num) is None


@pytest.mark.parametrize(
    "num, low, high",
    [
        ("八九", 8, 9),
        ("三五", 3, 5),
        ("两三", 2, 3),
        ("一两", 1, 2),
        ("八九亿", 800_000_000, 900_000_000),
        ("三五百", 300, 500),
        ("四五千", 4000, 5000),
        ("二三十", 20, 30),
        ("十七八", 17, 18),
        ("七八十万", 700_000, 800_000),
    ],
)
def test_runs_of_two_neighbouring_digits(num, low, high):
    assert parse_run(num) == (low, high) and is_run(num)


@pytest.mark.parametrize("num", ["九七", "三三", "一二三", "五八", "十二", "二〇二五", "两千"])
def test_no_run(num):
    assert parse_run(num) is None and not is_run(num)


def test_places_for_the_low_end_of_a_range():
    assert (
        leading_place("九百亿") == 10**10
        and leading_place("3万") == 10**4
        and leading_place("三十万") == 10**5
    )
    assert leading_place("一百五十万") is None and leading_place("15") is None
    assert trailing_magnitude("三十万") == 10**4 and trailing_magnitude("九千亿") == 10**8
    assert trailing_magnitude("2.63万亿") == 10**12 and trailing_magnitude("15") == 1


@given(st.integers(min_value=0, max_value=10**16 - 1))
def test_every_integer_cn2an_writes_reads_back(n):
    assert parse_number(cn2an.an2cn(n)) == n  # 一千零一万零一
    assert parse_number(cn2an.an2cn(n, "up")) == n  # 壹仟零壹万零壹


@given(st.integers(min_value=0, max_value=10**8), st.integers(min_value=1, max_value=999))
def test_decimals_cn2an_writes_read_back(whole, frac):
    number = Decimal(f"{whole}.{frac}")
    assert parse_number(cn2an.an2cn(str(number))) == number


@given(st.integers(min_value=0, max_value=10**15))
def test_thousands_separators(n):
    assert parse_number(f"{n:,}") == n and parse_number(str(n)) == n
