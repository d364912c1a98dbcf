"""stic_desktop/services/meetings/meetings.py (and meeting_invitees.py): meetings, status flow, invitees, quorum."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest
from backend_tools import plain
from meeting_fixtures import at, audit_rows, group_id, staff_working
from sqlalchemy import event

from stic_desktop.errors import NotFound, ValidationError
from stic_desktop.models import Meeting, Membership, Person
from stic_desktop.services.meetings import invitees, meetings
from stic_desktop.services.meetings.meetings import MeetingInput
from stic_desktop.services.meetings.records import STOCKHOLM


@pytest.fixture
def office_db(db):
    return staff_working(db)


def add_person(db, name: str, *, email: str = "", kind: str = "other", active: bool = True,
               anonymised: bool = False) -> int:
    with db.write() as session:
        person = Person(name=name, title="", organisation_kind=kind, other_organisation="Konsult AB" if kind == "other" else "",
                        email=email, phone="", active=active, anonymised=anonymised)
        session.add(person)
        session.flush()
        return person.id


def seat(db, group_id: int, person_id: int, role: str = "member", start: str = "2025-01-01", end: str | None = None) -> None:
    with db.write() as session:
        session.add(Membership(person_id=person_id, group_id=group_id, role=role, from_date=date.fromisoformat(start),
                               to_date=date.fromisoformat(end) if end else None, notes=""))


def meeting_input(group: int | None, day: str = "2026-03-10", **changes) -> MeetingInput:
    return replace(MeetingInput(group, "Styrgruppsmöte", at(day, "09:00"), at(day, "11:00"), location="Lokal A"), **changes)


def table(db, name: str) -> list[tuple]:
    with plain(db) as conn:
        return conn.execute(f"SELECT * FROM {name} ORDER BY 1").fetchall()


@pytest.fixture
def steering(office_db) -> dict:
    """The steering group with a chair, three members (one left, one not yet started) and a secretary."""
    gid = group_id(office_db, "steering")
    people = {name: add_person(office_db, name, email=f"{name.split()[0].lower()}@kommun.example.se")
              for name in ("Örjan Ek", "Åsa Berg", "Bo Al", "Cecilia Dahl", "Gustav Gammal", "Nina Ny", "Sekr Etare")}
    seat(office_db, gid, people["Örjan Ek"], "member")
    seat(office_db, gid, people["Åsa Berg"], "member")
    seat(office_db, gid, people["Bo Al"], "chair")
    seat(office_db, gid, people["Cecilia Dahl"], "substitute")
    seat(office_db, gid, people["Gustav Gammal"], "member", end="2025-12-31")
    seat(office_db, gid, people["Nina Ny"], "member", start="2026-06-01")
    seat(office_db, gid, people["Sekr Etare"], "secretary")
    return {"group": gid, **people}


# --- create and validate ------------------------------------------------------------------------

def test_create_sets_uid_once_draft_status_and_stockholm_times(office_db, steering):
    record = meetings.create_meeting(office_db, meeting_input(steering["group"]))
    assert re.fullmatch(r"[0-9a-f]{32}@stic-desktop", record.uid)
    assert (record.status, record.status_label, record.sequence) == ("draft", "Utkast", 0)
    assert record.starts_at == at("2026-03-10", "09:00") and record.starts_at.tzinfo is STOCKHOLM
    assert (record.group_name, record.group_kind, record.kind_label) == ("Styrgruppen", "steering", "Ordinarie")
    with plain(office_db) as conn:  # stored as UTC: 09:00 CET is 08:00 UTC
        assert str(conn.execute("SELECT starts_at FROM meetings").fetchone()[0]).startswith("2026-03-10 08:00:00")
    other = meetings.create_meeting(office_db, meeting_input(steering["group"]))
    assert other.uid != record.uid
    updated = meetings.update_meeting(office_db, record.id, meeting_input(steering["group"], title="Nytt namn"))
    assert updated.uid == record.uid and updated.title == "Nytt namn"
    assert [(row[1], row[2]) for row in audit_rows(office_db, "meeting")] == [
        ("create", office_db.actor_id), ("create", office_db.actor_id), ("update", office_db.actor_id)]


BAD = [
    ({"title": "  "}, "title", "Rubriken måste fyllas i"),
    ({"starts_at": None}, "starts_at", "Starttiden måste fyllas i"),
    ({"ends_at": None}, "ends_at", "Sluttiden måste fyllas i"),
    ({"starts_at": datetime(2026, 3, 10, 9)}, "starts_at", "tidszon"),
    ({"ends_at": at("2026-03-10", "08:00")}, "ends_at", "Mötet kan inte sluta innan det börjar."),
    ({"ends_at": at("2026-03-10", "09:00")}, "ends_at", "Mötet kan inte sluta innan det börjar."),
    ({"kind": "fika"}, "kind", "Okänd mötestyp"),
    ({"group_id": 9999}, "group_id", "Gruppen finns inte"),
    ({"case_number": "x" * 51}, "case_number", "högst 50 tecken"),
]


@pytest.mark.parametrize(("changes", "field", "message"), BAD)
def test_bad_input_is_refused_and_nothing_is_written(office_db, steering, changes, field, message):
    before = table(office_db, "meetings"), table(office_db, "meeting_invitees"), table(office_db, "audit_log")
    with pytest.raises(ValidationError) as caught:
        meetings.create_meeting(office_db, meeting_input(steering["group"], **changes))
    assert message in caught.value.for_field(field)
    assert (table(office_db, "meetings"), table(office_db, "meeting_invitees"), table(office_db, "audit_log")) == before


def test_every_wrong_field_is_reported_at_once(office_db):
    with pytest.raises(ValidationError) as caught:
        meetings.create_meeting(office_db, MeetingInput(None, "", None, None, kind="x"))
    assert {e.field for e in caught.value.errors} == {"title", "starts_at", "ends_at", "kind"}


def test_update_with_end_before_start_is_refused(office_db, steering):
    record = meetings.create_meeting(office_db, meeting_input(steering["group"]))
    bad = replace(record.as_input(), ends_at=record.starts_at - timedelta(minutes=1))
    with pytest.raises(ValidationError, match="Mötet kan inte sluta innan det börjar."):
        meetings.update_meeting(office_db, record.id, bad)
    assert meetings.get_meeting(office_db, record.id) == record


# --- invitees -----------------------------------------------------------------------------------

def test_invitees_are_the_groups_members_on_the_meeting_day(office_db, steering):
    record = meetings.create_meeting(office_db, meeting_input(steering["group"]))
    listed = invitees.invitees(office_db, record.id)
    # Gustav left before the meeting, Nina starts after it; the chair first, then role order, then by name.
    assert [(i.person_name, i.role_label) for i in listed] == [
        ("Bo Al", "Ordförande"), ("Sekr Etare", "Sekreterare"), ("Åsa Berg", "Ledamot"), ("Örjan Ek", "Ledamot"),
        ("Cecilia Dahl", "Ersättare")]
    assert all(not i.guest and i.rsvp == "pending" and i.attendance == "unknown" for i in listed)
    assert listed[0].email == "bo@kommun.example.se" and listed[0].organisation == "Konsult AB"
    assert record.invitee_count == 5
    later = meetings.create_meeting(office_db, meeting_input(steering["group"], day="2026-09-01"))
    assert "Nina Ny" in {i.person_name for i in invitees.invitees(office_db, later.id)}
    assert len(audit_rows(office_db, "invitee")) == 5 + 6


def test_inactive_and_anonymised_members_are_not_invited(office_db, steering):
    gone = add_person(office_db, "Slutat", active=False)
    hidden = add_person(office_db, "Anonym", anonymised=True)
    seat(office_db, steering["group"], gone)
    seat(office_db, steering["group"], hidden)
    record = meetings.create_meeting(office_db, meeting_input(steering["group"]))
    assert {gone, hidden}.isdisjoint(i.person_id for i in invitees.invitees(office_db, record.id))


def test_no_group_or_no_default_means_no_invitees(office_db, steering):
    lone = meetings.create_meeting(office_db, meeting_input(None, title="Workshop", kind="workshop"))
    assert invitees.invitees(office_db, lone.id) == [] and lone.group_name == "" and lone.invitee_count == 0
    bare = meetings.create_meeting(office_db, meeting_input(steering["group"]), invite_group_members=False)
    assert invitees.invitees(office_db, bare.id) == []


def test_guests_are_added_by_hand_and_duplicates_refused(office_db, steering):
    record = meetings.create_meeting(office_db, meeting_input(steering["group"]))
    expert = add_person(office_db, "Gäst Expert")
    guest = invitees.add_guest(office_db, record.id, expert)
    assert (guest.guest, guest.role_label, guest.person_name) == (True, "Gäst", "Gäst Expert")
    assert invitees.invitees(office_db, record.id)[-1] == guest  # guests last
    with pytest.raises(ValidationError, match="Gäst Expert är redan kallad"):
        invitees.add_guest(office_db, record.id, expert)
    with pytest.raises(ValidationError, match="redan kallad"):
        invitees.add_guest(office_db, record.id, steering["Åsa Berg"])
    with pytest.raises(ValidationError, match="finns inte"):
        invitees.add_guest(office_db, record.id, 99999)
    with pytest.raises(ValidationError, match="anonymiserad"):
        invitees.add_guest(office_db, record.id, add_person(office_db, "X", anonymised=True))
    assert meetings.get_meeting(office_db, record.id).invitee_count == 6


def test_a_removed_member_added_again_is_a_member_not_a_guest(office_db, steering):
    record = meetings.create_meeting(office_db, meeting_input(steering["group"]))
    åsa = next(i for i in invitees.invitees(office_db, record.id) if i.person_name == "Åsa Berg")
    invitees.remove_invitee(office_db, åsa.id)
    assert "Åsa Berg" not in {i.person_name for i in invitees.invitees(office_db, record.id)}
    back = invitees.add_guest(office_db, record.id, steering["Åsa Berg"])
    assert (back.guest, back.role_label) == (False, "Ledamot")
    assert [row[1] for row in audit_rows(office_db, "invitee")][-2:] == ["delete", "create"]


def test_rsvp_and_attendance_with_substitutes(office_db, steering):
    record = meetings.create_meeting(office_db, meeting_input(steering["group"]))
    åsa = next(i for i in invitees.invitees(office_db, record.id) if i.person_name == "Åsa Berg")
    replied = invitees.set_rsvp(office_db, åsa.id, "substitute", steering["Cecilia Dahl"])
    assert (replied.rsvp_label, replied.rsvp_substitute_name) == ("Ersättare", "Cecilia Dahl")
    with pytest.raises(ValidationError, match="annan person"):
        invitees.set_rsvp(office_db, åsa.id, "substitute", steering["Åsa Berg"])
    with pytest.raises(ValidationError, match="Välj vem som ersätter"):
        invitees.set_attendance(office_db, åsa.id, "substitute")
    with pytest.raises(ValidationError, match="Okänt svar"):
        invitees.set_rsvp(office_db, åsa.id, "kanske")
    with pytest.raises(ValidationError, match="Okänd närvaro"):
        invitees.set_attendance(office_db, åsa.id, "sover")
    assert invitees.invitees(office_db, record.id)[2] == replied  # refused changes left it alone
    yes = invitees.set_rsvp(office_db, åsa.id, "yes", steering["Cecilia Dahl"])  # a substitute only goes with "ersättare"
    assert (yes.rsvp, yes.rsvp_substitute_id, yes.rsvp_substitute_name) == ("yes", None, "")
    there = invitees.set_attendance(office_db, åsa.id, "substitute", steering["Cecilia Dahl"])
    assert (there.attendance_label, there.attendance_substitute_name) == ("Ersättare", "Cecilia Dahl")
    changes = [json.loads(row[3]) for row in audit_rows(office_db, "invitee") if row[0] == åsa.id and row[1] == "update"]
    assert changes[0] == {"rsvp": ["pending", "substitute"], "rsvp_substitute_id": [None, steering["Cecilia Dahl"]]}
    assert len(changes) == 3


def test_unknown_invitee_and_meeting_are_not_found(office_db):
    with pytest.raises(NotFound):
        invitees.set_rsvp(office_db, 999, "yes")
    with pytest.raises(NotFound):
        invitees.invitees(office_db, 999)
    with pytest.raises(NotFound):
        meetings.get_meeting(office_db, 999)
    with pytest.raises(NotFound):
        meetings.update_meeting(office_db, 999, meeting_input(None))


# --- quorum -------------------------------------------------------------------------------------

def _attend(db, meeting_id: int, names: dict[str, str], sub: int | None = None) -> None:
    for invitee in invitees.invitees(db, meeting_id):
        if invitee.person_name in names:
            value = names[invitee.person_name]
            invitees.set_attendance(db, invitee.id, value, sub if value == "substitute" else None)


def test_quorum_counts_only_voting_members_not_the_secretary_or_substitutes(office_db, steering):
    """Invited: chair, two members, a substitute and STIC's secretary; only the chair and members vote."""
    record = meetings.create_meeting(office_db, meeting_input(steering["group"]))  # 5 invited
    invitees.add_guest(office_db, record.id, add_person(office_db, "Gäst"))
    _attend(office_db, record.id, {"Bo Al": "present", "Åsa Berg": "absent", "Örjan Ek": "absent",
                                   "Sekr Etare": "present", "Cecilia Dahl": "present"})
    # Before issue 16 the secretary and the substitute counted: "3 av 5 ledamöter" and a quorum.
    assert invitees.quorum(office_db, record.id) == invitees.Quorum(True, 3, 1, False)
    guest = invitees.invitees(office_db, record.id)[-1]
    invitees.set_attendance(office_db, guest.id, "present")  # guests do not count
    assert invitees.quorum(office_db, record.id).present == 1
    # The substitute counts in the place of the member she stands in for, once.
    _attend(office_db, record.id, {"Örjan Ek": "substitute"}, sub=steering["Cecilia Dahl"])
    assert invitees.quorum(office_db, record.id) == invitees.Quorum(True, 3, 2, True)
    voting = {i.person_name: i.voting for i in invitees.invitees(office_db, record.id)}
    assert voting == {"Bo Al": True, "Åsa Berg": True, "Örjan Ek": True, "Sekr Etare": False,
                      "Cecilia Dahl": False, "Gäst": False}


