"""The supplier register (leverantörer): the companies STIC's framework agreements are signed with.

A supplier is identified by its organisation number (Luhn-checked, unique), so an import or a tender can
find the same company again. Tenders keep their own supplier name (what the tender said) and may link to
the register with ``link_tender``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from stic_desktop.errors import ValidationError
from stic_desktop.models import AgreementSupplier, Supplier, Tender
from stic_desktop.services import audit, lookup, references, validation, versions
from stic_desktop.services.procurement.parties import swedish_key
from stic_desktop.services.procurement.tenders import ENTITY as TENDER_ENTITY
from stic_desktop.services.procurement.tenders import TENDER_FIELDS

ENTITY = "supplier"

FIELD_LABELS = {
    "name": "Namn",
    "org_number": "Organisationsnummer",
    "address": "Adress",
    "sales_contact_name": "Kontaktperson för försäljningsrapporter",
    "sales_contact_email": "E-post för försäljningsrapporter",
    "sales_contact_phone": "Telefon för försäljningsrapporter",
    "order_contact_name": "Kontaktperson för beställningar",
    "order_contact_email": "E-post för beställningar",
    "order_contact_phone": "Telefon för beställningar",
    "notes": "Anteckningar",
}


@dataclass(frozen=True)
class SupplierInput:
    """Values as typed; the service trims, checks and normalises them."""

    name: str = ""
    org_number: str = ""
    address: str = ""
    sales_contact_name: str = ""
    sales_contact_email: str = ""
    sales_contact_phone: str = ""
    order_contact_name: str = ""  # who the municipalities order from (printed on the agreement summary)
    order_contact_email: str = ""
    order_contact_phone: str = ""
    notes: str = ""


STORED_FIELDS = tuple(f.name for f in fields(SupplierInput))


@dataclass(frozen=True)
class SupplierRecord:
    id: int
    name: str
    org_number: str
    address: str
    sales_contact_name: str
    sales_contact_email: str
    sales_contact_phone: str
    order_contact_name: str
    order_contact_email: str
    order_contact_phone: str
    notes: str
    agreement_count: int
    row_version: int | None = None  # as loaded; a form hands it back (see services.versions)

    def as_input(self) -> SupplierInput:
        return SupplierInput(**{name: getattr(self, name) for name in STORED_FIELDS})


def _query():
    count = (select(func.count()).where(AgreementSupplier.supplier_id == Supplier.id)
             .correlate(Supplier).scalar_subquery())
    return select(Supplier, count)


def _record(row: Supplier, count: int | None) -> SupplierRecord:
    return SupplierRecord(row.id, *(getattr(row, name) for name in STORED_FIELDS), int(count or 0),
                          row_version=row.row_version)


def supplier_row(session: Session, supplier_id: int) -> Supplier:
    return lookup.row(session, Supplier, supplier_id, "ingen leverantör")


def supplier_record(session: Session, supplier_id: int) -> SupplierRecord:
    session.flush()
    supplier_row(session, supplier_id)
    return _record(*session.execute(_query().where(Supplier.id == supplier_id)).one())


def list_suppliers(db) -> list[SupplierRecord]:
    """In Swedish alphabetical order, each with its number of agreements; one query."""
    with db.read() as session:
        records = [_record(row, count) for row, count in session.execute(_query()).all()]
    return sorted(records, key=lambda r: (swedish_key(r.name), r.org_number))


def get_supplier(db, supplier_id: int) -> SupplierRecord:
    with db.read() as session:
        return supplier_record(session, supplier_id)


def _email(text: str) -> str:
    value = validation.optional_text(text, "E-postadressen", 254)
    if value and ("@" not in value or value.startswith("@") or value.endswith("@") or " " in value):
        raise ValueError(f"”{value}” är ingen giltig e-postadress.")
    return value


PARSERS = {
    "name": lambda t: validation.require_text(t, "Namnet", 300),
    "org_number": validation.normalise_org_number,
    "address": lambda t: validation.optional_text(t, "Adressen", 2000),
    "sales_contact_name": lambda t: validation.optional_text(t, "Kontaktpersonens namn", 200),
    "sales_contact_email": _email,
    "sales_contact_phone": lambda t: validation.optional_text(t, "Telefonnumret", 50),
    "order_contact_name": lambda t: validation.optional_text(t, "Beställningskontaktens namn", 200),
    "order_contact_email": _email,
    "order_contact_phone": lambda t: validation.optional_text(t, "Beställningskontaktens telefonnummer", 50),
    "notes": lambda t: validation.optional_text(t, "Anteckningarna", 20000),
}


def validated(data: SupplierInput) -> dict:
    """Values ready to store, or a ValidationError listing every wrong field (also used by the import)."""
    errors = validation.FieldErrors()
    values: dict = {}
    for name, parse in PARSERS.items():
        errors.parse_into(values, name, parse, getattr(data, name) or "")
    errors.raise_if_any()
    return values


def check_unique(session: Session, org_number: str, own_id: int | None) -> None:
    other = session.scalar(select(Supplier).where(Supplier.org_number == org_number))
    if other is not None and other.id != own_id:
        raise ValidationError("org_number", f"Organisationsnumret {org_number} används redan av {other.name}.")


def insert_supplier(session: Session, actor_id: int | None, values: dict) -> Supplier:
    """A new supplier inside the caller's transaction (the import creates them this way)."""
    row = Supplier(**values)
    audit.created(session, actor_id, ENTITY, row, STORED_FIELDS)
    return row


def save_supplier(db, data: SupplierInput, supplier_id: int | None = None, *,
                  expected_version: int | None = None) -> SupplierRecord:
    """Create (no id) or update one supplier in one transaction, with an audit row; ``expected_version`` refuses
    saving over someone else's newer change (services.versions)."""
    values = validated(data)
    with db.write() as session:
        if supplier_id is not None:
            row = supplier_row(session, supplier_id)
            versions.check_version(session, ENTITY, row, expected_version, f"leverantören {row.name}")
        check_unique(session, values["org_number"], supplier_id)
        if supplier_id is None:
            row = insert_supplier(session, db.actor_id, values)
        else:
            audit.updated(session, db.actor_id, ENTITY, row, values, STORED_FIELDS)
        return supplier_record(session, row.id)


def delete_supplier(db, supplier_id: int) -> None:
    """Only a supplier nothing refers to (agreements, sales reports, tenders) can go."""
    with db.write() as session:
        row = supplier_row(session, supplier_id)
        found = references.references_to(session, Supplier.__tablename__, supplier_id)
        if found:
            raise ValidationError("id", f"{row.name} kan inte tas bort eftersom leverantören används av "
                                        f"{references.describe(found)}.")
        audit.deleted(session, db.actor_id, ENTITY, row, STORED_FIELDS)


def link_tender(db, tender_id: int, supplier_id: int | None) -> None:
    """Links a tender to the register (None removes the link). The tender's own contents do not change, so
    this is allowed also after the award decision: it is how an awarded tender becomes an agreement party."""
    with db.write() as session:
        tender = lookup.row(session, Tender, tender_id, "inget anbud")
        if supplier_id is not None:
            supplier_row(session, supplier_id)
        with audit.changing(session, db.actor_id, TENDER_ENTITY, tender, TENDER_FIELDS):
            tender.supplier_id = supplier_id
            session.flush()
