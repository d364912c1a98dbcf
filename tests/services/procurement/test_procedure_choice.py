"""Procedure choice and parties (issue 15): the procedure fits the value, grounds are recorded, the time-limit
details fit the procedure, only municipalities named in the procurement join its agreement, and tender secrecy
ends at the award decision or when the procurement is cancelled. Case tables name the case, the paragraph and
the expected outcome."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timezone

import pytest
from agreement_fixtures import county, signed_procurement
from test_procurements import new, refused, walk_to

from stic_desktop.errors import ValidationError
from stic_desktop.models import ProcurementParticipant, ProcurementStage, Tender
from stic_desktop.services.agreements import agreements, parties
from stic_desktop.services.agreements.agreements import AgreementInput
from stic_desktop.services.procurement import procurements, rules, stages, tenders
from stic_desktop.services.procurement.procurements import ProcurementInput

MSEK = 1_000_000_00  # öre


@pytest.fixture
def office_db(db):
    """The county's municipalities and one staff member working."""
    from stic_desktop.services.municipalities import municipalities
    from stic_desktop.services.people import staff

    municipalities.import_county_municipalities(db)
    staff.set_current_user(db, staff.add_staff_member(db, "Anna Lindqvist", "Regionchef", "anna@stic.example.se").id)
    return db

# case, procedure, contract kind, value (öre), day, paragraph in the refusal ("" = allowed)
FIT_CASES = [
    ("issue 15: a 50 MSEK direct award", "direct_award", "supplies_services", 50 * MSEK, date(2026, 12, 6),
     "19 a kap. 2 §"),
    ("a direct award at exactly the limit", "direct_award", "supplies_services", 700_000_00, date(2025, 3, 1),
     "19 a kap. 2 §"),
    ("a direct award just below the limit", "direct_award", "supplies_services", 699_999_00, date(2025, 3, 1), ""),
    ("bilaga 2: direct award up to that period's bilaga 2 threshold", "direct_award", "social_services", 8 * MSEK,
     date(2025, 3, 1), ""),
    ("bilaga 2: direct award at the bilaga 2 threshold", "direct_award", "social_services", 8_109_450_00,
     date(2025, 3, 1), "19 a kap. 2 §"),
    ("issue 15: a 200 MSEK below-threshold procurement", "below_threshold", "supplies_services", 200 * MSEK,
     date(2025, 3, 1), "5 kap. 1 §"),
    ("below threshold at exactly the threshold", "below_threshold", "works", 59_880_179_00, date(2024, 6, 1),
     "5 kap. 1 §"),
    ("below threshold under it", "below_threshold", "supplies_services", 2 * MSEK, date(2025, 3, 1), ""),
    ("bilaga 2 services follow 19 kap. whatever their value", "below_threshold", "social_services", 90 * MSEK,
     date(2025, 3, 1), ""),
    ("an EU procedure below the threshold is allowed", "open", "supplies_services", 1 * MSEK, date(2025, 3, 1), ""),
    ("an unknown SEK threshold (2026–27) refuses nothing", "below_threshold", "supplies_services", 200 * MSEK,
     date(2026, 12, 6), ""),
]


@pytest.mark.parametrize("case, procedure, kind, value, on, paragraph", FIT_CASES, ids=[r[0] for r in FIT_CASES])
def test_the_procedure_must_fit_the_value(db, case, procedure, kind, value, on, paragraph):
    with db.read() as session:
        message = rules.procedure_misfit_in(session, procedure, kind, value, on)
    assert (message != "") is bool(paragraph)
    assert paragraph in message


def test_the_service_refuses_a_direct_award_over_the_limit(office_db):
    message = refused(office_db, procurements.create_procurement,
                      ProcurementInput(title="Konsulter", procedure="direct_award", estimated_value_ore=50 * MSEK),
                      field="procedure")
    assert "Direktupphandling" in message and "700\u00a0000 kr" in message and "19 a kap. 2 §" in message
    assert new(office_db, procedure="direct_award", estimated_value_ore=500_000_00).procedure == "direct_award"


def test_the_service_refuses_below_threshold_once_the_threshold_is_entered(office_db):
    data = ProcurementInput(title="Fordon", procedure="below_threshold", estimated_value_ore=200 * MSEK)
    created = procurements.create_procurement(office_db, data)  # 2026–27 SEK value not entered yet: unknown
    row = next(r for r in rules.list_thresholds(office_db)
               if r.kind == "supplies_services" and r.period_start == date(2026, 1, 1))
    rules.save_threshold(office_db, replace(row.as_input(), sek=2_300_000), row.id)
    message = refused(office_db, procurements.update_procurement, created.id, replace(created.as_input(), notes="x"),
                      field="procedure")
    assert "EU:s tröskelvärde (2\u00a0300\u00a0000 kr" in message and "LOU 5 kap. 1 §" in message


