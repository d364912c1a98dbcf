"""Shared set-up for the agreement tests: municipalities, suppliers with valid organisation numbers, and a
procurement brought to the stage Avtal tecknat with powers of attorney and awarded tenders."""

from __future__ import annotations

from datetime import date, datetime, timezone

from stic_desktop.models import Procurement, ProcurementParticipant, Tender
from stic_desktop.services.agreements import suppliers
from stic_desktop.services.agreements.suppliers import SupplierInput
from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.procurement import procurements
from stic_desktop.services.procurement.procurements import ProcurementInput
from stic_desktop.services.validation import luhn_valid
from stic_desktop.storage import blobs as storage


def org_numbers(count: int, start: int = 556000000) -> list[str]:
    """Valid (Luhn) organisation numbers NNNNNN-NNNN."""
    found = []
    number = start * 10
    while len(found) < count:
        digits = f"{number:010d}"
        if luhn_valid(digits):
            found.append(f"{digits[:6]}-{digits[6:]}")
        number += 1
    return found


ORG = org_numbers(6)


def county(db) -> dict[str, int]:
    """The 26 municipalities of the county; code -> id."""
    municipalities.import_county_municipalities(db)
    return {m.municipality_code: m.id for m in municipalities.list_municipalities(db)}


def add_suppliers(db, *names: str) -> list[int]:
    return [suppliers.save_supplier(db, SupplierInput(name=name, org_number=ORG[i])).id for i, name in enumerate(names)]


def signed_procurement(db, codes: dict[str, int], *, poa: tuple[str, ...], without_poa: tuple[str, ...] = (),
                       tenders: tuple[tuple[str, int | None, int | None, bool], ...] = (),
                       stage: str = "signed") -> int:
    """A procurement at ``stage``; tenders are (name, supplier id, ranking, awarded)."""
    record = procurements.create_procurement(db, ProcurementInput(title="Kontorsmaterial", case_number="STIC-2025-014"))
    with db.write() as session:
        session.get(Procurement, record.id).stage = stage
        sha = storage.store_file(session, b"%PDF-1.4 fullmakt")
        for code in poa + without_poa:
            session.add(ProcurementParticipant(
                procurement_id=record.id, municipality_id=codes[code], estimated_volume_ore=1_000_00,
                poa_received_on=date(2025, 1, 10) if code in poa else None, poa_signed_by="Kommunchefen",
                poa_filename="fullmakt.pdf", poa_sha256=sha if code in poa else None))
        for name, supplier_id, ranking, awarded in tenders:
            session.add(Tender(procurement_id=record.id, supplier_name=name, supplier_id=supplier_id,
                               received_at=datetime(2025, 3, 1, tzinfo=timezone.utc), qualified=True, ranking=ranking,
                               awarded=awarded))
    return record.id


def row_counts(location) -> dict[str, int]:
    """Rows per table of a database (a Database, a file or a team database URL), with plain SQL."""
    from backend_tools import row_counts as counts

    return counts(location)
