"""Commission (provision): the steering group's rate decisions and the exact arithmetic on sales lines.

Money is integer öre and rates are basis points (150 = 1,50 %), so the commission of a line is
``amount_ore × rate_bp / 10000`` rounded half-up with integers only; totals are sums of the rounded
lines stored with each report, so a later rate decision never changes an invoiced figure.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from types import EllipsisType

from sqlalchemy import and_, exists, func, select
from sqlalchemy.orm import Session

from stic_desktop.core import money
from stic_desktop.errors import NotFound, UserError, ValidationError
from stic_desktop.models import (
    AgendaItem,
    CommissionRateDecision,
    FrameworkAgreement,
    Group,
    Meeting,
    Municipality,
    SalesReport,
    Supplier,
)
from stic_desktop.services import audit, lookup, validation, versions
from stic_desktop.services.meetings.records import STOCKHOLM
from stic_desktop.storage.portable import month_of, year_month

ENTITY = "commission_rate"
STORED_FIELDS = ("agreement_id", "rate_bp", "valid_from", "decided_on", "meeting_id", "agenda_item_id", "note")
GROUPINGS = ("agreement", "supplier", "municipality", "month")
NO_MUNICIPALITY = "Nollrapport (hela perioden)"
_RATE = re.compile(r"^(\d{1,3})(?:[.,](\d{1,2}))?$")


def commission_ore(amount_ore: int, rate_bp: int) -> int:
    """``amount × rate / 10000`` rounded half-up (away from zero) to the öre (``money.round_half_up``), no float."""
    for value in (amount_ore, rate_bp):
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"commission_ore needs integers, got {type(value).__name__}")
    return money.round_half_up(Decimal(amount_ore * rate_bp).scaleb(-4))


def parse_rate(text: str | Decimal | int) -> int:
    """"1,5", "1.50", "2 %" → basis points; 0–100 % with at most two decimals, else a Swedish ValueError."""
    if isinstance(text, Decimal):
        text = format(text, "f")
    cleaned = str(text).strip().replace("\u00a0", "").replace(" ", "").removesuffix("%")
    match = _RATE.match(cleaned)
    if not match:
        if re.match(r"^\d+[.,]\d{3,}$", cleaned):
            raise ValueError("Provisionssatsen får ha högst två decimaler, t.ex. 1,25 %.")
        raise ValueError("Skriv provisionssatsen i procent, t.ex. 1,5 eller 2,00.")
    bp = int(match.group(1)) * 100 + int((match.group(2) or "0").ljust(2, "0"))
    if bp > 10000:
        raise ValueError("Provisionssatsen kan vara högst 100 %.")
    return bp


def rate_text(rate_bp: int) -> str:
    """150 → "1,50 %"."""
    return f"{rate_bp // 100},{rate_bp % 100:02d} %"


@dataclass(frozen=True)
class RateInput:
    rate_percent: str | Decimal = ""
    valid_from: date | None = None
    decided_on: date | None = None
    agreement_id: int | None = None  # None: the default rate for every agreement without its own
    meeting_id: int | None = None
    agenda_item_id: int | None = None
    note: str = ""


@dataclass(frozen=True)
class RateRecord:
    id: int
    agreement_id: int | None
    agreement_number: str  # "" for the default rate
    rate_bp: int
    rate_text: str
    valid_from: date
    decided_on: date
    meeting_id: int | None
    meeting_title: str
    paragraph: int | None  # the § of the decision in the minutes
    note: str
    agenda_item_id: int | None = None
    row_version: int | None = None  # as loaded; a form hands it back (see services.versions)

    def as_input(self) -> RateInput:
        return RateInput(rate_text(self.rate_bp).removesuffix(" %"), self.valid_from, self.decided_on,
                         self.agreement_id, self.meeting_id, self.agenda_item_id, self.note)


def _rate_query():
    return (select(CommissionRateDecision, FrameworkAgreement.agreement_number, Meeting.title, AgendaItem.paragraph)
            .outerjoin(FrameworkAgreement, FrameworkAgreement.id == CommissionRateDecision.agreement_id)
            .outerjoin(Meeting, Meeting.id == CommissionRateDecision.meeting_id)
            .outerjoin(AgendaItem, AgendaItem.id == CommissionRateDecision.agenda_item_id))


def _rate_record(row) -> RateRecord:
    d, number, meeting, paragraph = row
    return RateRecord(d.id, d.agreement_id, number or "", d.rate_bp, rate_text(d.rate_bp), d.valid_from, d.decided_on,
                      d.meeting_id, meeting or "", paragraph, d.note, d.agenda_item_id, d.row_version)


def _one_rate(session: Session, rate_id: int) -> RateRecord:
    row = session.execute(_rate_query().where(CommissionRateDecision.id == rate_id)).one_or_none()
    if row is None:
        raise NotFound(f"Det finns inget provisionsbeslut med id {rate_id}.")
    return _rate_record(row)


def list_rates(db, *, agreement_id: int | None | EllipsisType = ...) -> list[RateRecord]:
    """Every decision (default ``...``), only the default rate's (None) or one agreement's; newest first."""
    query = _rate_query()
    if agreement_id is None:
        query = query.where(CommissionRateDecision.agreement_id.is_(None))
    elif agreement_id is not ...:
        query = query.where(CommissionRateDecision.agreement_id == agreement_id)
    query = query.order_by(CommissionRateDecision.agreement_id.is_not(None), FrameworkAgreement.agreement_number,
                           CommissionRateDecision.valid_from.desc())
    with db.read() as session:
        return [_rate_record(row) for row in session.execute(query)]


def _validated(session: Session, data: RateInput, rate_id: int | None) -> dict:
    errors = validation.FieldErrors()
    values: dict = {"agreement_id": data.agreement_id, "meeting_id": data.meeting_id,
                    "agenda_item_id": data.agenda_item_id, "note": (data.note or "").strip()}
    try:
        values["rate_bp"] = parse_rate(data.rate_percent)
    except ValueError as exc:
        errors.add("rate_percent", str(exc))
    for name, what in (("valid_from", "Gäller från"), ("decided_on", "Beslutsdatum")):
        if not isinstance(getattr(data, name), date):
            errors.add(name, f"{what} måste fyllas i.")
        values[name] = getattr(data, name)
    if data.agreement_id is not None and session.get(FrameworkAgreement, data.agreement_id) is None:
        errors.add("agreement_id", f"Det finns inget avtal med id {data.agreement_id}.")
    if data.agenda_item_id is not None:
        item = session.get(AgendaItem, data.agenda_item_id)
        if item is None:
            errors.add("agenda_item_id", f"Det finns ingen dagordningspunkt med id {data.agenda_item_id}.")
        elif data.meeting_id is not None and item.meeting_id != data.meeting_id:
            errors.add("agenda_item_id", "Dagordningspunkten hör inte till det valda mötet.")
        else:
            values["meeting_id"] = item.meeting_id
    if data.meeting_id is not None and session.get(Meeting, data.meeting_id) is None:
        errors.add("meeting_id", f"Det finns inget möte med id {data.meeting_id}.")
    if len(values["note"]) > 2000:
        errors.add("note", "Anteckningen får vara högst 2000 tecken.")
    if isinstance(data.valid_from, date):
        same = select(CommissionRateDecision.id).where(
            CommissionRateDecision.valid_from == data.valid_from,
            CommissionRateDecision.agreement_id.is_(None) if data.agreement_id is None
            else CommissionRateDecision.agreement_id == data.agreement_id)
        if rate_id is not None:
            same = same.where(CommissionRateDecision.id != rate_id)
        if session.scalar(same) is not None:
            whose = "grundsatsen" if data.agreement_id is None else "avtalet"
            errors.add("valid_from", f"Det finns redan ett provisionsbeslut för {whose} som gäller från "
                                     f"{data.valid_from.isoformat()}. Ändra det beslutet i stället.")
    errors.raise_if_any()
    return values


def _lines_using(session: Session, decision: CommissionRateDecision) -> int:
    """Report lines whose rate came from this decision: in its period, and (default rate) no own decision."""
    table = CommissionRateDecision
    same_kind = table.agreement_id.is_(None) if decision.agreement_id is None else table.agreement_id == decision.agreement_id
    next_from = session.scalar(select(func.min(table.valid_from)).where(same_kind, table.valid_from > decision.valid_from))
    query = select(func.count()).select_from(SalesReport).where(SalesReport.period_start >= decision.valid_from)
    if next_from is not None:
        query = query.where(SalesReport.period_start < next_from)
    if decision.agreement_id is not None:
        query = query.where(SalesReport.agreement_id == decision.agreement_id)
    else:
        own = exists().where(and_(table.agreement_id == SalesReport.agreement_id,
                                  table.valid_from <= SalesReport.period_start))
        query = query.where(~own)
    return int(session.scalar(query) or 0)


def save_rate(db, data: RateInput, rate_id: int | None = None, *, expected_version: int | None = None) -> RateRecord:
    """Create or change a decision; one that report lines were charged with cannot change its rate or date.
    ``expected_version`` refuses saving over someone else's newer change (services.versions)."""
    with db.write() as session:
        if rate_id is not None:
            existing = lookup.row(session, CommissionRateDecision, rate_id, "inget provisionsbeslut")
            versions.check_version(session, ENTITY, existing, expected_version, "provisionsbeslutet")
        values = _validated(session, data, rate_id)
        if rate_id is None:
            row = CommissionRateDecision(**values)
            audit.created(session, db.actor_id, ENTITY, row, STORED_FIELDS)
        else:
            row = existing
            with audit.changing(session, db.actor_id, ENTITY, row, STORED_FIELDS):
                changes_rate = (row.rate_bp, row.valid_from, row.agreement_id) != (
                    values["rate_bp"], values["valid_from"], values["agreement_id"])
                if changes_rate and (used := _lines_using(session, row)):
                    raise ValidationError("rate_percent", f"Beslutet har använts för {used} rapportrader. Sats, datum och "
                                                          "avtal kan inte ändras; registrera ett nytt beslut i stället.")
                for name, value in values.items():
                    setattr(row, name, value)
                session.flush()
        return _one_rate(session, row.id)


