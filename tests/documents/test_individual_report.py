"""Individuell rapport (12 kap. 15-16 §§ LOU) and the notice of cancellation (12 kap. 12 §), read back with
pypdf; archiving them dates their duty. Also home of ``signed_procurement``."""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services" / "procurement"))
from test_invitation import page_texts  # noqa: E402
from test_opening_record import (  # noqa: E402
    LATE_ONE,
    REJECT_REASON,
    REJECTED,
    SECOND,
    SENT_ON,
    WINNER,
    Built,
    build_procurement,
    send_award_decision,
)

from stic_desktop.errors import UserError  # noqa: E402
from stic_desktop.operations import procurement_documents, run_to_end  # noqa: E402
from stic_desktop.services import archive  # noqa: E402
from stic_desktop.services.procurement import after_award, procurements, stages  # noqa: E402
from stic_desktop.services.procurement.document_data import (  # noqa: E402
    cancellation_notice_data,
    individual_report_data,
)

SIGNED_ON = date(2026, 9, 30)


def signed_procurement(db, **options) -> Built:
    """The open procurement of ``build_procurement`` with its award decision sent 17 Sep 2026 and the
    contract signed 30 Sep 2026 (after the standstill)."""
    built = build_procurement(db, **options)
    send_award_decision(db, built.procurement_id, SENT_ON, True)
    stages.advance_stage(db, built.procurement_id, on=date(2026, 9, 18))
    stages.advance_stage(db, built.procurement_id, on=SIGNED_ON)
    return built


def report_text(db, procurement_id: int) -> str:
    from stic_desktop.documents.individual_report import individual_report_bytes

    return " ".join(page_texts(individual_report_bytes(individual_report_data(db, procurement_id,
                                                                              today=date(2026, 10, 5)))))


def test_procedure_value_tenderers_winner_and_conflicts(db):
    built = signed_procurement(db)
    record = procurements.get_procurement(db, built.procurement_id)
    procurements.update_procurement(db, built.procurement_id, replace(
        record.as_input(), procedure_grounds="Marknaden & <b>behovet</b> kräver dialog om lösningarna."))
    text = report_text(db, built.procurement_id)
    assert "Individuell rapport" in text and built.case_number in text
    assert "Upphandlingen har genomförts som öppet förfarande." in text
    assert "Skäl för förfarandet: Marknaden & <b>behovet</b> kräver dialog om lösningarna." in text
    assert "Uppskattat värde 12 345 678,50 kr" in text
    assert "För kommunerna Botkyrka och Södertälje" in text
    assert f"{WINNER} – 2026-09-01 10.15 Antas" in text
    assert f"{REJECTED} – 2026-09-10 08.00 Har inte kvalificerats: {REJECT_REASON}" in text
    assert f"{LATE_ONE} – 2026-09-15 00.00 För sent inkommet" in text and f"{SECOND} – 2026-09-14 23.59" in text
    assert f"Anbudet från {WINNER} (rang 1, pris 1 234 567,50 kr, poäng 92,5) antogs." in text
    assert "ekonomiskt mest fördelaktiga" in text
    assert "Avtal tecknat 30 september 2026" in text
    assert "Ingen avtalsgrupp har tagit del av anbuden" in text


def test_a_declared_conflict_is_reported(db):
    from test_declarations import with_contract_group

    from stic_desktop.services.procurement import declarations

    built = build_procurement(db, stage="tender_deadline")
    ids = with_contract_group(db, built.procurement_id)
    declarations.record_declaration(db, built.procurement_id, ids["Eva Ek"], date(2026, 9, 1))
    declarations.record_declaration(db, built.procurement_id, ids["Olle Berg"], date(2026, 9, 2), conflict=True,
                                    conflict_description="Delägare i en anbudsgivare; deltog inte i utvärderingen.")
    stages.advance_stage(db, built.procurement_id, on=date(2026, 9, 15))
    stages.cancel_procurement(db, built.procurement_id, "För få anbud.")
    text = report_text(db, built.procurement_id)
    assert "2 av 2 ledamöter i avtalsgruppen undertecknade en jävs- och sekretessförbindelse" in text
    assert "Olle Berg anmälde jäv (2 september 2026): Delägare i en anbudsgivare; deltog inte i utvärderingen." \
        in text
    assert "Upphandlingen avbröts. Skäl: För få anbud." in text and "Inget kontrakt har tilldelats." in text


