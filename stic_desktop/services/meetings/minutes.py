"""Minutes (Protokoll): notes and decisions per item, § numbers, adjusting (justering) and reopening.

Adjusted minutes are locked: every edit of the meeting, its agenda, attendance and officers is
refused until they are reopened with a reason, which the audit log keeps. Action items live in
``action_items``.
"""

from __future__ import annotations

from sqlalchemy import select

from stic_desktop.core import clock
from stic_desktop.errors import FieldError, ValidationError
from stic_desktop.models import Invitee
from stic_desktop.services import audit, validation
from stic_desktop.services.meetings import agenda
from stic_desktop.services.meetings.agenda import AgendaItemRecord
from stic_desktop.services.meetings.records import (
    ENTITY,
    MEETING_FIELDS,
    STATUS_LABELS,
    MeetingRecord,
    get_meeting_row,
    meeting_record,
)
from stic_desktop.services.transaction import retrying

REOPEN_ACTION = "reopen"


def set_minutes(db, item_id: int, notes: str, decision: str, dispatch_to: str | None = None) -> AgendaItemRecord:
    """The secretary's notes and the decision for one item (refused once the minutes are adjusted), and who
    the decision is sent to (expedieras; left as it is when None)."""
    errors = validation.FieldErrors()
    values = {}
    for field, text, what, limit in (("minutes_notes", notes, "Anteckningarna", 50000),
                                     ("decision", decision, "Beslutet", 50000),
                                     ("dispatch_to", dispatch_to, "Expedieras till", 2000)):
        if text is not None:
            errors.parse_into(values, field, validation.optional_text, text or "", what, limit)
    errors.raise_if_any()
    with db.write() as session:
        item, _meeting = agenda.editable_item(session, item_id)
        with audit.changing(session, db.actor_id, agenda.ENTITY, item, agenda.ITEM_FIELDS):
            for field, value in values.items():
                setattr(item, field, value)
            session.flush()
        return agenda.item_record(session, item)


@retrying
def number_paragraphs(db, meeting_id: int) -> None:
    """§ numbers for items without one, continuing the group's numbering for the calendar year.

    Numbers already given never change. Only a held meeting is numbered (mark_held does it).
    """
    with db.write() as session:
        meeting = get_meeting_row(session, meeting_id)
        if meeting.status not in ("held", "adjusted"):
            raise ValidationError("status", "Paragraferna numreras när mötet är genomfört.")
        agenda.number_items(session, db.actor_id, meeting)


@retrying
def adjust_minutes(db, meeting_id: int) -> MeetingRecord:
    """Protokoll justerat: needs a held meeting, a chair, a secretary and at least one adjuster."""
    with db.write() as session:
        meeting = get_meeting_row(session, meeting_id)
        missing: list[FieldError] = []
        if meeting.status != "held":
            missing.append(FieldError("status", f"mötet är {STATUS_LABELS[meeting.status].lower()}, inte genomfört"))
        if meeting.chair_id is None:
            missing.append(FieldError("chair_id", "ordförande saknas"))
        if meeting.secretary_id is None:
            missing.append(FieldError("secretary_id", "sekreterare saknas"))
        adjusters = session.scalar(select(Invitee.id).where(Invitee.meeting_id == meeting.id,
                                                            Invitee.adjuster.is_(True)).limit(1))
        if adjusters is None:
            missing.append(FieldError("adjusters", "minst en justerare behövs"))
        if missing:
            first, *rest = missing
            raise ValidationError.of([
                FieldError(first.field, f"Protokollet kan inte justeras: {first.message}."),
                *(FieldError(e.field, e.message[0].upper() + e.message[1:] + ".") for e in rest),
            ])
        agenda.number_items(session, db.actor_id, meeting)
        with audit.changing(session, db.actor_id, ENTITY, meeting, MEETING_FIELDS):
            meeting.status = "adjusted"
            meeting.adjusted_at = clock.utcnow()
            session.flush()
        return meeting_record(session, meeting.id)


def reopen_minutes(db, meeting_id: int, reason: str) -> MeetingRecord:
    """Back to genomförd so the minutes can be corrected; the reason goes into the audit log."""
    try:
        why = validation.require_text(reason or "", "Skälet till att protokollet öppnas igen", 2000)
    except ValueError as exc:
        raise ValidationError("reason", str(exc)) from None
    with db.write() as session:
        meeting = get_meeting_row(session, meeting_id)
        if meeting.status != "adjusted":
            raise ValidationError("status", "Protokollet är inte justerat, så det behöver inte öppnas igen.")
        before = audit.snapshot(meeting, MEETING_FIELDS)
        meeting.status = "held"
        meeting.adjusted_at = None
        session.flush()
        audit.record(session, db.actor_id, ENTITY, meeting.id, REOPEN_ACTION, {**before, "reason": None},
                     {**audit.snapshot(meeting, MEETING_FIELDS), "reason": why})
        return meeting_record(session, meeting.id)
