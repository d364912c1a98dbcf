"""No lost updates: a form is loaded with a record's ``row_version`` (its frozen record carries it) and the
service that saves the form compares it with the row's version inside the write transaction. A row saved by
someone else in between is refused with who changed it and when (from the audit log), and nothing is saved.

The database backs this up: the models' ``version_id_col`` makes every UPDATE match only the version that was
read, so even two writers that both pass the check (PostgreSQL, read committed) cannot both win; the loser's
StaleDataError becomes the same ChangedByOthers in ``Database.write``.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from stic_desktop.core import dates
from stic_desktop.errors import ChangedByOthers
from stic_desktop.models import AuditEntry, Person

STOCKHOLM = ZoneInfo("Europe/Stockholm")


def version_of(row) -> int:
    """The version a frozen record carries for ``row`` (0 for a row not yet flushed)."""
    return getattr(row, "row_version", None) or 0


def last_change(session: Session, entity: str, entity_id: int) -> tuple[str | None, str | None]:
    """(who, when) of the newest audit entry for the record, as Swedish text; None for what is unknown."""
    found = session.execute(
        select(AuditEntry.at, Person.name, AuditEntry.login).outerjoin(Person, Person.id == AuditEntry.person_id)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
        .order_by(AuditEntry.id.desc()).limit(1)).first()
    if found is None:
        return None, None
    at, name, login = found
    name = name or login  # the team database's login when it is no staff member (history does the same)
    local = at.astimezone(STOCKHOLM)
    return name, f"{dates.long_date(local.date())} {dates.at(local)}"


def check_version(session: Session, entity: str, row, expected: int | None, what: str) -> None:
    """Refuses the save when the row is no longer at ``expected`` (None: the caller did not load a version,
    e.g. the command line, and the check is skipped). ``what`` names the record: "kommunen Solna"."""
    if expected is None or row.row_version == expected:
        return
    who, when = last_change(session, entity, row.id)
    by = f"av {who}" if who else "av någon annan"
    moment = f" {when}" if when else ""
    raise ChangedByOthers(
        f"Uppgifterna om {what} har ändrats {by}{moment}, efter att du öppnade formuläret. Dina ändringar har "
        "inte sparats, men det du skrev finns kvar i formuläret. Läs in posten på nytt för att se ändringen och "
        "gör sedan om din ändring.",
        who=who, when=when)
