"""Tilldelningsbeslut (documents/award_decision.py): the winner, the evaluation, why others did not go on,
and the avtalsspärr with its last day moved past a weekend or holiday; read back with pypdf."""

from __future__ import annotations

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
from stic_desktop.services.procurement import procurements, tenders
from stic_desktop.services.procurement.document_data import award_document_data
from stic_desktop.services.procurement.procurements import ProcurementInput


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
    assert f"{REJECTED}: {REJECT_REASON}" in text
    assert f"{LATE_ONE}: För sent inkommet" in text
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


def test_joined():
    assert [joined(n) for n in ([], ["A"], ["A", "B"], ["A", "B", "C"])] == ["", "A", "A och B", "A, B och C"]
