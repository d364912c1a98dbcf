"""A tender saved together with its supplier in the register (issue 15): the tender dialog picks the supplier
from the register by name or organisation number, or creates it there from the tenderer's name and an
organisation number, in the same transaction as the tender. A number already in the register links that
supplier instead of making a second one."""

from __future__ import annotations

from dataclasses import dataclass, replace

from stic_desktop.errors import ValidationError
from stic_desktop.services import validation
from stic_desktop.services.agreements import suppliers
from stic_desktop.services.agreements.suppliers import SupplierInput
from stic_desktop.services.procurement import tenders
from stic_desktop.services.procurement.tenders import TenderInput, TenderRecord
from stic_desktop.services.transaction import one_write


@dataclass(frozen=True)
class SupplierChoice:
    """One entry of the completion list: ``Name (NNNNNN-NNNN)``."""

    id: int
    name: str
    org_number: str

    @property
    def text(self) -> str:
        return f"{self.name} ({self.org_number})"


def supplier_choices(db) -> list[SupplierChoice]:
    return [SupplierChoice(s.id, s.name, s.org_number) for s in suppliers.list_suppliers(db)]


def save_tender(db, procurement_id: int, tender_id: int | None, data: TenderInput,
                new_org_number: str = "", *, expected_version: int | None = None) -> TenderRecord:
    """Adds (no ``tender_id``) or updates the tender; with ``new_org_number`` and no supplier chosen, the
    tenderer is linked to the register's supplier with that number, or added to the register first.
    ``expected_version`` refuses saving over someone else's newer change (services.versions)."""
    with one_write(db) as tx:
        if data.supplier_id is None and new_org_number.strip():
            try:
                number = validation.normalise_org_number(new_org_number)
            except ValueError as error:
                raise ValidationError("new_org_number", str(error)) from None
            existing = next((s for s in suppliers.list_suppliers(tx) if s.org_number == number), None)
            if existing is None:
                try:
                    existing = suppliers.save_supplier(tx, SupplierInput(data.supplier_name, number))
                except ValidationError as error:
                    message = " ".join(e.message for e in error.errors)
                    raise ValidationError("new_org_number", message) from None
            data = replace(data, supplier_id=existing.id)
        if tender_id is None:
            return tenders.add_tender(tx, procurement_id, data)
        return tenders.update_tender(tx, tender_id, data, expected_version=expected_version)
