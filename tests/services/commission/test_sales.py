"""services.sales: periods and amounts, manual lines with every check, replace, zero reports, overdue."""

from __future__ import annotations

from datetime import date

import pytest
from sales_fixtures import build, count

from stic_desktop.errors import NotFound, UserError, ValidationError
from stic_desktop.services import audit
from stic_desktop.services.commission import sales
from stic_desktop.services.commission.sales import SalesInput


@pytest.mark.parametrize("text, expected", [
    ("2026-03", (date(2026, 3, 1), "month")), ("2026-3", (date(2026, 3, 1), "month")),
    ("2026-03-01", (date(2026, 3, 1), "month")), ("2026-Q1", (date(2026, 1, 1), "quarter")),
    ("2026-q4", (date(2026, 10, 1), "quarter")), ("2026 kv 2", (date(2026, 4, 1), "quarter")),
    ("2026Q3", (date(2026, 7, 1), "quarter"))])
def test_parse_period(text, expected) -> None:
    assert sales.parse_period(text) == expected


@pytest.mark.parametrize("text", ["", "2026", "2026-13", "2026-00", "2026-Q5", "mars 2026", "03-2026", "2026-03-15"])
def test_bad_periods(text) -> None:
    with pytest.raises(ValueError, match="ÅÅÅÅ-MM"):
        sales.parse_period(text)


def test_period_labels_and_ends() -> None:
    assert sales.period_label(date(2026, 4, 1), "quarter") == "2026 kv 2"
    assert sales.period_label(date(2026, 4, 1), "month") == "2026-04"
    assert sales.period_code(date(2026, 10, 1), "quarter") == "2026-Q4"
    assert sales.period_end(date(2026, 10, 1), "quarter") == date(2026, 12, 31)
    assert sales.period_end(date(2024, 2, 1), "month") == date(2024, 2, 29)
    assert sales.add_months(date(2025, 11, 1), 3) == date(2026, 2, 1)


@pytest.mark.parametrize("text, ore", [("1 234,56", 123456), ("1234.5", 123450), ("0", 0), ("0,01", 1),
                                       ("12 345,67 kr", 1234567), ("1\u00a0000", 100000), ("7,500", 750), (42, 42)])
def test_parse_amount(text, ore) -> None:
    assert sales.parse_amount(text) == ore


@pytest.mark.parametrize("text, fragment", [("", "saknas"), ("-5", "negativt"), ("abc", "inget belopp"),
                                            ("1,234", "två decimaler"), ("1.234,50", "tusentalsavgränsare"),
                                            ("1e400", "två decimaler|inget belopp|orimligt"), ("nan", "inget belopp"),
                                            (-1, "negativt"), (True, "tal")])
def test_bad_amounts(text, fragment) -> None:
    with pytest.raises(ValueError, match=fragment):
        sales.parse_amount(text)


@pytest.fixture
def register(db):
    return build(db)


def test_save_list_edit_and_delete_a_line(db, register) -> None:
    municipality = register.municipalities[register.office_codes[0]]
    line = sales.save_sales(db, SalesInput(register.office, register.office1, municipality, "2024-11", "12 345,67"))
    assert (line.amount_ore, line.rate_bp, line.commission_ore, line.period_label) == (1234567, 200, 24691, "2024-11")
    assert (line.agreement_number, line.supplier_name, line.import_id) == ("STIC-2024-001", "Kontorsvaror i Norden AB",
                                                                           None)
    assert line.as_input().period == "2024-11" and sales.parse_amount(line.as_input().amount) == 1234567
    assert [r.id for r in sales.list_sales(db, agreement_id=register.office)] == [line.id]
    assert sales.list_sales(db, supplier_id=register.cleaner) == []
    assert sales.list_sales(db, year=2025) == []
    changed = sales.save_sales(db, SalesInput(register.office, register.office1, municipality, "2025-01", "100"),
                               sales_id=line.id)
    assert (changed.id, changed.rate_bp, changed.commission_ore) == (line.id, 150, 150)
    assert sales.get_sales(db, line.id).period_label == "2025-01"
    sales.delete_sales(db, line.id)
    assert count(db) == 0
    assert [e.action for e in audit.history(db, sales.ENTITY, line.id)] == ["delete", "update", "create"]
    with pytest.raises(NotFound):
        sales.delete_sales(db, line.id)


