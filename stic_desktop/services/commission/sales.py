"""Suppliers' sales reports (försäljningsrapporter): periods, exact amounts, manual lines and overdue reports.

A line is agreement × supplier × municipality × period (a month or a quarter). A line without a
municipality is a zero report for the whole period; a zero report is a real report that closes the
period. The commission is computed when the line is stored, at the rate in force on the period's
first day, and kept with the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import Date, Integer, and_, exists, func, literal, or_, select, union_all
from sqlalchemy.orm import Session, aliased

from stic_desktop.core import clock, dates, money
from stic_desktop.errors import NotFound, ValidationError
from stic_desktop.models import (
    AgreementExtension,
    AgreementParticipant,
    AgreementSupplier,
    FrameworkAgreement,
    Municipality,
    SalesReport,
    Supplier,
)
from stic_desktop.services import audit, lookup, validation
from stic_desktop.services.commission import commission

ENTITY = "sales_report"
STORED_FIELDS = ("agreement_id", "supplier_id", "municipality_id", "period_start", "period_kind", "amount_ore",
                 "rate_bp", "commission_ore", "import_id")
PERIOD_KIND_LABELS = {"month": "Månad", "quarter": "Kvartal"}
MAX_AMOUNT_ORE = 10**15  # far above any real sale; keeps sums inside SQLite's 64-bit integers
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})(?:-01)?$")
_QUARTER = re.compile(r"^(\d{4})\s*(?:-\s*)?(?:q|kv\.?)\s*([1-4])$", re.IGNORECASE)
FIRST_PERIOD_YEAR, LAST_PERIOD_YEAR = 1900, 2999  # the end of the last period (and the next) stay valid dates


# --- periods and amounts -----------------------------------------------------------------------------

def parse_period(text: str) -> tuple[date, str]:
    """"2026-03" → (2026-03-01, "month"); "2026-Q1" or "2026 kv 1" → (2026-01-01, "quarter")."""
    value = str(text).strip()
    match = _MONTH.match(value) or _QUARTER.match(value)
    if match and not FIRST_PERIOD_YEAR <= int(match[1]) <= LAST_PERIOD_YEAR:
        raise ValueError(f"”{value}”: året ska vara mellan {FIRST_PERIOD_YEAR} och {LAST_PERIOD_YEAR}.")
    if match and match.re is _MONTH and 1 <= int(match[2]) <= 12:
        return date(int(match[1]), int(match[2]), 1), "month"
    if match and match.re is _QUARTER:
        return date(int(match[1]), 3 * int(match[2]) - 2, 1), "quarter"
    raise ValueError(f"”{value}” är ingen period. Skriv ÅÅÅÅ-MM för en månad (t.ex. 2026-03) "
                     "eller ÅÅÅÅ-Qn för ett kvartal (t.ex. 2026-Q1).")


def period_label(start: date, kind: str) -> str:
    return f"{start.year} kv {(start.month - 1) // 3 + 1}" if kind == "quarter" else dates.period_code(start)


def period_code(start: date, kind: str) -> str:
    """The form files use: "2026-03" or "2026-Q1"."""
    return f"{start.year}-Q{(start.month - 1) // 3 + 1}" if kind == "quarter" else dates.period_code(start)


def add_months(start: date, months: int) -> date:
    """The first day of the month ``months`` after ``start``'s month."""
    index = start.year * 12 + start.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def period_months(start: date, kind: str) -> list[date]:
    return [add_months(start, i) for i in range(3 if kind == "quarter" else 1)]


def period_end(start: date, kind: str) -> date:
    return add_months(start, 3 if kind == "quarter" else 1) - timedelta(days=1)


def parse_amount(value: str | int | Decimal) -> int:
    """Kronor as typed or read ("1 234,56", "1234.5", Decimal) → öre, exact; öre when given an int."""
    if isinstance(value, bool):
        raise ValueError("Beloppet ska vara ett tal i kronor.")
    if isinstance(value, int):
        ore = value
    else:
        if not str(value).strip():
            raise ValueError("Beloppet saknas. Skriv 0 för en period utan försäljning.")
        try:
            ore = money.parse(value, field="amount")
        except ValidationError as error:
            raise ValueError(error.message) from None
    if ore < 0:
        raise ValueError("Beloppet kan inte vara negativt. Rättelser görs genom att ersätta perioden.")
    if ore > MAX_AMOUNT_ORE:
        raise ValueError("Beloppet är orimligt stort. Kontrollera att det är angivet i kronor.")
    return ore


