"""Framework agreements (ramavtal): create (also from a signed procurement), edit, delete, list, parties.

The term rule of LOU 7 kap. 2 § is checked on every save: start to the latest end date with every
extension option used may be at most four years unless special reasons are written down. Extensions,
termination, documents, expiry alerts and renewal live in ``terms``; the shared records in
``records``; suppliers and participants in ``parties``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from stic_desktop.errors import ValidationError
from stic_desktop.models import (
    AgreementDocument,
    AgreementExtension,
    FrameworkAgreement,
    Procurement,
    ProcurementParticipant,
    SalesReport,
    Supplier,
    Tender,
)
from stic_desktop.services import audit, lookup, validation, versions
from stic_desktop.services.agreements.parties import write_participants, write_suppliers
from stic_desktop.services.agreements.records import (
    AGREEMENT_FIELDS,
    ENTITY,
    MAX_TERM_MONTHS,
    AgreementInput,
    AgreementRecord,
    agreement_record,
    agreement_row,
    latest_end,
    records,
    term_months,
)
from stic_desktop.services.procurement.records import STAGE_LABELS
from stic_desktop.services.procurement.tenders import ENTITY as TENDER_ENTITY
from stic_desktop.services.procurement.tenders import TENDER_FIELDS
from stic_desktop.services.transaction import retrying
from stic_desktop.storage import blobs as storage

SIGNED_STAGES = ("signed", "closed")


def list_agreements(db, *, today: date | None = None) -> list[AgreementRecord]:
    with db.read() as session:
        return records(session, today=today)


def get_agreement(db, agreement_id: int, *, today: date | None = None) -> AgreementRecord:
    with db.read() as session:
        return agreement_record(session, agreement_id, today=today)


# --- validation ---------------------------------------------------------------------------------

def _whole(value: object, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def long_term_message(months: int) -> str:
    return (f"Avtalstiden med alla förlängningar är {months} månader. Ett ramavtal får enligt LOU 7 kap. 2 § "
            f"gälla högst fyra år ({MAX_TERM_MONTHS} månader) om det inte finns särskilda skäl; skriv skälen.")


def validated(session: Session, data: AgreementInput, existing: FrameworkAgreement | None) -> dict:
    """Values ready to store, or a ValidationError listing every wrong field (also used by the import)."""
    errors = validation.FieldErrors()
    values: dict = {}
    procurement = None
    if data.procurement_id is not None:
        procurement = session.get(Procurement, data.procurement_id)
        if procurement is None:
            errors.add("procurement_id", "Upphandlingen finns inte (den kan ha tagits bort).")
    for field, parse in (("agreement_number", lambda t: validation.optional_text(t, "Avtalsnumret", 30)),
                         ("title", lambda t: validation.optional_text(t, "Rubriken", 300)),
                         ("long_term_reason", lambda t: validation.optional_text(t, "Skälen", 5000)),
                         ("notes", lambda t: validation.optional_text(t, "Anteckningarna", 20000))):
        errors.parse_into(values, field, parse, getattr(data, field) or "")
    if procurement is not None:
        values["agreement_number"] = values.get("agreement_number") or procurement.case_number
        values["title"] = values.get("title") or procurement.title[:300]
    if "agreement_number" in values and not values["agreement_number"]:
        errors.add("agreement_number", "Avtalsnumret måste fyllas i (eller välj upphandlingen, så "
                                       "används dess diarienummer).")
    if "title" in values and not values["title"]:
        errors.add("title", "Rubriken måste fyllas i.")
    start, end = data.start_date, data.initial_end_date
    if not isinstance(start, date):
        errors.add("start_date", "Ange avtalets startdatum.")
    if not isinstance(end, date):
        errors.add("initial_end_date", "Ange avtalets slutdatum (utan förlängningar).")
    elif isinstance(start, date) and end < start:
        errors.add("initial_end_date", "Slutdatumet kan inte vara före startdatumet.")
    count, months = data.extension_count, data.extension_months
    if not _whole(count, 0, 10):
        errors.add("extension_count", "Antalet förlängningsoptioner ska vara ett heltal från 0 till 10.")
    if not _whole(months, 0, 120):
        errors.add("extension_months", "Månader per förlängning ska vara ett heltal från 0 till 120.")
    elif _whole(count, 1, 10) and months == 0:
        errors.add("extension_months", "Ange hur många månader varje förlängning gäller.")
    if not _whole(data.report_due_day, 1, 28):
        errors.add("report_due_day", "Rapportdagen ska vara en dag från 1 till 28 i månaden efter "
                                     "perioden.")
    if not errors:
        months = months if count else 0
        latest = latest_end(end, count, months)
        used = _used_extensions(session, existing)
        if used and len(used) > count:
            errors.add("extension_count", f"{len(used)} förlängningar är redan beslutade; antalet "
                                          "optioner kan inte vara färre.")
        furthest = max([latest, *(e for e in used)])
        term = term_months(start, furthest)
        if term > MAX_TERM_MONTHS and not values.get("long_term_reason"):
            errors.add("long_term_reason", long_term_message(term))
        values.update(start_date=start, initial_end_date=end, extension_count=count, extension_months=months,
                      report_due_day=data.report_due_day, procurement_id=data.procurement_id)
        taken = session.execute(select(FrameworkAgreement.agreement_number, FrameworkAgreement.title).where(
            func.lower(FrameworkAgreement.agreement_number) == values["agreement_number"].lower(),
            FrameworkAgreement.id != (existing.id if existing else -1))).first()
        if taken is not None:
            errors.add("agreement_number", f"Avtalsnumret {taken[0]} används redan av ”{taken[1]}”.")
    errors.raise_if_any()
    return values


def _used_extensions(session: Session, existing: FrameworkAgreement | None) -> list[date]:
    if existing is None:
        return []
    return list(session.scalars(select(AgreementExtension.new_end_date)
                                .where(AgreementExtension.agreement_id == existing.id)))


# --- saving -------------------------------------------------------------------------------------

def insert_agreement(session: Session, actor_id: int | None, values: dict) -> FrameworkAgreement:
    from stic_desktop.services.agreements.clauses import link_current

    row = FrameworkAgreement(**values, termination_reason="", terminated_on=None)
    audit.created(session, actor_id, ENTITY, row, AGREEMENT_FIELDS)
    link_current(session, row.id)  # the standard clauses as they read today
    return row


@retrying
def save_agreement(db, data: AgreementInput, agreement_id: int | None = None, *,
                   expected_version: int | None = None) -> AgreementRecord:
    """Create (no id) or update one agreement in one transaction, with an audit row; ``expected_version``
    refuses saving over someone else's newer change (services.versions)."""
    with db.write() as session:
        if agreement_id is None:
            row = insert_agreement(session, db.actor_id, validated(session, data, None))
        else:
            row = agreement_row(session, agreement_id)
            versions.check_version(session, ENTITY, row, expected_version, f"avtalet {row.agreement_number}")
            values = validated(session, data, row)
            audit.updated(session, db.actor_id, ENTITY, row, values, AGREEMENT_FIELDS)
        return agreement_record(session, row.id)


