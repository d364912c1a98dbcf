"""What the meeting documents print, read in one transaction as frozen records (``meeting_document_data``),
and the attached PDFs a meeting pack merges (``meeting_pack_data``). The renderers in ``documents/`` take
these and never see the database.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from types import MappingProxyType

from stic_desktop.errors import UserError
from stic_desktop.services import pdf_safety
from stic_desktop.services.meetings import action_items as action_item_service
from stic_desktop.services.meetings import agenda, attachments
from stic_desktop.services.meetings import invitees as meeting_invitees
from stic_desktop.services.meetings.action_items import ActionItemRecord
from stic_desktop.services.meetings.agenda import AgendaItemRecord
from stic_desktop.services.meetings.invitees import InviteeRecord, Quorum
from stic_desktop.services.meetings.meetings import MeetingRecord
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

    @property
    def cancelled(self) -> bool:
        return self.meeting.status == "cancelled"


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
    )


def meeting_document_data(db, meeting_id: int) -> MeetingData:
    """The meeting, its agenda, invitees, action items and the organisation, in one read transaction."""
    with one_read(db) as snapshot:
        return _load(snapshot, meeting_id)


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
