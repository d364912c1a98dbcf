"""Provisionsrapport (documents/commission_report.py): the year's figures as PDF and .xlsx, equal to the stored
lines' sums."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from sales_fixtures import build
from test_invitation import page_texts

from stic_desktop.core import money
from stic_desktop.documents import commission_report
from stic_desktop.errors import UserError
from stic_desktop.operations import commission_documents, run_to_end
from stic_desktop.services.commission import budget, sales
from stic_desktop.services.commission.budget import BudgetInput
from stic_desktop.services.commission.document_data import commission_report_data
from stic_desktop.services.commission.sales import SalesInput


def export_commission_report(db, year, target, **options):
    return run_to_end(commission_documents.export_commission_report(db, year, target, **options)).files[0]


def commission_report_bytes(db, year, **options) -> bytes:
    return commission_report.commission_report_bytes(commission_report_data(db, year, today=options.get("today")),
                                                     **options)

TODAY = date(2026, 1, 15)


@pytest.fixture
def reported(db):
    register = build(db)
    town = register.municipalities[register.office_codes[0]]
    for period, amount in (("2024-03", "1000"), ("2025-01", "12 345,67"), ("2025-02", "0,33"), ("2025-03", "2000")):
        sales.save_sales(db, SalesInput(register.office, register.office2, town, period, amount))
    sales.save_sales(db, SalesInput(register.cleaning, register.cleaner, register.municipalities["0180"], "2025-04",
                                    "4 567,89"))
    budget.save_budget_line(db, BudgetInput(2025, "income", "Provision från leverantörer", "200", "", "commission"))
    budget.save_budget_line(db, BudgetInput(2025, "cost", "Personal & <b>löner</b>", "300", "310,50"))
    return register


def test_change_text() -> None:
    assert commission_report.change_text(1100, 1000) == "+10,0 %"
    assert commission_report.change_text(0, 1000) == "−100,0 %"
    assert commission_report.change_text(1000, 1000) == "±0,0 %"
    assert commission_report.change_text(1, 3) == "−66,7 %"
    assert commission_report.change_text(5, 0) == "–"


def test_pdf(db, reported, tmp_path) -> None:
    target = export_commission_report(db, 2025, tmp_path / "rapport.pdf", today=TODAY)
    text = " ".join(page_texts(target))
    total = 18519 + 0 + 3000 + 5710  # 185,185 → 185,19; 0,495 öre → 0; 30,00; 57,098625 → 57,10 kr
    assert "Provisionsrapport 2025" in text and "15 januari 2026" in text
    assert f"Provision {money.format(total)}".replace("\u00a0", " ") in text
    assert "Provision 2024 20,00 kr" in text and "Rapportrader 4 på 2 avtal" in text
    assert "Standardsats 1,50 % från 2025-01-01" in text and "Egen sats 1 avtal: STIC-2025-002" in text
    assert "Januari 185,19 kr 0,00 kr –" in text and "Mars 30,00 kr 20,00 kr +50,0 %" in text
    assert "Provision från leverantörer (beräknat) 200,00 kr 272,29 kr 72,29 kr" in text
    assert "Personal & <b>löner</b> 300,00 kr 310,50 kr 10,50 kr" in text
    assert "Resultat (intäkter − kostnader) −100,00 kr −38,21 kr 61,79 kr" in text
    assert "Łukasz Żółć Handel AB" in text and "R&D <b>Städ</b> AB" in text
    assert "STIC-2025-002 Städtjänster <&> för kommuner 4 567,89 kr 57,10 kr 1" in text


def test_xlsx(db, reported, tmp_path) -> None:
    target = export_commission_report(db, 2025, tmp_path / "rapport.xlsx", today=TODAY)
    book = load_workbook(target)
    assert book.sheetnames == ["Sammanfattning", "Budget och utfall", "Per leverantör", "Per kommun", "Per avtal"]
    summary = [[c.value for c in row] for row in book["Sammanfattning"].iter_rows()]
    assert summary[2][0] == "Provision (kr)" and Decimal(str(summary[2][1])) == Decimal("272.29")
    months = {row[0]: row for row in summary if row and row[0] in ("Januari", "Hela året")}
    assert Decimal(str(months["Januari"][1])) == Decimal("185.19")
    assert Decimal(str(months["Hela året"][1])) == Decimal("272.29")
    suppliers = [[c.value for c in row] for row in book["Per leverantör"].iter_rows()]
    assert [r[0] for r in suppliers] == ["Leverantör", "R&D <b>Städ</b> AB", "Łukasz Żółć Handel AB", "Summa"]
    assert sum(Decimal(str(r[2])) for r in suppliers[1:-1]) == Decimal(str(suppliers[-1][2])) == Decimal("272.29")
    budget_rows = [[c.value for c in row] for row in book["Budget och utfall"].iter_rows()]
    assert budget_rows[2][0] == "Summa intäkter" and Decimal(str(budget_rows[2][2])) == Decimal("272.29")


def test_empty_year_and_bad_file_type(db, tmp_path) -> None:
    text = " ".join(page_texts(commission_report_bytes(db, 2022, today=TODAY)))
    assert "Provisionsrapport 2022" in text and "Ingen budget är inlagd för 2022." in text
    with pytest.raises(UserError, match="Välj filtypen .pdf eller .xlsx"):
        export_commission_report(db, 2025, tmp_path / "rapport.csv")
    assert not (tmp_path / "rapport.csv").exists()


def test_running_year_is_preliminary_and_compares_like_periods(db, reported, tmp_path) -> None:
    """On 2 April 2025 the year has three ended months. Before issue 16 the report set the unfinished
    months against whole months of 2024 ("−100 %") and the year so far against the whole of 2024."""
    target = export_commission_report(db, 2025, tmp_path / "rapport.pdf", today=date(2025, 4, 2))
    texts = page_texts(target)
    text = " ".join(texts)
    assert all("Provisionsrapport 2025 (preliminär t.o.m. mars)" in page for page in texts)
    assert "PRELIMINÄR – 2025 pågår. Jämförelser med 2024 avser samma avslutade månader." in text
    # January–March 2025: 185,19 + 0,00 + 30,00 kr against 20,00 kr in January–March 2024.
    assert "Provision januari–mars 2025 215,19 kr (+976,0 % mot samma månader 2024)" in text
    assert "Provision januari–mars 2024 20,00 kr" in text and "Provision hela 2024 20,00 kr" in text
    assert "Mars 30,00 kr 20,00 kr +50,0 %" in text
    assert "April – 0,00 kr –" in text and "December – 0,00 kr –" in text and "−100,0 %" not in text
    assert "Jan–mar 215,19 kr 20,00 kr +976,0 %" in text and "Hela året" not in text


def test_a_year_that_has_not_begun_is_refused(db, reported, tmp_path) -> None:
    from stic_desktop.errors import ValidationError

    with pytest.raises(ValidationError, match="År 2026 har inte börjat än"):
        export_commission_report(db, 2026, tmp_path / "rapport.pdf", today=date(2025, 12, 31))
    assert not (tmp_path / "rapport.pdf").exists()


def test_a_finished_year_is_not_preliminary(db, reported) -> None:
    text = " ".join(page_texts(commission_report_bytes(db, 2025, today=date(2026, 1, 1))))
    assert "preliminär" not in text.lower() and "Hela året" in text


@pytest.mark.parametrize(("monthly", "unit", "ticks"), [
    ([30_000] * 12, "kr", {"100", "200", "300"}),  # 300 kr a month: in tkr every tick read "0"
    ([1_500_000] * 12, "tkr", {"5", "10", "15"}),
])
def test_the_monthly_chart_axis_is_readable_for_small_and_large_years(monthly, unit, ticks):
    from types import SimpleNamespace

    from pypdf import PdfReader
    from reportlab.graphics import renderPDF

    from stic_desktop.documents.pdf import register_fonts

    register_fonts()
    report = SimpleNamespace(year=2026, monthly=monthly, previous_monthly=[m // 2 for m in monthly])
    import io

    pdf = renderPDF.drawToString(commission_report.monthly_chart(report))
    words = PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split()
    assert unit in words and ticks <= set(words), words
    assert words.count("0") <= 1  # the origin, not every tick


def test_budget_amounts_below_zero_use_the_minus_sign_of_the_change_column():
    assert commission_report.signed(-523_400_000) == "−5\u00a0234\u00a0000,00 kr"
    assert commission_report.signed(12_345) == "123,45 kr"
