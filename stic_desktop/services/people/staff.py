"""STIC's own staff and the current user: every audit row names the staff member who worked."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from stic_desktop.errors import NotFound
from stic_desktop.models import Person
from stic_desktop.services import audit, validation

ENTITY = "person"
FIELDS = ("name", "title", "organisation_kind", "email", "phone", "active")


@dataclass(frozen=True)
class StaffMember:
    id: int
    name: str
    title: str
    email: str


def _member(person: Person) -> StaffMember:
    return StaffMember(person.id, person.name, person.title, person.email)


def list_staff(db) -> list[StaffMember]:
    with db.read() as session:
        people = session.scalars(
            select(Person).where(Person.organisation_kind == "stic", Person.active.is_(True)).order_by(Person.name)
        ).all()
        return [_member(p) for p in people]


def add_staff_member(db, name: str, title: str = "", email: str = "") -> StaffMember:
    errors = validation.FieldErrors()
    name = errors.parse("name", validation.require_text, name, "Namnet", 200, default=name)
    email = email.strip()
    if email and ("@" not in email or " " in email or email.startswith("@") or email.endswith("@")):
        errors.add("email", f"”{email}” är ingen giltig e-postadress.")
    errors.raise_if_any()
    with db.write() as session:
        person = Person(name=name, title=title.strip(), organisation_kind="stic", email=email, phone="", active=True)
        session.add(person)
        session.flush()
        audit.record(session, db.actor_id or person.id, ENTITY, person.id, "create", None, audit.snapshot(person, FIELDS))
        return _member(person)


def set_current_user(db, person_id: int) -> StaffMember:
    """Chooses who is working; only an active STIC staff member can be."""
    with db.read() as session:
        person = session.get(Person, person_id)
        if person is None or person.organisation_kind != "stic" or not person.active:
            raise NotFound(f"Det finns ingen aktiv STIC-medarbetare med id {person_id}.")
        member = _member(person)
    db.actor_id = member.id
    return member