@retrying
def create_from_procurement(db, procurement_id: int, data: AgreementInput, *,
                            tender_links: dict[int, int] | None = None) -> AgreementRecord:
    """The agreement a signed procurement ends in. Participants: its municipalities with a power of attorney;
    suppliers: its awarded tenders linked to the supplier register, with their ranking. ``tender_links``
    (tender id -> supplier id) links tenders to the register first, in the same transaction."""
    with db.write() as session:
        procurement = lookup.row(session, Procurement, procurement_id, "ingen upphandling")
        if procurement.stage not in SIGNED_STAGES:

            raise ValidationError("procurement_id", "Ett avtal skapas när upphandlingen har nått steget Avtal "
                                                    f"tecknat; {procurement.case_number} är i steget "
                                                    f"{STAGE_LABELS.get(procurement.stage, procurement.stage)}.")
        row = insert_agreement(session, db.actor_id, validated(session, replace(data, procurement_id=procurement_id),
                                                                None))
        _link_tenders(session, db.actor_id, procurement_id, tender_links or {})
        municipality_ids = session.scalars(select(ProcurementParticipant.municipality_id).where(
            ProcurementParticipant.procurement_id == procurement_id,
            ProcurementParticipant.poa_received_on.is_not(None), ProcurementParticipant.poa_sha256.is_not(None))).all()
        tenders = session.execute(select(Tender.supplier_id, Tender.ranking).where(
            Tender.procurement_id == procurement_id, Tender.awarded.is_(True), Tender.supplier_id.is_not(None))
            .order_by(Tender.ranking.is_(None), Tender.ranking, Tender.id)).all()
        suppliers: dict[int, int | None] = {}
        for supplier_id, ranking in tenders:
            suppliers.setdefault(supplier_id, ranking)
        if len(suppliers) == 1:  # a single supplier is simply first, whether the tender was ranked or not
            suppliers = {sid: 1 for sid in suppliers}
        write_participants(session, db.actor_id, row, list(municipality_ids))
        write_suppliers(session, db.actor_id, row, [(sid, rank, rank is None) for sid, rank in suppliers.items()])
        return agreement_record(session, row.id)


def _link_tenders(session: Session, actor_id: int | None, procurement_id: int, links: dict[int, int]) -> None:
    for tender_id, supplier_id in links.items():
        tender = session.get(Tender, tender_id)
        if tender is None or tender.procurement_id != procurement_id:
            raise ValidationError("suppliers", "Anbudet hör inte till upphandlingen.")
        if session.get(Supplier, supplier_id) is None:
            raise ValidationError("suppliers", f"Leverantören med id {supplier_id} finns inte.")
        if tender.supplier_id != supplier_id:
            with audit.changing(session, actor_id, TENDER_ENTITY, tender, TENDER_FIELDS):
                tender.supplier_id = supplier_id
                session.flush()


def delete_agreement(db, agreement_id: int) -> None:
    """Refused once sales are reported on it: the commission invoiced must stay traceable."""
    with db.write() as session:
        row = agreement_row(session, agreement_id)
        reports = session.scalar(select(func.count()).where(SalesReport.agreement_id == agreement_id))
        if reports:
            raise ValidationError("id", f"Avtalet {row.agreement_number} har {reports} försäljningsrapport(er) och "
                                        "kan inte tas bort. Säg upp det i stället.")
        files = set(session.scalars(select(AgreementDocument.sha256).where(AgreementDocument.agreement_id == agreement_id)))
        # parties, extensions, documents and own rate decisions go by ON DELETE CASCADE
        audit.deleted(session, db.actor_id, ENTITY, row, AGREEMENT_FIELDS)
        session.flush()
        session.expunge_all()
        for sha in files:
            storage.discard_if_unused(session, sha)
