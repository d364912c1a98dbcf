"""The framework agreement as the other agreement modules read it: labels, AgreementInput and the frozen
AgreementRecord, the term arithmetic (months, extensions, status on a day), the few-query read that builds
the records and the row lookup.

``agreements`` (create, edit, delete), ``terms`` (extensions, expiry, documents) and ``parties`` build on
this module.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from stic_desktop.core import clock
from stic_desktop.models import (
    AgreementExtension,
    AgreementParticipant,
    AgreementSupplier,
    FrameworkAgreement,
    Procurement,
    Supplier,
)
from stic_desktop.services import lookup
from stic_desktop.services.procurement.parties import swedish_key

ENTITY = "agreement"
MAX_TERM_MONTHS = 48  # LOU 7 kap. 2 §: at most four years including extensions, unless there are special reasons

STATUS_LABELS = {"upcoming": "Kommande", "active": "Aktivt", "extended": "Förlängt", "expired": "Utgånget",
                 "terminated": "Uppsagt"}

AGREEMENT_FIELDS = ("agreement_number", "title", "procurement_id", "start_date", "initial_end_date",
                    "extension_count", "extension_months", "long_term_reason", "report_due_day", "terminated_on",
                    "termination_reason", "notes")

FIELD_LABELS = {
    "agreement_number": "Avtalsnummer",
    "title": "Rubrik",
    "procurement_id": "Upphandling",
    "start_date": "Startdatum",
    "initial_end_date": "Slutdatum (utan förlängningar)",
    "extension_count": "Förlängningsoptioner (antal)",
    "extension_months": "Månader per förlängning",
    "long_term_reason": "Särskilda skäl för längre avtalstid",
    "report_due_day": "Rapportdag",
    "terminated_on": "Uppsagt per",
    "termination_reason": "Skäl till uppsägningen",
    "notes": "Anteckningar",
    "suppliers": "Leverantörer",
    "participants": "Deltagande kommuner",
}


@dataclass(frozen=True)
class AgreementInput:
    agreement_number: str = ""  # "" = the procurement's case number
    title: str = ""  # "" = the procurement's title
    procurement_id: int | None = None
    start_date: date | None = None
    initial_end_date: date | None = None
    extension_count: int = 0
    extension_months: int = 0
    long_term_reason: str = ""
    report_due_day: int = 15
    notes: str = ""


@dataclass(frozen=True)
class AgreementRecord:
    id: int
    agreement_number: str
    title: str
    procurement_id: int | None
    procurement_case_number: str  # "" when none
    start_date: date
    initial_end_date: date
    extension_count: int
    extension_months: int
    extensions_used: int
    current_end_date: date  # the newest extension decision's new end date, else the initial end date
    latest_end_date: date  # with every extension option used
    term_months: int  # start to latest end, a begun month counted as a month
    long_term_reason: str
    report_due_day: int
    terminated_on: date | None
    termination_reason: str
    status: str
    status_label: str
    notes: str
    supplier_names: tuple[str, ...]  # in ranking order
    participant_count: int
    row_version: int | None = None  # as loaded; a form hands it back (see services.versions)

    @property
    def running(self) -> bool:
        return self.status in ("active", "extended")

    def as_input(self) -> AgreementInput:
        return AgreementInput(self.agreement_number, self.title, self.procurement_id, self.start_date,
                              self.initial_end_date, self.extension_count, self.extension_months,
                              self.long_term_reason, self.report_due_day, self.notes)


# --- term arithmetic ----------------------------------------------------------------------------

def add_months(day: date, months: int) -> date:
    """Calendar months later; the day is clamped to the month's length (31 Jan + 1 month = 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def latest_end(initial_end: date, extension_count: int, extension_months: int) -> date:
    return add_months(initial_end, extension_count * extension_months)


def term_months(start: date, end: date) -> int:
    """Months from ``start`` up to and including ``end``; a begun month counts (2024-01-01..2027-12-31 = 48)."""
    after = end + timedelta(days=1)
    months = (after.year - start.year) * 12 + after.month - start.month
    if add_months(start, months) > after:
        months -= 1
    return months + (1 if add_months(start, months) < after else 0)


