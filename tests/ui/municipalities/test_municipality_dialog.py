from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from stic_desktop.services import audit
from stic_desktop.services.municipalities import municipalities
from stic_desktop.ui.municipalities.dialog import MunicipalityDialog
from stic_desktop.ui.widgets.history_dialog import HistoryDialog


def save_button(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)


def test_new_municipality_typed_and_saved(qtbot, context):
    dialog = MunicipalityDialog(context)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.inputs["municipality_code"], "0999")
    qtbot.keyClicks(dialog.inputs["name"], "Kommun ")
    dialog.inputs["name"].insert("Łukasz Żółć & <b>Москва</b> 😀")  # QTest types ASCII only: paste the rest
    qtbot.keyClicks(dialog.inputs["org_number"], "2120000142")
    dialog.inputs["status"].setCurrentIndex(dialog.inputs["status"].findData("interested"))
    dialog.inputs["notes"].insertPlainText("Ayşe ringer i maj")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

    assert dialog.result() == dialog.DialogCode.Accepted
    saved = [m for m in municipalities.list_municipalities(context.db) if m.municipality_code == "0999"]
    assert len(saved) == 1
    assert saved[0].name == "Kommun Łukasz Żółć & <b>Москва</b> 😀"
    assert saved[0].org_number == "212000-0142"
    assert saved[0].status == "interested"
    assert saved[0].notes == "Ayşe ringer i maj"


def test_invalid_input_is_shown_next_to_each_field_and_nothing_is_saved(qtbot, context):
    before = municipalities.list_municipalities(context.db)
    record = before[0]
    dialog = MunicipalityDialog(context, record)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.inputs["municipality_code"].setText("12a4")
    dialog.inputs["name"].setText("   ")
    dialog.inputs["org_number"].setText("212000-0143")
    dialog.inputs["joined_on"].setText("2020-05-01")
    dialog.inputs["left_on"].setText("2019-01-01")
    dialog.inputs["status"].setCurrentIndex(dialog.inputs["status"].findData("left"))
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    assert "fyra siffror" in dialog.errors.message("municipality_code")
    assert "måste fyllas i" in dialog.errors.message("name")
    assert "kontrollsiffra" in dialog.errors.message("org_number")
    assert "före inträdesdatum" in dialog.errors.message("left_on")
    assert dialog.errors.message("website") == ""
    assert municipalities.list_municipalities(context.db) == before

    dialog.inputs["municipality_code"].setText(record.municipality_code)
    dialog.inputs["name"].setText(record.name)
    dialog.inputs["org_number"].setText("")
    dialog.inputs["left_on"].setText("2024-12-31")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert municipalities.get_municipality(context.db, record.id).status == "left"


def test_duplicate_code_names_the_other_municipality(qtbot, context):
    dialog = MunicipalityDialog(context)
    qtbot.addWidget(dialog)
    dialog.inputs["municipality_code"].setText("0180")
    dialog.inputs["name"].setText("Dubblett")
    dialog.save()
    assert "Stockholm" in dialog.errors.message("municipality_code")


def test_history_of_an_edit_shows_who_and_old_and_new_values(qtbot, context):
    record = municipalities.list_municipalities(context.db)[0]
    dialog = MunicipalityDialog(context, record)
    qtbot.addWidget(dialog)
    dialog.inputs["switchboard_phone"].setText("08-123 456 00")
    dialog.save()
    entries = audit.history(context.db, municipalities.ENTITY, record.id)
    assert entries[0].who == "Anna Lindqvist"

    history = HistoryDialog(context, municipalities.ENTITY, record.id, record.name, municipalities.FIELD_LABELS)
    qtbot.addWidget(history)
    top = history.tree.topLevelItem(0)
    assert top.text(1) == "Anna Lindqvist" and top.text(2) == "Ändrad"
    change = top.child(0)
    assert (change.text(2), change.text(3), change.text(4)) == ("Växelnummer", "–", "08-123 456 00")


def test_saving_over_a_colleagues_newer_change_is_refused_keeps_the_text_and_reloads(qtbot, context, monkeypatch,
                                                                                     pinned_clock):
    """Two people edit Solna: the colleague saves first (through the service, on their own connection); saving
    the form then says who changed it and when, keeps what was typed, and "Läs in på nytt" shows the saved record;
    saving again after that works."""
    from stic_desktop.services.people import staff
    from stic_desktop.services.workspace.database import open_database
    from stic_desktop.ui.widgets import messages

    pinned_clock("2026-05-04T10:12")
    record = next(m for m in municipalities.list_municipalities(context.db) if m.name == "Solna")
    dialog = MunicipalityDialog(context, record)
    qtbot.addWidget(dialog)
    dialog.inputs["notes"].setPlainText("Min anteckning")

    colleague = next(s for s in staff.list_staff(context.db) if s.id != context.db.actor_id)
    other = open_database(context.db.path)
    try:
        other.actor_id = colleague.id
        municipalities.save_municipality(other, type(record.as_input())(
            **{**record.as_input().__dict__, "switchboard_phone": "08-746 10 00"}), record.id,
            expected_version=record.row_version)
    finally:
        other.close()

    asked: list[str] = []
    monkeypatch.setattr(messages, "ask_reload", lambda parent, text: asked.append(text) or False)
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() != dialog.DialogCode.Accepted
    assert len(asked) == 1
    assert colleague.name in asked[0] and "4 maj 2026 kl. 10.12" in asked[0] and "kommunen Solna" in asked[0]
    assert dialog.inputs["notes"].toPlainText() == "Min anteckning"  # what was typed is kept
    saved = municipalities.get_municipality(context.db, record.id)
    assert (saved.notes, saved.switchboard_phone) == (record.notes, "08-746 10 00")  # nothing of ours was saved

    monkeypatch.setattr(messages, "ask_reload", lambda parent, text: asked.append(text) or True)
    dialog.save()
    assert len(asked) == 2
    assert dialog.inputs["switchboard_phone"].text() == "08-746 10 00"  # reloaded: the colleague's change shows
    assert dialog.inputs["notes"].toPlainText() == record.notes and not dialog.general_error.isHidden()
    dialog.inputs["notes"].setPlainText("Min anteckning, igen")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted and len(asked) == 2
    saved = municipalities.get_municipality(context.db, record.id)
    assert (saved.notes, saved.switchboard_phone) == ("Min anteckning, igen", "08-746 10 00")
