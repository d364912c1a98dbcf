"""Overview (Översikt), the start page: what needs the regional manager's attention now.

Upcoming meetings, invitations not yet sent, minutes not yet adjusted and open action items by
person. Later issues add their own blocks; each block is one query, none per row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from stic_desktop.core import clock
from stic_desktop.models import Meeting
from stic_desktop.services.meetings import action_items, meetings
from stic_desktop.services.meetings.action_items import ActionItemRecord
from stic_desktop.services.meetings.meetings import MeetingRecord
from stic_desktop.services.people import groups

UPCOMING_DAYS = 30  # meetings shown as coming up: today and the next 30 days
INVITATION_DAYS = 60  # drafts this close still need their invitation sent
NOBODY = "Ingen ansvarig"


@dataclass(frozen=True)
class Overview:
    today: date
    upcoming: list[MeetingRecord]  # not cancelled, starting today .. today + 30 days, by start
    invitations_not_sent: list[MeetingRecord]  # drafts starting today .. today + 60 days, by start
    minutes_not_adjusted: list[MeetingRecord]  # held, minutes not yet adjusted, oldest first
    # (responsible person's name, their open items: overdue first, then by due date, undated last),
    # people in Swedish alphabetical order, items without anyone responsible last.
    open_actions_by_person: list[tuple[str, list[ActionItemRecord]]] = field(default_factory=list)

    def is_overdue(self, item: ActionItemRecord) -> bool:
        return item.due_date is not None and item.due_date < self.today and item.done_on is None


def _meetings(db, today: date) -> tuple[list[MeetingRecord], list[MeetingRecord], list[MeetingRecord]]:
    """The three meeting blocks from two queries in one read (a consistent snapshot)."""
    horizon = meetings.day_start(today + timedelta(days=max(UPCOMING_DAYS, INVITATION_DAYS) + 1))
    upcoming_end = meetings.day_start(today + timedelta(days=UPCOMING_DAYS + 1))
    with db.read() as session:
        soon = [meetings.record_from_row(row) for row in session.execute(
            meetings.list_query()
            .where(Meeting.starts_at >= meetings.day_start(today), Meeting.starts_at < horizon,
                   Meeting.status != "cancelled")
            .order_by(Meeting.starts_at, Meeting.id))]
        held = [meetings.record_from_row(row) for row in session.execute(
            meetings.list_query().where(Meeting.status == "held").order_by(Meeting.starts_at, Meeting.id))]
    upcoming = [m for m in soon if m.starts_at < upcoming_end]
    drafts = [m for m in soon if m.status == "draft"]
    return upcoming, drafts, held


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


def overview(db, today: date | None = None) -> Overview:
    """Everything on the start page as of ``today`` (the real today when left out)."""
    day = today or clock.today()
    upcoming, drafts, held = _meetings(db, day)
    return Overview(day, upcoming, drafts, held, _by_person(action_items.open_action_items(db), day))
