"""Avtalssammanfattning (documents/agreement_summary.py): ONE page for the municipalities — what, who, term,
how to call off, contact — even with 26 municipalities, six suppliers and long names; read back with pypdf."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader
from test_agreement_doc import NUMBER, SUPPLIERS, TITLE, TODAY, build_agreement, org_number
from test_invitation import page_texts

from stic_desktop.documents.agreement_summary import agreement_summary_bytes as _summary_bytes
from stic_desktop.documents.agreement_summary import joined
from stic_desktop.errors import UserError
from stic_desktop.operations import agreement_documents, run_to_end
from stic_desktop.services import archive
from stic_desktop.services.agreements import agreements, parties, suppliers, terms
from stic_desktop.services.agreements.document_data import agreement_document_data


def agreement_summary_bytes(db, agreement_id, **options) -> bytes:
    return _summary_bytes(agreement_document_data(db, agreement_id, **options))


def export_agreement_summary(db, agreement_id, target, **options):
    return run_to_end(agreement_documents.export_agreement_document(db, "summary", agreement_id, target,
                                                                    **options)).files[0]


def archive_agreement_summary(db, agreement_id, **options):
    return run_to_end(agreement_documents.archive_agreement_document(db, "summary", agreement_id, **options)).record


def with_order_contacts(db, built) -> None:
    """Each supplier gets an ordering contact ``order<seed>@leverantor.example.se`` besides its sales contact."""
    from dataclasses import replace

    for seed, supplier_id in enumerate(built.supplier_ids, start=1):
        record = suppliers.get_supplier(db, supplier_id)
        suppliers.save_supplier(db, replace(record.as_input(), order_contact_name=f"Ordertjänst {seed}",
                                            order_contact_email=f"order{seed}@leverantor.example.se",
                                            order_contact_phone=f"08-{seed:03d} 10 10"), supplier_id)


def test_one_page_with_26_municipalities_and_6_suppliers(db, tmp_path):
    built = build_agreement(db, supplier_count=6, renewed=2)
    with_order_contacts(db, built)
    target = export_agreement_summary(db, built.agreement_id, tmp_path / "sammanfattning.pdf", today=TODAY)
    pages = page_texts(target)
    assert len(pages) == 1 and len(PdfReader(target).pages) == 1
    text = pages[0]
    assert "Avtalssammanfattning" in text and TITLE in text and f"Avtalsnummer {NUMBER}" in text
    assert "Avtalsperiod 1 mars 2026 – 29 februari 2028" in text
    assert "Förlängning 2 × 12 månader, längst till och med 28 februari 2030" in text and "Status Aktivt" in text
    for seed, (name, _address, _contact) in enumerate(SUPPLIERS, start=1):
        assert name in text and org_number(seed) in text and f"order{seed}@leverantor.example.se" in text
    # The contact for ordering, not the address that gets the sales reports (before issue 16: rapport1@...).
    assert "Kontakt för beställningar" in text and "Ordertjänst 1 order1@leverantor.example.se 08-001 10 10" in text
    assert "rapport" not in text and SUPPLIERS[0][2] not in text
    assert "Avrop görs enligt rangordningen" in text and "förnyad konkurrensutsättning" in text
    assert f"Ange avtalsnummer {NUMBER} i beställningen." in text
    assert "Deltagande kommuner (26)" in text
    assert "Botkyrka, Danderyd, Ekerö," in text and "Vaxholm, Värmdö och Österåker." in text
    assert "Frågor om avtalet besvaras av Stockholms Inköpscentral (STIC)." in text
    assert "Sida 1 av 1" in text


def test_still_one_page_with_very_long_names(db):
    built = build_agreement(db, supplier_count=6, title="Ramavtal för " + "mycket långa rubriker & <tal> " * 8)
    for supplier_id in built.supplier_ids:
        record = suppliers.get_supplier(db, supplier_id)
        suppliers.save_supplier(db, record.as_input().__class__(**{
            **record.as_input().__dict__, "name": record.name + " med ett mycket långt tillägg i firmanamnet " * 3,
            "order_contact_name": "Anna-Karin Östergren-Lindqvist Żółć"}), supplier_id)
    pages = page_texts(agreement_summary_bytes(db, built.agreement_id, today=TODAY))
    assert len(pages) == 1 and "Österåker" in pages[0] and "Kontakt" in pages[0]


def test_contact_is_the_procurements_responsible(db):
    from test_opening_record import build_procurement

    procurement = build_procurement(db)
    built = build_agreement(db, supplier_count=1, number="", title="", procurement_id=procurement.procurement_id)
    text = page_texts(agreement_summary_bytes(db, built.agreement_id, today=TODAY))[0]
    assert "Frågor om avtalet besvaras av Anna Lindqvist, Stockholms Inköpscentral (STIC) " \
           "(anna.lindqvist@stic.example.se)." in text
    assert "Avser Socialt, varor och tjänster" in text
    assert f"Avrop görs direkt från {SUPPLIERS[0][0]}" in text


def test_no_extensions_and_an_extension_used(db):
    plain = build_agreement(db, extension_count=0, number="RA-1")
    assert "Förlängning Kan inte förlängas" in page_texts(agreement_summary_bytes(db, plain.agreement_id,
                                                                                   today=TODAY))[0]
    built = build_agreement(db, number="RA-2")
    terms.record_extension(db, built.agreement_id, date(2027, 10, 1), "Styrgruppen", date(2029, 2, 28))
    text = page_texts(agreement_summary_bytes(db, built.agreement_id, today=date(2028, 6, 1)))[0]
    assert "Avtalsperiod 1 mars 2026 – 28 februari 2029" in text and "(förlängt 1 gång)" in text
    assert "Status Förlängt" in text


def test_archived_as_sent_exactly(db):
    built = build_agreement(db)
    record = archive_agreement_summary(db, built.agreement_id, today=TODAY)
    assert record.kind == "agreement_summary" and record.filename == f"Avtalssammanfattning {NUMBER}.pdf"
    assert record.note == "Avtalssammanfattningen skickad till kommunerna 2026-06-10"
    assert "Deltagande kommuner (26)" in page_texts(archive.archived_bytes(db, record.id))[0]


def test_refused_without_suppliers_and_nothing_written(db, tmp_path):
    built = build_agreement(db)
    parties.set_agreement_suppliers(db, built.agreement_id, [])
    with pytest.raises(UserError, match="har inga leverantörer"):
        export_agreement_summary(db, built.agreement_id, tmp_path / "s.pdf")
    with pytest.raises(UserError):
        archive_agreement_summary(db, built.agreement_id)
    assert not (tmp_path / "s.pdf").exists()
    assert archive.archived_documents(db, agreements.ENTITY, built.agreement_id) == []


def test_joined():
    assert [joined(n) for n in ([], ["A"], ["A", "B"], ["A", "B", "C"])] == ["", "A", "A och B", "A, B och C"]


@pytest.mark.parametrize(("ending", "day", "expected"), [
    ("expired", date(2028, 6, 1), "Avtalet upphörde 29 februari 2028."),
    ("terminated", date(2026, 11, 1), "Avtalet sades upp och upphörde 30 september 2026."),
])
def test_an_ended_agreement_says_no_call_offs_may_be_made(db, ending, day, expected):
    """Before issue 16 an expired or terminated agreement still told the municipalities how to call off."""
    built = build_agreement(db, extension_count=0)
    if ending == "terminated":
        terms.terminate_agreement(db, built.agreement_id, date(2026, 9, 30), "Leverantören i konkurs")
    pages = page_texts(agreement_summary_bytes(db, built.agreement_id, today=day))
    text = pages[0]
    assert len(pages) == 1
    assert text.index("UPPHÖRT – " + expected) < text.index("Avtalssammanfattning", text.index("UPPHÖRT"))
    assert f"Avrop {expected} Inga avrop får göras från avtalet." in text
    assert "Så avropar ni" not in text and "Avrop görs" not in text and "i beställningen" not in text


def test_a_running_agreement_has_no_ended_notice(db):
    built = build_agreement(db)
    text = page_texts(agreement_summary_bytes(db, built.agreement_id, today=TODAY))[0]
    assert "UPPHÖRT" not in text and "Så avropar ni" in text


def test_an_ended_agreement_lists_no_extension_options(db):
    """An ended agreement with options left still read "Förlängning 2 × 12 månader, längst till ..."."""
    built = build_agreement(db, extension_count=2)
    terms.terminate_agreement(db, built.agreement_id, date(2026, 9, 30), "Leverantören i konkurs")
    text = page_texts(agreement_summary_bytes(db, built.agreement_id, today=date(2026, 11, 1)))[0]
    assert "Förlängning Kan inte förlängas, avtalet har upphört" in text
    assert "2 × 12 månader" not in text and "längst till och med" not in text
    assert "(uppsagt, upphörde 30 september 2026)" in text


def test_the_summary_names_the_deciding_party(db):
    """Issue 15: STIC is not a legal person; the summary says who made the agreement and for whom."""
    from stic_desktop.services.workspace import organisation
    from stic_desktop.services.workspace.organisation import DecidingParty

    built = build_agreement(db)
    before = page_texts(agreement_summary_bytes(db, built.agreement_id, today=TODAY))[0]
    assert "för de deltagande kommunernas räkning med stöd av deras fullmakter" in before
    assert "Adda" not in before
    organisation.save_deciding_party(db, DecidingParty("Adda Inköpscentral AB", "556578-2496"))
    text = page_texts(agreement_summary_bytes(db, built.agreement_id, today=TODAY))[0]
    assert ("Avtalet har slutits av Adda Inköpscentral AB (org.nr 556578-2496), genom" in text
            and "för de deltagande kommunernas räkning med stöd av deras fullmakter." in text)
