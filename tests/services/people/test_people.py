"""stic_desktop/services/people/people.py: validation, duplicates, audit, activity, delete rules, e-mail lists."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from backend_tools import plain

from stic_desktop.errors import NotFound, ValidationError
from stic_desktop.models import Group, Membership, Person
from stic_desktop.services import audit
from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.people import people as service
from stic_desktop.services.people import staff
from stic_desktop.services.people.people import PersonInput

UNICODE_VALUES = ["R&D <b>fet</b>", "Łukasz Żółć", "Ayşe Yılmaz", "Иван Петров", "Glad 😀 person"]


@pytest.fixture
def actor(db):
    municipalities.import_county_municipalities(db)
    member = staff.add_staff_member(db, "Anna Lindqvist", "Regionchef", "anna@stic.example.se")
    staff.set_current_user(db, member.id)
    return member


@pytest.fixture
def town(db, actor) -> dict[str, int]:
    return {m.name: m.id for m in municipalities.list_municipalities(db)}


def kim(town, **changes) -> PersonInput:
    base = PersonInput(name="Kim Berg", title="Upphandlingschef", municipality_id=town["Solna"], email="kim.berg@solna.se",
                       phone="08-746 10 00", expertise=("IT", "livsmedel"))
    return replace(base, **changes)


def state(db) -> tuple:
    """Everything a failed action must leave alone: the people, their tags and the audit log."""
    with plain(db) as conn:
        return tuple(conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
                     for t in ("persons", "person_expertise", "audit_log"))


def audit_rows(db, entity_id: int) -> list[tuple[str, dict]]:
    with plain(db) as conn:
        rows = conn.execute("SELECT action, changes FROM audit_log WHERE entity = 'person' AND entity_id = ? ORDER BY id",
                            (entity_id,)).fetchall()
    return [(action, json.loads(changes)) for action, changes in rows]


# --- bad input ------------------------------------------------------------------------------

BAD_INPUT = [
    ({"name": ""}, "name", "Namnet måste fyllas i"),
    ({"name": "  \t "}, "name", "Namnet måste fyllas i"),
    ({"name": "x" * 201}, "name", "högst 200 tecken"),
    ({"email": "kim.berg"}, "email", "”kim.berg” är ingen giltig e-postadress."),
    ({"email": "kim@solna"}, "email", "ingen giltig e-postadress"),
    ({"email": "kim berg@solna.se"}, "email", "ingen giltig e-postadress"),
    ({"email": "@solna.se"}, "email", "ingen giltig e-postadress"),
    ({"email": "kim@@solna.se"}, "email", "ingen giltig e-postadress"),
    ({"email": "kim..berg@solna.se"}, "email", "ingen giltig e-postadress"),
    ({"email": "kim@solna.s"}, "email", "ingen giltig e-postadress"),
    ({"email": "<kim@solna.se>"}, "email", "ingen giltig e-postadress"),
    ({"organisation_kind": "kommun"}, "organisation_kind", "en kommun, STIC, SKL Kommentus/Adda eller annan"),
    ({"municipality_id": None}, "municipality_id", "Välj vilken kommun"),
    ({"municipality_id": 99999}, "municipality_id", "ingen kommun med id 99999"),
    ({"organisation_kind": "other", "other_organisation": "  "}, "other_organisation", "Skriv vilken organisation"),
    ({"expertise": ("IT", "x" * 101)}, "expertise", "högst 100 tecken"),
    ({"phone": "1" * 51}, "phone", "högst 50 tecken"),
]


@pytest.mark.parametrize(("changes", "field", "message"), BAD_INPUT)
@pytest.mark.parametrize("mode", ["create", "update"])
def test_bad_input_names_the_field_and_changes_nothing(db, town, mode, changes, field, message):
    existing = service.save_person(db, kim(town))
    before = state(db)
    with pytest.raises(ValidationError) as caught:
        if mode == "create":
            service.save_person(db, kim(town, name="Ny Person", **changes) if "name" not in changes else kim(town, **changes))
        else:
            service.save_person(db, kim(town, notes="ändrad", **changes), existing.id)
    assert message in (caught.value.for_field(field) or "")
    assert state(db) == before
    with pytest.raises(ValidationError):
        service.validate_person(db, kim(town, **changes))


def test_every_wrong_field_is_reported_at_once(db, town):
    with pytest.raises(ValidationError) as caught:
        service.save_person(db, PersonInput(name="", email="nej", organisation_kind="other", expertise=("y" * 101,)))
    assert {e.field for e in caught.value.errors} == {"name", "email", "other_organisation", "expertise"}


@pytest.mark.parametrize("email", ["kim.berg@solna.se", "Kim.Berg+styrgrupp@sub.solna.se", "örjan.åström@räksmörgås.se",
                                   "k_b-1@stad.stockholm"])
def test_practical_addresses_are_accepted(db, town, email):
    assert service.save_person(db, kim(town, email=f"  {email} ")).email == email


def test_values_are_trimmed_tags_cleaned_and_organisation_shown(db, town):
    saved = service.save_person(db, kim(town, name="  Kim   Berg ", title=" Chef ",
                                        expertise=(" IT ", "it", "", "  ", "Livs  medel", "fordon", "IT")))
    assert (saved.name, saved.title) == ("Kim Berg", "Chef")
    assert saved.expertise == ("fordon", "IT", "Livs medel")
    assert saved.expertise_text == "fordon, IT, Livs medel"
    assert saved.organisation == "Solna" and saved.municipality_name == "Solna"
    assert service.get_person(db, saved.id) == saved
    assert service.list_expertise_tags(db) == ["fordon", "IT", "Livs medel"]


@pytest.mark.parametrize(("kind", "shown"), [("stic", "STIC"), ("adda", "SKL Kommentus/Adda"), ("other", "Region Stockholm")])
def test_other_kinds_keep_no_municipality(db, town, kind, shown):
    saved = service.save_person(db, kim(town, organisation_kind=kind, other_organisation="Region Stockholm"))
    assert saved.municipality_id is None and saved.municipality_name is None
    assert saved.other_organisation == ("Region Stockholm" if kind == "other" else "")
    assert saved.organisation == shown


@pytest.mark.parametrize("text", UNICODE_VALUES)
def test_text_is_kept_exactly(db, town, text):
    saved = service.save_person(db, kim(town, name=text, notes=text + "\nrad två", expertise=(text,)))
    again = service.get_person(db, saved.id)
    assert (again.name, again.notes, again.expertise) == (text, text + "\nrad två", (text,))


def test_tags_can_change_spelling_and_be_removed(db, town):
    saved = service.save_person(db, kim(town, expertise=("it", "livsmedel")))
    changed = service.save_person(db, kim(town, expertise=("IT",)), saved.id)
    assert changed.expertise == ("IT",)
    assert service.save_person(db, kim(town, expertise=()), saved.id).expertise == ()
    assert service.list_expertise_tags(db) == []


# --- audit ----------------------------------------------------------------------------------

def test_create_update_and_no_op_are_audited_with_the_actor(db, town, actor):
    saved = service.save_person(db, kim(town))
    service.save_person(db, kim(town, expertise=("livsmedel", "hemtjänst"), municipality_id=town["Sundbyberg"]), saved.id)
    service.save_person(db, kim(town, expertise=("hemtjänst", "livsmedel"), municipality_id=town["Sundbyberg"]), saved.id)
    rows = audit_rows(db, saved.id)
    assert [action for action, _ in rows] == ["create", "update"]
    created = rows[0][1]
    assert created["name"] == [None, "Kim Berg"] and created["expertise"] == [None, "IT, livsmedel"]
    assert created["municipality"] == [None, "Solna"] and created["email"] == [None, "kim.berg@solna.se"]
    assert rows[1][1] == {"expertise": ["IT, livsmedel", "hemtjänst, livsmedel"], "municipality": ["Solna", "Sundbyberg"]}
    history = audit.history(db, service.ENTITY, saved.id)
    assert history[0].who == "Anna Lindqvist" and history[0].action == "update"


def test_set_active_is_audited_and_inactive_people_can_be_hidden(db, town):
    saved = service.save_person(db, kim(town))
    other = service.save_person(db, kim(town, name="Lo Ek", email="lo@solna.se"))
    assert service.set_active(db, saved.id, False).active is False
    assert audit_rows(db, saved.id)[-1] == ("update", {"active": [True, False]})
    assert {p.name for p in service.list_people(db)} == {"Anna Lindqvist", "Kim Berg", "Lo Ek"}
    assert {p.name for p in service.list_people(db, include_inactive=False)} == {"Anna Lindqvist", "Lo Ek"}
    assert service.set_active(db, saved.id, True).active is True
    assert other.active


def test_anonymised_people_cannot_be_edited(db, town):
    saved = service.save_person(db, kim(town))
    with db.write() as session:  # test set-up: what the GDPR service leaves behind
        session.get(Person, saved.id).anonymised = True
    before = state(db)
    for action in (lambda: service.save_person(db, kim(town, name="Nytt"), saved.id),
                   lambda: service.set_active(db, saved.id, False)):
        with pytest.raises(ValidationError, match="anonymiserad"):
            action()
    assert state(db) == before


def test_unknown_ids_are_not_found(db, town):
    for action in (lambda: service.get_person(db, 999), lambda: service.save_person(db, kim(town), 999),
                   lambda: service.set_active(db, 999, False), lambda: service.delete_person(db, 999)):
        with pytest.raises(NotFound, match="ingen person med id 999"):
            action()


# --- duplicates -----------------------------------------------------------------------------

def test_same_email_in_any_case_is_a_duplicate(db, town):
    saved = service.save_person(db, kim(town))
    found = service.find_duplicates(db, PersonInput(name="Någon Annan", organisation_kind="stic", email=" KIM.berg@Solna.se "))
    assert [p.id for p in found] == [saved.id]
    assert service.find_duplicates(db, kim(town), saved.id) == []  # not a duplicate of itself


def test_same_name_in_the_same_organisation_is_a_duplicate(db, town):
    saved = service.save_person(db, kim(town))
    other = service.save_person(db, kim(town, organisation_kind="other", other_organisation="Region Stockholm", email=""))
    same = PersonInput(name=" kim   BERG", municipality_id=town["Solna"])
    assert [p.id for p in service.find_duplicates(db, same)] == [saved.id]
    assert service.find_duplicates(db, replace(same, municipality_id=town["Sundbyberg"])) == []
    assert service.find_duplicates(db, replace(same, organisation_kind="stic")) == []
    region = PersonInput(name="Kim Berg", organisation_kind="other", other_organisation="region  STOCKHOLM")
    assert [p.id for p in service.find_duplicates(db, region)] == [other.id]
    assert service.find_duplicates(db, PersonInput(name="Kim Berg", organisation_kind="other", other_organisation="SLL")) == []


def test_empty_email_and_anonymised_people_are_never_duplicates(db, town):
    saved = service.save_person(db, kim(town, email=""))
    assert service.find_duplicates(db, PersonInput(name="Lo Ek", organisation_kind="stic", email="")) == []
    with db.write() as session:
        session.get(Person, saved.id).anonymised = True
    assert service.find_duplicates(db, kim(town, email="")) == []


# --- delete ---------------------------------------------------------------------------------

def test_a_person_nothing_refers_to_is_deleted_with_tags_and_audit(db, town):
    saved = service.save_person(db, kim(town))
    service.delete_person(db, saved.id)
    assert saved.id not in {p.id for p in service.list_people(db)}
    with plain(db) as conn:
        assert conn.execute("SELECT count(*) FROM person_expertise").fetchone() == (0,)
    assert audit_rows(db, saved.id)[-1][0] == "delete"


def test_delete_is_refused_for_someone_with_memberships_and_offers_alternatives(db, town):
    saved = service.save_person(db, kim(town))
    with db.write() as session:  # test set-up only: a membership in the standing working group
        group = session.query(Group).filter_by(kind="working").one()
        session.add(Membership(person_id=saved.id, group_id=group.id, role="member", municipality_id=town["Solna"],
                               from_date=date(2024, 1, 1)))
    before = state(db)
    with pytest.raises(ValidationError) as caught:
        service.delete_person(db, saved.id)
    assert "Kim Berg kan inte tas bort" in caught.value.message and "1 gruppmedlemskap" in caught.value.message
    assert "inaktiv" in caught.value.message and "anonymisera" in caught.value.message
    assert state(db) == before


def test_the_current_user_cannot_delete_themself(db, actor):
    with pytest.raises(ValidationError, match="dig själv"):
        service.delete_person(db, actor.id)


# --- e-mail lists ---------------------------------------------------------------------------

def test_email_list_skips_empty_and_repeated_addresses_keeping_order(db, town):
    records = [service.save_person(db, kim(town, name=n, email=e))
               for n, e in (("B", "b@x.se"), ("A", ""), ("C", "a@x.se"), ("D", "B@X.se"))]
    assert service.email_list(records) == "b@x.se; a@x.se"
    assert service.email_list([]) == ""
