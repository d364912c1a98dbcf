"""Mötespaket: cover, invitation, agenda, each item's attached PDFs in agenda order and the attendance
list, in one file with bookmarks, and "Sida N av M" stamped on every page, attachments included.

Pure: frozen meeting data and the attached files' bytes in, PDF bytes out. Built as generators that yield
``(done, total, text)`` steps, so the operation that writes the files (``operations.meeting_pack``) can
show progress and cancel. The parts that are the same for everybody (invitation, agenda, attendance list,
parsed attachments) are made once; per-participant packs differ only in the cover.
"""

from __future__ import annotations

import io
import logging
import warnings
from collections.abc import Generator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from stic_desktop.core import dates, filenames
from stic_desktop.documents.pdf_stamp import stamp_page_numbers
from stic_desktop.documents.pdfa import archival_bytes
from stic_desktop.errors import NotFound, UserError

if TYPE_CHECKING:
    from pypdf import PdfReader, PdfWriter

    from stic_desktop.services.meetings.agenda import AgendaItemRecord, AttachmentRecord
    from stic_desktop.services.meetings.document_data import MeetingData

Step = tuple[int, int, str]  # (done, total, text): one progress step

TITLE = "Mötespaket"
STEPS_PER_PACK = 3  # cover, putting together and numbering, saving


@dataclass(frozen=True)
class Attachment:
    number: int  # the agenda item's number (1-based)
    item: AgendaItemRecord
    record: AttachmentRecord
    reader: PdfReader


@dataclass(frozen=True)
class PackParts:
    """The parts every copy of the pack shares, each made or parsed once."""

    data: MeetingData
    invitation: PdfReader
    agenda: PdfReader
    item_pages: dict[int, int]  # agenda item id → its page in the agenda part (0-based)
    attachments: tuple[Attachment, ...]
    attendance: PdfReader

    def body_pages(self) -> int:
        readers = (self.invitation, self.agenda, *(a.reader for a in self.attachments), self.attendance)
        return sum(len(reader.pages) for reader in readers)


def _reader(data: bytes) -> PdfReader:
    from pypdf import PdfReader

    return PdfReader(io.BytesIO(data))


