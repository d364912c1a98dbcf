"""stic_desktop/demo/seed.py: believable demo data, idempotent."""

from __future__ import annotations

import pytest
from backend_tools import plain

from stic_desktop.demo import seed as demo
from stic_desktop.errors import UserError
from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.people import staff


def table_counts(db) -> dict[str, int]:
    with plain(db) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("municipalities", "persons", "audit_log")}


def test_seed_demo_small_is_idempotent(db):
    first = demo.seed_demo(db, "small")
    assert (first.municipalities, first.staff) == (26, 3)
    assert first.summary().startswith("Demodata: 26 kommuner, 3 STIC-medarbetare, ")
    assert f"{first.meetings} möten" in first.summary() and first.meetings > 0
    counts = table_counts(db)
    listed = municipalities.list_municipalities(db)
    second = demo.seed_demo(db, "small")
    assert (second.municipalities, second.staff) == (26, 3)
    assert table_counts(db) == counts  # not even an audit row the second time
    assert municipalities.list_municipalities(db) == listed
    assert [m.name for m in staff.list_staff(db)] == ["Anna Lindqvist", "Erik Johansson", "Sara Nilsson"]


def test_demo_statuses_and_dates(db):
    demo.seed_demo(db)
    by_code = {m.municipality_code: m for m in municipalities.list_municipalities(db)}
    assert {c for c, m in by_code.items() if m.status == "interested"} == {"0140", "0187"}
    assert all(m.joined_on is not None for m in by_code.values() if m.status == "member")


def test_demo_fixture_has_a_current_user(demo_db):
    assert demo_db.actor_id == staff.list_staff(demo_db)[0].id


@pytest.mark.parametrize("size", ["medium", "", "SMALL"])
def test_unknown_size_refused_and_nothing_seeded(db, size):
    with pytest.raises(UserError, match=f"Okänd storlek ”{size}”"):
        demo.seed_demo(db, size)
    assert table_counts(db) == {"municipalities": 0, "persons": 0, "audit_log": 0}
