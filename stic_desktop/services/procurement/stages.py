"""The LOU stages of a procurement: planned and actual dates, moving on, moving back, cancelling.

The rules that block a step live here: dates follow the stage order, the tender period is long enough
(11 kap., or a written reason), every participant has a power of attorney before advertising, and no
contract is signed before the standstill has run out (20 kap. 1 §). Numbers come from ``deadlines``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from stic_desktop.core import clock
from stic_desktop.errors import ValidationError
from stic_desktop.models import Procurement, ProcurementStage, Tender
from stic_desktop.services import audit, validation
from stic_desktop.services.procurement import deadlines
from stic_desktop.services.procurement import parties as procurement_parties
from stic_desktop.services.procurement.deadlines import Standstill, TenderPeriodCheck
from stic_desktop.services.procurement.declarations import ensure_declared
from stic_desktop.services.procurement.records import (
    ENTITY,
    PROCUREMENT_FIELDS,
    STAGE_LABELS,
    STAGES,
    ProcurementRecord,
    StageDates,
    StageRecord,
    get_row,
    reread,
    stage_dates,
)

CANCELLED_MESSAGE = "Upphandlingen är avbruten och kan inte ändras."


def _dates(session: Session, procurement_id: int) -> StageDates:
    return stage_dates(session, [procurement_id]).get(procurement_id, {})


def _effective(dates: StageDates, stage: str) -> date | None:
    planned, actual = dates.get(stage, (None, None))
    return actual or planned


def period_check(session: Session, procurement: Procurement, dates: StageDates) -> TenderPeriodCheck:
    """The tender period (advertised → last tender day; actual dates, else planned) against the rules."""
    return deadlines.check_tender_period(
        deadlines.rules_in(session), procurement.procedure, _effective(dates, "advertised"),
        _effective(dates, "tender_deadline"), electronic=procurement.electronic_submission,
        pin=procurement.prior_information_notice, urgent=procurement.urgent, reason=procurement.tender_period_reason,
        documents_electronic=procurement.documents_electronic, invitation_on=procurement.invitation_sent_on,
        application_on=procurement.application_deadline_on, agreement=procurement.tender_period_agreement)


def ensure_tender_period(session: Session, procurement: Procurement, dates: StageDates) -> None:
    """A period below the minimum blocks unless a reason is written down; below the threshold it only warns."""
    check = period_check(session, procurement, dates)
    if not check.ok and not check.warn_only:
        raise ValidationError("tender_period_reason", check.message)


def standstill_in(session: Session, procurement: Procurement, dates: StageDates) -> Standstill | None:
    """20 kap. 1 § after the award decision (the longer period stated, if any); for a procurement without prior
    publication only the 10 days from a voluntary ex ante notice (20 kap. 3 §)."""
    if not deadlines.needs_standstill(procurement.procedure):
        if procurement.ex_ante_published_on is None:
            return None
        return deadlines.ex_ante_standstill(procurement.ex_ante_published_on, rules=deadlines.rules_in(session))
    sent = dates.get("award_decision", (None, None))[1]
    if sent is None:
        return None
    return deadlines.standstill(sent, electronic=procurement.award_sent_electronically,
                                rules=deadlines.rules_in(session), days=procurement.standstill_days)


def ensure_signing_allowed(session: Session, procurement: Procurement, dates: StageDates, day: date,
                           field: str) -> None:
    if not deadlines.needs_standstill(procurement.procedure) and procurement.ex_ante_published_on is None:
        return
    period = standstill_in(session, procurement, dates)
    if period is None:
        raise ValidationError(field, "Avtal kan inte tecknas innan tilldelningsbeslutet har skickats: ange "
                                     "tilldelningsbeslutets datum först.")
    if day < period.first_signing_day:
        moved = f" eftersom {period.moved_because}" if period.moved_because else ""
        after = "annonsen om avsikt publicerades" if period.reference == deadlines.EX_ANTE_REFERENCE else ""
        raise ValidationError(
            field, f"Avtal får tecknas tidigast {period.first_signing_day.isoformat()}: avtalsspärren "
                   f"({period.days} dagar från {period.sent_on.isoformat()}{' då ' + after if after else ''}, "
                   f"{period.reference}) löper till och med {period.last_day.isoformat()}{moved}.")


def _order_errors(dates: StageDates, stage: str) -> validation.FieldErrors:
    """Planned and actual dates may not go backwards in stage order around ``stage``."""
    errors = validation.FieldErrors()
    position = STAGES.index(stage)
    for index, field, what in ((0, "planned_on", "Planerat datum"), (1, "actual_on", "Faktiskt datum")):
        value = dates.get(stage, (None, None))[index]
        if value is None:
            continue
        before = [(s, d) for s in STAGES[:position] if (d := dates.get(s, (None, None))[index]) is not None]
        after = [(s, d) for s in STAGES[position + 1:] if (d := dates.get(s, (None, None))[index]) is not None]
        if before and value < before[-1][1]:
            other, day = before[-1]
            errors.add(field, f"{what}: {STAGE_LABELS[stage]} ({value.isoformat()}) kan inte vara "
                              f"före {STAGE_LABELS[other]} ({day.isoformat()}).")
        if after and value > after[0][1]:
            other, day = after[0]
            errors.add(field, f"{what}: {STAGE_LABELS[other]} ({day.isoformat()}) kan inte vara "
                              f"före {STAGE_LABELS[stage]} ({value.isoformat()}).")
    return errors


def _store(session: Session, procurement_id: int, stage: str, planned: date | None, actual: date | None) -> None:
    row = session.scalar(select(ProcurementStage).where(ProcurementStage.procurement_id == procurement_id,
                                                        ProcurementStage.stage == stage))
    if planned is None and actual is None:
        if row is not None:
            session.delete(row)
        return
    if row is None:
        session.add(ProcurementStage(procurement_id=procurement_id, stage=stage, planned_on=planned, actual_on=actual))
    else:
        row.planned_on, row.actual_on = planned, actual


def _snapshot(procurement: Procurement, dates: StageDates, stages: tuple[str, ...] = STAGES) -> dict:
    values = audit.snapshot(procurement, PROCUREMENT_FIELDS)
    for stage in stages:
        planned, actual = dates.get(stage, (None, None))
        values[f"{stage}.planned_on"] = planned.isoformat() if planned else None
        values[f"{stage}.actual_on"] = actual.isoformat() if actual else None
    return values


def _not_cancelled(procurement: Procurement) -> None:
    if procurement.stage == "cancelled":
        raise ValidationError("stage", CANCELLED_MESSAGE)


def stage_records(session: Session, procurement_id: int) -> list[StageRecord]:
    get_row(session, procurement_id)
    dates = _dates(session, procurement_id)
    return [StageRecord(s, STAGE_LABELS[s], n, *dates.get(s, (None, None))) for n, s in enumerate(STAGES, 1)]


def stages(db, procurement_id: int) -> list[StageRecord]:
    """All ten stages in order, with their planned and actual dates (None when not set)."""
    with db.read() as session:
        return stage_records(session, procurement_id)


def _keep_tenders_on_time(session: Session, procurement_id: int, old: tuple[date | None, date | None],
                          new: tuple[date | None, date | None]) -> None:
    """Once tenders are in, sista anbudsdag may move later but never earlier: that would make tenders received
    on time late afterwards (the day that counts is the actual date, else the planned one)."""
    old_day, new_day = old[1] or old[0], new[1] or new[0]
    if old_day is None or (new_day is not None and new_day >= old_day):
        return
    if session.scalar(select(Tender.id).where(Tender.procurement_id == procurement_id).limit(1)) is not None:
        raise ValidationError("tender_deadline", f"Anbud har redan registrerats, så sista anbudsdag kan inte flyttas "
                                                 f"tidigare än {old_day.isoformat()}: anbud som kom in i tid skulle då "
                                                 "bli försenade i efterhand.")


def following_planned(dates: StageDates, stage: str) -> list[str]:
    """The stages after ``stage`` that have a planned date and are not done: those a moved plan takes along."""
    return [later for later in STAGES[STAGES.index(stage) + 1:]
            if dates.get(later, (None, None))[0] is not None and dates.get(later, (None, None))[1] is None]


def set_stage_dates(db, procurement_id: int, stage: str, planned_on: date | None, actual_on: date | None, *,
                    tender_period_reason: str | None = None, shift_following: bool = False) -> ProcurementRecord:
    """Saves one stage's dates. A reached stage keeps an actual date; one not reached yet only gets a plan.

    ``tender_period_reason`` (when given) is saved in the same transaction, so a period shorter than the
    minimum can be accepted with its reason in one action.
    """
    if stage not in STAGES:
        raise ValidationError("stage", f"Okänt steg ”{stage}”.")
    with db.write() as session:
        procurement = get_row(session, procurement_id)
        _not_cancelled(procurement)
        dates = _dates(session, procurement_id)
        before_dates = dict(dates)
        before = _snapshot(procurement, dates, (stage,))
        old_actual = dates.get(stage, (None, None))[1]
        label = STAGE_LABELS[stage]
        reached = STAGES.index(stage) <= STAGES.index(procurement.stage)
        if actual_on is not None and not reached:
            raise ValidationError("actual_on", f"Steget {label} är inte nått än, så det kan bara få ett planerat "
                                               "datum. Använd ”Nästa steg” när steget är gjort.")
        if actual_on is None and reached and old_actual is not None:
            raise ValidationError("actual_on", f"{label} är ett nått steg och behöver ett faktiskt datum. Flytta "
                                               "tillbaka upphandlingen om steget inte är gjort.")
        if stage == "tender_deadline":
            _keep_tenders_on_time(session, procurement_id, dates.get(stage, (None, None)), (planned_on, actual_on))
        old_planned = dates.get(stage, (None, None))[0]
        dates[stage] = (planned_on, actual_on)
        shifted = following_planned(dates, stage) if shift_following and old_planned and planned_on else []
        for later in shifted:  # the plan after this stage moves by as many days as this one did
            later_planned, later_actual = dates[later]
            dates[later] = (later_planned + (planned_on - old_planned), later_actual)
        errors = _order_errors(dates, stage)
        errors.raise_if_any()
        signed_on = dates.get("signed", (None, None))[1]
        if stage in ("signed", "award_decision") and signed_on is not None:
            ensure_signing_allowed(session, procurement, dates, signed_on, "actual_on")
        if tender_period_reason is not None:
            _set_reason(procurement, tender_period_reason)
        if stage in ("advertised", "tender_deadline") or tender_period_reason is not None:
            ensure_tender_period(session, procurement, dates)
        if stage == "opening" and actual_on is not None and actual_on != old_actual:
            ensure_declared(session, procurement, actual_on, "actual_on")
        for later in shifted:
            planned, actual = before_dates[later]
            before[f"{later}.planned_on"] = planned.isoformat()
            before[f"{later}.actual_on"] = actual.isoformat() if actual else None
        _store(session, procurement_id, stage, planned_on, actual_on)
        for later in shifted:
            _store(session, procurement_id, later, *dates[later])
        session.flush()
        audit.record(session, db.actor_id, ENTITY, procurement_id, "update", before,
                     _snapshot(procurement, dates, (stage, *shifted)))
        return reread(session, procurement)


def _set_reason(procurement: Procurement, reason: str) -> None:
    try:
        procurement.tender_period_reason = validation.optional_text(reason, "Skälet till den kortare anbudstiden",
                                                                    2000)
    except ValueError as exc:
        raise ValidationError("tender_period_reason", str(exc)) from None


def advance_stage(db, procurement_id: int, *, on: date | None = None,
                  tender_period_reason: str | None = None) -> ProcurementRecord:
    """Moves to the next stage with ``on`` (default: a date already recorded for it, else today) as its date.
    ``tender_period_reason`` (when given) is saved first, in the same transaction: the answer to a refusal that
    asks why the tender period is shorter than the minimum."""
    with db.write() as session:
        procurement = get_row(session, procurement_id)
        _not_cancelled(procurement)
        if procurement.stage == "closed":
            raise ValidationError("stage", "Upphandlingen är redan avslutad.")
        position = STAGES.index(procurement.stage)
        target = STAGES[position + 1]
        dates = _dates(session, procurement_id)
        before = _snapshot(procurement, dates)
        planned, recorded = dates.get(target, (None, None))
        day = on or recorded or clock.today()
        previous = [(s, d) for s in STAGES[:position + 1] if (d := dates.get(s, (None, None))[1]) is not None]
        if previous and day < previous[-1][1]:
            other, other_day = previous[-1]
            raise ValidationError("actual_on", f"{STAGE_LABELS[target]} ({day.isoformat()}) kan inte vara före "
                                               f"{STAGE_LABELS[other]} ({other_day.isoformat()}).")
        if target == "advertised":
            missing = procurement_parties.missing_powers_of_attorney(session, procurement_id)
            if missing:
                raise ValidationError("stage", "Upphandlingen kan inte annonseras förrän alla deltagande kommuner "
                                               f"har lämnat fullmakt. Fullmakt saknas för: {', '.join(missing)}.")
        dates[target] = (planned, day)
        if target == "signed":
            ensure_signing_allowed(session, procurement, dates, day, "stage")
        if tender_period_reason is not None:
            _set_reason(procurement, tender_period_reason)
        if target in ("advertised", "tender_deadline"):
            ensure_tender_period(session, procurement, dates)
        if target == "opening":
            ensure_declared(session, procurement, day)
        procurement.stage = target
        _store(session, procurement_id, target, planned, day)
        session.flush()
        audit.record(session, db.actor_id, ENTITY, procurement_id, "update", before, _snapshot(procurement, dates))
        return reread(session, procurement)


def move_back(db, procurement_id: int, stage: str, reason: str) -> ProcurementRecord:
    """Back to an earlier stage (a step redone); later stages lose their actual dates, plans stay."""
    reason = reason.strip()
    if not reason:
        raise ValidationError("reason", "Ange varför upphandlingen flyttas tillbaka; skälet sparas i historiken.")
    with db.write() as session:
        procurement = get_row(session, procurement_id)
        _not_cancelled(procurement)
        current = STAGES.index(procurement.stage)
        if stage not in STAGES or STAGES.index(stage) >= current:
            raise ValidationError("stage", "Upphandlingen kan bara flyttas tillbaka till ett steg före "
                                           f"{STAGE_LABELS[procurement.stage]}.")
        dates = _dates(session, procurement_id)
        before = _snapshot(procurement, dates)
        for later in STAGES[STAGES.index(stage) + 1:]:
            planned, actual = dates.get(later, (None, None))
            if actual is not None:
                dates[later] = (planned, None)
                _store(session, procurement_id, later, planned, None)
        procurement.stage = stage
        session.flush()
        after = _snapshot(procurement, dates)
        before["reason"], after["reason"] = None, reason
        audit.record(session, db.actor_id, ENTITY, procurement_id, "update", before, after)
        return reread(session, procurement)


def cancel_procurement(db, procurement_id: int, reason: str) -> ProcurementRecord:
    """Avbruten, with the reason (it is public information why a procurement was cancelled)."""
    reason = reason.strip()
    if not reason:
        raise ValidationError("cancel_reason", "Ange varför upphandlingen avbryts; skälet sparas.")
    if len(reason) > 5000:
        raise ValidationError("cancel_reason", "Skälet får vara högst 5000 tecken.")
    with db.write() as session:
        procurement = get_row(session, procurement_id)
        _not_cancelled(procurement)
        if procurement.stage in ("signed", "closed"):
            raise ValidationError("stage", "Avtalet är redan tecknat; upphandlingen kan inte avbrytas.")
        with audit.changing(session, db.actor_id, ENTITY, procurement, PROCUREMENT_FIELDS):
            procurement.stage_before_cancel = procurement.stage
            procurement.stage = "cancelled"
            procurement.cancel_reason = reason
            session.flush()
        return reread(session, procurement)


def tender_period_check(db, procurement_id: int) -> TenderPeriodCheck | None:
    """The check of the tender period once both its dates are known (planned or actual); else None."""
    with db.read() as session:
        procurement = get_row(session, procurement_id)
        dates = _dates(session, procurement_id)
        if _effective(dates, "advertised") is None or _effective(dates, "tender_deadline") is None:
            return None
        return period_check(session, procurement, dates)


@dataclass(frozen=True)
class TenderPeriodView:
    """The tender period as the window shows it: counted from the actual advertising date, else the planned one,
    else (the planned day has passed without advertising) from today, whichever is later; ``basis`` says which."""

    check: TenderPeriodCheck
    advertised_on: date
    basis: str  # "actual", "planned" or "today"
    planned_on: date | None


def tender_period_view(db, procurement_id: int, today: date | None = None) -> TenderPeriodView | None:
    """None until the advertising and tender deadline dates are known (planned or actual)."""
    day = today or clock.today()
    with db.read() as session:
        procurement = get_row(session, procurement_id)
        dates = _dates(session, procurement_id)
        planned, actual = dates.get("advertised", (None, None))
        if (actual or planned) is None or _effective(dates, "tender_deadline") is None:
            return None
        if actual is not None:
            start, basis = actual, "actual"
        elif planned < day:
            start, basis = day, "today"
        else:
            start, basis = planned, "planned"
        check = period_check(session, procurement, {**dates, "advertised": (start, actual)})
        return TenderPeriodView(check, start, basis, planned)


def standstill_for(db, procurement_id: int) -> Standstill | None:
    """The standstill from the award decision's actual date (or from a voluntary ex ante notice for a procurement
    without prior publication); None before then or when there is none."""
    with db.read() as session:
        procurement = get_row(session, procurement_id)
        return standstill_in(session, procurement, _dates(session, procurement_id))
