"""stic_desktop/services/meetings/minutes.py (with action_items.py): § numbering, adjusting, locking, reopening,
action items."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from meeting_fixtures import add_person, at, audit_rows, group_id, staff_working

from stic_desktop.core import clock
from stic_desktop.errors import NotFound, ValidationError
from stic_desktop.services.meetings import action_items, agenda, invitees, meetings, minutes
from stic_desktop.services.meetings.action_items import ActionItemInput
from stic_desktop.services.meetings.agenda import AgendaItemInput
from stic_desktop.services.meetings.meetings import MeetingInput
from stic_desktop.services.meetings.records import STOCKHOLM

LOCKED = "Protokollet är justerat.*öppna det igen"


@pytest.fixture
def office_db(db):
    return staff_working(db)


def meeting_with_items(db, group: int | None, day: str, count: int, hm: str = "09:00") -> int:
    start = at(day, hm)
    mid = meetings.create_meeting(db, MeetingInput(group, "Möte", start, start.replace(hour=start.hour + 2))).id
    for n in range(count):
        agenda.add_item(db, mid, AgendaItemInput(f"Punkt {n + 1}"))
    return mid


def paragraphs(db, meeting_id: int) -> list[int | None]:
    return [item.paragraph for item in agenda.agenda(db, meeting_id).items]


@pytest.fixture
def ready(office_db) -> dict:
    """A held steering-group meeting with chair, secretary and one adjuster: ready to adjust."""
    mid = meeting_with_items(office_db, group_id(office_db, "steering"), "2026-03-10", 3)
    chair, secretary = add_person(office_db, "Ordf Örande"), add_person(office_db, "Sekr Etare")
    adjuster = invitees.add_guest(office_db, mid, add_person(office_db, "Just Erare"))
    meetings.set_officers(office_db, mid, chair, secretary)
    meetings.mark_held(office_db, mid)
    invitees.set_adjuster(office_db, adjuster.id, True)
    return {"meeting": mid, "chair": chair, "secretary": secretary, "adjuster": adjuster.id}


# --- § numbers ----------------------------------------------------------------------------------

def test_paragraphs_continue_per_group_and_calendar_year(office_db):
    steering, working = group_id(office_db, "steering"), group_id(office_db, "working")
    february = meeting_with_items(office_db, steering, "2026-02-10", 3)
    april = meeting_with_items(office_db, steering, "2026-04-10", 2)
    march_working = meeting_with_items(office_db, working, "2026-03-10", 2)
    next_year = meeting_with_items(office_db, steering, "2027-01-01", 2, hm="00:30")  # 2026-12-31 in UTC
    loose_a = meeting_with_items(office_db, None, "2026-02-11", 2)
    loose_b = meeting_with_items(office_db, None, "2026-02-12", 3)
    assert paragraphs(office_db, february) == [None, None, None]  # numbered when held
    for mid in (february, april, march_working, next_year, loose_a, loose_b):
        meetings.mark_held(office_db, mid)
    assert paragraphs(office_db, february) == [1, 2, 3]
    assert paragraphs(office_db, april) == [4, 5]
    assert paragraphs(office_db, march_working) == [1, 2]
    assert paragraphs(office_db, next_year) == [1, 2]
    assert paragraphs(office_db, loose_a) == [1, 2] and paragraphs(office_db, loose_b) == [1, 2, 3]
    logged = [json.loads(row[3]) for row in audit_rows(office_db, "agenda_item") if row[1] == "update"]
    assert {"paragraph": [None, 1]} in logged


def test_numbers_never_change_once_set(office_db):
    steering = group_id(office_db, "steering")
    february = meeting_with_items(office_db, steering, "2026-02-10", 3)
    april = meeting_with_items(office_db, steering, "2026-04-10", 2)
    meetings.mark_held(office_db, february)
    meetings.mark_held(office_db, april)
    items = agenda.agenda(office_db, february).items
    agenda.move_item(office_db, items[2].id, 0)
    assert paragraphs(office_db, february) == [3, 1, 2]
    added = agenda.add_item(office_db, february, AgendaItemInput("Extra punkt"))  # after the fact: the next free number
    assert added.paragraph == 6
    minutes.number_paragraphs(office_db, february)
    minutes.number_paragraphs(office_db, april)
    assert paragraphs(office_db, february) == [3, 1, 2, 6] and paragraphs(office_db, april) == [4, 5]
    with pytest.raises(ValidationError, match="§ 3 och kan inte tas bort"):
        agenda.delete_item(office_db, items[2].id)


def test_a_draft_is_not_numbered(office_db):
    mid = meeting_with_items(office_db, None, "2026-02-10", 2)
    with pytest.raises(ValidationError, match="numreras när mötet är genomfört"):
        minutes.number_paragraphs(office_db, mid)
    assert paragraphs(office_db, mid) == [None, None]


def test_set_minutes_saves_notes_and_decision(ready, office_db):
    item = agenda.agenda(office_db, ready["meeting"]).items[0]
    saved = minutes.set_minutes(office_db, item.id, "Diskussion om R&D <b>.", "Styrgruppen beslutar att …")
    assert (saved.minutes_notes, saved.decision, saved.paragraph) == ("Diskussion om R&D <b>.",
                                                                      "Styrgruppen beslutar att …", 1)
    changes = json.loads(audit_rows(office_db, "agenda_item")[-1][3])
    assert changes["decision"] == ["", "Styrgruppen beslutar att …"]
    with pytest.raises(NotFound):
        minutes.set_minutes(office_db, 9999, "", "")


# --- adjusting, locking, reopening --------------------------------------------------------------

def test_adjusting_needs_held_chair_secretary_and_an_adjuster(office_db):
    mid = meeting_with_items(office_db, None, "2026-02-10", 1)
    with pytest.raises(ValidationError) as caught:
        minutes.adjust_minutes(office_db, mid)
    assert {e.field for e in caught.value.errors} == {"status", "chair_id", "secretary_id", "adjusters"}
    assert caught.value.message.startswith("Protokollet kan inte justeras: mötet är utkast")
    assert "ordförande saknas" in caught.value.message.lower() and "justerare" in caught.value.message
    meetings.set_officers(office_db, mid, add_person(office_db, "Ordf"), None)
    meetings.mark_held(office_db, mid)
    with pytest.raises(ValidationError) as caught:
        minutes.adjust_minutes(office_db, mid)
    assert {e.field for e in caught.value.errors} == {"secretary_id", "adjusters"}
    assert meetings.get_meeting(office_db, mid).status == "held"


def test_adjusted_minutes_lock_everything_but_marking_actions_done(ready, office_db):
    mid = ready["meeting"]
    item = agenda.agenda(office_db, mid).items[0]
    action = action_items.add_action_item(office_db, mid, ActionItemInput("Skicka protokollet"), item.id)
    record = minutes.adjust_minutes(office_db, mid)
    assert (record.status, record.status_label, record.locked) == ("adjusted", "Protokoll justerat", True)
    assert record.adjusted_at is not None and record.adjusted_at.tzinfo is STOCKHOLM
    invitee = invitees.invitees(office_db, mid)[0]
    refused = [
        lambda: minutes.set_minutes(office_db, item.id, "ändrat", ""),
        lambda: meetings.update_meeting(office_db, mid, replace(record.as_input(), title="Nytt")),
        lambda: meetings.set_officers(office_db, mid, ready["secretary"], ready["chair"]),
        lambda: invitees.add_guest(office_db, mid, add_person(office_db, "Sen gäst")),
        lambda: invitees.remove_invitee(office_db, invitee.id),
        lambda: invitees.set_attendance(office_db, invitee.id, "absent"),
        lambda: invitees.set_rsvp(office_db, invitee.id, "no"),
        lambda: invitees.set_adjuster(office_db, ready["adjuster"], False),
        lambda: action_items.add_action_item(office_db, mid, ActionItemInput("Ny")),
        lambda: action_items.update_action_item(office_db, action.id, ActionItemInput("Ändrad")),
        lambda: action_items.delete_action_item(office_db, action.id),
    ]
    before = (agenda.agenda(office_db, mid), invitees.invitees(office_db, mid), action_items.action_items(office_db, mid))
    for edit in refused:
        with pytest.raises(ValidationError, match=LOCKED):
            edit()
    assert (agenda.agenda(office_db, mid), invitees.invitees(office_db, mid), action_items.action_items(office_db, mid)) == before
    assert action_items.mark_done(office_db, action.id, date(2026, 4, 1)).done_on == date(2026, 4, 1)
    with pytest.raises(ValidationError, match="redan genomfört"):
        meetings.mark_invitation_sent(office_db, mid)


def test_reopening_needs_a_reason_and_is_logged(ready, office_db):
    mid = ready["meeting"]
    minutes.adjust_minutes(office_db, mid)
    for reason in ("", "   "):
        with pytest.raises(ValidationError) as caught:
            minutes.reopen_minutes(office_db, mid, reason)
        assert caught.value.for_field("reason")
    assert meetings.get_meeting(office_db, mid).status == "adjusted"
    reopened = minutes.reopen_minutes(office_db, mid, "Fel namn på justeraren i § 2")
    assert (reopened.status, reopened.adjusted_at, reopened.locked) == ("held", None, False)
    entity_id, action, person, changes = audit_rows(office_db, "meeting")[-1]
    assert (entity_id, action, person) == (mid, "reopen", office_db.actor_id)
    assert json.loads(changes)["reason"] == [None, "Fel namn på justeraren i § 2"]
    assert json.loads(changes)["status"] == ["adjusted", "held"]
    item = agenda.agenda(office_db, mid).items[1]
    assert minutes.set_minutes(office_db, item.id, "rättat", "").minutes_notes == "rättat"
    again = minutes.adjust_minutes(office_db, mid)
    assert again.status == "adjusted" and paragraphs(office_db, mid) == [1, 2, 3]  # numbers unchanged
    with pytest.raises(ValidationError, match="inte justerat"):
        minutes.reopen_minutes(office_db, meeting_with_items(office_db, None, "2026-05-05", 0), "skäl")


def test_adjusting_numbers_items_added_since_the_meeting_was_held(ready, office_db):
    with office_db.write() as session:  # an item without a number, as if written before numbering existed
        from stic_desktop.models import AgendaItem

        session.add(AgendaItem(meeting_id=ready["meeting"], position=3, title="Gammal", kind="information",
                               duration_minutes=5, description="", proposed_decision="", minutes_notes="", decision=""))
    assert paragraphs(office_db, ready["meeting"]) == [1, 2, 3, None]
    minutes.adjust_minutes(office_db, ready["meeting"])
    assert paragraphs(office_db, ready["meeting"]) == [1, 2, 3, 4]


# --- action items -------------------------------------------------------------------------------

def test_action_items_validation(office_db):
    mid = meeting_with_items(office_db, None, "2026-02-10", 1)
    other = meeting_with_items(office_db, None, "2026-02-11", 1)
    foreign_item = agenda.agenda(office_db, other).items[0]
    cases = [
        (ActionItemInput(""), "description", "Beskrivningen måste fyllas i"),
        (ActionItemInput("Gör", due_date="31/12"), "due_date", "inget giltigt datum"),
        (ActionItemInput("Gör", responsible_id=99999), "responsible_id", "finns inte"),
    ]
    for data, field, message in cases:
        with pytest.raises(ValidationError) as caught:
            action_items.add_action_item(office_db, mid, data)
        assert message in caught.value.for_field(field)
    with pytest.raises(ValidationError, match="hör inte till mötet"):
        action_items.add_action_item(office_db, mid, ActionItemInput("Gör"), foreign_item.id)
    assert action_items.action_items(office_db, mid) == []
    with pytest.raises(NotFound):
        action_items.mark_done(office_db, 9999)


def test_action_items_follow_their_person_and_group_until_done(office_db):
    steering, working = group_id(office_db, "steering"), group_id(office_db, "working")
    anna, bo = add_person(office_db, "Anna"), add_person(office_db, "Bo")
    s1 = meeting_with_items(office_db, steering, "2026-02-10", 1)
    w1 = meeting_with_items(office_db, working, "2026-02-12", 1)
    item = agenda.agenda(office_db, s1).items[0]
    late = action_items.add_action_item(office_db, s1, ActionItemInput("Senare", anna, "2026-06-01"), item.id)
    soon = action_items.add_action_item(office_db, s1, ActionItemInput("Snart", bo, "2026-03-01"))
    undated = action_items.add_action_item(office_db, w1, ActionItemInput("Någon gång", anna))
    assert (late.agenda_item_id, late.responsible_name, late.due_date) == (item.id, "Anna", date(2026, 6, 1))
    assert (late.meeting_title, late.meeting_date, late.group_id) == ("Möte", date(2026, 2, 10), steering)
    assert [a.id for a in action_items.open_action_items(office_db)] == [soon.id, late.id, undated.id]
    assert [a.id for a in action_items.open_action_items(office_db, group_id=steering)] == [soon.id, late.id]
    assert [a.id for a in action_items.open_action_items(office_db, person_id=anna)] == [late.id, undated.id]
    assert [a.id for a in action_items.open_action_items(office_db, group_id=working, person_id=bo)] == []
    changed = action_items.update_action_item(office_db, soon.id, replace(soon.as_input(), due_date=""))
    assert changed.due_date is None
    done = action_items.mark_done(office_db, late.id)
    assert done.done_on == clock.today() and done.done
    assert [a.id for a in action_items.open_action_items(office_db)] == [soon.id, undated.id]
    assert action_items.mark_done(office_db, late.id, None).done_on is None  # opened again
    assert [a.id for a in action_items.action_items(office_db, s1)] == [late.id, soon.id]
    action_items.delete_action_item(office_db, undated.id)
    assert [row[1] for row in audit_rows(office_db, "action_item")] == ["create"] * 3 + ["update"] * 3 + ["delete"]
