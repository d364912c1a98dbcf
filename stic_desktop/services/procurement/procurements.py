"""Procurements (upphandlingar): create (also from a decided proposal), edit, delete, list, opening witnesses.

The stage flow (dates, next step, back, cancel, tender period, standstill) lives in ``stages``
and the shared labels and records in ``records``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from stic_desktop.core import clock
from stic_desktop.errors import FieldError, ValidationError
from stic_desktop.models import (
    Group,
    Municipality,
    Person,
    Procurement,
    ProcurementParticipant,
    ProcurementStage,
    Proposal,
    ProposalInterest,
    RequirementDocument,
    Tender,
)
from stic_desktop.services import audit, lookup, validation, versions
from stic_desktop.services.procurement.records import (
    AREA_LABELS,
    CONTRACT_KIND_LABELS,
    ENTITY,
    PROCEDURE_LABELS,
    PROCUREMENT_FIELDS,
    STAGE_LABELS,
    ProcurementInput,
    ProcurementRecord,
    get_row,
    procurement_record,
    records,
    reread,
)
from stic_desktop.services.procurement.stages import ensure_tender_period, stage_dates
from stic_desktop.services.proposals.proposals import STATUS_LABELS as PROPOSAL_STATUS_LABELS
from stic_desktop.services.transaction import retrying
from stic_desktop.storage import blobs as storage

_GENERATED = re.compile(r"^STIC-(\d{4})-(\d+)$")
# Procedures whose grounds must be recorded (and printed in the individual report, 12 kap. 16 § 4).
GROUNDS_REQUIRED = {
    "negotiated": "LOU 6 kap. 5–6 §§",
    "competitive_dialogue": "LOU 6 kap. 21 §, jfr 5–6 §§",
    "negotiated_without_notice": "LOU 6 kap. 12–19 §§",
}


def list_procurements(db, *, running_only: bool = False) -> list[ProcurementRecord]:
    """Newest first; two queries whatever the number of procurements."""
    with db.read() as session:
        return records(session, running_only=running_only)


def get_procurement(db, procurement_id: int) -> ProcurementRecord:
    with db.read() as session:
        return procurement_record(session, procurement_id)


def next_case_number(session: Session, year: int) -> str:
    """STIC-YYYY-NNN: one more than the highest number used that year."""
    used = session.scalars(select(Procurement.case_number).where(Procurement.case_number.like(f"STIC-{year}-%")))
    numbers = [int(m.group(2)) for text in used if (m := _GENERATED.match(text)) and int(m.group(1)) == year]
    return f"STIC-{year}-{max(numbers, default=0) + 1:03d}"


def _text(errors: validation.FieldErrors, values: dict, field: str, text: str, what: str, max_length: int,
          required: bool = False) -> None:
    parse = validation.require_text if required else validation.optional_text
    errors.parse_into(values, field, parse, text or "", what, max_length)


def _validated(session: Session, data: ProcurementInput, existing: Procurement | None) -> dict:
    """Values ready to store, or a ValidationError listing every wrong field."""
    errors = validation.FieldErrors()
    values: dict = {}
    _text(errors, values, "title", data.title, "Rubriken", 300, required=True)
    _text(errors, values, "notes", data.notes, "Anteckningarna", 20000)
    _text(errors, values, "tender_period_reason", data.tender_period_reason, "Skälet till den kortare anbudstiden",
          2000)
    _text(errors, values, "case_number", data.case_number, "Diarienumret", 20)
    _text(errors, values, "procedure_grounds", data.procedure_grounds, "Skälen för förfarandet", 5000)
    for field, labels, what in (("area", AREA_LABELS, "område"), ("contract_kind", CONTRACT_KIND_LABELS,
                                "kontraktstyp"), ("procedure", PROCEDURE_LABELS, "förfarande")):
        value = getattr(data, field)
        if value not in labels:
            errors.add(field, f"Okänd {what} ”{value}”. Välj en i listan.")
        values[field] = value
    value = data.estimated_value_ore
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        errors.add("estimated_value_ore", "Det uppskattade värdet ska vara ett belopp på 0 kr eller mer.")
    values["estimated_value_ore"] = value
    if data.responsible_id is not None and session.get(Person, data.responsible_id) is None:
        errors.add("responsible_id", "Den ansvariga personen finns inte.")
    if data.contract_group_id is not None:
        group = session.get(Group, data.contract_group_id)
        if group is None or group.kind != "contract":
            errors.add("contract_group_id", "Välj en avtalsgrupp (gruppen finns inte eller är ingen "
                                            "avtalsgrupp).")
    if data.proposal_id is not None and (existing is None or data.proposal_id != existing.proposal_id):
        if session.get(Proposal, data.proposal_id) is None:
            errors.add("proposal_id", "Förslaget finns inte (det kan ha tagits bort).")
        elif (other := _procurement_of(session, data.proposal_id)) is not None:
            errors.add("proposal_id", f"Förslaget har redan blivit upphandling {other}.")
    values.update(responsible_id=data.responsible_id, contract_group_id=data.contract_group_id,
                  proposal_id=data.proposal_id, electronic_submission=bool(data.electronic_submission),
                  prior_information_notice=bool(data.prior_information_notice), urgent=bool(data.urgent),
                  award_sent_electronically=bool(data.award_sent_electronically))
    case_number = values.get("case_number", "")
    if not case_number and existing is not None:
        values["case_number"] = existing.case_number
    elif case_number:
        query = select(Procurement.case_number, Procurement.title).where(
            func.lower(Procurement.case_number) == case_number.lower())
        if existing is not None:
            query = query.where(Procurement.id != existing.id)
        taken = session.execute(query).first()
        if taken is not None:
            errors.add("case_number", f"Diarienumret {taken[0]} används redan av ”{taken[1]}”. "
                                      "Välj ett annat eller lämna fältet tomt för nästa nummer.")
    for error in _time_limit_errors(session, data, values, existing):
        errors.add(error.field, error.message)
    errors.raise_if_any()
    return values


def _time_limit_errors(session: Session, data: ProcurementInput, values: dict,
                       existing: Procurement | None) -> list[FieldError]:
    """The LOU rules on the procedure, its grounds and its time limits (issue 15); fills ``values``."""
    from stic_desktop.services.procurement import deadlines, lou
    from stic_desktop.services.procurement import rules as procurement_rules

    errors: list[FieldError] = []
    procedure = values.get("procedure")
    if procedure in GROUNDS_REQUIRED and not values.get("procedure_grounds") and "procedure_grounds" in values:
        errors.append(FieldError("procedure_grounds", f"Ange skälen till att {PROCEDURE_LABELS[procedure].lower()} "
                                                      f"används ({GROUNDS_REQUIRED[procedure]}); de dokumenteras "
                                                      "i den individuella rapporten."))
    if data.urgent and not (data.tender_period_reason or "").strip():
        errors.append(FieldError("tender_period_reason", "Ange skälet till brådskan: kortare tidsfrister får bara "
                                                         "användas vid brådska med ett angivet skäl (LOU 11 kap. "
                                                         "10 §)."))
    value = values.get("estimated_value_ore")
    if procedure in PROCEDURE_LABELS and values.get("contract_kind") in CONTRACT_KIND_LABELS and isinstance(value, int):
        on = clock.today() if existing is None else _valuation_day(session, existing)
        misfit = procurement_rules.procedure_misfit_in(session, procedure, values["contract_kind"], value, on)
        if misfit:
            errors.append(FieldError("procedure", misfit))
    two_phase = procedure in deadlines.TWO_PHASE_PROCEDURES
    with_applications = two_phase or procedure in deadlines.APPLICATION_ONLY_PROCEDURES
    application, invitation = data.application_deadline_on, data.invitation_sent_on
    if application is not None and not with_applications:
        errors.append(FieldError("application_deadline_on", "Sista dag för anbudsansökningar finns bara vid "
                                                            "förfaranden i två steg (LOU 11 kap. 3 §)."))
    if (invitation is not None or data.tender_period_agreement) and not two_phase:
        errors.append(FieldError("invitation_sent_on", "Inbjudan att lämna anbud och överenskommen anbudstid finns "
                                                       "bara vid selektivt och förhandlat förfarande (LOU 11 kap. 3 "
                                                       "och 7 §§)."))
    if data.tender_period_agreement not in lou.TENDER_AGREEMENT_LABELS:
        errors.append(FieldError("tender_period_agreement", "Okänt val för överenskommen anbudstid."))
    if application is not None and invitation is not None and invitation < application:
        errors.append(FieldError("invitation_sent_on", f"Inbjudan att lämna anbud ({invitation.isoformat()}) kan "
                                                       "inte skickas före sista dag för anbudsansökningar "
                                                       f"({application.isoformat()})."))
    if data.ex_ante_published_on is not None and procedure not in deadlines.WITHOUT_NOTICE_PROCEDURES:
        errors.append(FieldError("ex_ante_published_on", "Annons om avsikt att tilldela kontrakt gäller bara "
                                                         "direktupphandling och förhandlat förfarande utan "
                                                         "föregående annonsering (LOU 10 kap. 5 §, 19 a kap. 9 §)."))
    days = data.standstill_days
    if days is not None:
        rules_now = deadlines.rules_in(session)
        key = deadlines.STANDSTILL_KEYS[bool(data.award_sent_electronically)]
        least = rules_now.get(key, 0)
        if isinstance(days, bool) or not isinstance(days, int) or not least <= days <= 365:
            errors.append(FieldError("standstill_days", f"Avtalsspärren ska vara minst {least} dagar "
                                                        f"({deadlines.STANDSTILL_REFERENCE}) och högst 365; lämna "
                                                        "fältet tomt för lagens minsta tid."))
        elif not deadlines.needs_standstill(procedure or ""):
            errors.append(FieldError("standstill_days", "Förfarandet har ingen avtalsspärr efter tilldelningen "
                                                        "(LOU 20 kap. 2 §)."))
    values.update(application_deadline_on=application, invitation_sent_on=invitation,
                  tender_period_agreement=data.tender_period_agreement,
                  documents_electronic=bool(data.documents_electronic), standstill_days=days,
                  ex_ante_published_on=data.ex_ante_published_on)
    return errors


def _valuation_day(session: Session, procurement: Procurement) -> date:
    """The value is estimated when the notice is sent (LOU 5 kap. 4 §): that day, planned or actual, else the
    day the procurement was created."""
    planned, actual = stage_dates(session, [procurement.id]).get(procurement.id, {}).get("advertised", (None, None))
    return actual or planned or procurement.created_on


def _procurement_of(session: Session, proposal_id: int) -> str | None:
    return session.scalar(select(Procurement.case_number).where(Procurement.proposal_id == proposal_id))


def _insert(session: Session, actor_id: int | None, data: ProcurementInput, *, extra: dict | None = None,
            today: date | None = None) -> Procurement:
    values = _validated(session, data, None)
    today = today or clock.today()
    values["case_number"] = values["case_number"] or next_case_number(session, today.year)
    procurement = Procurement(**values, stage="needs_analysis", cancel_reason="", opening_attesters="",
                              created_on=today)
    session.add(procurement)
    session.flush()
    session.add(ProcurementStage(procurement_id=procurement.id, stage="needs_analysis", actual_on=today))
    snapshot = audit.snapshot(procurement, PROCUREMENT_FIELDS)
    snapshot["needs_analysis.actual_on"] = today.isoformat()
    audit.record(session, actor_id, ENTITY, procurement.id, "create", None, {**snapshot, **(extra or {})})
    return procurement


@retrying
def create_procurement(db, data: ProcurementInput) -> ProcurementRecord:
    """A new procurement in Behovsanalys, dated today; an empty case number gets the next STIC-YYYY-NNN."""
    with db.write() as session:
        return reread(session, _insert(session, db.actor_id, data))


@retrying
def create_from_proposal(db, proposal_id: int, data: ProcurementInput) -> ProcurementRecord:
    """The procurement a decided proposal becomes; the interested municipalities become its participants."""
    with db.write() as session:
        proposal = lookup.row(session, Proposal, proposal_id, "inget förslag")
        if proposal.status != "decided":
            raise ValidationError("proposal_id", "Bara ett beslutat förslag kan bli en upphandling; förslaget är "
                                                 f"”{PROPOSAL_STATUS_LABELS.get(proposal.status, proposal.status)}”.")
        other = _procurement_of(session, proposal_id)
        if other is not None:
            raise ValidationError("proposal_id", f"Förslaget har redan blivit upphandling {other}.")
        interests = session.execute(
            select(ProposalInterest.municipality_id, ProposalInterest.yearly_volume_ore, Municipality.name)
            .join(Municipality, Municipality.id == ProposalInterest.municipality_id)
            .where(ProposalInterest.proposal_id == proposal_id).order_by(Municipality.name)).all()
        names = ", ".join(name for _mid, _volume, name in interests)
        procurement = _insert(session, db.actor_id, _with_proposal(data, proposal_id),
                              extra={"participants": names} if names else None)
        for municipality_id, volume, _name in interests:
            session.add(ProcurementParticipant(procurement_id=procurement.id, municipality_id=municipality_id,
                                               estimated_volume_ore=volume))
        return reread(session, procurement)


def _with_proposal(data: ProcurementInput, proposal_id: int) -> ProcurementInput:
    from dataclasses import replace

    return replace(data, proposal_id=proposal_id)


def update_procurement(db, procurement_id: int, data: ProcurementInput, *,
                       expected_version: int | None = None) -> ProcurementRecord:
    """Saves the details; the tender period is checked again (the procedure or the reason may have changed).
    ``expected_version`` refuses saving over someone else's newer change (services.versions)."""
    with db.write() as session:
        procurement = get_row(session, procurement_id)
        versions.check_version(session, ENTITY, procurement, expected_version,
                               f"upphandlingen {procurement.case_number}")
        if procurement.stage == "cancelled":
            raise ValidationError("stage", "Upphandlingen är avbruten och kan inte ändras.")
        values = _validated(session, data, procurement)
        with audit.changing(session, db.actor_id, ENTITY, procurement, PROCUREMENT_FIELDS):
            for name, value in values.items():
                setattr(procurement, name, value)
            ensure_tender_period(session, procurement, stage_dates(session, [procurement_id]).get(procurement_id, {}))
            session.flush()
        return reread(session, procurement)


