"""LOU time limits: applications and tenders (11 kap.) and the standstill period (20 kap. 1 and 3 §§).

The numbers live in the ``deadline_rules`` table (the user edits them under Upphandlingsregler); the functions
here are pure and take that table as a mapping, so they are easy to test and cheap to call per row. Working
days come from ``workdays`` (the one place that knows Swedish holidays).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from stic_desktop.core import workdays
from stic_desktop.errors import UserError
from stic_desktop.models import DeadlineRule
from stic_desktop.services.procurement.lou import (
    AGREEMENT_REFERENCE,
    APPLICATION_ONLY_PROCEDURES,
    BELOW_THRESHOLD_REFERENCE,
    EX_ANTE_REFERENCE,
    EXTENSION_KEY,
    EXTENSION_REFERENCE,
    FIXED_PERIOD_PROCEDURES,
    HOLIDAY_REFERENCE,
    PROCEDURE_NAMES,
    STANDSTILL_KEYS,
    STANDSTILL_REFERENCE,
    TENDER_REFERENCE,
    TWO_PHASE_PROCEDURES,
    VARIANT_NAMES,
    WITHOUT_NOTICE_PROCEDURES,
    rule_reference,
)


@dataclass(frozen=True)
class TenderPeriodCheck:
    """The tender period (advertised or invited → tender deadline) against the applicable minimum.

    ``ok`` False with ``warn_only`` False blocks saving; ``warn_only`` checks are shown but never block.
    ``message`` is "" when ok and always cites the rule. ``earliest`` is the first allowed last day (moved
    past weekends and holidays, 1182/71 art. 3.4); ``start`` the day the period is counted from.
    """

    days: int | None
    minimum: int | None
    rule_key: str | None
    reference: str
    ok: bool
    warn_only: bool
    message: str
    earliest: date | None = None
    moved_because: str = ""
    start: date | None = None


@dataclass(frozen=True)
class Standstill:
    """Avtalsspärr: day 0 is the day the award decision was sent (or the ex ante notice published); signing is
    allowed the day after last_day."""

    sent_on: date
    days: int
    nominal_last_day: date
    last_day: date
    first_signing_day: date
    moved_because: str  # "" when day N is a working day, else e.g. "dag 10 är söndag"
    reference: str = STANDSTILL_REFERENCE
    longer: bool = False  # a longer period than the minimum was stated in the notice (20 kap. 1 § tredje stycket)


@dataclass(frozen=True)
class Deadline:
    """The earliest allowed last day of one time limit: ``days`` calendar days from ``start`` (day 0), moved to
    the next working day when day N is not one (1182/71 art. 3.4)."""

    what: str  # "anbudsansökningar" or "anbud"
    start: date
    start_text: str  # what happened on day 0, e.g. "annonsen skickades för publicering"
    days: int
    nominal: date
    last_day: date
    rule_key: str
    reference: str
    moved_because: str  # "dag 30 är Påskdagen", "" when not moved
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class TenderDeadlines:
    procedure: str
    notice_on: date
    application: Deadline | None
    tender: Deadline | None
    notes: tuple[str, ...]


def tender_rule_key(procedure: str, variant: str) -> str:
    return f"tender.{procedure}.{variant}"


def minimum_tender_days(rules: Mapping[str, int], procedure: str, *, electronic: bool, pin: bool,
                        urgent: bool, agreement: str = "") -> tuple[int, str] | None:
    """(days, rule key) of the shortest tender period the law allows here; None when no fixed minimum applies.

    For restricted and negotiated procedures this is the period from the invitation to tender (11 kap. 3 §
    andra stycket). Every variant whose condition holds may be used, so the smallest wins (e.g. after a prior
    information notice 15 days even with electronic submission); ``urgent`` means urgency with a recorded
    reason (11 kap. 10 §). A period agreed with all candidates has no minimum; when no agreement was reached
    at least 10 days apply (11 kap. 7 §). Variants missing from ``rules`` are skipped.
    """
    if procedure not in FIXED_PERIOD_PROCEDURES:
        return None
    two_phase = procedure in TWO_PHASE_PROCEDURES
    if two_phase and agreement == "agreed":
        return None
    applicable = [("base", True), ("electronic", electronic), ("pin", pin), ("urgent", urgent),
                  ("not_reached", two_phase and agreement == "not_reached")]
    candidates = [(rules[key], key) for variant, holds in applicable
                  if holds and (key := tender_rule_key(procedure, variant)) in rules]
    if not candidates:
        return None
    return min(candidates, key=lambda c: c[0])  # first listed wins a tie: the plainer rule


def minimum_application_days(rules: Mapping[str, int], procedure: str, *, urgent: bool) -> tuple[int, str] | None:
    """(days, rule key) for the application period (11 kap. 3 §; urgency 11 kap. 10 § only for restricted and
    negotiated procedures); None for procedures without one."""
    if procedure not in TWO_PHASE_PROCEDURES + APPLICATION_ONLY_PROCEDURES:
        return None
    variants = ["base"] + (["urgent"] if urgent and procedure in TWO_PHASE_PROCEDURES else [])
    candidates = [(rules[key], key) for variant in variants if (key := f"application.{procedure}.{variant}") in rules]
    return min(candidates, key=lambda c: c[0]) if candidates else None


def _extended(rules: Mapping[str, int], least: tuple[int, str], documents_electronic: bool) -> tuple[int, tuple]:
    """The minimum plus 5 days when the documents are not freely available electronically (11 kap. 9 §), except
    for an urgent period (11 kap. 10 §)."""
    days, key = least
    if documents_electronic or key.endswith(".urgent") or EXTENSION_KEY not in rules:
        return days, ()
    extra = rules[EXTENSION_KEY]
    note = (f"+{_days_text(extra)} eftersom upphandlingsdokumenten inte finns fritt tillgängliga elektroniskt "
            f"({EXTENSION_REFERENCE})")
    return days + extra, (note,)


def earliest_last_day(start: date, days: int) -> tuple[date, date, str]:
    """(nominal day N, the earliest allowed last day, why it moved): day N on a Saturday, Sunday, public holiday,
    Midsummer Eve, Christmas Eve or New Year's Eve runs to the end of the next working day (1182/71 art. 3.4)."""
    nominal = start + timedelta(days=days)
    last_day = workdays.add_days_to_working_day(start, days)
    reason = why_not_working(nominal) if last_day != nominal else None
    return nominal, last_day, f"dag {days} är {reason}" if reason else ""


