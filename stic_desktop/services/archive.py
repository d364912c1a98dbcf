"""The archive of documents sent out: the exact bytes sent, when, by whom, and what they belong to.

Shared by every issue that sends documents (invitations and minutes now; award decisions,
agreements and invoicing bases later): add a kind to ``KIND_LABELS`` and call ``archive_document``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePath
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from stic_desktop.core import clock
from stic_desktop.errors import NotFound
from stic_desktop.models import ArchivedDocument, Person, StoredFile
from stic_desktop.services import audit, validation
from stic_desktop.storage import blobs as storage

ENTITY = "archived_document"
STOCKHOLM = ZoneInfo("Europe/Stockholm")
NO_AUTHOR = "Kommandoraden/systemet"  # as in the audit log

KIND_LABELS = {
    "invitation": "Kallelse",
    "agenda": "Dagordning",
    "attendance": "Närvarolista",
    "minutes": "Protokoll",
    "meeting_pack": "Mötespaket",
    "calendar": "Kalenderfil",
    "award_decision": "Tilldelningsbeslut",
    "opening_record": "Anbudsöppningsprotokoll",
    "individual_report": "Individuell rapport",
    "cancellation_notice": "Underrättelse om avbrytande",
    "agreement": "Avtal",
    "agreement_summary": "Avtalssammanfattning",
    "invoicing_basis": "Faktureringsunderlag",
    "report": "Rapport",
}
FIELDS = ("kind", "entity", "entity_id", "filename", "sha256", "author_id", "note")


@dataclass(frozen=True)
class ArchivedRecord:
    id: int
    kind: str
    kind_label: str
    entity: str
    entity_id: int
    filename: str
    size: int
    created_at: datetime  # Europe/Stockholm
    author_name: str
    note: str
    sha256: str = ""
    retention: str = ""  # "bevaras" / "gallras tidigast 2031-02-28" (services.retention)


def _query():
    # Only StoredFile.size: a list never loads the documents' bytes.
    return (
        select(ArchivedDocument, StoredFile.size, Person.name)
        .join(StoredFile, StoredFile.sha256 == ArchivedDocument.sha256)
        .outerjoin(Person, Person.id == ArchivedDocument.author_id)
    )


def _record(row: ArchivedDocument, size: int, author: str | None, retention: str = "") -> ArchivedRecord:
    return ArchivedRecord(row.id, row.kind, KIND_LABELS.get(row.kind, row.kind), row.entity, row.entity_id, row.filename,
                          size, row.created_at.astimezone(STOCKHOLM), author or NO_AUTHOR, row.note, row.sha256,
                          retention)


def records_in(session: Session, rows) -> list[ArchivedRecord]:
    """Records with their retention worked out from the settings' table (one rule lookup for all)."""
    from stic_desktop.services import retention

    rules = retention.rules_in(session)
    ends = retention.AgreementEnds(session)
    found = []
    for row, size, author in rows:
        rule = rules.get(row.kind, retention.FALLBACK)
        kept = retention.retention_of(rule, row.created_at.astimezone(STOCKHOLM).date(), ends(row.entity, row.entity_id))
        found.append(_record(row, size, author, kept.text))
    return found


def _validated(kind: str, entity: str, entity_id: int, filename: str, data: bytes) -> str:
    errors = validation.FieldErrors()
    if not kind.strip() or len(kind.strip()) > 40:
        errors.add("kind", "Dokumenttypen saknas eller är för lång.")
    if not entity.strip() or not isinstance(entity_id, int):
        errors.add("entity", "Det framgår inte vilken post dokumentet hör till.")
    name = PurePath(filename.strip().replace("\\", "/")).name if filename.strip() else ""
    if not name:
        errors.add("filename", "Filnamnet måste fyllas i.")
    elif len(name) > 300:
        errors.add("filename", "Filnamnet får vara högst 300 tecken.")
    if not data:
        errors.add("data", f"Dokumentet {name} är tomt och arkiverades inte." if name
                   else "Dokumentet är tomt och arkiverades inte.")
    errors.raise_if_any()
    return name


