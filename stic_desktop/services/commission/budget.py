"""The yearly budget (income and cost lines) and its outcome, for the steering group's follow-up.

Outcomes are entered by hand, except on an income line whose source is "commission": its outcome is
that year's commission total, the sum of the stored, rounded sales-report lines, so the budget table
always agrees with the commission figures to the öre.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from stic_desktop.core import money
from stic_desktop.errors import ValidationError
from stic_desktop.models import BudgetLine, SalesReport
from stic_desktop.services import audit, lookup, validation, versions

ENTITY = "budget_line"
KIND_LABELS = {"income": "Intäkter", "cost": "Kostnader"}
SOURCE_LABELS = {"manual": "Inmatat", "commission": "Provision (beräknas)"}
STORED_FIELDS = ("year", "kind", "name", "budget_ore", "outcome_ore", "source", "position")
FIELD_LABELS = {"year": "År", "kind": "Typ", "name": "Benämning", "budget_ore": "Budget (öre)",
                "outcome_ore": "Utfall (öre)", "source": "Källa", "position": "Ordning"}
MIN_YEAR, MAX_YEAR = 2000, 2100
MAX_ORE = 10**13  # 100 000 000 000 kr: far above any budget, keeps sums exact


def parse_kronor(value: str | int | Decimal | None, what: str, *, optional: bool = False) -> int | None:
    """"1 234,56" / "1234.5" / Decimal → öre (exact); an int is already öre. Empty: None if optional."""
    if isinstance(value, bool):
        raise ValueError(f"{what} ska vara ett belopp i kronor.")
    if value is None or (isinstance(value, str) and not value.strip()):
        if optional:
            return None
        raise ValueError(f"{what} måste fyllas i (skriv 0 om det inte finns något).")
    if isinstance(value, int):
        ore = value
    else:
        try:
            ore = money.parse(value)
        except ValidationError as error:
            raise ValueError(error.message) from None
    if ore < 0:
        raise ValueError(f"{what} kan inte vara negativt.")
    if ore > MAX_ORE:
        raise ValueError(f"{what} är orimligt stort. Kontrollera beloppet.")
    return ore


@dataclass(frozen=True)
class BudgetInput:
    """Values as typed: amounts as kronor text (or öre as int); an empty outcome means none yet."""

    year: int | None = None
    kind: str = "income"
    name: str = ""
    budget: str | int | Decimal = ""
    outcome: str | int | Decimal | None = ""
    source: str = "manual"


@dataclass(frozen=True)
class BudgetRecord:
    id: int
    year: int
    kind: str
    kind_label: str
    name: str
    budget_ore: int
    outcome_ore: int | None  # computed for a commission line; None when nothing entered yet
    outcome_computed: bool
    source: str
    source_label: str
    position: int
    row_version: int | None = None  # as loaded; a form hands it back (see services.versions)

    @property
    def difference_ore(self) -> int | None:
        """Outcome minus budget (positive: more income, or more cost, than budgeted)."""
        return None if self.outcome_ore is None else self.outcome_ore - self.budget_ore

    def as_input(self) -> BudgetInput:
        outcome = "" if self.outcome_computed or self.outcome_ore is None else self.outcome_ore
        return BudgetInput(self.year, self.kind, self.name, self.budget_ore, outcome, self.source)


@dataclass(frozen=True)
class BudgetTable:
    """"Budget och utfall": the lines, sums per kind and the result (income minus costs)."""

    year: int
    lines: tuple[BudgetRecord, ...]
    commission_ore: int  # the year's commission from the sales reports
    income_budget_ore: int
    income_outcome_ore: int
    cost_budget_ore: int
    cost_outcome_ore: int

    @property
    def result_budget_ore(self) -> int:
        return self.income_budget_ore - self.cost_budget_ore

    @property
    def result_outcome_ore(self) -> int:
        return self.income_outcome_ore - self.cost_outcome_ore

    def of_kind(self, kind: str) -> list[BudgetRecord]:
        return [line for line in self.lines if line.kind == kind]


def commission_total_in(session: Session, year: int) -> int:
    """The year's commission: the sum of the stored, rounded lines whose period starts in the year."""
    return int(session.scalar(select(func.coalesce(func.sum(SalesReport.commission_ore), 0)).where(
        SalesReport.period_start >= date(year, 1, 1), SalesReport.period_start <= date(year, 12, 31))) or 0)


def _record(row: BudgetLine, commission: int) -> BudgetRecord:
    computed = row.source == "commission"
    return BudgetRecord(row.id, row.year, row.kind, KIND_LABELS.get(row.kind, row.kind), row.name, row.budget_ore,
                        commission if computed else row.outcome_ore, computed, row.source,
                        SOURCE_LABELS.get(row.source, row.source), row.position, row.row_version)


def _ordered(session: Session, year: int) -> list[BudgetLine]:
    return list(session.scalars(select(BudgetLine).where(BudgetLine.year == year).order_by(
        BudgetLine.kind != "income", BudgetLine.position, BudgetLine.name, BudgetLine.id)))


def list_budget(db, year: int) -> list[BudgetRecord]:
    """The year's lines: income first, then costs, each in their order."""
    return list(budget_table(db, year).lines)


def budget_table(db, year: int) -> BudgetTable:
    with db.read() as session:
        commission = commission_total_in(session, year)
        lines = tuple(_record(row, commission) for row in _ordered(session, year))
    income = [line for line in lines if line.kind == "income"]
    costs = [line for line in lines if line.kind == "cost"]
    return BudgetTable(year, lines, commission, sum(line.budget_ore for line in income),
                       sum(line.outcome_ore or 0 for line in income), sum(line.budget_ore for line in costs),
                       sum(line.outcome_ore or 0 for line in costs))