def test_exactly_half_is_not_a_quorum(office_db, steering):
    seat(office_db, steering["group"], add_person(office_db, "Fjärde Ledamot"), "member")
    record = meetings.create_meeting(office_db, meeting_input(steering["group"]))  # 4 voting members
    _attend(office_db, record.id, {"Bo Al": "present", "Åsa Berg": "present", "Sekr Etare": "present"})
    assert invitees.quorum(office_db, record.id) == invitees.Quorum(True, 4, 2, False)


def test_quorum_applies_only_to_the_steering_group(office_db):
    working = group_id(office_db, "working")
    seat(office_db, working, add_person(office_db, "Ann Arbetar"))
    record = meetings.create_meeting(office_db, meeting_input(working, title="Arbetsgruppen"))
    _attend(office_db, record.id, {"Ann Arbetar": "present"})
    assert invitees.quorum(office_db, record.id) == invitees.Quorum(False, 1, 1, False)
    lone = meetings.create_meeting(office_db, meeting_input(None))
    assert invitees.quorum(office_db, lone.id).applies is False


# --- status flow and sequence -------------------------------------------------------------------

def test_sequence_rises_on_every_change_after_the_invitation_was_sent(office_db, steering):
    record = meetings.create_meeting(office_db, meeting_input(steering["group"]))
    draft = meetings.update_meeting(office_db, record.id, replace(record.as_input(), location="Lokal B"))
    assert draft.sequence == 0  # nothing was sent yet
    sent = meetings.mark_invitation_sent(office_db, record.id)
    assert (sent.status, sent.status_label, sent.sequence) == ("invited", "Kallad", 0)
    assert sent.invitation_sent_at is not None and sent.invitation_sent_at.tzinfo is STOCKHOLM
    moved = meetings.update_meeting(office_db, record.id, replace(sent.as_input(), starts_at=at("2026-03-10", "08:30")))
    assert moved.sequence == 1
    again = meetings.update_meeting(office_db, record.id, replace(moved.as_input(), location="Lokal C"))
    assert again.sequence == 2
    same = meetings.update_meeting(office_db, record.id, again.as_input())
    assert same.sequence == 2  # saving without a change is no change
    cancelled = meetings.cancel_meeting(office_db, record.id)
    assert (cancelled.status, cancelled.status_label, cancelled.sequence) == ("cancelled", "Inställd", 3)
    assert cancelled.uid == record.uid


