"""Upphandlingsregler: editing thresholds and time limits in place, with refused values marked in their cell."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from stic_desktop.services import audit
from stic_desktop.services.procurement import deadlines
from stic_desktop.services.procurement import rules as procurement_rules
from stic_desktop.ui.procurement.rules_dialog import ProcurementRulesDialog
from stic_desktop.ui.widgets import messages


def make_dialog(qtbot, context) -> ProcurementRulesDialog:
    dialog = ProcurementRulesDialog(context)
    qtbot.addWidget(dialog)
    return dialog


def threshold_row(dialog: ProcurementRulesDialog, kind: str, start: str) -> int:
    table = dialog.threshold_table
    return next(row for row in range(table.rowCount())
                if table.item(row, 2).data(Qt.ItemDataRole.UserRole) == kind and table.item(row, 0).text() == start)


def rule_row(dialog: ProcurementRulesDialog, key: str) -> int:
    table = dialog.rules_table
    return next(row for row in range(table.rowCount()) if table.item(row, 0).data(Qt.ItemDataRole.UserRole) == key)


def test_both_tables_show_the_seeded_rules(qtbot, context):
    dialog = make_dialog(qtbot, context)
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == ["Tröskelvärden", "Tidsfrister"]
    table = dialog.threshold_table
    assert table.rowCount() == 13
    row = threshold_row(dialog, "supplies_services", "2024-01-01")
    assert [table.item(row, c).text() for c in range(5)] == ["2024-01-01", "2025-12-31", "Varor och tjänster",
                                                             "221 000", "2 389 585"]
    missing = table.item(threshold_row(dialog, "supplies_services", "2026-01-01"), 4)
    assert missing.text() == "" and "saknas" in missing.toolTip()
    assert not table.item(row, 2).flags() & Qt.ItemFlag.ItemIsEditable
    rules = dialog.rules_table
    assert rules.rowCount() == 24
    open_base = rule_row(dialog, "tender.open.base")
    assert [rules.item(open_base, c).text() for c in range(3)] == [
        "Öppet förfarande: anbudstid, grundregel", "35", "LOU 11 kap. 2 §"]


def test_entering_a_sek_value_saves_it_and_the_classification_follows(qtbot, context):
    dialog = make_dialog(qtbot, context)
    changes = []
    context.data_changed.connect(changes.append)
    row = threshold_row(dialog, "supplies_services", "2026-01-01")
    dialog.threshold_table.item(row, 4).setText("2 300 000")
    assert not dialog.error_label.isVisible()
    assert changes == ["procurement_rules"]
    result = procurement_rules.classify(context.db, "supplies_services", 3_000_000_00, date(2026, 3, 1))
    assert (result.above_eu_threshold, result.threshold_sek) == (True, 2300000)
    row = threshold_row(dialog, "supplies_services", "2026-01-01")
    assert dialog.threshold_table.item(row, 4).toolTip() == ""


def test_a_refused_value_stays_marked_and_nothing_is_saved(qtbot, context):
    dialog = make_dialog(qtbot, context)
    dialog.show()
    before = procurement_rules.list_thresholds(context.db)
    row = threshold_row(dialog, "works", "2026-01-01")
    dialog.threshold_table.item(row, 3).setText("fem miljoner")
    cell = dialog.threshold_table.item(row, 3)
    assert cell.text() == "fem miljoner" and "helt tal" in cell.toolTip()
    assert dialog.error_label.isVisible() and "helt tal" in dialog.error_label.text()
    # Overlapping another period of the same kind is refused with the period named.
    dialog.threshold_table.item(row, 3).setText("5 404 000")
    dialog.threshold_table.item(row, 0).setText("2025-06-01")
    assert "överlappar" in dialog.error_label.text()
    assert "överlappar" in dialog.threshold_table.item(row, 0).toolTip()
    assert procurement_rules.list_thresholds(context.db) == before
    # Correcting the date saves the row and clears the marks.
    dialog.threshold_table.item(row, 0).setText("2026-01-01")
    assert not dialog.error_label.isVisible()
    assert dialog.threshold_table.item(threshold_row(dialog, "works", "2026-01-01"), 0).toolTip() == ""


def test_new_period_and_delete(qtbot, context, monkeypatch):
    dialog = make_dialog(qtbot, context)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("works"))
    dialog.new_button.click()
    table = dialog.threshold_table
    row = threshold_row(dialog, "works", "2028-01-01")
    assert table.currentRow() == row and table.currentColumn() == 4
    assert table.item(row, 1).text() == "2029-12-31"
    table.item(row, 4).setText("61000000")
    assert table.item(threshold_row(dialog, "works", "2028-01-01"), 4).text() == "61 000 000"
    record = next(t for t in procurement_rules.list_thresholds(context.db) if t.period_start == date(2028, 1, 1))
    assert record.sek == 61000000

    asked = []
    monkeypatch.setattr(messages, "confirm", lambda *args: asked.append(args[2]) or False)
    table.setCurrentCell(threshold_row(dialog, "works", "2028-01-01"), 0)
    dialog.delete_button.click()
    assert "Byggentreprenad 2028-01-01–2029-12-31" in asked[0]
    assert table.rowCount() == 14
    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    dialog.delete_button.click()
    assert table.rowCount() == 13
    assert [e.action for e in audit.history(context.db, procurement_rules.THRESHOLD_ENTITY, record.id)] == [
        "delete", "update", "create"]


def test_typing_new_days_for_a_rule(qtbot, context):
    dialog = make_dialog(qtbot, context)
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    table = dialog.rules_table
    row = rule_row(dialog, "standstill.other")
    table.setCurrentCell(row, 1)
    table.setFocus()
    QTest.keyClick(table, "1")  # typing on a cell opens its editor with the typed text
    editor = table.viewport().findChild(QLineEdit)
    QTest.keyClicks(editor, "6")
    assert editor.text() == "16"
    QTest.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on a queued call
    qtbot.waitUntil(lambda: deadlines.rules_map(context.db)["standstill.other"] == 16)
    assert table.item(rule_row(dialog, "standstill.other"), 1).text() == "16"


def test_bad_days_are_refused_in_the_cell(qtbot, context):
    dialog = make_dialog(qtbot, context)
    dialog.show()
    table = dialog.rules_table
    row = rule_row(dialog, "tender.open.electronic")
    table.item(row, 1).setText("400")
    assert "mellan 0 och 365" in table.item(row, 1).toolTip()
    assert "mellan 0 och 365" in dialog.error_label.text()
    table.item(row, 1).setText("tjugo")
    assert "helt tal" in dialog.error_label.text()
    assert deadlines.rules_map(context.db)["tender.open.electronic"] == 30
    table.item(row, 1).setText("28")
    assert deadlines.rules_map(context.db)["tender.open.electronic"] == 28
    assert not dialog.error_label.isVisible()
    assert table.item(rule_row(dialog, "tender.open.electronic"), 1).toolTip() == ""
