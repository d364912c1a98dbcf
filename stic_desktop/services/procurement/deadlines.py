"""LOU time limits: the minimum tender period (11 kap.) and the standstill period (20 kap. 1 §).

The numbers live in the ``deadline_rules`` table (the user edits them under Upphandlingsregler); the functions
here are pure and take that table as a mapping, so they are easy to test and cheap to call per row. Working
days come from ``workdays`` (the one place that knows Swedish holidays).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from stic_desktop.errors import UserError
from stic_desktop.models import DeadlineRule
from stic_desktop.core import workdays

TENDER_REFERENCE = "LOU 11 kap."
BELOW_THRESHOLD_REFERENCE = "LOU 19 kap."
STANDSTILL_REFERENCE = "LOU 20 kap. 1 §"

# Procedures with fixed minimum tender periods; the others have none (below threshold: "skälig tid").
FIXED_PERIOD_PROCEDURES = ("open", "restricted", "negotiated", "competitive_dialogue")
PROCEDURE_NAMES = {
    "open": "öppet förfarande",
    "restricted": "selektivt förfarande",
    "negotiated": "förhandlat förfarande med föregående annonsering",
    "competitive_dialogue": "konkurrenspräglad dialog",
    "below_threshold": "upphandling under tröskelvärdet",
    "direct_award": "direktupphandling",
}
VARIANT_NAMES = {
    "base": "grundregel",
    "electronic": "elektroniska anbud",
    "pin": "efter förhandsannonsering",
    "urgent": "brådskande",
}
STANDSTILL_KEYS = {True: "standstill.electronic", False: "standstill.other"}


@dataclass(frozen=True)
class TenderPeriodCheck:
    """The tender period (advertised → tender deadline) against the applicable minimum.

    ``ok`` False with ``warn_only`` False blocks saving (unless a reason is given); ``warn_only`` checks are
    shown but never block. ``message`` is "" when ok and always cites the rule.
    """

    days: int | None
    minimum: int | None
    rule_key: str | None
    reference: str
    ok: bool
    warn_only: bool
    message: str


@dataclass(frozen=True)
class Standstill:
    """Avtalsspärr: day 0 is the day the award decision was sent; signing is allowed the day after last_day."""

    sent_on: date
    days: int
    nominal_last_day: date
    last_day: date
    first_signing_day: date
    moved_because: str  # "" when day N is a working day, else e.g. "dag 10 är söndag"


def tender_rule_key(procedure: str, variant: str) -> str:
    return f"tender.{procedure}.{variant}"


def minimum_tender_days(rules: Mapping[str, int], procedure: str, *, electronic: bool, pin: bool,
                        urgent: bool) -> tuple[int, str] | None:
    """(days, rule key) of the shortest period the law allows here; None when no fixed minimum applies.

    Every variant whose condition holds may be used, so the smallest wins (e.g. after a prior information
    notice 15 days even with electronic submission). Variants missing from ``rules`` are skipped.
    """
    if procedure not in FIXED_PERIOD_PROCEDURES:
        return None
    applicable = [("base", True), ("electronic", electronic), ("pin", pin), ("urgent", urgent)]
    candidates = [(rules[key], key) for variant, holds in applicable
                  if holds and (key := tender_rule_key(procedure, variant)) in rules]
    if not candidates:
        return None
    return min(candidates, key=lambda c: c[0])  # first listed wins a tie: the plainer rule


def _days_text(days: int) -> str:
    return f"{days} dag" if abs(days) == 1 else f"{days} dagar"


def _rule_text(rule_key: str) -> str:
    _, procedure, variant = rule_key.split(".", 2)
    name = PROCEDURE_NAMES.get(procedure, procedure)
    return f"{name[0].upper()}{name[1:]}, {VARIANT_NAMES.get(variant, variant)}"


def check_tender_period(rules: Mapping[str, int], procedure: str, advertised_on: date | None,
                        deadline_on: date | None, *, electronic: bool, pin: bool, urgent: bool,
                        reason: str = "") -> TenderPeriodCheck:
    """Whether the period from advertising to the last tender day is long enough.

    Above the threshold a shorter period needs a written reason (then it is ok); below the threshold only
    "skälig tid" applies, so a period shorter than the open procedure's minimum only warns. Nothing to check
    (no dates yet, direct award) is ok.
    """
    days = (deadline_on - advertised_on).days if advertised_on and deadline_on else None
    has_reason = bool(reason.strip())
    if procedure == "direct_award":
        return TenderPeriodCheck(days, None, None, "", True, True, "")
    if days is not None and days < 0:
        return TenderPeriodCheck(days, None, None, TENDER_REFERENCE, False, False,
                                 "Sista anbudsdag kan inte vara före annonseringsdagen.")
    if procedure == "below_threshold":
        return _below_threshold(rules, days, electronic=electronic, pin=pin, urgent=urgent, has_reason=has_reason)
    minimum = minimum_tender_days(rules, procedure, electronic=electronic, pin=pin, urgent=urgent)
    if minimum is None:
        name = PROCEDURE_NAMES.get(procedure, procedure)
        return TenderPeriodCheck(days, None, None, TENDER_REFERENCE, False, True,
                                 f"Ingen regel för minsta anbudstid finns för {name} ({TENDER_REFERENCE}). "
                                 "Lägg in den under Upphandlingsregler.")
    least, key = minimum
    if days is None or days >= least or has_reason:
        return TenderPeriodCheck(days, least, key, TENDER_REFERENCE, True, False, "")
    return TenderPeriodCheck(
        days, least, key, TENDER_REFERENCE, False, False,
        f"Anbudstiden är {_days_text(days)} men ska vara minst {_days_text(least)} "
        f"({_rule_text(key)}; {TENDER_REFERENCE}). Förläng tiden eller ange skälet till den kortare tiden.")


def _below_threshold(rules: Mapping[str, int], days: int | None, *, electronic: bool, pin: bool, urgent: bool,
                     has_reason: bool) -> TenderPeriodCheck:
    """Below the threshold there is no fixed minimum; the open procedure's minimum serves as a yardstick."""
    yardstick = minimum_tender_days(rules, "open", electronic=electronic, pin=pin, urgent=urgent)
    least = yardstick[0] if yardstick else None
    if days is None or least is None or days >= least or has_reason:
        return TenderPeriodCheck(days, None, None, BELOW_THRESHOLD_REFERENCE, True, True, "")
    return TenderPeriodCheck(
        days, None, None, BELOW_THRESHOLD_REFERENCE, False, True,
        f"Anbudstiden är {_days_text(days)}. Under tröskelvärdet ska anbudstiden vara skälig "
        f"({BELOW_THRESHOLD_REFERENCE}); ett öppet förfarande över tröskelvärdet kräver minst "
        f"{_days_text(least)}. "
        "Kontrollera att tiden räcker för leverantörerna.")


