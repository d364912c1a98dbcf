"""The agenda (Dagordning): ordered items with computed times, the group's standard opening and
closing items, attachments, follow-ups, and the § numbers the minutes use.

Every change is refused once the minutes are adjusted. Attachments live in ``attachments``
and the groups' templates in ``agenda_templates``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from stic_desktop.errors import ValidationError
from stic_desktop.models import AgendaAttachment, AgendaItem, Meeting, Person
from stic_desktop.services import audit, lookup, validation, versions
from stic_desktop.services.meetings.action_items import ActionItemRecord, open_before
from stic_desktop.services.meetings.agenda_templates import template_items
from stic_desktop.services.meetings.attachments import AttachmentRecord, records_for_items
from stic_desktop.services.meetings.records import (
    STOCKHOLM,
    MeetingRecord,
    ensure_unlocked,
    get_meeting_row,
    local,
    meeting_record,
    year_bounds,
)
from stic_desktop.services.transaction import retrying
from stic_desktop.storage import blobs as storage

ENTITY = "agenda_item"
ITEM_KIND_LABELS = {"information": "Information", "discussion": "Diskussion", "decision": "Beslut"}
ITEM_FIELDS = ("meeting_id", "position", "title", "kind", "presenter_id", "duration_minutes", "description",
               "proposed_decision", "minutes_notes", "decision", "paragraph", "dispatch_to")
MAX_DURATION = 8 * 60


@dataclass(frozen=True)
class AgendaItemInput:
    title: str = ""
    kind: str = "information"
    presenter_id: int | None = None
    duration_minutes: int | str = 10
    description: str = ""
    proposed_decision: str = ""
    dispatch_to: str = ""  # expedieras: who the decision is sent to


@dataclass(frozen=True)
class AgendaItemRecord:
    id: int
    meeting_id: int
    position: int
    title: str
    kind: str
    kind_label: str
    presenter_id: int | None
    presenter_name: str  # "" when none
    duration_minutes: int
    description: str
    proposed_decision: str
    minutes_notes: str
    decision: str
    paragraph: int | None  # § number, set when the meeting is held
    starts_at: datetime  # computed: the meeting's start plus the durations before (Europe/Stockholm)
    ends_at: datetime
    attachments: tuple[AttachmentRecord, ...]
    row_version: int | None = None  # as loaded; a form hands it back (see services.versions)
    dispatch_to: str = ""  # expedieras: who the decision is sent to

    def as_input(self) -> AgendaItemInput:
        return AgendaItemInput(self.title, self.kind, self.presenter_id, self.duration_minutes, self.description,
                               self.proposed_decision, self.dispatch_to)


@dataclass(frozen=True)
class Agenda:
    meeting: MeetingRecord
    items: list[AgendaItemRecord]
    expected_end: datetime  # when the last item ends (Europe/Stockholm)
    overrun_minutes: int  # minutes past the booked end; 0 when the agenda fits
    follow_ups: list[ActionItemRecord]  # open action items of the group's earlier meetings

    @property
    def overruns(self) -> bool:
        return self.overrun_minutes > 0


# --- reading ------------------------------------------------------------------------------------

def item_rows(session: Session, meeting_id: int) -> list[AgendaItem]:
    return list(session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
                                .order_by(AgendaItem.position, AgendaItem.id)))


def item_records(session: Session, meeting: Meeting) -> list[AgendaItemRecord]:
    """Every item with its computed times (added in UTC, so a DST change is counted right)."""
    rows = session.execute(
        select(AgendaItem, Person.name).outerjoin(Person, Person.id == AgendaItem.presenter_id)
        .where(AgendaItem.meeting_id == meeting.id).order_by(AgendaItem.position, AgendaItem.id)
    ).all()
    attachments = records_for_items(session, [item.id for item, _ in rows])
    records, clock = [], meeting.starts_at
    for item, presenter in rows:
        end = clock + timedelta(minutes=item.duration_minutes)
        records.append(AgendaItemRecord(
            item.id, item.meeting_id, item.position, item.title, item.kind, ITEM_KIND_LABELS[item.kind],
            item.presenter_id, presenter or "", item.duration_minutes, item.description, item.proposed_decision,
            item.minutes_notes, item.decision, item.paragraph, clock.astimezone(STOCKHOLM), end.astimezone(STOCKHOLM),
            attachments.get(item.id, ()), item.row_version, item.dispatch_to or ""))
        clock = end
    return records


def item_record(session: Session, item: AgendaItem) -> AgendaItemRecord:
    session.flush()
    meeting = get_meeting_row(session, item.meeting_id)
    return next(r for r in item_records(session, meeting) if r.id == item.id)


def agenda(db, meeting_id: int) -> Agenda:
    with db.read() as session:
        meeting = get_meeting_row(session, meeting_id)
        items = item_records(session, meeting)
        expected_end = items[-1].ends_at if items else local(meeting.starts_at)
        over = (expected_end - meeting.ends_at).total_seconds()
        overrun = max(0, -int(-over // 60))  # whole minutes, rounded up
        return Agenda(meeting_record(session, meeting.id), items, expected_end, overrun, open_before(session, meeting))


# --- § numbers ----------------------------------------------------------------------------------

def number_items(session: Session, actor_id: int | None, meeting: Meeting) -> int:
    """Gives unnumbered items § numbers after the highest used in the group's meetings that calendar year.

    A meeting without a group numbers on its own. Numbers once given never change. Returns how many.
    """
    items = [i for i in item_rows(session, meeting.id) if i.paragraph is None]
    if not items:
        return 0
    if meeting.group_id is None:
        scope = AgendaItem.meeting_id == meeting.id
        highest = session.scalar(select(func.max(AgendaItem.paragraph)).where(scope))
        counted_in = f"meeting:{meeting.id}"
    else:
        year = local(meeting.starts_at).year
        first, after = year_bounds(year)
        highest = session.scalar(
            select(func.max(AgendaItem.paragraph)).join(Meeting, Meeting.id == AgendaItem.meeting_id)
            .where(Meeting.group_id == meeting.group_id, Meeting.starts_at >= first, Meeting.starts_at < after))
        counted_in = f"group:{meeting.group_id}:{year}"
    # Numbers given in this scope by meetings that have moved since count too: (scope, §) is unique.
    given = session.scalar(select(func.max(AgendaItem.paragraph)).where(AgendaItem.paragraph_scope == counted_in))
    for number, item in enumerate(items, start=max(highest or 0, given or 0) + 1):
        with audit.changing(session, actor_id, ENTITY, item, ITEM_FIELDS):
            item.paragraph = number
            item.paragraph_scope = counted_in
    session.flush()
    return len(items)


# --- editing ------------------------------------------------------------------------------------

def _duration(value: int | str) -> int:
    text = str(value).strip()
    if not text.isdigit() or int(text) > MAX_DURATION:
        raise ValueError(f"Tiden ska vara ett helt antal minuter, 0–{MAX_DURATION}.")
    return int(text)


def validated_item(session: Session, data: AgendaItemInput) -> dict:
    errors = validation.FieldErrors()
    values: dict = {}
    parsers = {
        "title": lambda v: validation.require_text(v or "", "Rubriken", 300),
        "duration_minutes": _duration,
        "description": lambda v: validation.optional_text(v or "", "Beskrivningen", 50000),
        "proposed_decision": lambda v: validation.optional_text(v or "", "Förslaget till beslut", 20000),
        "dispatch_to": lambda v: validation.optional_text(v or "", "Expedieras till", 2000),
    }
    for name, parse in parsers.items():
        errors.parse_into(values, name, parse, getattr(data, name))
    if data.kind not in ITEM_KIND_LABELS:
        errors.add("kind", f"Okänd typ ”{data.kind}”. Välj information, diskussion eller beslut.")
    if data.presenter_id is not None and session.get(Person, data.presenter_id) is None:
        errors.add("presenter_id", "Föredraganden finns inte.")
    errors.raise_if_any()
    return {**values, "kind": data.kind, "presenter_id": data.presenter_id}


def editable_item(session: Session, item_id: int) -> tuple[AgendaItem, Meeting]:
    item = lookup.row(session, AgendaItem, item_id, "ingen dagordningspunkt")
    meeting = get_meeting_row(session, item.meeting_id)
    ensure_unlocked(meeting)
    return item, meeting


def reposition(session: Session, actor_id: int | None, ordered: list[AgendaItem]) -> None:
    """Positions 0..n-1 in the given order; each item whose place changed gets an audit row."""
    for index, item in enumerate(ordered):
        if item.position != index:
            before = audit.snapshot(item, ITEM_FIELDS)
            item.position = index
            if item.id is not None:
                audit.record(session, actor_id, ENTITY, item.id, "update", before, audit.snapshot(item, ITEM_FIELDS))
    session.flush()


def insert_item(session: Session, actor_id: int | None, meeting: Meeting, values: dict) -> AgendaItem:
    """A new item, inside the caller's transaction (positions are fixed by the caller)."""
    item = AgendaItem(meeting_id=meeting.id, minutes_notes="", decision="", paragraph=None, **values)
    audit.created(session, actor_id, ENTITY, item, ITEM_FIELDS)
    return item


