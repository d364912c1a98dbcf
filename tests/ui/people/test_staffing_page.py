"""stic_desktop/ui/people/staffing_page.py and staffing_dialog.py: the matrix model, gaps, and staffing in one step."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from stic_desktop.core import clock
from stic_desktop.models import Person, PersonExpertise
from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.people import groups, memberships, staff, staffing
from stic_desktop.services.people.groups import GroupInput
from stic_desktop.services.people.memberships import MembershipInput
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.people import staffing_dialog, staffing_page
from stic_desktop.ui.people.staffing_dialog import StaffingDialog
from stic_desktop.ui.people.staffing_page import GAP_COLOUR, MUTED_COLOUR, OK_COLOUR, StaffingModel, StaffingPage

TODAY = clock.today()
START = (TODAY - timedelta(days=100)).isoformat()


def add_person(db, name: str, municipality: str | None = None, *, tags: tuple[str, ...] = (), kind: str | None = None) -> int:
    """Test set-up only: a person written directly (the people service is tested elsewhere)."""
    ids = {m.name: m.id for m in municipalities.list_municipalities(db)}
    with db.write() as session:
        person = Person(name=name, title="Kostchef", organisation_kind=kind or ("municipality" if municipality else "other"),
                        municipality_id=ids[municipality] if municipality else None, email="", phone="", active=True)
        person.expertise = [PersonExpertise(tag=t) for t in tags]
        session.add(person)
        session.flush()
        return person.id


def sit(db, group_id: int, person_id: int, role: str = "member", start: str = START, end: str = "") -> None:
    memberships.save_membership(db, MembershipInput(person_id, group_id, role, None, False, start, end))


@pytest.fixture
def context(db, qapp):
    municipalities.import_county_municipalities(db)
    for record in municipalities.list_municipalities(db):
        if record.name == "Vaxholm":
            municipalities.save_municipality(db, municipalities.MunicipalityInput(
                **{**record.as_input().__dict__, "status": "interested"}), record.id)
    staff.set_current_user(db, staff.add_staff_member(db, "Anna Lindqvist", "Regionchef").id)
    working = next(g for g in groups.list_groups(db) if g.kind == "working")
    sit(db, working.id, add_person(db, "Sam Solna", "Solna"))
    sit(db, working.id, add_person(db, "Nina Nacka", "Nacka"), "chair", START, (TODAY - timedelta(days=10)).isoformat())
    food = groups.save_group(db, GroupInput("Livsmedel", subject_area="Livsmedel och måltider", min_experts=2))
    sit(db, food.id, add_person(db, "Erik Stic", kind="stic"), "secretary")
    add_person(db, "Lisa Kock", "Solna", tags=("livsmedel",))
    add_person(db, "Mats Mat", "Solna", tags=("måltider", "IT"))
    add_person(db, "Nils Nacka", "Nacka", tags=("Livsmedel",))
    add_person(db, "Ivar IT", "Nacka", tags=("IT",))
    return AppContext(db)


@pytest.fixture
def page(qtbot, context):
    page = StaffingPage(context)
    qtbot.addWidget(page)
    page.reload()
    return page


def food_id(db) -> int:
    return next(g.id for g in groups.list_groups(db) if g.name == "Livsmedel")


def row_of(page, name: str) -> int:
    model = page.model
    return next(r for r in range(model.rowCount()) if model.headerData(r, Qt.Orientation.Vertical).startswith(name))


def cell(page, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return page.model.data(page.model.index(row, column), role)


def test_model_passes_qtmodeltester(qtmodeltester, context):
    model = StaffingModel()
    qtmodeltester.check(model, force_py=True)  # empty, before any matrix
    model.set_matrix(staffing.staffing_matrix(context.db))
    qtmodeltester.check(model, force_py=True)


def test_matrix_shows_who_sits_where_with_the_status_row_first(page):
    model = page.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Styrgruppen", "Arbetsgruppen", "Livsmedel"]
    assert model.headerData(0, Qt.Orientation.Vertical) == "Gruppens status"
    assert model.rowCount() == 1 + 26 + 1  # status, 25 members + Vaxholm (interested), everyone else
    assert cell(page, row_of(page, "Solna"), 1) == "Sam Solna (ledamot)"
    assert cell(page, row_of(page, "Övriga"), 2) == "Erik Stic (sekreterare)"
    assert "Sakområde: Livsmedel och måltider" in model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    vaxholm = row_of(page, "Vaxholm")
    assert model.headerData(vaxholm, Qt.Orientation.Vertical) == "Vaxholm (intresserad)"
    assert cell(page, vaxholm, 1, Qt.ItemDataRole.ForegroundRole) == MUTED_COLOUR


def test_gaps_are_highlighted_with_a_tooltip_saying_what_is_missing(page):
    nacka = row_of(page, "Nacka")  # Nina Nacka left the working group ten days ago
    assert cell(page, nacka, 1) == "saknas"
    assert cell(page, nacka, 1, Qt.ItemDataRole.BackgroundRole) == GAP_COLOUR
    assert cell(page, nacka, 1, Qt.ItemDataRole.ToolTipRole) == "Ingen från Nacka i arbetsgruppen."
    assert cell(page, row_of(page, "Solna"), 1, Qt.ItemDataRole.BackgroundRole) is None
    assert cell(page, row_of(page, "Vaxholm"), 1, Qt.ItemDataRole.BackgroundRole) is None  # only interested
    assert cell(page, 0, 2) == "Ingen ordförande\n0 av minst 2 experter"
    assert cell(page, 0, 2, Qt.ItemDataRole.BackgroundRole) == GAP_COLOUR
    assert page.summary_label.text() == "26 luckor"  # 24 municipalities missing + 2 for the contract group


def test_the_date_selector_shows_the_staffing_on_that_day(page):
    nacka = row_of(page, "Nacka")
    page.date_edit.setDate(QDate(TODAY - timedelta(days=20)))
    assert cell(page, nacka, 1) == "Nina Nacka (ordförande)"
    assert cell(page, nacka, 1, Qt.ItemDataRole.BackgroundRole) is None
    page.date_edit.setDate(QDate(TODAY - timedelta(days=200)))
    assert cell(page, row_of(page, "Solna"), 1) == "saknas"


def test_a_full_cell_shows_three_lines_and_the_tooltip_everyone(page):
    db = page.context.db
    for name in ("A", "B", "C", "D", "E"):
        sit(db, food_id(db), add_person(db, f"Expert {name}", "Solna"), "expert")
    page.context.data_changed.emit(memberships.MEMBERSHIP_ENTITY)  # reloads the page
    solna = row_of(page, "Solna")
    assert cell(page, solna, 2).splitlines() == ["Expert A (expert)", "Expert B (expert)", "… och 3 till"]
    assert cell(page, solna, 2, Qt.ItemDataRole.ToolTipRole).count("\n") == 4
    assert cell(page, 0, 2) == "Ingen ordförande"
    sit(db, food_id(db), add_person(db, "Ordf", "Nacka"), "chair")
    page.context.data_changed.emit(memberships.MEMBERSHIP_ENTITY)
    assert cell(page, 0, 2, Qt.ItemDataRole.BackgroundRole) == OK_COLOUR
    assert cell(page, 0, 2) == "7 medlemmar, 5 experter"


def test_double_click_on_a_gap_opens_a_membership_for_that_municipality(qtbot, page, monkeypatch):
    opened = []

    def fake_exec(dialog) -> int:
        opened.append((dialog.group.name, dialog.municipality_combo.currentText()))
        dialog.person_combo.setEditText("Nils Nacka")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(staffing_page.MembershipDialog, "exec", fake_exec)
    nacka = row_of(page, "Nacka")
    with qtbot.waitSignal(page.status_message):
        page._cell_activated(page.model.index(nacka, 1))
    assert opened == [("Arbetsgruppen", "Nacka")]
    assert cell(page, nacka, 1) == "Nils Nacka (ledamot)"  # the page refreshed


def test_staffing_dialog_suggests_and_adds_the_ticked_people_in_one_step(qtbot, context):
    db = context.db
    dialog = StaffingDialog(context, food_id(db))
    qtbot.addWidget(dialog)
    assert "Livsmedel och måltider" in dialog.group_info.text()
    assert dialog.suggestions.topLevelItemCount() == 0 and not dialog.add_button.isEnabled()
    assert "Kryssa i" in dialog.suggestion_hint.text()
    dialog._tick_all(True)
    assert [dialog.suggestions.topLevelItem(i).text(0) for i in range(dialog.suggestions.topLevelItemCount())] == [
        "Nils Nacka", "Lisa Kock", "Mats Mat"]
    dialog.suggestions.topLevelItem(2).setCheckState(0, Qt.CheckState.Unchecked)
    assert dialog.add_button.text() == "Lägg till 2"
    dialog.from_edit.setDate(QDate(TODAY))
    dialog.add_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.added == 2
    seated = [(m.person_name, m.role, m.municipality_name) for m in memberships.members(db, food_id(db))]
    assert seated == [("Erik Stic", "secretary", None), ("Lisa Kock", "expert", "Solna"), ("Nils Nacka", "expert", "Nacka")]


def test_unticking_survives_ticking_another_municipality(qtbot, context):
    dialog = StaffingDialog(context, food_id(context.db))
    qtbot.addWidget(dialog)
    items = {dialog.municipality_list.item(i).text(): dialog.municipality_list.item(i)
             for i in range(dialog.municipality_list.count())}
    assert "Vaxholm (intresserad)" in items and "Sigtuna" in items
    items["Solna"].setCheckState(Qt.CheckState.Checked)
    dialog.suggestions.topLevelItem(0).setCheckState(0, Qt.CheckState.Unchecked)  # Lisa Kock
    items["Nacka"].setCheckState(Qt.CheckState.Checked)
    states = {dialog.suggestions.topLevelItem(i).text(0): dialog.suggestions.topLevelItem(i).checkState(0)
              for i in range(dialog.suggestions.topLevelItemCount())}
    assert states == {"Nils Nacka": Qt.CheckState.Checked, "Lisa Kock": Qt.CheckState.Unchecked,
                      "Mats Mat": Qt.CheckState.Checked}


def test_staffing_dialog_shows_every_problem_and_adds_nobody(qtbot, context):
    db = context.db
    dialog = StaffingDialog(context, food_id(db))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog._tick_all(True)
    dialog.role_combo.addItem("Ordförande", "chair")  # two chairs at once: the rules refuse it
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("chair"))
    dialog.add_button.click()
    assert dialog.isVisible() and dialog.added == 0
    assert "redan en ordförande" in dialog.error_label.text()
    assert [m.person_name for m in memberships.members(db, food_id(db))] == ["Erik Stic"]


def test_group_without_subject_area_explains_why_there_are_no_suggestions(qtbot, context):
    empty = groups.save_group(context.db, GroupInput("Utan område"))
    dialog = StaffingDialog(context, empty.id)
    qtbot.addWidget(dialog)
    dialog._tick_all(True)
    assert "inget sakområde" in dialog.suggestion_hint.text()


def test_page_button_opens_the_dialog_and_reports_what_was_added(qtbot, page, monkeypatch):
    def fake_exec(dialog) -> int:
        dialog._tick_all(True)
        dialog.add()
        return dialog.result()

    monkeypatch.setattr(staffing_dialog.StaffingDialog, "exec", fake_exec)
    with qtbot.waitSignal(page.status_message) as blocker:
        page.staff_button.click()
    assert blocker.args == ["3 personer lades till i Livsmedel."]
    assert cell(page, 0, 2) == "Ingen ordförande"  # three experts now: only the chair is missing