def _attachment_reader(item_number: int, record: AttachmentRecord, data: bytes) -> PdfReader:
    """An attached PDF opened for merging; one that only restricts editing is opened with the empty password."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = _reader(data)
            if reader.is_encrypted and not reader.decrypt(""):
                raise UserError(f"Bilagan {record.filename} (punkt {item_number}) kan inte öppnas utan lösenord.")
            len(reader.pages)  # noqa: B018 - a broken file fails here, naming the file
    except UserError:
        raise
    except Exception:  # pypdf raises many kinds of errors for damaged files
        raise UserError(f"Bilagan {record.filename} (punkt {item_number}) är skadad och kan inte läggas i "
                        "mötespaketet.") from None
    return reader


def prepare_parts(data: MeetingData, files: Mapping[str, bytes], *,
                  extra_steps: int = STEPS_PER_PACK) -> Generator[Step, None, PackParts]:
    """Makes the shared parts from the attached files' bytes (by SHA-256); ``extra_steps`` is how many steps
    the caller adds after them."""
    from stic_desktop.documents.agenda_doc import agenda_bytes
    from stic_desktop.documents.attendance import attendance_bytes
    from stic_desktop.documents.invitation import invitation_bytes

    wanted = [(n, item, a) for n, item in enumerate(data.items, start=1) for a in item.attachments]
    total = 3 + len(wanted) + extra_steps
    day = data.document_date  # every page of the pack carries the invitation's date
    yield 0, total, "Kallelse"
    invitation = _reader(invitation_bytes(data, page_numbers=False, today=day))
    yield 1, total, "Dagordning"
    pages: dict[int, int] = {}
    agenda = _reader(agenda_bytes(data, page_numbers=False, today=day,
                                  record=lambda key, page: pages.setdefault(key, page - 1)))
    yield 2, total, "Närvarolista"
    attendance = _reader(attendance_bytes(data, page_numbers=False, today=day))
    attachments: list[Attachment] = []
    opened: dict[str, PdfReader] = {}  # the same file attached twice is read once
    for done, (number, item, record) in enumerate(wanted, start=3):
        yield done, total, f"Bilaga {record.filename}"
        if record.sha256 not in opened:
            opened[record.sha256] = _attachment_reader(number, record, files[record.sha256])
        attachments.append(Attachment(number, item, record, opened[record.sha256]))
    return PackParts(data, invitation, agenda, pages, tuple(attachments), attendance)


# --- cover --------------------------------------------------------------------------------------

def _contents(parts: PackParts, cover_pages: int) -> list[tuple[str, int]]:
    """(title, first page) of each part, as the cover lists them."""
    rows, page = [], cover_pages + 1
    for title, reader in (("Kallelse", parts.invitation), ("Dagordning", parts.agenda)):
        rows.append((title, page))
        page += len(reader.pages)
    for attachment in parts.attachments:
        rows.append((f"Bilaga till punkt {attachment.number}: {attachment.record.filename}", page))
        page += len(attachment.reader.pages)
    rows.append(("Närvarolista", page))
    return rows


def cover_bytes(parts: PackParts, recipient: str | None, cover_pages: int = 1) -> bytes:
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer

    from stic_desktop.documents.meeting_layout import banner, facts, labelled, page_header, style, text
    from stic_desktop.documents.pdf import FONT_BOLD, build_pdf, make_table

    data, meeting = parts.data, parts.data.meeting
    story: list = [Spacer(1, 18 * mm)]
    if data.cancelled:
        story.append(banner("INSTÄLLT – mötet blir inte av."))
    big = style("cover_title", parent="title", fontSize=30, leading=36, spaceAfter=10)
    story.append(Paragraph(TITLE, big))
    if meeting.group_name and not meeting.title.startswith(meeting.group_name):  # not "Styrgruppen" twice
        story.append(text(meeting.group_name, "heading"))
    story.append(text(meeting.title, "title"))
    story.append(facts([("Tid", dates.meeting_time(meeting.starts_at, meeting.ends_at)), ("Plats", meeting.location),
                        ("Digitalt deltagande", meeting.online_link)]))
    if recipient:
        story += [Spacer(1, 4 * mm), labelled("Till:", recipient, style("cover_to", fontSize=14, leading=18,
                                                                         fontName=FONT_BOLD))]
    story += [Spacer(1, 8 * mm), text("Innehåll", "heading")]
    story.append(make_table(("Del", "Sida"), _contents(parts, cover_pages), (8, 1), align_right=(1,)))
    buffer = io.BytesIO()
    build_pdf(buffer, story, page_header(data, f"{TITLE} – {meeting.group_name or meeting.title}",
                                         data.document_date), page_numbers=False)
    return buffer.getvalue()


def _cover(parts: PackParts, recipient: str | None) -> PdfReader:
    """The cover, rebuilt once if its contents list runs over a page (so its page numbers stay right)."""
    reader = _reader(cover_bytes(parts, recipient))
    if len(reader.pages) != 1:
        reader = _reader(cover_bytes(parts, recipient, len(reader.pages)))
    return reader


# --- assembling and numbering -------------------------------------------------------------------

def _assemble(parts: PackParts, cover: PdfReader) -> PdfWriter:
    from pypdf import PdfWriter

    writer = PdfWriter()

    def add(reader: PdfReader) -> int:
        start = len(writer.pages)
        writer.append(reader, import_outline=False)
        return start

    writer.add_outline_item(title="Försättsblad", page_number=add(cover))
    writer.add_outline_item(title="Kallelse", page_number=add(parts.invitation))
    start = add(parts.agenda)
    node = writer.add_outline_item(title="Dagordning", page_number=start)
    for number, item in enumerate(parts.data.items, start=1):
        page = start + parts.item_pages.get(item.id, 0)
        writer.add_outline_item(title=f"{number}. {item.title}", page_number=page, parent=node)
    attachments_node = item_node = None
    current: int | None = None
    for attachment in parts.attachments:
        start = add(attachment.reader)
        if attachments_node is None:
            attachments_node = writer.add_outline_item(title="Bilagor", page_number=start)
        if attachment.item.id != current:
            current = attachment.item.id
            item_node = writer.add_outline_item(title=f"{attachment.number}. {attachment.item.title}",
                                                page_number=start, parent=attachments_node)
        writer.add_outline_item(title=attachment.record.filename, page_number=start, parent=item_node)
    writer.add_outline_item(title="Närvarolista", page_number=add(parts.attendance))
    writer.page_mode = "/UseOutlines"
    return writer


def attachment_pages(parts: PackParts, cover: PdfReader) -> list[int]:
    """The 0-based pack pages that come from attached files (after the cover, invitation and agenda)."""
    start = len(cover.pages) + len(parts.invitation.pages) + len(parts.agenda.pages)
    end = start + sum(len(a.reader.pages) for a in parts.attachments)
    return list(range(start, end))


def _pack_bytes(writer: PdfWriter, parts: PackParts, recipient: str | None) -> bytes:
    meeting = parts.data.meeting
    title = f"{TITLE} – {meeting.title}" + (f" – {recipient}" if recipient else "")
    writer.add_metadata({"/Title": title, "/Author": parts.data.organisation.name, "/Creator": "STIC Desktop"})
    buffer = io.BytesIO()
    writer.write(buffer)
    # PDF/A-2b when every attachment allows it; otherwise the metadata says which part does not.
    return archival_bytes(buffer.getvalue(), title=f"{title}, {meeting.starts_at:%Y-%m-%d}")


def assemble_pack(parts: PackParts, recipient: str | None, done: int, total: int) -> Generator[Step, None, bytes]:
    """One pack from shared parts: its cover, the parts, bookmarks and page numbers, as PDF bytes."""
    suffix = f" ({recipient})" if recipient else ""
    yield done, total, f"Försättsblad{suffix}"
    cover = _cover(parts, recipient)
    yield done + 1, total, f"Sätter ihop och numrerar sidorna{suffix}"
    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.ERROR)  # odd but usable attachments must not flood the log
    try:
        writer = _assemble(parts, cover)
        stamp_page_numbers(writer, attachment_pages(parts, cover))  # the whole pack; attachments get a strip
    finally:
        pypdf_log.setLevel(level)
    yield done + 2, total, f"Sparar{suffix}"
    return _pack_bytes(writer, parts, recipient)


def recipient_name(data: MeetingData, participant_id: int | None) -> str | None:
    if participant_id is None:
        return None
    for invitee in data.invitees:
        if invitee.id == participant_id:
            return invitee.person_name
    raise NotFound(f"Mötet har ingen kallad person med id {participant_id}.")


def pack_filename(meeting_day: str, name: str, taken: set[str]) -> str:
    """``Mötespaket 2026-02-03 Łukasz Żółć.pdf``; a second person with the same name gets " (2)"."""
    base = f"{TITLE} {meeting_day} {filenames.safe(name, fallback='deltagare')}"
    candidate, n = f"{base}.pdf", 2
    while candidate.casefold() in taken:
        candidate, n = f"{base} ({n}).pdf", n + 1
    taken.add(candidate.casefold())
    return candidate