@retrying
def add_item(db, meeting_id: int, data: AgendaItemInput, position: int | None = None) -> AgendaItemRecord:
    """Adds an item last, or at ``position`` (0-based); an item added after the meeting gets its § at once."""
    with db.write() as session:
        meeting = get_meeting_row(session, meeting_id)
        ensure_unlocked(meeting)
        values = validated_item(session, data)
        items = item_rows(session, meeting.id)
        place = len(items) if position is None else max(0, min(int(position), len(items)))
        item = insert_item(session, db.actor_id, meeting, {**values, "position": place})
        reposition(session, db.actor_id, [*items[:place], item, *items[place:]])
        if meeting.status == "held":
            number_items(session, db.actor_id, meeting)
        return item_record(session, item)


def update_item(db, item_id: int, data: AgendaItemInput, *, expected_version: int | None = None) -> AgendaItemRecord:
    """``expected_version`` refuses saving over someone else's newer change (services.versions)."""
    with db.write() as session:
        item, _meeting = editable_item(session, item_id)
        versions.check_version(session, ENTITY, item, expected_version, f"punkten ”{item.title}”")
        values = validated_item(session, data)
        audit.updated(session, db.actor_id, ENTITY, item, values, ITEM_FIELDS)
        return item_record(session, item)


def delete_item(db, item_id: int) -> None:
    """Removes an item and closes the gap; an item with a § number stays (the numbering has no holes)."""
    with db.write() as session:
        item, meeting = editable_item(session, item_id)
        if item.paragraph is not None:
            raise ValidationError("paragraph", f"Punkten har fått § {item.paragraph} och kan inte tas bort. "
                                               "Skriv i protokollet att punkten utgick.")
        files = set(session.scalars(select(AgendaAttachment.sha256).where(AgendaAttachment.agenda_item_id == item.id)))
        audit.deleted(session, db.actor_id, ENTITY, item, ITEM_FIELDS)
        session.flush()
        reposition(session, db.actor_id, item_rows(session, meeting.id))
        for sha in files:
            storage.discard_if_unused(session, sha)


