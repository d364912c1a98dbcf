"""services/agreements.py (+ agreement_base, agreement_parties, agreement_terms): term rule, status, parties,
extensions, termination, documents, expiry alert and renewal."""

from __future__ import annotations

from datetime import date

import pytest
from agreement_fixtures import add_suppliers, county, row_counts, signed_procurement

from stic_desktop.core import clock
from stic_desktop.errors import NotFound, ValidationError
from stic_desktop.models import SalesReport
from stic_desktop.services import audit
from stic_desktop.services.agreements import agreements, parties, records, terms
from stic_desktop.services.agreements.agreements import AgreementInput
from stic_desktop.services.proposals import proposals


def make(db, number: str = "RA-2025-001", **values) -> agreements.AgreementRecord:
    data = {"title": "Kontorsmaterial", "start_date": date(2025, 1, 1), "initial_end_date": date(2026, 12, 31),
            "extension_count": 2, "extension_months": 12, **values}
    return agreements.save_agreement(db, AgreementInput(agreement_number=number, **data))


def test_term_arithmetic() -> None:
    assert records.add_months(date(2025, 1, 31), 1) == date(2025, 2, 28)
    assert records.add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert records.add_months(date(2025, 11, 30), 3) == date(2026, 2, 28)
    assert agreements.latest_end(date(2026, 12, 31), 2, 12) == date(2028, 12, 31)
    assert agreements.term_months(date(2025, 1, 1), date(2028, 12, 31)) == 48
    assert agreements.term_months(date(2025, 1, 15), date(2029, 1, 14)) == 48
    assert agreements.term_months(date(2025, 1, 1), date(2029, 1, 1)) == 49  # a begun month counts


def test_save_computes_latest_end_and_status(db) -> None:
    record = make(db)
    assert record.latest_end_date == date(2028, 12, 31) and record.term_months == 48
    assert record.current_end_date == date(2026, 12, 31) and record.extensions_used == 0
    assert agreements.get_agreement(db, record.id, today=date(2024, 6, 1)).status_label == "Kommande"
    assert agreements.get_agreement(db, record.id, today=date(2025, 6, 1)).status_label == "Aktivt"
    assert agreements.get_agreement(db, record.id, today=date(2027, 1, 1)).status_label == "Utgånget"
    assert audit.history(db, agreements.ENTITY, record.id)[0].action == "create"


def test_term_over_four_years_needs_a_reason(db, db_location) -> None:
    before = row_counts(db_location)
    with pytest.raises(ValidationError) as caught:
        make(db, extension_count=2, extension_months=13)
    message = caught.value.for_field("long_term_reason")
    assert "50 månader" in message and "LOU 7 kap. 2 §" in message and "särskilda skäl" in message
    assert row_counts(db_location) == before
    accepted = make(db, extension_count=2, extension_months=13,
                    long_term_reason="Leverantören investerar i laddinfrastruktur med lång återbetalningstid.")
    assert accepted.term_months == 50 and accepted.long_term_reason.startswith("Leverantören")


def test_duplicate_agreement_number_is_refused(db, db_location) -> None:
    make(db, "RA-2025-001")
    before = row_counts(db_location)
    with pytest.raises(ValidationError) as caught:
        make(db, "ra-2025-001", title="Annat")
    assert "används redan av ”Kontorsmaterial”" in caught.value.for_field("agreement_number")
    assert row_counts(db_location) == before


def test_every_wrong_field_at_once(db) -> None:
    with pytest.raises(ValidationError) as caught:
        agreements.save_agreement(db, AgreementInput(start_date=date(2025, 1, 1), initial_end_date=date(2024, 1, 1),
                                                     extension_count=1, extension_months=0, report_due_day=31))
    assert {e.field for e in caught.value.errors} == {"agreement_number", "title", "initial_end_date",
                                                      "extension_months", "report_due_day"}


def test_number_and_title_default_to_the_procurement(db) -> None:
    codes = county(db)
    procurement_id = signed_procurement(db, codes, poa=("0180",))
    record = agreements.save_agreement(db, AgreementInput(procurement_id=procurement_id, start_date=date(2025, 1, 1),
                                                          initial_end_date=date(2026, 12, 31)))
    assert record.agreement_number == "STIC-2025-014" and record.title == "Kontorsmaterial"
    assert record.procurement_case_number == "STIC-2025-014"


