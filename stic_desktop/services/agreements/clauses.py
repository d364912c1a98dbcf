"""The ramavtal's standard clauses (Inställningar → Avtalsvillkor): contract documents and their order of
precedence, prices and index adjustment, invoicing and payment, penalties and termination, insurance,
confidentiality, personal data, subcontractors, force majeure, disputes and contact persons.

Each clause is versioned: an edit adds a new version, never changes an old one. An agreement records the
versions current when it was made (``link_current`` at creation), so an old agreement prints its own text. The
defaults are seeded by migration 0008.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from stic_desktop.core import clock
from stic_desktop.errors import ValidationError
from stic_desktop.models import AgreementClause, AgreementClauseUse
from stic_desktop.services import audit, validation

ENTITY = "agreement_clause"


@dataclass(frozen=True)
class ClauseRecord:
    id: int
    key: str
    version: int
    position: int
    title: str
    body: str
    created_on: date


def _record(row: AgreementClause) -> ClauseRecord:
    return ClauseRecord(row.id, row.key, row.version, row.position, row.title, row.body, row.created_on)


def current_in(session: Session) -> list[AgreementClause]:
    newest = (select(AgreementClause.key, func.max(AgreementClause.version).label("version"))
              .group_by(AgreementClause.key).subquery())
    return list(session.scalars(select(AgreementClause).join(
        newest, (newest.c.key == AgreementClause.key) & (newest.c.version == AgreementClause.version))
        .order_by(AgreementClause.position, AgreementClause.key)))


def current_clauses(db) -> list[ClauseRecord]:
    """The newest version of every clause, in the order printed."""
    with db.read() as session:
        return [_record(row) for row in current_in(session)]


def link_current(session: Session, agreement_id: int) -> None:
    """Records that the agreement is made with the clauses as they read now (inside the caller's transaction)."""
    for row in current_in(session):
        session.add(AgreementClauseUse(agreement_id=agreement_id, clause_id=row.id))


def agreement_clauses(db, agreement_id: int) -> list[ClauseRecord]:
    """The versions the agreement was made with, in order; an agreement without recorded versions (made
    outside the program) prints the current ones."""
    with db.read() as session:
        rows = list(session.scalars(select(AgreementClause).join(
            AgreementClauseUse, AgreementClauseUse.clause_id == AgreementClause.id)
            .where(AgreementClauseUse.agreement_id == agreement_id)
            .order_by(AgreementClause.position, AgreementClause.key)))
        return [_record(row) for row in (rows or current_in(session))]


def save_clause(db, key: str, title: str, body: str) -> ClauseRecord:
    """A new version of the clause ``key`` when its title or text changed (else the current one unchanged).
    Agreements already made keep the version they have."""
    try:
        title = validation.require_text(title, "Rubriken", 200)
        body = validation.require_text(body, "Texten", 20000)
    except ValueError as error:
        raise ValidationError("body" if "Texten" in str(error) else "title", str(error)) from None
    with db.write() as session:
        current = {row.key: row for row in current_in(session)}
        if key not in current:
            raise ValidationError("key", f"Det finns inget avtalsvillkor ”{key}”.")
        old = current[key]
        if (old.title, old.body) == (title, body):
            return _record(old)
        row = AgreementClause(key=key, version=old.version + 1, position=old.position, title=title, body=body,
                              created_on=clock.today())
        session.add(row)
        session.flush()
        audit.record(session, db.actor_id, ENTITY, row.id, "create", {"version": old.version, "title": old.title,
                                                                        "body": old.body},
                     {"key": key, "version": row.version, "title": title, "body": body})
        return _record(row)