def get_budget_line(db, line_id: int) -> BudgetRecord:
    with db.read() as session:
        row = _row(session, line_id)
        return _record(row, commission_total_in(session, row.year))


def budget_years(db) -> list[int]:
    """Years with a budget or with sales reports, newest first (the page's year picker)."""
    with db.read() as session:
        years = set(session.scalars(select(BudgetLine.year).distinct()))
        # two queries: SQLite reads min() or max() alone from the end of the index, both together scan the table
        first = session.scalar(select(func.min(SalesReport.period_start)))
        last = session.scalar(select(func.max(SalesReport.period_start)))
        if first is not None:
            years |= set(range(first.year, last.year + 1))
    return sorted(years, reverse=True)


def _row(session: Session, line_id: int) -> BudgetLine:
    return lookup.row(session, BudgetLine, line_id, "ingen budgetrad")


def _validated(session: Session, data: BudgetInput, line_id: int | None) -> dict:
    errors = validation.FieldErrors()
    values: dict = {}
    year = data.year
    if isinstance(year, bool) or not isinstance(year, int) or not MIN_YEAR <= year <= MAX_YEAR:
        errors.add("year", f"Året ska vara ett årtal mellan {MIN_YEAR} och {MAX_YEAR}.")
    if data.kind not in KIND_LABELS:
        errors.add("kind", f"Okänd typ ”{data.kind}”. Välj intäkter eller kostnader.")
    if data.source not in SOURCE_LABELS:
        errors.add("source", f"Okänd källa ”{data.source}”.")
    elif data.source == "commission" and data.kind != "income":
        errors.add("source", "Provisionen är en intäkt; välj typen intäkter för den raden.")
    errors.parse_into(values, "name", validation.require_text, data.name or "", "Benämningen", 200)
    for field, raw, what, optional in (("budget_ore", data.budget, "Budgeten", False),
                                       ("outcome_ore", data.outcome, "Utfallet", True)):
        try:
            values[field] = parse_kronor(raw, what, optional=optional)
        except ValueError as exc:
            errors.add(field.removesuffix("_ore"), str(exc))
    if data.source == "commission" and values.get("outcome_ore") is not None:
        errors.add("outcome", "Utfallet för provisionen beräknas från försäljningsrapporterna "
                              "och kan inte matas in.")
    if not errors:
        same = select(BudgetLine.id).where(BudgetLine.year == year, BudgetLine.id != (line_id or 0))
        if session.scalar(same.where(BudgetLine.kind == data.kind, BudgetLine.name == values["name"])):
            errors.add("name", f"Det finns redan en rad ”{values['name']}” under "
                               f"{KIND_LABELS[data.kind].lower()} {year}.")
        if data.source == "commission" and session.scalar(same.where(BudgetLine.source == "commission")):
            errors.add("source", f"Budgeten för {year} har redan en provisionsrad.")
    errors.raise_if_any()
    return {**values, "year": year, "kind": data.kind, "source": data.source}


def save_budget_line(db, data: BudgetInput, line_id: int | None = None, *,
                     expected_version: int | None = None) -> BudgetRecord:
    """Adds a line last in its kind (no id) or changes one; audited, one transaction. ``expected_version``
    refuses saving over someone else's newer change (services.versions)."""
    with db.write() as session:
        if line_id is not None:
            existing = _row(session, line_id)
            versions.check_version(session, ENTITY, existing, expected_version, f"budgetraden ”{existing.name}”")
        values = _validated(session, data, line_id)
        if line_id is None:
            last = session.scalar(select(func.max(BudgetLine.position)).where(
                BudgetLine.year == values["year"], BudgetLine.kind == values["kind"]))
            row = BudgetLine(**values, position=(last + 1) if last is not None else 0)
            audit.created(session, db.actor_id, ENTITY, row, STORED_FIELDS)
        else:
            row = _row(session, line_id)
            audit.updated(session, db.actor_id, ENTITY, row, values, STORED_FIELDS)
        return _record(row, commission_total_in(session, row.year))


def delete_budget_line(db, line_id: int) -> None:
    with db.write() as session:
        row = _row(session, line_id)
        audit.deleted(session, db.actor_id, ENTITY, row, STORED_FIELDS)


def copy_budget(db, from_year: int, to_year: int) -> int:
    """Starts ``to_year`` from ``from_year``'s lines (budget amounts, no outcome); refused when it has lines."""
    with db.write() as session:
        if not MIN_YEAR <= to_year <= MAX_YEAR:
            raise ValidationError("year", f"Året ska vara ett årtal mellan {MIN_YEAR} och {MAX_YEAR}.")
        if session.scalar(select(BudgetLine.id).where(BudgetLine.year == to_year).limit(1)) is not None:
            raise ValidationError("year", f"Budgeten för {to_year} har redan rader; ändra dem i stället.")
        source = _ordered(session, from_year)
        if not source:
            raise ValidationError("year", f"Det finns ingen budget för {from_year} att utgå från.")
        for line in source:
            row = BudgetLine(year=to_year, kind=line.kind, name=line.name, budget_ore=line.budget_ore,
                             outcome_ore=None, source=line.source, position=line.position)
            audit.created(session, db.actor_id, ENTITY, row, STORED_FIELDS)
        return len(source)
