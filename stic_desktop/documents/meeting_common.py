"""What every meeting document shares: the data read once per meeting, Swedish times, the reply contact.

The PDF pieces (flowables, the fact table, signature lines) live in ``meeting_layout``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Generator, TypeVar

from stic_desktop.services.meetings import agenda, meetings, minutes
from stic_desktop.services.people import people, staff
from stic_desktop.services.meetings.action_items import ActionItemRecord
from stic_desktop.services.meetings.agenda import AgendaItemRecord
from stic_desktop.services.meetings.meetings import InviteeRecord, MeetingRecord, Quorum
from stic_desktop.services.workspace.organisation import OrganisationInfo, get_organisation

Step = tuple[int, int, str]  # (done, total, text): one progress step of a long job
T = TypeVar("T")


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


def load_meeting(db, meeting_id: int) -> MeetingData:
    """The meeting, its agenda, invitees, action items and the organisation, as frozen records."""
    plan = agenda.agenda(db, meeting_id)
    return MeetingData(
        meeting=plan.meeting,
        items=tuple(plan.items),
        expected_end=plan.expected_end,
        follow_ups=tuple(plan.follow_ups),
        invitees=tuple(meetings.invitees(db, meeting_id)),
        action_items=tuple(minutes.action_items(db, meeting_id)),
        quorum=meetings.quorum(db, meeting_id),
        organisation=get_organisation(db),
        contact=reply_contact(db, plan.meeting),
    )


def agenda_lines(items: tuple[AgendaItemRecord, ...] | list[AgendaItemRecord]) -> list[str]:
    """``1. Mötets öppnande``, ...: the agenda in brief (invitation, calendar text, e-mail)."""
    return [f"{index}. {item.title}" for index, item in enumerate(items, start=1)]


def pages_text(count: int) -> str:
    return f"{count} {'sida' if count == 1 else 'sidor'}"


def drain(steps: Generator[Step, None, T]) -> T:
    """Runs a step generator to its end and returns its result (the command line has no progress bar)."""
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            return stop.value
