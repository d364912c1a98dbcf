"""The e-mail drafts of Förbered utskick: one unsent message (.eml) per invitee, with that invitee's
invitation PDF and the calendar file attached, for Outlook to open offline; and the names the files get.

Pure: frozen meeting data in, bytes and names out. Writing the drafts, archiving the invitation and marking
it sent is ``operations.mailing``.
"""

from __future__ import annotations

from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP, SMTPUTF8
from typing import TYPE_CHECKING

from stic_desktop.core import dates, filenames
from stic_desktop.errors import UserError

if TYPE_CHECKING:
    from stic_desktop.services.meetings.document_data import MeetingData
    from stic_desktop.services.meetings.invitees import InviteeRecord


def subject(data: MeetingData) -> str:
    meeting = data.meeting
    prefix = "Inställt" if data.cancelled else "Kallelse"
    return f"{prefix}: {meeting.title}, {meeting.meeting_date.isoformat()}"


def body(data: MeetingData, invitee: InviteeRecord) -> str:
    """A short Swedish letter; the details are in the attached PDF and the calendar file."""
    from stic_desktop.documents.invitation import reply_text

    meeting = data.meeting
    group = f" med {meeting.group_name}" if meeting.group_name else ""
    lines = [f"Hej {invitee.person_name}!", ""]
    if data.cancelled:
        lines += [f"Mötet{group} {dates.meeting_time(meeting.starts_at, meeting.ends_at)} är inställt.",
                  "Kalenderfilen tar bort mötet ur din kalender."]
    else:
        lines += [f"Du kallas till möte{group} {dates.meeting_time(meeting.starts_at, meeting.ends_at)}."]
        if meeting.location:
            lines.append(f"Plats: {meeting.location}")
        if meeting.online_link:
            lines.append(f"Digitalt deltagande: {meeting.online_link}")
        lines += ["", "Kallelsen med dagordningen finns i den bifogade PDF-filen, och kalenderfilen lägger in "
                      "mötet i din kalender.", "", reply_text(data.contact)]
    signature = [data.contact.name] if data.contact else []
    lines += ["", "Med vänliga hälsningar", *signature, data.organisation.name]
    return "\n".join(lines) + "\n"


def _ascii_domain(email: str) -> str:
    """``anna@täby.se`` → ``anna@xn--tby-qla.se``: every mail program reads a punycode domain."""
    local, at, domain = email.partition("@")
    try:
        return local + at + domain.encode("idna").decode("ascii")
    except UnicodeError:
        return email


def _address(name: str, email: str) -> Address:
    try:
        return Address(display_name=name, addr_spec=_ascii_domain(email))
    except (ValueError, IndexError):
        message = f"E-postadressen ”{email}” för {name} kan inte användas i ett e-postmeddelande."
        raise UserError(message) from None


def draft(data: MeetingData, invitee: InviteeRecord, pdf: bytes, pdf_name: str, ics: bytes) -> bytes:
    """One unsent message (X-Unsent: 1 makes Outlook open it as a new message ready to send)."""
    addresses = [invitee.email] + ([data.contact.email] if data.contact else [])
    ascii_only = all(_ascii_domain(a).isascii() for a in addresses)
    message = EmailMessage(policy=SMTP if ascii_only else SMTPUTF8)  # å in the part before @ needs SMTPUTF8
    message["X-Unsent"] = "1"
    if data.contact is not None:
        message["From"] = _address(data.contact.name, data.contact.email)
    message["To"] = _address(invitee.person_name, invitee.email)
    message["Subject"] = subject(data)
    message.set_content(body(data, invitee))
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename=pdf_name)
    method = "CANCEL" if data.cancelled else "REQUEST"
    message.add_attachment(ics, maintype="text", subtype="calendar", filename="kallelse.ics", params={"method": method})
    return bytes(message)


def invitation_filename(data: MeetingData) -> str:
    """The archived invitation's name: ``Kallelse 2026-02-03 Styrgruppen.pdf``."""
    meeting = data.meeting
    return filenames.safe(f"Kallelse {meeting.meeting_date.isoformat()} {meeting.group_name or meeting.title}",
                          ".pdf", fallback="Kallelse")


def attachment_filename(data: MeetingData) -> str:
    """``Kallelse 2026-02-03.pdf``: short and ASCII, so no mail program has to decode an RFC 2231-encoded
    (and possibly split) file name, which older ones handle poorly."""
    return f"Kallelse {data.meeting.meeting_date.isoformat()}.pdf"  # the PDF itself says INSTÄLLT when it is


def draft_name(data: MeetingData, invitee: InviteeRecord, taken: set[str]) -> str:
    """``Kallelse 2026-02-03 Łukasz Żółć.eml``; a second person with the same name gets " (2)"."""
    prefix = "Inställt" if data.cancelled else "Kallelse"
    stem = filenames.safe(f"{prefix} {data.meeting.meeting_date.isoformat()} {invitee.person_name}", fallback=prefix)
    name, n = stem, 2
    while name.casefold() in taken:
        name, n = f"{stem} ({n})", n + 1
    taken.add(name.casefold())
    return f"{name}.eml"


def minutes_filename(data: MeetingData) -> str:
    """The archived minutes' name: ``Protokoll 2026-02-03 Styrgruppen.pdf``."""
    meeting = data.meeting
    return filenames.safe(f"Protokoll {meeting.meeting_date.isoformat()} {meeting.group_name or meeting.title}",
                          ".pdf", fallback="Protokoll")
