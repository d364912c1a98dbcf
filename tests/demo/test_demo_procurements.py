"""stic_desktop/demo/procurements.py: workshops, proposals and procurements in every stage, once."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta

import pytest
from backend_tools import plain
from sqlalchemy import select

from stic_desktop.core import clock
from stic_desktop.demo import procurements as demo_procurements
from stic_desktop.demo import seed as demo
from stic_desktop.models import (
    Procurement,
    ProcurementParticipant,
    ProcurementStage,
    Proposal,
    RequirementDocument,
    StoredFile,
    Tender,
)
from stic_desktop.models.procurement import STAGES, STATES
from stic_desktop.services.meetings.records import STOCKHOLM
from stic_desktop.services.procurement import deadlines
from stic_desktop.services.procurement import overview as procurement_overview
from stic_desktop.services.workspace.database import backup_database, open_database
from stic_desktop.storage import blobs as storage

TABLES = ("workshops", "workshop_participants", "proposals", "proposal_interests", "procurements",
          "procurement_stages", "procurement_participants", "requirement_documents", "tenders", "stored_files",
          "audit_log")


def counts(db) -> dict[str, int]:
    with plain(db) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    """The small demo without meetings or procurements, copied for each test that seeds its own."""
    path = tmp_path_factory.mktemp("base") / "base.sqlite3"
    db = open_database(path)
    demo.seed_demo(db, "small", meetings=False)
    db.close()
    return path


@pytest.fixture
def fresh(base, tmp_path):
    backup_database(base, tmp_path / "copy.sqlite3")
    db = open_database(tmp_path / "copy.sqlite3")
    yield db
    db.close()


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    db = open_database(tmp_path_factory.mktemp("large") / "large.sqlite3")
    demo.seed_demo(db, "large", meetings=False)
    demo_procurements.seed_procurements(db, "large")
    yield db
    db.close()


def check_consistent(db, today: date) -> dict[str, object]:
    """Every rule the program enforces holds for the demo; returns a few facts for the caller to test."""
    rules = deadlines.rules_map(db)
    with db.read() as session:
        procurements = {p.id: p for p in session.scalars(select(Procurement))}
        dates: dict[int, dict[str, ProcurementStage]] = defaultdict(dict)
        for row in session.scalars(select(ProcurementStage)):
            dates[row.procurement_id][row.stage] = row
        participants = list(session.scalars(select(ProcurementParticipant)))
        offers = list(session.scalars(select(Tender)))
        documents = list(session.scalars(select(RequirementDocument)))
        proposals = {p.id: p for p in session.scalars(select(Proposal))}
    late_offers = 0
    for pid, p in procurements.items():
        stages = dates[pid]
        actual = [(s, stages[s].actual_on) for s in STAGES if s in stages and stages[s].actual_on]
        planned = [stages[s].planned_on for s in STAGES if s in stages and stages[s].planned_on]
        assert [d for _, d in actual] == sorted(d for _, d in actual), p.case_number
        assert planned == sorted(planned), p.case_number
        assert all(d <= today for _, d in actual), p.case_number
        assert [s for s, _ in actual] == list(STAGES[:len(actual)]), p.case_number  # no gaps
        reached = p.stage_before_cancel if p.stage == "cancelled" else p.stage
        assert actual[-1][0] == reached, p.case_number
        assert (p.stage == "cancelled") == bool(p.cancel_reason) == (p.stage_before_cancel is not None)
        assert re.fullmatch(rf"STIC-{p.created_on.year}-\d{{3}}", p.case_number)
        assert stages["needs_analysis"].actual_on == p.created_on
        for field in ("planned_on", "actual_on"):
            advertised, deadline = (getattr(stages[s], field) for s in ("advertised", "tender_deadline"))
            if advertised and deadline:
                check = deadlines.check_tender_period(rules, p.procedure, advertised, deadline,
                                                      electronic=p.electronic_submission,
                                                      pin=p.prior_information_notice, urgent=p.urgent)
                assert check.ok or check.warn_only, (p.case_number, field, check.message)
        award, signed = stages["award_decision"].actual_on, stages["signed"].actual_on
        if award and signed and deadlines.needs_standstill(p.procedure):
            period = deadlines.standstill(award, electronic=p.award_sent_electronically, rules=rules)
            assert signed >= period.first_signing_day, p.case_number
        if p.proposal_id is not None:
            assert proposals[p.proposal_id].status == "decided" and proposals[p.proposal_id].title == p.title
    for part in participants:
        advertised = dates[part.procurement_id]["advertised"].actual_on
        if advertised is not None:
            assert part.poa_received_on is not None and part.poa_sha256 is not None
            assert part.poa_received_on <= advertised
        assert (part.poa_received_on is None) == (part.poa_sha256 is None) == (part.poa_filename == "")
    now = datetime.combine(today, datetime.max.time(), STOCKHOLM)
    for offer in offers:
        stages = dates[offer.procurement_id]
        deadline = stages["tender_deadline"].actual_on
        assert deadline is not None and offer.received_at <= now
        late = offer.received_at.astimezone(STOCKHOLM).date() > deadline
        late_offers += late
        if late:
            assert offer.qualified is not True
        if offer.awarded:
            assert offer.qualified and stages["award_decision"].actual_on is not None
    for document in documents:
        assert dates[document.procurement_id]["requirements"].actual_on is not None
    decided = [p for p in proposals.values() if p.status == "decided"]
    linked = Counter(p.proposal_id for p in procurements.values() if p.proposal_id)
    assert set(linked) == {p.id for p in decided} and max(linked.values()) == 1
    ranks = [p.priority_rank for p in proposals.values() if p.priority_rank is not None]
    assert len(ranks) == len(set(ranks)) and all(p.status == "prioritised" for p in proposals.values()
                                                 if p.priority_rank is not None)
    return {"stages": Counter(p.stage for p in procurements.values()), "late_offers": late_offers,
            "missing_poa": sum(part.poa_sha256 is None for part in participants),
            "suppliers": {offer.supplier_name for offer in offers},
            "awarded": sum(offer.awarded for offer in offers), "proposals": Counter(p.status for p in proposals.values()),
            "cases": [p.case_number for p in procurements.values()]}


def test_seeded_once_without_audit_rows(fresh):
    before = counts(fresh)
    added = demo_procurements.seed_procurements(fresh, "small")
    after = counts(fresh)
    assert added == after["procurements"] == 12
    assert after["audit_log"] == before["audit_log"]  # demo data is not anyone's change
    assert after["stored_files"] == before["stored_files"] + 2  # one power of attorney, one requirements PDF
    assert demo_procurements.seed_procurements(fresh, "small") == 0
    assert demo_procurements.seed_procurements(fresh, "large") == 0
    demo.seed_demo(fresh, "small", meetings=False)
    assert counts(fresh) == after


def test_the_demo_fixture_without_meetings_has_no_procurements(demo_db):
    assert counts(demo_db)["procurements"] == counts(demo_db)["proposals"] == 0


def test_seed_demo_adds_procurements_after_the_meetings(db):
    demo.seed_demo(db, "small")
    assert counts(db)["procurements"] == 12 and counts(db)["workshops"] == 3
    assert demo_procurements.seed_procurements(db, "small") == 0


def test_small_demo_has_every_stage_and_keeps_every_rule(fresh):
    today = clock.today()
    demo_procurements.seed_procurements(fresh, "small")
    facts = check_consistent(fresh, today)
    assert set(facts["stages"]) == set(STATES)
    assert facts["late_offers"] >= 1 and facts["awarded"] >= 1 and facts["missing_poa"] >= 1
    assert len(set(facts["cases"])) == 12
    assert sum(facts["proposals"].values()) == 10 and facts["proposals"]["decided"] == 3
    assert procurement_overview.late_stages(fresh, today)  # the overview has something to show in every block
    assert procurement_overview.missing_powers(fresh)
    assert procurement_overview.upcoming_deadlines(fresh, today)
    assert len(procurement_overview.timeline(fresh, today)) == 10


@pytest.mark.parametrize("today", [date(2026, 12, 24), date(2027, 3, 29), date(2027, 6, 26), date(2028, 1, 1),
                                   date(2027, 5, 9)])
def test_dates_hold_on_holidays_and_weekends(fresh, today):
    """Christmas Eve, Easter Monday, Midsummer Day, New Year's Day, a Sunday: still every stage, every rule."""
    demo_procurements.seed_procurements(fresh, "small", today=today)
    facts = check_consistent(fresh, today)
    assert set(facts["stages"]) == set(STATES)