def test_quarter_line_and_overlapping_month(db, register) -> None:
    municipality = register.municipalities["0180"]
    quarter = sales.save_sales(db, SalesInput(register.cleaning, register.cleaner, municipality, "2025-Q3", "300"))
    assert quarter.period_kind == "quarter" and quarter.period_label == "2025 kv 3"
    with pytest.raises(ValidationError, match="redan rapporterad"):
        sales.save_sales(db, SalesInput(register.cleaning, register.cleaner, municipality, "2025-08", "100"))
    replaced = sales.save_sales(db, SalesInput(register.cleaning, register.cleaner, municipality, "2025-08", "100"),
                                replace=True)
    assert [r.id for r in sales.list_sales(db)] == [replaced.id]


def test_zero_report_for_the_whole_period(db, register) -> None:
    zero = sales.save_sales(db, SalesInput(register.office, register.office2, None, "2025-02", "0"))
    assert (zero.municipality_id, zero.municipality_name, zero.amount_ore, zero.commission_ore) == (None, "", 0, 0)
    before = count(db)
    with pytest.raises(ValidationError, match="redan rapporterad"):  # the zero report closed the period
        sales.save_sales(db, SalesInput(register.office, register.office2,
                                        register.municipalities[register.office_codes[1]], "2025-02", "10"))
    with pytest.raises(ValidationError, match="redan rapporterad"):  # a second zero report, too
        sales.save_sales(db, SalesInput(register.office, register.office2, None, "2025-02", "0"))
    with pytest.raises(ValidationError) as caught:  # a whole-period line must be zero
        sales.save_sales(db, SalesInput(register.office, register.office2, None, "2025-03", "10"))
    assert "nollrapport" in caught.value.for_field("municipality_id")
    assert count(db) == before


@pytest.mark.parametrize("change, field, fragment", [
    (dict(agreement_id=999), "agreement_id", "avtal"),
    (dict(supplier_id=999), "supplier_id", "leverantör"),
    (dict(supplier_id="outsider"), "supplier_id", "inte part"),
    (dict(municipality_id=99999), "municipality_id", "kommun som finns"),
    (dict(municipality_id="not participating"), "municipality_id", "deltar inte"),
    (dict(period="2023-12"), "period", "före avtalets start 2024-01-01"),
    (dict(period="2027-01"), "period", "efter avtalets slut 2026-12-31"),
    (dict(period="mars"), "period", "ingen period"),
    (dict(amount="-1"), "amount", "negativt"),
    (dict(amount="tusen"), "amount", "inget belopp"),
    (dict(amount="0,001"), "amount", "två decimaler"),
])
def test_every_bad_manual_line_is_refused_and_nothing_saved(db, register, change, field, fragment) -> None:
    values = dict(agreement_id=register.office, supplier_id=register.office1,
                  municipality_id=register.municipalities[register.office_codes[0]], period="2025-05", amount="10")
    if change.get("supplier_id") == "outsider":
        change = dict(supplier_id=register.outsider)
    if change.get("municipality_id") == "not participating":
        change = dict(municipality_id=register.municipalities["0180"])
    values.update(change)
    before = (count(db), count(db, "audit_log"))
    with pytest.raises(ValidationError) as caught:
        sales.save_sales(db, SalesInput(**values))
    assert fragment in (caught.value.for_field(field) or ""), caught.value.message
    assert (count(db), count(db, "audit_log")) == before


