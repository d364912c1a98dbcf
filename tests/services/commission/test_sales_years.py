"""services.commission.sales.sales_years (the agreement window's year list, one query) and list_sales read as
plain columns: the same records as before."""

from __future__ import annotations

from sales_fixtures import build

from stic_desktop.services.commission import sales
from stic_desktop.services.commission.sales import SalesInput


def test_sales_years_and_the_lines_they_list(db) -> None:
    register = build(db)
    assert sales.sales_years(db, agreement_id=register.office) == []
    town = register.municipalities[register.office_codes[0]]
    for period, amount in (("2024-11", "100"), ("2025-01", "200,50"), ("2025-Q2", "300")):
        sales.save_sales(db, SalesInput(register.office, register.office1, town, period, amount))
    sales.save_sales(db, SalesInput(register.cleaning, register.cleaner, town, "2026-02", "1"))
    assert sales.sales_years(db, agreement_id=register.office) == [2025, 2024]
    assert sales.sales_years(db, agreement_id=register.cleaning) == [2026]
    lines = sales.list_sales(db, agreement_id=register.office, year=2025)
    assert [(r.period_label, r.amount_ore, r.municipality_id, r.supplier_id, r.import_id) for r in lines] == [
        ("2025 kv 2", 30000, town, register.office1, None), ("2025-01", 20050, town, register.office1, None)]
    assert lines[0].reported_at.tzinfo is not None and lines[0] == sales.get_sales(db, lines[0].id)
