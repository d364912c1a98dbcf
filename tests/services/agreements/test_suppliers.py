"""services/suppliers.py: the supplier register, Luhn-checked organisation numbers, deletes and tender links."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from agreement_fixtures import ORG, row_counts

from stic_desktop.errors import NotFound, ValidationError
from stic_desktop.models import Tender
from stic_desktop.services import audit
from stic_desktop.services.agreements import agreements, parties, suppliers
from stic_desktop.services.agreements.agreements import AgreementInput
from stic_desktop.services.agreements.suppliers import SupplierInput
from stic_desktop.services.procurement import procurements
from stic_desktop.services.procurement.procurements import ProcurementInput


def test_save_normalises_and_lists_in_swedish_order(db) -> None:
    first = suppliers.save_supplier(db, SupplierInput(name="  Örebro Papper AB ", org_number=ORG[0].replace("-", ""),
                                                      sales_contact_email="rapport@orebro.se"))
    suppliers.save_supplier(db, SupplierInput(name="Åhléns Kontor AB", org_number=ORG[1]))
    suppliers.save_supplier(db, SupplierInput(name="Zeta AB", org_number=ORG[2]))
    assert first.org_number == ORG[0] and first.name == "Örebro Papper AB" and first.agreement_count == 0
    assert [s.name for s in suppliers.list_suppliers(db)] == ["Zeta AB", "Åhléns Kontor AB", "Örebro Papper AB"]
    assert suppliers.get_supplier(db, first.id).as_input().sales_contact_email == "rapport@orebro.se"
    changed = suppliers.save_supplier(db, SupplierInput(name="Örebro Papper AB", org_number=ORG[0],
                                                        notes="Łukasz Żółć"), first.id)
    assert changed.notes == "Łukasz Żółć" and changed.sales_contact_email == ""
    actions = [e.action for e in audit.history(db, suppliers.ENTITY, first.id)]
    assert actions == ["update", "create"]


@pytest.mark.parametrize("org, fragment", [("556036-0794", "kontrollsiffra"), ("12345", "tio siffror"),
                                           ("", "tio siffror")])
def test_bad_org_number_is_refused_and_nothing_saved(db, db_location, org, fragment) -> None:
    before = row_counts(db_location)
    with pytest.raises(ValidationError) as caught:
        suppliers.save_supplier(db, SupplierInput(name="Fel AB", org_number=org))
    assert caught.value.for_field("org_number") and fragment in caught.value.for_field("org_number")
    assert row_counts(db_location) == before


def test_every_wrong_field_is_reported_at_once(db) -> None:
    with pytest.raises(ValidationError) as caught:
        suppliers.save_supplier(db, SupplierInput(name=" ", org_number="1", sales_contact_email="inte en adress"))
    assert {e.field for e in caught.value.errors} == {"name", "org_number", "sales_contact_email"}
    assert "måste fyllas i" in caught.value.for_field("name")


def test_the_same_org_number_twice_is_refused(db, db_location) -> None:
    suppliers.save_supplier(db, SupplierInput(name="Första AB", org_number=ORG[0]))
    before = row_counts(db_location)
    with pytest.raises(ValidationError) as caught:
        suppliers.save_supplier(db, SupplierInput(name="Andra AB", org_number=ORG[0].replace("-", "")))
    assert "används redan av Första AB" in caught.value.for_field("org_number")
    assert row_counts(db_location) == before


def test_delete_is_refused_while_on_an_agreement(db) -> None:
    used = suppliers.save_supplier(db, SupplierInput(name="Avtalad AB", org_number=ORG[0]))
    free = suppliers.save_supplier(db, SupplierInput(name="Fri AB", org_number=ORG[1]))
    agreement = agreements.save_agreement(db, AgreementInput(agreement_number="RA-1", title="Papper",
                                                             start_date=date(2025, 1, 1),
                                                             initial_end_date=date(2026, 12, 31)))
    parties.set_agreement_suppliers(db, agreement.id, [(used.id, 1, False)])
    assert suppliers.get_supplier(db, used.id).agreement_count == 1
    with pytest.raises(ValidationError) as caught:
        suppliers.delete_supplier(db, used.id)
    assert "Avtalad AB kan inte tas bort" in caught.value.message
    suppliers.delete_supplier(db, free.id)
    with pytest.raises(NotFound):
        suppliers.get_supplier(db, free.id)
    assert audit.history(db, suppliers.ENTITY, free.id)[0].action == "delete"


def test_link_tender_sets_and_clears_the_register_link(db) -> None:
    supplier = suppliers.save_supplier(db, SupplierInput(name="Anbudsgivaren AB", org_number=ORG[0]))
    procurement = procurements.create_procurement(db, ProcurementInput(title="Skolmat"))
    with db.write() as session:
        tender = Tender(procurement_id=procurement.id, supplier_name="Anbudsgivaren", qualified=True,
                        received_at=datetime(2025, 1, 1, tzinfo=timezone.utc))
        session.add(tender)
        session.flush()
        tender_id = tender.id
    suppliers.link_tender(db, tender_id, supplier.id)
    with db.read() as session:
        assert session.get(Tender, tender_id).supplier_id == supplier.id
    suppliers.link_tender(db, tender_id, None)
    with db.read() as session:
        assert session.get(Tender, tender_id).supplier_id is None
    with pytest.raises(NotFound):
        suppliers.link_tender(db, tender_id, 999)
    assert len(audit.history(db, "tender", tender_id)) == 2
