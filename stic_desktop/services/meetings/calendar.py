"""Calendar (Kalender): the meetings of a period and what is wrong with them.

Warnings: a meeting on a weekend or a holiday, a person invited to two meetings at the same time,
a room booked twice. Cancelled meetings are shown but never warned about or counted as a clash.
The period is read with two queries (meetings, then the invitees of those meetings) and clashes
are found by a sweep over start times per person and per room, so a year of ~5,000 meetings with
~50,000 invitees costs one pass instead of a query per meeting.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from operator import itemgetter

from sqlalchemy import select

from stic_desktop.models import Invitee, Meeting, Person
from stic_desktop.core import dates, workdays
from stic_desktop.services.meetings import meetings
from stic_desktop.services.meetings.meetings import MeetingRecord

WARNING_KINDS = {
    "holiday": "Helgdag",
    "weekend": "Helg",
    "person_overlap": "Dubbelbokad person",
    "room_double_booked": "Dubbelbokad lokal",
}


@dataclass(frozen=True)
class CalendarWarning:
    meeting_id: int
    kind: str  # a key of WARNING_KINDS
    message: str

    @property
    def kind_label(self) -> str:
        return WARNING_KINDS[self.kind]


def room_key(location: str) -> str:
    """Rooms compare without regard to case or spacing: "Sal  3" and "sal 3" are the same room."""
    return " ".join(location.split()).casefold()


def _when(meeting: MeetingRecord) -> str:
    return dates.meeting_time(meeting.starts_at, meeting.ends_at)


def _day_warning(meeting: MeetingRecord) -> CalendarWarning | None:
    day = meeting.meeting_date
    holiday = workdays.holiday_name(day)
    if holiday:
        return CalendarWarning(meeting.id, "holiday", f"Mötet ligger på {holiday} "
                                                      f"({dates.long_date(day, weekday=True)}), som inte är en arbetsdag.")
    reason = workdays.non_working_reason(day)
    if reason:
        return CalendarWarning(meeting.id, "weekend", f"Mötet ligger på en {reason} ({dates.long_date(day)}).")
    return None


Pair = tuple[Hashable, MeetingRecord, MeetingRecord]


def overlapping_pairs(items: Iterable[tuple[Hashable, MeetingRecord]]) -> list[Pair]:
    """(key, a, b) for every two meetings with the same key whose times overlap (touching ends do not).

    Per key the meetings are sorted by start and swept, keeping only those still running; the work is
    proportional to the meetings plus the clashes found.
    """
    by_key: dict[Hashable, list[tuple[datetime, int, MeetingRecord]]] = defaultdict(list)
    for key, meeting in items:
        by_key[key].append((meeting.starts_at, meeting.id, meeting))
    pairs: list[Pair] = []
    for key, group in by_key.items():
        if len(group) < 2:
            continue
        group.sort(key=itemgetter(0, 1))
        running: list[MeetingRecord] = []
        latest_end = group[0][2].ends_at
        for starts, _id, meeting in group:
            if running and starts < latest_end:
                running = [r for r in running if r.ends_at > starts]
                pairs.extend((key, other, meeting) for other in running)
                latest_end = max(latest_end, meeting.ends_at)
            else:  # everything before has ended: the usual case, kept cheap
                running = []
                latest_end = meeting.ends_at
            running.append(meeting)
    return pairs


def _invitations(db, start: date, end: date) -> list:
    """(person id, name, meeting id) for every invitee of the period's meetings that are not cancelled.

    Executed on the session's connection (plain rows, no ORM loading): a year has ~50,000 of them.
    """
    query = (
        select(Invitee.person_id, Person.name, Invitee.meeting_id)
        .join(Meeting, Meeting.id == Invitee.meeting_id)
        .join(Person, Person.id == Invitee.person_id)
        .where(Meeting.starts_at >= meetings.day_start(start),
               Meeting.starts_at < meetings.day_start(end + timedelta(days=1)),
               Meeting.status != "cancelled")
    )
    with db.read() as session:
        return session.connection().execute(query).all()


def warnings_for(db, listed: list[MeetingRecord], start: date, end: date) -> list[CalendarWarning]:
    """The warnings for ``listed`` (the meetings of start..end), by meeting start, then kind."""
    active = [m for m in listed if m.status != "cancelled"]
    by_id = {m.id: m for m in active}
    found: list[CalendarWarning] = [w for w in map(_day_warning, active) if w is not None]

    people = [((person_id, name), by_id[meeting_id]) for person_id, name, meeting_id in _invitations(db, start, end)
              if meeting_id in by_id]
    for (_person_id, name), a, b in overlapping_pairs(people):
        for this, other in ((a, b), (b, a)):
            message = f"{name} är också kallad till ”{other.title}” samtidigt ({_when(other)})."
            found.append(CalendarWarning(this.id, "person_overlap", message))

    rooms = [(room_key(m.location), m) for m in active if room_key(m.location)]
    for _key, a, b in overlapping_pairs(rooms):
        for this, other in ((a, b), (b, a)):
            message = (f"Lokalen ”{this.location.strip()}” är också bokad för ”{other.title}” "
                       f"samtidigt ({_when(other)}).")
            found.append(CalendarWarning(this.id, "room_double_booked", message))

    order = {m.id: index for index, m in enumerate(listed)}
    kinds = list(WARNING_KINDS)
    return sorted(found, key=lambda w: (order[w.meeting_id], kinds.index(w.kind), w.message))


def calendar(db, start: date, end: date) -> tuple[list[MeetingRecord], list[CalendarWarning]]:
    """The meetings starting on start..end (both days included, Swedish time) and their warnings."""
    listed = meetings.list_meetings(db, start=start, end=end)
    return listed, warnings_for(db, listed, start, end)
