"""Who takes part in a procurement (municipalities and their powers of attorney) and its requirements
specification documents.

A municipality may only be procured for once STIC holds its signed power of attorney (fullmakt), so
the file is kept in the database and must be a real PDF; ``missing_powers_of_attorney`` is what the
stage rules ask before the procurement is advertised. Changes are logged on the procurement itself
(entity ``procurement``) with readable keys such as "Deltagare: Solna".
"""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import PurePath
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from stic_desktop.core import clock, money
from stic_desktop.errors import NotFound, ValidationError
from stic_desktop.models import (
    Municipality,
    Person,
    Procurement,
    ProcurementParticipant,
    RequirementDocument,
    StoredFile,
)
from stic_desktop.models.procurement import STAGES
from stic_desktop.services import audit, lookup, validation
from stic_desktop.services.pdf_safety import quiet_pypdf
from stic_desktop.storage import blobs as storage

ENTITY = "procurement"  # participants and documents are logged as changes of their procurement
STOCKHOLM = ZoneInfo("Europe/Stockholm")
MAX_BYTES = 200 * 1024 * 1024
_SWEDISH = str.maketrans({"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}", "ü": "y"})  # the three after z


def swedish_key(text: str) -> str:
    """Sort key in Swedish alphabetical order: … x y z å ä ö (é sorts as e, ü as y)."""
    folded = text.casefold().translate(_SWEDISH)
    return "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))


# --- used by the stage rules (services.procurements) -------------------------------------------

def missing_powers_of_attorney(session: Session, procurement_id: int) -> list[str]:
    """Names of participating municipalities without a power of attorney (date and file), Swedish order."""
    names = session.scalars(
        select(Municipality.name)
        .join(ProcurementParticipant, ProcurementParticipant.municipality_id == Municipality.id)
        .where(ProcurementParticipant.procurement_id == procurement_id,
               (ProcurementParticipant.poa_received_on.is_(None)) | (ProcurementParticipant.poa_sha256.is_(None)))
    ).all()
    return sorted(names, key=swedish_key)


# --- records ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ParticipantRecord:
    id: int
    procurement_id: int
    municipality_id: int
    municipality_name: str
    municipality_code: str
    estimated_volume_ore: int  # per year
    poa_received_on: date | None
    poa_signed_by: str
    poa_filename: str
    has_poa: bool  # received date AND file present


@dataclass(frozen=True)
class RequirementDocRecord:
    id: int
    procurement_id: int
    title: str
    version: int
    filename: str
    size: int
    added_at: datetime  # Europe/Stockholm
    added_by_name: str  # "" when unknown (command line)
    note: str


def _participant_records(session: Session, procurement_id: int, participant_id: int | None = None):
    query = (select(ProcurementParticipant, Municipality.name, Municipality.municipality_code)
             .join(Municipality, Municipality.id == ProcurementParticipant.municipality_id)
             .where(ProcurementParticipant.procurement_id == procurement_id))
    if participant_id is not None:
        query = query.where(ProcurementParticipant.id == participant_id)
    records = [
        ParticipantRecord(p.id, p.procurement_id, p.municipality_id, name, code, p.estimated_volume_ore,
                          p.poa_received_on, p.poa_signed_by, p.poa_filename,
                          p.poa_received_on is not None and p.poa_sha256 is not None)
        for p, name, code in session.execute(query)
    ]
    return sorted(records, key=lambda r: swedish_key(r.municipality_name))


def _participant_record(session: Session, row: ProcurementParticipant) -> ParticipantRecord:
    session.flush()
    return _participant_records(session, row.procurement_id, row.id)[0]


# --- shared checks ---------------------------------------------------------------------------------

def procurement_row(session: Session, procurement_id: int) -> Procurement:
    return lookup.row(session, Procurement, procurement_id, "ingen upphandling")


def ensure_not_ended(procurement: Procurement, field: str) -> None:
    """A cancelled or closed procurement keeps what it had."""
    if procurement.stage == "cancelled":
        raise ValidationError(field, "Upphandlingen är avbruten och kan inte ändras.")
    if procurement.stage == "closed":
        raise ValidationError(field, "Upphandlingen är avslutad och kan inte ändras.")


