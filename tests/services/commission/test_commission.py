"""services.commission: rate decisions (default and per agreement), the rate in force, totals."""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal

import pytest
from sales_fixtures import build, count

from stic_desktop.core import clock
from stic_desktop.errors import NotFound, UserError, ValidationError
from stic_desktop.services import audit
from stic_desktop.services.commission import commission, sales
from stic_desktop.services.commission.commission import RateInput


@pytest.mark.parametrize("text, bp", [("1,5", 150), ("1.50", 150), ("2", 200), ("2 %", 200), ("0", 0),
                                      ("100", 10000), ("0,01", 1), (Decimal("1.25"), 125), (" 1,25 % ", 125)])
def test_parse_rate(text, bp) -> None:
    assert commission.parse_rate(text) == bp


@pytest.mark.parametrize("text, fragment", [("", "procent"), ("abc", "procent"), ("1,255", "två decimaler"),
                                            ("100,01", "högst 100"), ("-1", "procent"), ("1,2,3", "procent")])
def test_bad_rates_are_refused_in_swedish(db, text, fragment) -> None:
    with pytest.raises(ValueError, match=fragment):
        commission.parse_rate(text)
    before = count(db, "commission_rate_decisions")
    with pytest.raises(ValidationError) as caught:
        commission.save_rate(db, RateInput(text, date(2025, 1, 1), date(2024, 12, 1)))
    assert caught.value.for_field("rate_percent")
    assert count(db, "commission_rate_decisions") == before


def test_rate_text_and_record(db) -> None:
    record = commission.save_rate(db, RateInput("1,5", date(2025, 1, 1), date(2024, 12, 1), note="Budget 2025"))
    assert (record.rate_bp, record.rate_text, record.agreement_number, record.note) == (150, "1,50 %", "", "Budget 2025")
    assert record.as_input().rate_percent == "1,50"
    assert [e.action for e in audit.history(db, commission.ENTITY, record.id)] == ["create"]


def test_missing_dates_are_field_errors(db) -> None:
    with pytest.raises(ValidationError) as caught:
        commission.save_rate(db, RateInput("1,5"))
    assert caught.value.for_field("valid_from") and caught.value.for_field("decided_on")


def test_same_valid_from_twice_is_refused_per_agreement_or_default(db) -> None:
    register = build(db)
    before = count(db, "commission_rate_decisions")
    with pytest.raises(ValidationError) as caught:
        commission.save_rate(db, RateInput("3", date(2025, 1, 1), date(2025, 1, 1)))
    assert "2025-01-01" in caught.value.for_field("valid_from") and "grundsatsen" in caught.value.message
    with pytest.raises(ValidationError) as caught:
        commission.save_rate(db, RateInput("3", date(2025, 4, 1), date(2025, 1, 1), agreement_id=register.cleaning))
    assert "avtalet" in caught.value.for_field("valid_from")
    assert count(db, "commission_rate_decisions") == before
    # The same date for another agreement is a different decision.
    commission.save_rate(db, RateInput("3", date(2025, 4, 1), date(2025, 1, 1), agreement_id=register.office))
    # Editing a decision keeps its own date.
    own = commission.list_rates(db, agreement_id=register.office)[0]
    assert commission.save_rate(db, RateInput("3,5", date(2025, 4, 1), date(2025, 1, 1), agreement_id=register.office),
                                own.id).rate_bp == 350


def test_rate_in_force_prefers_the_agreements_own_decision(db) -> None:
    register = build(db)
    assert commission.rate_for(db, register.office, date(2024, 12, 31)).rate_bp == 200
    assert commission.rate_for(db, register.office, date(2025, 1, 1)).rate_bp == 150
    assert commission.rate_for(db, register.cleaning, date(2025, 3, 31)).rate_bp == 150
    assert commission.rate_for(db, register.cleaning, date(2025, 4, 1)).rate_bp == 125
    assert commission.rate_for(db, None, date(2026, 1, 1)).rate_bp == 150
    with pytest.raises(UserError, match="2018-06-01"):
        commission.rate_for(db, register.office, date(2018, 6, 1))
    with db.read() as session:
        assert commission.rate_for_in(session, register.cleaning, date(2026, 1, 1)) == 125
        table = commission.RateTable(session)
        for day in (date(2019, 1, 1), date(2024, 12, 31), date(2025, 1, 1), date(2025, 4, 1), date(2030, 1, 1)):
            for agreement in (register.office, register.cleaning):
                assert table.rate(agreement, day) == commission.rate_for_in(session, agreement, day)
        assert table.lookup(register.office, date(2018, 12, 31)) is None


def test_list_rates_filters(db) -> None:
    register = build(db)
    assert len(commission.list_rates(db)) == 3
    assert [r.rate_bp for r in commission.list_rates(db, agreement_id=None)] == [150, 200]  # newest first
    [own] = commission.list_rates(db, agreement_id=register.cleaning)
    assert own.agreement_number == "STIC-2025-002" and own.rate_text == "1,25 %"


