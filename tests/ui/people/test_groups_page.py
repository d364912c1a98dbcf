"""stic_desktop/ui/people/groups_page.py, group_members.py, group_dialog.py and membership_dialog.py."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from stic_desktop.core import clock
from stic_desktop.models import Person
from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.people import groups, memberships, staff
from stic_desktop.services.people.groups import GroupInput
from stic_desktop.services.people.memberships import MembershipInput
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.people.group_dialog import GroupDialog
from stic_desktop.ui.people.group_members import ENDED_COLOUR
from stic_desktop.ui.people.groups_page import GroupsPage
from stic_desktop.ui.people.membership_dialog import EndMembershipDialog, MembershipDialog
from stic_desktop.ui.widgets import list_page, messages

TODAY = clock.today()
LAST_YEAR = (TODAY - timedelta(days=365)).isoformat()


def add_person(db, name: str, municipality: str | None = None, *, kind: str | None = None, email: str = "") -> int:
    """Test set-up only: a person written directly (the people service is tested elsewhere)."""
    ids = {m.name: m.id for m in municipalities.list_municipalities(db)}
    with db.write() as session:
        person = Person(name=name, title="", organisation_kind=kind or ("municipality" if municipality else "other"),
                        municipality_id=ids[municipality] if municipality else None, email=email, phone="08-1",
                        active=True)
        session.add(person)
        session.flush()
        return person.id


def save_button(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)


@pytest.fixture
def context(db, qapp):
    """The county's municipalities, a current user, a contract group with two members (one ended)."""
    municipalities.import_county_municipalities(db)
    staff.set_current_user(db, staff.add_staff_member(db, "Anna Lindqvist", "Regionchef").id)
    food = groups.save_group(db, GroupInput("Avtalsgrupp Livsmedel", subject_area="Livsmedel", min_experts=2))
    memberships.save_membership(db, MembershipInput(add_person(db, "Kim Kock", "Solna", email="kim@solna.se"), food.id,
                                               "chair", None, False, LAST_YEAR))
    memberships.save_membership(db, MembershipInput(add_person(db, "Ulla Ute", "Nacka", email="ulla@nacka.se"), food.id,
                                               "expert", None, False, LAST_YEAR, (TODAY - timedelta(days=30)).isoformat()))
    add_person(db, "Bo Berg", "Nacka", email="bo@nacka.se")
    add_person(db, "Siv Solna", "Solna", email="siv@solna.se")
    return AppContext(db)


@pytest.fixture
def page(qtbot, context):
    page = GroupsPage(context)
    qtbot.addWidget(page)
    page.reload()
    return page


def food_group(db) -> groups.GroupRecord:
    return next(g for g in groups.list_groups(db) if g.name == "Avtalsgrupp Livsmedel")


def select_group(page, name: str) -> None:
    page.select_record(next(g.id for g in groups.list_groups(page.context.db) if g.name == name))


def names(panel) -> list[str]:
    return [r.person_name for r in panel.model.visible_records()]


def test_groups_listed_standing_first_with_members_today(page):
    rows = [(r.kind_label, r.name, r.member_count) for r in page.model.visible_records()]
    assert rows == [("Styrgrupp", "Styrgruppen", 0), ("Arbetsgrupp", "Arbetsgruppen", 0),
                    ("Avtalsgrupp", "Avtalsgrupp Livsmedel", 1)]
    assert page.count_label.text() == "3 av 3 grupper"
    assert page.members.group.name == "Styrgruppen"  # the first group is selected from the start


def test_members_as_of_a_date_and_with_history(qtbot, qtmodeltester, page):
    select_group(page, "Avtalsgrupp Livsmedel")
    panel = page.members
    assert panel.heading.text() == "Medlemmar i Avtalsgrupp Livsmedel"
    assert names(panel) == ["Kim Kock"]
    panel.date_edit.setDate(QDate(TODAY - timedelta(days=60)))
    assert names(panel) == ["Kim Kock", "Ulla Ute"]
    panel.date_edit.setDate(QDate(TODAY - timedelta(days=400)))
    assert names(panel) == [] and panel.stack.currentWidget() is panel.empty_label
    panel.today_button.click()
    panel.history_check.setChecked(True)
    assert names(panel) == ["Kim Kock", "Ulla Ute"] and panel.count_label.text() == "2 medlemskap"
    colour = lambda row: panel.model.data(panel.model.index(row, 0), Qt.ItemDataRole.ForegroundRole)  # noqa: E731
    assert colour(0) is None and colour(1) == ENDED_COLOUR
    qtmodeltester.check(panel.model, force_py=True)


