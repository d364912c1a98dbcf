"""stic_desktop/services/procurement/procurements.py (and procurement_stages.py): procurements and their LOU stages."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest
from backend_tools import plain
from sqlalchemy import event, select

from stic_desktop.core import clock
from stic_desktop.errors import NotFound, ValidationError
from stic_desktop.models import Municipality, ProcurementParticipant, Proposal, ProposalInterest, Tender
from stic_desktop.services import audit
from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.people import staff
from stic_desktop.services.procurement import procurements
from stic_desktop.services.procurement import stages as procurement_stages
from stic_desktop.services.procurement.procurements import ProcurementInput
from stic_desktop.services.procurement.records import FIELD_LABELS, STAGES
from stic_desktop.storage import blobs as storage

TABLES = ("procurements", "procurement_stages", "procurement_participants", "audit_log")


@pytest.fixture
def office_db(db):
    """The county's municipalities and one staff member working; no demo procurements (exact counts below)."""
    municipalities.import_county_municipalities(db)
    actor = staff.add_staff_member(db, "Anna Lindqvist", "Regionchef", "anna@stic.example.se")
    staff.set_current_user(db, actor.id)
    return db


def state(db) -> dict[str, list[tuple]]:
    """Every row of the procurement tables and the audit log: compared before and after a refused action."""
    with plain(db) as conn:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}


def refused(db, action, *args, field: str | None = None, **kwargs) -> str:
    """Runs an action that must fail with a Swedish message and change nothing; returns the message."""
    before = state(db)
    with pytest.raises(ValidationError) as info:
        action(db, *args, **kwargs)
    assert state(db) == before
    if field is not None:
        assert info.value.for_field(field), info.value.errors
    return info.value.message


def new(db, title: str = "Hemtjänst, larm", **changes) -> procurements.ProcurementRecord:
    return procurements.create_procurement(db, replace(ProcurementInput(title=title), **changes))


def municipality_ids(db, *names: str) -> list[int]:
    with db.read() as session:
        found = {name: mid for name, mid in session.execute(select(Municipality.name, Municipality.id))}
    return [found[name] for name in names]


def add_participants(db, procurement_id: int, names: tuple[str, ...], *, with_poa: tuple[str, ...] = ()) -> None:
    with db.write() as session:
        sha = storage.store_file(session, b"%PDF-1.4 fullmakt")
        for name, mid in zip(names, municipality_ids(db, *names)):
            poa = name in with_poa
            session.add(ProcurementParticipant(procurement_id=procurement_id, municipality_id=mid,
                                               estimated_volume_ore=100_000, poa_received_on=date(2026, 1, 5) if poa
                                               else None, poa_sha256=sha if poa else None,
                                               poa_filename="fullmakt.pdf" if poa else ""))


def walk_to(db, procurement_id: int, stage: str, start: date = date(2026, 1, 12), step: int = 1) -> None:
    """Advances stage by stage from ``start``; the needs analysis is dated a week before it."""
    record = procurement_stages.set_stage_dates(db, procurement_id, "needs_analysis", None, start - timedelta(days=7))
    day = start
    while record.stage != stage:
        record = procurement_stages.advance_stage(db, procurement_id, on=day)
        day += timedelta(days=step)


def test_create_numbers_cases_per_year_and_starts_in_needs_analysis(office_db):
    first, second = new(office_db), new(office_db, "Skolmat")
    year = clock.today().year
    assert (first.case_number, second.case_number) == (f"STIC-{year}-001", f"STIC-{year}-002")
    assert first.stage == "needs_analysis" and first.stage_label == "Behovsanalys" and first.running
    assert first.procedure_label == "Öppet förfarande" and first.area_label == "Annat"
    own = new(office_db, "Fordon", case_number="Dnr 2026/17")
    assert own.case_number == "Dnr 2026/17"
    stages = procurement_stages.stages(office_db, first.id)
    assert [s.stage for s in stages] == list(STAGES) and [s.position for s in stages] == list(range(1, 11))
    assert stages[0].actual_on == clock.today() and all(s.actual_on is None for s in stages[1:])
    assert [e.action for e in audit.history(office_db, procurements.ENTITY, first.id)] == ["create"]