# case, procedure, paragraph the refusal cites
GROUNDS_CASES = [
    ("negotiated with prior publication", "negotiated", "LOU 6 kap. 5–6 §§"),
    ("competitive dialogue", "competitive_dialogue", "LOU 6 kap. 21 §"),
    ("negotiated without prior publication", "negotiated_without_notice", "LOU 6 kap. 12–19 §§"),
]


@pytest.mark.parametrize("case, procedure, paragraph", GROUNDS_CASES, ids=[r[0] for r in GROUNDS_CASES])
def test_grounds_for_the_procedure_are_recorded(office_db, case, procedure, paragraph):
    message = refused(office_db, procurements.create_procurement, ProcurementInput(title="Larm", procedure=procedure),
                      field="procedure_grounds")
    assert paragraph in message
    record = new(office_db, procedure=procedure, procedure_grounds="Endast en leverantör av tekniska skäl (14 §).")
    assert record.procedure_grounds.startswith("Endast en leverantör")
    assert record.procedure_label == procurements.PROCEDURE_LABELS[procedure]


# case, changes to an open, electronic procurement, field refused, words in the message
DETAIL_CASES = [
    ("urgency without a reason", {"urgent": True}, "tender_period_reason", "LOU 11 kap. 10 §"),
    ("an application deadline in an open procedure", {"application_deadline_on": date(2027, 3, 1)},
     "application_deadline_on", "11 kap. 3 §"),
    ("an invitation in an open procedure", {"invitation_sent_on": date(2027, 3, 1)}, "invitation_sent_on",
     "selektivt"),
    ("invitation before the application deadline", {"procedure": "restricted",
                                                    "application_deadline_on": date(2027, 4, 1),
                                                    "invitation_sent_on": date(2027, 3, 31)},
     "invitation_sent_on", "före sista dag för anbudsansökningar"),
    ("an ex ante notice in an open procedure", {"ex_ante_published_on": date(2027, 3, 1)}, "ex_ante_published_on",
     "19 a kap. 9 §"),
    ("a standstill shorter than the minimum", {"standstill_days": 9}, "standstill_days", "minst 10 dagar"),
    ("a standstill shorter than 15 days when sent by post", {"standstill_days": 12,
                                                             "award_sent_electronically": False},
     "standstill_days", "minst 15 dagar"),
    ("a standstill for a direct award", {"procedure": "direct_award", "estimated_value_ore": 100_000_00,
                                         "standstill_days": 12}, "standstill_days", "20 kap. 2 §"),
]


@pytest.mark.parametrize("case, changes, field, words", DETAIL_CASES, ids=[r[0] for r in DETAIL_CASES])
def test_time_limit_details_must_fit_the_procedure(office_db, case, changes, field, words):
    message = refused(office_db, procurements.create_procurement,
                      replace(ProcurementInput(title="Larm"), **changes), field=field)
    assert words in message


def test_two_phase_dates_are_saved_and_checked(office_db):
    record = new(office_db, procedure="restricted", application_deadline_on=date(2026, 4, 1),
                 invitation_sent_on=date(2026, 5, 26))
    stages.set_stage_dates(office_db, record.id, "advertised", date(2026, 3, 2), None)
    message = refused(office_db, stages.set_stage_dates, record.id, "tender_deadline", date(2026, 6, 20), None)
    assert "Midsommardagen" in message and "tidigast 2026-06-22" in message
    stages.set_stage_dates(office_db, record.id, "tender_deadline", date(2026, 6, 22), None)
    check = stages.tender_period_check(office_db, record.id)
    assert check.ok and check.start == date(2026, 5, 26) and check.reference == "LOU 11 kap. 6 §"
    early = replace(procurements.get_procurement(office_db, record.id).as_input(),
                    application_deadline_on=date(2026, 3, 31))
    message = refused(office_db, procurements.update_procurement, record.id, early)
    assert "Sista dag för anbudsansökningar får vara tidigast 2026-04-01" in message


