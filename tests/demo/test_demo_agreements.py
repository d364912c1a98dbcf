"""stic_desktop/demo/agreements.py: demo suppliers, agreements, rates, sales and budget."""

from __future__ import annotations

from datetime import date

import pytest
from backend_tools import plain

from stic_desktop.demo import agreements as demo_agreements
from stic_desktop.demo import procurements as demo_procurements
from stic_desktop.demo import seed as demo
from stic_desktop.models import AgreementExtension, FrameworkAgreement, SalesReport, Supplier
from stic_desktop.services.agreements import agreements, terms
from stic_desktop.services.commission import budget, commission, sales
from stic_desktop.services.validation import normalise_org_number

TODAY = date(2026, 6, 17)


@pytest.fixture
def seeded(db):
    demo.seed_demo(db, "small", meetings=False)
    demo_procurements.seed_procurements(db, "small", today=TODAY)
    added = demo_agreements.seed_agreements(db, "small", today=TODAY)
    return db, added


def rows(db, sql: str) -> list[tuple]:
    with plain(db) as conn:
        return conn.execute(sql).fetchall()


def test_months_after_clamps_the_day() -> None:
    assert demo_agreements.months_after(date(2025, 1, 31), 1) == date(2025, 2, 28)
    assert demo_agreements.months_after(date(2024, 11, 30), 3) == date(2025, 2, 28)
    assert demo_agreements.months_after(date(2026, 5, 1), -48) == date(2022, 5, 1)


def test_small_demo_content(seeded) -> None:
    db, added = seeded
    assert 1500 <= added <= 3000
    assert rows(db, "SELECT count(*) FROM sales_reports") == [(added,)]
    names = {name: org for name, org in rows(db, "SELECT name, org_number FROM suppliers")}
    assert len(names) == 10
    assert all(normalise_org_number(org) == org for org in names.values())  # valid Luhn numbers
    assert any(not name.isascii() for name in names)
    assert rows(db, "SELECT count(*) FROM tenders WHERE supplier_id IS NOT NULL")[0][0] > 0
    from_procurements = rows(db, "SELECT count(*) FROM framework_agreements WHERE procurement_id IS NOT NULL")[0][0]
    assert from_procurements == rows(db, "SELECT count(*) FROM procurements WHERE stage IN ('signed', 'closed')")[0][0]
    assert rows(db, "SELECT count(*) FROM sales_reports WHERE municipality_id IS NULL AND amount_ore = 0")[0][0] > 0
    defaults = [(r.rate_bp, r.valid_from) for r in commission.list_rates(db, agreement_id=None)]
    assert defaults == [(150, date(2025, 1, 1)), (200, date(2019, 1, 1))]
    assert len(commission.list_rates(db)) > 2  # and some agreements' own
    assert budget.list_budget(db, TODAY.year) and budget.budget_table(db, TODAY.year).commission_ore > 0


def test_every_line_is_priced_like_the_app(seeded) -> None:
    db, _added = seeded
    with db.read() as session:
        table = commission.RateTable(session)
        for agreement_id, start, amount, rate, fee in session.query(
                SalesReport.agreement_id, SalesReport.period_start, SalesReport.amount_ore, SalesReport.rate_bp,
                SalesReport.commission_ore):
            assert rate == table.rate(agreement_id, start)
            assert fee == commission.commission_ore(amount, rate)


def test_lines_fall_inside_each_agreement_and_some_are_overdue(seeded) -> None:
    db, _added = seeded
    assert rows(db, "SELECT count(*) FROM sales_reports s JOIN framework_agreements a ON a.id = s.agreement_id "
                    "WHERE s.period_start < a.start_date")[0][0] == 0
    late = sales.overdue_reports(db, today=TODAY)
    assert 1 <= len({(r.agreement_id, r.supplier_id) for r in late}) <= 2
    assert terms.expiring_agreements(db, today=TODAY)  # the overview's expiry alert has something to show
    statuses = {a.status for a in agreements.list_agreements(db, today=TODAY)}
    assert {"active", "extended"} & statuses


def test_idempotent_and_empty_without_procurements(seeded, tmp_path) -> None:
    db, _added = seeded
    counts = rows(db, "SELECT (SELECT count(*) FROM suppliers), (SELECT count(*) FROM sales_reports), "
                      "(SELECT count(*) FROM framework_agreements), (SELECT count(*) FROM agreement_extensions)")
    assert demo_agreements.seed_agreements(db, "small", today=TODAY) == 0
    assert rows(db, "SELECT (SELECT count(*) FROM suppliers), (SELECT count(*) FROM sales_reports), "
                    "(SELECT count(*) FROM framework_agreements), (SELECT count(*) FROM agreement_extensions)") == counts
    from stic_desktop.services.workspace.database import open_database

    empty = open_database(tmp_path / "empty.sqlite3")
    try:
        assert demo_agreements.seed_agreements(empty, "small", today=TODAY) == 0
        with empty.read() as session:
            assert session.query(Supplier).count() == session.query(FrameworkAgreement).count() == 0
            assert session.query(AgreementExtension).count() == 0
    finally:
        empty.close()
