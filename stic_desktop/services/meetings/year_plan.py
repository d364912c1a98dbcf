"""Year plan (Årsplan): a group's meetings for a year in one step, on working days, then adjusted one by one.

The pattern is "the nth (or last) weekday of each chosen month" (e.g. the steering group on the
first Tuesday of February, April, September and November). A date that is not a working day
moves to the next working day; when that would leave the month (the last Thursday of December
is Nyårsafton), it moves back to the previous working day instead, so every month keeps its meeting.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from stic_desktop.core import dates, workdays
from stic_desktop.models import Group, Meeting
from stic_desktop.services import validation
from stic_desktop.services.meetings import meetings, records

YEAR_MIN, YEAR_MAX = 2000, 2100
NTH_LABELS = {1: "första", 2: "andra", 3: "tredje", 4: "fjärde", -1: "sista"}
WEEKDAY_LABELS = {i: name for i, name in enumerate(dates.WEEKDAY_NAMES[:5])}  # meetings on weekdays only
_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})$")


@dataclass(frozen=True)
class YearPlanInput:
    group_id: int | None
    year: int
    months: tuple[int, ...]
    weekday: int  # 0 = Monday
    nth: int  # 1..4, or -1 for the last one in the month
    start_time: str  # "HH:MM" as typed ("9.30" is accepted too)
    end_time: str
    location: str = ""
    title: str = ""  # empty: "<group name> – <month> <year>" per meeting


def _parse_time(text: str, field: str, what: str, errors: validation.FieldErrors) -> time | None:
    match = _TIME.match((text or "").strip())
    if match and int(match.group(1)) < 24 and int(match.group(2)) < 60:
        return time(int(match.group(1)), int(match.group(2)))
    errors.add(field, f"{what} ska skrivas TT:MM, t.ex. 09:30.")
    return None


def _checked(data: YearPlanInput) -> tuple[validation.FieldErrors, list[int], time | None, time | None]:
    """Every error in the pattern (no database needed), the sorted months and the parsed times."""
    errors = validation.FieldErrors()
    if not isinstance(data.year, int) or not YEAR_MIN <= data.year <= YEAR_MAX:
        errors.add("year", f"Året ska vara mellan {YEAR_MIN} och {YEAR_MAX}.")
    months = sorted(set(data.months or ()))
    if not months:
        errors.add("months", "Välj minst en månad.")
    elif any(not isinstance(m, int) or not 1 <= m <= 12 for m in months):
        errors.add("months", "Månaderna ska vara 1–12 (januari–december).")
    if data.weekday not in WEEKDAY_LABELS:
        errors.add("weekday", "Möten planeras på vardagar: välj en veckodag måndag–fredag.")
    if data.nth not in NTH_LABELS:
        errors.add("nth", "Välj första, andra, tredje, fjärde eller sista veckodagen i månaden.")
    start = _parse_time(data.start_time, "start_time", "Starttiden", errors)
    end = _parse_time(data.end_time, "end_time", "Sluttiden", errors)
    if start and end and end <= start:
        errors.add("end_time", "Mötet kan inte sluta innan det börjar.")
    return errors, months, start, end


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The nth (1..4) or last (-1) ``weekday`` of the month."""
    if nth == -1:
        last = date(year, month, calendar.monthrange(year, month)[1])
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def _working_date(day: date) -> tuple[date, str | None]:
    reason = workdays.non_working_reason(day)
    if reason is None:
        return day, None
    moved = workdays.next_working_day(day)
    if moved.month != day.month:
        moved = workdays.previous_working_day(day)
    return moved, (f"{dates.long_date(day, weekday=True)} är {reason}; "
                   f"mötet flyttas till {dates.long_date(moved, weekday=True)}.")


def _dates(data: YearPlanInput, months: list[int]) -> list[tuple[date, str | None]]:
    return [_working_date(nth_weekday(data.year, month, data.weekday, data.nth)) for month in months]


def propose_dates(data: YearPlanInput) -> list[tuple[date, str | None]]:
    """The meeting dates for the pattern, by month, each with why it was moved (None when it was not)."""
    errors, months, _start, _end = _checked(data)
    errors.raise_if_any()
    return _dates(data, months)


def default_title(group_name: str, day: date) -> str:
    return f"{group_name} – {dates.month_year(day)}"


def _group(session: Session, group_id: int | None, errors: validation.FieldErrors) -> Group | None:
    if group_id is None:
        errors.add("group_id", "Välj en grupp.")
        return None
    group = session.get(Group, group_id)
    if group is None:
        errors.add("group_id", f"Det finns ingen grupp med id {group_id}.")
    elif not group.active:
        errors.add("group_id", f"{group.name} är inaktiv; en inaktiv grupp får inga nya möten.")
    return group if group is not None and group.active else None


def _days_with_meetings(session: Session, group_id: int, year: int) -> set[date]:
    """The days (Swedish time) the group already meets in ``year``, cancelled meetings left out."""
    starts = session.execute(select(Meeting.starts_at).where(
        Meeting.group_id == group_id, Meeting.status != "cancelled",
        Meeting.starts_at >= meetings.day_start(date(year, 1, 1)),
        Meeting.starts_at < meetings.day_start(date(year + 1, 1, 1)))).scalars()
    return {moment.astimezone(records.STOCKHOLM).date() for moment in starts}


def create_year_plan(db, data: YearPlanInput) -> list[meetings.MeetingRecord]:
    """Creates the plan's draft meetings, with the group's members on each date invited, in one transaction.

    Each meeting goes through ``meetings.insert_meeting``, so it is validated, audited and gets its
    invitees exactly as a meeting created by hand; if any one is refused, none is created. A day the group
    already has a meeting is skipped, so a plan run twice creates nothing the second time.
    """
    errors, months, start, end = _checked(data)
    with db.write() as session:
        group = _group(session, data.group_id, errors)
        errors.raise_if_any()
        assert group is not None and start is not None and end is not None
        created: list[int] = []
        taken = _days_with_meetings(session, group.id, data.year)
        for day, _reason in _dates(data, months):
            if day in taken:
                continue
            meeting = meetings.insert_meeting(session, db.actor_id, meetings.MeetingInput(
                group_id=group.id,
                title=data.title.strip() or default_title(group.name, day),
                starts_at=datetime.combine(day, start, tzinfo=records.STOCKHOLM),
                ends_at=datetime.combine(day, end, tzinfo=records.STOCKHOLM),
                kind="regular",
                location=data.location,
            ))
            created.append(meeting.id)
        session.flush()
        if not created:
            return []
        rows = session.execute(meetings.list_query().where(Meeting.id.in_(created)).order_by(Meeting.starts_at)).all()
        return [meetings.record_from_row(row) for row in rows]