def test_period_already_reported_needs_replace(db, register) -> None:
    municipality = register.municipalities[register.office_codes[0]]
    first = sales.save_sales(db, SalesInput(register.office, register.office1, municipality, "2025-05", "10"))
    with pytest.raises(ValidationError, match="Bekräfta"):
        sales.save_sales(db, SalesInput(register.office, register.office1, municipality, "2025-05", "20"))
    # Another supplier on the same agreement reports the same municipality and period independently.
    sales.save_sales(db, SalesInput(register.office, register.office2, municipality, "2025-05", "30"))
    second = sales.save_sales(db, SalesInput(register.office, register.office1, municipality, "2025-05", "20"),
                              replace=True)
    assert {r.amount_ore for r in sales.list_sales(db, supplier_id=register.office1)} == {2000}
    assert [e.action for e in audit.history(db, sales.ENTITY, first.id)] == ["delete", "create"]
    assert second.id != first.id


def test_no_rate_in_force_is_a_user_error(db) -> None:
    register = build(db, rates=False)
    with pytest.raises(UserError, match="provisionsbeslut"):
        sales.save_sales(db, SalesInput(register.office, register.office1,
                                        register.municipalities[register.office_codes[0]], "2025-05", "10"))
    assert count(db) == 0


def test_extension_decision_moves_the_end(db, register) -> None:
    from stic_desktop.models import AgreementExtension

    municipality = register.municipalities[register.office_codes[0]]
    with pytest.raises(ValidationError):
        sales.save_sales(db, SalesInput(register.office, register.office1, municipality, "2027-02", "10"))
    with db.write() as session:
        session.add(AgreementExtension(agreement_id=register.office, decided_on=date(2026, 6, 1), decided_by="Styrgruppen",
                                       new_end_date=date(2027, 12, 31)))
    assert sales.save_sales(db, SalesInput(register.office, register.office1, municipality, "2027-02", "10")).id


def test_overdue_reports(db, register) -> None:
    today = date(2025, 6, 20)
    overdue = sales.overdue_reports(db, today=today)
    office1 = [r.period_label for r in overdue if r.supplier_id == register.office1]
    # 12 months back at most: 2024-06 .. 2025-05 for STIC-2024-001 (due the 15th: May's was due 2025-06-15).
    assert office1 == [f"2024-{m:02d}" for m in range(6, 13)] + [f"2025-{m:02d}" for m in range(1, 6)]
    cleaner = [r for r in overdue if r.supplier_id == register.cleaner]
    # STIC-2025-002 started 2025-04 and is due the 25th: May is not late on 2025-06-20.
    assert [r.period_label for r in cleaner] == ["2025-04"]
    assert (cleaner[0].due_date, cleaner[0].days_late) == (date(2025, 5, 25), 26)
    assert overdue[0].days_late >= overdue[-1].days_late
    # A zero report and a quarter line close months; a line for one municipality closes the month, too.
    sales.save_sales(db, SalesInput(register.cleaning, register.cleaner, None, "2025-04", "0"))
    sales.save_sales(db, SalesInput(register.office, register.office1, register.municipalities["0114"], "2025-Q1", "9"))
    sales.save_sales(db, SalesInput(register.office, register.office1, register.municipalities["0115"], "2024-06", "1"))
    after = sales.overdue_reports(db, today=today)
    assert not [r for r in after if r.supplier_id == register.cleaner]
    labels = [r.period_label for r in after if r.supplier_id == register.office1]
    assert "2025-02" not in labels and "2024-06" not in labels and "2025-04" in labels
    assert sales.overdue_reports(db, today=date(2023, 1, 1)) == []


