"""PDF files attached to agenda items, stored in the database and printed in the meeting pack.

Every file is opened with pypdf when it is attached, so a file the pack could not include is
refused at once with a message naming it, not discovered while printing. Re-exported by
``services.agenda``.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import PurePath

from sqlalchemy import select
from sqlalchemy.orm import Session

from stic_desktop.errors import ValidationError
from stic_desktop.models import AgendaAttachment, AgendaItem, StoredFile
from stic_desktop.services import audit, lookup
from stic_desktop.services.meetings.records import ensure_unlocked, get_meeting_row
from stic_desktop.storage import blobs as storage

ENTITY = "agenda_item"  # attachments are logged as changes of their agenda item
MAX_BYTES = 200 * 1024 * 1024
PDF_MAGIC = b"%PDF-"


@dataclass(frozen=True)
class AttachmentRecord:
    id: int
    agenda_item_id: int
    position: int
    filename: str
    sha256: str
    size: int
    page_count: int
    removed: tuple[str, ...] = ()  # active content removed when the file was attached (only on add_attachment)
    original_sha256: str = ""  # the file as received, when it was changed


def _clean_name(filename: str) -> str:
    name = PurePath((filename or "").strip().replace("\\", "/")).name
    if not name:
        raise ValidationError("filename", "Filnamnet saknas.")
    if len(name) > 300:
        raise ValidationError("filename", "Filnamnet får vara högst 300 tecken.")
    return name


def pdf_page_count(filename: str, data: bytes) -> int:
    """Pages of a PDF that opens without a password; otherwise a ValidationError naming the file.

    A PDF that only restricts editing (owner password) opens with the empty user password and is fine.
    """
    return checked_pdf(filename, data)[0]


def checked_pdf(filename: str, data: bytes):
    """(pages, CleanPdf): the PDF within the page and unpacked-size limits, with active content removed;
    a ValidationError naming the file otherwise."""
    from stic_desktop.services.pdf_safety import UnsafePdf, check_limits, clean_pdf, quiet_pypdf

    if not data:
        raise ValidationError("file", f"{filename} är tom.")
    if len(data) > MAX_BYTES:
        raise ValidationError("file", f"{filename} är större än {MAX_BYTES // (1024 * 1024)} MB och kan inte bifogas.")
    if PDF_MAGIC not in data[:1024]:
        raise ValidationError("file", f"{filename} är ingen PDF-fil. Bara PDF-filer kan bifogas; spara om filen som PDF.")
    from pypdf import PdfReader  # deferred: heavy, needed only when a file is attached

    with quiet_pypdf():  # a damaged file is reported to the user once, not also on stderr
        try:
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise ValidationError("file", f"{filename}: PDF-filen är lösenordsskyddad och kan inte öppnas utan "
                                              "lösenord. Bifoga en version utan lösenord.")
            pages = check_limits(filename, reader)
            for page in reader.pages:
                page.mediabox  # noqa: B018  (reads every page object: a broken page fails here, not in the pack)
            cleaned = clean_pdf(filename, reader, data) if pages else None
        except UnsafePdf as exc:
            raise ValidationError("file", str(exc)) from None
        except ValidationError:
            raise
        except Exception:  # pypdf raises many kinds of errors for damaged files
            raise ValidationError("file", f"{filename} är skadad och kan inte läsas som PDF.") from None
    if pages == 0:
        raise ValidationError("file", f"{filename} har inga sidor.")
    return pages, cleaned


def records_for_items(session: Session, item_ids: list[int]) -> dict[int, tuple[AttachmentRecord, ...]]:
    """Attachments per agenda item, in order; sizes come from the stored files without loading their bytes."""
    found: dict[int, list[AttachmentRecord]] = {}
    if not item_ids:
        return {}
    rows = session.execute(
        select(AgendaAttachment, StoredFile.size)
        .join(StoredFile, StoredFile.sha256 == AgendaAttachment.sha256)
        .where(AgendaAttachment.agenda_item_id.in_(item_ids))
        .order_by(AgendaAttachment.agenda_item_id, AgendaAttachment.position, AgendaAttachment.id)
    )
    for a, size in rows:
        found.setdefault(a.agenda_item_id, []).append(
            AttachmentRecord(a.id, a.agenda_item_id, a.position, a.filename, a.sha256, size, a.page_count))
    return {item_id: tuple(values) for item_id, values in found.items()}


def _item(session: Session, item_id: int) -> AgendaItem:
    item = lookup.row(session, AgendaItem, item_id, "ingen dagordningspunkt")
    ensure_unlocked(get_meeting_row(session, item.meeting_id))
    return item


def _attachment(session: Session, attachment_id: int) -> AgendaAttachment:
    return lookup.row(session, AgendaAttachment, attachment_id, "ingen bilaga")


def _siblings(session: Session, item_id: int) -> list[AgendaAttachment]:
    return list(session.scalars(select(AgendaAttachment).where(AgendaAttachment.agenda_item_id == item_id)
                                .order_by(AgendaAttachment.position, AgendaAttachment.id)))


def _log(session: Session, actor_id: int | None, item_id: int, before: list[str], after: list[str]) -> None:
    audit.record(session, actor_id, ENTITY, item_id, "update", {"attachments": before}, {"attachments": after})


def _reposition(rows: list[AgendaAttachment]) -> None:
    for index, row in enumerate(rows):
        row.position = index


def add_attachment(db, item_id: int, filename: str, data: bytes) -> AttachmentRecord:
    """Checks the PDF (limits, password), removes active content (scripts, launch and automatic actions,
    embedded files), stores the bytes once (by SHA-256) and adds it last to the item. What was removed and
    the original's SHA-256 are in the audit log and in the returned record."""
    name = _clean_name(filename)
    pages, cleaned = checked_pdf(name, data)
    with db.write() as session:
        item = _item(session, item_id)
        rows = _siblings(session, item.id)
        before = [r.filename for r in rows]
        row = AgendaAttachment(agenda_item_id=item.id, position=len(rows), filename=name,
                               sha256=storage.store_file(session, cleaned.data), page_count=pages)
        session.add(row)
        session.flush()
        after: dict = {"attachments": [*before, name]}
        if cleaned.changed:
            after.update(original_sha256=cleaned.original_sha256, removed=list(cleaned.removed))
        audit.record(session, db.actor_id, ENTITY, item.id, "update", {"attachments": before}, after)
        record = records_for_items(session, [item.id])[item.id][row.position]
    if cleaned.changed:
        from dataclasses import replace

        record = replace(record, removed=cleaned.removed, original_sha256=cleaned.original_sha256)
    return record


