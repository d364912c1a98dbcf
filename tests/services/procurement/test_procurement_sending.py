"""Sending the award decision (services/procurement_sending.py): archived as the exact bytes and dated in one
transaction, refused when it cannot be sent, and nothing changed when refused."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "documents"))
from test_invitation import page_texts  # noqa: E402
from test_opening_record import SENT_ON, WINNER, build_procurement, send_award_decision  # noqa: E402

from stic_desktop.documents.award_decision import award_decision_bytes  # noqa: E402
from stic_desktop.errors import ValidationError  # noqa: E402
from stic_desktop.services import archive, audit
from stic_desktop.services.procurement import procurements, stages, tenders
from stic_desktop.services.procurement import sending as procurement_sending
from stic_desktop.services.procurement.document_data import award_document_data


def stage_dates(db, procurement_id):
    return {s.stage: (s.planned_on, s.actual_on) for s in stages.stages(db, procurement_id)}


def test_archived_and_dated_in_one_action(db):
    built = build_procurement(db)
    pid = built.procurement_id
    pdf = award_decision_bytes(award_document_data(db, pid, sent_on=SENT_ON, electronically=False))
    result = procurement_sending.send_award_decision(db, pid, pdf, "Tilldelningsbeslut.pdf", SENT_ON, False)
    assert archive.archived_bytes(db, result.archived.id) == pdf
    assert (result.archived.kind, result.archived.kind_label) == ("award_decision", "Tilldelningsbeslut")
    assert result.archived.note == "Skickat 2026-09-17 på annat sätt än elektroniskt"
    assert result.archived.author_name == "Anna Lindqvist"
    record = procurements.get_procurement(db, pid)
    assert (record.stage, record.award_sent, record.award_sent_electronically) == ("award_decision", True, False)
    assert stage_dates(db, pid)["award_decision"][1] == SENT_ON
    assert result.standstill.days == 15 and result.standstill.first_signing_day == date(2026, 10, 3)
    assert stages.standstill_for(db, pid) == result.standstill
    # the tenders are public now, and fixed
    assert [t.supplier_name for t in tenders.public_results(db, pid) if t.awarded] == [WINNER]
    with pytest.raises(ValidationError):
        tenders.set_awarded(db, pid, [])
    changes = {c.field: (c.old, c.new) for c in audit.history(db, procurements.ENTITY, pid)[0].changes}
    assert changes["award_decision.actual_on"] == (None, "2026-09-17")
    assert changes["stage"] == ("evaluation", "award_decision")
    assert changes["award_sent_electronically"] == (True, False)


def test_documents_helper_builds_for_the_day_sent(db):
    built = build_procurement(db)
    result = send_award_decision(db, built.procurement_id, SENT_ON, True)
    text = " ".join(page_texts(archive.archived_bytes(db, result.archived.id)))
    assert "Beslutsdatum 17 september 2026" in text and "tidigast 29 september 2026" in text
    assert result.archived.filename == f"Tilldelningsbeslut {built.case_number}.pdf"
    assert procurement_sending.archived_documents(db, built.procurement_id) == [result.archived]


def test_a_stage_already_dated_by_hand_can_be_sent_once(db):
    built = build_procurement(db)
    stages.advance_stage(db, built.procurement_id, on=date(2026, 9, 18))
    send_award_decision(db, built.procurement_id, SENT_ON, True)
    assert stage_dates(db, built.procurement_id)["award_decision"][1] == SENT_ON
    with pytest.raises(ValidationError, match="skickades redan 2026-09-17"):
        send_award_decision(db, built.procurement_id, SENT_ON, True)


@pytest.mark.parametrize("case, message", [
    ("early", "först när upphandlingen har nått steget Utvärdering"),
    ("no_award", "Inget anbud är markerat att tilldelas"),
    ("before_evaluation", "kan inte skickas före Utvärdering"),
    ("future", "inte har kommit än"),
    ("cancelled", "avbruten"),
])
def test_refused_and_nothing_changed(db, case, message):
    built = build_procurement(db, stage="opening" if case == "early" else "evaluation", award=case != "no_award")
    pid = built.procurement_id
    sent_on = {"before_evaluation": date(2026, 9, 15), "future": date(2099, 1, 1)}.get(case, SENT_ON)
    if case == "cancelled":
        stages.cancel_procurement(db, pid, "Inga giltiga anbud")
    before = (procurements.get_procurement(db, pid), stage_dates(db, pid))
    with pytest.raises(ValidationError, match=message):
        procurement_sending.send_award_decision(db, pid, b"%PDF-1.4 test", "beslut.pdf", sent_on, True)
    assert (procurements.get_procurement(db, pid), stage_dates(db, pid)) == before
    assert procurement_sending.archived_documents(db, pid) == []


def test_opening_record_archived_without_changing_the_procurement(db):
    built = build_procurement(db)
    before = procurements.get_procurement(db, built.procurement_id)
    record = procurement_sending.archive_opening_record(db, built.procurement_id, b"%PDF-1.4 x", "öppning.pdf")
    assert (record.kind, record.kind_label, record.note) == ("opening_record", "Anbudsöppningsprotokoll",
                                                             "Anbudsöppning")
    assert procurements.get_procurement(db, built.procurement_id) == before
