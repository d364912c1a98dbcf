"""What the meeting documents print, read in one transaction as frozen records (``meeting_document_data``),
and the attached PDFs a meeting pack merges (``meeting_pack_data``). The renderers in ``documents/`` take
these and never see the database.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from types import MappingProxyType

from sqlalchemy import select

from stic_desktop.errors import UserError
from stic_desktop.models import AuditEntry
from stic_desktop.services import pdf_safety
from stic_desktop.services.meetings import action_items as action_item_service
from stic_desktop.services.meetings import agenda, attachments
from stic_desktop.services.meetings import invitees as meeting_invitees
from stic_desktop.services.meetings.action_items import ActionItemRecord
from stic_desktop.services.meetings.agenda import AgendaItemRecord
from stic_desktop.services.meetings.invitees import InviteeRecord, Quorum
from stic_desktop.services.meetings.meetings import MeetingRecord
from stic_desktop.services.meetings.records import ENTITY, local
from stic_desktop.services.people import people, staff
from stic_desktop.services.transaction import one_read
from stic_desktop.services.workspace.organisation import OrganisationInfo, get_organisation


@dataclass(frozen=True)
class Contact:
    """Who answers for the meeting: replies to the invitation go here, and it is the calendar ORGANIZER."""

    name: str
    email: str
    title: str = ""


@dataclass(frozen=True)
class MeetingData:
    """Everything the meeting documents print, read in one go so a pack reads the database once."""

    meeting: MeetingRecord
    items: tuple[AgendaItemRecord, ...]
    expected_end: datetime
    follow_ups: tuple[ActionItemRecord, ...]  # open action items of the group's earlier meetings
    invitees: tuple[InviteeRecord, ...]
    action_items: tuple[ActionItemRecord, ...]  # decided at this meeting
    quorum: Quorum
    organisation: OrganisationInfo
    contact: Contact | None
    cancelled_at: datetime | None = None  # when the meeting was cancelled (Europe/Stockholm), from the audit log
    reply_by: date | None = None  # "Svar senast": the invitation's reply date (see ``reply_by_date``)

    @property
    def cancelled(self) -> bool:
        return self.meeting.status == "cancelled"

    @property
    def cancelled_after_start(self) -> bool:
        """Cancelled once it had begun (broken off): cancelled after its start time, with attendance or
        minutes already noted. Its minutes record what happened, marked INSTÄLLT. A meeting cancelled
        afterwards with nothing noted was simply never held."""
        if not self.cancelled or self.cancelled_at is None or self.cancelled_at < self.meeting.starts_at:
            return False
        return (any(i.attendance != "unknown" for i in self.invitees)
                or any(item.minutes_notes or item.decision for item in self.items))

    def substitute_for(self, invitee: InviteeRecord) -> str:
        """Who stands in for a voting member: the substitute they named in their reply, else the group's
        substitutes invited to the meeting (the group has no personal substitutes), else ""."""
        if not invitee.voting:
            return ""
        if invitee.rsvp == "substitute" and invitee.rsvp_substitute_name:
            return invitee.rsvp_substitute_name
        from stic_desktop.services.people.memberships import ROLE_LABELS

        return ", ".join(i.person_name for i in self.invitees if not i.guest and i.role_label == ROLE_LABELS["substitute"])

    @property
    def document_date(self) -> date:
        """The invitation's own date: the day it was sent, else the day it is planned to be sent, else the
        meeting's day (never the export day)."""
        return invitation_day(self.meeting) or self.meeting.meeting_date


@dataclass(frozen=True)
class MeetingPackData:
    """The meeting and the bytes of every attached PDF (by SHA-256), for a meeting pack."""

    data: MeetingData
    files: Mapping[str, bytes]


def reply_contact(db, meeting: MeetingRecord) -> Contact | None:
    """The meeting's secretary, else the regional manager, else the current user, else any STIC staff
    member: the first of them with an e-mail address. None when nobody has one."""
    team = staff.list_staff(db)
    candidates = [meeting.secretary_id] if meeting.secretary_id else []
    candidates += [m.id for m in team if "regionchef" in m.title.lower()]
    candidates += [db.actor_id] if db.actor_id else []
    candidates += [m.id for m in team]
    for person_id in dict.fromkeys(candidates):
        person = people.get_person(db, person_id)
        if person.email and not person.anonymised:
            return Contact(person.name, person.email, person.title)
    return None


REPLY_DAYS_BEFORE = 7


def invitation_day(meeting: MeetingRecord) -> date | None:
    """The day the invitation was sent, else the day it is planned to be sent; None when neither is known."""
    if meeting.invitation_sent_at is not None:
        return meeting.invitation_sent_at.date()
    return meeting.invitation_planned_on