def remove_attachment(db, attachment_id: int) -> None:
    with db.write() as session:
        row = _attachment(session, attachment_id)
        _item(session, row.agenda_item_id)
        rows = _siblings(session, row.agenda_item_id)
        before = [r.filename for r in rows]
        sha = row.sha256
        session.delete(row)
        rest = [r for r in rows if r.id != attachment_id]
        _reposition(rest)
        session.flush()
        _log(session, db.actor_id, row.agenda_item_id, before, [r.filename for r in rest])
        storage.discard_if_unused(session, sha)


def move_attachment(db, attachment_id: int, new_position: int) -> AttachmentRecord:
    """Moves a file within its item (0-based; positions stay 0..n-1)."""
    with db.write() as session:
        row = _attachment(session, attachment_id)
        _item(session, row.agenda_item_id)
        rows = _siblings(session, row.agenda_item_id)
        before = [r.filename for r in rows]
        rows.remove(row)
        rows.insert(max(0, min(int(new_position), len(rows))), row)
        _reposition(rows)
        session.flush()
        _log(session, db.actor_id, row.agenda_item_id, before, [r.filename for r in rows])
        return records_for_items(session, [row.agenda_item_id])[row.agenda_item_id][row.position]


def attachment_bytes(db, attachment_id: int) -> bytes:
    with db.read() as session:
        return storage.read_bytes(session, _attachment(session, attachment_id).sha256)
