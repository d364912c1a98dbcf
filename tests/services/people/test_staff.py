"""stic_desktop/services/people/staff.py: STIC's staff and the current user."""

from __future__ import annotations

import pytest

from stic_desktop.errors import NotFound, ValidationError
from stic_desktop.models import Person
from stic_desktop.services import audit
from stic_desktop.services.people import staff


def test_add_and_list_staff(db):
    erik = staff.add_staff_member(db, "  Erik Johansson ", " Upphandlare ", " erik@stic.example.se ")
    anna = staff.add_staff_member(db, "Anna Lindqvist")
    assert (erik.name, erik.title, erik.email) == ("Erik Johansson", "Upphandlare", "erik@stic.example.se")
    assert staff.list_staff(db) == [anna, erik]  # by name
    history = audit.history(db, "person", erik.id)
    assert [(h.action, h.who) for h in history] == [("create", "Erik Johansson")]  # the first user records themselves


@pytest.mark.parametrize(
    ("name", "email", "fields"),
    [
        ("", "", {"name"}),
        ("   ", "", {"name"}),
        ("x" * 201, "", {"name"}),
        ("Anna", "anna.stic.se", {"email"}),
        ("Anna", "anna @stic.se", {"email"}),
        ("Anna", "@stic.se", {"email"}),
        ("Anna", "anna@", {"email"}),
        ("", "fel", {"name", "email"}),
    ],
)
def test_add_staff_member_refuses_bad_input(db, name, email, fields):
    with pytest.raises(ValidationError) as caught:
        staff.add_staff_member(db, name, "", email)
    assert {e.field for e in caught.value.errors} == fields
    assert staff.list_staff(db) == []


def test_set_current_user(db):
    anna = staff.add_staff_member(db, "Anna Lindqvist")
    assert db.actor_id is None
    assert staff.set_current_user(db, anna.id) == anna
    assert db.actor_id == anna.id


@pytest.mark.parametrize("kind", ["municipality", "other", "inactive-stic"])
def test_set_current_user_refuses_unknown_and_non_stic(db, kind):
    anna = staff.add_staff_member(db, "Anna Lindqvist")
    staff.set_current_user(db, anna.id)
    with db.write() as session:
        person = Person(
            name="Kim Berg",
            organisation_kind="stic" if kind == "inactive-stic" else kind,
            active=kind != "inactive-stic",
        )
        session.add(person)
        session.flush()
        other_id = person.id
    for person_id in (other_id, 4711):
        with pytest.raises(NotFound, match=f"ingen aktiv STIC-medarbetare med id {person_id}"):
            staff.set_current_user(db, person_id)
    assert db.actor_id == anna.id
    assert staff.list_staff(db) == [anna]