def status_of(start: date, current_end: date, terminated_on: date | None, extensions_used: int,
              today: date) -> str:
    """Kommande before the start, uppsagt from the termination day, utgånget after the end."""
    if terminated_on is not None and terminated_on <= today:
        return "terminated"
    if today < start:
        return "upcoming"
    if today > current_end:
        return "expired"
    return "extended" if extensions_used else "active"


# --- reading ------------------------------------------------------------------------------------

def _query():
    participants = (select(func.count()).where(AgreementParticipant.agreement_id == FrameworkAgreement.id)
                    .correlate(FrameworkAgreement).scalar_subquery())
    # Plain columns, not the ORM object: a list of thousands of agreements skips building an object per row.
    columns = [getattr(FrameworkAgreement, attr.key) for attr in FrameworkAgreement.__mapper__.column_attrs]
    return (select(*columns, Procurement.case_number.label("case_number"), participants.label("participants"))
            .outerjoin(Procurement, Procurement.id == FrameworkAgreement.procurement_id))


def _extensions(session: Session, ids: list[int] | None) -> dict[int, tuple[int, date]]:
    query = (select(AgreementExtension.agreement_id, func.count(), func.max(AgreementExtension.new_end_date))
             .group_by(AgreementExtension.agreement_id))
    if ids is not None:
        query = query.where(AgreementExtension.agreement_id.in_(ids))
    return {aid: (int(count), end) for aid, count, end in session.execute(query)}


def _supplier_names(session: Session, ids: list[int] | None) -> dict[int, tuple[str, ...]]:
    query = (select(AgreementSupplier.agreement_id, AgreementSupplier.ranking, Supplier.name)
             .join(Supplier, Supplier.id == AgreementSupplier.supplier_id))
    if ids is not None:
        query = query.where(AgreementSupplier.agreement_id.in_(ids))
    found: dict[int, list[tuple]] = {}
    keys: dict[str, str] = {}  # a few hundred suppliers named on thousands of agreements: one key each
    for aid, ranking, name in session.execute(query):
        key = keys.get(name)
        if key is None:
            key = keys[name] = swedish_key(name)
        found.setdefault(aid, []).append((ranking is None, ranking or 0, key, name))
    return {aid: tuple(row[3] for row in sorted(rows)) for aid, rows in found.items()}


def _record(row, extensions: tuple[int, date] | None, suppliers: tuple[str, ...], today: date) -> AgreementRecord:
    a, case_number, participants = row, row.case_number, row.participants
    used, newest = extensions or (0, None)
    current = newest or a.initial_end_date
    latest = latest_end(a.initial_end_date, a.extension_count, a.extension_months)
    status = status_of(a.start_date, current, a.terminated_on, used, today)
    return AgreementRecord(
        a.id, a.agreement_number, a.title, a.procurement_id, case_number or "", a.start_date, a.initial_end_date,
        a.extension_count, a.extension_months, used, current, latest, term_months(a.start_date, max(latest, current)),
        a.long_term_reason, a.report_due_day, a.terminated_on, a.termination_reason, status, STATUS_LABELS[status],
        a.notes, suppliers, int(participants or 0), a.row_version)


def records(session: Session, *, today: date | None = None, ids: list[int] | None = None) -> list[AgreementRecord]:
    """Agreements (latest start first) in three queries whatever their number."""
    query = _query()
    if ids is not None:
        query = query.where(FrameworkAgreement.id.in_(ids))
    rows = session.execute(query.order_by(FrameworkAgreement.start_date.desc(),
                                          FrameworkAgreement.agreement_number)).all()
    extensions = _extensions(session, ids)
    suppliers = _supplier_names(session, ids)
    today = today or clock.today()
    return [_record(row, extensions.get(row.id), suppliers.get(row.id, ()), today) for row in rows]


def agreement_row(session: Session, agreement_id: int) -> FrameworkAgreement:
    return lookup.row(session, FrameworkAgreement, agreement_id, "inget avtal")


def agreement_record(session: Session, agreement_id: int, *, today: date | None = None) -> AgreementRecord:
    session.flush()
    agreement_row(session, agreement_id)
    return records(session, today=today, ids=[agreement_id])[0]
