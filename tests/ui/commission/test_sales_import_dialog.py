"""SalesImportDialog: preview in a worker, every row error listed, replace only after confirmation."""

from __future__ import annotations

from pathlib import Path

import pytest
from sales_fixtures import build, count, write_csv, write_xlsx

from stic_desktop.ui.commission import sales_import_dialog
from stic_desktop.ui.commission.sales_import_dialog import SalesImportDialog
from stic_desktop.ui.widgets import messages


@pytest.fixture
def setup(db, qapp):
    from stic_desktop.ui.context import AppContext

    return AppContext(db), build(db)


@pytest.fixture
def answers(monkeypatch):
    state = {"errors": [], "confirm": True, "asked": []}
    monkeypatch.setattr(messages, "show_error", lambda parent, error: state["errors"].append(error))

    def confirm(parent, title, text, accept):
        state["asked"].append(text)
        return state["confirm"]

    monkeypatch.setattr(messages, "confirm", confirm)
    return state


def rows(register, amount="10,50"):
    return [["STIC-2024-001", register.orgs[register.office1], code, "2025-05", amount]
            for code in register.office_codes]


def open_dialog(qtbot, context, monkeypatch, path: Path) -> SalesImportDialog:
    monkeypatch.setattr(sales_import_dialog, "choose_file", lambda parent, title: path)
    dialog = SalesImportDialog(context)
    qtbot.addWidget(dialog)
    assert not dialog.preview_button.isEnabled() and not dialog.import_button.isEnabled()
    dialog.browse()
    assert dialog.path_edit.text() == str(path)
    return dialog


def preview(qtbot, dialog: SalesImportDialog) -> None:
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.preview_button.isEnabled(), timeout=20000)


def test_preview_then_import(setup, qtbot, monkeypatch, answers, tmp_path) -> None:
    context, register = setup
    dialog = open_dialog(qtbot, context, monkeypatch, write_xlsx(tmp_path / "maj.xlsx", rows(register)))
    preview(qtbot, dialog)
    assert dialog.preview is not None and count(context.db) == 0
    assert dialog.summary_label.text().startswith("Förhandsgranskning: 5 rader")
    assert dialog.model.total_count == 1 and dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=20000)
    assert count(context.db) == 5 and dialog.result() == dialog.DialogCode.Accepted
    assert answers["asked"] == [] and answers["errors"] == []


def test_every_row_error_is_listed_and_import_stays_off(setup, qtbot, monkeypatch, answers, tmp_path) -> None:
    context, register = setup
    bad = rows(register)
    bad[0][2] = "9999"
    bad[2][4] = "-3"
    bad[4][3] = "maj"
    dialog = open_dialog(qtbot, context, monkeypatch, write_csv(tmp_path / "fel.csv", bad))
    preview(qtbot, dialog)
    listed = dialog.error_model.stringList()
    assert len(listed) == 3 and listed[0].startswith("rad 2, kolumn Kommunkod: Det finns ingen kommun")
    assert dialog.stack.currentWidget() is dialog.error_list
    assert dialog.summary_label.text() == "3 fel i filen fel.csv. Inget importerades."
    assert not dialog.import_button.isEnabled() and count(context.db, "sales_imports") == 0


def test_not_a_spreadsheet(setup, qtbot, monkeypatch, answers, tmp_path) -> None:
    context, _ = setup
    bogus = tmp_path / "rapport.xlsx"
    bogus.write_bytes(b"PK? not really")
    dialog = open_dialog(qtbot, context, monkeypatch, bogus)
    preview(qtbot, dialog)
    assert "inte ett kalkylark" in dialog.summary_label.text()
    assert not dialog.import_button.isEnabled()


def test_replace_needs_the_option_a_new_preview_and_confirmation(setup, qtbot, monkeypatch, answers, tmp_path) -> None:
    from stic_desktop.services.commission.sales_import import import_sales

    context, register = setup
    import_sales(context.db, write_csv(tmp_path / "maj.csv", rows(register)))
    dialog = open_dialog(qtbot, context, monkeypatch, write_csv(tmp_path / "maj2.csv", rows(register, "99")))
    preview(qtbot, dialog)
    assert all("redan rapporterad" in line for line in dialog.error_model.stringList())
    dialog.replace_box.setChecked(True)
    assert not dialog.import_button.isEnabled()  # a changed choice needs a new preview
    preview(qtbot, dialog)
    assert "5 rapporterade rader tas bort" in dialog.summary_label.text()
    answers["confirm"] = False
    dialog.import_button.click()
    assert answers["asked"] and dialog.imported is None
    assert {line for line in [count(context.db)]} == {5}
    answers["confirm"] = True
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=20000)
    from stic_desktop.services.commission import sales

    assert {line.amount_ore for line in sales.list_sales(context.db)} == {9900}
