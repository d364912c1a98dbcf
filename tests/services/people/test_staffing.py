"""stic_desktop/services/people/staffing.py: the staffing matrix, its gaps, expert suggestions and adding them."""

from __future__ import annotations

from datetime import date

import pytest
from backend_tools import plain
from sqlalchemy import event

from stic_desktop.errors import NotFound, ValidationError
from stic_desktop.models import Person, PersonExpertise
from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.people import groups, memberships, staff, staffing
from stic_desktop.services.people.groups import GroupInput
from stic_desktop.services.people.memberships import MembershipInput

DAY = date(2025, 6, 1)


def add_person(db, name: str, municipality: str | None = None, *, tags: tuple[str, ...] = (), kind: str | None = None,
               active: bool = True, anonymised: bool = False) -> int:
    """Test set-up only: a person written directly (the people service is tested elsewhere)."""
    ids = {m.name: m.id for m in municipalities.list_municipalities(db)}
    with db.write() as session:
        person = Person(name=name, title="", organisation_kind=kind or ("municipality" if municipality else "other"),
                        municipality_id=ids[municipality] if municipality else None, email="", phone="",
                        active=active, anonymised=anonymised)
        person.expertise = [PersonExpertise(tag=t) for t in tags]
        session.add(person)
        session.flush()
        return person.id


def sit(db, group_id: int, person_id: int, role: str = "member", start: str = "2025-01-01", end: str = "") -> None:
    memberships.save_membership(db, MembershipInput(person_id, group_id, role, None, False, start, end))


def memberships_count(db) -> int:
    with plain(db) as conn:
        return conn.execute("SELECT count(*) FROM memberships").fetchone()[0]


@pytest.fixture
def county(db):
    municipalities.import_county_municipalities(db)
    for record in municipalities.list_municipalities(db):  # as in the demo: two municipalities only interested
        if record.name in ("Nykvarn", "Vaxholm"):
            municipalities.save_municipality(db, municipalities.MunicipalityInput(
                **{**record.as_input().__dict__, "status": "interested"}), record.id)
        if record.name == "Sigtuna":  # and one that has left
            municipalities.save_municipality(db, municipalities.MunicipalityInput(
                **{**record.as_input().__dict__, "status": "left", "left_on": "2020-12-31"}), record.id)
    actor = staff.add_staff_member(db, "Anna Lindqvist", "Regionchef")
    staff.set_current_user(db, actor.id)
    return {m.name: m.id for m in municipalities.list_municipalities(db)}


@pytest.fixture
def standing(db, county) -> dict[str, int]:
    return {g.kind: g.id for g in groups.list_groups(db) if g.standing}


@pytest.fixture
def food(db, county) -> int:
    return groups.save_group(db, GroupInput("Livsmedel 2025", subject_area="Livsmedel och måltider", min_experts=2)).id


def test_rows_are_member_then_interested_municipalities_and_columns_standing_then_contract(db, county, standing, food):
    groups.save_group(db, GroupInput("Fordon", subject_area="Fordonsleasing"))
    idle = groups.save_group(db, GroupInput("Gammal grupp"))
    groups.save_group(db, groups.GroupInput("Gammal grupp", active=False), idle.id)
    matrix = staffing.staffing_matrix(db, DAY)
    names = [r.name for r in matrix.rows]
    assert len(matrix.rows) == 26 - 1 + 1  # Sigtuna has left; one row for everyone else
    assert names[:2] == ["Botkyrka", "Danderyd"] and names[22:24] == ["Österåker", "Nykvarn"]
    assert [r.status for r in matrix.rows[-3:]] == ["interested", "interested", "other"]
    assert "Sigtuna" not in names
    assert [c.name for c in matrix.columns] == ["Styrgruppen", "Arbetsgruppen", "Fordon", "Livsmedel 2025"]
    assert matrix.as_of == DAY


def test_cells_show_who_represents_each_municipality_on_the_date(db, county, standing, food):
    solna = [r.name for r in staffing.staffing_matrix(db, DAY).rows].index("Solna")
    sit(db, standing["working"], add_person(db, "Ayşe Yılmaz", "Solna"), "chair")
    sit(db, standing["working"], add_person(db, "Bo Berg", "Solna"), "member", "2025-01-01", "2025-05-31")
    sit(db, food, add_person(db, "Erik", kind="stic"), "secretary")
    sit(db, standing["steering"], add_person(db, "Sara", "Sigtuna"), "member")  # Sigtuna is not a row
    matrix = staffing.staffing_matrix(db, DAY)
    assert [s.text for s in matrix.cell(solna, 1)] == ["Ayşe Yılmaz (ordförande)"]
    other = len(matrix.rows) - 1
    assert [s.name for s in matrix.cell(other, 2)] == ["Erik"] and [s.name for s in matrix.cell(other, 0)] == ["Sara"]
    earlier = staffing.staffing_matrix(db, date(2025, 5, 31))
    assert [s.name for s in earlier.cell(solna, 1)] == ["Ayşe Yılmaz", "Bo Berg"]


