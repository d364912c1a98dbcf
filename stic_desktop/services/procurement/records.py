"""The procurement as the other procurement modules read it: labels, ProcurementInput and the frozen
ProcurementRecord/StageRecord, the few-query read that builds them (with each case's stage dates) and the
row lookup.

``procurements`` (the case), ``stages``, ``parties``, ``tenders`` and ``sending`` build on this module.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from types import SimpleNamespace

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from stic_desktop.core import clock
from stic_desktop.errors import NotFound
from stic_desktop.models import Group, Person, Procurement, ProcurementParticipant, ProcurementStage, Proposal
from stic_desktop.models.procurement import STAGES  # noqa: F401  (re-exported)
from stic_desktop.services import lookup

ENTITY = "procurement"

AREA_LABELS = {"social": "Socialt", "technical": "Tekniskt", "other": "Annat"}
CONTRACT_KIND_LABELS = {"supplies_services": "Varor och tjänster", "works": "Byggentreprenad",
                        "social_services": "Sociala tjänster (bilaga 2)"}
PROCEDURE_LABELS = {
    "open": "Öppet förfarande",
    "restricted": "Selektivt förfarande",
    "negotiated": "Förhandlat förfarande med föregående annonsering",
    "competitive_dialogue": "Konkurrenspräglad dialog",
    "innovation_partnership": "Innovationspartnerskap",
    "negotiated_without_notice": "Förhandlat förfarande utan föregående annonsering",
    "below_threshold": "Upphandling under tröskelvärdet",
    "direct_award": "Direktupphandling",
}
STAGE_LABELS = {
    "needs_analysis": "Behovsanalys",
    "requirements": "Kravspecifikation",
    "advertised": "Annonserad",
    "tender_deadline": "Sista anbudsdag",
    "opening": "Anbudsöppning",
    "evaluation": "Utvärdering",
    "award_decision": "Tilldelningsbeslut",
    "standstill": "Avtalsspärr",
    "signed": "Avtal tecknat",
    "closed": "Avslutad",
    "cancelled": "Avbruten",
}

# Issue 15: the opening's details, the decision-maker, and the duties after the award (dates).
AFTER_AWARD_FIELDS = ("opening_time", "opening_place", "opened_by", "opening_witness", "tender_deadline_time",
                      "decision_maker", "decision_delegation", "award_notice_sent_on", "documentation_completed_on",
                      "individual_report_on", "cancellation_notice_sent_on")
PROCUREMENT_FIELDS = ("case_number", "title", "area", "contract_kind", "procedure", "estimated_value_ore",
                      "responsible_id", "contract_group_id", "proposal_id", "stage", "stage_before_cancel",
                      "cancel_reason", "electronic_submission", "prior_information_notice", "urgent",
                      "award_sent_electronically", "tender_period_reason", "opening_attesters", "created_on", "notes",
                      "procedure_grounds", "application_deadline_on", "invitation_sent_on", "tender_period_agreement",
                      "documents_electronic", "standstill_days", "ex_ante_published_on", *AFTER_AWARD_FIELDS)

FIELD_LABELS = {
    "case_number": "Diarienummer",
    "title": "Rubrik",
    "area": "Område",
    "contract_kind": "Kontraktstyp",
    "procedure": "Förfarande",
    "estimated_value_ore": "Uppskattat värde (öre)",
    "responsible_id": "Ansvarig",
    "contract_group_id": "Avtalsgrupp",
    "proposal_id": "Förslag",
    "stage": "Steg",
    "stage_before_cancel": "Steg före avbrottet",
    "cancel_reason": "Skäl till avbrottet",
    "electronic_submission": "Elektroniska anbud",
    "prior_information_notice": "Förhandsannonsering",
    "urgent": "Brådskande",
    "award_sent_electronically": "Tilldelningsbeslutet skickas elektroniskt",
    "tender_period_reason": "Skäl till brådska (kortare tidsfrister)",
    "procedure_grounds": "Skäl för förfarandet",
    "application_deadline_on": "Sista dag för anbudsansökningar",
    "invitation_sent_on": "Inbjudan att lämna anbud skickad",
    "tender_period_agreement": "Anbudstid överenskommen med anbudssökandena",
    "documents_electronic": "Upphandlingsdokumenten fritt tillgängliga elektroniskt",
    "standstill_days": "Avtalsspärr, angivet antal dagar",
    "ex_ante_published_on": "Annons om avsikt att tilldela kontrakt publicerad",
    "opening_attesters": "Bevittnare vid anbudsöppningen",
    "opening_time": "Anbudsöppningen, klockslag",
    "opening_place": "Anbudsöppningen, plats",
    "opened_by": "Anbuden öppnades av",
    "opening_witness": "Vittne vid anbudsöppningen",
    "tender_deadline_time": "Sista anbudsdag, klockslag",
    "decision_maker": "Beslutsfattare",
    "decision_delegation": "Delegation",
    "award_notice_sent_on": "Efterannons skickad",
    "documentation_completed_on": "Dokumentationen komplett",
    "individual_report_on": "Individuell rapport upprättad",
    "cancellation_notice_sent_on": "Underrättelse om avbrytande skickad",
    "created_on": "Skapad",
    "notes": "Anteckningar",
    "participants": "Deltagande kommuner",
    "reason": "Skäl",
    **{f"{s}.planned_on": f"{STAGE_LABELS[s]}, planerat datum" for s in STAGES},
    **{f"{s}.actual_on": f"{STAGE_LABELS[s]}, faktiskt datum" for s in STAGES},
}


@dataclass(frozen=True)
class ProcurementInput:
    """Values as entered; ``case_number`` "" means the next STIC-YYYY-NNN (kept as it is on an update)."""

    title: str = ""
    area: str = "other"
    contract_kind: str = "supplies_services"
    procedure: str = "open"
    estimated_value_ore: int = 0
    responsible_id: int | None = None
    contract_group_id: int | None = None
    proposal_id: int | None = None
    electronic_submission: bool = True
    prior_information_notice: bool = False
    urgent: bool = False
    award_sent_electronically: bool = True
    tender_period_reason: str = ""
    notes: str = ""
    case_number: str = ""
    procedure_grounds: str = ""  # why a negotiated procedure or dialogue (6 kap. 5-6 §§) or one without notice
    application_deadline_on: date | None = None
    invitation_sent_on: date | None = None
    tender_period_agreement: str = ""  # "", "agreed" or "not_reached" (11 kap. 7 §)
    documents_electronic: bool = True
    standstill_days: int | None = None  # a longer standstill than the minimum, as stated in the award decision
    ex_ante_published_on: date | None = None


@dataclass(frozen=True)
class ProcurementRecord:
    id: int
    case_number: str
    title: str
    area: str
    area_label: str
    contract_kind: str
    contract_kind_label: str
    procedure: str
    procedure_label: str
    estimated_value_ore: int
    responsible_id: int | None
    responsible_name: str  # "" when none
    contract_group_id: int | None
    contract_group_name: str
    proposal_id: int | None
    proposal_title: str
    stage: str
    stage_label: str
    cancel_reason: str
    electronic_submission: bool
    prior_information_notice: bool
    urgent: bool
    award_sent_electronically: bool
    tender_period_reason: str
    opening_attesters: tuple[str, ...]
    created_on: date
    notes: str
    participant_count: int
    missing_poa_count: int
    next_deadline: date | None  # the planned date of the first stage not reached yet
    next_deadline_label: str  # that stage's name, "" when none
    overdue: bool
    award_sent: bool  # the award decision has an actual date
    procedure_grounds: str
    application_deadline_on: date | None
    invitation_sent_on: date | None
    tender_period_agreement: str
    documents_electronic: bool
    standstill_days: int | None
    ex_ante_published_on: date | None
    row_version: int | None = None  # as loaded; a form hands it back (see services.versions)
    opening_time: str = ""  # "HH:MM"
    opening_place: str = ""
    opened_by: str = ""
    opening_witness: str = ""
    tender_deadline_time: str = ""  # "HH:MM"; "" is the end of the day
    decision_maker: str = ""
    decision_delegation: str = ""
    award_notice_sent_on: date | None = None
    documentation_completed_on: date | None = None
    individual_report_on: date | None = None
    cancellation_notice_sent_on: date | None = None
    signed_on: date | None = None  # the stage "Avtal tecknat", actual date

    @property
    def tenders_public(self) -> bool:
        """Tender contents are no longer secret once the award decision is sent or the procurement is cancelled
        (OSL 19 kap. 3 § andra stycket)."""
        return self.award_sent or self.stage == "cancelled"

    @property
    def running(self) -> bool:
        return self.stage not in ("closed", "cancelled")

    def as_input(self) -> ProcurementInput:
        return ProcurementInput(
            title=self.title, area=self.area, contract_kind=self.contract_kind, procedure=self.procedure,
            estimated_value_ore=self.estimated_value_ore, responsible_id=self.responsible_id,
            contract_group_id=self.contract_group_id, proposal_id=self.proposal_id,
            electronic_submission=self.electronic_submission, prior_information_notice=self.prior_information_notice,
            urgent=self.urgent, award_sent_electronically=self.award_sent_electronically,
            tender_period_reason=self.tender_period_reason, notes=self.notes, case_number=self.case_number,
            procedure_grounds=self.procedure_grounds, application_deadline_on=self.application_deadline_on,
            invitation_sent_on=self.invitation_sent_on, tender_period_agreement=self.tender_period_agreement,
            documents_electronic=self.documents_electronic, standstill_days=self.standstill_days,
            ex_ante_published_on=self.ex_ante_published_on)


@dataclass(frozen=True)
class StageRecord:
    stage: str
    label: str
    position: int  # 1..10
    planned_on: date | None
    actual_on: date | None


StageDates = dict[str, tuple[date | None, date | None]]  # stage -> (planned_on, actual_on)


def attesters(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def next_deadline(stage: str, dates: StageDates) -> tuple[date | None, str]:
    """The planned date (and stage name) of the first stage after the current one that is not reached."""
    if stage not in STAGES:
        return None, ""
    for later in STAGES[STAGES.index(stage) + 1:]:
        planned, actual = dates.get(later, (None, None))
        if actual is None and planned is not None:
            return planned, STAGE_LABELS[later]
    return None, ""


def _query():
    responsible = aliased(Person)
    participant = ProcurementParticipant
    count = (select(func.count()).where(participant.procurement_id == Procurement.id)
             .correlate(Procurement).scalar_subquery())
    missing = (select(func.count())
               .where(participant.procurement_id == Procurement.id,
                      or_(participant.poa_received_on.is_(None), participant.poa_sha256.is_(None)))
               .correlate(Procurement).scalar_subquery())
    # the procurement's columns as a plain row, not an ORM object: the list reads 3,000 of them at huge
    return (select(*Procurement.__table__.c, responsible.name.label("responsible_name"),
                   Group.name.label("group_name"), Proposal.title.label("proposal_title"),
                   count.label("participant_count"), missing.label("missing_count"))
            .select_from(Procurement)
            .outerjoin(responsible, responsible.id == Procurement.responsible_id)
            .outerjoin(Group, Group.id == Procurement.contract_group_id)
            .outerjoin(Proposal, Proposal.id == Procurement.proposal_id))


def stage_dates(session: Session, procurement_ids: Iterable[int] | None = None, *,
                for_records: bool = False) -> dict[int, StageDates]:
    """Every stage row in one query: {procurement id: {stage: (planned, actual)}}. ``for_records``: only the rows
    a ProcurementRecord reads (the stages not reached with a planned date, the award decision and the signing;
    at huge 11,000 of 30,000 rows)."""
    query = select(ProcurementStage.procurement_id, ProcurementStage.stage, ProcurementStage.planned_on,
                   ProcurementStage.actual_on)
    if for_records:
        query = query.where(or_(and_(ProcurementStage.actual_on.is_(None), ProcurementStage.planned_on.is_not(None)),
                                ProcurementStage.stage.in_(("award_decision", "signed"))))
    if procurement_ids is not None:
        query = query.where(ProcurementStage.procurement_id.in_(list(procurement_ids)))
    found: dict[int, StageDates] = {}
    for pid, stage, planned, actual in session.execute(query):
        found.setdefault(pid, {})[stage] = (planned, actual)
    return found


def _record(p, dates: StageDates, today: date) -> ProcurementRecord:
    """``p``: a row of ``_query``."""
    responsible, group, proposal = p.responsible_name, p.group_name, p.proposal_title
    count, missing = p.participant_count, p.missing_count
    deadline, deadline_label = next_deadline(p.stage, dates)
    return ProcurementRecord(
        p.id, p.case_number, p.title, p.area, AREA_LABELS[p.area], p.contract_kind,
        CONTRACT_KIND_LABELS[p.contract_kind], p.procedure, PROCEDURE_LABELS[p.procedure], p.estimated_value_ore,
        p.responsible_id, responsible or "", p.contract_group_id, group or "", p.proposal_id, proposal or "",
        p.stage, STAGE_LABELS[p.stage], p.cancel_reason, p.electronic_submission, p.prior_information_notice,
        p.urgent, p.award_sent_electronically, p.tender_period_reason, attesters(p.opening_attesters), p.created_on,
        p.notes, int(count or 0), int(missing or 0), deadline, deadline_label,
        deadline is not None and deadline < today, dates.get("award_decision", (None, None))[1] is not None,
        p.procedure_grounds, p.application_deadline_on, p.invitation_sent_on, p.tender_period_agreement,
        p.documents_electronic, p.standstill_days, p.ex_ante_published_on, p.row_version,
        **{name: getattr(p, name) for name in AFTER_AWARD_FIELDS}, signed_on=dates.get("signed", (None, None))[1])


def records(session: Session, *, running_only: bool = False, today: date | None = None) -> list[ProcurementRecord]:
    """All procurements (newest case number first) in two queries: the rows, and every stage date."""
    query = _query()
    if running_only:
        query = query.where(Procurement.stage.not_in(("closed", "cancelled")))
    rows = session.execute(query.order_by(Procurement.created_on.desc(), Procurement.case_number.desc())).all()
    dates = stage_dates(session, for_records=True)
    today = today or clock.today()
    # each row as a namespace: _record reads ~50 of its columns, and a Row's attributes cost more than a dict's
    return [_record(SimpleNamespace(**row._asdict()), dates.get(row.id, {}), today) for row in rows]


def procurement_record(session: Session, procurement_id: int) -> ProcurementRecord:
    row = session.execute(_query().where(Procurement.id == procurement_id)).one_or_none()
    if row is None:
        raise NotFound(f"Det finns ingen upphandling med id {procurement_id}.")
    return _record(row, stage_dates(session, [procurement_id], for_records=True).get(procurement_id, {}), clock.today())


def get_row(session: Session, procurement_id: int) -> Procurement:
    return lookup.row(session, Procurement, procurement_id, "ingen upphandling")


def reread(session: Session, procurement: Procurement) -> ProcurementRecord:
    session.flush()
    return procurement_record(session, procurement.id)
