"""Importing suppliers' sales reports from .xlsx or .csv: every row checked, all lines or none.

Built for files of tens of thousands of rows: the file is read before the transaction, each row is
checked against dictionaries of the register loaded once, and the lines go in with one executemany.
A period already reported is refused unless the caller passes ``replace=True`` after asking the user.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from stic_desktop.core import clock, collector, money
from stic_desktop.errors import ImportFailed, RowError, UserError
from stic_desktop.models import (
    AgreementParticipant,
    AgreementSupplier,
    FrameworkAgreement,
    Municipality,
    SalesImport,
    SalesReport,
    Supplier,
)
from stic_desktop.services import audit, lookup, validation
from stic_desktop.services.commission import commission, sales
from stic_desktop.services.commission.sales_file import COLUMN_NAMES, SalesRow, read_sales_file

ENTITY = "sales_import"
STEP = 2000  # rows between progress reports

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class PeriodPreview:
    """What the import does to one agreement × supplier × period."""

    agreement_number: str
    supplier_name: str
    period_label: str
    lines: int
    amount_ore: int
    commission_ore: int
    replaces: int  # stored lines this period's lines replace


@dataclass(frozen=True)
class SalesImportResult:
    filename: str
    rows: int
    new: int
    replaced: int  # rows that replace stored lines
    removed: int  # stored lines taken away by those rows
    amount_ore: int
    commission_ore: int
    dry_run: bool
    periods: list[PeriodPreview] = field(default_factory=list)
    import_id: int | None = None

    def summary(self) -> str:
        text = (f"{self.rows} rader ({self.new} nya, {self.replaced} ersätter {self.removed} rapporterade), "
                f"försäljning {money.format(self.amount_ore, separator=' ')}, "
                f"provision {money.format(self.commission_ore, separator=' ')}")
        return f"Förhandsgranskning: {text}. Inget har sparats." if self.dry_run else f"Importerat: {text}."


class _Register:
    """The register as dictionaries, loaded with a handful of queries."""

    def __init__(self, session: Session) -> None:
        ends = sales.extension_ends(session)
        self.agreements = {a.agreement_number.casefold(): (a, sales.agreement_end(a, ends.get(a.id)))
                           for a in session.scalars(select(FrameworkAgreement))}
        self.suppliers = {org: (id_, name) for id_, org, name in
                          session.execute(select(Supplier.id, Supplier.org_number, Supplier.name))}
        self.municipalities = {code: id_ for id_, code in
                               session.execute(select(Municipality.id, Municipality.municipality_code))}
        self.parties = set(session.execute(select(AgreementSupplier.agreement_id, AgreementSupplier.supplier_id)).all())
        self.participants = set(session.execute(
            select(AgreementParticipant.agreement_id, AgreementParticipant.municipality_id)).all())
        self.rates = commission.RateTable(session)
        self._org_cache: dict[str, str | ValueError] = {}
        # A file of 20,000 rows names a few periods and agreements: each check below runs once per distinct value.
        self._periods: dict[str, tuple[date, str] | ValueError] = {}
        self._terms: dict[tuple[int, date, str], tuple[str | None, int | None]] = {}

    def period(self, text: str) -> tuple[date, str]:
        found = self._periods.get(text)
        if found is None:
            try:
                found = sales.parse_period(text)
            except ValueError as exc:
                found = exc
            self._periods[text] = found
        if isinstance(found, ValueError):
            raise found
        return found

    def term(self, agreement: FrameworkAgreement, end: date, start: date, kind: str) -> tuple[str | None, int | None]:
        """Why the period is outside the agreement's term (or None), and the commission rate that applies."""
        key = (agreement.id, start, kind)
        found = self._terms.get(key)
        if found is None:
            problem = sales.term_error(agreement, end, start, kind)
            found = self._terms[key] = (problem, None if problem else self.rates.lookup(agreement.id, start))
        return found

    def org_number(self, text: str) -> str:
        if text not in self._org_cache:
            try:
                self._org_cache[text] = validation.normalise_org_number(text)
            except ValueError as exc:
                self._org_cache[text] = exc
        found = self._org_cache[text]
        if isinstance(found, ValueError):
            raise found
        return found


