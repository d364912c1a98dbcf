"""stic_desktop/services/commission/reports.py: the invoicing basis and the year's report, exact to the öre."""

from __future__ import annotations

from datetime import date

import pytest
from backend_tools import plain
from sales_fixtures import build

from stic_desktop.errors import NotFound, ValidationError
from stic_desktop.services.commission import budget, sales
from stic_desktop.services.commission import reports as commission_reports
from stic_desktop.services.commission.budget import BudgetInput
from stic_desktop.services.commission.commission import commission_ore
from stic_desktop.services.commission.sales import SalesInput


@pytest.fixture
def reported(db):
    register = build(db)
    codes = register.office_codes
    amounts = ("0,01", "0,05", "12 345,67", "99,99", "0,33", "1 000 000", "3,35")
    for month in range(1, 4):
        for index, code in enumerate(codes):
            amount = amounts[(index + month) % len(amounts)]
            sales.save_sales(db, SalesInput(register.office, register.office1, register.municipalities[code],
                                            f"2025-{month:02d}", amount))
    sales.save_sales(db, SalesInput(register.office, register.office2, None, "2025-01", "0"))  # a zero report
    for code in ("0180", "0184"):
        sales.save_sales(db, SalesInput(register.cleaning, register.cleaner, register.municipalities[code], "2025-04",
                                        "4 567,89"))
    sales.save_sales(db, SalesInput(register.cleaning, register.cleaner, register.municipalities["0180"], "2025-Q3",
                                    "777,77"))
    return register


def raw(db, sql: str, *args) -> tuple:
    with plain(db) as conn:
        return conn.execute(sql, args).fetchone()


def test_period_range_and_text() -> None:
    assert commission_reports.period_range(2024, 2) == (date(2024, 2, 1), date(2024, 2, 29))
    assert commission_reports.period_range(2025, 12) == (date(2025, 12, 1), date(2025, 12, 31))
    assert commission_reports.period_range(2025) == (date(2025, 1, 1), date(2025, 12, 31))
    assert commission_reports.period_text(2026, 3) == "mars 2026" and commission_reports.period_text(2026) == "helåret 2026"
    with pytest.raises(ValidationError, match="Månaden ska vara ett tal från 1 till 12"):
        commission_reports.period_range(2025, 13)
    with pytest.raises(ValidationError, match="mellan 2000 och 2100"):
        commission_reports.period_range(1899)


def test_invoicing_basis_for_a_month(db, reported) -> None:
    basis = commission_reports.invoicing_basis(db, reported.office1, 2025, 2)
    assert (basis.supplier_name, basis.org_number, basis.period_text) == (
        "Kontorsvaror i Norden AB", reported.orgs[reported.office1], "februari 2025")
    assert [g.agreement_number for g in basis.groups] == ["STIC-2024-001"]
    lines = basis.groups[0].lines
    assert len(lines) == 5 and {line.period_label for line in lines} == {"2025-02"}
    assert [line.municipality_code for line in lines] == sorted(reported.office_codes)
    for line in lines:
        assert line.commission_ore == commission_ore(line.amount_ore, line.rate_bp) and line.rate_text == "1,50 %"
    assert basis.commission_ore == sum(line.commission_ore for line in lines) == basis.groups[0].commission_ore
    assert (basis.amount_ore, basis.commission_ore) == raw(
        db, "SELECT sum(amount_ore), sum(commission_ore) FROM sales_reports WHERE supplier_id = ? AND "
            "period_start = '2025-02-01'", reported.office1)


def test_invoicing_basis_for_a_year_with_zero_and_quarter_reports(db, reported) -> None:
    zero = commission_reports.invoicing_basis(db, reported.office2, 2025)
    assert [(line.municipality_name, line.amount_ore, line.commission_ore) for g in zero.groups for line in g.lines] \
        == [("Nollrapport (hela perioden)", 0, 0)]
    cleaning = commission_reports.invoicing_basis(db, reported.cleaner, 2025)
    assert cleaning.groups[0].agreement_title == "Städtjänster <&> för kommuner"
    assert [line.period_label for line in cleaning.groups[0].lines] == ["2025-04", "2025-04", "2025 kv 3"]
    assert {line.rate_bp for line in cleaning.groups[0].lines} == {125}
    assert cleaning.commission_ore == 2 * commission_ore(456789, 125) + commission_ore(77777, 125)
    assert cleaning.line_count == 3
    assert commission_reports.invoicing_basis(db, reported.cleaner, 2024).groups == ()
    assert commission_reports.invoicing_basis(db, reported.outsider, 2025, 1).commission_ore == 0
    with pytest.raises(NotFound):
        commission_reports.invoicing_basis(db, 9999, 2025)


def test_commission_report_agrees_with_plain_sql(db, reported) -> None:
    budget.save_budget_line(db, BudgetInput(2025, "income", "Provision", "100", "", "commission"))
    report = commission_reports.commission_report(db, 2025)
    total = raw(db, "SELECT sum(amount_ore), sum(commission_ore), count(*) FROM sales_reports "
                    "WHERE period_start BETWEEN '2025-01-01' AND '2025-12-31'")
    assert (report.amount_ore, report.commission_ore, report.lines) == total
    assert sum(report.monthly) == report.commission_ore
    assert sum(r.commission_ore for r in report.by_supplier) == sum(r.commission_ore for r in report.by_municipality) \
        == report.commission_ore
    assert report.previous_commission_ore == 0 and report.previous_monthly == (0,) * 12
    assert report.budget.income_outcome_ore == report.commission_ore
    assert [r.rate_text for r in report.rates if r.agreement_id is None] == ["1,50 %", "2,00 %"]
