"""stic_desktop/services/commission/budget.py: budget lines per year, outcome vs budget, commission computed from sales."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sales_fixtures import build, count

from stic_desktop.errors import NotFound, ValidationError
from stic_desktop.services import audit
from stic_desktop.services.commission import budget, sales
from stic_desktop.services.commission.budget import BudgetInput
from stic_desktop.services.commission.sales import SalesInput


def line(year=2026, kind="income", name="Medlemsavgifter", amount="1 800 000", outcome="", source="manual"):
    return BudgetInput(year, kind, name, amount, outcome, source)


def test_parse_kronor_is_exact() -> None:
    assert budget.parse_kronor("1 234,56", "Budgeten") == 123456
    assert budget.parse_kronor("1234.5", "Budgeten") == 123450
    assert budget.parse_kronor("0,01", "Budgeten") == 1
    assert budget.parse_kronor(Decimal("12345.67"), "Budgeten") == 1234567
    assert budget.parse_kronor(500, "Budgeten") == 500  # an int is already öre
    assert budget.parse_kronor("", "Utfallet", optional=True) is None


def test_save_list_change_and_delete(db) -> None:
    income = budget.save_budget_line(db, line())
    cost = budget.save_budget_line(db, line(kind="cost", name="Personal", amount="5 400 000", outcome="4 752 000,50"))
    second = budget.save_budget_line(db, line(kind="cost", name="Lokaler", amount="620000"))
    assert (income.budget_ore, income.outcome_ore, income.kind_label) == (180_000_000, None, "Intäkter")
    assert (cost.outcome_ore, cost.difference_ore) == (475_200_050, 475_200_050 - 540_000_000)
    assert [r.name for r in budget.list_budget(db, 2026)] == ["Medlemsavgifter", "Personal", "Lokaler"]
    assert (cost.position, second.position) == (0, 1)
    changed = budget.save_budget_line(db, cost.as_input().__class__(**{**cost.as_input().__dict__,
                                                                     "outcome": "5 000 000"}), cost.id)
    assert changed.outcome_ore == 500_000_000
    table = budget.budget_table(db, 2026)
    assert (table.income_budget_ore, table.cost_budget_ore, table.cost_outcome_ore) == (
        180_000_000, 602_000_000, 500_000_000)
    assert table.result_budget_ore == 180_000_000 - 602_000_000
    budget.delete_budget_line(db, second.id)
    assert [r.name for r in budget.list_budget(db, 2026)] == ["Medlemsavgifter", "Personal"]
    assert [e.action for e in audit.history(db, budget.ENTITY, cost.id)] == ["update", "create"]
    assert [e.action for e in audit.history(db, budget.ENTITY, second.id)] == ["delete", "create"]
    with pytest.raises(NotFound):
        budget.delete_budget_line(db, second.id)
    assert budget.budget_years(db) == [2026]


BAD = [
    (dict(year=1999), "year", "mellan 2000 och 2100"),
    (dict(year=None), "year", "årtal"),
    (dict(kind="loss"), "kind", "Okänd typ"),
    (dict(name="  "), "name", "Benämningen måste fyllas i"),
    (dict(name="x" * 201), "name", "högst 200 tecken"),
    (dict(amount=""), "budget", "Budgeten måste fyllas i"),
    (dict(amount="-5"), "budget", "kan inte vara negativt"),
    (dict(amount="12,345"), "budget", "högst två decimaler"),
    (dict(amount="tolv"), "budget", "inget belopp"),
    (dict(outcome="1,2,3"), "outcome", "inget belopp"),
    (dict(source="magic"), "source", "Okänd källa"),
    (dict(kind="cost", source="commission"), "source", "Provisionen är en intäkt"),
    (dict(source="commission", outcome="100"), "outcome", "beräknas från försäljningsrapporterna"),
]


@pytest.mark.parametrize("change, field, fragment", BAD)
def test_bad_input_is_refused_and_nothing_saved(db, change, field, fragment) -> None:
    before = count(db, "budget_lines"), count(db, "audit_log")
    with pytest.raises(ValidationError) as caught:
        budget.save_budget_line(db, line(**change))
    assert fragment in (caught.value.for_field(field) or "")
    assert (count(db, "budget_lines"), count(db, "audit_log")) == before


def test_duplicates_refused(db) -> None:
    budget.save_budget_line(db, line())
    budget.save_budget_line(db, line(name="Provision", amount="7 000 000", source="commission"))
    before = count(db, "budget_lines")
    with pytest.raises(ValidationError, match="Det finns redan en rad ”Medlemsavgifter” under intäkter 2026"):
        budget.save_budget_line(db, line(amount="1"))
    with pytest.raises(ValidationError, match="har redan en provisionsrad"):
        budget.save_budget_line(db, line(name="Provision 2", amount="1", source="commission"))
    assert count(db, "budget_lines") == before
    budget.save_budget_line(db, line(year=2027))  # the same name another year is fine


def test_commission_outcome_is_the_sum_of_the_rounded_lines(db) -> None:
    register = build(db)
    town = register.municipalities[register.office_codes[0]]
    other = register.municipalities[register.office_codes[1]]
    for municipality, period, amount in ((town, "2025-01", "0,33"), (other, "2025-01", "12 345,67"),
                                         (town, "2025-02", "0,05"), (town, "2024-12", "1000")):
        sales.save_sales(db, SalesInput(register.office, register.office1, municipality, period, amount))
    commission_line = budget.save_budget_line(db, line(year=2025, name="Provision", amount="200", source="commission"))
    expected = sum(r.commission_ore for r in sales.list_sales(db, year=2025))
    assert expected == 0 + 18519 + 0  # 0,33 kr × 1,5 % = 0,495 öre → 0; 12 345,67 × 1,5 % = 185,185 kr → 18 519 öre
    assert commission_line.outcome_ore == expected and commission_line.outcome_computed
    assert budget.budget_table(db, 2025).income_outcome_ore == expected
    assert budget.budget_table(db, 2024).commission_ore == 2000
    assert budget.budget_years(db) == [2025, 2024]
    assert commission_line.as_input().outcome == ""


def test_copy_budget_from_the_year_before(db) -> None:
    budget.save_budget_line(db, line(year=2025))
    budget.save_budget_line(db, line(year=2025, kind="cost", name="Personal", amount="5000000", outcome="4900000"))
    assert budget.copy_budget(db, 2025, 2026) == 2
    copied = budget.list_budget(db, 2026)
    assert [(r.name, r.budget_ore, r.outcome_ore) for r in copied] == [("Medlemsavgifter", 180_000_000, None),
                                                                        ("Personal", 500_000_000, None)]
    before = count(db, "budget_lines")
    with pytest.raises(ValidationError, match="Budgeten för 2026 har redan rader"):
        budget.copy_budget(db, 2025, 2026)
    with pytest.raises(ValidationError, match="Det finns ingen budget för 2020"):
        budget.copy_budget(db, 2020, 2021)
    assert count(db, "budget_lines") == before