def test_decision_linked_to_a_steering_group_meetings_paragraph(db) -> None:
    from stic_desktop.models import AgendaItem, Group, Meeting

    with db.write() as session:
        group = Group(name="Styrgruppen", kind="steering")
        session.add(group)
        session.flush()
        meeting = Meeting(group_id=group.id, title="Styrgruppsmöte 3/2024", uid="m1",
                          starts_at=datetime(2024, 11, 20, 9, tzinfo=timezone.utc),
                          ends_at=datetime(2024, 11, 20, 11, tzinfo=timezone.utc), status="adjusted")
        other = Meeting(title="Annat möte", uid="m2", starts_at=datetime(2024, 11, 21, 9, tzinfo=timezone.utc),
                        ends_at=datetime(2024, 11, 21, 11, tzinfo=timezone.utc))
        session.add_all([meeting, other])
        session.flush()
        item = AgendaItem(meeting_id=meeting.id, position=0, title="Provisionssats 2025", kind="decision", paragraph=7)
        info = AgendaItem(meeting_id=meeting.id, position=1, title="Information", kind="information")
        foreign = AgendaItem(meeting_id=other.id, position=0, title="Annat beslut", kind="decision")
        session.add_all([item, info, foreign])
        session.flush()
        ids = meeting.id, item.id, foreign.id
    meeting_id, item_id, foreign_id = ids
    items = commission.decision_items(db)
    assert [(d.title, d.paragraph, d.steering) for d in items] == [("Provisionssats 2025", 7, True),
                                                                   ("Annat beslut", None, False)]
    assert items[0].meeting_day == date(2024, 11, 20)
    record = commission.save_rate(db, RateInput("1,5", date(2025, 1, 1), date(2024, 11, 20), agenda_item_id=item_id))
    assert (record.meeting_id, record.meeting_title, record.paragraph) == (meeting_id, "Styrgruppsmöte 3/2024", 7)
    with pytest.raises(ValidationError, match="hör inte till"):
        commission.save_rate(db, RateInput("2", date(2026, 1, 1), date(2025, 11, 20), meeting_id=meeting_id,
                                           agenda_item_id=foreign_id))
    with pytest.raises(ValidationError, match="ingen dagordningspunkt"):
        commission.save_rate(db, RateInput("2", date(2026, 1, 1), date(2025, 11, 20), agenda_item_id=9999))
    assert count(db, "commission_rate_decisions") == 1


def test_decision_used_by_report_lines_cannot_be_deleted_or_changed(db) -> None:
    register = build(db)
    line = sales.save_sales(db, sales.SalesInput(register.office, register.office1,
                                                 register.municipalities[register.office_codes[0]], "2025-02", "100"))
    assert line.rate_bp == 150
    default_2025 = next(r for r in commission.list_rates(db, agreement_id=None) if r.rate_bp == 150)
    before = count(db, "commission_rate_decisions")
    with pytest.raises(ValidationError, match="1 rapportrader"):
        commission.delete_rate(db, default_2025.id)
    with pytest.raises(ValidationError, match="kan inte ändras"):
        commission.save_rate(db, RateInput("1,75", date(2025, 1, 1), date(2024, 12, 9)), default_2025.id)
    assert count(db, "commission_rate_decisions") == before
    # The note may still be corrected, and unused decisions go.
    commission.save_rate(db, RateInput("1,50", date(2025, 1, 1), date(2024, 12, 9), note="Rättad"), default_2025.id)
    own = commission.list_rates(db, agreement_id=register.cleaning)[0]
    commission.delete_rate(db, own.id)
    assert count(db, "commission_rate_decisions") == before - 1
    assert [e.action for e in audit.history(db, commission.ENTITY, own.id)] == ["delete", "create"]
    with pytest.raises(NotFound):
        commission.delete_rate(db, own.id)


def test_default_decision_is_free_when_every_line_used_an_agreement_rate(db) -> None:
    register = build(db)
    sales.save_sales(db, sales.SalesInput(register.cleaning, register.cleaner,
                                          register.municipalities["0180"], "2025-05", "100"))
    default_2025 = next(r for r in commission.list_rates(db, agreement_id=None) if r.rate_bp == 150)
    commission.delete_rate(db, default_2025.id)  # the line was charged at the agreement's own 1,25 %


def _line(session, register, municipality, start, amount, rate):
    from stic_desktop.models import SalesReport

    session.add(SalesReport(agreement_id=register.office, supplier_id=register.office1, municipality_id=municipality,
                            period_start=start, period_kind="month", amount_ore=amount, rate_bp=rate,
                            commission_ore=commission.commission_ore(amount, rate),
                            reported_at=clock.utcnow()))


def test_totals_group_by_every_key_and_year(db) -> None:
    register = build(db)
    first, second = (register.municipalities[c] for c in register.office_codes[:2])
    with db.write() as session:
        _line(session, register, first, date(2024, 12, 1), 10_001, 200)  # 200,02 → 2,0002 kr → 200 öre
        _line(session, register, first, date(2025, 1, 1), 333, 150)  # 4,995 → 5
        _line(session, register, second, date(2025, 1, 1), 333, 150)
        _line(session, register, None, date(2025, 3, 1), 0, 150)  # a zero report
    rows = commission.totals(db, group_by="month")
    assert [(r.key, r.amount_ore, r.commission_ore, r.lines) for r in rows] == [
        ("2024-12", 10_001, 200, 1), ("2025-01", 666, 10, 2), ("2025-03", 0, 0, 1)]
    [agreement] = commission.totals(db, year=2025, group_by="agreement")
    assert (agreement.key, agreement.label, agreement.commission_ore, agreement.lines) == (
        register.office, "STIC-2024-001 Kontorsmaterial", 10, 3)
    by_municipality = commission.totals(db, year=2025, group_by="municipality")
    assert [(r.key, r.commission_ore) for r in by_municipality] == [(first, 5), (second, 5), (None, 0)]
    assert by_municipality[-1].label == commission.NO_MUNICIPALITY
    [supplier] = commission.totals(db, group_by="supplier")
    assert supplier.label == "Kontorsvaror i Norden AB" and supplier.commission_ore == 210
    assert commission.totals(db, year=2023, group_by="supplier") == []
    assert commission.monthly_commission(db, 2025) == [10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
    assert commission.monthly_commission(db, 2024)[11] == 200
    with pytest.raises(ValueError):
        commission.totals(db, group_by="colour")