def why_not_working(day: date) -> str | None:
    """The holiday's name when there is one (Påskdagen is a Sunday, but its name says more), else the weekday."""
    return workdays.holiday_name(day) or workdays.non_working_reason(day)


def _deadline(what: str, start: date, start_text: str, least: tuple[int, str], notes: tuple[str, ...] = (),
              days: int | None = None) -> Deadline:
    count = least[0] if days is None else days
    nominal, last_day, moved = earliest_last_day(start, count)
    return Deadline(what, start, start_text, count, nominal, last_day, least[1], rule_reference(least[1]), moved,
                    notes)


def _tender_minimum(rules: Mapping[str, int], procedure: str, *, electronic: bool, pin: bool, urgent: bool,
                    agreement: str, documents_electronic: bool) -> tuple[int, str, tuple[str, ...]] | None:
    """The smallest (days incl. 11 kap. 9 §, rule key, notes) among the applicable variants."""
    if procedure not in FIXED_PERIOD_PROCEDURES or (procedure in TWO_PHASE_PROCEDURES and agreement == "agreed"):
        return None
    options = []
    for flag_urgent in ((False, True) if urgent else (False,)):
        least = minimum_tender_days(rules, procedure, electronic=electronic, pin=pin, urgent=flag_urgent,
                                    agreement=agreement)
        if least is not None:
            days, notes = _extended(rules, least, documents_electronic)
            options.append((days, least[1], notes))
    return min(options, key=lambda o: o[0]) if options else None