def archive_in(session: Session, actor_id: int | None, kind: str, entity: str, entity_id: int, filename: str,
               data: bytes, note: str = "") -> ArchivedDocument:
    """Archives inside the caller's transaction (e.g. together with marking an invitation sent)."""
    name = _validated(kind, entity, entity_id, filename, data)
    row = ArchivedDocument(kind=kind.strip(), entity=entity.strip(), entity_id=entity_id, filename=name,
                           sha256=storage.store_file(session, data), created_at=clock.utcnow(),
                           author_id=actor_id, note=note.strip())
    audit.created(session, actor_id, ENTITY, row, FIELDS)
    return row


def archive_document(db, kind: str, entity: str, entity_id: int, filename: str, data: bytes,
                     note: str = "") -> ArchivedRecord:
    """Keeps the exact bytes sent out, with the current user as author."""
    with db.write() as session:
        row = archive_in(session, db.actor_id, kind, entity, entity_id, filename, data, note)
        return records_in(session, [session.execute(_query().where(ArchivedDocument.id == row.id)).one()])[0]


def archived_documents(db, entity: str, entity_id: int) -> list[ArchivedRecord]:
    """What was sent out for one record, newest first."""
    with db.read() as session:
        rows = session.execute(
            _query()
            .where(ArchivedDocument.entity == entity, ArchivedDocument.entity_id == entity_id)
            .order_by(ArchivedDocument.created_at.desc(), ArchivedDocument.id.desc())
        ).all()
        return records_in(session, rows)


def get_archived(db, document_id: int) -> ArchivedRecord:
    with db.read() as session:
        row = session.execute(_query().where(ArchivedDocument.id == document_id)).one_or_none()
        if row is None:
            raise NotFound(f"Det finns inget arkiverat dokument med id {document_id}.")
        return records_in(session, [row])[0]


def all_archived(db, year: int | None = None) -> list[ArchivedRecord]:
    """Every archived document (of one year, Europe/Stockholm, when given), oldest first."""
    with db.read() as session:
        rows = session.execute(_query().order_by(ArchivedDocument.created_at, ArchivedDocument.id)).all()
        found = records_in(session, rows)
    return [r for r in found if year is None or r.created_at.year == year]


def archived_bytes(db, document_id: int) -> bytes:
    """Exactly the bytes that were archived."""
    with db.read() as session:
        sha = session.scalar(select(ArchivedDocument.sha256).where(ArchivedDocument.id == document_id))
        if sha is None:
            raise NotFound(f"Det finns inget arkiverat dokument med id {document_id}.")
        return storage.read_bytes(session, sha)


def references(db, records: list[ArchivedRecord]) -> dict[tuple[str, int], str]:
    """The case or meeting reference of each record's owner: a procurement's case number (diarienummer), an
    agreement's number, a meeting's case number or title and date, a supplier's name."""
    from stic_desktop.models import FrameworkAgreement, Meeting, Procurement, Supplier

    wanted: dict[str, set[int]] = {}
    for record in records:
        wanted.setdefault(record.entity, set()).add(record.entity_id)
    found: dict[tuple[str, int], str] = {}
    with db.read() as session:
        for entity, ids in wanted.items():
            if entity == "procurement":
                rows = session.execute(select(Procurement.id, Procurement.case_number, Procurement.title)
                                       .where(Procurement.id.in_(ids))).all()
                found.update({(entity, i): f"Dnr {c} {t}".strip() for i, c, t in rows})
            elif entity == "agreement":
                rows = session.execute(select(FrameworkAgreement.id, FrameworkAgreement.agreement_number,
                                              FrameworkAgreement.title).where(FrameworkAgreement.id.in_(ids))).all()
                found.update({(entity, i): f"Avtal {n} {t}" for i, n, t in rows})
            elif entity == "meeting":
                rows = session.execute(select(Meeting.id, Meeting.case_number, Meeting.title, Meeting.starts_at)
                                       .where(Meeting.id.in_(ids))).all()
                found.update({(entity, i): (f"Dnr {c} " if c else "") + f"{t}, {s.astimezone(STOCKHOLM):%Y-%m-%d}"
                              for i, c, t, s in rows})
            elif entity == "supplier":
                rows = session.execute(select(Supplier.id, Supplier.name).where(Supplier.id.in_(ids))).all()
                found.update({(entity, i): f"Leverantör {n}" for i, n in rows})
    return found


def archived_years(db) -> list[int]:
    """The years (Swedish time) in which documents were archived, newest first."""
    with db.read() as session:
        moments = session.scalars(select(ArchivedDocument.created_at)).all()
    return sorted({moment.astimezone(STOCKHOLM).year for moment in moments}, reverse=True)
