"""stic_desktop/services/references.py: what stands in the way of a delete."""

from __future__ import annotations

from stic_desktop.models import Municipality, Person
from stic_desktop.services import audit, references


def test_references_to_counts_rows_per_table(db):
    with db.write() as session:
        used, free = Municipality(municipality_code="0114", name="A"), Municipality(municipality_code="0115", name="B")
        session.add_all([used, free])
        session.flush()
        session.add_all([Person(name=n, organisation_kind="municipality", municipality_id=used.id) for n in ("X", "Y")])
        session.flush()
        used_id, free_id = used.id, free.id
    with db.read() as session:
        found = references.references_to(session, "municipalities", used_id)
        assert found == [("person(er)", 2)]
        assert references.references_to(session, "municipalities", free_id) == []
    assert references.describe(found) == "2 person(er)"
    assert references.describe([("person(er)", 1), ("x", 3)]) == "1 person(er), 3 x"


def test_audit_rows_never_block_deleting_a_person(db):
    with db.write() as session:
        person = Person(name="Anna", organisation_kind="stic")
        session.add(person)
        session.flush()
        audit.record(session, person.id, "person", person.id, "create", None, {"name": "Anna"})
        person_id = person.id
    with db.read() as session:
        assert references.references_to(session, "persons", person_id) == []