def test_copy_email_addresses_of_the_members_shown(qtbot, page):
    select_group(page, "Avtalsgrupp Livsmedel")
    page.members.history_check.setChecked(True)
    with qtbot.waitSignal(page.status_message) as blocker:
        page.members.copy_button.click()
    assert QGuiApplication.clipboard().text() == "kim@solna.se; ulla@nacka.se"
    assert blocker.args == ["2 e-postadresser kopierades."]
    page.members.history_check.setChecked(False)
    page.members.copy_button.click()
    assert QGuiApplication.clipboard().text() == "kim@solna.se"


def test_new_contract_group_typed_and_saved(qtbot, context):
    dialog = GroupDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.kind_label.text() == "Avtalsgrupp"
    qtbot.keyClicks(dialog.name_edit, "Avtalsgrupp Fordon ")
    dialog.name_edit.insert("Łukasz & <b>Москва</b>")
    qtbot.keyClicks(dialog.subject_edit, "Fordon")
    dialog.min_experts.setValue(4)
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = groups.get_group(context.db, dialog.saved.id)
    assert (saved.name, saved.kind, saved.subject_area, saved.min_experts) == (
        "Avtalsgrupp Fordon Łukasz & <b>Москва</b>", "contract", "Fordon", 4)


def test_group_errors_are_shown_next_to_the_field(qtbot, context):
    dialog = GroupDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setText("avtalsgrupp livsmedel")
    dialog.save()
    assert dialog.isVisible() and "finns redan en grupp" in dialog.errors.message("name")
    assert len(groups.list_groups(context.db)) == 3


def test_standing_group_cannot_be_deactivated_or_deleted_from_the_page(qtbot, page):
    steering = groups.list_groups(page.context.db)[0]
    dialog = GroupDialog(page.context, steering)
    qtbot.addWidget(dialog)
    assert not dialog.active_check.isEnabled() and dialog.kind_label.text() == "Styrgrupp"
    page.select_record(steering.id)
    assert not page.delete_action.isEnabled()
    select_group(page, "Avtalsgrupp Livsmedel")
    assert page.delete_action.isEnabled()


def test_delete_refused_for_a_group_with_members_shows_why(qtbot, page, monkeypatch):
    shown = []
    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    monkeypatch.setattr(list_page.messages, "show_error", lambda parent, error: shown.append(error.message))
    select_group(page, "Avtalsgrupp Livsmedel")
    page.delete_action.trigger()
    assert shown and "gruppmedlemskap" in shown[0] and "inaktiv" in shown[0]
    assert page.model.total_count == 3


def test_delete_an_empty_contract_group_after_asking(qtbot, page, monkeypatch):
    asked = []
    groups.save_group(page.context.db, GroupInput("Felregistrerad grupp"))
    page.reload()
    monkeypatch.setattr(messages, "confirm", lambda *args: asked.append(args[2]) or True)
    select_group(page, "Felregistrerad grupp")
    page.delete_action.trigger()
    assert asked and "Felregistrerad grupp" in asked[0]
    assert [r.name for r in page.model.visible_records()][-1] == "Avtalsgrupp Livsmedel"


def test_add_member_through_the_dialog_updates_list_and_counts(qtbot, page):
    select_group(page, "Avtalsgrupp Livsmedel")

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, MembershipDialog)
        dialog.person_combo.setEditText("Bo Berg")  # typing would open the completer popup (offscreen warns)
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("expert"))
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_in)
    with qtbot.waitSignal(page.status_message):
        page.members.add_button.click()
    assert names(page.members) == ["Kim Kock", "Bo Berg"]
    added = page.members.selected()
    assert (added.person_name, added.role, added.municipality_name, added.from_date) == ("Bo Berg", "expert", "Nacka", TODAY)
    assert food_group(page.context.db).member_count == 2
    assert [r.member_count for r in page.model.visible_records()][-1] == 2  # the list refreshed too


