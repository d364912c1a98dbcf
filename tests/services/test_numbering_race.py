"""Two people create at once (issue 14): two processes on one database (a file, or the team database on a server), each creating many
procurements (case numbers STIC-YYYY-NNN), numbering minutes (§ per group and year) and creating agreements whose numbers collide on
purpose. No number is given twice and neither process crashes: a writer that loses a race (a unique-constraint or
busy error) runs its action again, and a number typed twice is refused with the usual message."""

from __future__ import annotations

import multiprocessing
from collections import Counter
from datetime import date, datetime
from pathlib import Path

from backend_tools import location_of, plain

from stic_desktop.errors import ValidationError

ROUNDS = 15
STOCKHOLM_OFFSET = "+01:00"


def _worker(path: str, name: str, group_id: int, results) -> None:
    """One person's session: procurements, a meeting with numbered items, and agreements RACE-NNN."""
    from stic_desktop.services.agreements import agreements
    from stic_desktop.services.agreements.agreements import AgreementInput
    from stic_desktop.services.meetings import agenda, meetings
    from stic_desktop.services.meetings.agenda import AgendaItemInput
    from stic_desktop.services.meetings.meetings import MeetingInput
    from stic_desktop.services.procurement import procurements
    from stic_desktop.services.procurement.records import ProcurementInput
    from stic_desktop.services.workspace.database import open_database

    db = open_database(path if path.startswith("postgresql") else Path(path))
    outcome = {"procurements": 0, "refused_agreements": 0, "errors": []}
    try:
        for n in range(ROUNDS):
            try:
                procurements.create_procurement(db, ProcurementInput(title=f"{name} {n}"))
                outcome["procurements"] += 1
                start = datetime.fromisoformat(f"2026-03-{n + 1:02d}T{9 + (name == 'B'):02d}:00{STOCKHOLM_OFFSET}")
                meeting = meetings.create_meeting(db, MeetingInput(group_id, f"{name} {n}", start,
                                                                   start.replace(hour=start.hour + 1)))
                for item in range(2):
                    agenda.add_item(db, meeting.id, AgendaItemInput(f"Punkt {item}"))
                meetings.mark_held(db, meeting.id)  # gives the items their § numbers
                try:
                    agreements.save_agreement(db, AgreementInput(
                        agreement_number=f"RACE-{n:03d}", title=f"{name} {n}", start_date=date(2026, 1, 1),
                        initial_end_date=date(2027, 12, 31)))
                except ValidationError as refused:
                    assert "används redan" in refused.message, refused.message
                    outcome["refused_agreements"] += 1
            except Exception as exc:  # noqa: BLE001 - reported to the test, which fails with it
                outcome["errors"].append(f"{type(exc).__name__}: {exc}")
    finally:
        db.close()
        results.put((name, outcome))


def test_two_processes_creating_at_once_never_share_a_number(demo_db) -> None:
    from sqlalchemy import select

    from stic_desktop.models import Group

    with demo_db.read() as session:
        group_id = session.scalar(select(Group.id).where(Group.kind == "working"))
    path = str(location_of(demo_db))
    demo_db.close()
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    workers = [context.Process(target=_worker, args=(path, name, group_id, results)) for name in ("A", "B")]
    for worker in workers:
        worker.start()
    outcomes = dict(results.get(timeout=600) for _ in workers)
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0
    assert outcomes["A"]["errors"] == [] and outcomes["B"]["errors"] == []
    assert outcomes["A"]["procurements"] == outcomes["B"]["procurements"] == ROUNDS
    assert outcomes["A"]["refused_agreements"] + outcomes["B"]["refused_agreements"] == ROUNDS

    with plain(path) as conn:
        cases = [row[0] for row in conn.execute("SELECT case_number FROM procurements WHERE case_number LIKE 'STIC-2026-%'")]
        assert len(cases) >= 2 * ROUNDS and not [c for c, n in Counter(cases).items() if n > 1]
        paragraphs = conn.execute(
            "SELECT a.paragraph FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id "
            "WHERE m.group_id = ? AND (m.title LIKE 'A %' OR m.title LIKE 'B %')", (group_id,)).fetchall()
        numbers = [p for (p,) in paragraphs]
        assert len(numbers) == 2 * ROUNDS * 2 and None not in numbers
        assert len(set(numbers)) == len(numbers)  # § per group and year: never twice
        assert conn.execute("SELECT count(*), count(DISTINCT agreement_number) FROM framework_agreements "
                            "WHERE agreement_number LIKE 'RACE-%'").fetchone() == (ROUNDS, ROUNDS)
        if not path.startswith("postgresql"):
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_writer_that_loses_the_race_for_a_case_number_takes_the_next(demo_db, monkeypatch) -> None:
    """What PostgreSQL (read committed) can do: the number worked out is taken by the time the row is written.
    The unique constraint refuses it, and the action runs again in a new transaction with the next number."""
    from stic_desktop.services.procurement import procurements
    from stic_desktop.services.procurement.records import ProcurementInput

    first = procurements.create_procurement(demo_db, ProcurementInput(title="Först"))
    real = procurements.next_case_number
    calls: list[str] = []

    def stale_once(session, year):
        calls.append("call")
        return first.case_number if len(calls) == 1 else real(session, year)

    monkeypatch.setattr(procurements, "next_case_number", stale_once)
    second = procurements.create_procurement(demo_db, ProcurementInput(title="Sedan"))
    assert len(calls) == 2 and second.case_number != first.case_number
    with plain(demo_db) as conn:
        assert conn.execute("SELECT count(*) FROM procurements WHERE title = 'Sedan'").fetchone() == (1,)