def test_powers_of_attorney_share_one_stored_pdf(fresh):
    import io

    from pypdf import PdfReader

    demo_procurements.seed_procurements(fresh, "small")
    with fresh.read() as session:
        shas = set(session.scalars(select(ProcurementParticipant.poa_sha256)
                                   .where(ProcurementParticipant.poa_sha256.is_not(None))))
        assert len(shas) == 1
        data = storage.read_bytes(session, shas.pop())
        assert session.scalar(select(StoredFile.size).where(StoredFile.sha256 == storage.sha256_of(data))) == len(data)
    assert len(PdfReader(io.BytesIO(data)).pages) == 1


def test_large_demo(large):
    today = clock.today()
    facts = check_consistent(large, today)
    assert sum(facts["stages"].values()) == 300 and set(facts["stages"]) == set(STATES)
    assert facts["stages"]["cancelled"] >= 10 and 60 <= sum(
        n for stage, n in facts["stages"].items() if stage not in ("closed", "cancelled")) <= 160
    assert sum(facts["proposals"].values()) == 40 and set(facts["proposals"]) == {
        "new", "discussion", "prioritised", "decided", "rejected", "dormant"}
    assert counts(large)["workshops"] == 8
    assert len(set(facts["cases"])) == 300
    non_latin = {name for name in facts["suppliers"] if re.search(r"[Ѐ-ӿͰ-Ͽ]", name)}
    assert non_latin and any("Ł" in name for name in facts["suppliers"]) and "R&D <b> Konsult AB" in facts["suppliers"]
    assert facts["late_offers"] >= 1 and facts["awarded"] >= 50
    assert procurement_overview.late_stages(large, today)


def test_contract_groups_and_staff_are_used(large):
    with large.read() as session:
        rows = session.execute(select(Procurement.contract_group_id, Procurement.responsible_id)).all()
    assert sum(group is not None for group, _ in rows) > 200
    assert all(person is not None for _, person in rows)


def test_tenders_received_in_stockholm_time_before_the_deadline_day_ends(large):
    with large.read() as session:
        received = list(session.scalars(select(Tender.received_at)))
    assert all(r.tzinfo is not None for r in received)
    assert max(received) <= clock.utcnow() + timedelta(minutes=1)