def test_duplicate_case_number_is_refused(office_db):
    year = clock.today().year
    first = new(office_db, case_number=f"STIC-{year}-010")
    message = refused(office_db, procurements.create_procurement,
                      ProcurementInput(title="Annan", case_number=f"stic-{year}-010"), field="case_number")
    assert f"STIC-{year}-010 används redan" in message and first.title in message
    other = new(office_db, "Annan")
    assert other.case_number == f"STIC-{year}-011"  # generated numbers continue after the highest of the year
    refused(office_db, procurements.update_procurement, other.id,
            replace(other.as_input(), case_number=f"STIC-{year}-010"), field="case_number")
    kept = procurements.update_procurement(office_db, other.id, replace(other.as_input(), case_number="", title="Ny"))
    assert kept.case_number == other.case_number and kept.title == "Ny"


def test_invalid_details_name_every_field(office_db):
    message = refused(office_db, procurements.create_procurement,
                      ProcurementInput(title=" ", procedure="secret", estimated_value_ore=-1))
    assert "Rubriken måste fyllas i." in message and "Okänd förfarande" in message and "0 kr eller mer" in message


def test_stage_dates_out_of_order_are_refused(office_db):
    record = new(office_db)
    procurement_stages.set_stage_dates(office_db, record.id, "advertised", date(2026, 3, 2), None)
    message = refused(office_db, procurement_stages.set_stage_dates, record.id, "requirements", date(2026, 3, 10), None,
                      field="planned_on")
    assert "Annonserad (2026-03-02) kan inte vara före Kravspecifikation (2026-03-10)" in message
    message = refused(office_db, procurement_stages.set_stage_dates, record.id, "tender_deadline", date(2026, 2, 1), None)
    assert "Sista anbudsdag (2026-02-01) kan inte vara före Annonserad (2026-03-02)" in message
    message = refused(office_db, procurement_stages.set_stage_dates, record.id, "opening", None, date(2026, 3, 1),
                      field="actual_on")
    assert "inte nått än" in message


def test_tender_period_shorter_than_the_rule_needs_a_reason(office_db):
    record = new(office_db)  # open procedure, electronic: at least 30 days (11 kap.)
    procurement_stages.set_stage_dates(office_db, record.id, "advertised", date(2026, 3, 2), None)
    message = refused(office_db, procurement_stages.set_stage_dates, record.id, "tender_deadline", date(2026, 3, 20), None,
                      field="tender_period_reason")
    assert "18 dagar" in message and "30 dagar" in message and "LOU 11 kap." in message
    saved = procurement_stages.set_stage_dates(office_db, record.id, "tender_deadline", date(2026, 3, 20), None,
                                         tender_period_reason="Brådskande behov efter avbruten upphandling")
    assert saved.tender_period_reason.startswith("Brådskande")
    check = procurement_stages.tender_period_check(office_db, record.id)
    assert check.ok and check.days == 18 and check.minimum == 15  # the reason allows the urgent 15 (11 kap. 10 §)
    # removing the reason while the period is short is refused too
    refused(office_db, procurements.update_procurement, record.id, replace(saved.as_input(), tender_period_reason=""),
            field="tender_period_reason")
    # a long enough period needs no reason
    other = new(office_db, "Skolmat")
    procurement_stages.set_stage_dates(office_db, other.id, "advertised", date(2026, 3, 2), None)
    procurement_stages.set_stage_dates(office_db, other.id, "tender_deadline", date(2026, 4, 1), None)
    assert procurement_stages.tender_period_check(office_db, other.id).ok


def test_below_threshold_short_period_only_warns(office_db):
    record = new(office_db, procedure="below_threshold")
    procurement_stages.set_stage_dates(office_db, record.id, "advertised", date(2026, 3, 2), None)
    procurement_stages.set_stage_dates(office_db, record.id, "tender_deadline", date(2026, 3, 12), None)
    check = procurement_stages.tender_period_check(office_db, record.id)
    assert not check.ok and check.warn_only and "skälig" in check.message


def test_advertising_needs_every_power_of_attorney(office_db):
    record = new(office_db)
    add_participants(office_db, record.id, ("Täby", "Solna", "Ekerö"), with_poa=("Solna",))
    walk_to(office_db, record.id, "needs_analysis", start=date(2026, 1, 5))
    procurement_stages.advance_stage(office_db, record.id, on=date(2026, 1, 12))
    assert procurements.get_procurement(office_db, record.id).missing_poa_count == 2
    message = refused(office_db, procurement_stages.advance_stage, record.id, on=date(2026, 1, 19), field="stage")
    assert "Fullmakt saknas för: Ekerö, Täby." in message
    with office_db.write() as session:
        for row in session.scalars(select(ProcurementParticipant)):
            row.poa_received_on, row.poa_sha256 = date(2026, 1, 15), storage.store_file(session, b"%PDF-1.4 x")
    advertised = procurement_stages.advance_stage(office_db, record.id, on=date(2026, 1, 19))
    assert advertised.stage == "advertised" and advertised.missing_poa_count == 0 and advertised.participant_count == 3


