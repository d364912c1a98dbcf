"""Parsers and checks shared by services and imports; messages are Swedish and name the problem."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from stic_desktop.errors import FieldError, ValidationError

_ORG_NUMBER = re.compile(r"^(\d{6})-?(\d{4})$")
_MUNICIPALITY_CODE = re.compile(r"^\d{4}$")


def luhn_valid(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def normalise_org_number(text: str, *, municipality: bool = False) -> str:
    """Returns NNNNNN-NNNN, or raises ValueError with a Swedish message."""
    match = _ORG_NUMBER.match(text.strip().replace(" ", ""))
    if not match:
        raise ValueError("Organisationsnumret ska ha tio siffror i formen NNNNNN-NNNN.")
    digits = match.group(1) + match.group(2)
    if not luhn_valid(digits):
        raise ValueError("Organisationsnumrets kontrollsiffra stämmer inte. Kontrollera numret.")
    if municipality and digits[0] != "2":
        raise ValueError("En kommuns organisationsnummer börjar med 2.")
    return f"{digits[:6]}-{digits[6:]}"


def check_municipality_code(text: str) -> str:
    code = text.strip()
    if not _MUNICIPALITY_CODE.match(code):
        raise ValueError("Kommunkoden ska vara fyra siffror (SCB:s kommunkod, t.ex. 0180).")
    return code


def parse_date(text: str) -> date | None:
    """ISO dates (ÅÅÅÅ-MM-DD); empty means no date."""
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"”{text}” är inget giltigt datum. Skriv ÅÅÅÅ-MM-DD, t.ex. 2026-01-31.") from None


# C0 controls, DEL and C1 controls: invisible, break files and terminals (NUL, ESC, BEL, ...). Tab, line feed
# and carriage return stay allowed (multi-line text); single-line fields are stripped of them by the forms.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_CONTROL_NAMES = {0x00: "NUL", 0x07: "BEL", 0x08: "BS", 0x1B: "ESC", 0x7F: "DEL"}


def check_no_control_characters(text: str, what: str) -> str:
    """``text`` unchanged, or ValueError naming the first control character and where it is."""
    match = _CONTROL.search(text)
    if match:
        code = ord(match.group())
        name = _CONTROL_NAMES.get(code, "kontrolltecken")
        raise ValueError(f"{what} innehåller ett osynligt kontrolltecken ({name}, U+{code:04X}) på plats "
                         f"{match.start() + 1}. Ta bort det.")
    return text


def require_text(text: str, what: str, max_length: int) -> str:
    value = check_no_control_characters(text.strip(), what)
    if not value:
        raise ValueError(f"{what} måste fyllas i.")
    if len(value) > max_length:
        raise ValueError(f"{what} får vara högst {max_length} tecken.")
    return value


def optional_text(text: str, what: str, max_length: int) -> str:
    value = check_no_control_characters(text.strip(), what)
    if len(value) > max_length:
        raise ValueError(f"{what} får vara högst {max_length} tecken.")
    return value


class FieldErrors:
    """Collects every wrong field of one form, then raises one ValidationError that lists them all.

    ``parse``/``parse_into`` run a parser that raises ValueError with a Swedish message (the ones above)
    and note that message against the field; ``add`` notes a rule that spans fields.
    """

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def add(self, field: str, message: str) -> None:
        self.errors.append(FieldError(field, message))

    def parse(self, field: str, parser: Callable[..., Any], *args: Any, default: Any = None) -> Any:
        """``parser(*args)``, or ``default`` with the parser's message noted against ``field``."""
        try:
            return parser(*args)
        except ValueError as exc:
            self.add(field, str(exc))
            return default

    def parse_into(self, values: dict[str, Any], field: str, parser: Callable[..., Any], *args: Any) -> None:
        """Stores ``parser(*args)`` as ``values[field]``; on a ValueError the field stays out of ``values``."""
        try:
            values[field] = parser(*args)
        except ValueError as exc:
            self.add(field, str(exc))

    def extend(self, error: ValidationError) -> None:
        """Takes over every field of a ValidationError raised by a check that stands alone."""
        self.errors.extend(error.errors)

    def __bool__(self) -> bool:
        return bool(self.errors)

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError.of(self.errors)