def _advertised(procurement: Procurement) -> bool:
    return procurement.stage in STAGES and STAGES.index(procurement.stage) >= STAGES.index("advertised")


def clean_filename(filename: str, field: str) -> str:
    name = PurePath((filename or "").strip().replace("\\", "/")).name
    if not name:
        raise ValidationError(field, "Filnamnet saknas.")
    if len(name) > 300:
        raise ValidationError(field, "Filnamnet får vara högst 300 tecken.")
    return name


def check_pdf(filename: str, data: bytes, field: str, what: str) -> None:
    """Refuses anything pypdf cannot open as a PDF with pages (an owner-password-only PDF is fine)."""
    must = f"{what} måste vara en PDF-fil; "
    if not data:
        raise ValidationError(field, must + f"{filename} är tom.")
    if len(data) > MAX_BYTES:
        raise ValidationError(field, f"{filename} är större än {MAX_BYTES // (1024 * 1024)} MB.")
    if b"%PDF-" not in data[:1024]:
        raise ValidationError(field, must + f"{filename} är ingen PDF. Skanna eller spara om den som PDF.")
    from pypdf import PdfReader  # deferred: heavy, needed only when a file is added

    with quiet_pypdf():
        try:
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise ValidationError(field, f"{filename} är lösenordsskyddad; {what.lower()} måste kunna öppnas "
                                             "utan lösenord.")
            pages = len(reader.pages)
            for page in reader.pages:
                page.mediabox  # noqa: B018  (a broken page fails here)
        except ValidationError:
            raise
        except Exception:  # pypdf raises many kinds of errors for damaged files
            raise ValidationError(field, must + f"{filename} är skadad och kan inte läsas som PDF.") from None
    if pages == 0:
        raise ValidationError(field, must + f"{filename} har inga sidor.")


def _summary(row: ProcurementParticipant | None) -> str | None:
    """What the history shows for one participant."""
    if row is None:
        return None
    text = f"volym {money.format(row.estimated_volume_ore)}/år"
    if row.poa_sha256 is not None:
        text += f"; fullmakt {row.poa_received_on.isoformat() if row.poa_received_on else '–'} " \
                f"({row.poa_signed_by}, {row.poa_filename})"
    return text


def _log(session: Session, actor_id: int | None, procurement_id: int, name: str, before: str | None,
         after: str | None) -> None:
    audit.record(session, actor_id, ENTITY, procurement_id, "update", {f"Deltagare: {name}": before},
                 {f"Deltagare: {name}": after})


def _participant(session: Session, participant_id: int) -> tuple[ProcurementParticipant, Procurement, str]:
    row = lookup.row(session, ProcurementParticipant, participant_id, "ingen deltagare")
    name = session.scalar(select(Municipality.name).where(Municipality.id == row.municipality_id)) or ""
    return row, procurement_row(session, row.procurement_id), name


def _volume(value: int, field: str = "estimated_volume_ore") -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValidationError(field, "Volymen ska vara ett belopp på noll kronor eller mer.")
    return value


# --- participants ----------------------------------------------------------------------------------

def participants(db, procurement_id: int) -> list[ParticipantRecord]:
    with db.read() as session:
        procurement_row(session, procurement_id)
        return _participant_records(session, procurement_id)


