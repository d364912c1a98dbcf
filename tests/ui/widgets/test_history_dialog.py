"""stic_desktop/ui/widgets/history_dialog.py: the history a user reads is in words and local time."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from stic_desktop.core import clock
from stic_desktop.services import audit
from stic_desktop.services.meetings import meetings
from stic_desktop.services.meetings.meetings import MeetingInput
from stic_desktop.services.meetings.records import STOCKHOLM
from stic_desktop.services.people import groups, memberships, people, staff
from stic_desktop.services.people.memberships import MembershipInput
from stic_desktop.services.procurement import procurements, stages
from stic_desktop.services.procurement.procurements import ProcurementInput
from stic_desktop.ui.meetings.view import MeetingView
from stic_desktop.ui.people.group_members import MembersPanel
from stic_desktop.ui.procurement.view import ProcurementView
from stic_desktop.ui.widgets.history_dialog import HistoryDialog


def changes(tree) -> dict[str, tuple[str, str]]:
    """Ändring → (Före, Efter) over every entry, the oldest last (so the newest wins)."""
    found: dict[str, tuple[str, str]] = {}
    for row in reversed(range(tree.topLevelItemCount())):
        top = tree.topLevelItem(row)
        for child in range(top.childCount()):
            item = top.child(child)
            found[item.text(2)] = (item.text(3), item.text(4))
    return found


def test_the_meetings_history_shows_labels_names_and_local_time(qtbot, context, monkeypatch):
    db = context.db
    steering = next(g for g in groups.list_groups(db) if g.kind == "steering")
    day = clock.today() + timedelta(days=20)
    start = datetime(day.year, day.month, day.day, 9, tzinfo=STOCKHOLM)
    meeting = meetings.create_meeting(db, MeetingInput(steering.id, "Styrgruppen", start, start + timedelta(hours=2)))
    chair = staff.list_staff(db)[0]
    meetings.set_officers(db, meeting.id, chair.id, None)
    meetings.mark_invitation_sent(db, meeting.id)
    sent = meetings.get_meeting(db, meeting.id).invitation_sent_at.astimezone(STOCKHOLM)

    shown = []
    monkeypatch.setattr(HistoryDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    view = MeetingView(context, meeting.id)
    qtbot.addWidget(view)
    view.action_buttons["history"].click()
    (dialog,) = shown
    qtbot.addWidget(dialog)
    rows = changes(dialog.tree)
    assert rows["Status"] == ("Utkast", "Kallad")
    assert rows["Ordförande"] == ("–", chair.name)
    assert rows["Kallelsen skickad"][1] == f"{sent.date().isoformat()} {sent.hour:02d}.{sent.minute:02d}"
    top = dialog.tree.topLevelItem(0)
    written = audit.history(db, meetings.ENTITY, meeting.id)[0].at.astimezone(STOCKHOLM)
    assert top.text(0) == f"{written.date().isoformat()} {written.hour:02d}.{written.minute:02d}"
    assert "+00:00" not in " ".join(v for pair in rows.values() for v in pair)


def test_the_procurement_history_tab_names_the_stages(qtbot, context):
    record = procurements.create_procurement(context.db, ProcurementInput(title="Trygghetslarm", case_number="V-2026-1"))
    stages.advance_stage(context.db, record.id)
    view = ProcurementView(context, record.id)
    qtbot.addWidget(view)
    view.tabs.setCurrentWidget(view.history)
    rows = changes(view.history.tree)
    assert rows["Steg"] == ("Behovsanalys", "Kravspecifikation")


def test_membership_history_names_the_person_and_group(qtbot, context, monkeypatch):
    db = context.db
    group = next(g for g in groups.list_groups(db) if g.kind == "working")
    person = people.list_people(db)[-1]
    saved = memberships.save_membership(db, MembershipInput(person.id, group.id, "expert", from_date="2026-01-01"))
    shown = []
    monkeypatch.setattr(HistoryDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    panel = MembersPanel(context)
    qtbot.addWidget(panel)
    panel.set_group(group)
    panel.date_edit.setDate(date(2026, 2, 1))
    panel.select_membership(saved.id)
    panel.show_history()
    (dialog,) = shown
    qtbot.addWidget(dialog)
    rows = changes(dialog.tree)
    assert rows["Person"] == ("–", person.name)
    assert rows["Grupp"] == ("–", group.name)
    assert rows["Roll"] == ("–", "Expert")
