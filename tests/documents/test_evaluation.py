"""Anbudsutvärdering (documents/evaluation.py): every tender ranked with qualification, price and score,
secret on every page; read back with pypdf."""

from __future__ import annotations

from test_invitation import page_texts
from test_opening_record import LATE_ONE, REJECT_REASON, REJECTED, SECOND, WINNER, build_procurement, export

from stic_desktop.documents.evaluation import evaluation_bytes, score_text
from stic_desktop.documents.opening_record import SECRECY
from stic_desktop.services.procurement.document_data import procurement_document_data


def test_ranked_with_qualification_price_and_score(db, tmp_path):
    built = build_procurement(db)
    text = " ".join(page_texts(export(db, "evaluation", built.procurement_id, tmp_path / "utvärdering.pdf")))
    assert "Anbudsutvärdering" in text and built.case_number in text
    assert "Anbud 4 inkomna, 2 kvalificerade" in text and "Utvärdering Klar 16 september 2026" in text
    rows = [text.index(row) for row in (
        f"1 {WINNER} 2026-09-01 10.15 Ja 1 234 567,50 kr 92,5 Ja",
        f"2 {SECOND} 2026-09-14 23.59 Ja 1 300 000 kr 88",
        f"– {REJECTED} 2026-09-10 08.00 Nej – {REJECT_REASON} 990 000 kr –",
        f"– {LATE_ONE} 2026-09-15 00.00 Nej – för sent inkommet – –")]
    assert rows == sorted(rows)
    assert f"{WINNER}: Bra & <b>tydligt</b>" in text  # the evaluator's notes, markup printed as typed


def test_secret_on_every_page(db):
    built = build_procurement(db)
    texts = page_texts(evaluation_bytes(procurement_document_data(db, built.procurement_id)))
    assert texts and all(SECRECY in text and built.case_number in text for text in texts)


def test_not_yet_evaluated(db):
    built = build_procurement(db, stage="opening")
    text = " ".join(page_texts(evaluation_bytes(procurement_document_data(db, built.procurement_id))))
    assert "Utvärdering Pågår" in text and text.count("Ej prövat") == 3 and "2 kvalificerade" not in text


def test_score_text():
    assert [score_text(v) for v in (None, 88.0, 92.5, 3.125)] == ["–", "88", "92,5", "3,12"]
