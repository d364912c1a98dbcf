"""The deadline calculator (the Tidsfrister dialog and ``stic-desktop deadlines``): the time limits of
``deadlines`` with the database's rule table, and the Swedish sentences both show."""

from __future__ import annotations

from datetime import date

from stic_desktop.core import dates
from stic_desktop.services.procurement.deadlines import (
    HOLIDAY_REFERENCE,
    PROCEDURE_NAMES,
    Deadline,
    Standstill,
    TenderDeadlines,
    _days_text,
    rules_map,
    standstill,
    tender_deadlines,
)


def calculate_tender(db, procedure: str, notice_on: date, *, electronic: bool = False, pin: bool = False,
                     documents_electronic: bool = True, invitation_on: date | None = None,
                     agreement: str = "") -> TenderDeadlines:
    """The deadline calculator (Tidsfrister, ``stic-desktop deadlines tender``) with the database's rule table."""
    return tender_deadlines(rules_map(db), procedure, notice_on, electronic=electronic, pin=pin,
                            documents_electronic=documents_electronic, invitation_on=invitation_on,
                            agreement=agreement)


def calculate_standstill(db, sent_on: date, *, electronic: bool = True, days: int | None = None) -> Standstill:
    """The standstill calculator (Tidsfrister, ``stic-desktop deadlines standstill``)."""
    return standstill(sent_on, electronic=electronic, rules=rules_map(db), days=days)


def _day_text(day: date) -> str:
    return f"{day.isoformat()} ({dates.weekday_name(day)})"


def deadline_line(deadline: Deadline) -> str:
    """One Swedish sentence: the earliest last day, the rule it follows and why it moved."""
    title = "Sista dag för anbudsansökningar" if deadline.what == "anbudsansökningar" else "Sista anbudsdag"
    text = (f"{title}: tidigast {_day_text(deadline.last_day)}. {_days_text(deadline.days)} från den dag "
            f"{deadline.start_text} ({deadline.start.isoformat()}), {deadline.reference}.")
    for note in deadline.notes:
        text += f" {note[0].upper()}{note[1:]}."
    if deadline.moved_because:
        text += (f" Flyttad från {deadline.nominal.isoformat()} eftersom {deadline.moved_because}: tiden löper till "
                 f"slutet av nästa arbetsdag ({HOLIDAY_REFERENCE}).")
    return text


def tender_lines(result: TenderDeadlines) -> list[str]:
    lines = [f"Förfarande: {PROCEDURE_NAMES[result.procedure]}",
             f"Annonsen skickad för publicering: {_day_text(result.notice_on)}"]
    lines += [deadline_line(d) for d in (result.application, result.tender) if d is not None]
    lines += [f"Obs: {note}" for note in result.notes]
    return lines


def standstill_lines(result: Standstill, *, electronic: bool) -> list[str]:
    how = "elektroniskt" if electronic else "på annat sätt än elektroniskt"
    longer = " (längre än lagens minsta tid, angiven i underrättelsen)" if result.longer else ""
    last = (f"Avtalsspärrens sista dag: {_day_text(result.last_day)}. {_days_text(result.days)}{longer} från den "
            f"dag beslutet skickades, {result.reference}.")
    lines = [f"Tilldelningsbeslutet skickat: {_day_text(result.sent_on)}, {how}", last]
    if result.moved_because:
        lines[-1] += (f" Flyttad från {result.nominal_last_day.isoformat()} eftersom {result.moved_because}: "
                      "spärren löper till och med nästa arbetsdag (lag 1930:173).")
    lines.append(f"Avtal får tecknas tidigast: {_day_text(result.first_signing_day)}")
    return lines
