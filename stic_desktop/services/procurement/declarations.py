"""Declarations of conflicts of interest (jäv) and confidentiality from the contract-group members who see the
tenders, each signed before the opening. The opening (the stage Anbudsöppning) is refused while one is missing,
and the message names who; a declared conflict is printed in the individual report (12 kap. 16 § LOU).

Who must declare: the members of the procurement's contract group whose membership runs on the opening day
(its planned or actual date, else today).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from stic_desktop.core import clock
from stic_desktop.errors import ValidationError
from stic_desktop.models import Membership, Person, Procurement, ProcurementDeclaration, ProcurementStage
from stic_desktop.services import audit, validation
from stic_desktop.services.procurement.records import ENTITY, get_row

OPENING = "opening"


@dataclass(frozen=True)
class DeclarationRecord:
    person_id: int
    person_name: str
    signed_on: date | None  # None: not signed yet
    conflict: bool
    conflict_description: str

    @property
    def signed(self) -> bool:
        return self.signed_on is not None


def opening_day(session: Session, procurement_id: int) -> date:
    row = session.execute(select(ProcurementStage.planned_on, ProcurementStage.actual_on).where(
        ProcurementStage.procurement_id == procurement_id, ProcurementStage.stage == OPENING)).first()
    return (row[1] or row[0] if row else None) or clock.today()


def required_people(session: Session, procurement: Procurement, day: date) -> list[tuple[int, str]]:
    """(person id, name) of the contract-group members on ``day``, by name."""
    if procurement.contract_group_id is None:
        return []
    rows = session.execute(
        select(Person.id, Person.name).join(Membership, Membership.person_id == Person.id)
        .where(Membership.group_id == procurement.contract_group_id, Membership.from_date <= day,
               or_(Membership.to_date.is_(None), Membership.to_date >= day))
        .distinct().order_by(Person.name))
    return [(pid, name) for pid, name in rows]


def declarations_in(session: Session, procurement_id: int) -> list[DeclarationRecord]:
    """Every required member (signed or not) and anyone else who has declared, by name."""
    procurement = get_row(session, procurement_id)
    signed = {d.person_id: d for d in session.scalars(select(ProcurementDeclaration).where(
        ProcurementDeclaration.procurement_id == procurement_id))}
    names = dict(required_people(session, procurement, opening_day(session, procurement_id)))
    for person_id in set(signed) - set(names):
        names[person_id] = session.get(Person, person_id).name
    found = []
    for person_id, name in sorted(names.items(), key=lambda item: item[1].casefold()):
        d = signed.get(person_id)
        found.append(DeclarationRecord(person_id, name, d.signed_on if d else None, bool(d and d.conflict),
                                       d.conflict_description if d else ""))
    return found


def declarations(db, procurement_id: int) -> list[DeclarationRecord]:
    with db.read() as session:
        return declarations_in(session, procurement_id)


def missing_before(session: Session, procurement: Procurement, day: date) -> list[str]:
    """Names of the members whose declaration is not signed on or before ``day``."""
    signed = {pid: on for pid, on in session.execute(select(
        ProcurementDeclaration.person_id, ProcurementDeclaration.signed_on).where(
        ProcurementDeclaration.procurement_id == procurement.id))}
    return [name for pid, name in required_people(session, procurement, day)
            if pid not in signed or signed[pid] > day]


def ensure_declared(session: Session, procurement: Procurement, day: date, field: str = "stage") -> None:
    missing = missing_before(session, procurement, day)
    if missing:
        raise ValidationError(field, "Anbuden kan inte öppnas förrän alla i avtalsgruppen som ser anbuden har "
                                     "undertecknat en jävs- och sekretessförbindelse "
                                     f"(senast {day.isoformat()}). Saknas för: {', '.join(missing)}.")


def record_declaration(db, procurement_id: int, person_id: int, signed_on: date, *, conflict: bool = False,
                       conflict_description: str = "") -> DeclarationRecord:
    """A member's signed declaration (a new date replaces the old). A declared conflict needs its description."""
    try:
        description = validation.optional_text(conflict_description, "Beskrivningen av jävet", 2000)
    except ValueError as error:
        raise ValidationError("conflict_description", str(error)) from None
    if conflict and not description:
        raise ValidationError("conflict_description", "Beskriv jävet och vilka åtgärder som vidtogs (det skrivs i "
                                                      "den individuella rapporten).")
    if signed_on > clock.today():
        raise ValidationError("signed_on", "En förbindelse kan inte vara undertecknad ett datum som inte har kommit.")
    with db.write() as session:
        procurement = get_row(session, procurement_id)
        if procurement.stage == "cancelled":
            raise ValidationError("stage", "Upphandlingen är avbruten och kan inte ändras.")
        person = session.get(Person, person_id)
        if person is None:
            raise ValidationError("person_id", f"Det finns ingen person med id {person_id}.")
        row = session.scalar(select(ProcurementDeclaration).where(
            ProcurementDeclaration.procurement_id == procurement_id, ProcurementDeclaration.person_id == person_id))
        key = f"Jävsförbindelse: {person.name}"
        before = {key: _text(row)} if row is not None else None
        if row is None:
            row = ProcurementDeclaration(procurement_id=procurement_id, person_id=person_id)
            session.add(row)
        row.signed_on, row.conflict, row.conflict_description = signed_on, bool(conflict), description
        session.flush()
        audit.record(session, db.actor_id, ENTITY, procurement_id, "update", before, {key: _text(row)})
        return DeclarationRecord(person_id, person.name, signed_on, bool(conflict), description)


def remove_declaration(db, procurement_id: int, person_id: int) -> None:
    with db.write() as session:
        procurement = get_row(session, procurement_id)
        row = session.scalar(select(ProcurementDeclaration).where(
            ProcurementDeclaration.procurement_id == procurement_id, ProcurementDeclaration.person_id == person_id))
        if row is None:
            return
        if procurement.stage not in ("needs_analysis", "requirements", "advertised", "tender_deadline"):
            raise ValidationError("stage", "Anbuden är öppnade; förbindelsen hör till handlingarna och kan inte tas "
                                           "bort.")
        name = session.get(Person, person_id).name
        audit.record(session, db.actor_id, ENTITY, procurement_id, "update",
                     {f"Jävsförbindelse: {name}": _text(row)}, None)
        session.delete(row)


def _text(row: ProcurementDeclaration) -> str:
    text = f"undertecknad {row.signed_on.isoformat()}"
    return text + (f", jäv: {row.conflict_description}" if row.conflict else ", inget jäv")