def test_create_from_procurement_takes_powers_of_attorney_and_awarded_suppliers(db) -> None:
    codes = county(db)
    first, second, loser = add_suppliers(db, "Åkes Papper AB", "Łukasz Żółć AB", "Förlorare AB")
    procurement_id = signed_procurement(
        db, codes, poa=("0180", "0184"), without_poa=("0181",),
        tenders=(("Åkes", first, 2, True), ("Żółć", None, 1, True), ("Förlorare", loser, 3, False)))
    with db.read() as session:
        from sqlalchemy import select

        from stic_desktop.models import Tender
        unlinked = session.scalar(select(Tender.id).where(Tender.supplier_name == "Żółć"))
    record = agreements.create_from_procurement(db, procurement_id, AgreementInput(
        start_date=date(2025, 6, 1), initial_end_date=date(2027, 5, 31)), tender_links={unlinked: second})
    assert record.participant_count == 2 and record.supplier_names == ("Łukasz Żółć AB", "Åkes Papper AB")
    assert [n for _i, n, _c in parties.agreement_participants(db, record.id)] == ["Solna", "Stockholm"]
    on = parties.agreement_suppliers(db, record.id)
    assert [(s.name, s.ranking, s.renewed_competition) for s in on] == [("Łukasz Żółć AB", 1, False),
                                                                       ("Åkes Papper AB", 2, False)]


def test_create_from_procurement_before_signing_is_refused(db, db_location) -> None:
    codes = county(db)
    procurement_id = signed_procurement(db, codes, poa=("0180",), stage="evaluation")
    before = row_counts(db_location)
    with pytest.raises(ValidationError) as caught:
        agreements.create_from_procurement(db, procurement_id, AgreementInput(
            start_date=date(2025, 6, 1), initial_end_date=date(2027, 5, 31)))
    assert "Avtal tecknat" in caught.value.message and "Utvärdering" in caught.value.message
    assert row_counts(db_location) == before


def test_suppliers_ranking_or_renewed_competition(db) -> None:
    record = make(db)
    a, b, c = add_suppliers(db, "A AB", "B AB", "C AB")
    rows = parties.set_agreement_suppliers(db, record.id, [(a, None, True), (b, 1, False), (c, None, True)])
    assert [(s.name, s.ranking_text) for s in rows] == [("B AB", "1"), ("A AB", "Förnyad konkurrensutsättning"),
                                                        ("C AB", "Förnyad konkurrensutsättning")]
    for wanted, fragment in (([(a, 1, False), (b, 1, False)], "Två leverantörer har rangordning 1"),
                             ([(a, 1, True)], "antingen rangordning"), ([(a, None, False)], "rangordningen ska"),
                             ([(a, 1, False), (a, 2, False)], "två gånger"), ([(999, 1, False)], "finns inte")):
        with pytest.raises(ValidationError) as caught:
            parties.set_agreement_suppliers(db, record.id, wanted)
        assert fragment in caught.value.message
    assert len(parties.agreement_suppliers(db, record.id)) == 3


def test_parties_with_sales_cannot_be_removed_nor_the_agreement_deleted(db) -> None:
    codes = county(db)
    record = make(db)
    (supplier,) = add_suppliers(db, "Säljande AB")
    parties.set_agreement_suppliers(db, record.id, [(supplier, 1, False)])
    parties.set_agreement_participants(db, record.id, [codes["0180"], codes["0184"]])
    with db.write() as session:

        session.add(SalesReport(agreement_id=record.id, supplier_id=supplier, municipality_id=codes["0180"],
                                period_start=date(2025, 1, 1), period_kind="month", amount_ore=100_00, rate_bp=150,
                                commission_ore=150, reported_at=clock.utcnow()))
    with pytest.raises(ValidationError, match="Stockholm"):
        parties.set_agreement_participants(db, record.id, [codes["0184"]])
    with pytest.raises(ValidationError, match="Säljande AB har rapporterat"):
        parties.set_agreement_suppliers(db, record.id, [])
    with pytest.raises(ValidationError, match="försäljningsrapport"):
        agreements.delete_agreement(db, record.id)
    assert parties.set_agreement_participants(db, record.id, [codes["0180"]])[0][1] == "Stockholm"