def tender_deadlines(rules: Mapping[str, int], procedure: str, notice_on: date, *, electronic: bool = False,
                     pin: bool = False, urgent: bool = False, documents_electronic: bool = True,
                     invitation_on: date | None = None, agreement: str = "") -> TenderDeadlines:
    """The earliest allowed last days for applications and tenders after a notice sent on ``notice_on``.

    Restricted and negotiated procedures count the tender period from the invitation to tender; without its
    date the earliest possible invitation (the day after the application deadline) is used and a note says so.
    ``urgent`` means urgency with a recorded reason (11 kap. 10 §).
    """
    if procedure not in PROCEDURE_NAMES:
        raise UserError(f"Okänt förfarande ”{procedure}”. Välj ett av: {', '.join(PROCEDURE_NAMES)}.")
    notes: list[str] = []
    application = tender = None
    if procedure in WITHOUT_NOTICE_PROCEDURES:
        notes.append("Ingen annonsering och därför inga lagstadgade tidsfrister för anbud (LOU 6 kap. 12 §, "
                     "19 a kap.).")
        return TenderDeadlines(procedure, notice_on, None, None, tuple(notes))
    if procedure == "below_threshold":
        notes.append(f"Under tröskelvärdet ska tidsfristen vara skälig ({BELOW_THRESHOLD_REFERENCE} 24 §); "
                     "ingen fast minsta tid.")
        return TenderDeadlines(procedure, notice_on, None, None, tuple(notes))
    least_application = minimum_application_days(rules, procedure, urgent=urgent)
    if least_application is not None:
        application = _deadline("anbudsansökningar", notice_on, "annonsen skickades för publicering",
                                least_application)
    if procedure in APPLICATION_ONLY_PROCEDURES:
        notes.append("Lagen anger ingen minsta anbudstid för detta förfarande; tiden ska vara skälig med hänsyn "
                     "till hur komplicerad upphandlingen är (LOU 11 kap. 1 §).")
        return TenderDeadlines(procedure, notice_on, application, None, tuple(notes))
    minimum = _tender_minimum(rules, procedure, electronic=electronic, pin=pin, urgent=urgent, agreement=agreement,
                              documents_electronic=documents_electronic)
    if procedure in TWO_PHASE_PROCEDURES:
        if agreement == "agreed":
            notes.append("Anbudstiden bestäms i överenskommelse med alla utvalda anbudssökande; ingen minsta tid "
                         f"({AGREEMENT_REFERENCE} första stycket).")
        elif agreement == "":
            notes.append("En kommun får i stället komma överens om anbudstiden med alla utvalda anbudssökande; nås "
                         f"ingen överenskommelse gäller minst 10 dagar från inbjudan ({AGREEMENT_REFERENCE}).")
    if minimum is None:
        return TenderDeadlines(procedure, notice_on, application, None, tuple(notes))
    days, key, extra_notes = minimum
    if procedure in TWO_PHASE_PROCEDURES:
        if invitation_on is None:
            invitation_on = (application.last_day if application else notice_on) + timedelta(days=1)
            start_text = "inbjudan att lämna anbud tidigast kan skickas (dagen efter sista dag för anbudsansökningar)"
        else:
            start_text = "inbjudan att lämna anbud skickades"
        tender = _deadline("anbud", invitation_on, start_text, (days, key), extra_notes)
    else:
        tender = _deadline("anbud", notice_on, "annonsen skickades för publicering", (days, key), extra_notes)
    return TenderDeadlines(procedure, notice_on, application, tender, tuple(notes))


def _days_text(days: int) -> str:
    return f"{days} dag" if abs(days) == 1 else f"{days} dagar"


def _rule_text(rule_key: str) -> str:
    _, procedure, variant = rule_key.split(".", 2)
    name = PROCEDURE_NAMES.get(procedure, procedure)
    return f"{name[0].upper()}{name[1:]}, {VARIANT_NAMES.get(variant, variant)}"


def _moved_text(deadline: Deadline) -> str:
    if not deadline.moved_because:
        return ""
    return (f" Eftersom {deadline.moved_because} löper tiden till och med nästa arbetsdag "
            f"({HOLIDAY_REFERENCE}).")


