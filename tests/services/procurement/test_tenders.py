"""stic_desktop/services/procurement/tenders.py: receipt order, late tenders, qualification, award, secrecy until sent."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from backend_tools import plain
from procurement_fixtures import add_procurement, set_stage

from stic_desktop.core import clock
from stic_desktop.errors import NotFound, ValidationError
from stic_desktop.models import ProcurementStage
from stic_desktop.services.people import staff
from stic_desktop.services.procurement import tenders
from stic_desktop.services.procurement.tenders import STOCKHOLM, TenderInput

DEADLINE = date(2026, 3, 16)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=STOCKHOLM)


@pytest.fixture
def office(db):
    actor = staff.add_staff_member(db, "Anna Lindqvist", "Regionchef", "anna@stic.example.se")
    staff.set_current_user(db, actor.id)
    pid = add_procurement(db, stage="tender_deadline", dates={"advertised": (None, date(2026, 2, 10)),
                                                              "tender_deadline": (date(2026, 3, 20), DEADLINE)})
    return db, pid


def audit_rows(db) -> int:
    with plain(db) as conn:
        return conn.execute("SELECT count(*) FROM audit_log WHERE entity = 'tender'").fetchone()[0]


def send_award(db, pid: int, on: date = date(2026, 4, 1)) -> None:
    with db.write() as session:
        session.add(ProcurementStage(procurement_id=pid, stage="award_decision", planned_on=None, actual_on=on))


def test_tenders_are_listed_in_order_of_receipt_in_stockholm_time(office):
    db, pid = office
    b = tenders.add_tender(db, pid, TenderInput("Beta Omsorg AB", at("2026-03-15T14:00")))
    a = tenders.add_tender(db, pid, TenderInput("Alfa Vård AB", at("2026-03-12T09:30")))
    rows = tenders.tenders(db, pid)
    assert [(r.supplier_name, r.receipt_order) for r in rows] == [("Alfa Vård AB", 1), ("Beta Omsorg AB", 2)]
    assert rows[0].received_at == at("2026-03-12T09:30") and rows[0].received_at.tzinfo is not None
    assert str(rows[0].received_at.tzinfo) == "Europe/Stockholm"
    assert a.receipt_order == 1 and b.receipt_order == 1  # b was first when it was registered
    assert audit_rows(db) == 2


def test_late_is_after_the_deadline_day_ends_in_stockholm(office):
    db, pid = office
    on_time = tenders.add_tender(db, pid, TenderInput("Sista minuten AB", at("2026-03-16T23:59:59")))
    late = tenders.add_tender(db, pid, TenderInput("Sen AB", at("2026-03-17T00:00:00")))
    assert not on_time.late and late.late
    # a late tender is stored flagged, but cannot be qualified
    with pytest.raises(ValidationError) as error:
        tenders.update_tender(db, late.id, replace(late.as_input(), qualified=True))
    assert "efter sista anbudsdag (2026-03-16)" in error.value.for_field("qualified")
    with pytest.raises(ValidationError, match="får inte kvalificeras"):
        tenders.add_tender(db, pid, TenderInput("Ännu senare AB", at("2026-03-18T08:00"), qualified=True))
    assert [t.supplier_name for t in tenders.tenders(db, pid)] == ["Sista minuten AB", "Sen AB"]
    assert tenders.tenders(db, pid)[1].qualified is None


def test_planned_deadline_counts_when_no_actual_date(db):
    pid = add_procurement(db, dates={"tender_deadline": (date(2026, 5, 4), None)})
    assert tenders.add_tender(db, pid, TenderInput("X AB", at("2026-05-05T08:00"))).late
    pid2 = add_procurement(db, case="STIC-2026-002")
    assert not tenders.add_tender(db, pid2, TenderInput("Y AB", at("2026-05-05T08:00"))).late


def test_bad_tender_input_gives_swedish_messages_and_saves_nothing(office):
    db, pid = office
    with pytest.raises(ValidationError) as error:
        tenders.add_tender(db, pid, TenderInput("", None, price_ore=-5, score=float("nan"), ranking=0))
    e = error.value
    assert e.for_field("supplier_name") == "Anbudsgivarens namn måste fyllas i."
    assert e.for_field("received_at") and e.for_field("price_ore") and e.for_field("score") and e.for_field("ranking")
    with pytest.raises(ValidationError) as error:
        tenders.add_tender(db, pid, TenderInput("A AB", datetime(2026, 3, 1, 10, 0)))
    assert "tidszon" in error.value.for_field("received_at")
    with pytest.raises(ValidationError) as error:
        tenders.add_tender(db, pid, TenderInput("A AB", at("2026-03-10T10:00"), qualified=False))
    assert error.value.for_field("qualification_reason") == "Skriv skälet till att anbudet inte är kvalificerat."
    with pytest.raises(ValidationError, match="Bara kvalificerade anbud kan få en placering"):
        tenders.add_tender(db, pid, TenderInput("A AB", at("2026-03-10T10:00"), ranking=1))
    assert tenders.tenders(db, pid) == [] and audit_rows(db) == 0


def test_award_only_qualified_tenders(office):
    db, pid = office
    good = tenders.add_tender(db, pid, TenderInput("Alfa Vård AB", at("2026-03-12T09:30"), qualified=True,
                                                   price_ore=1_000_000_00, score=92.5, ranking=1))
    bad = tenders.add_tender(db, pid, TenderInput("Beta Omsorg AB", at("2026-03-13T09:30"), qualified=False,
                                                  qualification_reason="Saknar F-skattsedel"))
    open_ = tenders.add_tender(db, pid, TenderInput("Gamma AB", at("2026-03-14T09:30")))
    for refused in ([bad.id], [open_.id], [good.id, bad.id]):
        with pytest.raises(ValidationError, match="Bara kvalificerade anbud kan tilldelas"):
            tenders.set_awarded(db, pid, refused)
    assert not any(t.awarded for t in tenders.tenders(db, pid))
    result = tenders.set_awarded(db, pid, [good.id])
    assert [t.awarded for t in result] == [True, False, False]
    with pytest.raises(ValidationError, match="tilldelat"):
        tenders.update_tender(db, good.id, replace(good.as_input(), qualified=False, qualification_reason="x",
                                                   ranking=None))
    other = add_procurement(db, case="STIC-2026-009")
    with pytest.raises(ValidationError, match="hör inte till"):
        tenders.set_awarded(db, other, [good.id])
    assert [t.awarded for t in tenders.set_awarded(db, pid, [])] == [False, False, False]


def test_secret_until_the_award_decision_is_sent_then_frozen(office):
    db, pid = office
    t = tenders.add_tender(db, pid, TenderInput("Alfa Vård AB", at("2026-03-12T09:30"), qualified=True, ranking=1))
    tenders.set_awarded(db, pid, [t.id])
    assert tenders.public_results(db, pid) == []
    with db.read() as session:
        assert tenders.tenders_public(session, pid) is False
    send_award(db, pid)
    with db.read() as session:
        assert tenders.tenders_public(session, pid) is True
    assert [r.supplier_name for r in tenders.public_results(db, pid)] == ["Alfa Vård AB"]
    before = audit_rows(db)
    message = "Tilldelningsbeslutet skickades 2026-04-01; anbuden kan inte ändras efter det."
    with pytest.raises(ValidationError, match=message):
        tenders.add_tender(db, pid, TenderInput("Sent AB", at("2026-03-12T10:00")))
    with pytest.raises(ValidationError, match=message):
        tenders.update_tender(db, t.id, replace(t.as_input(), notes="ändrat"))
    with pytest.raises(ValidationError, match=message):
        tenders.delete_tender(db, t.id)
    with pytest.raises(ValidationError, match=message):
        tenders.set_awarded(db, pid, [])
    assert audit_rows(db) == before and tenders.tenders(db, pid)[0].notes == "" and tenders.tenders(db, pid)[0].awarded


def test_update_delete_and_history(office):
    db, pid = office
    t = tenders.add_tender(db, pid, TenderInput("Alfa Vård AB", at("2026-03-12T09:30")))
    updated = tenders.update_tender(db, t.id, replace(t.as_input(), qualified=True, price_ore=5_00, score=7.0))
    assert (updated.qualified, updated.price_ore, updated.score) == (True, 5_00, 7.0)
    from stic_desktop.services import audit
    history = audit.history(db, tenders.ENTITY, t.id)
    assert [h.action for h in history] == ["update", "create"]
    assert {c.field for c in history[0].changes} == {"qualified", "price_ore", "score"}
    tenders.delete_tender(db, t.id)
    assert tenders.tenders(db, pid) == []
    with pytest.raises(NotFound):
        tenders.delete_tender(db, t.id)
    set_stage(db, pid, "cancelled")
    with pytest.raises(ValidationError, match="avbruten"):
        tenders.add_tender(db, pid, TenderInput("Z AB", at("2026-03-12T09:30")))


def test_received_in_the_future_is_refused(office):
    db, pid = office
    future = clock.utcnow().replace(year=clock.now().year + 1)
    with pytest.raises(ValidationError, match="framtiden"):
        tenders.add_tender(db, pid, TenderInput("Z AB", future))