def test_extensions(db) -> None:
    record = make(db, start_date=date(2025, 1, 1), initial_end_date=date(2026, 12, 31))
    with pytest.raises(ValidationError, match="sista möjliga slutdatum"):
        terms.record_extension(db, record.id, date(2026, 10, 1), "Styrgruppen", date(2029, 6, 30))
    with pytest.raises(ValidationError, match="efter det nuvarande"):
        terms.record_extension(db, record.id, date(2026, 10, 1), "Styrgruppen", date(2026, 12, 31))
    with pytest.raises(ValidationError, match="innan avtalet löper ut"):
        terms.record_extension(db, record.id, date(2027, 1, 2), "Styrgruppen", date(2027, 12, 31))
    with pytest.raises(ValidationError) as caught:
        terms.record_extension(db, record.id, date(2026, 10, 1), " ", date(2027, 12, 31))
    assert caught.value.for_field("decided_by")
    first = terms.record_extension(db, record.id, date(2026, 10, 1), "Styrgruppen § 7", date(2027, 12, 31))
    extended = agreements.get_agreement(db, record.id, today=date(2027, 3, 1))
    assert extended.current_end_date == date(2027, 12, 31) and extended.status == "extended"
    second = terms.record_extension(db, record.id, date(2027, 9, 1), "Styrgruppen § 3", date(2028, 12, 31))
    with pytest.raises(ValidationError, match="alla är redan använda"):
        terms.record_extension(db, record.id, date(2028, 9, 1), "Styrgruppen", date(2029, 1, 31))
    with pytest.raises(ValidationError, match="Bara den senaste"):
        terms.delete_extension(db, first.id)
    terms.delete_extension(db, second.id)
    assert [e.new_end_date for e in terms.extensions(db, record.id)] == [date(2027, 12, 31)]
    assert any(c.field == "Förlängning" for e in audit.history(db, agreements.ENTITY, record.id) for c in e.changes)


def test_fewer_options_than_used_is_refused_on_update(db) -> None:
    record = make(db)
    terms.record_extension(db, record.id, date(2026, 10, 1), "Styrgruppen", date(2027, 12, 31))
    with pytest.raises(ValidationError) as caught:
        agreements.save_agreement(db, AgreementInput(**{**record.as_input().__dict__, "extension_count": 0}),
                                  record.id)
    assert caught.value.for_field("extension_count")


def test_termination(db) -> None:
    record = make(db)
    with pytest.raises(ValidationError, match="inom avtalstiden"):
        terms.terminate_agreement(db, record.id, date(2030, 1, 1), "Konkurs")
    with pytest.raises(ValidationError, match="måste fyllas i"):
        terms.terminate_agreement(db, record.id, date(2025, 6, 30), "")
    ended = terms.terminate_agreement(db, record.id, date(2025, 6, 30), "Leverantören gick i konkurs")
    assert agreements.get_agreement(db, record.id, today=date(2025, 7, 1)).status_label == "Uppsagt"
    assert ended.termination_reason == "Leverantören gick i konkurs"
    with pytest.raises(ValidationError, match="redan uppsagt"):
        terms.terminate_agreement(db, record.id, date(2025, 6, 30), "Igen")


def test_expiry_alert_and_its_setting(db) -> None:
    soon = make(db, "RA-1", start_date=date(2024, 1, 1), initial_end_date=date(2026, 3, 31), extension_months=6)
    make(db, "RA-2", start_date=date(2024, 1, 1), initial_end_date=date(2027, 6, 30), extension_count=0)
    make(db, "RA-3", start_date=date(2026, 1, 1), initial_end_date=date(2026, 2, 1), extension_count=0)
    today = date(2025, 9, 1)
    assert terms.expiry_months(db) == 9
    assert [r.agreement_number for r in terms.expiring_agreements(db, today=today)] == ["RA-1"]
    terms.set_expiry_months(db, 24)
    assert terms.expiry_months(db) == 24
    assert [r.agreement_number for r in terms.expiring_agreements(db, today=today)] == ["RA-1", "RA-2"]
    with pytest.raises(ValidationError, match="1 till 36"):
        terms.set_expiry_months(db, 0)
    terms.terminate_agreement(db, soon.id, date(2025, 8, 1), "Uppsagt")
    assert [r.agreement_number for r in terms.expiring_agreements(db, today=today, months=24)] == ["RA-2"]


