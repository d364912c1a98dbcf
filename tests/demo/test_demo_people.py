"""stic_desktop/demo/people.py: believable people, groups and memberships, by the rules, once."""

from __future__ import annotations

from collections import Counter

import pytest
from backend_tools import plain

from stic_desktop.demo import people as demo_people
from stic_desktop.demo import seed as demo
from stic_desktop.services.people import groups, memberships, people, staffing
from stic_desktop.services.people.memberships import prepare_membership

VOCABULARY = set(demo_people.AREAS)


def counts(db) -> dict[str, int]:
    with plain(db) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("persons", "person_expertise", "groups", "memberships", "audit_log")}


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    from stic_desktop.services.workspace.database import open_database

    db = open_database(tmp_path_factory.mktemp("large") / "large.sqlite3")
    summary = demo.seed_demo(db, "large")
    yield db, summary
    db.close()


def test_ascii_fold_makes_addresses_of_any_name():
    assert demo_people.ascii_fold("Łukasz Żółć") == "lukasz zolc"
    assert demo_people.ascii_fold("Ayşe Yılmaz") == "ayse yilmaz"
    assert demo_people.ascii_fold("Олег Иванов") == "oleg ivanov"
    assert demo_people.ascii_fold("Åsa Öberg-Ärlig") == "asa oberg-arlig"


def test_small_demo_has_people_in_every_municipality_and_is_seeded_once(db):
    first = demo.seed_demo(db, "small")
    assert 150 <= first.people <= 175 and first.groups == 8 and first.memberships > 60
    assert first.details() == f"{first.people} personer, 8 grupper, {first.memberships} gruppmedlemskap."
    before = counts(db)
    assert demo.seed_demo(db, "small") == first
    assert counts(db) == before
    everyone = people.list_people(db)
    assert len({p.municipality_name for p in everyone if p.organisation_kind == "municipality"}) == 26
    by_name = {p.name: p for p in everyone}
    assert by_name["Łukasz Żółć"].email == "lukasz.zolc@sodertalje.example.se"
    assert by_name["Олег Иванов"].email == "oleg.ivanov@sundbyberg.example.se"
    assert {"Ayşe Yılmaz", "Jelena Petrović"} <= set(by_name)
    ceo = by_name["Karin Lindberg"]
    assert (ceo.organisation_kind, ceo.organisation) == ("adda", "SKL Kommentus/Adda")


def test_demo_people_are_valid_and_varied(db):
    demo.seed_demo(db, "small")
    everyone = people.list_people(db)
    for person in everyone:
        people.check_email(person.email)  # raises on a bad address
        assert set(person.expertise) <= VOCABULARY
    assert len({p.email for p in everyone}) == len(everyone)
    assert len({(p.name, p.organisation) for p in everyone}) == len(everyone)  # no likely duplicates
    assert 0 < sum(not p.active for p in everyone) < len(everyone) // 5
    titles = Counter(p.title for p in everyone)
    assert titles["Kommundirektör"] >= 26 and titles["Upphandlingschef"] >= 26
    assert {"Kostchef", "IT-strateg", "Enhetschef hemtjänst", "Fordonssamordnare"} <= set(titles)
    assert len({tag for p in everyone for tag in p.expertise}) >= 8


def test_every_demo_membership_follows_the_membership_rules(db):
    demo.seed_demo(db, "small")
    checked = 0
    for group in groups.list_groups(db):
        for seat in memberships.membership_history(db, group.id):
            with db.read() as session:
                prepare_membership(session, seat.as_input(), seat.id)  # raises if a rule is broken
            checked += 1
    assert checked > 60


def test_standing_groups_and_history(db):
    demo.seed_demo(db, "small")
    listed = groups.list_groups(db)
    steering, working = listed[0], listed[1]
    seats = memberships.members(db, steering.id)
    roles = Counter(m.role for m in seats)
    assert roles["chair"] == 1 and roles["secretary"] == 1 and 8 <= len(seats) <= 11
    assert {m.person_name for m in seats} >= {"Karin Lindberg", "Anna Lindqvist"}
    assert any(m.to_date is not None for m in memberships.membership_history(db, steering.id))  # a former member
    conveners = [m.person_name for m in memberships.members(db, working.id) if m.role == "convener"]
    assert conveners == ["Anna Lindqvist"]
    represented = {m.municipality_name for m in memberships.members(db, working.id) if m.municipality_name}
    assert len(represented) == 23 and "Ekerö" not in represented


def test_contract_groups_are_staffed_from_several_municipalities_with_deliberate_gaps(db):
    demo.seed_demo(db, "small")
    contract = [g for g in groups.list_groups(db) if g.kind == "contract"]
    assert len(contract) == 6 and {g.subject_area for g in contract} <= VOCABULARY
    assert all(3 <= g.min_experts <= 5 for g in contract)
    for group in contract:
        seats = memberships.members(db, group.id)
        assert len({m.municipality_name for m in seats if m.municipality_name}) >= 2
    matrix = staffing.staffing_matrix(db)
    gaps = sorted(gap for column in matrix.columns for gap in column.gaps)
    assert len(gaps) == 2 and gaps[1] == "Ingen ordförande." and gaps[0].endswith("experter.")
    assert list(matrix.cell_gaps.values()) == ["Ingen från Ekerö i arbetsgruppen."]
    it = next(g for g in contract if g.subject_area == "IT")
    assert "Łukasz Żółć" in {m.person_name for m in memberships.members(db, it.id)}


def test_large_demo_fills_all_26_municipalities(large):
    db, summary = large
    assert 2000 <= summary.people <= 2100 and summary.groups == 42 and summary.memberships > 250
    everyone = people.list_people(db)
    per_town = Counter(p.municipality_name for p in everyone if p.municipality_name)
    assert len(per_town) == 26 and per_town["Stockholm"] > per_town["Vaxholm"] >= 10
    assert demo.seed_demo(db, "large") == summary
