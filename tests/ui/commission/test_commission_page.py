"""stic_desktop/ui/commission/page.py (+ commission_chart, budget_dialog, invoicing_basis_dialog): the
Provision page with real widgets on a real database."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from sales_fixtures import build, count

from stic_desktop.core import money
from stic_desktop.services.commission import budget, commission, sales
from stic_desktop.services.commission.budget import BudgetInput
from stic_desktop.services.commission.sales import SalesInput
from stic_desktop.ui.commission import budget_panel, invoicing_basis_dialog
from stic_desktop.ui.commission.budget_dialog import BudgetLineDialog
from stic_desktop.ui.commission.page import CommissionPage
from stic_desktop.ui.widgets import messages
from stic_desktop.ui.widgets import pickers as meeting_widgets

YEAR = 2025


@pytest.fixture
def context(db, qapp):
    from stic_desktop.ui.context import AppContext

    return AppContext(db)


@pytest.fixture
def register(db):
    register = build(db)
    for index, code in enumerate(register.office_codes):
        for month in (1, 2):
            sales.save_sales(db, SalesInput(register.office, register.office1, register.municipalities[code],
                                            f"{YEAR}-{month:02d}", ("12 345,67", "0,05", "99,99", "1000", "3,33")[index]))
    sales.save_sales(db, SalesInput(register.office, register.office1, register.municipalities["0114"], "2024-11",
                                    "500"))
    sales.save_sales(db, SalesInput(register.cleaning, register.cleaner, register.municipalities["0180"],
                                    f"{YEAR}-04", "4 567,89"))
    budget.save_budget_line(db, BudgetInput(YEAR, "income", "Provision", "400", "", "commission"))
    budget.save_budget_line(db, BudgetInput(YEAR, "cost", "Personal", "300", "310"))
    return register


@pytest.fixture
def page(qtbot, context, register):
    page = CommissionPage(context)
    qtbot.addWidget(page)
    page.resize(1300, 850)
    page.show()
    page.reload()
    page.year_combo.setCurrentIndex(page.year_combo.findData(YEAR))
    return page


def cells(model) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_totals_per_grouping_are_the_services_figures(page, qtmodeltester) -> None:
    assert page.title == "Provision" and page.page_id == "commission"
    assert [page.year_combo.itemData(i) for i in range(page.year_combo.count())][-2:] == [2025, 2024]
    qtmodeltester.check(page.totals_model)
    rows = cells(page.totals_model)
    expected = commission.totals(page.context.db, year=YEAR, group_by="agreement")
    assert [r[0] for r in rows] == [t.label for t in expected]
    assert rows[0][1:] == ["26\u00a0898,08 kr", "403,48 kr", "87,6 %", "10"]
    total = sum(t.commission_ore for t in expected)
    assert page.summary_label.text() == (f"Försäljning {money.format(sum(t.amount_ore for t in expected))} · "
                                         f"provision {money.format(total)} · 11 rapportrader")
    page.grouping_combo.setCurrentIndex(page.grouping_combo.findData("month"))
    assert [r[0] for r in cells(page.totals_model)] == ["januari 2025", "februari 2025", "april 2025"]
    page.grouping_combo.setCurrentIndex(page.grouping_combo.findData("supplier"))
    assert [r[0] for r in cells(page.totals_model)] == ["Kontorsvaror i Norden AB", "R&D <b>Städ</b> AB"]
    page.filter_edit.setText("städ")
    assert [r[0] for r in cells(page.totals_model)] == ["R&D <b>Städ</b> AB"]


def test_chart_and_budget_table(page, qtmodeltester) -> None:
    assert page.chart.values["2025"] == tuple(commission.monthly_commission(page.context.db, YEAR))
    assert page.chart.values["2024"][10] == 1000  # 500 kr × 2 % (the rate in force then) in November 2024
    assert page.chart.value_axis.max() >= max(page.chart.values["2025"]) / 100_000
    qtmodeltester.check(page.budget.budget_model)
    rows = cells(page.budget.budget_model)
    assert [r[0] for r in rows] == ["Provision (beräknat)", "Summa intäkter", "Personal", "Summa kostnader", "Resultat"]
    assert rows[0][1:] == ["400,00 kr", "460,58 kr", "60,58 kr"]
    assert rows[-1][1:] == ["100,00 kr", "150,58 kr", "50,58 kr"]
    personal = page.budget.budget_model.index(2, 3)
    assert personal.data(Qt.ItemDataRole.ForegroundRole) == budget_panel.WORSE_COLOUR  # 10 kr more cost
    assert page.budget.budget_model.index(1, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert page.budget.title() == "Budget och utfall 2025" and not page.budget.copy_button.isEnabled()


def test_budget_line_added_edited_refused_and_deleted(page, qtbot, monkeypatch) -> None:
    dialog = BudgetLineDialog(page.context, YEAR, None, page)
    qtbot.addWidget(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("cost"))
    dialog.name_edit.setText("Lokaler")
    dialog.budget_edit.setText("-5")
    before = count(page.context.db, "budget_lines")
    dialog.save()
    assert dialog.errors.message("budget") == "Budgeten kan inte vara negativt."
    assert count(page.context.db, "budget_lines") == before and dialog.result() == 0
    dialog.budget_edit.setText("620 000")
    dialog.outcome_edit.setText("483 600,50")
    dialog.save()
    assert dialog.saved.outcome_ore == 48_360_050
    assert "Lokaler" in [r[0] for r in cells(page.budget.budget_model)]  # the page reloaded on data_changed
    row = [r[0] for r in cells(page.budget.budget_model)].index("Lokaler")
    page.budget.budget_table.selectRow(row)
    assert page.budget.selected_budget_line().name == "Lokaler" and page.budget.delete_line_button.isEnabled()
    edit = BudgetLineDialog(page.context, YEAR, page.budget.selected_budget_line(), page)
    assert (edit.budget_edit.text(), edit.outcome_edit.text()) == ("620 000", "483 600,50")
    edit.source_combo.setCurrentIndex(edit.source_combo.findData("commission"))
    assert not edit.outcome_edit.isEnabled() and edit.kind_combo.currentData() == "income"
    edit.save()  # a second commission line for the year is refused
    assert "redan en provisionsrad" in edit.errors.message("source")
    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    page.budget.delete_budget_line()
    assert "Lokaler" not in [r[0] for r in cells(page.budget.budget_model)]
    assert count(page.context.db, "budget_lines") == before


def test_copy_budget_to_an_empty_year(page, monkeypatch) -> None:
    page.year = 2026  # a year with no budget yet (the picker offers this year and years with figures)
    page.reload_year()
    assert page.budget.budget_model.rowCount() == 0 and page.budget.copy_button.isEnabled()
    page.budget.copy_budget()
    assert [line.name for line in budget.list_budget(page.context.db, 2026)] == ["Provision", "Personal"]


def test_report_saved_in_a_worker(page, qtbot, tmp_path, monkeypatch) -> None:
    target = tmp_path / "rapport.pdf"
    monkeypatch.setattr(meeting_widgets, "save_file_name", lambda *args: target)
    with qtbot.waitSignal(page.status_message, timeout=20000):
        page.save_report(".pdf")
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(target).pages)
    assert "Provisionsrapport 2025" in text and "R&D <b>Städ</b> AB" in text


def test_invoicing_basis_dialog_archives(page, qtbot, register, monkeypatch) -> None:
    dialog = invoicing_basis_dialog.InvoicingBasisDialog(page.context, YEAR, register.office1, 1, parent=page)
    qtbot.addWidget(dialog)
    assert dialog.supplier_combo.currentData() == register.office1
    assert dialog.summary_label.text().startswith("5 rader på 1 avtal · försäljning 13\u00a0449,04 kr")
    dialog.month_combo.setCurrentIndex(dialog.month_combo.findData(3))
    assert dialog.summary_label.text() == "Inga försäljningsrapporter för perioden."
    assert not dialog.archive_button.isEnabled()
    dialog.month_combo.setCurrentIndex(dialog.month_combo.findData(1))
    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    with qtbot.waitSignal(page.status_message, timeout=20000):
        dialog.archive()
    assert dialog.archive_model.rowCount() == 1
    assert dialog.archive_model.record(0).filename == "Fakturaunderlag 2025-01 Kontorsvaror i Norden AB.pdf"
    target = Path(dialog.scratch.file("x.xlsx"))
    monkeypatch.setattr(meeting_widgets, "save_file_name", lambda *args: target)
    with qtbot.waitSignal(page.status_message, timeout=20000):
        dialog.save(".xlsx")
    assert target.stat().st_size > 0
    assert count(page.context.db, "archived_documents") == 1


def test_rates_dialog_opens_and_the_page_reloads(page, monkeypatch) -> None:
    from stic_desktop.ui.commission import rates_dialog

    shown: list[object] = []
    monkeypatch.setattr(rates_dialog.RatesDialog, "exec", lambda self: shown.append(self) or 0)
    page.open_rates()
    assert len(shown) == 1 and page.totals_model.rowCount() == 2
