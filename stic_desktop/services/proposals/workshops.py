"""Workshops with people from the municipalities' services, where proposals for coordinated procurements start.

A workshop keeps who took part and which proposals it produced; it cannot be removed while a
proposal still names it as its origin (the proposal list would lose where the idea came from).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from stic_desktop.errors import NotFound, ValidationError
from stic_desktop.models import Municipality, Person, Proposal, Workshop, WorkshopParticipant
from stic_desktop.services import audit, lookup, validation, versions
from stic_desktop.services.people.memberships import sort_key

ENTITY = "workshop"
AREA_LABELS = {"social": "Socialt", "technical": "Tekniskt"}
FIELD_LABELS = {"title": "Rubrik", "held_on": "Datum", "area": "Område", "place": "Plats", "notes": "Anteckningar",
                "participants": "Deltagare"}
STORED_FIELDS = ("title", "held_on", "area", "place", "notes")
MAX_PARTICIPANTS = 500


@dataclass(frozen=True)
class WorkshopInput:
    title: str = ""
    held_on: date | None = None
    area: str = "social"
    place: str = ""
    notes: str = ""


@dataclass(frozen=True)
class WorkshopRecord:
    id: int
    title: str
    held_on: date
    area: str
    area_label: str
    place: str
    notes: str
    participant_count: int
    proposal_count: int
    row_version: int | None = None  # as loaded; a form hands it back (see services.versions)

    def as_input(self) -> WorkshopInput:
        return WorkshopInput(self.title, self.held_on, self.area, self.place, self.notes)


@dataclass(frozen=True)
class WorkshopParticipantRecord:
    person_id: int
    name: str
    municipality_name: str  # "" for people outside the municipalities


def _list_query():
    """Every workshop with its two counts in one statement (correlated counts on indexed columns)."""
    participants = (select(func.count()).where(WorkshopParticipant.workshop_id == Workshop.id)
                    .correlate(Workshop).scalar_subquery())
    proposals = select(func.count()).where(Proposal.workshop_id == Workshop.id).correlate(Workshop).scalar_subquery()
    return select(Workshop.id, Workshop.title, Workshop.held_on, Workshop.area, Workshop.place, Workshop.notes,
                  participants, proposals, Workshop.row_version)


def _record(row) -> WorkshopRecord:
    wid, title, held_on, area, place, notes, participants, proposals, version = row
    return WorkshopRecord(wid, title, held_on, area, AREA_LABELS.get(area, area), place, notes, int(participants or 0),
                          int(proposals or 0), version)


def workshop_record(session: Session, workshop_id: int) -> WorkshopRecord:
    row = session.execute(_list_query().where(Workshop.id == workshop_id)).one_or_none()
    if row is None:
        raise NotFound(f"Det finns ingen workshop med id {workshop_id}.")
    return _record(row)


def _row(session: Session, workshop_id: int) -> Workshop:
    return lookup.row(session, Workshop, workshop_id, "ingen workshop")


def _validated(data: WorkshopInput) -> dict:
    errors = validation.FieldErrors()
    values: dict = {}
    texts = {
        "title": lambda t: validation.require_text(t, "Rubriken", 300),
        "place": lambda t: validation.optional_text(t, "Platsen", 300),
        "notes": lambda t: validation.optional_text(t, "Anteckningarna", 20000),
    }
    for name, parse in texts.items():
        errors.parse_into(values, name, parse, getattr(data, name) or "")
    if not isinstance(data.held_on, date):
        errors.add("held_on", "Datumet för workshoppen måste fyllas i.")
    elif not 2000 <= data.held_on.year <= 2100:
        errors.add("held_on", "Datumet ska ligga mellan år 2000 och 2100.")
    if data.area not in AREA_LABELS:
        errors.add("area", f"Okänt område ”{data.area}”. Välj socialt eller tekniskt.")
    errors.raise_if_any()
    return {**values, "held_on": data.held_on, "area": data.area}


def _participant_ids(session: Session, workshop_id: int) -> list[int]:
    return list(session.scalars(select(WorkshopParticipant.person_id)
                                .where(WorkshopParticipant.workshop_id == workshop_id)))


def _names(session: Session, person_ids: Sequence[int]) -> list[str]:
    if not person_ids:
        return []
    return sorted(session.scalars(select(Person.name).where(Person.id.in_(list(person_ids)))), key=sort_key)


def _checked_people(session: Session, person_ids: Sequence[int]) -> list[int]:
    wanted: list[int] = []
    for person_id in person_ids:
        if isinstance(person_id, bool) or not isinstance(person_id, int):
            raise ValidationError("participants", f"”{person_id}” är inget giltigt person-id.")
        if person_id not in wanted:
            wanted.append(person_id)
    if len(wanted) > MAX_PARTICIPANTS:
        raise ValidationError("participants", f"En workshop kan ha högst {MAX_PARTICIPANTS} deltagare.")
    found = set(session.scalars(select(Person.id).where(Person.id.in_(wanted)))) if wanted else set()
    missing = [str(p) for p in wanted if p not in found]
    if missing:
        raise ValidationError("participants", f"Personen med id {', '.join(missing)} finns inte (kan ha tagits bort).")
    return wanted


def _replace_participants(session: Session, actor_id: int | None, workshop: Workshop,
                          person_ids: Sequence[int]) -> None:
    """Makes the participants exactly ``person_ids``; the change is logged as names, old → new."""
    wanted = _checked_people(session, person_ids)
    current = _participant_ids(session, workshop.id)
    if set(current) == set(wanted):
        return
    before = _names(session, current)
    for row in session.scalars(select(WorkshopParticipant).where(WorkshopParticipant.workshop_id == workshop.id)):
        if row.person_id not in wanted:
            session.delete(row)
    for person_id in wanted:
        if person_id not in current:
            session.add(WorkshopParticipant(workshop_id=workshop.id, person_id=person_id))
    session.flush()
    audit.record(session, actor_id, ENTITY, workshop.id, "update", {"participants": before},
                 {"participants": _names(session, wanted)})


def list_workshops(db) -> list[WorkshopRecord]:
    """Newest first."""
    with db.read() as session:
        rows = session.execute(_list_query().order_by(Workshop.held_on.desc(), Workshop.id.desc())).all()
    return [_record(row) for row in rows]


def get_workshop(db, workshop_id: int) -> WorkshopRecord:
    with db.read() as session:
        return workshop_record(session, workshop_id)


def save_workshop(db, data: WorkshopInput, workshop_id: int | None = None, *,
                  person_ids: Sequence[int] | None = None, expected_version: int | None = None) -> WorkshopRecord:
    """Create (no id) or update a workshop, and with ``person_ids`` its participants, in one transaction.
    ``expected_version`` refuses saving over someone else's newer change (services.versions)."""
    values = _validated(data)
    with db.write() as session:
        if workshop_id is None:
            workshop = audit.created(session, db.actor_id, ENTITY, Workshop(**values), STORED_FIELDS)
        else:
            existing = _row(session, workshop_id)
            versions.check_version(session, ENTITY, existing, expected_version, f"workshopen ”{existing.title}”")
            workshop = audit.updated(session, db.actor_id, ENTITY, existing, values, STORED_FIELDS)
        if person_ids is not None:
            _replace_participants(session, db.actor_id, workshop, person_ids)
        return workshop_record(session, workshop.id)