def check_tender_period(rules: Mapping[str, int], procedure: str, advertised_on: date | None,
                        deadline_on: date | None, *, electronic: bool, pin: bool, urgent: bool,
                        reason: str = "", documents_electronic: bool = True, invitation_on: date | None = None,
                        application_on: date | None = None, agreement: str = "") -> TenderPeriodCheck:
    """Whether the application deadline and the last tender day are late enough.

    Above the threshold a shorter period is allowed only for urgency with a written reason, and then never
    shorter than the urgent minimum (11 kap. 10 §); the reason shortens nothing else. Below the threshold only
    "skälig tid" applies, so a period shorter than the open procedure's minimum only warns. A last day that
    falls before the next working day after day N is too early (1182/71 art. 3.4). Nothing to check (no dates
    yet, no advertising) is ok.
    """
    has_reason = bool(reason.strip())
    days = (deadline_on - advertised_on).days if advertised_on and deadline_on else None
    if procedure in WITHOUT_NOTICE_PROCEDURES:
        return TenderPeriodCheck(days, None, None, "", True, True, "")
    if days is not None and days < 0:
        return TenderPeriodCheck(days, None, None, TENDER_REFERENCE, False, False,
                                 "Sista anbudsdag kan inte vara före annonseringsdagen.")
    if procedure == "below_threshold":
        return _below_threshold(rules, days, electronic=electronic, pin=pin, urgent=urgent, has_reason=has_reason)
    if procedure not in PROCEDURE_NAMES:
        return TenderPeriodCheck(days, None, None, TENDER_REFERENCE, False, True,
                                 f"Okänt förfarande ”{procedure}”.")
    if advertised_on is None:
        return TenderPeriodCheck(days, None, None, TENDER_REFERENCE, True, False, "")
    plain = tender_deadlines(rules, procedure, advertised_on, electronic=electronic, pin=pin, urgent=False,
                             documents_electronic=documents_electronic, invitation_on=invitation_on,
                             agreement=agreement)
    allowed = plain if not has_reason else tender_deadlines(
        rules, procedure, advertised_on, electronic=electronic, pin=pin, urgent=True,
        documents_electronic=documents_electronic, invitation_on=invitation_on, agreement=agreement)
    if (plain.application is None and plain.tender is None and procedure in FIXED_PERIOD_PROCEDURES
            and agreement != "agreed"):
        name = PROCEDURE_NAMES[procedure]
        return TenderPeriodCheck(days, None, None, TENDER_REFERENCE, False, True,
                                 f"Ingen regel för minsta anbudstid finns för {name} ({TENDER_REFERENCE}). "
                                 "Lägg in den under Upphandlingsregler.")
    application = allowed.application
    if application is not None:
        given = application_on or (deadline_on if procedure in APPLICATION_ONLY_PROCEDURES else None)
        if given is not None and given < application.last_day:
            return _too_early(days, application, given, urgent, has_reason,
                              "Sista dag för anbudsansökningar" if application_on else "Sista anbudsdag")
    tender = allowed.tender
    if tender is None:
        return TenderPeriodCheck(days, None, None, application.reference if application else TENDER_REFERENCE,
                                 True, False, "", application.last_day if application else None,
                                 application.moved_because if application else "", advertised_on)
    tender_days = (deadline_on - tender.start).days if deadline_on else None
    if deadline_on is None or deadline_on >= tender.last_day:
        return TenderPeriodCheck(tender_days, tender.days, tender.rule_key, tender.reference, True, False, "",
                                 tender.last_day, tender.moved_because, tender.start)
    return _too_early(tender_days, tender, deadline_on, urgent, has_reason, "Sista anbudsdag")


def _too_early(days: int | None, deadline: Deadline, given: date, urgent: bool, has_reason: bool,
               what: str) -> TenderPeriodCheck:
    """The refusal: what the earliest allowed day is, why, and what the user can do."""
    counted = (given - deadline.start).days
    if counted < deadline.days:
        head = (f"{'Anbudstiden' if deadline.what == 'anbud' else 'Ansökningstiden'} är {_days_text(counted)} men "
                f"ska vara minst {_days_text(deadline.days)} från den dag {deadline.start_text} "
                f"({_rule_text(deadline.rule_key)}; {deadline.reference}).")
    else:
        head = (f"{what} {given.isoformat()} är {why_not_working(given) or 'för tidig'}: en tidsfrist "
                "vars sista dag är en lördag, söndag eller helgdag löper till slutet av nästa arbetsdag "
                f"(räknat från den dag {deadline.start_text}, {deadline.start.isoformat()}).")
    head += f" {what} får vara tidigast {deadline.last_day.isoformat()}.{_moved_text(deadline)}"
    if deadline.rule_key.split(".")[1] in APPLICATION_ONLY_PROCEDURES:
        tail = f" Förläng tiden; {PROCEDURE_NAMES[deadline.rule_key.split('.')[1]]} har inga kortare tider vid brådska."
    elif urgent and not has_reason:
        tail = (" Kortare tid vid brådska (LOU 11 kap. 10 §) kräver ett skriftligt skäl: ange skälet till "
                "brådskan eller förläng tiden.")
    elif has_reason:
        tail = " Även vid brådska gäller minsta tiden ovan (LOU 11 kap. 10 §). Förläng tiden."
    else:
        tail = " Förläng tiden, eller ange skälet om upphandlingen är brådskande (LOU 11 kap. 10 §)."
    return TenderPeriodCheck(days, deadline.days, deadline.rule_key, deadline.reference, False, False, head + tail,
                             deadline.last_day, deadline.moved_because, deadline.start)