def test_cancel_raises_the_sequence_even_before_sending_and_is_final(office_db, steering):
    record = meetings.create_meeting(office_db, meeting_input(steering["group"]))
    assert meetings.cancel_meeting(office_db, record.id).sequence == 1
    with pytest.raises(ValidationError, match="redan inställt"):
        meetings.cancel_meeting(office_db, record.id)
    with pytest.raises(ValidationError, match="inställt"):
        meetings.update_meeting(office_db, record.id, record.as_input())
    with pytest.raises(ValidationError, match="kan inte markeras som genomfört"):
        meetings.mark_held(office_db, record.id)


def test_a_cancellation_sent_out_keeps_the_meeting_cancelled(office_db, steering):
    record = meetings.create_meeting(office_db, meeting_input(steering["group"]))
    meetings.mark_invitation_sent(office_db, record.id)
    meetings.cancel_meeting(office_db, record.id)
    sent = meetings.mark_invitation_sent(office_db, record.id)  # the cancellation (.ics CANCEL) went out
    assert (sent.status, sent.sequence) == ("cancelled", 1) and sent.invitation_sent_at is not None


def test_held_meetings_cannot_be_cancelled_or_invited(office_db, steering):
    record = meetings.create_meeting(office_db, meeting_input(steering["group"]))
    meetings.mark_invitation_sent(office_db, record.id)
    held = meetings.mark_held(office_db, record.id)
    assert (held.status, held.status_label) == ("held", "Genomförd")
    with pytest.raises(ValidationError, match="genomfört möte kan inte ställas in"):
        meetings.cancel_meeting(office_db, record.id)
    with pytest.raises(ValidationError, match="redan genomfört"):
        meetings.mark_invitation_sent(office_db, record.id)
    with pytest.raises(ValidationError, match="kan inte markeras"):
        meetings.mark_held(office_db, record.id)