# --- records -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class SalesInput:
    agreement_id: int | None = None
    supplier_id: int | None = None
    municipality_id: int | None = None  # None: a zero report for the whole period
    period: str = ""
    amount: str | int = ""


@dataclass(frozen=True)
class SalesRecord:
    id: int
    agreement_id: int
    agreement_number: str
    supplier_id: int
    supplier_name: str
    municipality_id: int | None
    municipality_name: str  # "" for a whole-period zero report
    period_start: date
    period_kind: str
    period_label: str
    amount_ore: int
    rate_bp: int
    commission_ore: int
    reported_at: datetime
    import_id: int | None

    def as_input(self) -> SalesInput:
        return SalesInput(self.agreement_id, self.supplier_id, self.municipality_id,
                          period_code(self.period_start, self.period_kind),
                          money.format_input(self.amount_ore))


def _query():
    """Plain columns, no ORM objects: an agreement's window lists thousands of lines."""
    return (select(SalesReport.id, SalesReport.agreement_id, FrameworkAgreement.agreement_number,
                   SalesReport.supplier_id, Supplier.name, SalesReport.municipality_id, Municipality.name,
                   SalesReport.period_start, SalesReport.period_kind, SalesReport.amount_ore, SalesReport.rate_bp,
                   SalesReport.commission_ore, SalesReport.reported_at, SalesReport.import_id)
            .join(FrameworkAgreement, FrameworkAgreement.id == SalesReport.agreement_id)
            .join(Supplier, Supplier.id == SalesReport.supplier_id)
            .outerjoin(Municipality, Municipality.id == SalesReport.municipality_id))


def _record(row) -> SalesRecord:
    (line_id, agreement_id, number, supplier_id, supplier, municipality_id, municipality, start, kind, amount, rate,
     paid, reported_at, import_id) = row
    return SalesRecord(line_id, agreement_id, number, supplier_id, supplier, municipality_id, municipality or "",
                       start, kind, period_label(start, kind), amount, rate, paid, reported_at, import_id)


def sales_years(db, *, agreement_id: int) -> list[int]:
    """The years an agreement has report lines for, newest first (one small query, not the lines)."""
    year = func.extract("year", SalesReport.period_start)
    with db.read() as session:
        found = session.scalars(select(year).where(SalesReport.agreement_id == agreement_id).distinct())
        return sorted({int(value) for value in found if value is not None}, reverse=True)


def list_sales(db, *, agreement_id: int | None = None, supplier_id: int | None = None,
               year: int | None = None) -> list[SalesRecord]:
    """Report lines, newest period first."""
    query = _query()
    if agreement_id is not None:
        query = query.where(SalesReport.agreement_id == agreement_id)
    if supplier_id is not None:
        query = query.where(SalesReport.supplier_id == supplier_id)
    if year is not None:
        query = query.where(SalesReport.period_start >= date(year, 1, 1), SalesReport.period_start <= date(year, 12, 31))
    query = query.order_by(SalesReport.period_start.desc(), Supplier.name, Municipality.name)
    with db.read() as session:
        return [_record(row) for row in session.execute(query)]


def get_sales(db, sales_id: int) -> SalesRecord:
    with db.read() as session:
        row = session.execute(_query().where(SalesReport.id == sales_id)).one_or_none()
        if row is None:
            raise NotFound(f"Det finns ingen försäljningsrad med id {sales_id}.")
        return _record(row)


# --- what is already reported ---------------------------------------------------------------------------