def delete_procurement(db, procurement_id: int) -> None:
    """Only a procurement still in Behovsanalys without tenders can go; later ones are cancelled instead."""
    with db.write() as session:
        procurement = get_row(session, procurement_id)
        if procurement.stage != "needs_analysis":
            raise ValidationError("stage", f"Bara en upphandling i behovsanalysen kan tas bort; den här är i steget "
                                           f"{STAGE_LABELS[procurement.stage]}. Avbryt den i stället, så finns "
                                           "historiken kvar.")
        tenders = session.scalar(select(func.count()).where(Tender.procurement_id == procurement_id))
        if tenders:
            raise ValidationError("stage", "Upphandlingen har anbud och kan inte tas bort. Avbryt den i stället.")
        files = {sha for sha in session.scalars(select(ProcurementParticipant.poa_sha256)
                                                .where(ProcurementParticipant.procurement_id == procurement_id)) if sha}
        files |= set(session.scalars(select(RequirementDocument.sha256)
                                     .where(RequirementDocument.procurement_id == procurement_id)))
        # stages, participants and documents go by ON DELETE CASCADE
        audit.deleted(session, db.actor_id, ENTITY, procurement, PROCUREMENT_FIELDS)
        session.flush()
        session.expunge_all()
        for sha in files:
            storage.discard_if_unused(session, sha)


def set_opening_attesters(db, procurement_id: int, names: Sequence[str]) -> ProcurementRecord:
    """The people who witness the tender opening and sign its record (at least two different names)."""
    cleaned: list[str] = []
    for name in names:
        name = " ".join(name.split())
        if name and name.casefold() not in {n.casefold() for n in cleaned}:
            cleaned.append(name)
    if len(cleaned) < 2:
        raise ValidationError("opening_attesters", "Anbudsöppningen ska bevittnas av minst två olika namngivna "
                                                   "personer.")
    if any(len(name) > 200 for name in cleaned):
        raise ValidationError("opening_attesters", "Ett namn får vara högst 200 tecken.")
    with db.write() as session:
        procurement = get_row(session, procurement_id)
        if procurement.stage == "cancelled":
            raise ValidationError("stage", "Upphandlingen är avbruten och kan inte ändras.")
        with audit.changing(session, db.actor_id, ENTITY, procurement, PROCUREMENT_FIELDS):
            procurement.opening_attesters = "\n".join(cleaned)
            session.flush()
        return reread(session, procurement)
