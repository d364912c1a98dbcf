"""stic_desktop/services/workspace/overview.py: the start page's blocks and their date windows."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from stic_desktop.core import clock
from stic_desktop.models import Meeting, Person
from stic_desktop.services.meetings import action_items, meetings
from stic_desktop.services.meetings.action_items import ActionItemInput
from stic_desktop.services.meetings.meetings import MeetingInput
from stic_desktop.services.meetings.records import STOCKHOLM
from stic_desktop.services.people import staff
from stic_desktop.services.workspace import overview

TODAY = date(2026, 3, 2)  # a Monday


def add_person(db, name: str) -> int:
    """Test set-up only: a person written directly (the people service is tested elsewhere)."""
    with db.write() as session:
        person = Person(name=name, title="", organisation_kind="other", email="", phone="", active=True,
                        anonymised=False)
        session.add(person)
        session.flush()
        return person.id


def meeting(db, title: str, days: int, status: str = "draft", hour: int = 10) -> int:
    """A meeting ``days`` after TODAY brought to ``status`` through the meeting service."""
    start = datetime.combine(TODAY + timedelta(days=days), time(hour), tzinfo=STOCKHOLM)
    mid = meetings.create_meeting(db, MeetingInput(None, title, start, start + timedelta(hours=1)),
                                  invite_group_members=False).id
    if status in ("invited", "held", "adjusted"):
        meetings.mark_invitation_sent(db, mid)
    if status in ("held", "adjusted"):
        meetings.mark_held(db, mid)
    if status == "adjusted":  # set-up only: adjusting needs officers and adjusters, tested in test_minutes
        with db.write() as session:
            session.get(Meeting, mid).status = "adjusted"
    if status == "cancelled":
        meetings.cancel_meeting(db, mid)
    return mid


def ids(records) -> list[int]:
    return [r.id for r in records]


@pytest.fixture
def actor(db) -> int:
    person = staff.add_staff_member(db, "Anna Lindqvist", "Regionchef", "anna@stic.example.se")
    staff.set_current_user(db, person.id)
    return person.id


def test_upcoming_is_today_and_the_next_30_days_without_cancelled(db, actor) -> None:
    early_today = meeting(db, "I dag tidigt", 0, hour=0)
    last_day = meeting(db, "Dag 30", 30, "invited", hour=23)
    held_today = meeting(db, "I dag, genomfört", 0, "held", hour=9)
    meeting(db, "Dag 31", 31, hour=0)
    meeting(db, "I går", -1, "invited", hour=23)
    meeting(db, "Inställt", 5, "cancelled")
    assert ids(overview.overview(db, TODAY).upcoming) == [early_today, held_today, last_day]


def test_invitations_not_sent_are_drafts_within_60_days(db, actor) -> None:
    soon = meeting(db, "Utkast dag 10", 10)
    edge = meeting(db, "Utkast dag 60", 60, hour=23)
    meeting(db, "Utkast dag 61", 61, hour=0)
    meeting(db, "Kallat dag 10", 10, "invited")
    meeting(db, "Utkast i går", -1)
    meeting(db, "Inställt utkast", 20, "cancelled")
    result = overview.overview(db, TODAY)
    assert ids(result.invitations_not_sent) == [soon, edge]
    assert soon in ids(result.upcoming) and edge not in ids(result.upcoming)


def test_minutes_not_adjusted_are_held_meetings_oldest_first(db, actor) -> None:
    newer = meeting(db, "Genomfört förra veckan", -7, "held")
    older = meeting(db, "Genomfört i höstas", -150, "held")
    meeting(db, "Justerat", -30, "adjusted")
    meeting(db, "Kallat", -3, "invited")
    meeting(db, "Utkast", -2)
    assert ids(overview.overview(db, TODAY).minutes_not_adjusted) == [older, newer]


def test_open_action_items_by_person_overdue_first(db, actor) -> None:
    source = meeting(db, "Styrgruppen – februari 2026", -20, "held")
    anna, osten, asa, bertil = (add_person(db, n) for n in ("Anna Berg", "Östen Öberg", "Åsa Ek", "bertil Ceder"))

    def action(text: str, person: int | None, due: int | None) -> int:
        due_date = (TODAY + timedelta(days=due)).isoformat() if due is not None else ""
        return action_items.add_action_item(db, source, ActionItemInput(text, person, due_date)).id

    undated = action("Ta fram underlag", anna, None)
    later = action("Boka lokal", anna, 10)
    late = action("Skicka protokoll", anna, -5)
    very_late = action("Svara kommunen", anna, -20)
    due_today = action("Ring leverantören", anna, 0)
    done = action("Redan klart", anna, -30)
    action_items.mark_done(db, done, TODAY - timedelta(days=1))
    for text, person in (("Ö-uppgift", osten), ("Å-uppgift", asa), ("B-uppgift", bertil)):
        action(text, person, 3)
    nobody = action("Ingen utsedd", None, -1)

    result = overview.overview(db, TODAY)
    assert [name for name, _ in result.open_actions_by_person] == [
        "Anna Berg", "bertil Ceder", "Åsa Ek", "Östen Öberg", "Ingen ansvarig"]
    annas = result.open_actions_by_person[0][1]
    assert ids(annas) == [very_late, late, due_today, later, undated]
    assert [result.is_overdue(i) for i in annas] == [True, True, False, False, False]
    assert annas[0].meeting_title == "Styrgruppen – februari 2026"
    assert annas[0].meeting_date == TODAY - timedelta(days=20)
    assert annas[0].due_date == TODAY - timedelta(days=20)
    assert ids(result.open_actions_by_person[-1][1]) == [nobody]


def test_two_people_with_the_same_name_are_kept_apart(db, actor) -> None:
    source = meeting(db, "Arbetsgruppen", -3, "held")
    first, second = add_person(db, "Kim Lund"), add_person(db, "Kim Lund")
    for person in (first, second, first):
        action_items.add_action_item(db, source, ActionItemInput("Uppgift", person, ""))
    groups = overview.overview(db, TODAY).open_actions_by_person
    assert [(name, len(items)) for name, items in groups] == [("Kim Lund", 2), ("Kim Lund", 1)]
    assert {i.responsible_id for i in groups[0][1]} == {first}


def test_an_empty_database_and_the_default_today(db) -> None:
    result = overview.overview(db)
    assert result.today == clock.today()
    assert (result.upcoming, result.invitations_not_sent, result.minutes_not_adjusted,
            result.open_actions_by_person) == ([], [], [], [])


def test_each_block_reads_at_most_the_limit_with_its_total_counted_in_sql(db, actor) -> None:
    upcoming = [meeting(db, f"Utkast {day}", day) for day in (1, 2, 3, 40)]
    cancelled = meeting(db, "Inställt", 4, "cancelled")
    held = [meeting(db, f"Genomfört {day}", day, "held") for day in (-9, -5, -1)]
    result = overview.overview(db, TODAY, limit=2, action_limit=2)
    assert ids(result.upcoming) == upcoming[:2]  # the soonest
    assert result.upcoming_total == 3 and result.total("upcoming") == 3  # not the cancelled one, not day 40
    assert ids(result.invitations_not_sent) == upcoming[:2] and result.total("invitations") == 4
    assert ids(result.minutes_not_adjusted) == held[:2] and result.total("minutes") == 3  # the oldest first
    assert cancelled not in ids(result.upcoming)
    assert overview.overview(db, TODAY, limit=None).total("upcoming") == 3  # every row: counted from the list
    assert overview.overview(db, TODAY, limit=10).upcoming_total == 3


def test_the_most_overdue_action_items_are_read_and_each_persons_counts_are_all_of_theirs(db, actor) -> None:
    source = meeting(db, "Styrgruppen", -20, "held")
    anna, bo = add_person(db, "Anna Berg"), add_person(db, "Bo Ek")

    def action(person: int | None, due: int | None) -> int:
        due_date = (TODAY + timedelta(days=due)).isoformat() if due is not None else ""
        return action_items.add_action_item(db, source, ActionItemInput("Uppgift", person, due_date)).id

    most_late = action(anna, -10)
    late = action(bo, -5)
    action(anna, -2)
    action(anna, 3)
    action(bo, None)
    action(None, -1)
    result = overview.overview(db, TODAY, action_limit=2)
    assert sorted(i.id for _name, items in result.open_actions_by_person for i in items) == [most_late, late]
    assert result.total("open_actions") == 6
    assert result.actions_per_person == {anna: (3, 2), bo: (2, 1)}  # in all, not only the shown ones
    everything = overview.overview(db, TODAY, action_limit=None)
    assert everything.total("open_actions") == 6
    assert sum(len(items) for _name, items in everything.open_actions_by_person) == 6
    assert everything.actions_per_person[None] == (1, 1)