def test_choosing_a_person_fills_in_their_municipality(qtbot, context):
    dialog = MembershipDialog(context, food_group(context.db))
    qtbot.addWidget(dialog)
    assert dialog.role_combo.currentData() == "expert"  # the usual role in a contract group
    dialog.person_combo.setCurrentIndex(dialog.person_combo.findText("Siv Solna – Solna"))
    assert dialog.municipality_combo.currentText() == "Solna"
    dialog.represents_other.setChecked(True)
    dialog.municipality_combo.setCurrentIndex(dialog.municipality_combo.findText("Sundbyberg"))
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert (dialog.saved.municipality_name, dialog.saved.represents_other) == ("Sundbyberg", True)


def test_membership_rules_are_shown_next_to_their_fields_and_nothing_is_saved(qtbot, context):
    group = food_group(context.db)
    before = memberships.membership_history(context.db, group.id)
    dialog = MembershipDialog(context, group)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.person_combo.setEditText("siv solna")  # the name alone, any case, is enough
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("chair"))
    dialog.municipality_combo.setCurrentIndex(dialog.municipality_combo.findText("Täby"))
    dialog.has_end.setChecked(True)
    dialog.to_edit.setDate(dialog.from_edit.date().addDays(-1))
    dialog.save()
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    assert "före från-datum" in dialog.errors.message("to_date")
    assert "arbetar i Solna" in dialog.errors.message("municipality_id")
    assert dialog.errors.message("person_id") == ""
    dialog.has_end.setChecked(False)
    dialog.save()
    assert "Kim Kock" in dialog.errors.message("role") and dialog.errors.message("to_date") == ""
    dialog.person_combo.setEditText("Nobody Here")
    dialog.save()
    assert "”Nobody Here” finns inte i listan" in dialog.errors.message("person_id")
    assert memberships.membership_history(context.db, group.id) == before


def test_edit_an_existing_membership(qtbot, page, monkeypatch):
    select_group(page, "Avtalsgrupp Livsmedel")
    page.members.table.selectRow(0)
    record = page.members.selected()
    dialog = MembershipDialog(page.context, food_group(page.context.db), record)
    qtbot.addWidget(dialog)
    assert not dialog.person_combo.isEnabled() and dialog.person_id() == record.person_id
    assert dialog.role_combo.currentData() == "chair" and not dialog.has_end.isChecked()
    dialog.notes_edit.setPlainText("Leder arbetet")
    dialog.save()
    assert memberships.get_membership(page.context.db, record.id).notes == "Leder arbetet"


def test_end_a_membership_keeps_it_in_the_history(qtbot, page, monkeypatch):
    select_group(page, "Avtalsgrupp Livsmedel")
    panel = page.members
    panel.table.selectRow(0)
    record = panel.selected()
    assert panel.end_button.isEnabled()
    yesterday = TODAY - timedelta(days=1)
    monkeypatch.setattr(panel, "ask_end_date", lambda r: yesterday)
    with qtbot.waitSignal(page.status_message) as blocker:
        panel.end_button.click()
    assert "Kim Kock slutar" in blocker.args[0]
    assert names(panel) == []
    assert memberships.get_membership(page.context.db, record.id).to_date == yesterday
    panel.history_check.setChecked(True)
    assert names(panel) == ["Kim Kock", "Ulla Ute"]
    panel.select_membership(record.id)
    assert not panel.end_button.isEnabled()  # already ended


def test_end_dialog_suggests_today_and_not_before_the_start(qtbot, context):
    record = memberships.members(context.db, food_group(context.db).id)[0]
    dialog = EndMembershipDialog(record)
    qtbot.addWidget(dialog)
    assert dialog.end_date() == TODAY
    dialog.date_edit.setDate(QDate(record.from_date - timedelta(days=10)))
    assert dialog.end_date() == record.from_date