def test_gaps_member_without_working_group_seat_and_contract_group_without_chair_or_experts(db, county, standing, food):
    matrix = staffing.staffing_matrix(db, DAY)
    rows = {r.name: i for i, r in enumerate(matrix.rows)}
    working = 1
    assert matrix.gap(rows["Solna"], working) == "Ingen från Solna i arbetsgruppen."
    assert matrix.gap(rows["Nykvarn"], working) is None  # only interested
    assert matrix.gap(rows["Solna"], 0) is None  # the steering group has no per-municipality rule
    assert matrix.columns[2].gaps == ("Ingen ordförande.", "0 av minst 2 experter.")
    assert matrix.columns[working].gaps == ()
    assert matrix.gap_count == 23 + 2

    sit(db, standing["working"], add_person(db, "Kim", "Solna"))
    sit(db, food, add_person(db, "Ordf", "Nacka"), "chair")
    sit(db, food, add_person(db, "Expert 1", "Nacka"), "expert")
    matrix = staffing.staffing_matrix(db, DAY)
    assert matrix.gap(rows["Solna"], working) is None
    assert matrix.columns[2].gaps == ("1 av minst 2 experter.",)
    assert (matrix.columns[2].chair, matrix.columns[2].expert_count, matrix.columns[2].member_count) == ("Ordf", 1, 2)
    sit(db, food, add_person(db, "Expert 2", "Nacka"), "expert")
    assert staffing.staffing_matrix(db, DAY).columns[2].gaps == ()


def test_matrix_needs_the_same_few_queries_however_much_data(db, county, standing, food):
    statements: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    staffing.staffing_matrix(db, DAY)
    few = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    for index in range(30):
        group = groups.save_group(db, GroupInput(f"Grupp {index:02d}", subject_area="IT")).id
        for name in ("Solna", "Nacka", "Täby"):
            sit(db, group, add_person(db, f"P {index} {name}", name), "expert")
    statements.clear()
    matrix = staffing.staffing_matrix(db, DAY)
    assert len(matrix.columns) == 33 and len(matrix.seats) == 90
    many = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(many) == len(few) <= 3


@pytest.mark.parametrize(("tag", "subject", "matches"), [
    ("livsmedel", "Livsmedel och måltider", True),
    ("LIVSMEDEL", "livsmedel", True),
    ("Livsmedel och måltider", "Livsmedel och måltider", True),
    ("fordon", "Fordonsleasing", True),  # Swedish compound
    ("IT", "IT-konsulter", True),
    ("IT", "Kvalitetssäkring", False),  # short tags match whole words only
    ("it", "Kvalitet", False),
    ("måltider", "Livsmedel", False),
    ("hemtjänst", "", False),
    ("", "Livsmedel", False),
])
def test_expertise_matching(tag, subject, matches):
    assert staffing.expertise_matches(tag, subject) is matches


def test_suggestions_are_matching_active_people_from_the_chosen_municipalities(db, county, standing, food):
    add_person(db, "Örjan Öst", "Solna", tags=("Livsmedel", "IT"))
    add_person(db, "Adam Ask", "Solna", tags=("måltider",))
    add_person(db, "Cilla Cook", "Nacka", tags=("skolmat", "livsmedel"))
    add_person(db, "Fel Kommun", "Täby", tags=("livsmedel",))
    add_person(db, "Fel Område", "Solna", tags=("fordon",))
    add_person(db, "Inaktiv", "Solna", tags=("livsmedel",), active=False)
    add_person(db, "Anonym", "Solna", tags=("livsmedel",), anonymised=True)
    seated = add_person(db, "Redan Med", "Solna", tags=("livsmedel",))
    sit(db, food, seated, "expert", "2025-01-01")
    suggested = staffing.suggest_experts(db, food, [county["Solna"], county["Nacka"]])
    assert [(s.municipality_name, s.name) for s in suggested] == [
        ("Nacka", "Cilla Cook"), ("Solna", "Adam Ask"), ("Solna", "Örjan Öst")]
    assert suggested[2].expertise == ("IT", "Livsmedel") and suggested[2].matched == ("Livsmedel",)
    assert staffing.suggest_experts(db, food, []) == []
    with pytest.raises(NotFound):
        staffing.suggest_experts(db, 99999, [county["Solna"]])


def test_add_experts_adds_everyone_in_one_step(db, county, standing, food):
    people = [add_person(db, n, "Solna", tags=("livsmedel",)) for n in ("A", "B", "C")]
    assert staffing.add_experts(db, food, people, date(2025, 2, 1)) == 3
    listed = memberships.members(db, food, DAY)
    assert [(m.person_name, m.role, m.municipality_name, m.from_date) for m in listed] == [
        ("A", "expert", "Solna", date(2025, 2, 1)), ("B", "expert", "Solna", date(2025, 2, 1)),
        ("C", "expert", "Solna", date(2025, 2, 1))]
    with plain(db) as conn:
        assert conn.execute("SELECT count(*) FROM audit_log WHERE entity = 'membership' AND action = 'create'").fetchone()[0] == 3
    assert staffing.suggest_experts(db, food, [county["Solna"]]) == []


def test_add_experts_is_all_or_nothing_and_lists_every_problem(db, county, standing, food):
    fine = add_person(db, "Fin Person", "Solna")
    seated = add_person(db, "Redan Med", "Solna")
    sit(db, food, seated, "expert", "2025-01-01")
    before = memberships_count(db)
    with pytest.raises(ValidationError) as caught:
        staffing.add_experts(db, food, [fine, seated, 99999], date(2025, 2, 1))
    messages = [e.message for e in caught.value.errors]
    assert any(m.startswith("Redan Med: ") and "redan med i" in m for m in messages)
    assert any(m.startswith("id 99999: Personen finns inte") for m in messages)
    assert memberships_count(db) == before  # Fin Person was not added either
    with pytest.raises(ValidationError, match="redan en ordförande"):  # two chairs in one batch
        staffing.add_experts(db, food, [fine, add_person(db, "Annan", "Solna")], date(2025, 2, 1), role="chair")
    assert memberships_count(db) == before
    with pytest.raises(ValidationError, match="minst en person"):
        staffing.add_experts(db, food, [], date(2025, 2, 1))
