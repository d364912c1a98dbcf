"""Action items (åtgärder) decided at a meeting: who does what by when, followed up until done.

Re-exported by ``services.minutes``. The group's later agendas list the open ones as
"uppföljning". They belong to the minutes, so they are locked with them, except marking one
done, which happens long after the minutes were adjusted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from stic_desktop.core import clock
from stic_desktop.errors import ValidationError
from stic_desktop.models import ActionItem, AgendaItem, Meeting, Person
from stic_desktop.services import audit, lookup, validation, versions
from stic_desktop.services.meetings.records import STOCKHOLM, ensure_unlocked, get_meeting_row

ENTITY = "action_item"
FIELDS = ("meeting_id", "agenda_item_id", "description", "responsible_id", "due_date", "done_on")
_TODAY = object()  # mark_done's default: done today


@dataclass(frozen=True)
class ActionItemInput:
    description: str = ""
    responsible_id: int | None = None
    due_date: str = ""  # ISO date as typed, or empty


@dataclass(frozen=True)
class ActionItemRecord:
    id: int
    meeting_id: int
    meeting_title: str
    meeting_date: date
    group_id: int | None
    agenda_item_id: int | None
    description: str
    responsible_id: int | None
    responsible_name: str  # "" when nobody is responsible
    due_date: date | None
    done_on: date | None
    paragraph: int | None = None  # § of the agenda item it was decided under
    row_version: int | None = None  # as loaded; a form hands it back (see services.versions)

    @property
    def done(self) -> bool:
        return self.done_on is not None

    def as_input(self) -> ActionItemInput:
        return ActionItemInput(self.description, self.responsible_id, self.due_date.isoformat() if self.due_date else "")


def _query():
    """Plain columns in ``ActionItemRecord``'s order (the meeting's start in place of its date), not ActionItem
    objects: the overview reads every open item, and a row is cheaper than an object per item.

    The responsible's name and the item's § are looked up by primary key per item (scalar subqueries, the same
    values as outer joins): joined, PostgreSQL hashed every agenda item of every meeting (55,000 at the large size,
    16 ms) to find the few hundred open items' paragraphs."""
    name = select(Person.name).where(Person.id == ActionItem.responsible_id).correlate(ActionItem).scalar_subquery()
    paragraph = (select(AgendaItem.paragraph).where(AgendaItem.id == ActionItem.agenda_item_id)
                 .correlate(ActionItem).scalar_subquery())
    return (
        select(ActionItem.id, ActionItem.meeting_id, Meeting.title, Meeting.starts_at, Meeting.group_id,
               ActionItem.agenda_item_id, ActionItem.description, ActionItem.responsible_id, name,
               ActionItem.due_date, ActionItem.done_on, paragraph, ActionItem.row_version)
        .join(Meeting, Meeting.id == ActionItem.meeting_id)
    )


def _open_order():
    return (ActionItem.due_date.is_(None), ActionItem.due_date, Meeting.starts_at, ActionItem.id)


def records(session: Session, query) -> list[ActionItemRecord]:
    return [
        ActionItemRecord(item_id, meeting_id, title, starts.astimezone(STOCKHOLM).date(), group_id, agenda_item_id,
                         description, responsible_id, name or "", due_date, done_on, paragraph, row_version)
        for (item_id, meeting_id, title, starts, group_id, agenda_item_id, description, responsible_id, name,
             due_date, done_on, paragraph, row_version) in session.execute(query)
    ]


def open_before(session: Session, meeting: Meeting) -> list[ActionItemRecord]:
    """Open items from the same group's earlier meetings: the agenda's "uppföljning"."""
    if meeting.group_id is None:
        return []
    return records(session, _query().where(
        Meeting.group_id == meeting.group_id, Meeting.starts_at < meeting.starts_at, Meeting.id != meeting.id,
        Meeting.status != "cancelled", ActionItem.done_on.is_(None)).order_by(*_open_order()))