@dataclass
class _Plan:
    lines: list[dict]
    replaced_ids: set[int]
    replacing_rows: int
    periods: list[PeriodPreview]


def _check(row: SalesRow, register: _Register, errors: list[RowError]) -> dict | None:
    """One row's values ready to store, or None after adding its errors."""
    found: list[RowError] = []
    number = row.number
    agreement = end = supplier_id = municipality_id = start = kind = amount = None
    entry = register.agreements.get(row.agreement.strip().casefold())
    if not row.agreement.strip():
        found.append(RowError(number, COLUMN_NAMES["agreement"], "Avtalsnumret saknas."))
    elif entry is None:
        found.append(RowError(number, COLUMN_NAMES["agreement"], f"Det finns inget avtal med nummer {row.agreement}."))
    else:
        agreement, end = entry
    try:
        supplier_id = register.suppliers.get(register.org_number(row.supplier), (None,))[0]
        if supplier_id is None:
            found.append(RowError(number, COLUMN_NAMES["supplier"],
                                  f"Det finns ingen leverantör med organisationsnummer {row.supplier}."))
        elif agreement is not None and (agreement.id, supplier_id) not in register.parties:
            found.append(RowError(number, COLUMN_NAMES["supplier"],
                                  f"Leverantören är inte part i avtalet {agreement.agreement_number}."))
    except ValueError as exc:
        found.append(RowError(number, COLUMN_NAMES["supplier"], str(exc)))
    code = row.municipality.strip()
    if code:
        if code.isdigit() and len(code) == 3:
            code = code.zfill(4)  # Excel drops the leading zero of 0114
        municipality_id = register.municipalities.get(code)
        if municipality_id is None:
            found.append(RowError(number, COLUMN_NAMES["municipality"], f"Det finns ingen kommun med kommunkod {code}."))
        elif agreement is not None and (agreement.id, municipality_id) not in register.participants:
            found.append(RowError(number, COLUMN_NAMES["municipality"],
                                  f"Kommunen {code} deltar inte i avtalet {agreement.agreement_number}."))
    try:
        start, kind = register.period(row.period)
    except ValueError as exc:
        found.append(RowError(number, COLUMN_NAMES["period"], str(exc)))
    try:
        amount = sales.parse_amount(row.amount)
    except ValueError as exc:
        found.append(RowError(number, COLUMN_NAMES["amount"], str(exc)))
    if not code and amount:
        found.append(RowError(number, COLUMN_NAMES["municipality"],
                              "Kommunkoden saknas. Bara en nollrapport (belopp 0) kan gälla hela perioden."))
    rate = None
    if agreement is not None and start is not None:
        problem, rate = register.term(agreement, end, start, kind)
        if problem:
            found.append(RowError(number, COLUMN_NAMES["period"], problem))
        elif rate is None:
            found.append(RowError(number, COLUMN_NAMES["period"], f"Det finns inget provisionsbeslut som gäller "
                                                                  f"för {sales.period_label(start, kind)}."))
    if found or rate is None:
        errors.extend(found)
        return None
    return {"agreement_id": agreement.id, "supplier_id": supplier_id, "municipality_id": municipality_id,
            "period_start": start, "period_kind": kind, "amount_ore": amount, "rate_bp": rate,
            "commission_ore": commission.commission_ore(amount, rate)}