def delete_rate(db, rate_id: int) -> None:
    """Refused once report lines were charged at the decision's rate (they keep it, and must stay traceable)."""
    with db.write() as session:
        row = lookup.row(session, CommissionRateDecision, rate_id, "inget provisionsbeslut")
        used = _lines_using(session, row)
        if used:
            raise ValidationError("id", f"Provisionsbeslutet kan inte tas bort: {used} rapportrader har beräknats "
                                        "med det. Registrera ett nytt beslut med ett senare datum i stället.")
        audit.deleted(session, db.actor_id, ENTITY, row, STORED_FIELDS)


def _no_rate(day: date) -> UserError:
    return UserError(f"Det finns inget provisionsbeslut som gäller för perioden som börjar {day.isoformat()}. "
                     "Registrera en provisionssats (grundsats eller för avtalet) först.")


def _decision_in_force(session: Session, agreement_id: int | None, day: date) -> CommissionRateDecision | None:
    table = CommissionRateDecision
    for whose in ([agreement_id] if agreement_id is not None else []) + [None]:
        found = session.scalars(
            select(table).where(table.agreement_id.is_(None) if whose is None else table.agreement_id == whose,
                                table.valid_from <= day)
            .order_by(table.valid_from.desc()).limit(1)).first()
        if found is not None:
            return found
    return None