def test_refused_while_the_tenders_are_secret(db):
    built = build_procurement(db)
    with pytest.raises(UserError, match="omfattas av sekretess"):
        individual_report_data(db, built.procurement_id)


def test_archiving_the_report_dates_the_duty(db):
    built = signed_procurement(db)
    before = after_award.duties(procurements.get_procurement(db, built.procurement_id), today=date(2026, 10, 5))
    assert [(d.key, d.due_on, d.state) for d in before] == [
        ("award_notice_sent_on", date(2026, 10, 30), "due"), ("documentation_completed_on", date(2026, 10, 30), "due"),
        ("individual_report_on", date(2026, 10, 30), "due")]
    outcome = run_to_end(procurement_documents.archive_duty_document(db, "individual_report", built.procurement_id))
    assert outcome.record.kind == "individual_report" and outcome.record.kind_label == "Individuell rapport"
    assert "Individuell rapport" in page_texts(archive.archived_bytes(db, outcome.record.id))[0]
    record = procurements.get_procurement(db, built.procurement_id)
    assert record.individual_report_on is not None
    assert [d.state for d in after_award.duties(record, today=date(2026, 11, 2))] == ["overdue", "overdue", "done"]


def test_cancellation_notice_to_every_tenderer_with_the_reasons(db):
    built = build_procurement(db)
    stages.cancel_procurement(db, built.procurement_id, "Ingen leverantör uppfyllde kraven & <i>budgeten</i>.")
    duty, = after_award.duties(procurements.get_procurement(db, built.procurement_id))
    assert (duty.key, duty.state, duty.reference) == ("cancellation_notice_sent_on", "due", "LOU 12 kap. 12 §")
    from stic_desktop.documents.individual_report import cancellation_notice_bytes

    text = " ".join(page_texts(cancellation_notice_bytes(cancellation_notice_data(db, built.procurement_id))))
    assert "Underrättelse om beslut att avbryta upphandlingen" in text
    for name in (WINNER, SECOND, REJECTED, LATE_ONE):
        assert f"{name} – Upphandlingen avbröts" in text
    assert "Ingen leverantör uppfyllde kraven & <i>budgeten</i>." in text and "12 kap. 12 § LOU" in text
    outcome = run_to_end(procurement_documents.archive_duty_document(db, "cancellation_notice", built.procurement_id))
    assert outcome.record.kind == "cancellation_notice"
    duty, = after_award.duties(procurements.get_procurement(db, built.procurement_id))
    assert duty.state == "done"


def _reports_of_the_demo(db, pinned_clock) -> dict[str, bytes]:
    """Every individual report the small demo can print (those whose tenders are no longer secret)."""
    from stic_desktop.demo import seed as demo
    from stic_desktop.documents.individual_report import individual_report_bytes

    pinned_clock(date(2026, 12, 6))
    demo.seed_demo(db, "small")  # the procurements come with the meetings
    reports = {}
    for record in procurements.list_procurements(db):
        try:
            data = individual_report_data(db, record.id)
        except UserError:
            continue
        reports[record.case_number] = individual_report_bytes(data)
    return reports


def test_the_demo_reports_keep_to_one_page(db, pinned_clock):
    """The last section used to go alone to an otherwise blank page 2 (the signature did not fit)."""
    reports = _reports_of_the_demo(db, pinned_clock)
    assert len(reports) >= 3  # signed, closed and cancelled ones
    for case_number, pdf in reports.items():
        texts = page_texts(pdf)
        assert len(texts) == 1, (case_number, texts[-1][:200])
        assert "4. Intressekonflikter" in texts[0] and "Rapporten har upprättats den 6 december 2026" in texts[0]


def test_the_signature_never_stands_alone_on_a_page(db, pinned_clock):
    """However many tenderers push the end of the report over a page, the last section goes over with the
    signature: the page that is signed says what is signed."""
    from stic_desktop.documents.individual_report import individual_report_bytes

    _reports_of_the_demo(db, pinned_clock)
    record = next(r for r in procurements.list_procurements(db) if r.stage == "signed")
    report = individual_report_data(db, record.id)
    pages = set()
    for copies in range(1, 8):
        longer = replace(report, data=replace(report.data, tenders=report.data.tenders * copies))
        texts = page_texts(individual_report_bytes(longer))
        pages.add(len(texts))
        signed = next(text for text in texts if "Rapporten har upprättats" in text)
        assert "4. Intressekonflikter" in signed and "Ingen avtalsgrupp har tagit del av anbuden" in signed, copies
    assert len(pages) >= 2  # the break did move through the end of the report
