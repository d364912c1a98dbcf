"""The audit log: every change made through a service leaves a row (who, when, what, old → new)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from stic_desktop import models
from stic_desktop.core import clock
from stic_desktop.models import AuditEntry, Person

ACTIONS = {"create": "Skapad", "update": "Ändrad", "delete": "Borttagen", "reopen": "Återöppnad", "anonymise": "Anonymiserad"}


def _jsonable(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def snapshot(obj: object, fields: Iterable[str]) -> dict[str, Any]:
    return {name: _jsonable(getattr(obj, name)) for name in fields}


def record(
    session: Session,
    actor_id: int | None,
    entity: str,
    entity_id: int,
    action: str,
    old: dict[str, Any] | None,
    new: dict[str, Any] | None,
) -> bool:
    """Write one audit row with the changed fields; an update that changed nothing writes nothing."""
    old, new = old or {}, new or {}
    changes = {
        name: [old.get(name), new.get(name)]
        for name in sorted(old.keys() | new.keys())
        if old.get(name) != new.get(name)
    }
    if action == "update" and not changes:
        return False
    session.add(
        AuditEntry(
            at=clock.utcnow(),
            person_id=actor_id,
            entity=entity,
            entity_id=entity_id,
            action=action,
            changes=json.dumps(changes, ensure_ascii=False),
        )
    )
    return True


Fields = Iterable[str] | Callable[[Any], dict[str, Any]]  # the columns to log, or a function that lists them


def _values(obj: Any, fields: Fields) -> dict[str, Any]:
    return fields(obj) if callable(fields) else snapshot(obj, fields)


def created(session: Session, actor_id: int | None, entity: str, obj: Any, fields: Fields) -> Any:
    """Adds a new row and logs it as created with ``fields`` (the row's id is known after the flush)."""
    session.add(obj)
    session.flush()
    record(session, actor_id, entity, obj.id, "create", None, _values(obj, fields))
    return obj


def updated(session: Session, actor_id: int | None, entity: str, obj: Any, values: dict[str, Any],
            fields: Fields) -> Any:
    """Sets ``values`` on a row and logs what changed (nothing when nothing did)."""
    with changing(session, actor_id, entity, obj, fields):
        for name, value in values.items():
            setattr(obj, name, value)
        session.flush()
    return obj


@contextmanager
def changing(session: Session, actor_id: int | None, entity: str, obj: Any, fields: Fields) -> Iterator[Any]:
    """Logs what the ``with`` block changed in ``fields`` of the row as one update (nothing when nothing did).

    For changes that are more than setting values (a status, a counter, a date worked out from others);
    an exception inside the block writes no audit row.
    """
    if not callable(fields):
        fields = tuple(fields)
    before = _values(obj, fields)
    yield obj
    record(session, actor_id, entity, obj.id, "update", before, _values(obj, fields))


def deleted(session: Session, actor_id: int | None, entity: str, obj: Any, fields: Fields) -> None:
    """Logs the row's last values in ``fields`` and deletes it."""
    record(session, actor_id, entity, obj.id, "delete", _values(obj, fields), None)
    session.delete(obj)


@dataclass(frozen=True)
class Change:
    """One field's change; for a reference (``person_id``, ``group_id``…) the names of the records referred to."""

    field: str
    old: Any
    new: Any
    old_name: str | None = None
    new_name: str | None = None


# A reference field's records, named as a user knows them (the history shows names, not ids).
_PERSON = (models.Person, models.Person.name)
REFERENCE_FIELDS: dict[str, tuple[Any, Any]] = {
    "person_id": _PERSON, "presenter_id": _PERSON, "proposer_id": _PERSON, "responsible_id": _PERSON,
    "chair_id": _PERSON, "secretary_id": _PERSON, "rsvp_substitute_id": _PERSON, "attendance_substitute_id": _PERSON,
    "author_id": _PERSON, "added_by_id": _PERSON, "imported_by_id": _PERSON,
    "municipality_id": (models.Municipality, models.Municipality.name),
    "origin_municipality_id": (models.Municipality, models.Municipality.name),
    "group_id": (models.Group, models.Group.name), "contract_group_id": (models.Group, models.Group.name),
    "supplier_id": (models.Supplier, models.Supplier.name),
    "meeting_id": (models.Meeting, models.Meeting.title),
    "agenda_item_id": (models.AgendaItem, models.AgendaItem.title),
    "workshop_id": (models.Workshop, models.Workshop.title),
    "proposal_id": (models.Proposal, models.Proposal.title),
    "procurement_id": (models.Procurement, models.Procurement.case_number + " " + models.Procurement.title),
    "agreement_id": (models.FrameworkAgreement,
                     models.FrameworkAgreement.agreement_number + " " + models.FrameworkAgreement.title),
}


def _reference_names(session: Session, changes: list[tuple[str, Any, Any]]) -> dict[tuple[str, int], str]:
    """(field, id) → name for every reference among ``changes``, one query per kind of record."""
    wanted: dict[str, set[int]] = {}
    for field, old, new in changes:
        if field in REFERENCE_FIELDS:
            wanted.setdefault(field, set()).update(v for v in (old, new) if isinstance(v, int))
    names: dict[tuple[str, int], str] = {}
    for field, ids in wanted.items():
        model, name = REFERENCE_FIELDS[field]
        for record_id, text in session.execute(select(model.id, name).where(model.id.in_(ids))):
            names[field, record_id] = text
    return names


def _name(names: dict[tuple[str, int], str], field: str, value: Any) -> str | None:
    return names.get((field, value)) if isinstance(value, int) else None


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    who: str
    action: str
    action_label: str
    changes: tuple[Change, ...]


def _who(name: str | None, login: str | None) -> str:
    """The staff member (picked in a file; linked to the login in the team database), else the login itself."""
    return name or login or "Kommandoraden/systemet"


def history(db, entity: str, entity_id: int) -> list[HistoryEntry]:
    """A record's history, newest first."""
    with db.read() as session:
        rows = session.execute(
            select(AuditEntry, Person.name)
            .outerjoin(Person, Person.id == AuditEntry.person_id)
            .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
            .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        ).all()
        changes = [[(f, old, new) for f, (old, new) in json.loads(entry.changes).items()] for entry, _name in rows]
        names = _reference_names(session, [change for entry in changes for change in entry])
        return [
            HistoryEntry(
                at=entry.at,
                who=_who(name, entry.login),
                action=entry.action,
                action_label=ACTIONS.get(entry.action, entry.action),
                changes=tuple(Change(f, old, new, _name(names, f, old), _name(names, f, new))
                              for f, old, new in entry_changes),
            )
            for (entry, name), entry_changes in zip(rows, changes)
        ]