def rate_for_in(session: Session, agreement_id: int | None, day: date) -> int:
    """The rate (bp) on ``day``: the agreement's own decision in force, else the default; none → UserError."""
    found = _decision_in_force(session, agreement_id, day)
    if found is None:
        raise _no_rate(day)
    return found.rate_bp


def rate_for(db, agreement_id: int | None, day: date) -> RateRecord:
    with db.read() as session:
        found = _decision_in_force(session, agreement_id, day)
        if found is None:
            raise _no_rate(day)
        return _one_rate(session, found.id)


class RateTable:
    """Every decision loaded once, for pricing thousands of lines (imports, demo data) without a query each."""

    def __init__(self, session: Session) -> None:
        self._by_agreement: dict[int | None, tuple[list[date], list[int]]] = {}
        rows = session.execute(select(CommissionRateDecision.agreement_id, CommissionRateDecision.valid_from,
                                      CommissionRateDecision.rate_bp).order_by(CommissionRateDecision.valid_from))
        for agreement_id, valid_from, rate_bp in rows:
            days, rates = self._by_agreement.setdefault(agreement_id, ([], []))
            days.append(valid_from)
            rates.append(rate_bp)

    def lookup(self, agreement_id: int | None, day: date) -> int | None:
        for whose in (agreement_id, None):
            if whose not in self._by_agreement:
                continue
            days, rates = self._by_agreement[whose]
            index = bisect.bisect_right(days, day)
            if index:
                return rates[index - 1]
        return None

    def rate(self, agreement_id: int | None, day: date) -> int:
        found = self.lookup(agreement_id, day)
        if found is None:
            raise _no_rate(day)
        return found


