"""The ``huge`` demo size (ten times large, for benchmarks): its generators' shape, checked on a scaled-down
variant (the real size takes about a minute and half a gigabyte; it is never seeded in tests)."""

from __future__ import annotations

import random
import sqlite3
from contextlib import closing

import pytest

from stic_desktop.cli import build_parser
from stic_desktop.demo import agreements as demo_agreements
from stic_desktop.demo import meetings as demo_meetings
from stic_desktop.demo import people as demo_people
from stic_desktop.demo import procurements as demo_procurements
from stic_desktop.demo import seed as demo

# past the limits large never reaches: more contract groups than subjects, more suppliers than generated
# two-part names; the rest small enough to seed in seconds
SCALED_DOWN = (
    (demo_people.PEOPLE, 500), (demo_people.CONTRACT_GROUPS, 50), (demo_meetings.MEETINGS, 700),
    (demo_procurements.PROCUREMENTS, 60), (demo_procurements.PROPOSALS, 16), (demo_procurements.WORKSHOPS, 4),
    (demo_agreements.SUPPLIER_COUNT, 300), (demo_agreements.LEGACY, 20), (demo_agreements.EXPIRING, 2),
    (demo_agreements.OVERDUE_PAIRS, 2),
)


def counts(path, *tables: str) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def test_huge_is_ten_times_large() -> None:
    for table in (demo_people.PEOPLE, demo_meetings.MEETINGS, demo_procurements.PROCUREMENTS,
                  demo_agreements.SUPPLIER_COUNT, demo_agreements.LEGACY):
        assert table["huge"] == 10 * table["large"]
    assert build_parser().parse_args(["seed-demo", "--db", "x.sqlite3", "--size", "huge"]).size == "huge"


@pytest.mark.sqlite_only  # counts rows with plain sqlite3 on the file
def test_scaled_down_huge_demo_has_the_shape_of_the_real_one(db, monkeypatch: pytest.MonkeyPatch) -> None:
    for table, value in SCALED_DOWN:
        monkeypatch.setitem(table, "huge", value)
    summary = demo.seed_demo(db, "huge")
    assert summary.people >= 500
    found = counts(db.path, "procurements", "suppliers", "meetings", "sales_reports", "framework_agreements")
    assert found["procurements"] == 60 and found["suppliers"] == 300
    assert 0.8 * 700 <= found["meetings"] <= 1.2 * 700
    assert found["sales_reports"] > 1000 and found["framework_agreements"] > 20
    with closing(sqlite3.connect(db.path)) as conn:
        groups = [name for name, in conn.execute("SELECT name FROM groups WHERE kind = 'contract'")]
        suppliers = [name for name, in conn.execute("SELECT name FROM suppliers")]
        stages = {stage for stage, in conn.execute("SELECT DISTINCT stage FROM procurements")}
        emails = conn.execute("SELECT count(*), count(DISTINCT email) FROM persons").fetchone()
        staffed = conn.execute("SELECT count(DISTINCT group_id) FROM memberships m JOIN groups g ON g.id = m.group_id "
                               "WHERE g.kind = 'contract'").fetchone()[0]
    assert len(groups) == 50 == len(set(groups)) and any(", omgång 2" in name for name in groups)
    assert staffed == 50  # the later rounds are staffed like the first
    assert len(suppliers) == len(set(suppliers)) == 300
    assert {"cancelled", "closed", "signed", "evaluation"} <= stages  # every kind of stage, scaled down
    assert emails[0] == emails[1]
    assert demo.seed_demo(db, "huge").people == summary.people  # idempotent like the others


def test_a_crowded_municipality_gets_three_part_names() -> None:
    """Stockholm in the huge demo has more people than there are first × last names."""
    plan = demo_people._Plan(random.Random(1), 1)
    town = type("Town", (), {"id": 7})()
    plan.names = {(f"{first} {last}", 7) for first in demo_people.FIRST for last in demo_people.LAST}
    name = plan.new_name(town)
    assert (name, 7) not in plan.names and len(name.split()) == 3