def _plan(session: Session, rows: list[SalesRow], *, replace: bool,
          errors: list[RowError]) -> Generator[tuple[int, int, str], None, _Plan]:
    register = _Register(session)
    total = len(rows)
    checked: list[tuple[int, dict]] = []
    yield 0, total, f"Kontrollerar {total} rader…"
    for index, row in enumerate(rows, start=1):
        values = _check(row, register, errors)
        if values is not None:
            checked.append((row.number, values))
        if index % STEP == 0:
            yield index, total, f"Kontrollerar rad {index} av {total}…"
    in_file = sales.Occupied()
    starts = [values["period_start"] for _, values in checked]
    ends = [sales.period_end(values["period_start"], values["period_kind"]) for _, values in checked]
    stored = sales.occupied_in(session, {values["agreement_id"] for _, values in checked},
                               min(starts, default=date.max), max(ends, default=date.min))
    replaced: set[int] = set()
    replacing = 0
    groups: dict[tuple, list] = {}
    for number, values in checked:
        key = (values["agreement_id"], values["supplier_id"], values["municipality_id"], values["period_start"],
               values["period_kind"])
        label = sales.period_label(values["period_start"], values["period_kind"])
        if earlier := in_file.clashes(*key):
            errors.append(RowError(number, COLUMN_NAMES["period"],
                                   f"Perioden {label} finns redan i filen på rad {earlier[0]} för samma avtal, "
                                   "leverantör och kommun."))
            continue
        in_file.add(*key, number)
        clashes = stored.clashes(*key)
        if clashes and not replace:
            errors.append(RowError(number, COLUMN_NAMES["period"],
                                   f"Perioden {label} är redan rapporterad för den här kommunen. Välj att ersätta "
                                   "rapporterade perioder (--replace på kommandoraden) om raderna ska ersättas."))
            continue
        replaced.update(clashes)
        replacing += bool(clashes)
        group = groups.setdefault((values["agreement_id"], values["supplier_id"], values["period_start"],
                                   values["period_kind"]), [0, 0, 0, set()])
        group[0] += 1
        group[1] += values["amount_ore"]
        group[2] += values["commission_ore"]
        group[3].update(clashes)
    numbers = {a.id: a.agreement_number for a, _ in register.agreements.values()}
    names = {id_: name for id_, name in register.suppliers.values()}
    periods = [PeriodPreview(numbers[a], names[s], sales.period_label(start, kind), n, amount, paid, len(old))
               for (a, s, start, kind), (n, amount, paid, old) in groups.items()]
    periods.sort(key=lambda p: (p.agreement_number, p.supplier_name, p.period_label))
    return _Plan([values for _, values in checked], replaced, replacing, periods)


def _replaced_snapshot(session: Session, ids: set[int]) -> list[list]:
    """What the replaced lines were, kept in the import's history entry."""
    table = SalesReport
    found: list[list] = []
    ordered = sorted(ids)
    for chunk in range(0, len(ordered), 500):
        found.extend([list(r) for r in session.execute(
            select(table.id, table.agreement_id, table.supplier_id, table.municipality_id, table.period_start,
                   table.period_kind, table.amount_ore, table.commission_ore)
            .where(table.id.in_(ordered[chunk:chunk + 500])))])
    return [[v.isoformat() if isinstance(v, date) else v for v in row] for row in found]


def _write(session: Session, db, path: Path, digest: str, plan: _Plan) -> int:
    now = clock.utcnow()
    record = SalesImport(filename=path.name[:300], sha256=digest, imported_at=now, imported_by_id=db.actor_id,
                         row_count=len(plan.lines))
    session.add(record)
    session.flush()
    replaced = _replaced_snapshot(session, plan.replaced_ids)
    ordered = sorted(plan.replaced_ids)
    for chunk in range(0, len(ordered), 500):
        session.execute(delete(SalesReport).where(SalesReport.id.in_(ordered[chunk:chunk + 500])))
    for line in plan.lines:
        line["reported_at"] = now
        line["import_id"] = record.id
    if plan.lines:
        session.execute(SalesReport.__table__.insert(), plan.lines)
    audit.record(session, db.actor_id, ENTITY, record.id, "create", None, {
        "filename": record.filename, "sha256": digest, "rows": len(plan.lines),
        "amount_ore": sum(line["amount_ore"] for line in plan.lines),
        "commission_ore": sum(line["commission_ore"] for line in plan.lines),
        "replaced_lines": replaced or None})
    return record.id