def create_workshop(db, data: WorkshopInput) -> WorkshopRecord:
    return save_workshop(db, data)


def update_workshop(db, workshop_id: int, data: WorkshopInput) -> WorkshopRecord:
    return save_workshop(db, data, workshop_id)


def delete_workshop(db, workshop_id: int) -> None:
    """Refused while proposals name the workshop as their origin; participants go with it."""
    with db.write() as session:
        workshop = _row(session, workshop_id)
        count = session.scalar(select(func.count()).select_from(Proposal).where(Proposal.workshop_id == workshop.id))
        if count:
            raise ValidationError("id", f"Workshoppen ”{workshop.title}” kan inte tas bort: {count} förslag kommer "
                                        "från den. Ändra eller ta bort förslagen först.")
        before = {**audit.snapshot(workshop, STORED_FIELDS),
                  "participants": _names(session, _participant_ids(session, workshop.id))}
        audit.record(session, db.actor_id, ENTITY, workshop.id, "delete", before, None)
        session.delete(workshop)  # participants go by ON DELETE CASCADE


def participants(db, workshop_id: int) -> list[WorkshopParticipantRecord]:
    """Who took part, by name (Swedish order)."""
    with db.read() as session:
        _row(session, workshop_id)
        rows = session.execute(
            select(Person.id, Person.name, Municipality.name)
            .join(WorkshopParticipant, WorkshopParticipant.person_id == Person.id)
            .outerjoin(Municipality, Municipality.id == Person.municipality_id)
            .where(WorkshopParticipant.workshop_id == workshop_id)).all()
    records = [WorkshopParticipantRecord(pid, name, municipality or "") for pid, name, municipality in rows]
    return sorted(records, key=lambda r: (sort_key(r.name), r.person_id))


def set_participants(db, workshop_id: int, person_ids: Sequence[int]) -> list[WorkshopParticipantRecord]:
    with db.write() as session:
        _replace_participants(session, db.actor_id, _row(session, workshop_id), list(person_ids))
    return participants(db, workshop_id)
