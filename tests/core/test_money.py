"""Money in öre: every way an amount is read, printed and rounded, as tables."""

from __future__ import annotations

from decimal import Decimal

import pytest

from stic_desktop.core import money
from stic_desktop.errors import ValidationError

NBSP, NNBSP, THIN = "\u00a0", "\u202f", "\u2009"


@pytest.mark.parametrize("value, ore", [
    ("0", 0),
    ("0,00", 0),
    ("-0", 0),
    ("1", 100),
    ("0,01", 1),
    ("0,1", 10),
    ("0.5", 50),
    ("12,5", 1250),
    ("1234,50", 123450),
    ("1234.5", 123450),
    ("1 234,50", 123450),
    (f"1{NBSP}234,50", 123450),
    (f"1{NNBSP}234,50", 123450),
    (f"1{THIN}234,50", 123450),
    (f"10{NBSP}110{NBSP}000", 1_011_000_000),
    ("2 500 000", 250_000_000),
    ("12 345,67 kr", 1_234_567),
    ("12 345,67kr", 1_234_567),
    ("100 KR", 10_000),
    ("100 kr.", 10_000),
    ("100 SEK", 10_000),
    ("  42  ", 4200),
    ("7,500", 750),  # trailing zeros after two decimals change nothing
    ("1,10000", 110),
    ("-1,50", -150),
    ("-1,50 kr", -150),
    ("- 1,50", -150),
    ("\u22121,50", -150),  # the typographic minus sign
    ("+3", 300),
    ("0001", 100),
    ("1234567", 123_456_700),
    ("10000000000000", money.MAX_ORE),  # the largest amount accepted
    (0, 0),
    (42, 4200),  # a spreadsheet number is kronor
    (-3, -300),
    (1234.5, 123450),
    (0.1, 10),  # Decimal(str(0.1)): exactly 10 öre, not 10.000000000000000555
    (0.29, 29),  # float 0.29 * 100 is 28.999999999999996
    (1.005, None),  # three decimals: refused below
    (Decimal("0.1"), 10),
    (Decimal("12345.67"), 1_234_567),
    (Decimal("1.50"), 150),
    (Decimal("1E+2"), 10_000),
    (1e6, 100_000_000),
])
def test_parse_reads_kronor_exactly(value, ore):
    if ore is None:
        with pytest.raises(ValidationError, match="decimaler"):
            money.parse(value)
    else:
        assert money.parse(value) == ore


@pytest.mark.parametrize("value, words, reason", [
    ("", "saknas", "missing"),
    ("   ", "saknas", "missing"),
    ("kr", "saknas", "missing"),
    ("abc", "inget belopp", "not_a_number"),
    ("tio tusen", "inget belopp", "not_a_number"),
    ("1,234.50", "inget belopp", "not_a_number"),  # two decimal marks
    ("1.234,50", "tusentalsavgränsare", "not_a_number"),
    ("1,2,3", "inget belopp", "not_a_number"),
    ("12 34", "inget belopp", "not_a_number"),  # spaces must group thousands
    ("1 2", "inget belopp", "not_a_number"),
    ("1  234", "inget belopp", "not_a_number"),
    ("1234 567", "inget belopp", "not_a_number"),
    ("1 234 5678", "inget belopp", "not_a_number"),
    ("--1", "inget belopp", "not_a_number"),
    ("1-", "inget belopp", "not_a_number"),
    (",50", "inget belopp", "not_a_number"),
    ("1,", "inget belopp", "not_a_number"),
    ("1e3", "inget belopp", "not_a_number"),
    ("nan", "inget belopp", "not_a_number"),
    ("inf", "inget belopp", "not_a_number"),
    ("0x10", "inget belopp", "not_a_number"),
    ("١٢", "inget belopp", "not_a_number"),  # Arabic-Indic digits are not read as 12
    ("€ 100", "inget belopp", "not_a_number"),
    ("100 €", "inget belopp", "not_a_number"),
    ("1,005", "två decimaler", "decimals"),
    ("0,001", "två decimaler", "decimals"),
    ("1,234", "två decimaler", "decimals"),
    ("10000000000000,01", "orimligt stort", "too_large"),
    ("-10000000000001", "orimligt stort", "too_large"),
    (10**14, "orimligt stort", "too_large"),
    (1e400, "inget belopp", "not_a_number"),  # float("inf")
    (float("nan"), "inget belopp", "not_a_number"),
    (Decimal("NaN"), "inget belopp", "not_a_number"),
    (True, "tal", "not_a_number"),
    (None, "tal", "not_a_number"),
    ([1], "tal", "not_a_number"),
])
def test_parse_refuses_with_a_swedish_message_naming_the_value(value, words, reason):
    with pytest.raises(money.AmountRefused, match=words) as caught:
        money.parse(value, field="price_ore")
    error = caught.value
    assert isinstance(error, ValidationError) and error.reason == reason
    assert error.for_field("price_ore") == error.message
    if reason != "missing":
        assert f"”{str(value).strip()}”" in error.message


@pytest.mark.parametrize("value, ore", [("", None), ("  ", None), (None, None), ("0", 0), ("1 000", 100_000),
                                        (5, 500)])
def test_parse_optional_leaves_empty_as_none(value, ore):
    assert money.parse_optional(value) == ore


def test_parse_optional_still_refuses_nonsense():
    with pytest.raises(ValidationError, match="inget belopp"):
        money.parse_optional("x", field="volume")


