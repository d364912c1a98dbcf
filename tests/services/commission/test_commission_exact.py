"""Commission is exact to the öre: each line half-up like Decimal, totals the sum of the rounded lines."""

from __future__ import annotations

import ast
import inspect
import random
from decimal import ROUND_HALF_UP, Decimal

import pytest
from sales_fixtures import build, write_csv, write_xlsx

from stic_desktop.services.commission import commission, sales, sales_import

AMOUNTS_KR = ["0,01", "0,05", "0,33", "0,50", "1,00", "12 345,67", "99,99", "3,33", "0,00", "1234567,89",
              "0,67", "66,66", "100,05", "0,99"]
RATES = {"1,25": 125, "1,5": 150, "2": 200}


def expected(amount_kr: str, rate_percent: str) -> int:
    """The reference: Decimal arithmetic in kronor, rounded half-up to the öre, as öre."""
    amount = Decimal(amount_kr.replace(" ", "").replace(",", "."))
    rate = Decimal(rate_percent.replace(",", ".")) / 100
    return int((amount * rate).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) * 100)


@pytest.mark.parametrize("rate_text", RATES)
@pytest.mark.parametrize("amount_text", AMOUNTS_KR)
def test_each_line_matches_decimal_half_up(amount_text: str, rate_text: str) -> None:
    ore = sales.parse_amount(amount_text)
    assert commission.commission_ore(ore, commission.parse_rate(rate_text)) == expected(amount_text, rate_text)


def test_half_up_at_exactly_half_an_ore() -> None:
    assert commission.commission_ore(100, 150) == 2  # 1,50 öre → 2
    assert commission.commission_ore(20, 125) == 0  # 0,25 öre → 0
    assert commission.commission_ore(40, 125) == 1  # 0,50 öre → 1
    assert commission.commission_ore(33_300, 150) == 500  # 499,5 → 500
    assert commission.commission_ore(-100, 150) == -2  # symmetric, like ROUND_HALF_UP
    assert commission.commission_ore(10**15, 10000) == 10**15  # no precision lost on huge amounts


def test_many_random_lines_against_decimal() -> None:
    rng = random.Random(7)
    for _ in range(20_000):
        ore, bp = rng.randint(0, 10**9), rng.choice([125, 150, 200, rng.randint(0, 10000)])
        reference = (Decimal(ore) * Decimal(bp) / Decimal(10000)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        assert commission.commission_ore(ore, bp) == int(reference)


@pytest.mark.parametrize("value", [1.5, Decimal("1.5"), True, "100"])
def test_only_integers_are_accepted(value) -> None:
    with pytest.raises(TypeError):
        commission.commission_ore(value, 150)
    with pytest.raises(TypeError):
        commission.commission_ore(100, value)


def test_no_float_in_the_money_code() -> None:
    """No float() call or float literal in the modules that compute money."""
    for module in (commission, sales, sales_import):
        tree = ast.parse(inspect.getsource(module))
        for node in ast.walk(tree):
            assert not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "float"), module.__name__
            assert not (isinstance(node, ast.Constant) and isinstance(node.value, float)), module.__name__


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_imported_lines_and_totals_are_exact(db, tmp_path, kind) -> None:
    """Many lines through the real import: stored commission per line, totals = sums of rounded lines."""
    register = build(db)
    rows, reference = [], []
    months = [f"2025-{m:02d}" for m in range(4, 13)]
    codes = sorted(register.municipalities)
    index = 0
    for month in months:
        for code in codes:
            amount = AMOUNTS_KR[index % len(AMOUNTS_KR)]
            index += 1
            cell = amount.replace(" ", "") if kind == "csv" else Decimal(amount.replace(" ", "").replace(",", "."))
            if kind == "xlsx" and index % 3 == 0:
                cell = float(cell)  # Excel stores numbers as doubles; read back as Decimal(str(cell))
            rows.append(["STIC-2025-002", register.orgs[register.cleaner], code, month, cell])
            reference.append((month, code, amount))
    path = (write_csv if kind == "csv" else write_xlsx)(tmp_path / f"rapport.{kind}", rows)
    result = sales_import.import_sales(db, path)
    stored = {(line.period_label, next(c for c, i in register.municipalities.items() if i == line.municipality_id)):
              line for line in sales.list_sales(db, agreement_id=register.cleaning)}
    assert len(stored) == len(reference) == result.rows
    total_commission = total_amount = 0
    for month, code, amount in reference:
        line = stored[(month, code)]
        assert line.rate_bp == 125
        assert line.amount_ore == int(Decimal(amount.replace(" ", "").replace(",", ".")) * 100)
        assert line.commission_ore == expected(amount, "1,25")
        total_commission += line.commission_ore
        total_amount += line.amount_ore
    assert (result.amount_ore, result.commission_ore) == (total_amount, total_commission)
    [row] = commission.totals(db, year=2025, group_by="agreement")
    assert (row.amount_ore, row.commission_ore, row.lines) == (total_amount, total_commission, len(reference))
    assert sum(commission.monthly_commission(db, 2025)) == total_commission
    assert sum(r.commission_ore for r in commission.totals(db, group_by="municipality")) == total_commission
    # The sum of rounded lines differs from rounding the sum: that is the rule.
    assert all(isinstance(v, int) for v in (row.amount_ore, row.commission_ore))