def _overdue_by_walking(db, today):
    """What ``overdue_reports`` must give, the plain way: every line in Python, month by month."""
    from sqlalchemy import select

    from stic_desktop.models import AgreementSupplier, FrameworkAgreement, SalesReport, Supplier

    window = sales.add_months(date(today.year, today.month, 1), -12)
    with db.read() as session:
        ends = sales.extension_ends(session)
        agreements = session.execute(select(FrameworkAgreement)).scalars().all()
        names = dict(session.execute(select(Supplier.id, Supplier.name)).all())
        pairs = session.execute(select(AgreementSupplier.agreement_id, AgreementSupplier.supplier_id)).all()
        covered = {(a, s, month) for a, s, start, kind in session.execute(select(
            SalesReport.agreement_id, SalesReport.supplier_id, SalesReport.period_start, SalesReport.period_kind))
            for month in sales.period_months(start, kind)}
        expected = []
        for agreement in agreements:
            end = sales.agreement_end(agreement, ends.get(agreement.id))
            if agreement.start_date > today or end < window:
                continue
            month = max(window, agreement.start_date.replace(day=1))
            while month <= end:
                due = sales.add_months(month, 1).replace(day=agreement.report_due_day)
                if due < today:
                    expected.extend((agreement.id, agreement.agreement_number, supplier, names[supplier],
                                     sales.period_label(month, "month"), due, (today - due).days)
                                    for a, supplier in pairs if a == agreement.id
                                    and (agreement.id, supplier, month) not in covered)
                month = sales.add_months(month, 1)
    return sorted(expected, key=lambda r: (-r[6], r[1], r[3], r[4]))


def test_overdue_reports_probe_what_walking_every_line_gives(db, pinned_clock) -> None:
    """The index probes of ``overdue_reports`` find the months a walk over every line finds, on the small demo with
    a month gone missing, a quarter line and a zero report, on days before, inside and after the reported span."""
    from stic_desktop.demo import agreements as demo_agreements
    from stic_desktop.demo import procurements as demo_procurements
    from stic_desktop.demo import seed as demo
    from stic_desktop.services.people import staff

    today = date(2026, 12, 6)
    pinned_clock(today)
    demo.seed_demo(db, "small", meetings=False)
    demo_procurements.seed_procurements(db, "small", today=today)
    assert demo_agreements.seed_agreements(db, "small", today=today)
    staff.set_current_user(db, staff.list_staff(db)[0].id)
    lines = sales.list_sales(db)
    reported = sorted({(r.agreement_id, r.supplier_id) for r in lines if r.period_start == date(2026, 4, 1)}
                      & {(r.agreement_id, r.supplier_id) for r in lines if r.period_start == date(2026, 8, 1)})
    assert len(reported) >= 3
    (gap_a, gap_s), (quarter_a, quarter_s), (zero_a, zero_s) = reported[:3]

    def clear(agreement_id, supplier_id, months):
        for line in lines:
            if (line.agreement_id, line.supplier_id) == (agreement_id, supplier_id) and line.period_start in months:
                sales.delete_sales(db, line.id)

    clear(gap_a, gap_s, {date(2026, 5, 1)})
    clear(quarter_a, quarter_s, {date(2026, 4, 1), date(2026, 5, 1), date(2026, 6, 1)})
    municipality = next(r.municipality_id for r in lines if r.agreement_id == quarter_a and r.municipality_id)
    sales.save_sales(db, SalesInput(quarter_a, quarter_s, municipality, "2026-Q2", "7"))
    clear(zero_a, zero_s, {date(2026, 8, 1)})
    sales.save_sales(db, SalesInput(zero_a, zero_s, None, "2026-08", "0"))
    for day in (today, date(2026, 12, 20), date(2026, 7, 1), date(2027, 3, 16), date(2024, 2, 1)):
        got = [(r.agreement_id, r.agreement_number, r.supplier_id, r.supplier_name, r.period_label, r.due_date,
                r.days_late) for r in sales.overdue_reports(db, today=day)]
        assert sorted(got, key=lambda r: (-r[6], r[1], r[3], r[4])) == _overdue_by_walking(db, day), day
    late = {(r.agreement_id, r.supplier_id, r.period_label) for r in sales.overdue_reports(db, today=today)}
    assert (gap_a, gap_s, "2026-05") in late
    assert not {(quarter_a, quarter_s, f"2026-0{m}") for m in (4, 5, 6)} & late
    assert (zero_a, zero_s, "2026-08") not in late