class Occupied:
    """Which months each agreement × supplier (× municipality) already has lines for, to find overlaps fast."""

    def __init__(self) -> None:
        self.exact: dict[tuple, object] = {}  # (agreement, supplier, municipality, month) -> owner
        self.any: dict[tuple, list] = {}  # (agreement, supplier, month) -> owners with a municipality
        self.zero: dict[tuple, object] = {}  # (agreement, supplier, month) -> the whole-period zero report

    def add(self, agreement_id: int, supplier_id: int, municipality_id: int | None, start: date, kind: str,
            owner: object) -> None:
        for month in period_months(start, kind):
            if municipality_id is None:
                self.zero[(agreement_id, supplier_id, month)] = owner
            else:
                self.exact[(agreement_id, supplier_id, municipality_id, month)] = owner
                self.any.setdefault((agreement_id, supplier_id, month), []).append(owner)

    def clashes(self, agreement_id: int, supplier_id: int, municipality_id: int | None, start: date,
                kind: str) -> list:
        """Owners of lines overlapping this one (a zero report overlaps every municipality's line)."""
        found: list = []
        for month in period_months(start, kind):
            if (owner := self.zero.get((agreement_id, supplier_id, month))) is not None:
                found.append(owner)
            if municipality_id is None:
                found.extend(self.any.get((agreement_id, supplier_id, month), ()))
            elif (owner := self.exact.get((agreement_id, supplier_id, municipality_id, month))) is not None:
                found.append(owner)
        return list(dict.fromkeys(found))


def occupied_in(session: Session, agreement_ids: set[int], first: date, last: date) -> Occupied:
    """The stored lines (owner = line id) of these agreements in periods touching first..last."""
    occupied = Occupied()
    if not agreement_ids:
        return occupied
    rows = session.execute(
        select(SalesReport.id, SalesReport.agreement_id, SalesReport.supplier_id, SalesReport.municipality_id,
               SalesReport.period_start, SalesReport.period_kind)
        .where(SalesReport.agreement_id.in_(agreement_ids), SalesReport.period_start >= add_months(first, -2),
               SalesReport.period_start <= last))
    for line_id, agreement_id, supplier_id, municipality_id, start, kind in rows:
        occupied.add(agreement_id, supplier_id, municipality_id, start, kind, line_id)
    return occupied


def agreement_end(agreement: FrameworkAgreement, latest_extension: date | None) -> date:
    """The current end: the newest extension decision's date, else the initial end; a termination cuts it."""
    end = latest_extension or agreement.initial_end_date
    return min(end, agreement.terminated_on) if agreement.terminated_on else end


def extension_ends(session: Session) -> dict[int, date]:
    return dict(session.execute(select(AgreementExtension.agreement_id, func.max(AgreementExtension.new_end_date))
                                .group_by(AgreementExtension.agreement_id)).all())


def term_error(agreement: FrameworkAgreement, end: date, start: date, kind: str) -> str | None:
    """Why a period falls outside the agreement's term, or None."""
    label = period_label(start, kind)
    if period_end(start, kind) < agreement.start_date:
        return (f"Perioden {label} är före avtalets start {agreement.start_date.isoformat()} "
                f"({agreement.agreement_number}).")
    if start > end:
        return f"Perioden {label} är efter avtalets slut {end.isoformat()} ({agreement.agreement_number})."
    return None


# --- manual entry -----------------------------------------------------------------------------------------

class AlreadyReported(ValidationError):
    """The period has lines already; saving again with ``replace=True`` replaces them."""


def _validated(session: Session, data: SalesInput) -> tuple[dict, FrameworkAgreement]:
    errors = validation.FieldErrors()
    values: dict = {}
    agreement = session.get(FrameworkAgreement, data.agreement_id) if data.agreement_id is not None else None
    if agreement is None:
        errors.add("agreement_id", "Välj ett avtal som finns.")
    if data.supplier_id is None or session.get(Supplier, data.supplier_id) is None:
        errors.add("supplier_id", "Välj en leverantör som finns.")
    elif agreement is not None and session.scalar(select(AgreementSupplier.id).where(
            AgreementSupplier.agreement_id == agreement.id, AgreementSupplier.supplier_id == data.supplier_id)) is None:
        errors.add("supplier_id", f"Leverantören är inte part i avtalet {agreement.agreement_number}.")
    if data.municipality_id is not None:
        if session.get(Municipality, data.municipality_id) is None:
            errors.add("municipality_id", "Välj en kommun som finns.")
        elif agreement is not None and session.scalar(select(AgreementParticipant.id).where(
                AgreementParticipant.agreement_id == agreement.id,
                AgreementParticipant.municipality_id == data.municipality_id)) is None:
            errors.add("municipality_id", f"Kommunen deltar inte i avtalet {agreement.agreement_number}.")
    try:
        values["period_start"], values["period_kind"] = parse_period(data.period)
    except ValueError as exc:
        errors.add("period", str(exc))
    try:
        values["amount_ore"] = parse_amount(data.amount)
    except ValueError as exc:
        errors.add("amount", str(exc))
    if data.municipality_id is None and values.get("amount_ore"):
        errors.add("municipality_id", "Välj kommun. Bara en nollrapport kan gälla hela perioden.")
    if agreement is not None and "period_start" in values:
        end = agreement_end(agreement, extension_ends(session).get(agreement.id))
        if problem := term_error(agreement, end, values["period_start"], values["period_kind"]):
            errors.add("period", problem)
    errors.raise_if_any()
    values.update(agreement_id=agreement.id, supplier_id=data.supplier_id, municipality_id=data.municipality_id)
    return values, agreement


