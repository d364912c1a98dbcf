"""Förbered utskick and Arkivera protokollet.

``prepare_mailing`` reads the meeting once, makes one e-mail draft (.eml) per invitee with an address
(a progress step each), writes them under temporary names in the chosen folder, archives the general
invitation in one write transaction, and then moves the drafts into place. The invitation is then "utkast
skapade", not sent: the user sends the drafts from their e-mail program and confirms it
(services.meetings.invitation.confirm_sent). Cancelling before the end leaves no draft and no archive row.
``plan_mailing`` tells beforehand what will be written.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path

from stic_desktop.errors import UserError
from stic_desktop.operations import Outcome, Step
from stic_desktop.operations.files import staged_files


@dataclass(frozen=True)
class MailingPlan:
    """What "Förbered utskick…" will write: one draft per recipient with an address."""

    title: str
    cancellation: bool
    recipients: tuple[tuple[str, str], ...]  # (name, e-mail address)
    without_email: tuple[str, ...]


def plan_mailing(db, meeting_id: int) -> MailingPlan:
    from stic_desktop.services.meetings.document_data import meeting_document_data

    data = meeting_document_data(db, meeting_id)
    if data.meeting.status in ("held", "adjusted"):
        raise UserError("Mötet är redan genomfört; ingen kallelse kan skickas.")
    return MailingPlan(data.meeting.title, data.meeting.status == "cancelled",
                       tuple((i.person_name, i.email) for i in data.invitees if i.email),
                       tuple(i.person_name for i in data.invitees if not i.email))


def prepare_mailing(db, meeting_id: int, folder: Path) -> Generator[Step, None, Outcome]:
    """The drafts in ``folder`` (``Outcome.files``), who has no e-mail address (``Outcome.skipped``) and
    the archived invitation (``Outcome.record``)."""
    from stic_desktop.core import clock
    from stic_desktop.documents.ics import calendar_bytes
    from stic_desktop.documents.invitation import invitation_bytes
    from stic_desktop.documents.mailing import attachment_filename, draft, draft_name, invitation_filename
    from stic_desktop.services import archive
    from stic_desktop.services.meetings import meetings
    from stic_desktop.services.meetings.document_data import meeting_document_data
    from stic_desktop.services.transaction import one_write

    folder = Path(folder)
    if not folder.is_dir():
        raise UserError(f"Mappen {folder} finns inte. Välj en mapp för utkasten.")
    data = meeting_document_data(db, meeting_id)
    if data.meeting.status in ("held", "adjusted"):
        raise UserError("Mötet är redan genomfört; ingen kallelse kan skickas.")
    reachable = [i for i in data.invitees if i.email]
    without = tuple(i.person_name for i in data.invitees if not i.email)
    total = len(reachable) + 2
    ics = calendar_bytes(data)
    sent_on = clock.today()  # the invitation is dated the day its drafts are written to go out
    taken: set[str] = set()
    with staged_files() as staged:
        for done, invitee in enumerate(reachable):
            yield done, total, f"Kallelse till {invitee.person_name}"
            pdf = invitation_bytes(data, recipient=invitee.person_name, substitute=data.substitute_for(invitee),
                                   today=sent_on)
            staged.add(folder / draft_name(data, invitee, taken),
                       draft(data, invitee, pdf, attachment_filename(data), ics))
        yield len(reachable), total, "Sparar utkasten och arkiverar kallelsen"
        note = f"Utkast till {len(reachable)} mottagare" + (f"; utan e-post: {', '.join(without)}" if without else "")
        general = invitation_bytes(data, today=sent_on)
        with one_write(db) as transaction:  # the archived invitation marks the drafts as made
            record = archive.archive_document(transaction, "invitation", meetings.ENTITY, meeting_id,
                                              invitation_filename(data), general, note[:1000])
        drafts = staged.commit()
    yield total, total, "Klart"
    return Outcome(changed=frozenset({"meeting", "archive"}), files=drafts, skipped=without, record=record,
                   message=f"{len(drafts)} e-postutkast sparades i {folder}.")


def archive_minutes(db, meeting_id: int) -> Generator[Step, None, Outcome]:
    """Archives the minutes as they are now (a draft is archived as a draft, and noted so)."""
    from stic_desktop.documents.mailing import minutes_filename
    from stic_desktop.documents.minutes_doc import is_draft, minutes_bytes
    from stic_desktop.services import archive
    from stic_desktop.services.meetings import meetings
    from stic_desktop.services.meetings.document_data import minutes_document_data

    yield 0, 3, "Läser mötet"
    data = minutes_document_data(db, meeting_id)
    yield 1, 3, "Skapar protokollet"
    content = minutes_bytes(data)
    note = "Utkast, ej justerat" if is_draft(data) else "Justerat"
    yield 2, 3, "Arkiverar"
    record = archive.archive_document(db, "minutes", meetings.ENTITY, meeting_id, minutes_filename(data), content,
                                      note)
    return Outcome(changed=frozenset({"archive"}), record=record, message=f"Protokollet arkiverades ({record.filename}).")
