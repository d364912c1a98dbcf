"""Meetings (Möten): plan, invite, hold, cancel; the status flow and the calendar sequence number.

Status: utkast → kallad → genomförd → protokoll justerat (minutes.py); utkast/kallad → inställd.
Invitees, replies, attendance and quorum live in ``invitees``; the shared labels and
``MeetingRecord`` in ``records``.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from stic_desktop.core import clock
from stic_desktop.errors import ValidationError
from stic_desktop.models import AgendaAttachment, AgendaItem, Group, Meeting, Person
from stic_desktop.services import audit, validation, versions
from stic_desktop.services.meetings import agenda
from stic_desktop.services.meetings import invitees as meeting_invitees
from stic_desktop.services.meetings.invitees import invite_group_members, remove_member_invitees
from stic_desktop.services.meetings.records import (
    ENTITY,
    KIND_LABELS,
    MEETING_FIELDS,
    STATUS_LABELS,
    STOCKHOLM,
    MeetingInput,
    MeetingRecord,
    day_start,
    ensure_unlocked,
    get_meeting_row,
    list_query,
    meeting_record,
    record_from_row,
)
from stic_desktop.services.transaction import retrying
from stic_desktop.storage import blobs as storage

FIELD_LABELS = {
    "group_id": "Grupp",
    "title": "Rubrik",
    "kind": "Mötestyp",
    "starts_at": "Börjar",
    "ends_at": "Slutar",
    "location": "Plats/lokal",
    "online_link": "Länk för digitalt deltagande",
    "case_number": "Diarienummer",
    "notes": "Anteckningar",
    "chair_id": "Ordförande",
    "secretary_id": "Sekreterare",
    "invitation_planned_on": "Kallelsen skickas",
}
_EDITED = ("group_id", "title", "kind", "starts_at", "ends_at", "location", "online_link", "case_number", "notes")


def new_uid() -> str:
    """The calendar UID: made once when the meeting is created and never changed."""
    return f"{uuid.uuid4().hex}@stic-desktop"


def _time(value: datetime | None, field: str, what: str, errors: validation.FieldErrors) -> datetime | None:
    if value is None:
        errors.add(field, f"{what} måste fyllas i.")
        return None
    if not isinstance(value, datetime) or value.tzinfo is None or value.utcoffset() is None:
        errors.add(field, f"{what} saknar tidszon (tiden ska anges i svensk tid).")
        return None
    return value


def _validated(session: Session, data: MeetingInput) -> dict:
    """Values ready to store, or a ValidationError listing every wrong field."""
    errors = validation.FieldErrors()
    values: dict = {"group_id": data.group_id}
    if data.group_id is not None and session.get(Group, data.group_id) is None:
        errors.add("group_id", "Gruppen finns inte (den kan ha tagits bort).")
    texts = {
        "title": lambda t: validation.require_text(t, "Rubriken", 300),
        "location": lambda t: validation.optional_text(t, "Platsen", 300),
        "online_link": lambda t: validation.optional_text(t, "Länken", 1000),
        "case_number": lambda t: validation.optional_text(t, "Diarienumret", 50),
        "notes": lambda t: validation.optional_text(t, "Anteckningarna", 20000),
    }
    for name, parse in texts.items():
        errors.parse_into(values, name, parse, getattr(data, name) or "")
    if data.kind not in KIND_LABELS:
        errors.add("kind", f"Okänd mötestyp ”{data.kind}”. Välj ordinarie, extra eller workshop.")
    values["kind"] = data.kind
    starts = _time(data.starts_at, "starts_at", "Starttiden", errors)
    ends = _time(data.ends_at, "ends_at", "Sluttiden", errors)
    if starts and ends and ends <= starts:
        errors.add("ends_at", "Mötet kan inte sluta innan det börjar.")
    planned = data.invitation_planned_on
    if planned is not None and starts and planned > starts.astimezone(STOCKHOLM).date():
        errors.add("invitation_planned_on", "Kallelsen kan inte planeras att skickas efter mötesdagen "
                                            f"({starts.astimezone(STOCKHOLM).date().isoformat()}).")
    values["invitation_planned_on"] = planned
    errors.raise_if_any()
    # Kept in UTC, as read back from the database, so an unchanged time compares (and audits) as unchanged.
    values["starts_at"], values["ends_at"] = starts.astimezone(timezone.utc), ends.astimezone(timezone.utc)
    return values


def _reread(session: Session, meeting: Meeting) -> MeetingRecord:
    session.flush()
    return meeting_record(session, meeting.id)


def list_meetings(db, *, start: date | None = None, end: date | None = None,
                  group_id: int | None = None) -> list[MeetingRecord]:
    """Meetings starting on ``start``..``end`` (both days included, Swedish time), by start; one query."""
    query = list_query()
    if start is not None:
        query = query.where(Meeting.starts_at >= day_start(start))
    if end is not None:
        query = query.where(Meeting.starts_at < day_start(date.fromordinal(end.toordinal() + 1)))
    if group_id is not None:
        query = query.where(Meeting.group_id == group_id)
    with db.read() as session:
        rows = session.execute(query.order_by(Meeting.starts_at, Meeting.id)).all()
    return [record_from_row(row) for row in rows]


def get_meeting(db, meeting_id: int) -> MeetingRecord:
    with db.read() as session:
        return meeting_record(session, meeting_id)


def insert_meeting(session: Session, actor_id: int | None, data: MeetingInput, *,
                   invite_group_members: bool = True) -> Meeting:
    """Creates a draft meeting inside the caller's transaction (the year plan creates many in one)."""
    values = _validated(session, data)
    meeting = Meeting(**values, status="draft", uid=new_uid(), sequence=0)
    audit.created(session, actor_id, ENTITY, meeting, MEETING_FIELDS)
    if invite_group_members:
        meeting_invitees.invite_group_members(session, actor_id, meeting)
    return meeting