def test_a_direct_award_with_an_ex_ante_notice_waits_ten_days_from_its_publication(office_db):
    record = new(office_db, procedure="direct_award", estimated_value_ore=500_000_00,
                 ex_ante_published_on=date(2026, 12, 14))
    walk_to(office_db, record.id, "standstill", start=date(2026, 12, 1))
    period = stages.standstill_for(office_db, record.id)
    assert (period.reference, period.last_day, period.first_signing_day) == (
        "LOU 20 kap. 3 §", date(2026, 12, 28), date(2026, 12, 29))  # day 10 is Julafton
    message = refused(office_db, stages.advance_stage, record.id, on=date(2026, 12, 28), field="stage")
    assert "tidigast 2026-12-29" in message and "20 kap. 3 §" in message and "Julafton" in message
    assert stages.advance_stage(office_db, record.id, on=date(2026, 12, 29)).stage == "signed"


def test_a_direct_award_without_a_notice_has_no_standstill(office_db):
    record = new(office_db, procedure="direct_award", estimated_value_ore=500_000_00)
    walk_to(office_db, record.id, "signed", start=date(2026, 12, 1))
    assert stages.standstill_for(office_db, record.id) is None


def test_a_longer_standstill_is_kept_and_printed(office_db):
    record = new(office_db, standstill_days=20)
    walk_to(office_db, record.id, "evaluation", start=date(2018, 10, 1), step=35)
    stages.advance_stage(office_db, record.id, on=date(2019, 4, 18))
    period = stages.standstill_for(office_db, record.id)
    assert (period.days, period.longer, period.last_day, period.first_signing_day) == (
        20, True, date(2019, 5, 8), date(2019, 5, 9))
    stages.advance_stage(office_db, record.id, on=date(2019, 4, 18))
    message = refused(office_db, stages.advance_stage, record.id, on=date(2019, 5, 8), field="stage")
    assert "20 dagar" in message and "tidigast 2019-05-09" in message


def test_tenders_of_a_cancelled_procurement_are_no_longer_secret(office_db):
    record = new(office_db)
    with office_db.write() as session:
        session.add(ProcurementStage(procurement_id=record.id, stage="tender_deadline", actual_on=date(2026, 3, 16)))
        session.add(Tender(procurement_id=record.id, supplier_name="Alfa Larm AB",
                           received_at=datetime(2026, 3, 12, 9, 30, tzinfo=timezone.utc)))
    assert tenders.public_results(office_db, record.id) == []
    cancelled = stages.cancel_procurement(office_db, record.id, "Inga godtagbara anbud")
    assert cancelled.tenders_public and not cancelled.award_sent
    assert [t.supplier_name for t in tenders.public_results(office_db, record.id)] == ["Alfa Larm AB"]
    with office_db.read() as session:
        assert tenders.tenders_public(session, record.id)


# case, municipality code, its power of attorney, refused?, words in the refusal
PARTY_CASES = [
    ("named with a power of attorney before advertising", "0180", date(2025, 1, 10), False, ""),
    ("issue 15: Vallentuna without a power of attorney", "0115", None, True, "ingen fullmakt"),
    ("a power of attorney given after advertising", "0186", date(2025, 3, 1), True, "efter att upphandlingen"),
]


@pytest.mark.parametrize("case, code, poa, is_refused, words", PARTY_CASES, ids=[r[0] for r in PARTY_CASES])
def test_only_municipalities_named_in_the_procurement_join_its_agreement(db, case, code, poa, is_refused, words):
    codes = county(db)
    procurement_id = signed_procurement(db, codes, poa=("0184",))
    with db.write() as session:
        session.add(ProcurementStage(procurement_id=procurement_id, stage="advertised", actual_on=date(2025, 2, 1)))
    record = agreements.create_from_procurement(db, procurement_id, AgreementInput(
        start_date=date(2025, 6, 1), initial_end_date=date(2027, 5, 31)))
    if poa is not None:  # its power of attorney recorded on the procurement afterwards
        with db.write() as session:
            session.add(ProcurementParticipant(procurement_id=procurement_id, municipality_id=codes[code],
                                               estimated_volume_ore=0, poa_received_on=poa))
    wanted = [codes["0184"], codes[code]]
    if not is_refused:
        parties.set_agreement_participants(db, record.id, wanted)
        assert len(parties.agreement_participants(db, record.id)) == 2
        return
    with pytest.raises(ValidationError) as caught:
        parties.set_agreement_participants(db, record.id, wanted)
    assert words in caught.value.message and "LOU 7 kap. 3 §" in caught.value.message
    assert [m for m, _n, _c in parties.agreement_participants(db, record.id)] == [codes["0184"]]
