"""Calendar (Kalender): the meetings of a period and what is wrong with them.

Warnings: a meeting on a weekend or a holiday, a person invited to two meetings at the same time,
a room booked twice (an online place such as "Digitalt (Teams)" is not a room). Cancelled meetings are shown but
never warned about or counted as a clash. A warning the office has looked at can be ignored: the choice is kept
in the database (organisation settings), since it is a judgement about the meeting that every user shares, and
it comes back when the meeting moves to another day.
The period is read with two queries (meetings, then the invitees of those meetings) and clashes
are found by a sweep over start times per person and per room, so a year of ~5,000 meetings with
~50,000 invitees costs one pass instead of a query per meeting.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Hashable, Iterable
from datetime import date, datetime, timedelta
from itertools import groupby
from operator import itemgetter

from sqlalchemy import select

from stic_desktop.core import dates, workdays
from stic_desktop.models import Invitee, Meeting, OrganisationSetting, Person
from stic_desktop.services import audit
from stic_desktop.services.meetings import meetings
from stic_desktop.services.meetings.meetings import MeetingRecord

WARNING_KINDS = {
    "holiday": "Helgdag",
    "weekend": "Helg",
    "person_overlap": "Dubbelbokad person",
    "room_double_booked": "Dubbelbokad lokal",
}


# Places that are a link, not a room: two meetings "in Teams" at once are no clash.
ONLINE_WORDS = ("teams", "zoom", "digital", "online", "länk", "webex", "distans", "http://", "https://")
IGNORED_SETTING = "calendar_ignored_warnings"  # organisation setting: JSON list of warning keys
IGNORED_ENTITY = "calendar_warning"  # audit rows keyed by the meeting's id


class CalendarWarning:
    """One warning about one meeting (a value: frozen, compared by its fields).

    A clash's message is worded when it is read: a month at the huge demo size holds ~70,000 clashes (a person or a
    room in two meetings at once), and their sentences alone took 30 MB. ``message`` may be given as the text or as
    ``(function, *arguments)`` that make it; the chips and the list read the few they show.
    """

    __slots__ = ("meeting_id", "kind", "_message", "key", "ignored")
    meeting_id: int
    kind: str  # a key of WARNING_KINDS
    key: str  # stable while the meeting stays on its day: "meeting:kind:day[:what it clashes with]"
    ignored: bool

    def __init__(self, meeting_id: int, kind: str, message: str | tuple, key: str = "", ignored: bool = False) -> None:
        for name, value in (("meeting_id", meeting_id), ("kind", kind), ("_message", message), ("key", key),
                            ("ignored", ignored)):
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"CalendarWarning is frozen: cannot set {name}")

    @property
    def message(self) -> str:
        text = self._message
        return text if type(text) is str else text[0](*text[1:])

    @property
    def kind_label(self) -> str:
        return WARNING_KINDS[self.kind]

    def marked_ignored(self) -> CalendarWarning:
        return CalendarWarning(self.meeting_id, self.kind, self._message, self.key, True)

    def _fields(self) -> tuple:
        return self.meeting_id, self.kind, self.message, self.key, self.ignored

    def __eq__(self, other: object) -> bool:
        return self._fields() == other._fields() if isinstance(other, CalendarWarning) else NotImplemented

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return (f"CalendarWarning(meeting_id={self.meeting_id!r}, kind={self.kind!r}, message={self.message!r}, "
                f"key={self.key!r}, ignored={self.ignored!r})")


def is_online(location: str) -> bool:
    """"Digitalt (Teams)", "Zoom-länk", "Online": a meeting link, which any number of meetings can share."""
    text = location.casefold()
    return any(word in text for word in ONLINE_WORDS)


def room_key(location: str) -> str:
    """Rooms compare without regard to case or spacing: "Sal  3" and "sal 3" are the same room; online is none."""
    return "" if is_online(location) else " ".join(location.split()).casefold()


def _when(meeting: MeetingRecord) -> str:
    return dates.meeting_time(meeting.starts_at, meeting.ends_at)


def _warning_key(meeting: MeetingRecord, kind: str, *what: object) -> str:
    return ":".join(str(part) for part in (meeting.id, kind, meeting.meeting_date.isoformat(), *what))


def _day_warning(meeting: MeetingRecord) -> CalendarWarning | None:
    day = meeting.meeting_date
    holiday = workdays.holiday_name(day)
    if holiday:
        return CalendarWarning(meeting.id, "holiday", f"Mötet ligger på {holiday} "
                                                      f"({dates.long_date(day, weekday=True)}), som inte är en arbetsdag.",
                               _warning_key(meeting, "holiday"))
    reason = workdays.non_working_reason(day)
    if reason:
        return CalendarWarning(meeting.id, "weekend", f"Mötet ligger på en {reason} ({dates.long_date(day)}).",
                               _warning_key(meeting, "weekend"))
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
    for (person_id, name), a, b in overlapping_pairs(people):
        for this, other in ((a, b), (b, a)):
            found.append(CalendarWarning(this.id, "person_overlap", (_person_message, name, other),
                                         _warning_key(this, "person_overlap", person_id, other.id)))

    rooms = [(room_key(m.location), m) for m in active if room_key(m.location)]
    for _key, a, b in overlapping_pairs(rooms):
        for this, other in ((a, b), (b, a)):
            found.append(CalendarWarning(this.id, "room_double_booked", (_room_message, this, other),
                                         _warning_key(this, "room_double_booked", other.id)))

    ignored = ignored_keys(db)
    if ignored:
        found = [w.marked_ignored() if w.key in ignored else w for w in found]
    order = {m.id: index for index, m in enumerate(listed)}
    kinds = {kind: index for index, kind in enumerate(WARNING_KINDS)}
    found.sort(key=lambda w: (order[w.meeting_id], kinds[w.kind]))
    # then by message within each meeting and kind: the sentences of one run at a time, not of every clash at once
    ordered: list[CalendarWarning] = []
    for _, run in groupby(found, key=lambda w: (w.meeting_id, w.kind)):
        run = list(run)
        if len(run) > 1:
            run.sort(key=lambda w: w.message)
        ordered += run
    return ordered


def _person_message(name: str, other: MeetingRecord) -> str:
    return f"{name} är också kallad till ”{other.title}” samtidigt ({_when(other)})."


def _room_message(this: MeetingRecord, other: MeetingRecord) -> str:
    return f"Lokalen ”{this.location.strip()}” är också bokad för ”{other.title}” samtidigt ({_when(other)})."


def calendar(db, start: date, end: date) -> tuple[list[MeetingRecord], list[CalendarWarning]]:
    """The meetings starting on start..end (both days included, Swedish time) and their warnings, the ignored
    ones marked."""
    listed = meetings.list_meetings(db, start=start, end=end)
    return listed, warnings_for(db, listed, start, end)


# -- ignored warnings ------------------------------------------------------------------------------

def _ignored(session) -> tuple[OrganisationSetting | None, set[str]]:
    setting = session.get(OrganisationSetting, IGNORED_SETTING)
    return setting, set(json.loads(setting.text_value or "[]")) if setting is not None else set()


def ignored_keys(db) -> frozenset[str]:
    with db.read() as session:
        return frozenset(_ignored(session)[1])


def set_ignored(db, warnings: Iterable[CalendarWarning], ignored: bool = True) -> int:
    """Ignores the warnings (or shows them again) for everyone; logged per meeting. Returns how many changed."""
    chosen = [w for w in warnings if w.key]
    with db.write() as session:
        setting, keys = _ignored(session)
        changed = [w for w in chosen if (w.key in keys) != ignored]
        if not changed:
            return 0
        for warning in changed:
            (keys.add if ignored else keys.discard)(warning.key)
            audit.record(session, db.actor_id, IGNORED_ENTITY, warning.meeting_id, "update",
                         {"ignored_warning": None if ignored else warning.message},
                         {"ignored_warning": warning.message if ignored else None})
        if setting is None:
            setting = OrganisationSetting(key=IGNORED_SETTING)
            session.add(setting)
        setting.text_value = json.dumps(sorted(keys), ensure_ascii=False)
    return len(changed)
