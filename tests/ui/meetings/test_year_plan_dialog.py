"""stic_desktop/ui/meetings/year_plan_dialog.py: presets, the live preview with moved dates, errors and creating in one go."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QTime

from stic_desktop.services.meetings import meetings
from stic_desktop.services.people import groups
from stic_desktop.services.people.groups import GroupInput
from stic_desktop.ui.meetings import year_plan_dialog
from stic_desktop.ui.meetings.year_plan_dialog import MOVED_COLOUR, YearPlanDialog, plan_year
from stic_desktop.ui.widgets import messages


def group(db, kind: str):
    return next(g for g in groups.list_groups(db) if g.kind == kind)


@pytest.fixture
def dialog(qtbot, context):
    dialog = YearPlanDialog(context, group(context.db, "steering").id)
    qtbot.addWidget(dialog)
    dialog.year_spin.setValue(2027)
    return dialog


def preview_rows(dialog) -> list[tuple[str, str]]:
    return [(dialog.preview.topLevelItem(r).text(0), dialog.preview.topLevelItem(r).text(1))
            for r in range(dialog.preview.topLevelItemCount())]


def test_starts_with_four_meetings_a_year_on_the_first_tuesday(dialog) -> None:
    assert dialog.group_combo.currentText() == "Styrgruppen"
    assert dialog.months() == (2, 4, 9, 11)
    assert preview_rows(dialog) == [("tisdag 2 februari", ""), ("tisdag 6 april", ""),
                                    ("tisdag 7 september", ""), ("tisdag 2 november", "")]
    assert dialog.preview_label.text() == "4 möten (09.00–12.00)"
    assert dialog.create_button.text() == "Skapa 4 möten" and dialog.create_button.isEnabled()
    assert dialog.title_edit.placeholderText() == "Styrgruppen – februari 2027"


def test_presets_choose_months(dialog) -> None:
    dialog.preset_buttons["Varje månad utom juli"].click()
    assert dialog.months() == (1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12)
    assert dialog.preview.topLevelItemCount() == 11
    dialog.preset_buttons["Inga"].click()
    assert dialog.months() == ()
    dialog.preset_buttons["Fyra gånger per år"].click()
    assert dialog.months() == (2, 4, 9, 11)
    dialog.month_boxes[7].setChecked(True)
    assert dialog.preview.topLevelItemCount() == 5


def test_moved_dates_say_why_in_orange(dialog) -> None:
    dialog.set_months((1, 12))
    dialog.weekday_combo.setCurrentIndex(2)  # onsdag: 6 January 2027 is Trettondedag jul
    rows = preview_rows(dialog)
    assert rows == [("torsdag 7 januari", "Flyttat från 6 jan: Trettondedag jul."), ("onsdag 1 december", "")]
    first = dialog.preview.topLevelItem(0)
    assert first.foreground(1).color() == MOVED_COLOUR
    assert first.toolTip(1).startswith("onsdag 6 januari 2027 är Trettondedag jul")
    dialog.nth_combo.setCurrentIndex(4)  # sista fredag
    dialog.weekday_combo.setCurrentIndex(4)
    assert preview_rows(dialog)[1] == ("torsdag 30 december", "Flyttat från 31 dec: Nyårsafton.")


def test_a_day_the_group_already_meets_is_pointed_out(dialog, context) -> None:
    from datetime import datetime

    from stic_desktop.services.meetings.meetings import MeetingInput
    from stic_desktop.services.meetings.records import STOCKHOLM

    steering = group(context.db, "steering")
    meetings.create_meeting(context.db, MeetingInput(steering.id, "Redan planerat",
                                                     datetime(2027, 2, 2, 13, tzinfo=STOCKHOLM),
                                                     datetime(2027, 2, 2, 15, tzinfo=STOCKHOLM)))
    dialog = YearPlanDialog(context, steering.id)
    dialog.year_spin.setValue(2027)
    assert preview_rows(dialog)[0] == ("tisdag 2 februari", "Gruppen har redan ett möte den dagen (Redan planerat).")
    assert dialog.preview_label.text().endswith("Styrgruppen har redan 1 möten 2027.")


def test_no_months_or_a_backwards_time_blocks_creating(dialog) -> None:
    dialog.set_months(())
    assert dialog.preview.topLevelItemCount() == 0
    assert dialog.preview_label.text() == "Inga datum: Välj minst en månad."
    assert not dialog.create_button.isEnabled()
    dialog.set_months((3,))
    assert dialog.create_button.isEnabled() and dialog.create_button.text() == "Skapa 1 möte"
    dialog.end_edit.setTime(QTime(8, 0))
    assert dialog.preview_label.text() == "Inga datum: Mötet kan inte sluta innan det börjar."
    assert not dialog.create_button.isEnabled()


def test_create_makes_all_the_meetings_in_one_go(dialog, context) -> None:
    dialog.location_edit.setText("Stadshuset, sal 3")
    dialog.start_edit.setTime(QTime(13, 0))
    dialog.end_edit.setTime(QTime(16, 0))
    dialog.create_button.click()
    assert dialog.result() == YearPlanDialog.DialogCode.Accepted
    created = meetings.list_meetings(context.db, start=date(2027, 1, 1), end=date(2027, 12, 31))
    assert [m.id for m in dialog.created] == [m.id for m in created]
    assert [(m.meeting_date, m.starts_at.time(), m.ends_at.time(), m.location, m.title, m.status) for m in created] == [
        (date(2027, month, day), time(13), time(16), "Stadshuset, sal 3", f"Styrgruppen – {name} 2027", "draft")
        for month, day, name in ((2, 2, "februari"), (4, 6, "april"), (9, 7, "september"), (11, 2, "november"))]


def test_service_errors_appear_next_to_the_field_and_nothing_is_created(qtbot, context) -> None:
    contract = group(context.db, "contract")
    dialog = YearPlanDialog(context, contract.id)
    qtbot.addWidget(dialog)
    dialog.year_spin.setValue(2027)
    assert dialog.group_combo.currentText() == contract.name
    groups.save_group(context.db, GroupInput(**{**contract.as_input().__dict__, "active": False}), contract.id)
    dialog.create_button.click()
    assert dialog.result() != YearPlanDialog.DialogCode.Accepted
    assert "inaktiv" in dialog.errors.message("group_id")
    assert meetings.list_meetings(context.db, start=date(2027, 1, 1), end=date(2027, 12, 31)) == []
    dialog.month_boxes[5].setChecked(True)  # any change clears the old message
    assert dialog.errors.message("group_id") == ""


def test_existing_meetings_ask_first(dialog, context, monkeypatch) -> None:
    dialog.create_button.click()
    assert len(dialog.created) == 4
    again = YearPlanDialog(context, group(context.db, "steering").id)
    again.year_spin.setValue(2027)
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda _p, _title, text, _accept: asked.append(text) or False)
    again.create_button.click()
    assert asked == ["Styrgruppen har redan 4 möten 2027. Vill du ändå skapa 4 till?"]
    assert again.created == []
    assert len(meetings.list_meetings(context.db, start=date(2027, 1, 1), end=date(2027, 12, 31))) == 4


def test_plan_year_tells_the_other_pages_and_the_status_bar(qtbot, context, monkeypatch) -> None:
    working = group(context.db, "working")

    def run(self) -> int:
        self.year_spin.setValue(2027)
        self.preset_buttons["Varje månad utom juli"].click()
        self.create()
        return self.result()

    monkeypatch.setattr(YearPlanDialog, "exec", run)
    statuses: list[str] = []
    with qtbot.waitSignal(context.data_changed) as changed:
        created = plan_year(context, None, group_id=working.id, status=statuses.append)
    assert changed.args == ["meeting"]
    assert len(created) == 11 and {m.group_id for m in created} == {working.id}
    assert statuses == ["11 möten skapades för Arbetsgruppen 2027 (utkast)."]


def test_plan_year_cancelled_creates_nothing(context, monkeypatch) -> None:
    monkeypatch.setattr(YearPlanDialog, "exec", lambda self: 0)
    changed = []
    context.data_changed.connect(changed.append)
    assert plan_year(context, None) == []
    assert changed == []


def test_default_year_is_next_year_from_september() -> None:
    assert year_plan_dialog._default_year(date(2026, 8, 31)) == 2026
    assert year_plan_dialog._default_year(date(2026, 9, 1)) == 2027
