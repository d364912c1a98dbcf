"""What happens to an agreement over its life: extension decisions, termination, its documents, the expiry
alert and the proposal that starts the next procurement. Re-exported by ``services.agreements``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from stic_desktop.core import clock
from stic_desktop.errors import ValidationError
from stic_desktop.models import (
    AgreementDocument,
    AgreementExtension,
    AgreementParticipant,
    FrameworkAgreement,
    OrganisationSetting,
    Person,
    Procurement,
    ProcurementParticipant,
    Proposal,
    StoredFile,
)
from stic_desktop.services import audit, lookup, validation
from stic_desktop.services.agreements.records import (
    ENTITY,
    AgreementRecord,
    add_months,
    agreement_record,
    agreement_row,
    records,
)
from stic_desktop.services.procurement.parties import MAX_BYTES, STOCKHOLM, clean_filename, swedish_key
from stic_desktop.services.proposals.links import ENTITY as PROPOSAL_ENTITY
from stic_desktop.services.proposals.links import PROPOSAL_FIELDS, write_interests
from stic_desktop.storage import blobs as storage

EXPIRY_SETTING = "agreement_expiry_months"
DEFAULT_EXPIRY_MONTHS = 9
RENEWAL_PREFIX = "Förnyelse: "


# --- extensions ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class ExtensionRecord:
    id: int
    decided_on: date
    decided_by: str
    new_end_date: date


def _extension_rows(session: Session, agreement_id: int) -> list[ExtensionRecord]:
    rows = session.scalars(select(AgreementExtension).where(AgreementExtension.agreement_id == agreement_id)
                           .order_by(AgreementExtension.new_end_date, AgreementExtension.id))
    return [ExtensionRecord(e.id, e.decided_on, e.decided_by, e.new_end_date) for e in rows]


def extensions(db, agreement_id: int) -> list[ExtensionRecord]:
    """The extension decisions, oldest first."""
    with db.read() as session:
        agreement_row(session, agreement_id)
        return _extension_rows(session, agreement_id)


def _extension_text(e: AgreementExtension | ExtensionRecord) -> str:
    return f"beslutad {e.decided_on.isoformat()} av {e.decided_by}, nytt slutdatum {e.new_end_date.isoformat()}"


def record_extension(db, agreement_id: int, decided_on: date, decided_by: str, new_end_date: date) -> ExtensionRecord:
    """Uses one extension option: the agreement then runs to ``new_end_date``."""
    errors = validation.FieldErrors()
    try:
        by = validation.require_text(decided_by or "", "Vem som fattade beslutet", 300)
    except ValueError as exc:
        errors.add("decided_by", str(exc))
    if not isinstance(decided_on, date):
        errors.add("decided_on", "Ange beslutsdatum.")
    if not isinstance(new_end_date, date):
        errors.add("new_end_date", "Ange det nya slutdatumet.")
    errors.raise_if_any()
    with db.write() as session:
        row = agreement_row(session, agreement_id)
        record = agreement_record(session, agreement_id)
        if row.terminated_on is not None:
            raise ValidationError("new_end_date", f"Avtalet är uppsagt per {row.terminated_on.isoformat()} och kan "
                                                  "inte förlängas.")
        if record.extensions_used >= record.extension_count:
            raise ValidationError("new_end_date", f"Avtalet har {record.extension_count} förlängningsoption(er) och "
                                                  "alla är redan använda.")
        if new_end_date <= record.current_end_date:
            raise ValidationError("new_end_date", "Det nya slutdatumet ska vara efter det nuvarande "
                                                  f"({record.current_end_date.isoformat()}).")
        if new_end_date > record.latest_end_date and not row.long_term_reason:
            raise ValidationError("new_end_date", "Det nya slutdatumet är efter avtalets sista möjliga slutdatum "
                                                  f"({record.latest_end_date.isoformat()}) enligt optionerna.")
        if decided_on > record.current_end_date:
            raise ValidationError("decided_on", "Beslutet om förlängning måste fattas innan avtalet löper ut "
                                                f"({record.current_end_date.isoformat()}).")
        if decided_on < row.start_date:
            raise ValidationError("decided_on", "Beslutsdatumet kan inte vara före avtalets startdatum.")
        extension = AgreementExtension(agreement_id=agreement_id, decided_on=decided_on, decided_by=by,
                                       new_end_date=new_end_date)
        session.add(extension)
        session.flush()
        audit.record(session, db.actor_id, ENTITY, agreement_id, "update", {"Förlängning": None},
                     {"Förlängning": _extension_text(extension)})
        return ExtensionRecord(extension.id, decided_on, by, new_end_date)


def delete_extension(db, extension_id: int) -> None:
    """Removes an extension registered by mistake; only the newest one, so the end dates stay in order."""
    with db.write() as session:
        extension = lookup.row(session, AgreementExtension, extension_id, "ingen förlängning")
        newest = _extension_rows(session, extension.agreement_id)[-1]
        if newest.id != extension.id:
            raise ValidationError("id", "Bara den senaste förlängningen kan tas bort.")
        audit.record(session, db.actor_id, ENTITY, extension.agreement_id, "update",
                     {"Förlängning": _extension_text(extension)}, {"Förlängning": None})
        session.delete(extension)


def terminate_agreement(db, agreement_id: int, on: date, reason: str) -> AgreementRecord:
    """Uppsägning: the agreement ends on ``on`` (between its start and its current end date)."""
    try:
        why = validation.require_text(reason or "", "Skälet till uppsägningen", 5000)
    except ValueError as exc:
        raise ValidationError("termination_reason", str(exc)) from None
    if not isinstance(on, date):
        raise ValidationError("terminated_on", "Ange dagen avtalet upphör.")
    with db.write() as session:
        row = agreement_row(session, agreement_id)
        record = agreement_record(session, agreement_id)
        if row.terminated_on is not None:
            raise ValidationError("terminated_on", f"Avtalet är redan uppsagt per {row.terminated_on.isoformat()}.")
        if not row.start_date <= on <= record.current_end_date:
            raise ValidationError("terminated_on", f"Uppsägningsdagen ska ligga inom avtalstiden "
                                                   f"({row.start_date.isoformat()}–{record.current_end_date.isoformat()}).")
        before = {"terminated_on": None, "termination_reason": row.termination_reason}
        row.terminated_on, row.termination_reason = on, why
        session.flush()
        audit.record(session, db.actor_id, ENTITY, agreement_id, "update", before,
                     {"terminated_on": on.isoformat(), "termination_reason": why})
        return agreement_record(session, agreement_id)


# --- documents ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class AgreementDocRecord:
    id: int
    agreement_id: int
    title: str
    filename: str
    size: int
    added_at: datetime  # Europe/Stockholm
    added_by_name: str  # "" when unknown (command line)


def _doc_query():
    return (select(AgreementDocument, StoredFile.size, Person.name)
            .join(StoredFile, StoredFile.sha256 == AgreementDocument.sha256)
            .outerjoin(Person, Person.id == AgreementDocument.added_by_id))


def _doc_record(d: AgreementDocument, size: int, person: str | None) -> AgreementDocRecord:
    return AgreementDocRecord(d.id, d.agreement_id, d.title, d.filename, size, d.added_at.astimezone(STOCKHOLM),
                              person or "")


def agreement_documents(db, agreement_id: int) -> list[AgreementDocRecord]:
    """By title in Swedish order, newest first within a title."""
    with db.read() as session:
        agreement_row(session, agreement_id)
        rows = session.execute(_doc_query().where(AgreementDocument.agreement_id == agreement_id)).all()
    found = [_doc_record(*row) for row in rows]
    return sorted(sorted(found, key=lambda r: r.added_at, reverse=True), key=lambda r: swedish_key(r.title))


def add_agreement_document(db, agreement_id: int, title: str, filename: str, data: bytes) -> AgreementDocRecord:
    """Keeps a file (the signed agreement, an appendix, a price list) in the database with the agreement."""
    errors = validation.FieldErrors()
    try:
        name = validation.require_text(title or "", "Dokumentets namn", 300)
    except ValueError as exc:
        errors.add("title", str(exc))
    try:
        file = clean_filename(filename, "file")
        if not data:
            errors.add("file", f"{file} är tom.")
        elif len(data) > MAX_BYTES:
            errors.add("file", f"{file} är större än {MAX_BYTES // (1024 * 1024)} MB.")
    except ValidationError as exc:
        errors.extend(exc)
    errors.raise_if_any()
    with db.write() as session:
        agreement_row(session, agreement_id)
        row = AgreementDocument(agreement_id=agreement_id, title=name, filename=file,
                                sha256=storage.store_file(session, data), added_at=clock.utcnow(),
                                added_by_id=db.actor_id)
        session.add(row)
        session.flush()
        audit.record(session, db.actor_id, ENTITY, agreement_id, "update", {f"Dokument: {name}": None},
                     {f"Dokument: {name}": file})
        return _doc_record(*session.execute(_doc_query().where(AgreementDocument.id == row.id)).one())


def agreement_document_file(db, document_id: int) -> tuple[str, bytes]:
    with db.read() as session:
        row = lookup.row(session, AgreementDocument, document_id, "inget avtalsdokument")
        return row.filename, storage.read_bytes(session, row.sha256)


def delete_agreement_document(db, document_id: int) -> None:
    with db.write() as session:
        row = lookup.row(session, AgreementDocument, document_id, "inget avtalsdokument")
        sha = row.sha256
        audit.record(session, db.actor_id, ENTITY, row.agreement_id, "update", {f"Dokument: {row.title}": row.filename},
                     {f"Dokument: {row.title}": None})
        session.delete(row)
        session.flush()
        storage.discard_if_unused(session, sha)


# --- expiry alert and renewal -------------------------------------------------------------------

def expiry_months(db) -> int:
    """How many months ahead the overview warns that an agreement ends (organisation setting, default 9)."""
    with db.read() as session:
        setting = session.get(OrganisationSetting, EXPIRY_SETTING)
    text = setting.text_value if setting is not None else None
    return int(text) if text and text.isdigit() else DEFAULT_EXPIRY_MONTHS


def set_expiry_months(db, months: int) -> int:
    if isinstance(months, bool) or not isinstance(months, int) or not 1 <= months <= 36:
        raise ValidationError("agreement_expiry_months", "Varningstiden ska vara ett heltal från 1 till 36 månader.")
    with db.write() as session:
        setting = session.get(OrganisationSetting, EXPIRY_SETTING)
        before = setting.text_value if setting is not None else None
        if setting is None:
            setting = OrganisationSetting(key=EXPIRY_SETTING)
            session.add(setting)
        setting.text_value = str(months)
        audit.record(session, db.actor_id, "organisation", 1, "update", {EXPIRY_SETTING: before},
                     {EXPIRY_SETTING: str(months)})
    return months


def expiring_agreements(db, *, today: date | None = None, months: int | None = None,
                        limit: int | None = None) -> list[AgreementRecord]:
    """Running agreements (not terminated) whose current end date is within ``months``; soonest first; with
    ``limit`` the first ``limit`` of them (picked in SQL)."""
    return _expiring(db, today, months, limit)[0]


def expiring_with_count(db, *, today: date | None = None, months: int | None = None,
                        limit: int | None = None) -> tuple[list[AgreementRecord], int]:
    """``expiring_agreements`` and how many there are in all (counted in SQL when ``limit`` cut the list)."""
    return _expiring(db, today, months, limit, count=True)


def _expiring(db, today: date | None, months: int | None, limit: int | None,
              count: bool = False) -> tuple[list[AgreementRecord], int]:
    today = today or clock.today()
    months = expiry_months(db) if months is None else months
    horizon = add_months(today, months)
    newest = (select(AgreementExtension.agreement_id, func.max(AgreementExtension.new_end_date).label("end_date"))
              .group_by(AgreementExtension.agreement_id).subquery())
    current_end = func.coalesce(newest.c.end_date, FrameworkAgreement.initial_end_date)
    ending = (select(FrameworkAgreement.id).outerjoin(newest, newest.c.agreement_id == FrameworkAgreement.id)
              .where(FrameworkAgreement.terminated_on.is_(None), FrameworkAgreement.start_date <= today,
                     current_end >= today, current_end <= horizon))
    with db.read() as session:
        # the database picks the few running ones ending soon; only they become records
        ids = session.scalars(ending.order_by(current_end, FrameworkAgreement.agreement_number,
                                              FrameworkAgreement.id).limit(limit)).all()
        found = [r for r in records(session, today=today, ids=list(ids))
                 if r.running and r.terminated_on is None and r.current_end_date <= horizon] if ids else []
        total = len(found)
        if count and limit is not None and len(ids) >= limit:
            total = session.execute(select(func.count()).select_from(ending.subquery())).scalar_one()
    return sorted(found, key=lambda r: (r.current_end_date, r.agreement_number)), total


def start_renewal(db, agreement_id: int) -> int:
    """A proposal "Förnyelse: <title>" from the working group, with the agreement's municipalities interested
    (with the yearly volumes they gave in the procurement); returns its id."""
    with db.write() as session:
        row = agreement_row(session, agreement_id)
        record = agreement_record(session, agreement_id)
        title = (RENEWAL_PREFIX + row.title)[:300]
        existing = session.scalar(select(Proposal.id).where(
            Proposal.title == title, Proposal.status.in_(("new", "discussion", "prioritised"))))
        if existing is not None:
            raise ValidationError("id", f"Det finns redan ett öppet förslag ”{title}” (id {existing}).")
        area = "other"
        volumes: dict[int, int] = {}
        if row.procurement_id is not None:
            procurement = session.get(Procurement, row.procurement_id)
            area = procurement.area if procurement is not None else "other"
            volumes = dict(session.execute(select(ProcurementParticipant.municipality_id,
                                                  ProcurementParticipant.estimated_volume_ore)
                                           .where(ProcurementParticipant.procurement_id == row.procurement_id)).all())
        municipality_ids = session.scalars(select(AgreementParticipant.municipality_id)
                                           .where(AgreementParticipant.agreement_id == agreement_id)).all()
        description = (f"Ramavtal {row.agreement_number} ”{row.title}” löper ut "
                       f"{record.current_end_date.isoformat()} ({record.status_label.lower()}, "
                       f"{record.extensions_used} av {record.extension_count} förlängningar använda).")
        proposal = Proposal(title=title, area=area, description=description, origin="working_group",
                            workshop_id=None, origin_municipality_id=None, proposer_id=db.actor_id, status="new",
                            priority_rank=None, created_on=clock.today(), status_changed_on=None, notes="")
        audit.created(session, db.actor_id, PROPOSAL_ENTITY, proposal, PROPOSAL_FIELDS)
        write_interests(session, db.actor_id, proposal, [(m, volumes.get(m, 0)) for m in municipality_ids])
        audit.record(session, db.actor_id, ENTITY, agreement_id, "update", {"Förnyelse": None},
                     {"Förnyelse": f"förslag {proposal.id}: {title}"})
        return proposal.id