def test_moving_back_needs_a_reason_and_clears_later_dates(office_db):
    record = new(office_db)
    walk_to(office_db, record.id, "opening", start=date(2026, 1, 12), step=35)
    for reason in ("", "   "):
        message = refused(office_db, procurement_stages.move_back, record.id, "requirements", reason, field="reason")
        assert "Ange varför" in message
    refused(office_db, procurement_stages.move_back, record.id, "evaluation", "fel", field="stage")
    back = procurement_stages.move_back(office_db, record.id, "requirements", "Kravspecifikationen måste göras om")
    assert back.stage == "requirements"
    actual = {s.stage: s.actual_on for s in procurement_stages.stages(office_db, record.id)}
    assert actual["requirements"] is not None and actual["advertised"] is None and actual["opening"] is None
    latest = audit.history(office_db, procurements.ENTITY, record.id)[0]
    changes = {c.field: c.new for c in latest.changes}
    assert changes["reason"] == "Kravspecifikationen måste göras om" and changes["stage"] == "requirements"
    assert FIELD_LABELS["advertised.actual_on"] == "Annonserad, faktiskt datum"


def test_signing_waits_for_the_standstill(office_db):
    record = new(office_db)
    walk_to(office_db, record.id, "evaluation", start=date(2018, 10, 1), step=35)
    procurement_stages.advance_stage(office_db, record.id, on=date(2019, 4, 18))  # award decision sent
    procurement_stages.advance_stage(office_db, record.id, on=date(2019, 4, 18))  # standstill starts
    period = procurement_stages.standstill_for(office_db, record.id)
    assert (period.last_day, period.first_signing_day) == (date(2019, 4, 29), date(2019, 4, 30))
    message = refused(office_db, procurement_stages.advance_stage, record.id, on=date(2019, 4, 29), field="stage")
    assert "tidigast 2019-04-30" in message and "2019-04-29" in message and "20 kap. 1 §" in message
    signed = procurement_stages.advance_stage(office_db, record.id, on=date(2019, 4, 30))
    assert signed.stage == "signed" and signed.award_sent
    refused(office_db, procurement_stages.set_stage_dates, record.id, "signed", None, date(2019, 4, 26), field="actual_on")


def test_cancel_needs_a_reason_and_leaves_the_running_list(office_db):
    record = new(office_db)
    refused(office_db, procurement_stages.cancel_procurement, record.id, " ", field="cancel_reason")
    cancelled = procurement_stages.cancel_procurement(office_db, record.id, "Inget intresse från kommunerna")
    assert cancelled.stage_label == "Avbruten" and not cancelled.running
    assert cancelled.cancel_reason == "Inget intresse från kommunerna"
    refused(office_db, procurement_stages.advance_stage, record.id, field="stage")
    refused(office_db, procurement_stages.set_stage_dates, record.id, "advertised", date(2026, 5, 1), None)
    new(office_db, "Pågående")
    assert [r.title for r in procurements.list_procurements(office_db, running_only=True)] == ["Pågående"]
    assert len(procurements.list_procurements(office_db)) == 2


def add_proposal(db, status: str) -> int:
    with db.write() as session:
        proposal = Proposal(title="Trygghetslarm", area="social", origin="working_group", status=status,
                            created_on=date(2026, 1, 2))
        session.add(proposal)
        session.flush()
        for name, volume in zip(("Nacka", "Botkyrka"), (250_000_00, 120_000_00)):
            mid = session.scalar(select(Municipality.id).where(Municipality.name == name))
            session.add(ProposalInterest(proposal_id=proposal.id, municipality_id=mid, yearly_volume_ore=volume))
        return proposal.id


def test_create_from_a_decided_proposal_copies_the_interested_municipalities(office_db):
    undecided = add_proposal(office_db, "discussion")
    message = refused(office_db, procurements.create_from_proposal, undecided, ProcurementInput(title="Larm"),
                      field="proposal_id")
    assert "beslutat" in message
    decided = add_proposal(office_db, "decided")
    record = procurements.create_from_proposal(office_db, decided, ProcurementInput(title="Trygghetslarm", area="social"))
    assert record.proposal_id == decided and record.proposal_title == "Trygghetslarm" and record.participant_count == 2
    with office_db.read() as session:
        volumes = {p.estimated_volume_ore for p in session.scalars(
            select(ProcurementParticipant).where(ProcurementParticipant.procurement_id == record.id))}
    assert volumes == {250_000_00, 120_000_00}
    message = refused(office_db, procurements.create_from_proposal, decided, ProcurementInput(title="Igen"))
    assert record.case_number in message
    with pytest.raises(NotFound):
        procurements.create_from_proposal(office_db, 9999, ProcurementInput(title="X"))


