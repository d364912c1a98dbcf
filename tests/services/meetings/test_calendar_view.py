"""stic_desktop/services/meetings/calendar.py: the period's meetings and the weekend/holiday/clash warnings."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import event, insert

from stic_desktop.models import Invitee, Meeting, Person
from stic_desktop.services.meetings import calendar as calendar_view
from stic_desktop.services.meetings import invitees, meetings
from stic_desktop.services.meetings.meetings import MeetingInput
from stic_desktop.services.meetings.records import STOCKHOLM
from stic_desktop.services.people import staff


def add_person(db, name: str) -> int:
    """Test set-up only: a person written directly (the people service is tested elsewhere)."""
    with db.write() as session:
        person = Person(name=name, title="", organisation_kind="other", email="", phone="", active=True,
                        anonymised=False)
        session.add(person)
        session.flush()
        return person.id


def at(day: str, hhmm: str) -> datetime:
    return datetime.combine(date.fromisoformat(day), datetime.strptime(hhmm, "%H:%M").time(), tzinfo=STOCKHOLM)


def meeting(db, title: str, day: str, start: str, end: str, *, location: str = "", people: tuple[int, ...] = (),
            cancelled: bool = False) -> int:
    created = meetings.create_meeting(db, MeetingInput(None, title, at(day, start), at(day, end), location=location),
                                      invite_group_members=False)
    for person_id in people:
        invitees.add_guest(db, created.id, person_id)
    if cancelled:
        meetings.cancel_meeting(db, created.id)
    return created.id


def warnings_of(found: list[calendar_view.CalendarWarning], kind: str | None = None) -> dict[int, list[str]]:
    result: dict[int, list[str]] = {}
    for w in found:
        if kind is None or w.kind == kind:
            result.setdefault(w.meeting_id, []).append(w.message)
    return result


@pytest.fixture
def actor(db) -> int:
    person = staff.add_staff_member(db, "Anna Lindqvist", "Regionchef", "anna@stic.example.se")
    staff.set_current_user(db, person.id)
    return person.id


def test_meetings_of_the_period_both_days_included_in_swedish_time(db, actor) -> None:
    before = meeting(db, "Före", "2026-02-28", "23:00", "23:30")  # 22:00 UTC, still February in Stockholm
    first = meeting(db, "Första", "2026-03-01", "00:30", "01:30")  # 23:30 UTC on 28 February
    last = meeting(db, "Sista", "2026-03-31", "23:00", "23:45")
    meeting(db, "Efter", "2026-04-01", "00:15", "01:00")
    listed, _ = calendar_view.calendar(db, date(2026, 3, 1), date(2026, 3, 31))
    assert [m.id for m in listed] == [first, last]
    assert before not in [m.id for m in listed]


@pytest.mark.parametrize(
    ("day", "kind", "message"),
    [
        ("2026-02-07", "weekend", "Mötet ligger på en lördag (7 februari 2026)."),
        ("2026-02-08", "weekend", "Mötet ligger på en söndag (8 februari 2026)."),
        ("2026-06-19", "holiday", "Mötet ligger på Midsommarafton (fredag 19 juni 2026), som inte är en arbetsdag."),
        ("2026-01-06", "holiday", "Mötet ligger på Trettondedag jul (tisdag 6 januari 2026), som inte är en arbetsdag."),
        ("2026-06-06", "holiday", "Mötet ligger på Nationaldagen (lördag 6 juni 2026), som inte är en arbetsdag."),
    ],
)
def test_weekend_and_holiday_warnings_name_the_day(db, actor, day: str, kind: str, message: str) -> None:
    mid = meeting(db, "Möte", day, "10:00", "11:00")
    _, found = calendar_view.calendar(db, date(2026, 1, 1), date(2026, 12, 31))
    assert [(w.meeting_id, w.kind, w.message) for w in found] == [(mid, kind, message)]
    assert found[0].kind_label in ("Helg", "Helgdag")


def test_no_warnings_on_an_ordinary_working_day_or_for_cancelled_meetings(db, actor) -> None:
    anna = add_person(db, "Anna Berg")
    meeting(db, "Vanlig tisdag", "2026-02-03", "10:00", "12:00", location="Sal 3", people=(anna,))
    meeting(db, "Inställt på julafton", "2026-12-24", "10:00", "12:00", cancelled=True)
    meeting(db, "Inställt krockmöte", "2026-02-03", "10:00", "12:00", location="sal 3", people=(anna,), cancelled=True)
    listed, found = calendar_view.calendar(db, date(2026, 1, 1), date(2026, 12, 31))
    assert len(listed) == 3  # cancelled meetings are still shown
    assert found == []


def test_a_person_invited_to_overlapping_meetings(db, actor) -> None:
    anna, bo, cilla = add_person(db, "Anna Berg"), add_person(db, "Bo Ek"), add_person(db, "Cilla Åström")
    a = meeting(db, "Arbetsgruppen", "2026-03-10", "10:00", "12:00", people=(anna, bo))
    b = meeting(db, "Avtalsgrupp IT", "2026-03-10", "11:00", "13:00", people=(anna, cilla))
    c = meeting(db, "Workshop hemtjänst", "2026-03-10", "12:00", "14:00", people=(anna, bo))  # touches a's end
    meeting(db, "Annan dag", "2026-03-11", "11:00", "13:00", people=(anna, bo, cilla))
    _, found = calendar_view.calendar(db, date(2026, 3, 1), date(2026, 3, 31))
    assert {w.kind for w in found} == {"person_overlap"}
    assert warnings_of(found) == {
        a: ["Anna Berg är också kallad till ”Avtalsgrupp IT” samtidigt (tisdag 10 mars 2026 kl. 11.00–13.00)."],
        b: ["Anna Berg är också kallad till ”Arbetsgruppen” samtidigt (tisdag 10 mars 2026 kl. 10.00–12.00).",
            "Anna Berg är också kallad till ”Workshop hemtjänst” samtidigt (tisdag 10 mars 2026 kl. 12.00–14.00)."],
        c: ["Anna Berg är också kallad till ”Avtalsgrupp IT” samtidigt (tisdag 10 mars 2026 kl. 11.00–13.00)."],
    }


def test_a_meeting_inside_another_clashes_too(db, actor) -> None:
    anna = add_person(db, "Anna Berg")
    long = meeting(db, "Heldag", "2026-03-10", "09:00", "16:00", people=(anna,))
    short = meeting(db, "Kort avstämning", "2026-03-10", "13:00", "13:30", people=(anna,))
    _, found = calendar_view.calendar(db, date(2026, 3, 10), date(2026, 3, 10))
    assert sorted(warnings_of(found, "person_overlap")) == sorted([long, short])


def test_a_room_booked_twice_compares_without_case_or_spacing(db, actor) -> None:
    a = meeting(db, "Styrgruppen", "2026-03-10", "10:00", "12:00", location="Stadshuset, Sal 3")
    b = meeting(db, "Arbetsgruppen", "2026-03-10", "11:30", "12:30", location="  stadshuset,   sal 3 ")
    meeting(db, "Annan sal", "2026-03-10", "10:00", "12:00", location="Stadshuset, Sal 4")
    meeting(db, "Utan lokal", "2026-03-10", "10:00", "12:00")
    meeting(db, "Också utan lokal", "2026-03-10", "10:00", "12:00", location="   ")
    meeting(db, "Samma sal senare", "2026-03-10", "12:30", "13:00", location="STADSHUSET, SAL 3")  # touches b
    _, found = calendar_view.calendar(db, date(2026, 3, 1), date(2026, 3, 31))
    assert warnings_of(found) == {
        a: ["Lokalen ”Stadshuset, Sal 3” är också bokad för ”Arbetsgruppen” samtidigt (tisdag 10 mars 2026 kl. 11.30–12.30)."],
        b: ["Lokalen ”stadshuset,   sal 3” är också bokad för ”Styrgruppen” samtidigt (tisdag 10 mars 2026 kl. 10.00–12.00)."],
    }
    assert {w.kind for w in found} == {"room_double_booked"}


def test_warnings_follow_the_meeting_order(db, actor) -> None:
    anna = add_person(db, "Anna Berg")
    late = meeting(db, "Sen", "2026-03-07", "10:00", "11:00", location="Sal 1", people=(anna,))
    early = meeting(db, "Tidig", "2026-03-07", "10:30", "11:30", location="Sal 1", people=(anna,))
    _, found = calendar_view.calendar(db, date(2026, 3, 1), date(2026, 3, 31))
    assert [(w.meeting_id, w.kind) for w in found] == [
        (late, "weekend"), (late, "person_overlap"), (late, "room_double_booked"),
        (early, "weekend"), (early, "person_overlap"), (early, "room_double_booked"),
    ]


def test_overlapping_pairs_sweep() -> None:
    def record(mid: int, start: str, end: str) -> meetings.MeetingRecord:
        return meetings.MeetingRecord(mid, None, "", "", f"m{mid}", "regular", "Ordinarie", at("2026-03-10", start),
                                      at("2026-03-10", end), "", "", "draft", "Utkast", "", f"u{mid}", 0, None, "",
                                      None, "", None, None, "", 0)

    items = [("x", record(1, "09:00", "17:00")), ("x", record(2, "10:00", "11:00")), ("x", record(3, "11:00", "12:00")),
             ("x", record(4, "16:59", "18:00")), ("y", record(5, "09:00", "17:00")), ("x", record(6, "18:00", "19:00"))]
    pairs = {(key, a.id, b.id) for key, a, b in calendar_view.overlapping_pairs(items)}
    assert pairs == {("x", 1, 2), ("x", 1, 3), ("x", 1, 4)}


def test_a_year_of_5000_meetings_and_50000_invitations_takes_three_queries(db, actor) -> None:
    """No query per meeting: the list, the invitees of the period and the ignored warnings, whatever the size."""
    people = 500
    with db.write() as session:
        session.execute(insert(Person), [{"name": f"Person {i:03d}", "title": "", "organisation_kind": "other",
                                          "email": "", "phone": "", "active": True, "anonymised": False}
                                         for i in range(people)])
        first_person = session.query(Person.id).filter(Person.name == "Person 000").scalar()
        base = datetime(2026, 1, 1, 7, 0, tzinfo=timezone.utc)
        rows = [{"id": i + 1, "title": f"Möte {i}", "kind": "regular", "starts_at": base + timedelta(minutes=90 * i),
                 "ends_at": base + timedelta(minutes=90 * i + 60), "location": "", "online_link": "", "status": "draft",
                 "case_number": "", "uid": f"u{i}", "sequence": 0, "notes": ""} for i in range(5000)]
        # One planted clash: meeting 5001 overlaps meeting 101 and shares one invitee with it, and its room.
        clash_start = rows[100]["starts_at"] + timedelta(minutes=30)
        rows[100]["location"] = "Sal 9"
        rows.append({**rows[100], "id": 5001, "title": "Krock", "uid": "u-krock", "starts_at": clash_start,
                     "ends_at": clash_start + timedelta(hours=1)})
        session.execute(insert(Meeting), rows)
        session.execute(insert(Invitee), [
            {"meeting_id": i + 1, "person_id": first_person + (i * 10 + k) % people, "guest": True, "rsvp": "pending",
             "attendance": "unknown", "adjuster": False}
            for i in range(5000) for k in range(10)
        ] + [{"meeting_id": 5001, "person_id": first_person + 1000 % people, "guest": True, "rsvp": "pending",
              "attendance": "unknown", "adjuster": False}])

    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        listed, found = calendar_view.calendar(db, date(2026, 1, 1), date(2026, 12, 31))
    finally:
        event.remove(db.engine, "before_cursor_execute", count)

    assert len(statements) == 3
    assert len(listed) == 5001
    assert sum(m.invitee_count for m in listed) == 50001
    clashes = [(w.meeting_id, w.kind) for w in found if w.kind in ("person_overlap", "room_double_booked")]
    assert sorted(clashes) == [(101, "person_overlap"), (101, "room_double_booked"),
                               (5001, "person_overlap"), (5001, "room_double_booked")]
    non_working = sum(1 for m in listed if calendar_view.workdays.non_working_reason(m.meeting_date))
    assert sum(1 for w in found if w.kind in ("weekend", "holiday")) == non_working > 0


def test_online_places_are_not_rooms_and_times_read_10_00(db, actor) -> None:
    teams_a = meeting(db, "A", "2026-03-03", "10:00", "11:00", location="Digitalt (Teams)")
    meeting(db, "B", "2026-03-03", "10:30", "11:30", location="digitalt (teams)")
    meeting(db, "C", "2026-03-03", "10:30", "11:30", location="Zoom-länk")
    room_a = meeting(db, "D", "2026-03-04", "10:00", "11:00", location="Sal 3")
    meeting(db, "E", "2026-03-04", "10:30", "11:30", location="Sal 3")
    assert calendar_view.is_online("Online") and calendar_view.is_online("https://meet.example")
    assert not calendar_view.is_online("Stadshuset, sal 3")
    _listed, found = calendar_view.calendar(db, date(2026, 3, 1), date(2026, 3, 31))
    rooms = warnings_of(found, "room_double_booked")
    assert teams_a not in rooms and set(rooms) == {room_a, room_a + 1}
    assert rooms[room_a] == ["Lokalen ”Sal 3” är också bokad för ”E” samtidigt (onsdag 4 mars 2026 kl. 10.30–11.30)."]


def test_an_ignored_warning_is_remembered_for_everyone_until_the_meeting_moves(db, actor) -> None:
    saturday = meeting(db, "Lördag", "2026-03-07", "10:00", "11:00")
    _listed, found = calendar_view.calendar(db, date(2026, 3, 1), date(2026, 3, 31))
    (warning,) = found
    assert not warning.ignored
    assert calendar_view.set_ignored(db, [warning]) == 1
    assert calendar_view.set_ignored(db, [warning]) == 0  # already ignored
    _listed, found = calendar_view.calendar(db, date(2026, 3, 1), date(2026, 3, 31))
    assert [w.ignored for w in found] == [True]
    from stic_desktop.services import audit

    (entry,) = audit.history(db, calendar_view.IGNORED_ENTITY, saturday)
    assert entry.who == "Anna Lindqvist" and entry.changes[0].new == warning.message
    record = meetings.get_meeting(db, saturday)
    meetings.update_meeting(db, saturday, MeetingInput(None, "Lördag", at("2026-03-14", "10:00"),
                                                       at("2026-03-14", "11:00")))
    _listed, found = calendar_view.calendar(db, date(2026, 3, 1), date(2026, 3, 31))
    assert [w.ignored for w in found] == [False]  # another Saturday: worth a look again
    assert record.title == "Lördag"