def add_participant(db, procurement_id: int, municipality_id: int, estimated_volume_ore: int = 0) -> ParticipantRecord:
    """Adds a municipality; the list of participants is fixed once the procurement is advertised."""
    volume = _volume(estimated_volume_ore)
    with db.write() as session:
        procurement = procurement_row(session, procurement_id)
        ensure_not_ended(procurement, "municipality_id")
        if _advertised(procurement):
            raise ValidationError("municipality_id", "Upphandlingen är annonserad; deltagande kommuner kan inte "
                                                     "läggas till efter annonseringen.")
        municipality = session.get(Municipality, municipality_id)
        if municipality is None:
            raise ValidationError("municipality_id", "Välj en kommun i listan.")
        exists = session.scalar(select(ProcurementParticipant.id).where(
            ProcurementParticipant.procurement_id == procurement_id,
            ProcurementParticipant.municipality_id == municipality_id))
        if exists is not None:
            raise ValidationError("municipality_id", f"{municipality.name} deltar redan i upphandlingen.")
        row = ProcurementParticipant(procurement_id=procurement_id, municipality_id=municipality_id,
                                     estimated_volume_ore=volume, poa_signed_by="", poa_filename="")
        session.add(row)
        session.flush()
        _log(session, db.actor_id, procurement_id, municipality.name, None, _summary(row))
        return _participant_record(session, row)


def update_participant(db, participant_id: int, estimated_volume_ore: int) -> ParticipantRecord:
    volume = _volume(estimated_volume_ore)
    with db.write() as session:
        row, procurement, name = _participant(session, participant_id)
        ensure_not_ended(procurement, "estimated_volume_ore")
        before = _summary(row)
        row.estimated_volume_ore = volume
        _log(session, db.actor_id, procurement.id, name, before, _summary(row))
        return _participant_record(session, row)


def remove_participant(db, participant_id: int) -> None:
    """Not after the advertisement: the notice names the authorities the agreement is for."""
    with db.write() as session:
        row, procurement, name = _participant(session, participant_id)
        ensure_not_ended(procurement, "municipality_id")
        if _advertised(procurement):
            raise ValidationError("municipality_id", f"Upphandlingen är annonserad; {name} kan inte tas bort "
                                                     "som deltagare efter annonseringen.")
        sha = row.poa_sha256
        _log(session, db.actor_id, procurement.id, name, _summary(row), None)
        session.delete(row)
        session.flush()
        if sha is not None:
            storage.discard_if_unused(session, sha)


def record_power_of_attorney(db, participant_id: int, received_on: date, signed_by: str, filename: str,
                             data: bytes) -> ParticipantRecord:
    """Stores the signed power of attorney (a real PDF) with the day it arrived and who signed it."""
    errors = validation.FieldErrors()
    if not isinstance(received_on, date):
        errors.add("poa_received_on", "Ange datumet då fullmakten kom in.")
    elif received_on > clock.today():
        errors.add("poa_received_on", "Datumet då fullmakten kom in kan inte ligga i framtiden.")
    try:
        signer = validation.require_text(signed_by or "", "Vem som undertecknat fullmakten", 200)
    except ValueError as exc:
        errors.add("poa_signed_by", str(exc))
    try:
        name = clean_filename(filename, "poa_file")
        check_pdf(name, data, "poa_file", "Fullmakten")
    except ValidationError as exc:
        errors.extend(exc)
    errors.raise_if_any()
    with db.write() as session:
        row, procurement, municipality = _participant(session, participant_id)
        ensure_not_ended(procurement, "poa_file")
        before, old_sha = _summary(row), row.poa_sha256
        row.poa_sha256 = storage.store_file(session, data)
        row.poa_received_on, row.poa_signed_by, row.poa_filename = received_on, signer, name
        session.flush()
        _log(session, db.actor_id, procurement.id, municipality, before, _summary(row))
        if old_sha is not None and old_sha != row.poa_sha256:
            storage.discard_if_unused(session, old_sha)
        return _participant_record(session, row)


def clear_power_of_attorney(db, participant_id: int) -> ParticipantRecord:
    """Removes a wrongly recorded power of attorney; once advertised the procurement relies on it."""
    with db.write() as session:
        row, procurement, municipality = _participant(session, participant_id)
        ensure_not_ended(procurement, "poa_file")
        if _advertised(procurement):
            raise ValidationError("poa_file", f"Upphandlingen är annonserad med stöd av fullmakten från "
                                              f"{municipality}; den kan inte tas bort nu.")
        before, sha = _summary(row), row.poa_sha256
        row.poa_sha256, row.poa_received_on, row.poa_signed_by, row.poa_filename = None, None, "", ""
        session.flush()
        _log(session, db.actor_id, procurement.id, municipality, before, _summary(row))
        if sha is not None:
            storage.discard_if_unused(session, sha)
        return _participant_record(session, row)


