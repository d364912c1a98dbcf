"""What search everywhere finds, read from the open database: one query per kind of record, each yielding
``(kind, id, title, detail, extra text, open id)`` rows, streamed so that no kind is held in memory whole.

Read through the caller's own session, so on the team database only rows the login may read are indexed
(the server's row-level security applies to these queries as to any other).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from stic_desktop.models import (
    AgendaItem,
    AuditEntry,
    FrameworkAgreement,
    Group,
    Meeting,
    Municipality,
    Person,
    Procurement,
    Proposal,
    Supplier,
    Workshop,
)

STOCKHOLM = ZoneInfo("Europe/Stockholm")
STREAM = 5000  # rows fetched at a time

Row = tuple[str, int, str, str, str, int]  # kind, id, title, detail, extra text, open id
Where = ColumnElement[bool] | None  # only these rows (an update); None: all


def _local_day(moment: datetime) -> str:
    # not strftime: it imports a module on every call, and in the window each import passes PySide's hook
    return moment.astimezone(STOCKHOLM).date().isoformat()


def _rows(session: Session, statement, where: Where):
    statement = statement if where is None else statement.where(where)
    # the session's connection: plain rows, without the ORM's result handling (a third of the time at huge)
    return session.connection().execute(statement.execution_options(yield_per=STREAM))


def _municipalities(session: Session, where: Where = None) -> Iterable[Row]:
    for mid, code, name, org in _rows(session, select(
            Municipality.id, Municipality.municipality_code, Municipality.name, Municipality.org_number), where):
        yield "municipality", mid, name, f"Kommunkod {code}", f"{code} {org or ''}", mid


def _people(session: Session, where: Where = None) -> Iterable[Row]:
    rows = _rows(session, select(Person.id, Person.name, Person.title, Person.email, Municipality.name)
                 .outerjoin(Municipality, Municipality.id == Person.municipality_id), where)
    for pid, name, title, email, municipality in rows:
        detail = ", ".join(part for part in (title, municipality) if part)
        yield "person", pid, name, detail, email or "", pid


def _groups(session: Session, where: Where = None) -> Iterable[Row]:
    for gid, name, area in _rows(session, select(Group.id, Group.name, Group.subject_area), where):
        yield "group", gid, name, area or "", "", gid


def _meetings(session: Session, where: Where = None) -> Iterable[Row]:
    rows = _rows(session, select(Meeting.id, Meeting.title, Meeting.starts_at, Meeting.location, Meeting.case_number,
                                 Group.name).outerjoin(Group, Group.id == Meeting.group_id), where)
    for mid, title, starts, location, case_number, group in rows:
        detail = " · ".join(part for part in (_local_day(starts), group, location) if part)
        yield "meeting", mid, title, detail, case_number or "", mid


def _agenda_items(session: Session, where: Where = None) -> Iterable[Row]:
    # The bulk of the index (~55,000 rows at the large size, ~550,000 at huge): read in meeting order beside
    # the meetings in id order, so a meeting's "title, day" is made once for its items and only the current
    # one is held (a map of every meeting's text held ~8 MB at huge while the items streamed past; a join
    # read the meeting's columns again for each item, twice the time).
    columns = select(AgendaItem.id, AgendaItem.title, AgendaItem.decision, AgendaItem.paragraph, AgendaItem.meeting_id)
    meetings = select(Meeting.id, Meeting.title, Meeting.starts_at)
    if where is None:
        items = _rows(session, columns.order_by(AgendaItem.meeting_id, AgendaItem.id), None)
        meeting_result = _rows(session, meetings.order_by(Meeting.id), None)
    else:  # an update: a few items, so only their meetings are read
        items = _rows(session, columns, where).all()
        items.sort(key=lambda item: item.meeting_id)
        meeting_result = _rows(session, meetings.where(Meeting.id.in_({item.meeting_id for item in items}))
                               .order_by(Meeting.id), None)
    meeting_rows = iter(meeting_result)
    current, part = None, ""
    try:
        for iid, title, decision, paragraph, meeting_id in items:
            while current != meeting_id:  # every item has its meeting (a foreign key): both are in id order
                current, meeting_title, starts = next(meeting_rows)
                part = f"{meeting_title}, {_local_day(starts)}"
            number = f"§ {paragraph} · " if paragraph else ""
            yield "agenda_item", iid, title, number + part, decision or "", meeting_id
    finally:
        meeting_result.close()  # the meetings after the last item's are not read (a server-side cursor on PostgreSQL)


def _workshops(session: Session, where: Where = None) -> Iterable[Row]:
    for wid, title, held_on, place in _rows(session, select(Workshop.id, Workshop.title, Workshop.held_on,
                                                             Workshop.place), where):
        yield "workshop", wid, title, " · ".join(p for p in (held_on.isoformat(), place) if p), "", wid


def _proposals(session: Session, where: Where = None) -> Iterable[Row]:
    for pid, title, description in _rows(session, select(Proposal.id, Proposal.title, Proposal.description), where):
        yield "proposal", pid, title, "", (description or "")[:500], pid


def _procurements(session: Session, where: Where = None) -> Iterable[Row]:
    for pid, case_number, title in _rows(session, select(Procurement.id, Procurement.case_number, Procurement.title),
                                         where):
        yield "procurement", pid, title, case_number or "", case_number or "", pid


def _agreements(session: Session, where: Where = None) -> Iterable[Row]:
    rows = _rows(session, select(FrameworkAgreement.id, FrameworkAgreement.agreement_number,
                                 FrameworkAgreement.title), where)
    for aid, number, title in rows:
        yield "agreement", aid, title, number or "", "", aid


def _suppliers(session: Session, where: Where = None) -> Iterable[Row]:
    rows = _rows(session, select(Supplier.id, Supplier.name, Supplier.org_number, Supplier.sales_contact_name), where)
    for sid, name, org_number, contact in rows:
        yield "supplier", sid, name, org_number or "", contact or "", sid


SOURCE_OF: dict[str, Callable[[Session, Where], Iterable[Row]]] = {
    "agreement": _agreements, "supplier": _suppliers, "procurement": _procurements, "proposal": _proposals,
    "meeting": _meetings, "agenda_item": _agenda_items, "municipality": _municipalities, "person": _people,
    "group": _groups, "workshop": _workshops,
}
RECORD_ID = {"agreement": FrameworkAgreement.id, "supplier": Supplier.id, "procurement": Procurement.id,
             "proposal": Proposal.id, "meeting": Meeting.id, "agenda_item": AgendaItem.id, "municipality": Municipality.id,
             "person": Person.id, "group": Group.id, "workshop": Workshop.id}
# The column each kind's title comes from (the distinct titles are read first to place every row in title order).
TITLE_OF = {"agreement": FrameworkAgreement.title, "supplier": Supplier.name, "procurement": Procurement.title,
            "proposal": Proposal.title, "meeting": Meeting.title, "agenda_item": AgendaItem.title,
            "municipality": Municipality.name, "person": Person.name, "group": Group.name, "workshop": Workshop.title}
# Rows whose text shows another record's name: (kind shown, the column naming the changed record). The audit
# entity names equal the kinds here (services/<area> ENTITY constants).
DEPENDENTS = {"meeting": ("agenda_item", AgendaItem.meeting_id), "group": ("meeting", Meeting.group_id),
              "municipality": ("person", Person.municipality_id)}


def audit_mark(session: Session) -> tuple[int, str]:
    """The newest audit row and its time: where an update reads from, and what says it is the same log."""
    row = session.execute(select(AuditEntry.id, AuditEntry.at).order_by(AuditEntry.id.desc()).limit(1)).first()
    return (row.id, str(row.at)) if row else (0, "")


def audit_stamp(session: Session, mark: int) -> str:
    """The time of audit row ``mark`` now ("" when it is gone): another stamp means another database."""
    if not mark:
        return ""
    at = session.scalar(select(AuditEntry.at).where(AuditEntry.id == mark))
    return "" if at is None else str(at)


def titles(session: Session, kind: str) -> Iterable[str]:
    """The kind's distinct titles."""
    return session.scalars(select(TITLE_OF[kind]).distinct())


def changes_since(session: Session, mark: int) -> list:
    return session.execute(select(AuditEntry.id, AuditEntry.entity, AuditEntry.entity_id)
                           .where(AuditEntry.id > mark)).all()


def ids_where(session: Session, kind: str, column, ids: set[int]) -> set[int]:
    """The ids of ``kind`` whose ``column`` names one of ``ids`` (a group's meetings, a municipality's people)."""
    return set(session.scalars(select(RECORD_ID[kind]).where(column.in_(ids))))
