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
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    who: str
    action: str
    action_label: str
    changes: tuple[Change, ...]


def history(db, entity: str, entity_id: int) -> list[HistoryEntry]:
    """A record's history, newest first."""
    with db.read() as session:
        rows = session.execute(
            select(AuditEntry, Person.name)
            .outerjoin(Person, Person.id == AuditEntry.person_id)
            .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
            .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        ).all()
        return [
            HistoryEntry(
                at=entry.at,
                who=name or "Kommandoraden/systemet",
                action=entry.action,
                action_label=ACTIONS.get(entry.action, entry.action),
                changes=tuple(Change(f, old, new) for f, (old, new) in json.loads(entry.changes).items()),
            )
            for entry, name in rows
        ]
