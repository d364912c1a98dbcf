"""Tilldelningsbeslut (documents/award_decision.py): the winner, the evaluation, why others did not go on,
and the avtalsspärr with its last day moved past a weekend or holiday; read back with pypdf."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from test_invitation import page_texts
from test_opening_record import (
    LATE_ONE,
    REJECT_REASON,
    REJECTED,
    SECOND,
    SENT_ON,
    WINNER,
    build_procurement,
    export,
    send_award_decision,
)

from stic_desktop.documents.award_decision import award_decision_bytes, joined
from stic_desktop.documents.opening_record import SECRECY
from stic_desktop.errors import UserError
from stic_desktop.services.agreements import suppliers
from stic_desktop.services.agreements.suppliers import SupplierInput
from stic_desktop.services.procurement import after_award, procurements, tenders
from stic_desktop.services.procurement.document_data import award_document_data
from stic_desktop.services.procurement.procurements import ProcurementInput
from stic_desktop.services.workspace import organisation
from stic_desktop.services.workspace.organisation import DecidingParty


def text_of(db, procurement_id, **options) -> str:
    return " ".join(page_texts(award_decision_bytes(award_document_data(db, procurement_id, **options))))


def test_names_the_winner_the_ranking_and_the_rest(db, tmp_path):
    built = build_procurement(db)
    text = " ".join(page_texts(export(db, "award", built.procurement_id, tmp_path / "beslut.pdf",
                                                     sent_on=SENT_ON)))
    assert "Tilldelningsbeslut" in text and built.case_number in text
    assert "För kommunerna Botkyrka och Södertälje" in text and "Beslutsdatum 17 september 2026" in text
    assert f"har beslutat att anta anbudet från {WINNER}." in text
    assert f"1 {WINNER} 1 234 567,50 kr 92,5 Antas" in text and f"2 {SECOND} 1 300 000 kr 88" in text
    assert f"{REJECTED} – Har inte kvalificerats: {REJECT_REASON}" in text
    assert f"{LATE_ONE} – För sent inkommet (efter sista anbudsdagen); prövas inte" in text
    assert SECRECY not in text  # public once sent
    assert "Frågor om beslutet besvaras av Anna Lindqvist." in text


def test_standstill_runs_past_a_sunday(db):
    built = build_procurement(db)
    text = text_of(db, built.procurement_id, sent_on=SENT_ON, electronically=True)
    assert "Beslutet skickas elektroniskt den 17 september 2026." in text
    assert "avtalsspärren, som är 10 dagar" in text
    assert "löper till och med 28 september 2026. Eftersom dag 10 är söndag" in text
    assert "Avtal får tecknas tidigast 29 september 2026." in text


def test_fifteen_days_when_not_sent_electronically(db):
    built = build_procurement(db)
    text = text_of(db, built.procurement_id, sent_on=date(2026, 12, 9), electronically=False)
    # day 15 is Christmas Eve (a Thursday): the period runs to Monday 28 December
    assert "på annat sätt än elektroniskt" in text and "som är 15 dagar" in text
    assert "till och med 28 december 2026" in text and "tidigast 29 december 2026" in text


def test_several_winners(db):
    built = build_procurement(db)
    tenders.set_awarded(db, built.procurement_id, [built.tenders[WINNER], built.tenders[SECOND]])
    assert f"anta anbuden från {WINNER} och {SECOND}." in text_of(db, built.procurement_id, sent_on=SENT_ON)


def test_direct_award_has_no_standstill(db):
    built = build_procurement(db)
    record = procurements.get_procurement(db, built.procurement_id)
    data = record.as_input()
    procurements.update_procurement(db, built.procurement_id, ProcurementInput(**{
        **data.__dict__, "procedure": "direct_award", "estimated_value_ore": 50_000_000}))
    text = text_of(db, built.procurement_id, sent_on=SENT_ON)
    assert "Ingen avtalsspärr gäller för en direktupphandling" in text and "tidigast" not in text


def test_refused_without_an_awarded_tender(db, tmp_path):
    built = build_procurement(db, award=False)
    with pytest.raises(UserError, match="Inget anbud .* är markerat att tilldelas"):
        export(db, "award", built.procurement_id, tmp_path / "beslut.pdf")
    assert not (tmp_path / "beslut.pdf").exists()


def test_after_sending_the_export_reads_as_sent(db):
    built = build_procurement(db)
    send_award_decision(db, built.procurement_id, SENT_ON, False)
    text = text_of(db, built.procurement_id)  # no date given: the day it was sent, and how
    assert "Beslutsdatum 17 september 2026" in text
    assert "Beslutet skickades på annat sätt än elektroniskt den 17 september 2026." in text


def set_deciding_party(db):
    organisation.save_deciding_party(db, DecidingParty("Adda Inköpscentral AB", "5565782496",
                                                       review_court="Förvaltningsrätten i Stockholm"))


def test_addressed_to_every_tenderer_by_the_deciding_party_and_not_a_contract(db):
    """Issue 15: the deciding party (STIC is not a legal person) with its org number, the decision-maker and the
    delegation, every tenderer with its org number and result, not a contract, review until signing (20:6)."""
    built = build_procurement(db)
    set_deciding_party(db)
    supplier = suppliers.save_supplier(db, SupplierInput("R&D Bygg AB", "556677-8899"))
    suppliers.link_tender(db, built.tenders[WINNER], supplier.id)
    after_award.set_decision_maker(db, built.procurement_id, "Karin Berg, regionchef",
                                   "delegationsordningen punkt 4.2")
    text = text_of(db, built.procurement_id, sent_on=SENT_ON)
    assert "Upphandlande organisation Adda Inköpscentral AB (org.nr 556578-2496)" in text
    assert "Beslutsfattare Karin Berg, regionchef" in text and "Delegation delegationsordningen punkt 4.2" in text
    assert "Till samtliga anbudsgivare" in text
    assert f"{WINNER} 556677-8899 Antas" in text
    assert f"{SECOND} – Antas inte (rang 2)" in text
    assert ("Karin Berg, regionchef, för Adda Inköpscentral AB, har enligt delegationsordningen punkt 4.2 "
            "beslutat att anta anbudet") in text
    assert "med stöd av deras fullmakter" in text
    assert "Detta tilldelningsbeslut är inte ett avtal." in text
    assert "hos Förvaltningsrätten i Stockholm. Ansökan kan göras till dess att avtal har ingåtts (20 kap. 6 § LOU)" \
        in text
    assert "innan avtalsspärren har löpt ut" not in text
    assert "För Adda Inköpscentral AB" in text


def test_direct_award_without_contradiction_shows_the_awarded_tender(db):
    built = build_procurement(db)
    record = procurements.get_procurement(db, built.procurement_id)
    procurements.update_procurement(db, built.procurement_id, ProcurementInput(**{
        **record.as_input().__dict__, "procedure": "direct_award", "estimated_value_ore": 50_000_000}))
    winner = next(t for t in tenders.tenders(db, built.procurement_id) if t.id == built.tenders[WINNER])
    tenders.update_tender(db, winner.id, replace(winner.as_input(), ranking=None, score=None))  # not ranked
    text = text_of(db, built.procurement_id, sent_on=SENT_ON)
    assert "Ingen avtalsspärr gäller för en direktupphandling (20 kap. 2 § LOU)" in text
    assert "avtalsspärren har löpt ut" not in text and "Avtal får tecknas tidigast" not in text
    assert f"– {WINNER} 1 234 567,50 kr – Antas" in text  # the evaluation block shows the awarded tender


def test_a_longer_standstill_is_printed(db):
    built = build_procurement(db)
    record = procurements.get_procurement(db, built.procurement_id)
    procurements.update_procurement(db, built.procurement_id, ProcurementInput(**{
        **record.as_input().__dict__, "standstill_days": 20}))
    text = text_of(db, built.procurement_id, sent_on=SENT_ON, electronically=True)
    assert "som är 20 dagar (en längre tid än lagens minsta)" in text
    assert "till och med 7 oktober 2026" in text


def test_joined():
    assert [joined(n) for n in ([], ["A"], ["A", "B"], ["A", "B", "C"])] == ["", "A", "A och B", "A, B och C"]