def save_sales(db, data: SalesInput, *, replace: bool = False, sales_id: int | None = None) -> SalesRecord:
    """Store one line (or change line ``sales_id``); a period already reported needs ``replace=True``."""
    with db.write() as session:
        values, agreement = _validated(session, data)
        start, kind = values["period_start"], values["period_kind"]
        occupied = occupied_in(session, {agreement.id}, start, period_end(start, kind))
        clashes = [line for line in occupied.clashes(values["agreement_id"], values["supplier_id"],
                                                     values["municipality_id"], start, kind) if line != sales_id]
        if clashes and not replace:
            raise AlreadyReported("period", f"Perioden {period_label(start, kind)} är redan rapporterad för den här "
                                            "leverantören och kommunen. Bekräfta att den ska ersättas.")
        for line_id in clashes:
            old = session.get(SalesReport, line_id)
            audit.deleted(session, db.actor_id, ENTITY, old, STORED_FIELDS)
        values["rate_bp"] = commission.rate_for_in(session, agreement.id, start)
        values["commission_ore"] = commission.commission_ore(values["amount_ore"], values["rate_bp"])
        if sales_id is None:
            row = SalesReport(**values, reported_at=clock.utcnow(), import_id=None)
            audit.created(session, db.actor_id, ENTITY, row, STORED_FIELDS)
        else:
            row = lookup.row(session, SalesReport, sales_id, "ingen försäljningsrad")
            with audit.changing(session, db.actor_id, ENTITY, row, STORED_FIELDS):
                for name, value in values.items():
                    setattr(row, name, value)
                row.reported_at = clock.utcnow()
                session.flush()
        return _record(session.execute(_query().where(SalesReport.id == row.id)).one())


def delete_sales(db, sales_id: int) -> None:
    with db.write() as session:
        row = lookup.row(session, SalesReport, sales_id, "ingen försäljningsrad")
        audit.deleted(session, db.actor_id, ENTITY, row, STORED_FIELDS)


# --- overdue reports ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class OverdueReport:
    agreement_id: int
    agreement_number: str
    supplier_id: int
    supplier_name: str
    period_label: str
    due_date: date
    days_late: int


