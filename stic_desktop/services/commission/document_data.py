"""What the commission documents print (fakturaunderlag, provisionsrapport, the sales-report template a
supplier fills in), each read in one transaction with the organisation that heads it or the Swedish column
names it prints. The renderers in ``documents/`` take these and never see the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from stic_desktop.core import clock
from stic_desktop.errors import ValidationError
from stic_desktop.services.commission.reports import (
    CommissionReport,
    InvoicingBasis,
    commission_report,
    invoicing_basis,
)
from stic_desktop.services.commission.sales_file import COLUMN_NAMES, SHEET_NAME
from stic_desktop.services.commission.sales_import import TemplateRow, template_rows
from stic_desktop.services.transaction import one_read
from stic_desktop.services.workspace.organisation import OrganisationInfo, get_organisation


@dataclass(frozen=True)
class InvoicingBasisData:
    basis: InvoicingBasis
    organisation: OrganisationInfo
    today: date = field(default_factory=clock.today)  # the document's date, read with the data


@dataclass(frozen=True)
class CommissionReportData:
    report: CommissionReport
    organisation: OrganisationInfo
    today: date = field(default_factory=clock.today)  # the document's date, read with the data


def invoicing_basis_data(db, supplier_id: int, year: int, month: int | None = None) -> InvoicingBasisData:
    """One supplier's report lines for the month (or year), in one read transaction."""
    with one_read(db) as snapshot:
        return InvoicingBasisData(invoicing_basis(snapshot, supplier_id, year, month), get_organisation(snapshot))


def commission_report_data(db, year: int, *, today: date | None = None) -> CommissionReportData:
    """The year's commission, budget and comparisons, in one read transaction.

    The running year is preliminary: it runs through the last month that has ended, and compares with the
    same months of the year before (not a whole year). A year that has not begun is refused.
    """
    day = today or clock.today()
    if isinstance(year, int) and not isinstance(year, bool) and year > day.year:
        raise ValidationError("year", f"År {year} har inte börjat än, så det finns ingen provision att rapportera. "
                                      f"Välj {day.year} eller ett tidigare år.")
    with one_read(db) as snapshot:
        report = commission_report(snapshot, year)
        if year == day.year:
            report = replace(report, through_month=day.month - 1)
        return CommissionReportData(report, get_organisation(snapshot), day)


# The template's columns: what the sales import reads (by these exact names), each followed by its name in words.
TEMPLATE_HEADERS = (COLUMN_NAMES["agreement"], "Avtal", COLUMN_NAMES["supplier"], "Leverantörens namn",
                    COLUMN_NAMES["municipality"], "Kommun", COLUMN_NAMES["period"], COLUMN_NAMES["amount"])


@dataclass(frozen=True)
class SalesTemplateData:
    sheet_name: str  # the sheet the sales import reads
    headers: tuple[str, ...]
    rows: tuple[TemplateRow, ...]


def sales_template_data(db, supplier_id: int, period: str) -> SalesTemplateData:
    """One row per agreement in force in the month (``YYYY-MM``) × participating municipality, for one
    supplier; UserError when nothing applies."""
    return SalesTemplateData(SHEET_NAME, TEMPLATE_HEADERS, tuple(template_rows(db, supplier_id, period)))
