"""stic_desktop/services/meetings/year_plan.py: the pattern, moves past holidays, validation, one transaction."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest
from backend_tools import plain

from stic_desktop.errors import ValidationError
from stic_desktop.models import Person
from stic_desktop.services.meetings import invitees, meetings, records, year_plan
from stic_desktop.services.meetings.year_plan import YearPlanInput
from stic_desktop.services.people import groups, memberships, staff
from stic_desktop.services.people.groups import GroupInput
from stic_desktop.services.people.memberships import MembershipInput


def add_person(db, name: str) -> int:
    """Test set-up only: a person written directly (the people service is tested elsewhere)."""
    with db.write() as session:
        person = Person(name=name, title="", organisation_kind="other", email=f"{name.split()[0].lower()}@example.se",
                        phone="", active=True, anonymised=False)
        session.add(person)
        session.flush()
        return person.id


def seat(db, group_id: int, name: str, role: str = "member", start: str = "2025-01-01", end: str = "") -> int:
    person_id = add_person(db, name)
    memberships.save_membership(db, MembershipInput(person_id, group_id, role, None, False, start, end))
    return person_id


def standing(db, kind: str) -> groups.GroupRecord:
    return next(g for g in groups.list_groups(db) if g.kind == kind)


def counts(db) -> tuple:
    with plain(db) as conn:
        return tuple(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                     for table in ("meetings", "meeting_invitees", "audit_log"))


@pytest.fixture
def actor(db) -> int:
    person = staff.add_staff_member(db, "Anna Lindqvist", "Regionchef", "anna@stic.example.se")
    staff.set_current_user(db, person.id)
    return person.id


def steering_plan(group_id: int | None, **changes) -> YearPlanInput:
    """Steering group four times a year: first Tuesday of February, April, September and November."""
    data = YearPlanInput(group_id, 2026, (2, 4, 9, 11), weekday=1, nth=1, start_time="13:00", end_time="15:00",
                         location="Stadshuset, sal 3")
    return replace(data, **changes)


def working_plan(group_id: int | None) -> YearPlanInput:
    """Working group monthly except July: second Thursday."""
    months = tuple(m for m in range(1, 13) if m != 7)
    return YearPlanInput(group_id, 2026, months, weekday=3, nth=2, start_time="9.30", end_time="11:30")


# --- proposing dates (pure) -----------------------------------------------------------------------

def test_steering_group_four_times_on_the_first_tuesday() -> None:
    assert year_plan.propose_dates(steering_plan(1)) == [
        (date(2026, 2, 3), None), (date(2026, 4, 7), None), (date(2026, 9, 1), None), (date(2026, 11, 3), None),
    ]


def test_working_group_monthly_except_july_moves_the_ascension_day_meeting() -> None:
    proposed = year_plan.propose_dates(working_plan(1))
    assert [d for d, _ in proposed] == [
        date(2026, 1, 8), date(2026, 2, 12), date(2026, 3, 12), date(2026, 4, 9), date(2026, 5, 15),
        date(2026, 6, 11), date(2026, 8, 13), date(2026, 9, 10), date(2026, 10, 8), date(2026, 11, 12),
        date(2026, 12, 10),
    ]
    assert all(d.weekday() == 3 for d, _ in proposed if d.month != 5)
    reasons = {d: r for d, r in proposed if r}
    assert reasons == {date(2026, 5, 15): "torsdag 14 maj 2026 är Kristi himmelsfärdsdag; "
                                          "mötet flyttas till fredag 15 maj 2026."}


def test_a_first_tuesday_on_trettondedag_jul_moves_to_wednesday() -> None:
    [(day, reason)] = year_plan.propose_dates(steering_plan(1, months=(1,)))
    assert day == date(2026, 1, 7)
    assert reason == "tisdag 6 januari 2026 är Trettondedag jul; mötet flyttas till onsdag 7 januari 2026."


def test_a_move_that_would_leave_the_month_goes_back_instead() -> None:
    """The last Thursday of December 2026 is Nyårsafton; the next working day is in January 2027."""
    [(day, reason)] = year_plan.propose_dates(steering_plan(1, months=(12,), weekday=3, nth=-1))
    assert day == date(2026, 12, 30)
    assert "Nyårsafton" in reason and "onsdag 30 december 2026" in reason


@pytest.mark.parametrize(
    ("month", "weekday", "nth", "expected"),
    [
        (3, 0, 1, date(2026, 3, 2)),  # March starts on a Sunday
        (3, 0, 4, date(2026, 3, 23)),
        (3, 1, -1, date(2026, 3, 31)),  # the last day is itself a Tuesday
        (2, 4, -1, date(2026, 2, 27)),
        (10, 3, 1, date(2026, 10, 1)),  # the first day is itself a Thursday
    ],
)
def test_nth_weekday(month: int, weekday: int, nth: int, expected: date) -> None:
    assert year_plan.nth_weekday(2026, month, weekday, nth) == expected


def test_months_are_sorted_and_deduplicated() -> None:
    proposed = year_plan.propose_dates(steering_plan(1, months=(11, 2, 2)))
    assert [d.month for d, _ in proposed] == [2, 11]


def test_every_pattern_error_is_reported_at_once_in_swedish() -> None:
    bad = steering_plan(1, year=1999, months=(), weekday=5, nth=5, start_time="25:00", end_time="kvart över")
    with pytest.raises(ValidationError) as caught:
        year_plan.propose_dates(bad)
    error = caught.value
    assert {e.field for e in error.errors} == {"year", "months", "weekday", "nth", "start_time", "end_time"}
    assert error.for_field("year") == "Året ska vara mellan 2000 och 2100."
    assert error.for_field("months") == "Välj minst en månad."
    assert "måndag–fredag" in error.for_field("weekday")
    assert error.for_field("start_time") == "Starttiden ska skrivas TT:MM, t.ex. 09:30."


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"end_time": "12:00"}, "end_time", "Mötet kan inte sluta innan det börjar."),
        ({"end_time": "13:00"}, "end_time", "Mötet kan inte sluta innan det börjar."),
        ({"months": (0, 13)}, "months", "Månaderna ska vara 1–12 (januari–december)."),
        ({"year": 2101}, "year", "Året ska vara mellan 2000 och 2100."),
        ({"start_time": "13:60"}, "start_time", "Starttiden ska skrivas TT:MM, t.ex. 09:30."),
    ],
)
def test_single_pattern_errors(changes: dict, field: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        year_plan.propose_dates(steering_plan(1, **changes))
    assert [(e.field, e.message) for e in caught.value.errors] == [(field, message)]


# --- creating the meetings ------------------------------------------------------------------------

def test_year_plan_creates_drafts_with_the_members_on_each_date(db, actor) -> None:
    steering = standing(db, "steering")
    chair = seat(db, steering.id, "Karin Ordförande", "chair")
    leaves = seat(db, steering.id, "Lars Slutar", end="2026-05-31")
    joins = seat(db, steering.id, "Mona Börjar", start="2026-09-01")
    created = year_plan.create_year_plan(db, steering_plan(steering.id))

    assert [m.title for m in created] == ["Styrgruppen – februari 2026", "Styrgruppen – april 2026",
                                          "Styrgruppen – september 2026", "Styrgruppen – november 2026"]
    assert all(m.status == "draft" and m.kind == "regular" and m.group_id == steering.id for m in created)
    assert all(m.location == "Stadshuset, sal 3" for m in created)
    assert [m.starts_at for m in created] == [
        datetime(2026, 2, 3, 13, 0, tzinfo=records.STOCKHOLM), datetime(2026, 4, 7, 13, 0, tzinfo=records.STOCKHOLM),
        datetime(2026, 9, 1, 13, 0, tzinfo=records.STOCKHOLM), datetime(2026, 11, 3, 13, 0, tzinfo=records.STOCKHOLM),
    ]
    assert all(m.ends_at - m.starts_at == timedelta(hours=2) for m in created)
    assert all(m.starts_at.tzinfo == records.STOCKHOLM and m.starts_at.hour == 13 for m in created)
    assert len({m.uid for m in created}) == 4

    invited = {m.starts_at.month: {i.person_id for i in invitees.invitees(db, m.id)} for m in created}
    assert invited == {2: {chair, leaves}, 4: {chair, leaves}, 9: {chair, joins}, 11: {chair, joins}}
    assert [m.invitee_count for m in created] == [2, 2, 2, 2]


def test_times_are_stored_in_utc_across_daylight_saving(db, actor) -> None:
    steering = standing(db, "steering")
    year_plan.create_year_plan(db, steering_plan(steering.id))
    with plain(db) as conn:
        stored = [row[0] for row in conn.execute("SELECT starts_at FROM meetings ORDER BY starts_at")]
    # 13:00 in Stockholm is 12:00 UTC in winter (CET) and 11:00 UTC in summer (CEST).
    assert [str(s)[:16] for s in stored] == ["2026-02-03 12:00", "2026-04-07 11:00", "2026-09-01 11:00", "2026-11-03 12:00"]


def test_the_moved_date_is_the_one_created_and_a_given_title_is_kept(db, actor) -> None:
    working = standing(db, "working")
    created = year_plan.create_year_plan(db, replace(working_plan(working.id), title="Arbetsgruppsmöte"))
    assert len(created) == 11
    assert date(2026, 5, 15) in [m.meeting_date for m in created]
    assert all(m.title == "Arbetsgruppsmöte" for m in created)
    assert [m.starts_at.strftime("%H:%M") for m in created] == ["09:30"] * 11


def test_every_meeting_and_invitee_is_audited_as_the_current_user(db, actor) -> None:
    steering = standing(db, "steering")
    seat(db, steering.id, "Karin Ordförande", "chair")
    created = year_plan.create_year_plan(db, steering_plan(steering.id))
    with plain(db) as conn:
        rows = conn.execute("SELECT entity, entity_id, person_id FROM audit_log WHERE action = 'create' "
                            "AND entity IN ('meeting', 'invitee') ORDER BY id").fetchall()
    assert sorted(r[1] for r in rows if r[0] == "meeting") == sorted(m.id for m in created)
    assert sum(1 for r in rows if r[0] == "invitee") == 4
    assert {r[2] for r in rows} == {actor}


@pytest.mark.parametrize(
    ("group_id", "message"),
    [(None, "Välj en grupp."), (9999, "Det finns ingen grupp med id 9999.")],
)
def test_a_missing_or_unknown_group_is_refused(db, actor, group_id, message) -> None:
    before = counts(db)
    with pytest.raises(ValidationError) as caught:
        year_plan.create_year_plan(db, steering_plan(group_id))
    assert caught.value.for_field("group_id") == message
    assert counts(db) == before


def test_group_and_pattern_errors_come_together(db, actor) -> None:
    with pytest.raises(ValidationError) as caught:
        year_plan.create_year_plan(db, steering_plan(9999, months=()))
    assert {e.field for e in caught.value.errors} == {"group_id", "months"}


def test_an_inactive_group_gets_no_meetings(db, actor) -> None:
    old = groups.save_group(db, GroupInput("Avtalsgrupp Vägsalt", subject_area="Vägsalt", active=False))
    before = counts(db)
    with pytest.raises(ValidationError) as caught:
        year_plan.create_year_plan(db, steering_plan(old.id))
    assert caught.value.for_field("group_id") == "Avtalsgrupp Vägsalt är inaktiv; en inaktiv grupp får inga nya möten."
    assert counts(db) == before


def test_a_meeting_refused_halfway_leaves_nothing_behind(db, actor, monkeypatch: pytest.MonkeyPatch) -> None:
    """One transaction: the third meeting fails after two were inserted (with invitees and audit rows)."""
    steering = standing(db, "steering")
    seat(db, steering.id, "Karin Ordförande", "chair")
    before = counts(db)
    real = meetings.insert_meeting
    calls = []

    def third_fails(session, actor_id, data, **kwargs):
        calls.append(data.starts_at)
        if len(calls) == 3:
            raise ValidationError("location", "Platsen är upptagen.")
        return real(session, actor_id, data, **kwargs)

    monkeypatch.setattr(meetings, "insert_meeting", third_fails)
    with pytest.raises(ValidationError):
        year_plan.create_year_plan(db, steering_plan(steering.id))
    assert len(calls) == 3
    assert counts(db) == before
    assert meetings.list_meetings(db) == []


def test_the_meeting_service_validates_each_meeting(db, actor) -> None:
    steering = standing(db, "steering")
    with pytest.raises(ValidationError) as caught:
        year_plan.create_year_plan(db, steering_plan(steering.id, location="x" * 301))
    assert caught.value.for_field("location") == "Platsen får vara högst 300 tecken."
    assert meetings.list_meetings(db) == []


def test_stored_times_read_back_as_the_same_instant(db, actor) -> None:
    steering = standing(db, "steering")
    [meeting] = year_plan.create_year_plan(db, steering_plan(steering.id, months=(2,)))
    again = meetings.get_meeting(db, meeting.id)
    assert again.starts_at == datetime(2026, 2, 3, 12, 0, tzinfo=timezone.utc)


def test_a_plan_run_twice_creates_nothing_new(db, actor) -> None:
    steering = standing(db, "steering")
    first = year_plan.create_year_plan(db, steering_plan(steering.id))
    meetings.cancel_meeting(db, first[1].id)  # a cancelled April meeting may be planned again
    again = year_plan.create_year_plan(db, steering_plan(steering.id))
    assert [m.starts_at.month for m in again] == [4]
    assert year_plan.create_year_plan(db, steering_plan(steering.id)) == []
    assert len([m for m in meetings.list_meetings(db, group_id=steering.id) if m.status != "cancelled"]) == 4
