"""Inställningar → Upphandlande organisation: the deciding party and the commission bounds, saved in the database."""

from stic_desktop.services.workspace import organisation
from stic_desktop.ui.workspace.deciding_party_dialog import DecidingPartyDialog
from stic_desktop.ui.workspace.settings_dialog import SettingsDialog


def test_saved_and_shown_in_the_settings(qtbot, db, context):
    dialog = DecidingPartyDialog(db)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Adda Inköpscentral AB")
    dialog.number_edit.setText("5565782496")
    dialog.max_edit.setText("2,5")
    dialog.notice_spin.setValue(4)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    party = organisation.get_organisation(db).deciding_party
    assert (party.name, party.org_number, party.commission_max_percent, party.commission_notice_months) == (
        "Adda Inköpscentral AB", "556578-2496", "2,5", 4)
    settings = SettingsDialog(context)
    qtbot.addWidget(settings)
    assert "Adda Inköpscentral AB, org.nr 556578-2496" in settings.deciding_label.text()


def test_a_wrong_org_number_is_shown_by_its_field(qtbot, db):
    dialog = DecidingPartyDialog(db)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Adda Inköpscentral AB")
    dialog.number_edit.setText("556578-2497")
    dialog.save()
    assert "kontrollsiffra" in dialog.errors.message("deciding_party_org_number")
    assert organisation.get_organisation(db).deciding_party.name == ""