def _validated(session: Session, data: ActionItemInput) -> dict:
    errors = validation.FieldErrors()
    values: dict = {}
    errors.parse_into(values, "description", validation.require_text, data.description or "", "Beskrivningen", 5000)
    errors.parse_into(values, "due_date", validation.parse_date, str(data.due_date or ""))
    if data.responsible_id is not None:
        person = session.get(Person, data.responsible_id)
        if person is None:
            errors.add("responsible_id", "Den ansvariga personen finns inte.")
        elif person.anonymised:
            errors.add("responsible_id", "Personen är anonymiserad och kan inte få nya uppgifter.")
    values["responsible_id"] = data.responsible_id
    errors.raise_if_any()
    return values


def _row(session: Session, action_item_id: int) -> ActionItem:
    return lookup.row(session, ActionItem, action_item_id, "ingen åtgärd")


def _reread(session: Session, row: ActionItem) -> ActionItemRecord:
    session.flush()
    return records(session, _query().where(ActionItem.id == row.id))[0]


def add_action_item(db, meeting_id: int, data: ActionItemInput, agenda_item_id: int | None = None) -> ActionItemRecord:
    with db.write() as session:
        meeting = get_meeting_row(session, meeting_id)
        ensure_unlocked(meeting)
        values = _validated(session, data)
        if agenda_item_id is not None:
            item = session.get(AgendaItem, agenda_item_id)
            if item is None or item.meeting_id != meeting.id:
                raise ValidationError("agenda_item_id", "Dagordningspunkten hör inte till mötet.")
        row = ActionItem(meeting_id=meeting.id, agenda_item_id=agenda_item_id, done_on=None, **values)
        audit.created(session, db.actor_id, ENTITY, row, FIELDS)
        return _reread(session, row)


def _change(db, action_item_id: int, change, *, locked_too: bool = False,
            expected_version: int | None = None) -> ActionItemRecord:
    with db.write() as session:
        row = _row(session, action_item_id)
        versions.check_version(session, ENTITY, row, expected_version, f"åtgärden ”{row.description[:60]}”")
        if not locked_too:
            ensure_unlocked(get_meeting_row(session, row.meeting_id))
        with audit.changing(session, db.actor_id, ENTITY, row, FIELDS):
            change(session, row)
            session.flush()
        return _reread(session, row)


def update_action_item(db, action_item_id: int, data: ActionItemInput, *,
                       expected_version: int | None = None) -> ActionItemRecord:
    """``expected_version`` refuses saving over someone else's newer change (services.versions)."""
    def change(session: Session, row: ActionItem) -> None:
        for name, value in _validated(session, data).items():
            setattr(row, name, value)

    return _change(db, action_item_id, change, expected_version=expected_version)


def mark_done(db, action_item_id: int, done_on: date | None = _TODAY) -> ActionItemRecord:  # type: ignore[assignment]
    """Done on ``done_on`` (today when left out); ``None`` makes it open again. Allowed after adjusting."""
    day = clock.today() if done_on is _TODAY else done_on

    def change(_session: Session, row: ActionItem) -> None:
        row.done_on = day

    return _change(db, action_item_id, change, locked_too=True)


def delete_action_item(db, action_item_id: int) -> None:
    with db.write() as session:
        row = _row(session, action_item_id)
        ensure_unlocked(get_meeting_row(session, row.meeting_id))
        audit.deleted(session, db.actor_id, ENTITY, row, FIELDS)


def open_action_items(db, *, group_id: int | None = None, person_id: int | None = None,
                      limit: int | None = None) -> list[ActionItemRecord]:
    """Not yet done, earliest due first (no due date last); optionally one group's or one person's, or the first
    ``limit``."""
    query = _query().where(ActionItem.done_on.is_(None))
    if group_id is not None:
        query = query.where(Meeting.group_id == group_id)
    if person_id is not None:
        query = query.where(ActionItem.responsible_id == person_id)
    with db.read() as session:
        return records(session, query.order_by(*_open_order()).limit(limit))


def action_items(db, meeting_id: int) -> list[ActionItemRecord]:
    with db.read() as session:
        get_meeting_row(session, meeting_id)
        return records(session, _query().where(ActionItem.meeting_id == meeting_id).order_by(ActionItem.id))