def power_of_attorney_file(db, participant_id: int) -> tuple[str, bytes]:
    with db.read() as session:
        row, _procurement, municipality = _participant(session, participant_id)
        if row.poa_sha256 is None:
            raise NotFound(f"Ingen fullmakt från {municipality} är registrerad.")
        return row.poa_filename, storage.read_bytes(session, row.poa_sha256)


# --- requirements specification --------------------------------------------------------------------

def _doc_query(procurement_id: int):
    return (select(RequirementDocument, StoredFile.size, Person.name)
            .join(StoredFile, StoredFile.sha256 == RequirementDocument.sha256)
            .outerjoin(Person, Person.id == RequirementDocument.added_by_id)
            .where(RequirementDocument.procurement_id == procurement_id))


def _doc_record(d: RequirementDocument, size: int, person: str | None) -> RequirementDocRecord:
    return RequirementDocRecord(d.id, d.procurement_id, d.title, d.version, d.filename, size,
                                d.added_at.astimezone(STOCKHOLM), person or "", d.note)


def requirement_documents(db, procurement_id: int) -> list[RequirementDocRecord]:
    """Every version of every document: by title (Swedish order), newest version first."""
    with db.read() as session:
        procurement_row(session, procurement_id)
        rows = session.execute(_doc_query(procurement_id)).all()
    records = [_doc_record(*row) for row in rows]
    return sorted(records, key=lambda r: (swedish_key(r.title), -r.version))


def add_requirement_document(db, procurement_id: int, title: str, filename: str, data: bytes,
                             note: str = "") -> RequirementDocRecord:
    """A new version of the document called ``title`` (version = the highest so far + 1)."""
    errors = validation.FieldErrors()
    values: dict = {}
    for field, parse in (("title", lambda: validation.require_text(title or "", "Dokumentets namn", 300)),
                         ("note", lambda: validation.optional_text(note or "", "Kommentaren", 5000))):
        errors.parse_into(values, field, parse)
    try:
        values["filename"] = clean_filename(filename, "file")
        if not data:
            errors.add("file", f"{values['filename']} är tom.")
        elif len(data) > MAX_BYTES:
            errors.add("file", f"{values['filename']} är större än {MAX_BYTES // (1024 * 1024)} MB.")
    except ValidationError as exc:
        errors.extend(exc)
    errors.raise_if_any()
    with db.write() as session:
        ensure_not_ended(procurement_row(session, procurement_id), "file")
        same = func.lower(RequirementDocument.title) == values["title"].lower()
        # the stored title's own spelling is kept, so "kravspec" continues "Kravspec"
        previous = session.execute(select(RequirementDocument.title, RequirementDocument.version)
                                   .where(RequirementDocument.procurement_id == procurement_id, same)
                                   .order_by(RequirementDocument.version.desc()).limit(1)).first()
        title_text = previous[0] if previous else values["title"]
        version = previous[1] + 1 if previous else 1
        row = RequirementDocument(procurement_id=procurement_id, title=title_text, version=version,
                                  filename=values["filename"], sha256=storage.store_file(session, data),
                                  added_at=clock.utcnow(), added_by_id=db.actor_id, note=values["note"])
        session.add(row)
        session.flush()
        audit.record(session, db.actor_id, ENTITY, procurement_id, "update", {f"Kravspecifikation: {title_text}": None},
                     {f"Kravspecifikation: {title_text}": f"version {version}: {row.filename}"})
        found = session.execute(_doc_query(procurement_id).where(RequirementDocument.id == row.id)).one()
        return _doc_record(*found)


def requirement_document_file(db, doc_id: int) -> tuple[str, bytes]:
    with db.read() as session:
        row = lookup.row(session, RequirementDocument, doc_id, "inget dokument")
        return row.filename, storage.read_bytes(session, row.sha256)
