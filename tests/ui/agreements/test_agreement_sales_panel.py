"""The agreement window's Försäljning & provision tab: lines, filter, totals, add/edit/delete, replace."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from sales_fixtures import build, count

from stic_desktop.services.commission import sales
from stic_desktop.services.commission.sales import SalesInput
from stic_desktop.ui.agreements.sales_panel import AgreementSalesPanel, SalesLineDialog
from stic_desktop.ui.widgets import messages


@pytest.fixture
def setup(db, qapp):
    from stic_desktop.ui.context import AppContext

    register = build(db)
    return AppContext(db), register


@pytest.fixture
def answers(monkeypatch):
    state = {"errors": [], "confirm": True, "asked": []}
    monkeypatch.setattr(messages, "show_error", lambda parent, error: state["errors"].append(error.message))

    def confirm(parent, title, text, accept):
        state["asked"].append(text)
        return state["confirm"]

    monkeypatch.setattr(messages, "confirm", confirm)
    return state


def run_dialog(monkeypatch, fill):
    seen = []

    def exec_(dialog):
        seen.append(dialog)
        fill(dialog)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(SalesLineDialog, "exec", exec_)
    return seen


def test_lines_filter_years_and_totals(setup, qtbot) -> None:
    context, register = setup
    db = context.db
    for code, period, amount in (("0114", "2024-11", "100"), ("0115", "2025-02", "12 345,67"), ("0117", "2025-02", "0")):
        sales.save_sales(db, SalesInput(register.office, register.office1, register.municipalities[code], period, amount))
    sales.save_sales(db, SalesInput(register.cleaning, register.cleaner, register.municipalities["0180"], "2025-05", "9"))
    panel = AgreementSalesPanel(context, register.office)
    qtbot.addWidget(panel)
    assert panel.model.total_count == 3
    assert panel.totals_label.text() == "3 rader · försäljning 12\u00a0445,67 kr · provision 187,19 kr"
    assert "1,50 %" in panel.rate_label.text() and "grundsatsen" in panel.rate_label.text()
    assert [panel.year_box.itemText(i) for i in range(panel.year_box.count())] == ["Alla år", "2025", "2024"]
    panel.year_box.setCurrentIndex(2)
    assert panel.model.total_count == 1 and panel.totals_label.text().startswith("1 rader")
    panel.year_box.setCurrentIndex(0)
    panel.filter_edit.setText("Vallentuna")
    assert panel.model.visible_count == 1 and "185,19 kr" in panel.totals_label.text()
    headers = [panel.model.headerData(i, Qt.Orientation.Horizontal) for i in range(panel.model.columnCount())]
    assert headers[:6] == ["Period", "Leverantör", "Kommun", "Belopp exkl. moms", "Sats", "Provision"]
    assert not panel.buttons["edit"].isEnabled()


def test_reported_on_is_the_stockholm_date(setup, qtbot, pinned_clock) -> None:
    """Saved at 00:30 on a leap day in Stockholm (23:30 on the 28th in UTC): the list shows the 29th."""
    context, register = setup
    pinned_clock(datetime(2028, 2, 29, 0, 30))
    sales.save_sales(context.db, SalesInput(register.office, register.office1, register.municipalities["0114"], "2025-01",
                                            "100"))
    panel = AgreementSalesPanel(context, register.office)
    qtbot.addWidget(panel)
    headers = [panel.model.headerData(i, Qt.Orientation.Horizontal) for i in range(panel.model.columnCount())]
    column = headers.index("Rapporterad")
    assert panel.model.data(panel.model.index(0, column)) == "2028-02-29"


def test_add_edit_delete_a_line(setup, qtbot, monkeypatch, answers) -> None:
    context, register = setup
    panel = AgreementSalesPanel(context, register.office)
    qtbot.addWidget(panel)
    changed = []
    panel.changed.connect(lambda: changed.append(True))

    def fill_new(dialog: SalesLineDialog) -> None:
        assert [dialog.supplier_box.itemText(i) for i in range(dialog.supplier_box.count())] == [
            "Kontorsvaror i Norden AB", "Łukasz Żółć Handel AB"]
        assert dialog.municipality_box.count() == 6  # a zero report + 5 participants
        dialog.supplier_box.setCurrentIndex(1)
        dialog.period_edit.setText("2025-03")
        dialog.amount_edit.setText("1 000,50")

    run_dialog(monkeypatch, fill_new)
    panel.add()
    [line] = sales.list_sales(context.db)
    assert (line.supplier_id, line.amount_ore, line.commission_ore) == (register.office2, 100050, 1501)
    assert panel.model.total_count == 1 and changed
    panel.table.selectRow(0)
    assert panel.buttons["edit"].isEnabled()

    def fill_edit(dialog: SalesLineDialog) -> None:
        assert dialog.amount_edit.text() == "1 000,50" and dialog.period_edit.text() == "2025-03"
        dialog.amount_edit.setText("2000")

    run_dialog(monkeypatch, fill_edit)
    panel.edit()
    assert sales.get_sales(context.db, line.id).amount_ore == 200000
    panel.table.selectRow(0)
    panel.delete()
    assert count(context.db) == 0 and panel.model.total_count == 0
    assert answers["errors"] == []


def test_bad_line_shows_field_errors_and_saves_nothing(setup, qtbot, monkeypatch, answers) -> None:
    context, register = setup
    panel = AgreementSalesPanel(context, register.office)
    qtbot.addWidget(panel)

    def fill(dialog: SalesLineDialog) -> None:
        dialog.period_edit.setText("2023-06")
        dialog.amount_edit.setText("-5")

    seen = run_dialog(monkeypatch, fill)
    panel.add()
    [dialog] = seen
    assert "före avtalets start" in dialog.errors.message("period")
    assert "negativt" in dialog.errors.message("amount")
    assert count(context.db) == 0


def test_replacing_a_reported_period_asks_first(setup, qtbot, monkeypatch, answers) -> None:
    context, register = setup
    municipality = register.municipalities[register.office_codes[0]]
    sales.save_sales(context.db, SalesInput(register.office, register.office1, municipality, "2025-03", "1"))
    panel = AgreementSalesPanel(context, register.office)
    qtbot.addWidget(panel)

    def fill(dialog: SalesLineDialog) -> None:
        dialog.municipality_box.setCurrentIndex(dialog.municipality_box.findData(municipality))
        dialog.period_edit.setText("2025-03")
        dialog.amount_edit.setText("5")

    run_dialog(monkeypatch, fill)
    answers["confirm"] = False
    panel.add()
    assert [r.amount_ore for r in sales.list_sales(context.db)] == [100] and answers["asked"]
    answers["confirm"] = True
    panel.add()
    assert [r.amount_ore for r in sales.list_sales(context.db)] == [500]
    assert panel.model.total_count == 1


def test_panel_in_the_agreement_window(setup, qtbot) -> None:
    from stic_desktop.ui.agreements.view import AgreementView

    context, register = setup
    view = AgreementView(context, register.cleaning)
    qtbot.addWidget(view)
    assert isinstance(view.panels["sales"], AgreementSalesPanel)
    assert "1,25 %" in view.panels["sales"].rate_label.text()
    assert "avtalets egen sats" in view.panels["sales"].rate_label.text()
