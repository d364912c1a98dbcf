"""The sales-report template a supplier fills in (documents/ and operations/sales_template.py), read back
with openpyxl and imported as is."""

from __future__ import annotations

from decimal import Decimal

import pytest
from openpyxl import load_workbook
from sales_fixtures import build, count

from stic_desktop.errors import NotFound, UserError
from stic_desktop.operations import run_to_end
from stic_desktop.operations.sales_template import export_sales_template as export_operation
from stic_desktop.services.commission import commission, sales
from stic_desktop.services.commission.document_data import TEMPLATE_HEADERS
from stic_desktop.services.commission.sales_import import import_sales


def export_sales_template(db, supplier_id: int, period: str, target):
    (path,) = run_to_end(export_operation(db, supplier_id, period, target)).files
    return path


@pytest.fixture
def register(db):
    return build(db)


def test_one_row_per_agreement_and_participating_municipality(db, register, tmp_path) -> None:
    path = export_sales_template(db, register.office2, "2025-06", tmp_path / "mall.xlsx")
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Försäljning", "Instruktioner"]
    sheet = workbook["Försäljning"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == TEMPLATE_HEADERS
    assert [(r[0], r[2], r[3], r[4], r[6], r[7]) for r in rows[1:]] == [
        ("STIC-2024-001", register.orgs[register.office2], "Łukasz Żółć Handel AB", code, "2025-06", None)
        for code in register.office_codes]
    assert all(isinstance(r[4], str) for r in rows[1:])  # 0114 keeps its zero
    assert sheet.freeze_panes == "A2"


def test_markup_and_non_latin_names_are_kept_as_text(db, register, tmp_path) -> None:
    path = export_sales_template(db, register.cleaner, "2025-06", tmp_path / "mall.xlsx")
    rows = list(load_workbook(path)["Försäljning"].iter_rows(values_only=True))[1:]
    assert len(rows) == 26
    assert {r[1] for r in rows} == {"Städtjänster <&> för kommuner"}
    assert {r[3] for r in rows} == {"R&D <b>Städ</b> AB"}


def test_round_trip_template_fill_import(db, register, tmp_path) -> None:
    path = export_sales_template(db, register.office1, "2025-06", tmp_path / "mall.xlsx")
    workbook = load_workbook(path)
    sheet = workbook["Försäljning"]
    amounts = [Decimal("12345.67"), 0, 0.05, "1 000,50", 7]
    for row, amount in zip(sheet.iter_rows(min_row=2), amounts):
        row[7].value = amount
    workbook.save(tmp_path / "ifylld.xlsx")
    result = import_sales(db, tmp_path / "ifylld.xlsx")
    assert result.rows == 5 == count(db)
    expected = [1234567, 0, 5, 100050, 700]
    assert result.amount_ore == sum(expected)
    assert result.commission_ore == sum(commission.commission_ore(a, 150) for a in expected)
    lines = {line.municipality_id: line.amount_ore for line in sales.list_sales(db)}
    assert lines == {register.municipalities[c]: a for c, a in zip(register.office_codes, expected)}


def test_only_agreements_in_force_that_month(db, register, tmp_path) -> None:
    with pytest.raises(UserError, match="inget avtal som gäller 2025-03"):
        export_sales_template(db, register.cleaner, "2025-03", tmp_path / "mall.xlsx")  # starts 2025-04
    with pytest.raises(UserError, match="inget avtal"):
        export_sales_template(db, register.outsider, "2025-06", tmp_path / "mall.xlsx")
    with pytest.raises(NotFound):
        export_sales_template(db, 999, "2025-06", tmp_path / "mall.xlsx")
    with pytest.raises(UserError, match="ÅÅÅÅ-MM"):
        export_sales_template(db, register.office1, "2025-Q2", tmp_path / "mall.xlsx")
    with pytest.raises(UserError, match="ingen period"):
        export_sales_template(db, register.office1, "juni", tmp_path / "mall.xlsx")
    assert not (tmp_path / "mall.xlsx").exists()


def test_target_folder_must_exist(db, register, tmp_path) -> None:
    with pytest.raises(UserError, match="finns inte"):
        export_sales_template(db, register.office1, "2025-06", tmp_path / "saknas" / "mall.xlsx")
