"""Where a meeting's invitation stands: not prepared, drafts written ("utkast skapade"), or sent ("skickad").

"Förbered utskick…" only writes e-mail drafts and archives the invitation; the user sends them from their own
e-mail program and then confirms it, which marks the meeting as invited (Kallad). The state is read from what
happened: the newest archived invitation (the drafts) against the time the sending was confirmed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from stic_desktop.errors import ValidationError
from stic_desktop.services import archive
from stic_desktop.services.meetings import meetings
from stic_desktop.services.meetings.records import MeetingRecord

NOT_PREPARED, DRAFTED, SENT = "not_prepared", "drafted", "sent"
STATE_LABELS = {NOT_PREPARED: "Ej förberedd", DRAFTED: "Utkast skapade", SENT: "Skickad"}


@dataclass(frozen=True)
class InvitationState:
    state: str
    drafted_at: datetime | None  # the newest drafts (Europe/Stockholm)
    sent_at: datetime | None  # when the user confirmed sending

    @property
    def label(self) -> str:
        return STATE_LABELS[self.state]


def invitation_state(db, meeting_id: int) -> InvitationState:
    record = meetings.get_meeting(db, meeting_id)
    drafted = [a.created_at for a in archive.archived_documents(db, meetings.ENTITY, meeting_id)
               if a.kind == "invitation"]
    drafted_at = max(drafted, default=None)
    sent_at = record.invitation_sent_at
    if drafted_at is not None and (sent_at is None or drafted_at > sent_at):
        state = DRAFTED
    elif sent_at is not None:
        state = SENT
    else:
        state = NOT_PREPARED
    return InvitationState(state, drafted_at, sent_at)


def confirm_sent(db, meeting_id: int) -> MeetingRecord:
    """The user has sent the drafts: the invitation is "skickad" and the meeting Kallad (a cancellation stays
    Inställd). Refused when no drafts wait to be sent."""
    if invitation_state(db, meeting_id).state != DRAFTED:
        raise ValidationError("invitation", "Det finns inga utkast som väntar på att skickas. Välj först "
                                            "”Förbered utskick…”.")
    return meetings.mark_invitation_sent(db, meeting_id)