def test_delete_only_in_needs_analysis_without_tenders(office_db):
    record = new(office_db)
    procurement_stages.advance_stage(office_db, record.id)
    message = refused(office_db, procurements.delete_procurement, record.id)
    assert "Kravspecifikation" in message and "Avbryt" in message
    other = new(office_db, "Med anbud")
    with office_db.write() as session:
        session.add(Tender(procurement_id=other.id, supplier_name="Leverantör AB",
                           received_at=datetime(2026, 1, 1, tzinfo=timezone.utc)))
    refused(office_db, procurements.delete_procurement, other.id)
    third = new(office_db, "Tas bort")
    procurements.delete_procurement(office_db, third.id)
    with pytest.raises(NotFound):
        procurements.get_procurement(office_db, third.id)


def test_opening_attesters_need_two_different_names(office_db):
    record = new(office_db)
    refused(office_db, procurements.set_opening_attesters, record.id, ["Anna Lindqvist"], field="opening_attesters")
    refused(office_db, procurements.set_opening_attesters, record.id, ["Anna Lindqvist", "anna  lindqvist"])
    saved = procurements.set_opening_attesters(office_db, record.id, ["Anna Lindqvist", " Łukasz Żółć ", ""])
    assert saved.opening_attesters == ("Anna Lindqvist", "Łukasz Żółć")


def test_next_deadline_and_overdue(office_db):
    record = new(office_db)
    procurement_stages.set_stage_dates(office_db, record.id, "requirements", clock.today() - timedelta(days=3), None)
    procurement_stages.set_stage_dates(office_db, record.id, "advertised", clock.today() + timedelta(days=30), None)
    late = procurements.get_procurement(office_db, record.id)
    assert late.next_deadline == clock.today() - timedelta(days=3) and late.next_deadline_label == "Kravspecifikation"
    assert late.overdue
    moved = procurement_stages.advance_stage(office_db, record.id)
    assert moved.next_deadline_label == "Annonserad" and not moved.overdue


def test_list_uses_a_fixed_number_of_queries(office_db):
    for n in range(30):
        record = new(office_db, f"Upphandling {n}")
        add_participants(office_db, record.id, ("Solna",))
        procurement_stages.set_stage_dates(office_db, record.id, "requirements", date(2026, 2, 1), None)
    statements: list[str] = []

    def listener(*args):
        statements.append(args[2])

    event.listen(office_db.engine, "before_cursor_execute", listener)
    try:
        rows = procurements.list_procurements(office_db)
    finally:
        event.remove(office_db.engine, "before_cursor_execute", listener)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(rows) == 30 and len(selects) <= 3
    assert all(r.participant_count == 1 and r.missing_poa_count == 1 for r in rows)


def test_tender_deadline_cannot_move_earlier_once_tenders_are_in(office_db):
    record = new(office_db, "Anbud inkomna", tender_period_reason="Kort ramavtalsförnyelse")
    add_participants(office_db, record.id, ("Solna",), with_poa=("Solna",))
    walk_to(office_db, record.id, "advertised")
    procurement_stages.set_stage_dates(office_db, record.id, "tender_deadline", date(2026, 3, 2), None)
    procurement_stages.set_stage_dates(office_db, record.id, "tender_deadline", date(2026, 2, 27), None)  # no tenders yet
    with office_db.write() as session:
        session.add(Tender(procurement_id=record.id, supplier_name="Leverantör AB",
                           received_at=datetime(2026, 2, 26, 15, tzinfo=timezone.utc)))
    message = refused(office_db, procurement_stages.set_stage_dates, record.id, "tender_deadline", date(2026, 2, 25), None,
                      field="tender_deadline")
    assert "2026-02-27" in message and "försenade i efterhand" in message
    procurement_stages.set_stage_dates(office_db, record.id, "tender_deadline", date(2026, 3, 6), None)  # later is fine
    planned = {s.stage: s.planned_on for s in procurement_stages.stages(office_db, record.id)}
    assert planned["tender_deadline"] == date(2026, 3, 6)
