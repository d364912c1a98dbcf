"""What the commission documents show, gathered once: the invoicing basis (fakturaunderlag) per supplier and
period, and the year's commission report for the steering group.

Every figure is a sum of the stored, rounded report lines (integer öre), the same figures the commission
page shows, so a printed total can always be traced back to its lines.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from stic_desktop.core import dates
from stic_desktop.errors import ValidationError
from stic_desktop.models import FrameworkAgreement, Municipality, SalesReport
from stic_desktop.services.agreements import suppliers
from stic_desktop.services.commission import budget, commission
from stic_desktop.services.commission.commission import NO_MUNICIPALITY, TotalRow, rate_text
from stic_desktop.services.commission.sales import period_label
from stic_desktop.services.procurement.parties import swedish_key


def period_range(year: int, month: int | None = None) -> tuple[date, date]:
    """The first and last day of a month, or of the whole year when ``month`` is None."""
    if isinstance(year, bool) or not isinstance(year, int) or not budget.MIN_YEAR <= year <= budget.MAX_YEAR:
        raise ValidationError("year", f"Året ska vara ett årtal mellan {budget.MIN_YEAR} och {budget.MAX_YEAR}.")
    if month is None:
        return date(year, 1, 1), date(year, 12, 31)
    if isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12:
        raise ValidationError("month", "Månaden ska vara ett tal från 1 till 12.")
    following = date(year + (month == 12), month % 12 + 1, 1)
    return date(year, month, 1), date.fromordinal(following.toordinal() - 1)


def period_text(year: int, month: int | None = None) -> str:
    """"mars 2026" or "helåret 2026"."""
    return dates.month_year(date(year, month, 1)) if month else f"helåret {year}"


@dataclass(frozen=True)
class BasisLine:
    municipality_code: str  # "" on a whole-period zero report
    municipality_name: str
    period_label: str
    amount_ore: int
    rate_bp: int
    commission_ore: int

    @property
    def rate_text(self) -> str:
        return rate_text(self.rate_bp)


@dataclass(frozen=True)
class BasisGroup:
    """One agreement's lines with their sums."""

    agreement_id: int
    agreement_number: str
    agreement_title: str
    lines: tuple[BasisLine, ...]
    amount_ore: int
    commission_ore: int


@dataclass(frozen=True)
class InvoicingBasis:
    supplier_id: int
    supplier_name: str
    org_number: str
    address: str
    contact: str  # the supplier's contact for sales reports, "" when none
    year: int
    month: int | None
    first_day: date
    last_day: date
    groups: tuple[BasisGroup, ...]
    amount_ore: int
    commission_ore: int

    @property
    def period_text(self) -> str:
        return period_text(self.year, self.month)

    @property
    def line_count(self) -> int:
        return sum(len(group.lines) for group in self.groups)


def invoicing_basis(db, supplier_id: int, year: int, month: int | None = None) -> InvoicingBasis:
    """Every report line of the supplier whose period starts in the month (or year), grouped by agreement."""
    first, last = period_range(year, month)
    supplier = suppliers.get_supplier(db, supplier_id)
    query = (select(SalesReport.agreement_id, FrameworkAgreement.agreement_number, FrameworkAgreement.title,
                    Municipality.municipality_code, Municipality.name, SalesReport.period_start,
                    SalesReport.period_kind, SalesReport.amount_ore, SalesReport.rate_bp, SalesReport.commission_ore)
             .join(FrameworkAgreement, FrameworkAgreement.id == SalesReport.agreement_id)
             .outerjoin(Municipality, Municipality.id == SalesReport.municipality_id)
             .where(SalesReport.supplier_id == supplier_id, SalesReport.period_start >= first,
                    SalesReport.period_start <= last)
             .order_by(FrameworkAgreement.agreement_number, SalesReport.period_start,
                       Municipality.municipality_code.is_(None), Municipality.municipality_code))
    grouped: dict[int, tuple[str, str, list[BasisLine]]] = {}
    with db.read() as session:
        for agreement_id, number, title, code, town, start, kind, amount, rate, fee in session.execute(query):
            line = BasisLine(code or "", town or NO_MUNICIPALITY, period_label(start, kind), amount, rate, fee)
            grouped.setdefault(agreement_id, (number, title, []))[2].append(line)
    groups = tuple(BasisGroup(agreement_id, number, title, tuple(lines), sum(line.amount_ore for line in lines),
                              sum(line.commission_ore for line in lines))
                   for agreement_id, (number, title, lines) in grouped.items())
    contact = ", ".join(part for part in (supplier.sales_contact_name, supplier.sales_contact_email) if part)
    return InvoicingBasis(supplier.id, supplier.name, supplier.org_number, supplier.address, contact, year, month,
                          first, last, groups, sum(g.amount_ore for g in groups), sum(g.commission_ore for g in groups))


@dataclass(frozen=True)
class CommissionReport:
    """The year in figures: totals, per month, per agreement, supplier and municipality, and the budget."""

    year: int
    by_agreement: tuple[TotalRow, ...]
    by_supplier: tuple[TotalRow, ...]
    by_municipality: tuple[TotalRow, ...]
    monthly: tuple[int, ...]  # commission per month, öre
    previous_monthly: tuple[int, ...]  # the year before, for comparison
    budget: budget.BudgetTable
    rates: tuple[commission.RateRecord, ...]  # every rate decision: the default rate's and agreements' own
    through_month: int = 12  # the last month that has ended; < 12 for the running year (a preliminary report)

    @property
    def preliminary(self) -> bool:
        return self.through_month < 12

    @property
    def compared_commission_ore(self) -> int:
        """This year's commission in the months that have ended (the like period for a comparison)."""
        return sum(self.monthly[:self.through_month])

    @property
    def previous_compared_ore(self) -> int:
        """The year before's commission in the same months."""
        return sum(self.previous_monthly[:self.through_month])

    @property
    def amount_ore(self) -> int:
        return sum(row.amount_ore for row in self.by_agreement)

    @property
    def commission_ore(self) -> int:
        return sum(row.commission_ore for row in self.by_agreement)

    @property
    def lines(self) -> int:
        return sum(row.lines for row in self.by_agreement)

    @property
    def previous_commission_ore(self) -> int:
        return sum(self.previous_monthly)


def commission_report(db, year: int) -> CommissionReport:
    period_range(year)
    return CommissionReport(
        year, tuple(commission.totals(db, year=year, group_by="agreement")),
        tuple(sorted(commission.totals(db, year=year, group_by="supplier"),
                     key=lambda row: (row.key is None, swedish_key(row.label)))),
        tuple(commission.totals(db, year=year, group_by="municipality")),
        tuple(commission.monthly_commission(db, year)), tuple(commission.monthly_commission(db, year - 1)),
        budget.budget_table(db, year), tuple(commission.list_rates(db)))
