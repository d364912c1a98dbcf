"""What the commission documents print (fakturaunderlag, provisionsrapport), each read in one transaction
with the organisation that heads it. The renderers in ``documents/`` take these and never see the database.
"""

from __future__ import annotations

from dataclasses import dataclass

from stic_desktop.services.commission.reports import CommissionReport, InvoicingBasis, commission_report, invoicing_basis
from stic_desktop.services.transaction import one_read
from stic_desktop.services.workspace.organisation import OrganisationInfo, get_organisation


@dataclass(frozen=True)
class InvoicingBasisData:
    basis: InvoicingBasis
    organisation: OrganisationInfo


@dataclass(frozen=True)
class CommissionReportData:
    report: CommissionReport
    organisation: OrganisationInfo


def invoicing_basis_data(db, supplier_id: int, year: int, month: int | None = None) -> InvoicingBasisData:
    """One supplier's report lines for the month (or year), in one read transaction."""
    with one_read(db) as snapshot:
        return InvoicingBasisData(invoicing_basis(snapshot, supplier_id, year, month), get_organisation(snapshot))


def commission_report_data(db, year: int) -> CommissionReportData:
    """The year's commission, budget and comparisons, in one read transaction."""
    with one_read(db) as snapshot:
        return CommissionReportData(commission_report(snapshot, year), get_organisation(snapshot))
