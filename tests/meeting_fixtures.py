"""Shared set-up for the meeting service tests: a staff member working in an otherwise empty database, times in
Stockholm, plain people and the standing groups.

Demo data grows as later issues add to it; these tests count exact rows, members and § numbers.
"""

from __future__ import annotations

from datetime import datetime

from backend_tools import plain
from sqlalchemy import select

from stic_desktop.models import Group, Person
from stic_desktop.services.meetings.records import STOCKHOLM
from stic_desktop.services.people import staff


def staff_working(db):
    """The database with a STIC staff member added and set as the one working; returns the database."""
    actor = staff.add_staff_member(db, "Anna Lindqvist", "Regionchef", "anna@stic.example.se")
    staff.set_current_user(db, actor.id)
    return db


def at(day: str, hm: str = "10:00") -> datetime:
    """A Stockholm time from an ISO day and HH:MM."""
    return datetime.fromisoformat(f"{day}T{hm}").replace(tzinfo=STOCKHOLM)


def add_person(db, name: str) -> int:
    """A person outside any municipality with no contact details; returns the id."""
    with db.write() as session:
        person = Person(name=name, title="", organisation_kind="other", email="", phone="")
        session.add(person)
        session.flush()
        return person.id


def group_id(db, kind: str) -> int:
    """The id of the standing group of this kind ('steering', 'working', …)."""
    with db.read() as session:
        return session.scalar(select(Group.id).where(Group.kind == kind))


def audit_rows(db, entity: str) -> list[tuple]:
    """(entity_id, action, person_id, changes) of the audit log for one entity, oldest first."""
    with plain(db) as conn:
        return conn.execute("SELECT entity_id, action, person_id, changes FROM audit_log WHERE entity = ? ORDER BY id",
                            (entity,)).fetchall()
