"""stic_desktop/services/procurement/overview.py: the overview's procurement blocks and the timeline."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import event

from stic_desktop.demo import procurements as demo_procurements
from stic_desktop.models import Procurement, ProcurementParticipant, ProcurementStage
from stic_desktop.models.procurement import STATES
from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.people import staff
from stic_desktop.services.procurement.overview import (
    late_stages,
    missing_powers,
    running_count,
    stage_counts,
    timeline,
    upcoming_deadlines,
)
from stic_desktop.storage import blobs as storage

TODAY = date(2026, 11, 30)  # a Monday


def day(offset: int) -> date:
    return TODAY + timedelta(days=offset)


def town(db, name: str) -> int:
    return next(m.id for m in municipalities.list_municipalities(db) if m.name == name)


def make(db, case: str, stage: str, dates: dict[str, tuple[int | None, int | None]],
         participants: dict[str, str] | None = None, title: str = "") -> int:
    """A procurement in ``stage`` with stage dates as day offsets (planned, actual) and participants by
    municipality name: "ok" (received and file), "date" (received, no file), "file" (file, no date), "" (none)."""
    responsible = staff.list_staff(db)[1].id
    towns = {name: town(db, name) for name in participants or {}}
    with db.write() as session:
        procurement = Procurement(case_number=case, title=title or f"Upphandling {case}", area="other",
                                  contract_kind="supplies_services", procedure="open", stage=stage,
                                  responsible_id=responsible, created_on=day(-100),
                                  stage_before_cancel="evaluation" if stage == "cancelled" else None)
        session.add(procurement)
        session.flush()
        for name, (planned, actual) in dates.items():
            session.add(ProcurementStage(procurement_id=procurement.id, stage=name,
                                         planned_on=None if planned is None else day(planned),
                                         actual_on=None if actual is None else day(actual)))
        sha = storage.store_file(session, b"%PDF-1.4 fullmakt")
        for name, poa in (participants or {}).items():
            session.add(ProcurementParticipant(
                procurement_id=procurement.id, municipality_id=towns[name],
                poa_received_on=day(-50) if poa in ("ok", "date") else None,
                poa_sha256=sha if poa in ("ok", "file") else None))
        return procurement.id


@pytest.fixture
def sample(demo_db):
    """Three running procurements, one closed and one cancelled (whose dates must never show)."""
    ids = {
        "evaluation": make(demo_db, "STIC-2026-001", "evaluation", {
            "needs_analysis": (-200, -200), "advertised": (-90, -88), "tender_deadline": (-50, -50),
            "opening": (-49, -49), "evaluation": (-45, -40), "award_decision": (-10, None),
            "standstill": (-9, None), "signed": (5, None), "closed": (40, None)},
            {"Solna": "ok", "Österåker": "ok"}),
        "requirements": make(demo_db, "STIC-2026-002", "requirements", {
            "needs_analysis": (-60, -60), "requirements": (-30, -28), "advertised": (12, None),
            "tender_deadline": (50, None)},
            {"Vaxholm": "", "Österåker": "date", "Danderyd": "file", "Solna": "ok", "Ekerö": ""}),
        "advertised": make(demo_db, "STIC-2026-003", "advertised", {
            "needs_analysis": (-120, -118), "advertised": (-20, -20), "tender_deadline": (0, None),
            "opening": (1, None), "evaluation": (30, None), "award_decision": (31, None)}),
        "closed": make(demo_db, "STIC-2025-001", "closed", {
            "needs_analysis": (-700, -700), "signed": (3, None), "closed": (-5, -5)}, {"Solna": ""}),
        "cancelled": make(demo_db, "STIC-2025-002", "cancelled", {
            "needs_analysis": (-300, -300), "award_decision": (-3, None), "signed": (4, None)}, {"Solna": ""}),
    }
    return ids


def test_stage_counts_list_every_state_in_order(sample, demo_db):
    counts = stage_counts(demo_db)
    assert [c.stage for c in counts] == list(STATES)
    assert {c.stage: c.count for c in counts if c.count} == {
        "evaluation": 1, "requirements": 1, "advertised": 1, "closed": 1, "cancelled": 1}
    assert counts[0].label == "Behovsanalys" and counts[-1].label == "Avbruten"


def test_stage_counts_of_an_empty_database(demo_db):
    assert sum(c.count for c in stage_counts(demo_db)) == 0


def test_upcoming_deadlines_are_planned_dates_ahead_within_30_days(sample, demo_db):
    items = upcoming_deadlines(demo_db, TODAY)
    assert [(i.case_number, i.stage, i.days) for i in items] == [
        ("STIC-2026-003", "tender_deadline", 0),
        ("STIC-2026-003", "opening", 1),
        ("STIC-2026-001", "signed", 5),
        ("STIC-2026-002", "advertised", 12),
        ("STIC-2026-003", "evaluation", 30),
    ]  # 31 days ahead, actual dates, ended procurements and stages before the current one are left out
    first = items[0]
    assert (first.stage_label, first.current_stage, first.current_stage_label) == (
        "Sista anbudsdag", "advertised", "Annonserad")
    assert first.planned_on == TODAY and first.responsible_name == staff.list_staff(demo_db)[1].name
    assert first.procurement_id == sample["advertised"]


def test_late_stages_one_per_procurement_latest_first(sample, demo_db):
    items = late_stages(demo_db, TODAY)
    assert [(i.case_number, i.stage, i.days, i.planned_on) for i in items] == [
        ("STIC-2026-001", "award_decision", 10, day(-10))]  # the earliest late stage, not the standstill after it
    make(demo_db, "STIC-2026-004", "needs_analysis", {"needs_analysis": (-90, -90), "requirements": (-30, None)})
    make(demo_db, "STIC-2026-005", "requirements", {"requirements": (-40, -40), "advertised": (-1, None)})
    assert [(i.case_number, i.days) for i in late_stages(demo_db, TODAY)] == [
        ("STIC-2026-004", 30), ("STIC-2026-001", 10), ("STIC-2026-005", 1)]
    assert late_stages(demo_db, day(-200)) == []


def test_missing_powers_need_both_the_date_and_the_file(sample, demo_db):
    items = missing_powers(demo_db)
    assert len(items) == 1  # the closed and cancelled ones are left out, and STIC-2026-001 is complete
    item = items[0]
    assert (item.case_number, item.stage_label, item.advertise_on, item.participant_count) == (
        "STIC-2026-002", "Kravspecifikation", day(12), 5)
    assert item.municipalities == ("Danderyd", "Ekerö", "Vaxholm", "Österåker")  # Swedish order: Ö last


def test_missing_powers_sorted_by_advertisement_date(sample, demo_db):
    make(demo_db, "STIC-2026-010", "needs_analysis", {"advertised": (5, None)}, {"Solna": ""})
    make(demo_db, "STIC-2026-011", "needs_analysis", {}, {"Nacka": ""})
    make(demo_db, "STIC-2026-012", "advertised", {"advertised": (3, -1)}, {"Täby": ""})  # advertised: no date shown
    assert [(i.case_number, i.advertise_on) for i in missing_powers(demo_db)] == [
        ("STIC-2026-010", day(5)), ("STIC-2026-002", day(12)), ("STIC-2026-011", None), ("STIC-2026-012", None)]


def test_timeline_segments_follow_the_stage_dates(sample, demo_db):
    rows = timeline(demo_db, TODAY)
    assert [r.case_number for r in rows] == ["STIC-2026-001", "STIC-2026-003", "STIC-2026-002"]  # by first day
    evaluation = rows[0]
    assert evaluation.late and evaluation.stage_label == "Utvärdering"
    spans = [(s.stage, s.start, s.end, s.state, s.late) for s in evaluation.segments]
    assert spans == [
        ("needs_analysis", day(-200), day(-88), "done", False),
        ("advertised", day(-88), day(-50), "done", False),
        ("tender_deadline", day(-50), day(-49), "done", False),
        ("opening", day(-49), day(-40), "done", False),
        ("evaluation", day(-40), TODAY, "current", False),  # still going: reaches today
        ("award_decision", TODAY, TODAY, "planned", True),  # late: pushed to today, flagged
        ("standstill", TODAY, day(5), "planned", True),
        ("signed", day(5), day(40), "planned", False),
        ("closed", day(40), day(40), "planned", False),
    ]
    assert (evaluation.first_day, evaluation.last_day) == (day(-200), day(40))
    requirements = rows[2]
    assert not requirements.late
    assert [(s.stage, s.start, s.end, s.state) for s in requirements.segments] == [
        ("needs_analysis", day(-60), day(-28), "done"), ("requirements", day(-28), day(12), "current"),
        ("advertised", day(12), day(50), "planned"), ("tender_deadline", day(50), day(50), "planned")]


def test_timeline_of_a_procurement_without_dates(demo_db):
    make(demo_db, "STIC-2026-020", "needs_analysis", {})
    [row] = timeline(demo_db, TODAY)
    assert row.segments == () and row.first_day is None and not row.late


def count_queries(db, fn):
    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args):
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        fn()
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    return len(statements)


def test_one_query_per_block_whatever_the_number_of_rows(demo_db):
    demo_procurements.seed_procurements(demo_db, "small", today=TODAY)
    for block in (lambda: stage_counts(demo_db), lambda: upcoming_deadlines(demo_db, TODAY),
                  lambda: late_stages(demo_db, TODAY), lambda: missing_powers(demo_db),
                  lambda: timeline(demo_db, TODAY)):
        assert count_queries(demo_db, block) == 1


def test_the_timeline_with_a_limit_reads_those_that_started_first(sample, demo_db):
    every = timeline(demo_db, TODAY)
    assert [r.case_number for r in timeline(demo_db, TODAY, 2)] == [r.case_number for r in every[:2]]
    assert timeline(demo_db, TODAY, 10) == every
    assert running_count(demo_db) == len(every) == 3