def test_only_drafts_can_be_deleted_with_their_invitees(office_db, steering):
    record = meetings.create_meeting(office_db, meeting_input(steering["group"]))
    sent = meetings.create_meeting(office_db, meeting_input(steering["group"]))
    meetings.mark_invitation_sent(office_db, sent.id)
    with pytest.raises(ValidationError, match="Bara utkast kan tas bort"):
        meetings.delete_meeting(office_db, sent.id)
    meetings.delete_meeting(office_db, record.id)
    with pytest.raises(NotFound):
        meetings.get_meeting(office_db, record.id)
    assert {row[1] for row in table(office_db, "meeting_invitees")} == {sent.id}
    assert audit_rows(office_db, "meeting")[-1][:2] == (record.id, "delete")


def test_changing_the_group_of_a_draft_invites_the_new_groups_members(office_db, steering):
    working = group_id(office_db, "working")
    ann = add_person(office_db, "Ann Arbetar")
    seat(office_db, working, ann)
    record = meetings.create_meeting(office_db, meeting_input(steering["group"]))
    guest = invitees.add_guest(office_db, record.id, add_person(office_db, "Gäst"))
    moved = meetings.update_meeting(office_db, record.id, replace(record.as_input(), group_id=working))
    assert [(i.person_name, i.guest) for i in invitees.invitees(office_db, record.id)] == [("Ann Arbetar", False),
                                                                                        ("Gäst", True)]
    assert moved.group_name == "Arbetsgruppen" and guest.id in {i.id for i in invitees.invitees(office_db, record.id)}
    meetings.mark_invitation_sent(office_db, record.id)
    with pytest.raises(ValidationError, match="bara bytas medan mötet är ett utkast"):
        meetings.update_meeting(office_db, record.id, replace(moved.as_input(), group_id=steering["group"]))


