"""Money, written once: amounts are integer öre; this module reads kronor, prints kronor and rounds.

``parse`` reads what a user types or a spreadsheet holds ("1 234,50", "-12,5 kr", ``Decimal("0.1")``,
``1234.5``) into exact öre and refuses anything else with a Swedish ``ValidationError`` (``AmountRefused``) that names the
value. ``format`` prints öre the Swedish way, "1 234,50 kr", digits grouped by non-breaking spaces so an
amount never breaks over two lines. ``round_half_up`` rounds a fraction of öre to whole öre, half away
from zero, as commission is rounded per report line (2,5 öre → 3 öre, never banker's rounding).
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from stic_desktop.errors import ValidationError

GROUP = "\u00a0"  # digit grouping in print: a non-breaking space
MAX_ORE = 10**15  # 10 000 000 000 000 kr: far above any real amount; keeps sums inside 64-bit integers
EXAMPLE = "t.ex. 1 234,50"

# ASCII digits, either plain ("1234567") or grouped by single spaces into threes ("1 234 567").
_NUMBER = re.compile(r"^([+\-\u2212])?\s*([0-9]{1,3}(?:\s[0-9]{3})+|[0-9]+)(?:[,.]([0-9]+))?$")
_UNIT = re.compile(r"\s*(?:kr\.?|sek|:-)$", re.IGNORECASE)

_NOT_A_NUMBER = "är inget belopp; skriv ett tal i kronor."

Decimals = Literal["always", "auto", "never"]


class AmountRefused(ValidationError):
    """``parse`` refused a value; ``reason`` ("missing", "not_a_number", "decimals", "too_large") lets a
    caller word its own message (a translated one in the window)."""

    def __init__(self, field: str, message: str, reason: str) -> None:
        super().__init__(field, message)
        self.reason = reason


def _refuse(field: str, value: object, why: str, reason: str = "not_a_number") -> AmountRefused:
    return AmountRefused(field, f"”{str(value).strip()}” {why}", reason)


def parse(value: str | int | float | Decimal, *, field: str = "amount") -> int:
    """Kronor as typed or read from a spreadsheet → öre, exactly.

    Text may have a sign, digits grouped by spaces (also non-breaking and narrow no-break spaces), one
    decimal comma or point with at most two decimals that matter (trailing zeros are fine: "7,500" is
    7,50 kr) and "kr" after it. Numbers are read as ``Decimal(str(number))`` so 0.1 is exactly 10 öre.
    Anything else, empty text included, raises ``ValidationError(field, …)`` naming the value.
    """
    if isinstance(value, bool):
        raise _refuse(field, value, _NOT_A_NUMBER)
    if isinstance(value, (int, float, Decimal)):
        number = Decimal(str(value))
        if not number.is_finite():
            raise _refuse(field, value, "är inget belopp i kronor.")
        text = f"{number:f}"
    elif isinstance(value, str):
        text = value
    else:
        raise _refuse(field, value, _NOT_A_NUMBER)
    cleaned = _UNIT.sub("", text.strip()).strip()
    if not cleaned:
        raise AmountRefused(field, "Beloppet saknas. Skriv ett belopp i kronor, " + EXAMPLE + ".", "missing")
    match = _NUMBER.match(cleaned)
    if not match:
        raise _refuse(field, value, "är inget belopp i kronor. Skriv siffror med ett decimalkomma och mellanslag "
                                    f"som tusentalsavgränsare, {EXAMPLE}.")
    sign, whole, fraction = match.groups()
    fraction = (fraction or "").rstrip("0")
    if len(fraction) > 2:
        raise _refuse(field, value, "har för många decimaler: skriv beloppet exakt på öret, med högst två decimaler.",
                      "decimals")
    ore = int(re.sub(r"\s", "", whole)) * 100 + int(fraction.ljust(2, "0"))
    if ore > MAX_ORE:
        raise _refuse(field, value, "är orimligt stort. Kontrollera att beloppet är angivet i kronor.", "too_large")
    return -ore if sign in ("-", "\u2212") else ore


def parse_optional(value: str | int | float | Decimal | None, *, field: str = "amount") -> int | None:
    """As ``parse``, but empty text (or None) is None: a field the user may leave blank."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return parse(value, field=field)


def round_half_up(ore: Decimal | int) -> int:
    """A number of öre (possibly with a fraction) → whole öre, halves away from zero: 2,5 → 3, -2,5 → -3."""
    if isinstance(ore, bool) or not isinstance(ore, (int, Decimal)):
        raise TypeError(f"round_half_up needs an int or a Decimal, got {type(ore).__name__}")
    return int(Decimal(ore).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def group_digits(number: int, separator: str = GROUP) -> str:
    """An integer with Swedish digit grouping: 10110000 → "10 110 000" (non-breaking spaces), -1234 → "-1 234"."""
    return ("-" if number < 0 else "") + f"{abs(number):,}".replace(",", separator)


def whole_kronor(ore: int) -> int:
    """Öre rounded half-up to whole kronor: 250 öre → 3, 249 → 2, -250 → -3."""
    return round_half_up(Decimal(ore).scaleb(-2))


def format(ore: int, *, decimals: Decimals = "always", unit: bool = True, separator: str = GROUP) -> str:
    """Öre as Swedish kronor: 123450 → "1 234,50 kr", -150 → "-1,50 kr".

    ``decimals``: "always" shows öre (invoiced figures), "auto" only when there are any ("2 kr",
    "1 234,50 kr"), "never" rounds half-up to whole kronor (250 öre → "3 kr"). ``unit=False`` leaves
    out " kr"; ``separator`` is the digit grouping (a plain space where the text is for editing).
    """
    if isinstance(ore, bool) or not isinstance(ore, int):
        raise TypeError(f"money.format needs öre as an int, got {type(ore).__name__}")
    if decimals == "never":
        text = group_digits(whole_kronor(ore), separator)
    else:
        whole, part = divmod(abs(ore), 100)
        text = ("-" if ore < 0 else "") + group_digits(whole, separator)
        if part or decimals == "always":
            text += f",{part:02d}"
    return text + " kr" if unit else text


def format_kronor(kronor: int) -> str:
    """A whole number of kronor (not öre), such as a threshold: 2389585 → "2 389 585 kr"."""
    return group_digits(kronor) + " kr"


def format_input(ore: int | None) -> str:
    """Öre as the text an amount field shows for editing, the form ``parse`` reads back: "1 250 000",
    "1 234,50" (plain spaces, no unit, öre only when there are any); empty for None."""
    return "" if ore is None else format(ore, decimals="auto", unit=False, separator=" ")


def decimal_kronor(ore: int) -> Decimal:
    """Öre as exact kronor for a spreadsheet cell (no float on the way): 123450 → Decimal("1234.50")."""
    return Decimal(ore).scaleb(-2)