def import_sales_job(db, path: Path, *, dry_run: bool = False,
                     replace: bool = False) -> Generator[tuple[int, int, str], None, SalesImportResult]:
    """The import as a worker job: yields (done, total, text) and returns the result."""
    path = Path(path)
    # Tens of thousands of rows and dicts, alive until the end and in no cycle: the collector's full passes over
    # them held the GIL 30–70 ms at a time, stalling the window while the import runs in a worker.
    with collector.paused():
        reading = read_sales_file(path)
        rows: list[SalesRow] = yield from reading
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        errors: list[RowError] = []
        with (db.read() if dry_run else db.write()) as session:
            plan = yield from _plan(session, rows, replace=replace, errors=errors)
            if errors:
                errors.sort(key=lambda e: e.row)
                raise ImportFailed(f"{len(errors)} fel i filen {path.name}. Inget importerades.", errors)
            import_id = None
            if not dry_run:
                yield len(rows), len(rows), f"Sparar {len(plan.lines)} rader…"
                import_id = _write(session, db, path, digest, plan)
    return SalesImportResult(
        path.name, len(plan.lines), len(plan.lines) - plan.replacing_rows, plan.replacing_rows, len(plan.replaced_ids),
        sum(line["amount_ore"] for line in plan.lines), sum(line["commission_ore"] for line in plan.lines),
        dry_run, plan.periods, import_id)


def import_sales(db, path: Path, *, dry_run: bool = False, replace: bool = False,
                 progress: Progress | None = None) -> SalesImportResult:
    """All-or-nothing import in ONE transaction; ImportFailed lists every bad row."""
    steps = import_sales_job(db, path, dry_run=dry_run, replace=replace)
    while True:
        try:
            done, total, text = next(steps)
        except StopIteration as stop:
            return stop.value
        if progress is not None:
            progress(done, total, text)



# --- the template suppliers fill in ------------------------------------------------------------------------

@dataclass(frozen=True)
class TemplateRow:
    agreement_number: str
    agreement_title: str
    org_number: str
    supplier_name: str
    municipality_code: str
    municipality_name: str
    period: str  # "2026-03", as the import reads it


def template_rows(db, supplier_id: int, period: str) -> list[TemplateRow]:
    """One row per agreement in force in the month × participating municipality, for that supplier."""
    try:
        start, kind = sales.parse_period(period)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    if kind != "month":
        raise UserError("Mallen görs per månad: ange perioden som ÅÅÅÅ-MM, t.ex. 2026-03.")
    with db.read() as session:
        supplier = lookup.row(session, Supplier, supplier_id, "ingen leverantör")
        ends = sales.extension_ends(session)
        agreements = [a for a in session.scalars(
            select(FrameworkAgreement).join(AgreementSupplier, AgreementSupplier.agreement_id == FrameworkAgreement.id)
            .where(AgreementSupplier.supplier_id == supplier_id).order_by(FrameworkAgreement.agreement_number))
            if sales.term_error(a, sales.agreement_end(a, ends.get(a.id)), start, kind) is None]
        if not agreements:
            raise UserError(f"{supplier.name} har inget avtal som gäller {sales.period_label(start, kind)}. "
                            "Ingen mall skapades.")
        participants: dict[int, list[tuple[str, str]]] = {}
        for agreement_id, code, name in session.execute(
                select(AgreementParticipant.agreement_id, Municipality.municipality_code, Municipality.name)
                .join(Municipality, Municipality.id == AgreementParticipant.municipality_id)
                .where(AgreementParticipant.agreement_id.in_([a.id for a in agreements]))
                .order_by(Municipality.municipality_code)):
            participants.setdefault(agreement_id, []).append((code, name))
        code_text = sales.period_code(start, kind)
        return [TemplateRow(a.agreement_number, a.title, supplier.org_number, supplier.name, code, name, code_text)
                for a in agreements for code, name in participants.get(a.id, ())]