def create_meeting(db, data: MeetingInput, *, invite_group_members: bool = True) -> MeetingRecord:
    """A draft meeting; invitees are the group's members on the meeting's day (none without a group)."""
    with db.write() as session:
        meeting = insert_meeting(session, db.actor_id, data, invite_group_members=invite_group_members)
        return _reread(session, meeting)


def _not_cancelled(meeting: Meeting) -> None:
    if meeting.status == "cancelled":
        raise ValidationError("status", "Mötet är inställt och kan inte ändras.")


def update_meeting(db, meeting_id: int, data: MeetingInput, *, expected_version: int | None = None) -> MeetingRecord:
    """Saves the edits; once the invitation is sent every real change raises the calendar SEQUENCE.
    ``expected_version`` refuses saving over someone else's newer change (services.versions)."""
    with db.write() as session:
        meeting = get_meeting_row(session, meeting_id)
        versions.check_version(session, ENTITY, meeting, expected_version, f"mötet ”{meeting.title}”")
        ensure_unlocked(meeting)
        _not_cancelled(meeting)
        values = _validated(session, data)
        group_changed = values["group_id"] != meeting.group_id
        if group_changed and meeting.status != "draft":
            raise ValidationError("group_id", "Gruppen kan bara bytas medan mötet är ett utkast. "
                                              "Ställ in mötet och skapa ett nytt för den andra gruppen.")
        with audit.changing(session, db.actor_id, ENTITY, meeting, MEETING_FIELDS):
            sent_as = audit.snapshot(meeting, _EDITED)
            for name, value in values.items():
                setattr(meeting, name, value)
            if audit.snapshot(meeting, _EDITED) != sent_as and meeting.invitation_sent_at:
                meeting.sequence += 1
            session.flush()
        if group_changed:
            remove_member_invitees(session, db.actor_id, meeting)
            invite_group_members(session, db.actor_id, meeting)
        return _reread(session, meeting)


