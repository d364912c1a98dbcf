"""stic_desktop/demo/after_award.py: the deciding party, opening details, decision-makers, declarations and the
duties after signing laid over the demo procurements, once."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from stic_desktop.core import clock
from stic_desktop.demo import after_award as demo_after_award
from stic_desktop.demo import seed as demo
from stic_desktop.services.procurement import after_award, declarations, procurements
from stic_desktop.services.procurement import overview as procurement_overview
from stic_desktop.services.workspace import organisation


@pytest.mark.sqlite_only  # counts rows with plain sqlite3 on the file
def test_small_demo_fills_the_new_fields_once(db):
    demo.seed_demo(db, "small")
    assert organisation.get_organisation(db).deciding_party == demo_after_award.DECIDING_PARTY
    records = procurements.list_procurements(db)
    signed = next(r for r in records if r.stage == "signed")
    assert signed.signed_on is not None and signed.decision_maker and signed.opening_place
    states = {d.key: d.state for d in after_award.duties(signed)}
    assert "done" in states.values() and set(states.values()) - {"done"}  # some done, some still to do
    closed = next(r for r in records if r.stage == "closed")
    assert all(d.state == "done" for d in after_award.duties(closed))
    opened = [r for r in records if r.contract_group_id is not None and r.stage in ("opening", "evaluation",
                                                                                    "award_decision", "standstill")]
    assert any(all(d.signed for d in declarations.declarations(db, r.id)) and declarations.declarations(db, r.id)
               for r in opened)
    duties = procurement_overview.open_duties(db, clock.today())
    assert {r.key for r in duties} >= {"cancellation_notice_sent_on"} and len(duties) >= 2
    with closing(sqlite3.connect(db.path)) as conn:
        before = conn.execute("SELECT count(*) FROM procurement_declarations").fetchone()[0]
    assert before > 0
    assert demo_after_award.seed_after_award(db, "small") == 0  # idempotent
    with closing(sqlite3.connect(db.path)) as conn:
        assert conn.execute("SELECT count(*) FROM procurement_declarations").fetchone()[0] == before
