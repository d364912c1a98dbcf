"""Memberships: who sits in which group, in which role, for which municipality, from when to when.

Memberships are history: ending one sets its end date, so "who was in the group on 1 March" can
always be answered. The rules (one chair and one convener at a time, a municipality that matches
the person's own unless marked otherwise) live in ``prepare_membership`` so that every way of
adding members, the staffing dialog included, checks the same things.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from stic_desktop.core import clock
from stic_desktop.errors import NotFound, ValidationError
from stic_desktop.models import Group, Membership, Municipality, Person
from stic_desktop.services import audit, lookup, validation, versions

MEMBERSHIP_ENTITY = "membership"
ROLE_LABELS = {
    "chair": "Ordförande",
    "vice_chair": "Vice ordförande",
    "member": "Ledamot",
    "substitute": "Ersättare",
    "secretary": "Sekreterare",
    "convener": "Sammankallande",
    "expert": "Expert",
    "adjunct": "Adjungerad",
}
# Order members are listed in: the chair first, then the other roles.
ROLE_ORDER = ("chair", "vice_chair", "convener", "secretary", "member", "expert", "substitute", "adjunct")
SINGLE_ROLES = ("chair", "convener")  # at most one person at a time per group

MEMBERSHIP_FIELD_LABELS = {
    "person_id": "Person",
    "group_id": "Grupp",
    "role": "Roll",
    "municipality_id": "Kommun",
    "represents_other": "Representerar annan kommun",
    "from_date": "Från",
    "to_date": "Till",
    "notes": "Anteckningar",
}
MEMBERSHIP_FIELDS = tuple(MEMBERSHIP_FIELD_LABELS)


_SWEDISH = str.maketrans({"å": "{", "ä": "|", "ö": "}", "é": "e", "ü": "y"})  # { | } sort right after z


def sort_key(text: str) -> str:
    """Swedish alphabetical order (å, ä, ö after z) without depending on the OS locale."""
    return text.casefold().translate(_SWEDISH)


@dataclass(frozen=True)
class MembershipInput:
    person_id: int | None
    group_id: int
    role: str = "member"
    municipality_id: int | None = None
    represents_other: bool = False
    from_date: str = ""  # ISO date, as typed
    to_date: str = ""
    notes: str = ""


@dataclass(frozen=True)
class MembershipRecord:
    id: int
    person_id: int
    person_name: str
    email: str
    phone: str
    group_id: int
    group_name: str
    role: str
    role_label: str
    municipality_id: int | None
    municipality_name: str | None
    represents_other: bool
    from_date: date
    to_date: date | None
    notes: str
    row_version: int | None = None  # as loaded; a form hands it back (see services.versions)

    def active_on(self, day: date) -> bool:
        return self.from_date <= day and (self.to_date is None or self.to_date >= day)

    def as_input(self) -> MembershipInput:
        return MembershipInput(self.person_id, self.group_id, self.role, self.municipality_id, self.represents_other,
                               self.from_date.isoformat(), self.to_date.isoformat() if self.to_date else "", self.notes)


@dataclass(frozen=True)
class PersonChoice:
    """A person who can be given a seat, for pickers."""

    id: int
    name: str
    organisation_kind: str
    municipality_id: int | None
    organisation: str  # display text
    active: bool


def active_on_clause(day: date):
    """SQL condition: the membership is in force on ``day``."""
    return (Membership.from_date <= day) & or_(Membership.to_date.is_(None), Membership.to_date >= day)


# --- memberships: reading -----------------------------------------------------------------------

def _membership_query():
    return (
        select(Membership, Person.name, Person.email, Person.phone, Group.name, Municipality.name)
        .join(Person, Person.id == Membership.person_id)
        .join(Group, Group.id == Membership.group_id)
        .outerjoin(Municipality, Municipality.id == Membership.municipality_id)
    )


def _membership_records(session: Session, query) -> list[MembershipRecord]:
    return [
        MembershipRecord(m.id, m.person_id, person, email, phone, m.group_id, group, m.role, ROLE_LABELS[m.role],
                         m.municipality_id, municipality, m.represents_other, m.from_date, m.to_date, m.notes,
                         m.row_version)
        for m, person, email, phone, group, municipality in session.execute(query)
    ]


def _member_order(record: MembershipRecord) -> tuple:
    return (ROLE_ORDER.index(record.role), sort_key(record.person_name), record.from_date)


def _get_group(session: Session, group_id: int) -> Group:
    return lookup.row(session, Group, group_id, "ingen grupp")


def members(db, group_id: int, as_of: date | None = None) -> list[MembershipRecord]:
    """The memberships in force on ``as_of`` (today if None), chair first, then by role and name."""
    day = as_of or clock.today()
    with db.read() as session:
        _get_group(session, group_id)
        records = _membership_records(session, _membership_query().where(Membership.group_id == group_id, active_on_clause(day)))
    return sorted(records, key=_member_order)


def membership_history(db, group_id: int) -> list[MembershipRecord]:
    """Every membership the group has had, ended ones included."""
    with db.read() as session:
        _get_group(session, group_id)
        records = _membership_records(session, _membership_query().where(Membership.group_id == group_id))
    return sorted(records, key=_member_order)


def memberships_of_person(db, person_id: int) -> list[MembershipRecord]:
    with db.read() as session:
        records = _membership_records(session, _membership_query().where(Membership.person_id == person_id))
    return sorted(records, key=lambda r: (r.to_date is not None, sort_key(r.group_name), r.from_date))


def get_membership(db, membership_id: int) -> MembershipRecord:
    with db.read() as session:
        found = _membership_records(session, _membership_query().where(Membership.id == membership_id))
    if not found:
        raise NotFound(f"Det finns inget medlemskap med id {membership_id}.")
    return found[0]


def person_choices(db) -> list[PersonChoice]:
    """Active people who can be given a seat, by name (anonymised people are never offered)."""
    labels = {"stic": "STIC", "adda": "SKL Kommentus/Adda"}
    with db.read() as session:
        rows = session.execute(  # plain columns: no Person objects (and their memberships) for 20,000 people
            select(Person.id, Person.name, Person.organisation_kind, Person.municipality_id, Municipality.name,
                   Person.other_organisation)
            .outerjoin(Municipality, Municipality.id == Person.municipality_id)
            .where(Person.active.is_(True), Person.anonymised.is_(False))
        )
        choices = [
            PersonChoice(pid, name, kind, town_id, municipality or labels.get(kind) or other, True)
            for pid, name, kind, town_id, municipality, other in rows
        ]
    return sorted(choices, key=lambda c: (sort_key(c.name), c.id))


# --- memberships: rules and writing -------------------------------------------------------------

def _period(start: date, end: date | None) -> str:
    return f"{start.isoformat()} – {end.isoformat() if end else 'tills vidare'}"


def _overlapping(session: Session, group_id: int, start: date, end: date | None, own_id: int | None):
    query = _membership_query().where(
        Membership.group_id == group_id,
        or_(Membership.to_date.is_(None), Membership.to_date >= start),
    )
    if end is not None:
        query = query.where(Membership.from_date <= end)
    if own_id is not None:
        query = query.where(Membership.id != own_id)
    return _membership_records(session, query)


def prepare_membership(session: Session, data: MembershipInput, membership_id: int | None = None) -> dict:
    """Every rule for one membership, checked against the database; the values to store, or all errors."""
    errors = validation.FieldErrors()
    person = session.get(Person, data.person_id) if data.person_id is not None else None
    if data.person_id is None:
        errors.add("person_id", "Välj en person.")
    elif person is None:
        errors.add("person_id", "Personen finns inte (den kan ha tagits bort).")
    elif person.anonymised:
        errors.add("person_id", "Personen är anonymiserad och kan inte få några nya uppdrag.")
    group = session.get(Group, data.group_id) if data.group_id is not None else None
    if group is None:
        errors.add("group_id", "Gruppen finns inte (den kan ha tagits bort).")
    if data.role not in ROLE_LABELS:
        errors.add("role", f"Okänd roll ”{data.role}”. Välj en av: {', '.join(ROLE_LABELS.values()).lower()}.")
    start = end = None
    try:
        start = validation.parse_date(str(data.from_date))
        if start is None:
            errors.add("from_date", "Från-datum måste fyllas i.")
    except ValueError as exc:
        errors.add("from_date", str(exc))
    end = errors.parse("to_date", validation.parse_date, str(data.to_date or ""))
    if start and end and end < start:
        errors.add("to_date", f"Till-datum ({end}) kan inte vara före från-datum ({start}).")
    municipality_id = data.municipality_id
    if person is not None and municipality_id is None and person.organisation_kind == "municipality":
        municipality_id = person.municipality_id  # a municipal employee represents their own municipality
    municipality = session.get(Municipality, municipality_id) if municipality_id is not None else None
    if municipality_id is not None and municipality is None:
        errors.add("municipality_id", "Kommunen finns inte.")
    elif person is not None and not person.anonymised:
        own_id = person.municipality_id if person.organisation_kind == "municipality" else None
        if municipality is not None and municipality.id != own_id and not data.represents_other:
            own = session.get(Municipality, own_id).name if own_id is not None else None
            where = f"arbetar i {own}" if own else "arbetar inte på någon kommun"
            errors.add(
                "municipality_id",
                f"{person.name} {where} men medlemskapet gäller {municipality.name}. Välj personens egen kommun, "
                "eller kryssa i ”Representerar annan kommun” om personen företräder en annan kommun.",
            )
        if municipality is None and data.represents_other:
            errors.add("municipality_id", "Välj vilken kommun personen representerar.")
    if start and (end is None or end >= start) and group is not None:
        others = _overlapping(session, group.id, start, end, membership_id)
        if data.role in SINGLE_ROLES:
            for holder in (o for o in others if o.role == data.role and o.person_id != data.person_id):
                errors.add(
                    "role",
                    f"{group.name} har redan en {ROLE_LABELS[data.role].lower()} under perioden: {holder.person_name} "
                    f"({_period(holder.from_date, holder.to_date)}). Avsluta det uppdraget först eller välj en annan roll.",
                )
        if person is not None:
            for same in (o for o in others if o.person_id == person.id):
                errors.add(
                    "person_id",
                    f"{person.name} är redan med i {group.name} under perioden, som {same.role_label.lower()} "
                    f"({_period(same.from_date, same.to_date)}). Ändra eller avsluta det medlemskapet i stället.",
                )
    notes = errors.parse("notes", validation.optional_text, data.notes, "Anteckningarna", 20000)
    errors.raise_if_any()
    own_municipality = person.municipality_id if person.organisation_kind == "municipality" else None
    return {"person_id": person.id, "group_id": group.id, "role": data.role, "municipality_id": municipality_id,
            "represents_other": municipality_id is not None and municipality_id != own_municipality,
            "from_date": start, "to_date": end, "notes": notes}


def add_membership(session: Session, actor_id: int | None, values: dict) -> Membership:
    """Insert prepared values with an audit row (inside the caller's transaction)."""
    row = Membership(**values)
    audit.created(session, actor_id, MEMBERSHIP_ENTITY, row, MEMBERSHIP_FIELDS)
    return row


def _get_membership_row(session: Session, membership_id: int) -> Membership:
    return lookup.row(session, Membership, membership_id, "inget medlemskap")


def _reread(session: Session, membership_id: int) -> MembershipRecord:
    return _membership_records(session, _membership_query().where(Membership.id == membership_id))[0]


def save_membership(db, data: MembershipInput, membership_id: int | None = None, *,
                    expected_version: int | None = None) -> MembershipRecord:
    """Create or change one membership in one transaction, every rule checked; ``expected_version`` refuses
    saving over someone else's newer change (services.versions)."""
    with db.write() as session:
        row = None if membership_id is None else _get_membership_row(session, membership_id)
        if row is not None:
            versions.check_version(session, MEMBERSHIP_ENTITY, row, expected_version, "medlemskapet")
        values = prepare_membership(session, data, membership_id)
        if row is None:
            row = add_membership(session, db.actor_id, values)
        else:
            audit.updated(session, db.actor_id, MEMBERSHIP_ENTITY, row, values, MEMBERSHIP_FIELDS)
        return _reread(session, row.id)


def _end(session: Session, actor_id: int | None, row: Membership, end_date: date) -> None:
    with audit.changing(session, actor_id, MEMBERSHIP_ENTITY, row, MEMBERSHIP_FIELDS):
        row.to_date = end_date
        session.flush()


def end_membership(db, membership_id: int, end_date: date) -> MembershipRecord:
    """Sets the end date; the membership stays in the history."""
    with db.write() as session:
        row = _get_membership_row(session, membership_id)
        if row.to_date is not None and row.to_date < end_date:
            raise ValidationError("to_date", f"Medlemskapet avslutades redan {row.to_date}.")
        if end_date < row.from_date:
            raise ValidationError("to_date", f"Slutdatum ({end_date}) kan inte vara före från-datum ({row.from_date}).")
        _end(session, db.actor_id, row, end_date)
        return _reread(session, row.id)


def end_memberships_of_person(db, person_id: int, end_date: date) -> int:
    """Ends every membership still running on ``end_date`` (for a person who leaves); returns how many."""
    with db.write() as session:
        person = lookup.row(session, Person, person_id, "ingen person")
        rows = session.scalars(select(Membership).where(
            Membership.person_id == person_id, or_(Membership.to_date.is_(None), Membership.to_date > end_date))).all()
        later = [r for r in rows if r.from_date > end_date]
        if later:
            names = {g.id: g.name for g in session.scalars(select(Group).where(Group.id.in_({r.group_id for r in later})))}
            listed = ", ".join(f"{names[r.group_id]} från {r.from_date}" for r in later)
            raise ValidationError("to_date", f"{person.name} har uppdrag som börjar efter {end_date}: {listed}. "
                                             "Ändra eller ta bort dem först.")
        for row in rows:
            _end(session, db.actor_id, row, end_date)
        return len(rows)


def delete_membership(db, membership_id: int) -> None:
    """For a membership registered by mistake; one that really ended is ended, not deleted."""
    with db.write() as session:
        row = _get_membership_row(session, membership_id)
        audit.deleted(session, db.actor_id, MEMBERSHIP_ENTITY, row, MEMBERSHIP_FIELDS)
