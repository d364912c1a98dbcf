"""stic_desktop/services/people/people.py: person_rows, the lean rows of the people list, say what the records say."""

from __future__ import annotations

import pytest

from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.people import people as service
from stic_desktop.services.people import staff
from stic_desktop.services.people.people import PersonInput


@pytest.fixture
def filled(db):
    municipalities.import_county_municipalities(db)
    member = staff.add_staff_member(db, "Anna Lindqvist", "Regionchef", "anna@stic.example.se")
    staff.set_current_user(db, member.id)
    town = {m.name: m.id for m in municipalities.list_municipalities(db)}
    service.save_person(db, PersonInput(name="Kim Berg", title="Chef", municipality_id=town["Solna"], email="kim@solna.se",
                                        phone="08-1", expertise=("livsmedel", "IT", "Ärenden", "avfall")))
    service.save_person(db, PersonInput(name="Lo Ek", organisation_kind="other", other_organisation="Region Stockholm",
                                        expertise=("Hemtjänst",)))
    service.save_person(db, PersonInput(name="Mo Sten", organisation_kind="adda"))
    gone = service.save_person(db, PersonInput(name="Per Lund", organisation_kind="municipality",
                                               municipality_id=town["Nacka"], expertise=("IT",)))
    service.set_active(db, gone.id, False)
    return db


def _as_row(record) -> tuple:
    return (record.id, record.name, record.title, record.organisation, record.email, record.phone,
            record.expertise_text, record.active)


def test_rows_match_the_full_records_field_for_field(filled):
    records = {r.id: _as_row(r) for r in service.list_people(filled)}
    rows = {r.id: tuple(r) for r in service.person_rows(filled)}
    assert rows == records
    kim = next(r for r in service.person_rows(filled) if r.name == "Kim Berg")
    assert kim.organisation == "Solna"
    assert kim.expertise_text == "avfall, IT, livsmedel, Ärenden"  # sorted as the form shows them, case-folded
    assert kim.active is True


def test_each_organisation_kind_is_worded_as_the_record_words_it(filled):
    by_name = {r.name: r for r in service.person_rows(filled)}
    assert by_name["Lo Ek"].organisation == "Region Stockholm"
    assert by_name["Mo Sten"].organisation == "SKL Kommentus/Adda"
    assert by_name["Anna Lindqvist"].organisation == "STIC"
    assert by_name["Mo Sten"].expertise_text == ""


def test_inactive_people_are_left_out_unless_asked_for(filled):
    assert "Per Lund" not in {r.name for r in service.person_rows(filled, include_inactive=False)}
    everyone = {r.name: r for r in service.person_rows(filled)}
    assert everyone["Per Lund"].active is False
