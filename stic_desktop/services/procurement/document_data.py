"""What the procurement documents print (anbudsöppningsprotokoll, anbudsutvärdering, tilldelningsbeslut,
lägesrapport), each read in one transaction as frozen records. The renderers in ``documents/`` take these
and never see the database.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType

from stic_desktop.core import clock
from stic_desktop.services.procurement import deadlines, declarations, procurements, tenders
from stic_desktop.services.procurement import parties as procurement_parties
from stic_desktop.services.procurement import stages as procurement_stages
from stic_desktop.services.procurement.deadlines import Standstill
from stic_desktop.services.procurement.declarations import DeclarationRecord
from stic_desktop.services.procurement.procurements import STAGE_LABELS, ProcurementRecord
from stic_desktop.services.procurement.records import STAGES, StageRecord
from stic_desktop.services.procurement.tenders import TenderRecord
from stic_desktop.services.transaction import one_read
from stic_desktop.services.workspace.organisation import OrganisationInfo, get_organisation


@dataclass(frozen=True)
class ProcurementData:
    """One procurement as its documents print it, read once."""

    procurement: ProcurementRecord
    stages: tuple[StageRecord, ...]
    tenders: tuple[TenderRecord, ...]  # in order of receipt
    organisation: OrganisationInfo
    org_numbers: Mapping[int, str] = field(default_factory=lambda: MappingProxyType({}))  # tender id → the supplier's organisation number
    today: date = field(default_factory=clock.today)  # the document's date, read with the data

    def org_number(self, tender: TenderRecord) -> str:
        return self.org_numbers.get(tender.id, "")

    def stage_date(self, stage: str) -> date | None:
        """The stage's actual date, else its planned date."""
        for record in self.stages:
            if record.stage == stage:
                return record.actual_on or record.planned_on
        return None

    def actual(self, stage: str) -> date | None:
        return next((s.actual_on for s in self.stages if s.stage == stage), None)


@dataclass(frozen=True)
class AwardData:
    data: ProcurementData
    municipalities: tuple[str, ...]
    sent_on: date
    electronically: bool
    standstill: Standstill | None  # None for a direct award (without an ex ante notice)


@dataclass(frozen=True)
class IndividualReportData:
    """What the individual report (12 kap. 15-16 §§ LOU) and the notice of cancellation (12 kap. 12 §) print."""

    data: ProcurementData
    municipalities: tuple[str, ...]
    declarations: tuple[DeclarationRecord, ...]
    standstill: Standstill | None
    today: date  # the document's date


@dataclass(frozen=True)
class ProcurementReportData:
    """The running procurements for the lägesrapport; suppliers only where the award decision is sent."""

    running: tuple[ProcurementRecord, ...]
    suppliers: Mapping[int, tuple[str, ...]]  # procurement id → awarded supplier names
    stages: tuple[tuple[str, str], ...]  # (stage, Swedish label) in LOU order
    organisation: OrganisationInfo
    today: date = field(default_factory=clock.today)  # the document's date, read with the data


def _org_numbers(db, procurement_id: int) -> Mapping[int, str]:
    from sqlalchemy import select

    from stic_desktop.models import Supplier, Tender

    with db.read() as session:
        rows = session.execute(select(Tender.id, Supplier.org_number).join(Supplier, Supplier.id == Tender.supplier_id)
                               .where(Tender.procurement_id == procurement_id))
        return MappingProxyType({tender_id: number for tender_id, number in rows})


def _procurement(db, procurement_id: int) -> ProcurementData:
    return ProcurementData(
        procurement=procurements.get_procurement(db, procurement_id),
        stages=tuple(procurement_stages.stages(db, procurement_id)),
        tenders=tuple(tenders.tenders(db, procurement_id)),
        organisation=get_organisation(db),
        org_numbers=_org_numbers(db, procurement_id),
    )


def procurement_document_data(db, procurement_id: int) -> ProcurementData:
    """The procurement, its stages and tenders and the organisation, in one read transaction."""
    with one_read(db) as snapshot:
        return _procurement(snapshot, procurement_id)


def award_document_data(db, procurement_id: int, *, sent_on: date | None = None,
                        electronically: bool | None = None) -> AwardData:
    """The decision as sent on ``sent_on`` (default: the day it was sent, else today), in one read transaction."""
    with one_read(db) as snapshot:
        data = _procurement(snapshot, procurement_id)
        p = data.procurement
        day = sent_on or data.actual("award_decision") or clock.today()
        electronic = p.award_sent_electronically if electronically is None else electronically
        rules = deadlines.rules_map(snapshot)
        if deadlines.needs_standstill(p.procedure):
            period = deadlines.standstill(day, electronic=electronic, rules=rules, days=p.standstill_days)
        elif p.ex_ante_published_on is not None:
            period = deadlines.ex_ante_standstill(p.ex_ante_published_on, rules=rules)
        else:
            period = None
        names = tuple(r.municipality_name for r in procurement_parties.participants(snapshot, procurement_id))
    return AwardData(data, names, day, electronic, period)


def individual_report_data(db, procurement_id: int, *, today: date | None = None) -> IndividualReportData:
    """The procurement, its tenders, participants, declarations and standstill, in one read transaction. Refused
    while the tenders are still secret (before the award decision is sent or the procurement cancelled)."""
    from stic_desktop.errors import UserError

    with one_read(db) as snapshot:
        data = _procurement(snapshot, procurement_id)
        if not data.procurement.tenders_public:
            raise UserError(f"Upphandlingen {data.procurement.case_number} har inget skickat tilldelningsbeslut och "
                            "är inte avbruten; anbuden omfattas av sekretess (19 kap. 3 § OSL). Rapporten kan "
                            "skrivas när tilldelningsbeslutet är skickat.")
        names = tuple(r.municipality_name for r in procurement_parties.participants(snapshot, procurement_id))
        signed = tuple(d for d in declarations.declarations(snapshot, procurement_id))
        period = procurement_stages.standstill_for(snapshot, procurement_id)
    return IndividualReportData(data, names, signed, period, today or clock.today())


def cancellation_notice_data(db, procurement_id: int, *, today: date | None = None) -> IndividualReportData:
    """The cancelled procurement and its tenderers; refused unless it is cancelled."""
    from stic_desktop.errors import UserError

    report = individual_report_data(db, procurement_id, today=today)
    p = report.data.procurement
    if p.stage != "cancelled":
        raise UserError(f"Upphandlingen {p.case_number} är inte avbruten; någon underrättelse om avbrytande kan "
                        "inte skrivas.")
    day = today or p.cancellation_notice_sent_on or clock.today()
    return IndividualReportData(report.data, report.municipalities, report.declarations, None, day)


def procurement_report_data(db) -> ProcurementReportData:
    """Every running procurement, awarded suppliers only through ``tenders.public_results`` (OSL 19 kap. 3 §)."""
    with one_read(db) as snapshot:
        running = tuple(procurements.list_procurements(snapshot, running_only=True))
        suppliers = {p.id: tuple(t.supplier_name for t in tenders.public_results(snapshot, p.id) if t.awarded)
                     for p in running if p.award_sent}
        organisation = get_organisation(snapshot)
    return ProcurementReportData(running, MappingProxyType(suppliers), tuple((s, STAGE_LABELS[s]) for s in STAGES),
                                 organisation)