@dataclass(frozen=True)
class DecisionItem:
    """An agenda item a rate decision can cite: the meeting and its § in the minutes."""

    meeting_id: int
    meeting_title: str
    meeting_day: date
    agenda_item_id: int
    title: str
    paragraph: int | None
    steering: bool  # the steering group's meeting (styrgruppen decides the rate)


def decision_items(db) -> list[DecisionItem]:
    """Decision items of every meeting, the steering group's first, newest meeting first."""
    query = (select(Meeting.id, Meeting.title, Meeting.starts_at, AgendaItem.id, AgendaItem.title,
                    AgendaItem.paragraph, Group.kind)
             .join(AgendaItem, AgendaItem.meeting_id == Meeting.id).outerjoin(Group, Group.id == Meeting.group_id)
             .where(AgendaItem.kind == "decision", Meeting.status != "cancelled")
             .order_by(Meeting.starts_at.desc(), AgendaItem.position))
    with db.read() as session:
        found = [DecisionItem(m, title, starts.astimezone(STOCKHOLM).date(), item, item_title, paragraph,
                              kind == "steering")
                 for m, title, starts, item, item_title, paragraph, kind in session.execute(query)]
    return sorted(found, key=lambda d: not d.steering)


# --- totals ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class TotalRow:
    key: int | str | None  # agreement/supplier/municipality id, "YYYY-MM" for months; None = zero reports
    label: str
    amount_ore: int
    commission_ore: int
    lines: int


def _year_filter(query, year: int | None):
    if year is None:
        return query
    return query.where(SalesReport.period_start >= date(year, 1, 1), SalesReport.period_start <= date(year, 12, 31))


def totals(db, *, year: int | None = None, group_by: str = "agreement") -> list[TotalRow]:
    """Sums of the stored (rounded) lines per agreement, supplier, municipality or month, in ONE query."""
    if group_by not in GROUPINGS:
        raise ValueError(f"group_by must be one of {GROUPINGS}")
    key = {"agreement": SalesReport.agreement_id, "supplier": SalesReport.supplier_id,
           "municipality": SalesReport.municipality_id,
           "month": year_month(SalesReport.period_start)}[group_by].label("key")
    sums = _year_filter(select(key, func.sum(SalesReport.amount_ore).label("amount"),
                               func.sum(SalesReport.commission_ore).label("commission"),
                               func.count().label("lines")), year).group_by(key).subquery()
    if group_by == "month":
        query = select(sums.c.key, sums.c.key, sums.c.amount, sums.c.commission, sums.c.lines).order_by(sums.c.key)
    else:
        model, label, order = {
            "agreement": (FrameworkAgreement, FrameworkAgreement.agreement_number + " " + FrameworkAgreement.title,
                          FrameworkAgreement.agreement_number),
            "supplier": (Supplier, Supplier.name, Supplier.name),
            "municipality": (Municipality, Municipality.name, Municipality.municipality_code),
        }[group_by]
        query = (select(sums.c.key, label, sums.c.amount, sums.c.commission, sums.c.lines)
                 .outerjoin(model, model.id == sums.c.key).order_by(sums.c.key.is_(None), order))
    with db.read() as session:
        return [TotalRow(k, text if text is not None else NO_MUNICIPALITY, int(amount or 0), int(commission or 0),
                         int(lines))
                for k, text, amount, commission, lines in session.execute(query)]


def monthly_commission(db, year: int) -> list[int]:
    """Commission per month of ``year`` (12 values in öre; a quarter report counts in its first month)."""
    month = month_of(SalesReport.period_start)
    query = _year_filter(select(month, func.sum(SalesReport.commission_ore)), year).group_by(month)
    values = [0] * 12
    with db.read() as session:
        for number, total in session.execute(query):
            values[int(number) - 1] = int(total or 0)
    return values