def overdue_reports(db, *, today: date | None = None) -> list[OverdueReport]:
    """Months (at most 12 back) whose report was due (the agreement's due day of the next month) but no line
    covers them, per agreement in force × supplier; a zero report or a quarter line counts. Most late first."""
    today = today or clock.today()
    window = add_months(date(today.year, today.month, 1), -12)
    months = [add_months(window, i) for i in range(_months_between(window, today) + 1)]
    with db.read() as session:
        ends = extension_ends(session)
        agreements = [a for a in session.execute(  # rows with the columns agreement_end and the loop below read
            select(FrameworkAgreement.id, FrameworkAgreement.agreement_number, FrameworkAgreement.start_date,
                   FrameworkAgreement.initial_end_date, FrameworkAgreement.terminated_on,
                   FrameworkAgreement.report_due_day).where(FrameworkAgreement.start_date <= today))
                      if agreement_end(a, ends.get(a.id)) >= window]
        # per agreement, the months (first and last index) from its start (or the window's) through its end whose
        # report was due: the due dates rise with the months, so these are one unbroken run
        last_due: dict[int, int] = {}  # a due day of the month -> the last month whose report was due before today
        spans: dict[int, tuple[int, int]] = {}
        for agreement in agreements:
            day = agreement.report_due_day
            if day not in last_due:
                last_due[day] = max((i for i, month in enumerate(months)
                                     if add_months(month, 1).replace(day=day) < today), default=-1)
            first = _months_between(window, max(window, date(agreement.start_date.year,
                                                             agreement.start_date.month, 1)))
            last = min(last_due[day], _months_between(window, agreement_end(agreement, ends.get(agreement.id))))
            if first <= last:
                spans[agreement.id] = (first, last)
        if not spans:
            return []
        missing = _uncovered_months(session, spans, months)
    found: list[OverdueReport] = []
    for agreement in agreements:
        its_suppliers = missing.get(agreement.id, [])
        for i, month in enumerate(months):  # month by month, as they fall due
            for supplier_id, name, bits in its_suppliers:
                if bits >> i & 1:
                    due = add_months(month, 1).replace(day=agreement.report_due_day)
                    found.append(OverdueReport(agreement.id, agreement.agreement_number, supplier_id, name,
                                               period_label(month, "month"), due, (today - due).days))
    found.sort(key=lambda r: (-r.days_late, r.agreement_number, r.supplier_name))
    return found


def _months_between(first: date, last: date) -> int:
    return (last.year - first.year) * 12 + last.month - first.month


def _quarter_start(month: date) -> date:
    return date(month.year, (month.month - 1) // 3 * 3 + 1, 1)


def _uncovered_months(session: Session, spans: dict[int, tuple[int, int]],
                      months: list[date]) -> dict[int, list[tuple[int, str, int]]]:
    """Per agreement, its suppliers (id, name, months as bits; bit i: ``months[i]``) with a month no line covers,
    looking only at each agreement's ``spans`` (first and last index into ``months``, both included). A month is covered by
    a line for that month (a month line, a zero report, or a quarter line starting with it) or by a quarter line
    starting in its quarter (quarters start in January, April, July and October).

    Probes, not a walk: for each supplier's month the database looks for one line through ix_sales_reports_period
    (period_start, agreement_id, supplier_id, period_kind…), one index seek however many municipalities reported,
    and only the uncovered months come back (the huge demo: ~55,000 seeks instead of walking ~500,000 lines)."""
    indexes = sorted({i for first, last in spans.values() for i in range(first, last + 1)})
    month_rows = union_all(*(select(literal(i, Integer).label("i"), literal(months[i], Date).label("month"),
                                    literal(_quarter_start(months[i]), Date).label("quarter")) for i in indexes))
    wanted = month_rows.subquery("wanted")
    by_span: dict[tuple[int, int], list[int]] = {}
    for agreement_id, span in spans.items():
        by_span.setdefault(span, []).append(agreement_id)
    pair = AgreementSupplier
    line, quarter_line = aliased(SalesReport), aliased(SalesReport)
    rows = session.execute(
        select(pair.agreement_id, pair.supplier_id, Supplier.name, wanted.c.i)
        .join(Supplier, Supplier.id == pair.supplier_id)
        .join(wanted, or_(*(and_(pair.agreement_id.in_(ids), wanted.c.i.between(first, last))
                            for (first, last), ids in by_span.items())))
        .where(~exists().where(line.period_start == wanted.c.month, line.agreement_id == pair.agreement_id,
                               line.supplier_id == pair.supplier_id),
               ~exists().where(quarter_line.period_start == wanted.c.quarter,
                               quarter_line.agreement_id == pair.agreement_id,
                               quarter_line.supplier_id == pair.supplier_id, quarter_line.period_kind == "quarter")))
    bits: dict[tuple[int, int, str], int] = {}
    for agreement_id, supplier_id, name, i in rows:
        bits[(agreement_id, supplier_id, name)] = bits.get((agreement_id, supplier_id, name), 0) | 1 << i
    missing: dict[int, list[tuple[int, str, int]]] = {}
    for (agreement_id, supplier_id, name), its_bits in sorted(bits.items()):
        missing.setdefault(agreement_id, []).append((supplier_id, name, its_bits))
    return missing
