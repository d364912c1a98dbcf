"""stic_desktop/ui/procurement/view.py and stages_panel.py: one procurement's window and its stage table."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from stic_desktop.errors import ValidationError
from stic_desktop.models import Municipality, ProcurementParticipant
from stic_desktop.services.procurement import procurements, stages
from stic_desktop.services.procurement.procurements import ProcurementInput
from stic_desktop.services.procurement.records import STAGES
from stic_desktop.ui.procurement import stages_panel
from stic_desktop.ui.procurement.stages_panel import ACTUAL, PLANNED
from stic_desktop.ui.procurement.view import ProcurementView
from stic_desktop.ui.widgets import messages

TABLES = ("procurements", "procurement_stages", "audit_log")


def state(db) -> dict[str, list[tuple]]:
    with closing(sqlite3.connect(db.path)) as conn:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}


@pytest.fixture
def shown(monkeypatch) -> list[str]:
    """Messages the window would show in a dialog."""
    found: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, error: found.append(error.message))
    return found


@pytest.fixture
def procurement(context):
    record = procurements.create_procurement(context.db, ProcurementInput(title="Trygghetslarm Łukasz R&D <b>",
                                                                          case_number="V-2026-1"))
    return stages.set_stage_dates(context.db, record.id, "needs_analysis", None, date(2025, 12, 1))


@pytest.fixture
def view(qtbot, context, procurement):
    window = ProcurementView(context, procurement.id)
    qtbot.addWidget(window)
    return window


def set_cell(view, stage: str, column: int, text: str) -> None:
    view.stages.table.item(STAGES.index(stage), column).setText(text)


def cell(view, stage: str, column: int) -> str:
    return view.stages.table.item(STAGES.index(stage), column).text()


def test_window_has_header_and_seven_tabs(view, procurement):
    tabs = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert tabs == ["Steg och datum", "Deltagare och fullmakter", "Kravspecifikation", "Anbud", "Dokument",
                    "Öppning och uppföljning", "Historik"]
    assert view.title_label.text() == "V-2026-1  Trygghetslarm Łukasz R&D <b>"
    assert view.windowTitle().startswith("V-2026-1")
    assert "Steg: Behovsanalys" in view.stage_label.text()
    assert cell(view, "needs_analysis", ACTUAL) == "2025-12-01" and "(nu)" in view.stages.table.item(0, 0).text()
    assert view.stages.next_button.text() == "Nästa steg: Kravspecifikation"
    assert not view.stages.back_button.isEnabled()


def test_dates_typed_in_the_table_are_saved(view, context, procurement, shown):
    set_cell(view, "requirements", PLANNED, "2026-01-15")
    assert shown == [] and stages.stages(context.db, procurement.id)[1].planned_on == date(2026, 1, 15)
    assert "nästa: Kravspecifikation 2026-01-15" in view.stage_label.text()
    view.tabs.setCurrentWidget(view.history)  # read again when shown
    history = view.history.tree.topLevelItem(0)
    assert history.child(0).text(2) == "Kravspecifikation, planerat datum" and history.child(0).text(4) == "2026-01-15"


def test_bad_dates_are_refused_and_put_back(view, context, procurement, shown):
    set_cell(view, "advertised", PLANNED, "2026-03-02")
    before = state(context.db)
    set_cell(view, "requirements", PLANNED, "2026-04-01")  # after Annonserad
    assert "kan inte vara före" in shown[-1] and cell(view, "requirements", PLANNED) == ""
    set_cell(view, "requirements", PLANNED, "första april")
    assert "inget giltigt datum" in shown[-1] and cell(view, "requirements", PLANNED) == ""
    assert state(context.db) == before
    item = view.stages.table.item(STAGES.index("opening"), ACTUAL)
    assert not item.flags() & stages_panel.Qt.ItemFlag.ItemIsEditable  # not reached: plan only


def test_short_tender_period_asks_for_the_reason(view, context, procurement, shown, monkeypatch, pinned_clock):
    pinned_clock(date(2026, 2, 1))  # before the planned advertising day, so the period counts from it
    set_cell(view, "advertised", PLANNED, "2026-03-02")
    before = state(context.db)
    asked = []
    monkeypatch.setattr(stages_panel, "ask_reason", lambda parent, title, label, text="": asked.append(label) or None)
    set_cell(view, "tender_deadline", PLANNED, "2026-03-20")
    assert "minst 30 dagar" in asked[0] and state(context.db) == before and cell(view, "tender_deadline", PLANNED) == ""
    monkeypatch.setattr(stages_panel, "ask_reason", lambda *args, **kwargs: "Akut behov efter avbrott")
    set_cell(view, "tender_deadline", PLANNED, "2026-03-20")
    saved = procurements.get_procurement(context.db, procurement.id)
    assert saved.tender_period_reason == "Akut behov efter avbrott" and shown == []
    # the reason allows the urgent minimum (LOU 11 kap. 10 §), which is what the label now cites
    assert "Anbudstid: 18 dagar (minst 15 dagar, LOU 11 kap. 10 §)" in view.stages.period_label.text()
    assert "Akut behov" in view.stages.period_label.text()


def test_next_step_needs_every_power_of_attorney(view, context, procurement, shown):
    with context.db.write() as session:
        for name in ("Vallentuna", "Danderyd"):
            mid = session.scalar(select(Municipality.id).where(Municipality.name == name))
            session.add(ProcurementParticipant(procurement_id=procurement.id, municipality_id=mid))
    view.stages.next_button.click()
    assert "Kravspecifikation" in view.stage_label.text()
    before = state(context.db)
    view.stages.next_button.click()
    assert shown and "Fullmakt saknas för: Danderyd, Vallentuna." in shown[-1]
    assert state(context.db) == before and "Kravspecifikation" in view.stage_label.text()


def test_back_needs_a_reason_and_cancel_ends_it(view, context, procurement, shown, monkeypatch):
    view.stages.next_button.click()
    view.stages.next_button.click()  # no participants: advertising is allowed
    assert procurements.get_procurement(context.db, procurement.id).stage == "advertised"
    before = state(context.db)
    offered = []
    monkeypatch.setattr(stages_panel, "ask_move_back", lambda parent, choices: offered.append(choices)
                        or ("requirements", "  "))
    view.stages.back_button.click()
    assert [code for code, _ in offered[0]] == ["needs_analysis", "requirements"]
    assert "Ange varför" in shown[-1] and state(context.db) == before
    monkeypatch.setattr(stages_panel, "ask_move_back", lambda parent, choices: ("requirements", "Ny kravbild"))
    view.stages.back_button.click()
    assert "Steg: Kravspecifikation" in view.stage_label.text() and cell(view, "advertised", ACTUAL) == ""
    monkeypatch.setattr(stages_panel, "ask_reason", lambda *args, **kwargs: "Budgeten drogs in")
    view.stages.cancel_button.click()
    assert "Steg: Avbruten – Budgeten drogs in" in view.stage_label.text()
    assert not view.stages.next_button.isEnabled() and not view.stages.cancel_button.isEnabled()
    assert not view.edit_button.isEnabled()


def test_standstill_shown_and_signing_refused_before_it_ends(view, context, procurement, shown):
    db = context.db
    day = date(2026, 1, 5)
    while procurements.get_procurement(db, procurement.id).stage != "evaluation":
        stages.advance_stage(db, procurement.id, on=day)
        day += timedelta(days=35)  # 31 put the tender deadline on a Sunday after a Saturday day 30 (1182/71)
    sent = date(2026, 6, 12)  # a Friday; day 10 is Monday 22 June, a working day
    stages.advance_stage(db, procurement.id, on=sent)
    stages.advance_stage(db, procurement.id, on=sent)
    view.stages.changed.emit()
    view.stages.reload()
    assert "avtal får tecknas tidigast 2026-06-23" in view.stage_label.text()
    assert "Avtal får tecknas tidigast 2026-06-23" in view.stages.standstill_label.text()
    set_cell(view, "signed", PLANNED, "2026-06-20")  # a plan is fine
    assert shown == [] and cell(view, "signed", PLANNED) == "2026-06-20"
    before = state(db)
    with pytest.raises(ValidationError, match="tidigast 2026-06-23"):
        stages.advance_stage(db, procurement.id, on=date(2026, 6, 22))
    assert state(db) == before


def test_opening_attesters_are_asked_and_shown(view, context, procurement, shown, monkeypatch):
    monkeypatch.setattr(stages_panel, "ask_reason", lambda *args, **kwargs: "Anna Lindqvist")
    view.stages.attesters_button.click()
    assert "minst två" in shown[-1]
    monkeypatch.setattr(stages_panel, "ask_reason", lambda *args, **kwargs: "Anna Lindqvist\nИван Петров")
    view.stages.attesters_button.click()
    assert "Anna Lindqvist, Иван Петров" in view.stages.attesters_label.text()


def test_a_panel_change_refreshes_the_header_and_marks_the_others(view, context, procurement):
    participants = view.panels["participants"]
    with context.db.write() as session:
        mid = session.scalar(select(Municipality.id).where(Municipality.name == "Nacka"))
        session.add(ProcurementParticipant(procurement_id=procurement.id, municipality_id=mid))
    stages.set_stage_dates(context.db, procurement.id, "requirements", date(2026, 2, 2), None)
    participants.changed.emit()
    assert "nästa: Kravspecifikation 2026-02-02" in view.stage_label.text()
    assert view.panels["history"] in view._stale
    view.tabs.setCurrentWidget(view.panels["history"])
    assert view.panels["history"] not in view._stale
    assert view.history.tree.topLevelItemCount() >= 2


def test_tender_period_counted_from_the_later_of_today_and_the_plan(view, context, procurement, pinned_clock):
    """Issue 15: a planned advertising day that has passed without advertising no longer gives a green period
    from the past; the label says which day it counts from."""
    pinned_clock(date(2026, 2, 1))
    set_cell(view, "advertised", PLANNED, "2026-03-02")
    set_cell(view, "tender_deadline", PLANNED, "2026-04-15")
    text = view.stages.period_label.text()
    assert "Anbudstid: 44 dagar" in text and "Räknat från det planerade annonsdatumet 2026-03-02." in text
    pinned_clock(date(2026, 3, 20))
    view.stages.reload()
    text = view.stages.period_label.text()
    assert "44 dagar" not in text and "minst 30 dagar" in text
    assert "Räknat från i dag: det planerade annonsdatumet 2026-03-02 har passerat utan annonsering." in text


def test_next_step_refused_for_a_reason_opens_the_field(view, context, procurement, shown, monkeypatch, pinned_clock):
    """Issue 15: "Nästa steg: Annonserad" refused with "ange skälet" asks for the reason and takes the step."""
    pinned_clock(date(2026, 2, 1))
    set_cell(view, "advertised", PLANNED, "2026-03-02")
    set_cell(view, "tender_deadline", PLANNED, "2026-04-08")
    view.stages.next_button.click()  # to Kravspecifikation
    pinned_clock(date(2026, 3, 20))  # advertised late: only 19 days are left
    asked = []
    monkeypatch.setattr(stages_panel, "ask_reason", lambda parent, title, text, value="": asked.append(text) or "")
    view.stages.next_button.click()
    assert asked and "minst 30 dagar" in asked[0] and "Skriv skälet" in asked[0]
    assert procurements.get_procurement(context.db, procurement.id).stage == "requirements"
    monkeypatch.setattr(stages_panel, "ask_reason", lambda *args, **kwargs: "Avtalet löper ut; akut behov")
    view.stages.next_button.click()
    record = procurements.get_procurement(context.db, procurement.id)
    assert shown == [] and record.stage == "advertised"
    assert record.tender_period_reason == "Avtalet löper ut; akut behov"
    assert shown == []


def test_moving_a_planned_date_offers_to_shift_the_following(view, context, procurement, monkeypatch, shown):
    for stage, day in (("advertised", "2026-03-02"), ("tender_deadline", "2026-04-06"), ("opening", "2026-04-07"),
                       ("evaluation", "2026-04-20")):
        set_cell(view, stage, PLANNED, day)
    asked = []
    monkeypatch.setattr(stages_panel, "ask_shift", lambda parent, text: asked.append(text) or True)
    set_cell(view, "tender_deadline", PLANNED, "2026-04-13")
    assert "Sista anbudsdag flyttades 7 dagar framåt." in asked[0] and "Anbudsöppning, Utvärdering" in asked[0]
    assert [cell(view, s, PLANNED) for s in ("advertised", "tender_deadline", "opening", "evaluation")] == [
        "2026-03-02", "2026-04-13", "2026-04-14", "2026-04-27"]
    monkeypatch.setattr(stages_panel, "ask_shift", lambda parent, text: False)
    set_cell(view, "opening", PLANNED, "2026-04-16")
    assert cell(view, "evaluation", PLANNED) == "2026-04-27" and shown == []