@pytest.mark.parametrize("ore, always, auto, never", [
    (0, "0,00 kr", "0 kr", "0 kr"),
    (1, "0,01 kr", "0,01 kr", "0 kr"),
    (5, "0,05 kr", "0,05 kr", "0 kr"),
    (49, "0,49 kr", "0,49 kr", "0 kr"),
    (50, "0,50 kr", "0,50 kr", "1 kr"),  # half-up: 0,50 kr is 1 kr
    (99, "0,99 kr", "0,99 kr", "1 kr"),
    (100, "1,00 kr", "1 kr", "1 kr"),
    (150, "1,50 kr", "1,50 kr", "2 kr"),
    (200, "2,00 kr", "2 kr", "2 kr"),
    (249, "2,49 kr", "2,49 kr", "2 kr"),
    (250, "2,50 kr", "2,50 kr", "3 kr"),  # not half-to-even "2 kr"
    (350, "3,50 kr", "3,50 kr", "4 kr"),
    (123450, f"1{NBSP}234,50 kr", f"1{NBSP}234,50 kr", f"1{NBSP}235 kr"),
    (99_999, "999,99 kr", "999,99 kr", f"1{NBSP}000 kr"),
    (100_000, f"1{NBSP}000,00 kr", f"1{NBSP}000 kr", f"1{NBSP}000 kr"),
    (123_456_789, f"1{NBSP}234{NBSP}567,89 kr", f"1{NBSP}234{NBSP}567,89 kr", f"1{NBSP}234{NBSP}568 kr"),
    (1_011_000_000, f"10{NBSP}110{NBSP}000,00 kr", f"10{NBSP}110{NBSP}000 kr", f"10{NBSP}110{NBSP}000 kr"),
    (-1, "-0,01 kr", "-0,01 kr", "0 kr"),
    (-50, "-0,50 kr", "-0,50 kr", "-1 kr"),  # halves away from zero
    (-150, "-1,50 kr", "-1,50 kr", "-2 kr"),  # not "-2,50 kr" (divmod of a negative number)
    (-250, "-2,50 kr", "-2,50 kr", "-3 kr"),
    (-10_000, "-100,00 kr", "-100 kr", "-100 kr"),
    (-123_456, f"-1{NBSP}234,56 kr", f"-1{NBSP}234,56 kr", f"-1{NBSP}235 kr"),
])
def test_format_in_swedish_style(ore, always, auto, never):
    assert money.format(ore) == always
    assert money.format(ore, decimals="auto") == auto
    assert money.format(ore, decimals="never") == never
    assert money.format(ore, unit=False) == always.removesuffix(" kr")
    assert money.parse(money.format(ore)) == ore  # what is printed reads back
    assert money.parse(money.format(ore, decimals="auto")) == ore


@pytest.mark.parametrize("ore, text", [(None, ""), (0, "0"), (12_500_000, "125 000"), (48_360_050, "483 600,50"),
                                       (100_050, "1 000,50"), (5, "0,05"), (-500, "-5"),
                                       (123_456_750, "1 234 567,50")])
def test_format_input_is_what_a_field_shows_and_reads_back(ore, text):
    assert money.format_input(ore) == text
    assert money.parse_optional(text) == ore


@pytest.mark.parametrize("ore", [1.5, Decimal("1"), "1", None, True])
def test_format_wants_integer_ore(ore):
    with pytest.raises(TypeError):
        money.format(ore)


@pytest.mark.parametrize("exact, ore", [
    (Decimal("0"), 0),
    (Decimal("0.4"), 0),
    (Decimal("0.49999"), 0),
    (Decimal("0.5"), 1),
    (Decimal("1.5"), 2),
    (Decimal("2.5"), 3),  # half-to-even would give 2
    (Decimal("3.5"), 4),
    (Decimal("2.51"), 3),
    (Decimal("185.185"), 185),
    (Decimal("18518.5"), 18519),
    (Decimal("-0.5"), -1),  # away from zero, as commission_ore rounds
    (Decimal("-2.5"), -3),
    (Decimal("-2.4"), -2),
    (Decimal("123456789012345.5"), 123456789012346),
    (7, 7),
    (-7, -7),
])
def test_round_half_up(exact, ore):
    assert money.round_half_up(exact) == ore


@pytest.mark.parametrize("value", [2.5, "2.5", None, True])
def test_round_half_up_takes_no_float(value):
    with pytest.raises(TypeError):
        money.round_half_up(value)


@pytest.mark.parametrize("ore, kronor", [(0, 0), (49, 0), (50, 1), (149, 1), (150, 2), (250, 3), (-250, -3),
                                         (-249, -2), (1_011_000_000, 10_110_000)])
def test_whole_kronor(ore, kronor):
    assert money.whole_kronor(ore) == kronor


@pytest.mark.parametrize("number, text", [(0, "0"), (7, "7"), (999, "999"), (1000, f"1{NBSP}000"),
                                          (2389585, f"2{NBSP}389{NBSP}585"), (-1234, f"-1{NBSP}234")])
def test_group_digits(number, text):
    assert money.group_digits(number) == text
    assert money.group_digits(number, " ") == text.replace(NBSP, " ")
    assert money.format_kronor(number) == text + " kr"


@pytest.mark.parametrize("ore, kronor", [(0, Decimal("0")), (1, Decimal("0.01")), (123450, Decimal("1234.50")),
                                         (-150, Decimal("-1.50"))])
def test_decimal_kronor_for_spreadsheets(ore, kronor):
    value = money.decimal_kronor(ore)
    assert value == kronor and isinstance(value, Decimal)
    assert money.parse(value) == ore
