"""stic_desktop/services/validation.py: the parsers every form and import relies on."""

from __future__ import annotations

from datetime import date

import pytest

from stic_desktop.services import validation


@pytest.mark.parametrize(
    ("digits", "valid"),
    [
        ("2120000142", True),  # Stockholms stad
        ("2120001637", True),
        ("5560360793", True),
        ("79927398713", True),  # the textbook example
        ("2120000143", False),
        ("5560360794", False),
        ("0000000000", True),
        ("1", False),
    ],
)
def test_luhn(digits, valid):
    assert validation.luhn_valid(digits) is valid


@pytest.mark.parametrize(
    "typed", ["212000-0142", "2120000142", " 212000-0142 ", "212 000 0142", "212000 - 0142"]
)
def test_normalise_org_number_accepts_with_and_without_dash_and_spaces(typed):
    assert validation.normalise_org_number(typed) == "212000-0142"
    assert validation.normalise_org_number(typed, municipality=True) == "212000-0142"


@pytest.mark.parametrize(
    ("typed", "municipality", "message"),
    [
        ("212000-0143", False, "kontrollsiffra"),
        ("21200-00142", False, "tio siffror"),
        ("21200001420", False, "tio siffror"),
        ("212000-014", False, "tio siffror"),
        ("21200O-0142", False, "tio siffror"),
        ("", False, "tio siffror"),
        ("556036-0793", True, "börjar med 2"),
    ],
)
def test_normalise_org_number_refuses(typed, municipality, message):
    with pytest.raises(ValueError, match=message):
        validation.normalise_org_number(typed, municipality=municipality)


def test_company_org_number_is_fine_when_not_a_municipality():
    assert validation.normalise_org_number("5560360793") == "556036-0793"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("2026-01-31", date(2026, 1, 31)), (" 2024-02-29 ", date(2024, 2, 29)), ("", None), ("   ", None)],
)
def test_parse_date(typed, expected):
    assert validation.parse_date(typed) == expected


@pytest.mark.parametrize("typed", ["2026-02-30", "31/1/2026", "igår", "2023-02-29"])
def test_parse_date_refuses_with_swedish_message(typed):
    with pytest.raises(ValueError, match=r"är inget giltigt datum\. Skriv ÅÅÅÅ-MM-DD"):
        validation.parse_date(typed)


@pytest.mark.parametrize(("typed", "ok"), [("0180", True), (" 0114 ", True), ("12a4", False), ("180", False), ("01800", False)])
def test_check_municipality_code(typed, ok):
    if ok:
        assert validation.check_municipality_code(typed) == typed.strip()
    else:
        with pytest.raises(ValueError, match="fyra siffror"):
            validation.check_municipality_code(typed)


def test_require_and_optional_text():
    assert validation.require_text("  Solna ", "Namnet", 10) == "Solna"
    with pytest.raises(ValueError, match="Namnet måste fyllas i"):
        validation.require_text("   ", "Namnet", 10)
    with pytest.raises(ValueError, match="högst 3 tecken"):
        validation.require_text("abcd", "Namnet", 3)
    assert validation.optional_text("  ", "Noten", 3) == ""
    with pytest.raises(ValueError, match="Noten får vara högst 3 tecken"):
        validation.optional_text("abcd", "Noten", 3)


def test_field_errors_collect_every_field_into_one_validation_error():
    from stic_desktop.errors import ValidationError

    errors = validation.FieldErrors()
    values: dict = {}
    errors.parse_into(values, "name", validation.require_text, "  Anna ", "Namnet", 10)
    errors.parse_into(values, "title", validation.require_text, "", "Titeln", 10)
    day = errors.parse("day", validation.parse_date, "31/1", default=date(2026, 1, 1))
    assert values == {"name": "Anna"} and day == date(2026, 1, 1)
    errors.add("title", "Och en regel till.")
    assert errors
    with pytest.raises(ValidationError) as caught:
        errors.raise_if_any()
    assert [e.field for e in caught.value.errors] == ["title", "day", "title"]
    assert caught.value.for_field("title") == "Titeln måste fyllas i. Och en regel till."
    assert caught.value.for_field("day").startswith("”31/1” är inget giltigt datum.")
    empty = validation.FieldErrors()
    assert not empty and empty.parse("x", int, "5") == 5
    empty.raise_if_any()  # nothing to raise


def test_fetch_returns_the_row_or_raises_not_found_in_swedish(db):
    from stic_desktop.errors import NotFound
    from stic_desktop.models import Municipality
    from stic_desktop.services import lookup

    with db.write() as session:
        session.add(Municipality(municipality_code="0114", name="Väsby"))
    with db.read() as session:
        assert lookup.row(session, Municipality, 1, "ingen kommun").name == "Väsby"
        with pytest.raises(NotFound, match=r"^Det finns ingen kommun med id 7\.$"):
            lookup.row(session, Municipality, 7, "ingen kommun")
