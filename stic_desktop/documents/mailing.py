"""Förbered utskick: one unsent e-mail draft (.eml) per invitee, with that invitee's invitation PDF and the
calendar file attached, for Outlook to open offline; then the invitation is archived and marked sent.

Also archives the minutes when they are sent. The archive keeps the exact bytes that went out.
"""

from __future__ import annotations

from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP, SMTPUTF8
from pathlib import Path
from typing import Generator

from stic_desktop.core import dates, filenames
from stic_desktop.documents.meeting_common import MeetingData, Step, drain, load_meeting
from stic_desktop.documents.output import atomic_target
from stic_desktop.errors import UserError
from stic_desktop.services import archive
from stic_desktop.services.meetings import meetings
from stic_desktop.services.archive import ArchivedRecord
from stic_desktop.services.meetings.meetings import InviteeRecord


@dataclass(frozen=True)
class MailingResult:
    drafts: tuple[Path, ...]  # one .eml per invitee with an e-mail address
    without_email: tuple[str, ...]  # names of invitees to reach some other way
    archived: ArchivedRecord  # the general invitation as archived


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


def _draft_name(data: MeetingData, invitee: InviteeRecord, taken: set[str]) -> str:
    """``Kallelse 2026-02-03 Łukasz Żółć.eml``; a second person with the same name gets " (2)"."""
    prefix = "Inställt" if data.cancelled else "Kallelse"
    stem = filenames.safe(f"{prefix} {data.meeting.meeting_date.isoformat()} {invitee.person_name}", fallback=prefix)
    name, n = stem, 2
    while name.casefold() in taken:
        name, n = f"{stem} ({n})", n + 1
    taken.add(name.casefold())
    return f"{name}.eml"


def mailing_steps(db, meeting_id: int, folder: Path) -> Generator[Step, None, MailingResult]:
    """``prepare_mailing`` as steps ``(done, total, text)`` for a progress dialog. Every draft is made before
    any is written, and cancelling before the end writes, archives and marks nothing."""
    from stic_desktop.documents.ics import calendar_bytes
    from stic_desktop.documents.invitation import invitation_bytes

    folder = Path(folder)
    if not folder.is_dir():
        raise UserError(f"Mappen {folder} finns inte. Välj en mapp för utkasten.")
    data = load_meeting(db, meeting_id)
    if data.meeting.status in ("held", "adjusted"):
        raise UserError("Mötet är redan genomfört; ingen kallelse kan skickas.")
    ics = calendar_bytes(data)
    reachable = [i for i in data.invitees if i.email]
    without = tuple(i.person_name for i in data.invitees if not i.email)
    total = len(reachable) + 2
    made: list[tuple[Path, bytes]] = []
    taken: set[str] = set()
    for done, invitee in enumerate(reachable):
        yield done, total, f"Kallelse till {invitee.person_name}"
        pdf = invitation_bytes(data, recipient=invitee.person_name)
        content = draft(data, invitee, pdf, attachment_filename(data), ics)
        made.append((folder / _draft_name(data, invitee, taken), content))
    yield len(reachable), total, "Sparar utkasten och arkiverar kallelsen"
    for path, content in made:
        with atomic_target(path) as temporary:
            temporary.write_bytes(content)
    note = f"Utkast till {len(made)} mottagare" + (f"; utan e-post: {', '.join(without)}" if without else "")
    # Archived first: if marking fails, a copy of what was prepared is still kept (never the reverse).
    record = archive.archive_document(db, "invitation", meetings.ENTITY, meeting_id, invitation_filename(data),
                                      invitation_bytes(data), note[:1000])
    meetings.mark_invitation_sent(db, meeting_id)
    yield total, total, "Klart"
    return MailingResult(tuple(path for path, _ in made), without, record)


def prepare_mailing_result(db, meeting_id: int, folder: Path) -> MailingResult:
    """Writes the drafts into ``folder``, archives the general invitation and marks it sent."""
    return drain(mailing_steps(db, meeting_id, folder))


def prepare_mailing(db, meeting_id: int, folder: Path) -> list[Path]:
    """The .eml drafts written (see ``prepare_mailing_result`` for who has no e-mail address)."""
    return list(prepare_mailing_result(db, meeting_id, folder).drafts)


def archive_minutes(db, meeting_id: int) -> ArchivedRecord:
    """Archives the minutes as sent out now (a draft is archived as a draft, and noted so)."""
    from stic_desktop.documents.minutes_doc import is_draft, minutes_bytes

    data = load_meeting(db, meeting_id)
    meeting = data.meeting
    name = filenames.safe(f"Protokoll {meeting.meeting_date.isoformat()} {meeting.group_name or meeting.title}",
                          ".pdf", fallback="Protokoll")
    note = "Utkast, ej justerat" if is_draft(data) else "Justerat"
    return archive.archive_document(db, "minutes", meetings.ENTITY, meeting_id, name, minutes_bytes(data), note)
