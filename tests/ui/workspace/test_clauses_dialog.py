"""Inställningar → Avtalsvillkor (ui/workspace/clauses_dialog.py): the clauses listed in order, an edit saved as a
new version, an empty text refused beside the editor."""

from stic_desktop.services.agreements import clauses
from stic_desktop.ui.workspace.clauses_dialog import ClausesDialog
from stic_desktop.ui.workspace.settings_dialog import SettingsDialog


def test_edit_saves_a_new_version(qtbot, db):
    dialog = ClausesDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 11
    assert dialog.list.item(0).text() == "6. Avtalshandlingar och deras inbördes ordning (version 1)"
    dialog.list.setCurrentRow(4)
    assert dialog.title_edit.text() == "Försäkring"
    dialog.body_edit.setPlainText("Leverantören ska ha ansvarsförsäkring om minst 10 miljoner kronor.")
    dialog.save_button.click()
    assert dialog.list.item(4).text() == "10. Försäkring (version 2)" and dialog.list.currentRow() == 4
    assert "Sparad som version 2" in dialog.error_label.text()
    insurance = next(c for c in clauses.current_clauses(db) if c.key == "insurance")
    assert (insurance.version, insurance.body) == (2, "Leverantören ska ha ansvarsförsäkring om minst 10 miljoner "
                                                      "kronor.")
    dialog.body_edit.setPlainText("")
    dialog.save_button.click()
    assert "Texten måste fyllas i" in dialog.error_label.text()
    assert next(c for c in clauses.current_clauses(db) if c.key == "insurance").version == 2


def test_settings_show_the_clauses(qtbot, context):
    settings = SettingsDialog(context)
    qtbot.addWidget(settings)
    assert settings.clauses_label.text().startswith("11 villkor: Avtalshandlingar och deras inbördes ordning")