def _below_threshold(rules: Mapping[str, int], days: int | None, *, electronic: bool, pin: bool, urgent: bool,
                     has_reason: bool) -> TenderPeriodCheck:
    """Below the threshold there is no fixed minimum; the open procedure's minimum serves as a yardstick."""
    yardstick = minimum_tender_days(rules, "open", electronic=electronic, pin=pin, urgent=urgent and has_reason)
    least = yardstick[0] if yardstick else None
    if days is None or least is None or days >= least or has_reason:
        return TenderPeriodCheck(days, None, None, BELOW_THRESHOLD_REFERENCE, True, True, "")
    return TenderPeriodCheck(
        days, None, None, BELOW_THRESHOLD_REFERENCE, False, True,
        f"Anbudstiden är {_days_text(days)}. Under tröskelvärdet ska anbudstiden vara skälig "
        f"({BELOW_THRESHOLD_REFERENCE}); ett öppet förfarande över tröskelvärdet kräver minst "
        f"{_days_text(least)}. "
        "Kontrollera att tiden räcker för leverantörerna.")


def minimum_standstill_days(rules: Mapping[str, int], *, electronic: bool) -> int:
    key = STANDSTILL_KEYS[electronic]
    if key not in rules:
        raise UserError(f"Regeln för avtalsspärr ({key}) saknas. Lägg in den under Upphandlingsregler.")
    return rules[key]


def standstill(sent_on: date, *, electronic: bool, rules: Mapping[str, int], days: int | None = None) -> Standstill:
    """The standstill after an award decision sent on ``sent_on`` (10 days electronically, else 15, or the longer
    period ``days`` stated in the notice, 20 kap. 1 § tredje stycket).

    When the last day is not a working day the period runs to and including the next working day (lag 1930:173).
    """
    minimum = minimum_standstill_days(rules, electronic=electronic)
    if days is not None and days < minimum:
        raise UserError(f"Avtalsspärren kan inte vara kortare än {_days_text(minimum)} ({STANDSTILL_REFERENCE}).")
    count = minimum if days is None else days
    nominal, last_day, moved = earliest_last_day(sent_on, count)
    return Standstill(sent_on, count, nominal, last_day, last_day + timedelta(days=1), moved, STANDSTILL_REFERENCE,
                      count > minimum)


def ex_ante_standstill(published_on: date, *, rules: Mapping[str, int]) -> Standstill:
    """After a voluntary ex ante notice (10 kap. 5 §, 19 a kap. 9 §) no contract before 10 days from its
    publication (20 kap. 3 §)."""
    if "standstill.ex_ante" not in rules:
        raise UserError("Regeln för avtalsspärr efter annons om avsikt (standstill.ex_ante) saknas. Lägg in den "
                        "under Upphandlingsregler.")
    count = rules["standstill.ex_ante"]
    nominal, last_day, moved = earliest_last_day(published_on, count)
    return Standstill(published_on, count, nominal, last_day, last_day + timedelta(days=1), moved, EX_ANTE_REFERENCE)


def needs_standstill(procedure: str) -> bool:
    """Every procedure has an avtalsspärr after its award decision except a direct award and a negotiated
    procedure without prior publication (20 kap. 2 §, 19 a kap. 10 §)."""
    return procedure not in WITHOUT_NOTICE_PROCEDURES


def rules_in(session: Session) -> dict[str, int]:
    """The rule table as {key: days}, inside the caller's transaction."""
    return {key: days for key, days in session.execute(select(DeadlineRule.key, DeadlineRule.days))}


def rules_map(db) -> dict[str, int]:
    with db.read() as session:
        return rules_in(session)