def test_officers(office_db, steering):
    record = meetings.create_meeting(office_db, meeting_input(steering["group"]))
    done = meetings.set_officers(office_db, record.id, steering["Bo Al"], steering["Sekr Etare"])
    assert (done.chair_name, done.secretary_name) == ("Bo Al", "Sekr Etare")
    with pytest.raises(ValidationError, match="två olika personer"):
        meetings.set_officers(office_db, record.id, steering["Bo Al"], steering["Bo Al"])
    with pytest.raises(ValidationError, match="finns inte"):
        meetings.set_officers(office_db, record.id, 99999, None)
    cleared = meetings.set_officers(office_db, record.id, None, None)
    assert (cleared.chair_id, cleared.chair_name, cleared.secretary_name) == (None, "", "")
    changes = json.loads(audit_rows(office_db, "meeting")[-2][3])
    assert changes == {"chair_id": [None, steering["Bo Al"]], "secretary_id": [None, steering["Sekr Etare"]]}


# --- lists --------------------------------------------------------------------------------------

def test_list_filters_by_swedish_days_and_group(office_db, steering):
    working = group_id(office_db, "working")
    new_year = meetings.create_meeting(office_db, MeetingInput(steering["group"], "Nyår", at("2026-01-01", "00:30"),
                                                             at("2026-01-01", "01:30")))  # 2025-12-31 in UTC
    late = meetings.create_meeting(office_db, MeetingInput(working, "Sent", at("2026-01-31", "23:30"),
                                                         at("2026-02-01", "00:30")))
    february = meetings.create_meeting(office_db, MeetingInput(working, "Feb", at("2026-02-01", "09:00"),
                                                             at("2026-02-01", "10:00")))
    january = meetings.list_meetings(office_db, start=date(2026, 1, 1), end=date(2026, 1, 31))
    assert [m.id for m in january] == [new_year.id, late.id]
    assert [m.id for m in meetings.list_meetings(office_db, group_id=working)] == [late.id, february.id]
    assert [m.id for m in meetings.list_meetings(office_db, start=date(2026, 2, 1))] == [february.id]
    assert meetings.list_meetings(office_db, end=date(2025, 12, 31)) == []
    assert meetings.list_meetings(office_db)[0] == meetings.get_meeting(office_db, new_year.id)
    assert meetings.list_meetings(office_db)[0].invitee_count == 5


def test_list_of_2000_meetings_is_one_query(office_db, steering):
    start = datetime(2020, 1, 6, 8, tzinfo=timezone.utc)
    with office_db.write() as session:
        for n in range(2000):
            meeting = Meeting(group_id=steering["group"] if n % 2 else None, title=f"Möte {n}", kind="regular",
                              starts_at=start + timedelta(days=n), ends_at=start + timedelta(days=n, hours=2),
                              location="", online_link="", status="draft", case_number="", uid=f"m{n}@test",
                              sequence=0, notes="")
            session.add(meeting)
    meetings.create_meeting(office_db, meeting_input(steering["group"]))  # after the 2,000 (2020-2025)
    statements: list[str] = []
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(office_db.engine, "before_cursor_execute", listener)
    try:
        listed = meetings.list_meetings(office_db)
    finally:
        event.remove(office_db.engine, "before_cursor_execute", listener)
    assert len(listed) == 2001
    assert [m.title for m in listed[:2]] == ["Möte 0", "Möte 1"] and listed[1].group_name == "Styrgruppen"
    assert listed[-1].invitee_count == 5 and listed[0].invitee_count == 0
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 1
