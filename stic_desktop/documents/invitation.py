"""Kallelse: the invitation letter (group, time, place, link, the agenda in brief, how to reply).

Made once for everybody, or per invitee with "Till: <namn>" (the e-mail drafts and printed packs).
``write_invitation`` is pure (data in, PDF out); ``operations.meeting_documents`` reads the meeting and
writes the file.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from stic_desktop.core import clock

if TYPE_CHECKING:
    from stic_desktop.services.meetings.document_data import Contact, MeetingData

TITLE = "Kallelse"


def reply_text(contact: Contact | None) -> str:
    """How to answer, as plain text (also used in the e-mail body)."""
    what = "Meddela om du kommer, inte kommer eller skickar en ersättare (och i så fall vem)"
    if contact is None:
        return f"{what} till den som har kallat till mötet."
    return f"{what} till {contact.name}, {contact.email}."


def invitation_story(data: MeetingData, recipient: str | None = None) -> list:
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
        story += [text("Anmälan", "heading"), text(reply_text(data.contact))]
        story.append(text("Välkommen!"))
    if data.contact:
        story.append(text(", ".join(v for v in (data.contact.name, data.contact.title) if v), "small"))
    return story


def write_invitation(target: Path | BinaryIO, data: MeetingData, *, recipient: str | None = None,
                     today: date | None = None, page_numbers: bool = True) -> None:
    """The invitation as an A4 PDF; ``recipient`` prints "Till: <namn>" at the top."""
    from stic_desktop.documents.meeting_layout import page_header
    from stic_desktop.documents.pdf import build_pdf

    title = f"{TITLE} – {data.meeting.group_name}" if data.meeting.group_name else TITLE
    header = page_header(data, title, today or clock.today())
    build_pdf(target, invitation_story(data, recipient), header, page_numbers=page_numbers)


def invitation_bytes(data: MeetingData, *, recipient: str | None = None, today: date | None = None,
                     page_numbers: bool = True) -> bytes:
    buffer = io.BytesIO()
    write_invitation(buffer, data, recipient=recipient, today=today, page_numbers=page_numbers)
    return buffer.getvalue()
