"""stic_desktop/services/people/groups.py (and memberships.py): groups, membership rules, history, audit."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from backend_tools import plain

from stic_desktop.core import clock
from stic_desktop.errors import NotFound, ValidationError
from stic_desktop.models import Person
from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.people import groups, memberships, staff
from stic_desktop.services.people.groups import GroupInput
from stic_desktop.services.people.memberships import MembershipInput


def add_person(db, name: str, municipality: str | None = None, *, kind: str | None = None, email: str = "",
               active: bool = True, anonymised: bool = False) -> int:
    """Test set-up only: a person written directly (the people service is tested elsewhere)."""
    ids = {m.name: m.id for m in municipalities.list_municipalities(db)}
    with db.write() as session:
        person = Person(name=name, title="", organisation_kind=kind or ("municipality" if municipality else "other"),
                        municipality_id=ids[municipality] if municipality else None, email=email, phone="",
                        active=active, anonymised=anonymised)
        session.add(person)
        session.flush()
        return person.id


def audit_rows(db, entity: str) -> list[tuple]:
    with plain(db) as conn:
        return conn.execute("SELECT entity_id, action, person_id, changes FROM audit_log WHERE entity = ? ORDER BY id",
                            (entity,)).fetchall()


def state(db) -> tuple:
    """Everything a refused action must leave alone."""
    with plain(db) as conn:
        return (conn.execute("SELECT * FROM groups ORDER BY id").fetchall(),
                conn.execute("SELECT * FROM memberships ORDER BY id").fetchall(),
                conn.execute("SELECT * FROM audit_log ORDER BY id").fetchall())


@pytest.fixture
def county(db):
    municipalities.import_county_municipalities(db)
    actor = staff.add_staff_member(db, "Anna Lindqvist", "Regionchef", "anna@stic.example.se")
    staff.set_current_user(db, actor.id)
    return {m.name: m.id for m in municipalities.list_municipalities(db)}


@pytest.fixture
def food(db, county) -> groups.GroupRecord:
    return groups.save_group(db, GroupInput("Avtalsgrupp Livsmedel", subject_area="Livsmedel", min_experts=3))


def seat(group_id: int, person_id: int | None, role: str = "member", start: str = "2025-01-01", end: str = "",
         municipality_id: int | None = None, represents_other: bool = False) -> MembershipInput:
    return MembershipInput(person_id, group_id, role, municipality_id, represents_other, start, end)


def standing(db, kind: str) -> groups.GroupRecord:
    return next(g for g in groups.list_groups(db) if g.kind == kind)


# --- groups ---------------------------------------------------------------------------------------

def test_standing_groups_exist_from_the_start_and_contract_groups_follow_by_name(db, county):
    for name in ("Ö-gruppen Vägsalt", "Avtalsgrupp IT"):
        groups.save_group(db, GroupInput(name, subject_area="x"))
    listed = groups.list_groups(db)
    assert [(g.kind, g.name) for g in listed] == [
        ("steering", "Styrgruppen"), ("working", "Arbetsgruppen"),
        ("contract", "Avtalsgrupp IT"), ("contract", "Ö-gruppen Vägsalt"),
    ]
    assert [g.kind_label for g in listed[:3]] == ["Styrgrupp", "Arbetsgrupp", "Avtalsgrupp"]


def test_new_contract_group_is_saved_with_audit_and_counts_members_today(db, county, food):
    assert (food.kind, food.subject_area, food.min_experts, food.member_count) == ("contract", "Livsmedel", 3, 0)
    (entity_id, action, who, changes), = audit_rows(db, groups.ENTITY)
    assert (entity_id, action, who) == (food.id, "create", db.actor_id)
    assert json.loads(changes)["name"] == [None, "Avtalsgrupp Livsmedel"]
    person = add_person(db, "Kim Kock", "Solna")
    memberships.save_membership(db, seat(food.id, person, "expert", str(clock.today())))
    memberships.save_membership(db, seat(food.id, add_person(db, "Ulf Ute", "Solna"), "expert", "2020-01-01", "2020-12-31"))
    assert groups.get_group(db, food.id).member_count == 1


BAD_GROUPS = [
    (GroupInput("  "), "name", "Namnet måste fyllas i"),
    (GroupInput("Avtalsgrupp livsmedel"), "name", "finns redan en grupp som heter Avtalsgrupp Livsmedel"),
    (GroupInput("Ny", min_experts="tre"), "min_experts", "heltal"),
    (GroupInput("Ny", min_experts=-1), "min_experts", "heltal"),
    (GroupInput("Ny styrgrupp", kind="steering"), "kind", "Bara avtalsgrupper"),
]


@pytest.mark.parametrize(("data", "field", "message"), BAD_GROUPS)
def test_bad_group_input_names_the_field_and_saves_nothing(db, county, food, data, field, message):
    before = state(db)
    with pytest.raises(ValidationError) as caught:
        groups.save_group(db, data)
    assert message in (caught.value.for_field(field) or "")
    assert state(db) == before


def test_standing_groups_keep_their_kind_and_stay_active(db, county):
    steering = standing(db, "steering")
    with pytest.raises(ValidationError) as caught:
        groups.save_group(db, replace(steering.as_input(), kind="contract", active=False), steering.id)
    assert "kan inte byta typ" in caught.value.for_field("kind")
    assert "alltid aktiv" in caught.value.for_field("active")
    renamed = groups.save_group(db, replace(steering.as_input(), notes="Möts fyra gånger per år"), steering.id)
    assert renamed.notes == "Möts fyra gånger per år" and renamed.kind == "steering"


def test_delete_group_refused_for_standing_groups_and_groups_with_history(db, county, food):
    with pytest.raises(ValidationError, match="stående grupp"):
        groups.delete_group(db, standing(db, "working").id)
    membership = memberships.save_membership(db, seat(food.id, add_person(db, "Kim", "Solna"), start="2020-01-01"))
    memberships.end_membership(db, membership.id, date(2020, 6, 30))
    before = state(db)
    with pytest.raises(ValidationError, match="inaktiv i stället"):
        groups.delete_group(db, food.id)
    assert state(db) == before


def test_delete_empty_contract_group_leaves_an_audit_row(db, county, food):
    groups.delete_group(db, food.id)
    assert food.id not in {g.id for g in groups.list_groups(db)}
    assert [r[1] for r in audit_rows(db, groups.ENTITY)] == ["create", "delete"]
    with pytest.raises(NotFound):
        groups.delete_group(db, food.id)


# --- memberships ----------------------------------------------------------------------------------

def test_membership_defaults_to_the_persons_municipality_and_is_audited(db, county, food):
    person = add_person(db, "Łukasz Żółć", "Solna", email="lz@solna.se")
    saved = memberships.save_membership(db, seat(food.id, person, "expert"))
    assert (saved.municipality_id, saved.municipality_name, saved.represents_other) == (county["Solna"], "Solna", False)
    assert (saved.person_name, saved.email, saved.group_name, saved.role_label) == (
        "Łukasz Żółć", "lz@solna.se", "Avtalsgrupp Livsmedel", "Expert")
    (entity_id, action, who, changes), = audit_rows(db, memberships.MEMBERSHIP_ENTITY)
    assert (entity_id, action, who) == (saved.id, "create", db.actor_id)
    assert json.loads(changes)["from_date"] == [None, "2025-01-01"]


def test_representing_another_municipality_needs_the_box_ticked(db, county, food):
    person = add_person(db, "Kim Kontakt", "Solna")
    data = seat(food.id, person, municipality_id=county["Sundbyberg"])
    with pytest.raises(ValidationError) as caught:
        memberships.save_membership(db, data)
    message = caught.value.for_field("municipality_id")
    assert "arbetar i Solna" in message and "Sundbyberg" in message and "Representerar annan kommun" in message
    saved = memberships.save_membership(db, replace(data, represents_other=True))
    assert (saved.municipality_name, saved.represents_other) == ("Sundbyberg", True)


def test_people_outside_the_municipalities_sit_without_one(db, county, food):
    secretary = add_person(db, "Erik Johansson", kind="stic")
    saved = memberships.save_membership(db, seat(food.id, secretary, "secretary"))
    assert saved.municipality_id is None and not saved.represents_other
    with pytest.raises(ValidationError, match="arbetar inte på någon kommun"):
        memberships.save_membership(db, seat(food.id, add_person(db, "Adda-Anna", kind="adda"), municipality_id=county["Solna"]))


BAD_MEMBERSHIPS = [
    ({"person_id": 99999}, "person_id", "Personen finns inte"),
    ({"person_id": None}, "person_id", "Välj en person"),
    ({"group_id": 99999}, "group_id", "Gruppen finns inte"),
    ({"role": "boss"}, "role", "Okänd roll"),
    ({"from_date": ""}, "from_date", "måste fyllas i"),
    ({"from_date": "2025-02-30"}, "from_date", "inget giltigt datum"),
    ({"from_date": "2025-03-01", "to_date": "2025-02-28"}, "to_date", "kan inte vara före från-datum"),
    ({"represents_other": True, "municipality_id": None, "person_id": "stic"}, "municipality_id", "Välj vilken kommun"),
    ({"notes": "x" * 20001}, "notes", "högst 20000 tecken"),
]


@pytest.mark.parametrize(("changes", "field", "message"), BAD_MEMBERSHIPS)
def test_bad_membership_names_the_field_and_saves_nothing(db, county, food, changes, field, message):
    ids = {"stic": add_person(db, "Erik Johansson", kind="stic"), None: None}
    data = replace(seat(food.id, add_person(db, "Kim", "Solna")), **changes)
    if isinstance(data.person_id, str):
        data = replace(data, person_id=ids[data.person_id])
    before = state(db)
    with pytest.raises(ValidationError) as caught:
        memberships.save_membership(db, data)
    assert message in (caught.value.for_field(field) or "")
    assert state(db) == before


def test_membership_for_a_deleted_or_anonymised_person_is_refused(db, county, food):
    gone = add_person(db, "Borta", "Solna")
    with db.write() as session:
        session.delete(session.get(Person, gone))
    with pytest.raises(ValidationError, match="Personen finns inte"):
        memberships.save_membership(db, seat(food.id, gone))
    with pytest.raises(ValidationError, match="anonymiserad"):
        memberships.save_membership(db, seat(food.id, add_person(db, "Anonymiserad person", anonymised=True)))


def test_all_errors_are_reported_at_once(db, county, food):
    with pytest.raises(ValidationError) as caught:
        memberships.save_membership(db, MembershipInput(99999, food.id, "boss", None, False, "2025-03-01", "2025-01-01"))
    assert {e.field for e in caught.value.errors} == {"person_id", "role", "to_date"}


@pytest.mark.parametrize("role", ["chair", "convener"])
def test_two_chairs_or_conveners_at_once_are_refused_naming_the_holder(db, county, food, role):
    first = memberships.save_membership(db, seat(food.id, add_person(db, "Ayşe Yılmaz", "Solna"), role, "2025-01-01"))
    second = add_person(db, "Bo Berg", "Nacka")
    before = state(db)
    with pytest.raises(ValidationError) as caught:
        memberships.save_membership(db, seat(food.id, second, role, "2026-01-01"))
    message = caught.value.for_field("role")
    assert "Ayşe Yılmaz" in message and "2025-01-01 – tills vidare" in message
    with pytest.raises(ValidationError):  # a period ending inside the holder's is just as overlapping
        memberships.save_membership(db, seat(food.id, second, role, "2024-01-01", "2025-01-01"))
    assert state(db) == before
    memberships.save_membership(db, seat(food.id, second, role, "2024-01-01", "2024-12-31"))  # before: fine
    memberships.end_membership(db, first.id, date(2025, 12, 31))
    memberships.save_membership(db, seat(food.id, second, role, "2026-01-01"))  # after the first ended: fine
    memberships.save_membership(db, seat(standing(db, "working").id, first.person_id, role, "2025-01-01"))  # other group
    assert [m.person_name for m in memberships.members(db, food.id, date(2026, 2, 1))] == ["Bo Berg"]


def test_many_members_and_editing_the_chair_itself_are_fine(db, county, food):
    chair = memberships.save_membership(db, seat(food.id, add_person(db, "Ordf", "Solna"), "chair"))
    for name in ("A", "B", "C"):
        memberships.save_membership(db, seat(food.id, add_person(db, name, "Nacka"), "member"))
    changed = memberships.save_membership(db, replace(chair.as_input(), from_date="2024-06-01"), chair.id)
    assert changed.from_date == date(2024, 6, 1)
    assert [r[1] for r in audit_rows(db, memberships.MEMBERSHIP_ENTITY)][-1] == "update"


def test_the_same_person_twice_in_a_group_at_once_is_refused(db, county, food):
    person = add_person(db, "Kim", "Solna")
    memberships.save_membership(db, seat(food.id, person, "member"))
    with pytest.raises(ValidationError, match="redan med i Avtalsgrupp Livsmedel"):
        memberships.save_membership(db, seat(food.id, person, "secretary", "2025-06-01"))


def test_members_as_of_a_date_includes_both_end_days(db, county, food):
    person = add_person(db, "Kim", "Solna")
    memberships.save_membership(db, seat(food.id, person, "expert", "2025-01-10", "2025-01-20"))
    on = lambda d: [m.person_name for m in memberships.members(db, food.id, d)]  # noqa: E731
    assert on(date(2025, 1, 9)) == [] and on(date(2025, 1, 21)) == []
    assert on(date(2025, 1, 10)) == ["Kim"] and on(date(2025, 1, 20)) == ["Kim"]
    assert memberships.members(db, food.id) == []  # today: long ended
    assert len(memberships.membership_history(db, food.id)) == 1


def test_members_are_listed_chair_first_then_by_role_and_name(db, county, food):
    for name, role in (("Örjan", "expert"), ("Åsa", "expert"), ("Zara", "expert"), ("Cecilia", "secretary"),
                       ("Bertil", "chair")):
        memberships.save_membership(db, seat(food.id, add_person(db, name, "Solna"), role))
    listed = memberships.members(db, food.id, date(2025, 6, 1))
    assert [m.person_name for m in listed] == ["Bertil", "Cecilia", "Zara", "Åsa", "Örjan"]
    assert all(m.active_on(date(2025, 6, 1)) for m in listed)
    with pytest.raises(NotFound):
        memberships.members(db, 99999)


def test_ending_keeps_the_history_and_is_audited(db, county, food):
    saved = memberships.save_membership(db, seat(food.id, add_person(db, "Kim", "Solna"), "expert", "2025-01-01"))
    with pytest.raises(ValidationError, match="före från-datum"):
        memberships.end_membership(db, saved.id, date(2024, 12, 31))
    ended = memberships.end_membership(db, saved.id, date(2025, 3, 31))
    assert ended.to_date == date(2025, 3, 31)
    assert [m.id for m in memberships.membership_history(db, food.id)] == [saved.id]
    assert memberships.members(db, food.id, date(2025, 4, 1)) == []
    assert json.loads(audit_rows(db, memberships.MEMBERSHIP_ENTITY)[-1][3]) == {"to_date": [None, "2025-03-31"]}
    with pytest.raises(ValidationError, match="avslutades redan"):
        memberships.end_membership(db, saved.id, date(2025, 5, 1))


def test_a_person_who_leaves_has_every_open_membership_ended_at_once(db, county, food):
    person = add_person(db, "Kim", "Solna")
    memberships.save_membership(db, seat(food.id, person, "expert", "2024-01-01"))
    memberships.save_membership(db, seat(standing(db, "working").id, person, "member", "2024-01-01"))
    memberships.save_membership(db, seat(standing(db, "steering").id, person, "member", "2020-01-01", "2021-01-01"))
    assert memberships.end_memberships_of_person(db, person, date(2025, 8, 31)) == 2
    ends = sorted((m.group_name, m.to_date) for m in memberships.memberships_of_person(db, person))
    assert ends == [("Arbetsgruppen", date(2025, 8, 31)), ("Avtalsgrupp Livsmedel", date(2025, 8, 31)),
                    ("Styrgruppen", date(2021, 1, 1))]
    assert memberships.end_memberships_of_person(db, person, date(2025, 8, 31)) == 0


def test_ending_a_persons_memberships_refuses_seats_that_start_later(db, county, food):
    person = add_person(db, "Kim", "Solna")
    memberships.save_membership(db, seat(food.id, person, "expert", "2024-01-01"))
    memberships.save_membership(db, seat(standing(db, "working").id, person, "member", "2030-01-01"))
    before = state(db)
    with pytest.raises(ValidationError, match="Arbetsgruppen från 2030-01-01"):
        memberships.end_memberships_of_person(db, person, date(2025, 1, 1))
    assert state(db) == before
    with pytest.raises(NotFound):
        memberships.end_memberships_of_person(db, 99999, date(2025, 1, 1))


def test_delete_membership_for_a_mistake_is_audited(db, county, food):
    saved = memberships.save_membership(db, seat(food.id, add_person(db, "Kim", "Solna")))
    memberships.delete_membership(db, saved.id)
    assert memberships.membership_history(db, food.id) == []
    assert [r[1] for r in audit_rows(db, memberships.MEMBERSHIP_ENTITY)] == ["create", "delete"]
    with pytest.raises(NotFound):
        memberships.get_membership(db, saved.id)


def test_person_choices_offer_active_people_only(db, county):
    add_person(db, "Kim", "Solna")
    add_person(db, "Inaktiv", "Solna", active=False)
    add_person(db, "Anonymiserad person", anonymised=True)
    add_person(db, "Erik", kind="stic")
    choices = memberships.person_choices(db)
    assert [(c.name, c.organisation) for c in choices] == [
        ("Anna Lindqvist", "STIC"), ("Erik", "STIC"), ("Kim", "Solna")]