def test_start_renewal_creates_a_proposal_with_the_participants(db) -> None:
    codes = county(db)
    procurement_id = signed_procurement(db, codes, poa=("0180", "0184"))
    record = agreements.create_from_procurement(db, procurement_id, AgreementInput(
        start_date=date(2025, 1, 1), initial_end_date=date(2026, 12, 31)))
    proposal_id = terms.start_renewal(db, record.id)
    proposal = proposals.get_proposal(db, proposal_id)
    assert proposal.title == "Förnyelse: Kontorsmaterial" and proposal.origin == "working_group"
    assert proposal.status == "new" and proposal.interest_count == 2
    assert proposal.total_yearly_volume_ore == 2_000_00 and "STIC-2025-014" in proposal.description
    with pytest.raises(ValidationError, match="redan ett öppet förslag"):
        terms.start_renewal(db, record.id)


def test_documents(db) -> None:
    record = make(db)
    doc = terms.add_agreement_document(db, record.id, "Undertecknat avtal", "C:\\avtal\\RA-1.pdf", b"%PDF-1.4 x")
    assert doc.filename == "RA-1.pdf" and doc.size == 10
    assert terms.agreement_document_file(db, doc.id) == ("RA-1.pdf", b"%PDF-1.4 x")
    assert [d.title for d in terms.agreement_documents(db, record.id)] == ["Undertecknat avtal"]
    with pytest.raises(ValidationError) as caught:
        terms.add_agreement_document(db, record.id, "", "tom.pdf", b"")
    assert {e.field for e in caught.value.errors} == {"title", "file"}
    terms.delete_agreement_document(db, doc.id)
    with pytest.raises(NotFound):
        terms.agreement_document_file(db, doc.id)


def test_delete_without_sales(db) -> None:
    record = make(db)
    terms.add_agreement_document(db, record.id, "Bilaga", "bilaga.pdf", b"data")
    agreements.delete_agreement(db, record.id)
    assert agreements.list_agreements(db) == []
    with pytest.raises(NotFound):
        agreements.get_agreement(db, record.id)


def test_expiring_agreements_are_the_running_records_ending_within_the_warning_time(db) -> None:
    """The database picks the candidates (running, not terminated, current end within the months); the result is the
    same as filtering every agreement's record, checked on a month-by-month walk through their terms."""
    make(db, "RA-1", start_date=date(2024, 1, 1), initial_end_date=date(2025, 12, 31), extension_months=6)
    extended = make(db, "RA-2", start_date=date(2024, 3, 1), initial_end_date=date(2025, 2, 28), extension_months=12)
    terms.record_extension(db, extended.id, date(2025, 1, 10), "Styrgruppen", date(2026, 2, 28))
    ended = make(db, "RA-3", start_date=date(2024, 6, 1), initial_end_date=date(2026, 5, 31), extension_count=0)
    terms.terminate_agreement(db, ended.id, date(2025, 9, 30), "Leverantören gick i konkurs")
    make(db, "RA-4", start_date=date(2026, 1, 1), initial_end_date=date(2026, 6, 30), extension_count=0)
    found = 0
    for month in range(0, 40):
        today = records.add_months(date(2023, 11, 15), month)
        for months in (1, 9, 36):
            horizon = records.add_months(today, months)
            expected = sorted((r for r in agreements.list_agreements(db, today=today)
                               if r.running and r.terminated_on is None and r.current_end_date <= horizon),
                              key=lambda r: (r.current_end_date, r.agreement_number))
            assert terms.expiring_agreements(db, today=today, months=months) == expected, (today, months)
            found += len(expected)
    assert found > 20  # the walk met every agreement ending soon, the extended one at its new end


def test_expiring_agreements_with_a_limit_are_the_soonest_and_the_count_is_of_all(db) -> None:
    for number, end in (("RA-3", date(2026, 3, 31)), ("RA-1", date(2026, 1, 31)), ("RA-2", date(2026, 2, 28))):
        make(db, number, start_date=date(2025, 1, 1), initial_end_date=end)
    today = date(2025, 12, 1)
    every = terms.expiring_agreements(db, today=today)
    assert [r.agreement_number for r in every] == ["RA-1", "RA-2", "RA-3"]
    assert terms.expiring_agreements(db, today=today, limit=2) == every[:2]
    assert terms.expiring_with_count(db, today=today, limit=2) == (every[:2], 3)
    assert terms.expiring_with_count(db, today=today, limit=5) == (every, 3)