def delete_meeting(db, meeting_id: int) -> None:
    """Only a draft can go (with its invitees and agenda); a meeting that was called is cancelled instead."""
    with db.write() as session:
        meeting = get_meeting_row(session, meeting_id)
        if meeting.status != "draft":
            raise ValidationError("status", f"Bara utkast kan tas bort; mötet är {STATUS_LABELS[meeting.status].lower()}. "
                                            "Ställ in mötet i stället, så finns historiken kvar.")
        files = set(session.scalars(
            select(AgendaAttachment.sha256).join(AgendaItem, AgendaItem.id == AgendaAttachment.agenda_item_id)
            .where(AgendaItem.meeting_id == meeting.id)))
        # invitees, agenda items, attachments and action items go by ON DELETE CASCADE
        audit.deleted(session, db.actor_id, ENTITY, meeting, MEETING_FIELDS)
        session.flush()
        session.expunge_all()
        for sha in files:
            storage.discard_if_unused(session, sha)


def _set_status(db, meeting_id: int, check, change) -> MeetingRecord:
    with db.write() as session:
        meeting = get_meeting_row(session, meeting_id)
        check(meeting)
        with audit.changing(session, db.actor_id, ENTITY, meeting, MEETING_FIELDS):
            change(session, meeting)
            session.flush()
        return _reread(session, meeting)


def cancel_meeting(db, meeting_id: int) -> MeetingRecord:
    """Status inställd; the SEQUENCE is raised so calendars replace the event with the cancellation."""

    def check(meeting: Meeting) -> None:
        if meeting.status == "cancelled":
            raise ValidationError("status", "Mötet är redan inställt.")
        if meeting.status in ("held", "adjusted"):
            raise ValidationError("status", "Ett genomfört möte kan inte ställas in.")

    def change(_session: Session, meeting: Meeting) -> None:
        meeting.status = "cancelled"
        meeting.sequence += 1

    return _set_status(db, meeting_id, check, change)


def mark_invitation_sent(db, meeting_id: int) -> MeetingRecord:
    """Utkast → kallad, with the time sent. Sending again (after a change, or a cancellation) updates the time."""

    def check(meeting: Meeting) -> None:
        if meeting.status in ("held", "adjusted"):
            raise ValidationError("status", "Mötet är redan genomfört; ingen kallelse kan skickas.")

    def change(_session: Session, meeting: Meeting) -> None:
        if meeting.status == "draft":
            meeting.status = "invited"
        meeting.invitation_sent_at = clock.utcnow()

    return _set_status(db, meeting_id, check, change)


@retrying
def mark_held(db, meeting_id: int) -> MeetingRecord:
    """Kallad (or utkast) → genomförd; the agenda items get their § numbers now."""

    def check(meeting: Meeting) -> None:
        if meeting.status not in ("draft", "invited"):
            raise ValidationError("status", f"Mötet är {STATUS_LABELS[meeting.status].lower()} och kan inte "
                                            "markeras som genomfört.")

    def change(session: Session, meeting: Meeting) -> None:
        meeting.status = "held"
        agenda.number_items(session, db.actor_id, meeting)

    return _set_status(db, meeting_id, check, change)


def set_officers(db, meeting_id: int, chair_id: int | None, secretary_id: int | None) -> MeetingRecord:
    """Ordförande and sekreterare of the meeting (printed on the minutes with signature lines)."""
    with db.write() as session:
        meeting = get_meeting_row(session, meeting_id)
        ensure_unlocked(meeting)
        errors = validation.FieldErrors()
        for field, person_id in (("chair_id", chair_id), ("secretary_id", secretary_id)):
            if person_id is not None and session.get(Person, person_id) is None:
                errors.add(field, f"{FIELD_LABELS[field]}: personen finns inte.")
        if chair_id is not None and chair_id == secretary_id:
            errors.add("secretary_id", "Ordförande och sekreterare ska vara två olika personer.")
        errors.raise_if_any()
        with audit.changing(session, db.actor_id, ENTITY, meeting, MEETING_FIELDS):
            meeting.chair_id, meeting.secretary_id = chair_id, secretary_id
            session.flush()
        return _reread(session, meeting)
