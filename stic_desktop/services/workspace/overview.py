"""Overview (Översikt), the start page: what needs the regional manager's attention now.

Upcoming meetings, invitations not yet sent, minutes not yet adjusted and open action items by
person. Later issues add their own blocks; each block is one query, none per row.

A start page is read at a glance: each block holds at most ``LIMIT`` rows (the soonest meetings, the
oldest unadjusted minutes, the most overdue action items), read with LIMIT in SQL, beside the block's
total from a COUNT, so that the counts shown stay right however many rows there are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import case, func, select

from stic_desktop.core import clock
from stic_desktop.models import ActionItem, Meeting
from stic_desktop.services.meetings import action_items, meetings
from stic_desktop.services.meetings.action_items import ActionItemRecord
from stic_desktop.services.meetings.meetings import MeetingRecord
from stic_desktop.services.people import groups

UPCOMING_DAYS = 30  # meetings shown as coming up: today and the next 30 days
INVITATION_DAYS = 60  # drafts this close still need their invitation sent
NOBODY = "Ingen ansvarig"
LIMIT = 50  # rows per block on the start page; the list pages show every one


@dataclass(frozen=True)
class Overview:
    today: date
    upcoming: list[MeetingRecord]  # not cancelled, starting today .. today + 30 days, by start
    invitations_not_sent: list[MeetingRecord]  # drafts starting today .. today + 60 days, by start
    minutes_not_adjusted: list[MeetingRecord]  # held, minutes not yet adjusted, oldest first
    # (responsible person's name, their open items: overdue first, then by due date, undated last),
    # people in Swedish alphabetical order, items without anyone responsible last.
    open_actions_by_person: list[tuple[str, list[ActionItemRecord]]] = field(default_factory=list)
    # how many there are in all (each list above holds at most LIMIT of them); None: the list holds every one
    upcoming_total: int | None = None
    invitations_total: int | None = None
    minutes_total: int | None = None
    open_actions_total: int | None = None
    # per person (None: nobody responsible) with open items shown: (open items, overdue ones) in all
    actions_per_person: dict[int | None, tuple[int, int]] = field(default_factory=dict)

    def total(self, name: str) -> int:
        """How many rows the block ``name`` ("upcoming", "invitations", "minutes", "open_actions") has in all."""
        counted = getattr(self, f"{name}_total")
        if counted is not None:
            return counted
        if name == "open_actions":
            return sum(len(items) for _name, items in self.open_actions_by_person)
        return len({"upcoming": self.upcoming, "invitations": self.invitations_not_sent,
                    "minutes": self.minutes_not_adjusted}[name])

    def is_overdue(self, item: ActionItemRecord) -> bool:
        return item.due_date is not None and item.due_date < self.today and item.done_on is None


def _meetings(db, today: date, limit: int | None) -> tuple[list[MeetingRecord], list[MeetingRecord],
                                                           list[MeetingRecord], tuple[int, int, int]]:
    """The three meeting blocks, at most ``limit`` rows each, and their totals (one read: a consistent snapshot)."""
    start = meetings.day_start(today)
    upcoming_end = meetings.day_start(today + timedelta(days=UPCOMING_DAYS + 1))
    invitation_end = meetings.day_start(today + timedelta(days=INVITATION_DAYS + 1))
    conditions = {
        "upcoming": (Meeting.starts_at >= start, Meeting.starts_at < upcoming_end, Meeting.status != "cancelled"),
        "drafts": (Meeting.starts_at >= start, Meeting.starts_at < invitation_end, Meeting.status == "draft"),
        "held": (Meeting.status == "held",),
    }
    with db.read() as session:
        lists, totals = [], []
        for where in conditions.values():
            rows = [meetings.record_from_row(row) for row in session.execute(
                meetings.list_query().where(*where).order_by(Meeting.starts_at, Meeting.id).limit(limit))]
            lists.append(rows)
            totals.append(len(rows) if limit is None or len(rows) < limit else session.execute(
                select(func.count()).select_from(Meeting).where(*where)).scalar_one())
    upcoming, drafts, held = lists
    return upcoming, drafts, held, tuple(totals)


def _by_person(items: list[ActionItemRecord], today: date) -> list[tuple[str, list[ActionItemRecord]]]:
    grouped: dict[int | None, list[ActionItemRecord]] = {}
    for item in items:
        grouped.setdefault(item.responsible_id, []).append(item)

    def item_order(item: ActionItemRecord) -> tuple:
        overdue = item.due_date is not None and item.due_date < today
        return (not overdue, item.due_date is None, item.due_date or date.max, item.meeting_date, item.id)

    def person_order(entry: tuple[int | None, list[ActionItemRecord]]) -> tuple:
        person_id, person_items = entry
        return (person_id is None, groups.sort_key(person_items[0].responsible_name), person_id or 0)

    return [(person_items[0].responsible_name if person_id is not None else NOBODY,
             sorted(person_items, key=item_order))
            for person_id, person_items in sorted(grouped.items(), key=person_order)]


def _open_actions(db, today: date, limit: int | None) -> tuple[list[ActionItemRecord], int,
                                                                 dict[int | None, tuple[int, int]]]:
    """The ``limit`` most urgent open items (overdue first, then by due date), their total, and per person shown
    how many open and overdue items they have in all."""
    shown = action_items.open_action_items(db, limit=limit)
    overdue = func.count(case((ActionItem.due_date < today, 1)))
    with db.read() as session:
        if limit is None or len(shown) < limit:
            total = len(shown)
        else:
            total = session.execute(select(func.count()).select_from(ActionItem).where(ActionItem.done_on.is_(None))).scalar_one()
        people = {item.responsible_id for item in shown}
        named = [person for person in people if person is not None]
        rows = session.execute(
            select(ActionItem.responsible_id, func.count(), overdue)
            .where(ActionItem.done_on.is_(None), ActionItem.responsible_id.in_(named))
            .group_by(ActionItem.responsible_id)).all() if named else []
        if None in people:
            rows = [*rows, (None, *session.execute(select(func.count(), overdue).where(
                ActionItem.done_on.is_(None), ActionItem.responsible_id.is_(None))).one())]
    return shown, total, {person: (count, late) for person, count, late in rows}


def overview(db, today: date | None = None, *, limit: int | None = LIMIT,
             action_limit: int | None = LIMIT) -> Overview:
    """Everything on the start page as of ``today`` (the real today when left out); each block at most ``limit``
    rows (the open action items ``action_limit``; None: every row)."""
    day = today or clock.today()
    upcoming, drafts, held, (upcoming_total, drafts_total, held_total) = _meetings(db, day, limit)
    shown, actions_total, per_person = _open_actions(db, day, action_limit)
    return Overview(day, upcoming, drafts, held, _by_person(shown, day), upcoming_total, drafts_total, held_total,
                    actions_total, per_person)