def reply_by_date(meeting: MeetingRecord) -> date:
    """"Svar senast": a week before the meeting, on the working day on or before it, so a substitute can
    still be called; when the invitation went out later than that, the working day before the meeting."""
    from datetime import timedelta

    from stic_desktop.core import workdays

    day = workdays.previous_working_day(meeting.meeting_date - timedelta(days=REPLY_DAYS_BEFORE))
    sent = invitation_day(meeting)
    if sent is not None and day <= sent:
        day = workdays.previous_working_day(meeting.meeting_date - timedelta(days=1))
    return max(day, sent) if sent is not None else day


def _cancelled_at(db, meeting: MeetingRecord) -> datetime | None:
    """When the meeting's status last became inställd, read from the audit log (None if not cancelled)."""
    if meeting.status != "cancelled":
        return None
    with db.read() as session:
        entries = session.execute(
            select(AuditEntry.at, AuditEntry.changes).where(AuditEntry.entity == ENTITY,
                                                            AuditEntry.entity_id == meeting.id)
            .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())).all()
    for at, changes in entries:
        status = json.loads(changes or "{}").get("status")
        if status and status[1] == "cancelled":
            return local(at)
    return None


def _load(db, meeting_id: int) -> MeetingData:
    plan = agenda.agenda(db, meeting_id)
    return MeetingData(
        meeting=plan.meeting,
        items=tuple(plan.items),
        expected_end=plan.expected_end,
        follow_ups=tuple(plan.follow_ups),
        invitees=tuple(meeting_invitees.invitees(db, meeting_id)),
        action_items=tuple(action_item_service.action_items(db, meeting_id)),
        quorum=meeting_invitees.quorum(db, meeting_id),
        organisation=get_organisation(db),
        contact=reply_contact(db, plan.meeting),
        cancelled_at=_cancelled_at(db, plan.meeting),
        reply_by=reply_by_date(plan.meeting),
    )


def meeting_document_data(db, meeting_id: int) -> MeetingData:
    """The meeting, its agenda, invitees, action items and the organisation, in one read transaction."""
    with one_read(db) as snapshot:
        return _load(snapshot, meeting_id)


CANCELLED_MINUTES = ("Mötet {title} den {day} är inställt och hölls aldrig, så det har inget protokoll. "
                     "Protokoll skrivs bara för ett möte som ställdes in efter att det hade börjat.")


def minutes_document_data(db, meeting_id: int) -> MeetingData:
    """What the minutes print. A meeting cancelled before it began has no minutes: refused with a message.
    One cancelled after it began gets minutes that say INSTÄLLT."""
    data = meeting_document_data(db, meeting_id)
    if data.cancelled and not data.cancelled_after_start:
        from stic_desktop.core import dates

        raise UserError(CANCELLED_MINUTES.format(title=f"”{data.meeting.title}”",
                                                 day=dates.long_date(data.meeting.meeting_date)))
    return data


def minutes_extract_data(db, meeting_id: int, paragraph: int) -> tuple[MeetingData, AgendaItemRecord]:
    """The minutes' data and the item with § ``paragraph``, for an extract (protokollsutdrag)."""
    data = minutes_document_data(db, meeting_id)
    for item in data.items:
        if item.paragraph == paragraph:
            return data, item
    numbered = sorted(i.paragraph for i in data.items if i.paragraph is not None)
    known = (f"Mötets paragrafer är §§ {numbered[0]}–{numbered[-1]}." if numbered
             else "Mötets punkter har inga §-nummer ännu; de numreras när mötet är genomfört.")
    raise UserError(f"Protokollet har ingen § {paragraph}. {known}")


def meeting_pack_data(db, meeting_id: int) -> MeetingPackData:
    """``meeting_document_data`` and the attached PDFs' bytes (each file once), in one read transaction."""
    with one_read(db) as snapshot:
        data = _load(snapshot, meeting_id)
        files: dict[str, bytes] = {}
        for item in data.items:
            for attachment in item.attachments:
                if attachment.sha256 not in files:
                    stored = attachments.attachment_bytes(snapshot, attachment.id)
                    try:  # attached before stripping existed: the pack still never passes on active content
                        files[attachment.sha256] = pdf_safety.cleaned_for_passing_on(attachment.filename, stored)
                    except pdf_safety.UnsafePdf as exc:
                        raise UserError(f"Bilagan till punkten ”{item.title}” kan inte läggas i mötespaketet: {exc} "
                                        "Ta bort den och bifoga en mindre fil.") from None
    return MeetingPackData(data, MappingProxyType(files))