def standstill(sent_on: date, *, electronic: bool, rules: Mapping[str, int]) -> Standstill:
    """The standstill after an award decision sent on ``sent_on`` (10 days electronically, else 15).

    When day N is not a working day the period runs to and including the next working day (lag 1930:173).
    """
    key = STANDSTILL_KEYS[electronic]
    if key not in rules:
        raise UserError(f"Regeln för avtalsspärr ({key}) saknas. Lägg in den under Upphandlingsregler.")
    days = rules[key]
    nominal = sent_on + timedelta(days=days)
    last_day = workdays.add_days_to_working_day(sent_on, days)
    reason = workdays.non_working_reason(nominal)
    moved = f"dag {days} är {reason}" if last_day != nominal and reason else ""
    return Standstill(sent_on, days, nominal, last_day, last_day + timedelta(days=1), moved)


def needs_standstill(procedure: str) -> bool:
    """Every procedure has an avtalsspärr except a direct award (20 kap. 1 §)."""
    return procedure != "direct_award"


def rules_in(session: Session) -> dict[str, int]:
    """The rule table as {key: days}, inside the caller's transaction."""
    return {key: days for key, days in session.execute(select(DeadlineRule.key, DeadlineRule.days))}


def rules_map(db) -> dict[str, int]:
    with db.read() as session:
        return rules_in(session)
