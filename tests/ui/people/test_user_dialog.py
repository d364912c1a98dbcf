from stic_desktop.services import audit
from stic_desktop.services.people import staff
from stic_desktop.ui.people.user_dialog import UserDialog


def test_first_start_with_no_staff_adds_the_user(qtbot, db):
    dialog = UserDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.pick_new.isChecked() and not dialog.pick_existing.isEnabled()
    dialog.name_edit.setText("Anna Lindqvist")
    dialog.title_edit.setText("Regionchef")
    dialog.choose()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert [m.name for m in staff.list_staff(db)] == ["Anna Lindqvist"]
    assert db.actor_id == dialog.chosen.id
    assert audit.history(db, staff.ENTITY, dialog.chosen.id)[0].who == "Anna Lindqvist"


def test_empty_name_and_bad_email_are_shown_and_nothing_saved(qtbot, db):
    dialog = UserDialog(db)
    qtbot.addWidget(dialog)
    dialog.email_edit.setText("inte-en-adress")
    dialog.choose()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "måste fyllas i" in dialog.errors.message("name")
    assert "e-postadress" in dialog.errors.message("email")
    assert staff.list_staff(db) == [] and db.actor_id is None


def test_pick_an_existing_staff_member(qtbot, demo_db):
    members = staff.list_staff(demo_db)
    demo_db.actor_id = None
    dialog = UserDialog(demo_db, preselect_id=members[2].id)
    qtbot.addWidget(dialog)
    assert dialog.pick_existing.isChecked()
    assert dialog.staff_combo.currentData() == members[2].id
    dialog.choose()
    assert demo_db.actor_id == members[2].id
    assert len(staff.list_staff(demo_db)) == 3
