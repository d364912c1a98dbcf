"""Kallelse: the invitation letter (group, time, place, link, the agenda in brief, how to reply).

Dated the day it was sent (or, before it is sent, the meeting's day), never the day it is exported. It says
when to answer ("Svar senast") and where to report being prevented ("Förhinder anmäls till …, ersättaren
kallas"). Made once for everybody, per invitee with "Till: <namn>" and the member's substitute (the e-mail
drafts and printed packs), or as one letter per invitee in one file (``letters_bytes``, for printing).
``write_invitation`` is pure (data in, PDF out); ``operations.meeting_documents`` reads the meeting and
writes the file.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    from stic_desktop.services.meetings.document_data import Contact, MeetingData
    from stic_desktop.services.meetings.invitees import InviteeRecord

TITLE = "Kallelse"


def reply_text(contact: Contact | None) -> str:
    """How to answer, as plain text (also used in the e-mail body)."""
    what = "Meddela om du kommer, inte kommer eller skickar en ersättare (och i så fall vem)"
    if contact is None:
        return f"{what} till den som har kallat till mötet."
    return f"{what} till {contact.name}, {contact.email}."


def prevented_text(contact: Contact | None) -> str:
    """"Förhinder anmäls till …, ersättaren kallas": where a member who cannot come reports it."""
    to = f"{contact.name}, {contact.email}" if contact else "den som har kallat till mötet"
    return f"Förhinder anmäls till {to}; ersättaren kallas då i ditt ställe."


def invitation_story(data: MeetingData, recipient: str | None = None, substitute: str = "",
                     voting: bool = True) -> list:
    """The kallelse; ``voting=False`` (a letter to the secretary or a guest) leaves out "ersättaren kallas":
    only a voting member has a substitute to call."""
    from stic_desktop.core import dates
    from stic_desktop.documents.meeting_layout import banner, labelled, meeting_facts, numbered, text

    meeting = data.meeting
    story: list = []
    if recipient:
        story.append(labelled("Till:", recipient))
    if data.cancelled:
        story.append(banner("INSTÄLLT – mötet blir inte av. Kallelsen gäller inte längre."))
    story += [text(TITLE, "title"), text(meeting.title, "heading")]
    intro = f"Du kallas till möte med {meeting.group_name}." if meeting.group_name else "Du kallas till möte."
    story += [text(intro), meeting_facts(data)]
    story.append(text("Dagordning i sammandrag", "heading"))
    if data.items:
        story += numbered([item.title for item in data.items])
        if any(item.attachments for item in data.items):
            story.append(text("Handlingarna till punkterna finns i mötespaketet.", "small"))
    else:
        story.append(text("Dagordningen skickas ut senare."))
    if not data.cancelled:
        reply = [text("Anmälan", "heading")]
        if data.reply_by is not None:
            reply.append(labelled("Svar senast", dates.long_date(data.reply_by, weekday=True) + "."))
        reply.append(text(reply_text(data.contact)))
        if voting:
            reply.append(text(prevented_text(data.contact)))
        if substitute:
            reply.append(labelled("Din ersättare:", substitute))
        story += [*reply, text("Välkommen!")]
    if data.contact:
        story.append(text(", ".join(v for v in (data.contact.name, data.contact.title) if v), "small"))
    return story


def letter_recipients(data: MeetingData) -> list[InviteeRecord]:
    """Who gets a letter of their own: every invitee (members in role order, then guests)."""
    return list(data.invitees)


def recipient_label(invitee: InviteeRecord) -> str:
    return f"{invitee.person_name}, {invitee.organisation}" if invitee.organisation else invitee.person_name


def _header(data: MeetingData, today: date | None):
    from stic_desktop.documents.meeting_layout import page_header

    title = f"{TITLE} – {data.meeting.group_name}" if data.meeting.group_name else TITLE
    return page_header(data, title, today or data.document_date)


def write_invitation(target: Path | BinaryIO, data: MeetingData, *, recipient: str | None = None,
                     substitute: str = "", today: date | None = None, page_numbers: bool = True,
                     archival: bool | None = None, voting: bool = True) -> None:
    """The invitation as an A4 PDF; ``recipient`` prints "Till: <namn>" at the top. Dated ``today`` when
    given, else the invitation's own date (``MeetingData.document_date``)."""
    from stic_desktop.documents.pdf import build_pdf

    build_pdf(target, invitation_story(data, recipient, substitute, voting), _header(data, today), page_numbers=page_numbers,
              archival=archival)


def invitation_bytes(data: MeetingData, *, recipient: str | None = None, substitute: str = "",
                     today: date | None = None, page_numbers: bool = True, archival: bool | None = None,
                     voting: bool = True) -> bytes:
    buffer = io.BytesIO()
    write_invitation(buffer, data, recipient=recipient, substitute=substitute, today=today, page_numbers=page_numbers,
                     archival=archival, voting=voting)
    return buffer.getvalue()


def letters_bytes(data: MeetingData, *, today: date | None = None) -> bytes:
    """One letter per invitee in one PDF (for printing and posting), each numbered on its own ("Sida 1 av 1")
    so a letter taken out of the pile is whole; the general letter when nobody is invited. The merged file
    is finished once as PDF/A-2b (the letters are the archive copy of what was sent)."""
    from pypdf import PdfReader, PdfWriter

    from stic_desktop.documents.pdfa import archival_bytes

    recipients = letter_recipients(data)
    if not recipients:
        return invitation_bytes(data, today=today)
    writer = PdfWriter()
    for invitee in recipients:
        letter = invitation_bytes(data, recipient=recipient_label(invitee), substitute=data.substitute_for(invitee),
                                  today=today, archival=False, voting=invitee.voting)
        start = len(writer.pages)
        writer.append(PdfReader(io.BytesIO(letter)), import_outline=False)
        writer.add_outline_item(title=invitee.person_name, page_number=start)
    writer.add_metadata({"/Author": data.organisation.name, "/Creator": "STIC Desktop"})
    buffer = io.BytesIO()
    writer.write(buffer)
    title = _header(data, today).metadata_title().replace(TITLE, "Kallelsebrev", 1)
    return archival_bytes(buffer.getvalue(), title=title)
