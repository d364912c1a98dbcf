"""Lägesrapport (documents/procurement_report.py): one row per running procurement, counts per stage, and
supplier names only where the award decision has been sent; read back with pypdf."""

from __future__ import annotations

from datetime import date

from test_invitation import page_texts
from test_opening_record import SECOND, SENT_ON, SUPPLIERS, WINNER, build_procurement, export, send_award_decision

from stic_desktop.documents.procurement_report import procurement_report_bytes
from stic_desktop.services.procurement import stages
from stic_desktop.services.procurement.document_data import procurement_report_data

TODAY = date(2026, 11, 30)


def report_text(db) -> str:
    return " ".join(page_texts(procurement_report_bytes(procurement_report_data(db), today=TODAY)))


def test_one_row_per_running_procurement(db, tmp_path):
    first = build_procurement(db)
    second = build_procurement(db, stage="requirements", title="Skolskjuts & <b>färdtjänst</b> Иван")
    cancelled = build_procurement(db, stage="requirements", title="Avbruten upphandling")
    stages.cancel_procurement(db, cancelled.procurement_id, "Inget behov")
    stages.set_stage_dates(db, second.procurement_id, "advertised", date(2026, 12, 15), None)
    text = " ".join(page_texts(export(db, "report", None, tmp_path / "läge.pdf", today=TODAY)))
    assert "Lägesrapport" in text and "Pågående upphandlingar den 30 november 2026" in text
    assert first.case_number in text and second.case_number in text
    assert "Avbruten upphandling" not in text and cancelled.case_number not in text
    assert "Kravspecifikation 1 Utvärdering 1 Totalt 2 upphandlingar, uppskattat värde 24 691 357 kr" in text
    # by stage order: the one in requirements first, with its next deadline
    assert text.index(second.case_number) < text.index(first.case_number)
    assert "Skolskjuts & <b>färdtjänst</b> Иван Kravspecifikation 2026-12-15 Annonserad 2 12 345 679 kr" in text
    assert not any(name in text for name in SUPPLIERS)  # nothing sent: no supplier is named


def test_suppliers_named_once_the_award_decision_is_sent(db):
    sent = build_procurement(db)
    unsent = build_procurement(db, title="Ännu hemlig")
    send_award_decision(db, sent.procurement_id, SENT_ON, True)
    text = report_text(db)
    assert text.count(WINNER) == 1 and SECOND not in text  # only the awarded supplier, only where sent
    # the unsent one (in evaluation) comes first; the winner is named in the sent one's row
    assert text.index(unsent.case_number) < text.index(sent.case_number) < text.index(WINNER)


def test_overdue_deadline_is_marked(db):
    built = build_procurement(db)
    stages.set_stage_dates(db, built.procurement_id, "award_decision", date(2026, 10, 1), None)
    assert "2026-10-01 Tilldelningsbeslut (försenad)" in report_text(db)


def test_empty(db):
    assert "Det finns inga pågående upphandlingar." in report_text(db)


def test_long_supplier_and_procurement_words_are_not_split():
    """"Läromedelsförla / get AB" and "Nätverksutrustning" split mid-word in the narrow columns."""
    import io
    from types import SimpleNamespace

    from pypdf import PdfReader

    from stic_desktop.documents.pdf import PageHeader, build_pdf
    from stic_desktop.documents.procurement_report import report_story

    record = SimpleNamespace(id=1, stage="signed", stage_label="Avtal tecknat", case_number="STIC-2026-001",
                             title="Nätverksutrustning Inkontinensartiklar", next_deadline=date(2026, 11, 9),
                             next_deadline_label="Avslutad", overdue=True, participant_count=7,
                             estimated_value_ore=123_456_789_000)
    story = report_story([record], {1: ["Çelik Bygg & Anläggning AB", "Läromedelsförlaget AB"]},
                         [("signed", "Avtal tecknat")], TODAY)
    buffer = io.BytesIO()
    build_pdf(buffer, story, PageHeader("STIC", "Lägesrapport", TODAY))
    words = PdfReader(io.BytesIO(buffer.getvalue())).pages[0].extract_text().split()
    for word in ("Läromedelsförlaget", "Nätverksutrustning", "Inkontinensartiklar"):
        assert word in words, words