def move_item(db, item_id: int, new_position: int) -> AgendaItemRecord:
    """Drag and drop or keyboard: the item goes to ``new_position`` (0-based), the others close up."""
    with db.write() as session:
        item, meeting = editable_item(session, item_id)
        items = [i for i in item_rows(session, meeting.id) if i.id != item.id]
        place = max(0, min(int(new_position), len(items)))
        reposition(session, db.actor_id, [*items[:place], item, *items[place:]])
        return item_record(session, item)


@retrying
def apply_template(db, meeting_id: int):
    """Puts the template's items first and last; titles already there are kept, not added twice."""
    with db.write() as session:
        meeting = get_meeting_row(session, meeting_id)
        ensure_unlocked(meeting)
        opening, closing = template_items(session, meeting.group_id)
        current = item_rows(session, meeting.id)
        used: set[int] = set()

        def match(region, title: str):
            for row in region:
                if row.id not in used and row.title.strip().casefold() == title.casefold():
                    used.add(row.id)
                    return row
            return None

        def build(specs: list[tuple], region) -> list:
            return [match(region, title) or (title, kind, minutes) for title, kind, minutes in specs]

        head = build(opening, current[:len(opening)])
        tail = build(closing, [r for r in current[max(0, len(current) - len(closing)):] if r.id not in used])
        order = [*head, *(r for r in current if r.id not in used), *tail]
        for index, entry in enumerate(order):
            if isinstance(entry, tuple):
                title, kind, minutes = entry
                order[index] = insert_item(session, db.actor_id, meeting, {
                    "title": title, "kind": kind, "duration_minutes": minutes, "presenter_id": None,
                    "description": "", "proposed_decision": "", "position": index})
        reposition(session, db.actor_id, order)
        if meeting.status == "held":
            number_items(session, db.actor_id, meeting)
    return agenda(db, meeting_id)
