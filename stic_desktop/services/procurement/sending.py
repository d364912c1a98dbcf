"""Procurement documents that leave STIC or go on file: the award decision is archived as the exact bytes sent
AND dated in the same transaction (its date starts the avtalsspärr and makes the tenders public, OSL
19 kap. 3 §), so the archive and the procurement can never disagree about whether it was sent.
The opening record is archived the same way, without changing the procurement.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from stic_desktop.core import clock
from stic_desktop.errors import ValidationError
from stic_desktop.models import ArchivedDocument, Procurement, ProcurementStage, Tender
from stic_desktop.services import archive, audit
from stic_desktop.services.archive import ArchivedRecord
from stic_desktop.services.procurement.deadlines import Standstill
from stic_desktop.services.procurement.records import (
    ENTITY,
    STAGE_LABELS,
    STAGES,
    ProcurementRecord,
    get_row,
    reread,
    stage_dates,
)
from stic_desktop.services.procurement.stages import standstill_in

AWARD_KIND = "award_decision"
OPENING_KIND = "opening_record"
AWARD_STAGE = "award_decision"
# Sending moves a procurement in evaluation on to the award decision; one already there gets its date.
SENDABLE_FROM = ("evaluation", AWARD_STAGE)


@dataclass(frozen=True)
class AwardSent:
    archived: ArchivedRecord
    procurement: ProcurementRecord
    standstill: Standstill | None  # None for a direct award


def _snapshot(procurement: Procurement, sent_on: date | None) -> dict:
    values = audit.snapshot(procurement, ("stage", "award_sent_electronically"))
    values[f"{AWARD_STAGE}.actual_on"] = sent_on.isoformat() if sent_on else None
    return values


def _already_sent(session: Session, procurement_id: int) -> bool:
    return session.scalar(select(ArchivedDocument.id).where(
        ArchivedDocument.entity == ENTITY, ArchivedDocument.entity_id == procurement_id,
        ArchivedDocument.kind == AWARD_KIND).limit(1)) is not None


def _check(session: Session, procurement: Procurement, sent_on: date) -> None:
    """Refuses a decision that cannot be sent now, with one Swedish message naming what to do."""
    case = procurement.case_number
    if procurement.stage == "cancelled":
        raise ValidationError("stage", f"Upphandlingen {case} är avbruten; inget tilldelningsbeslut kan skickas.")
    if procurement.stage not in SENDABLE_FROM:
        if STAGES.index(procurement.stage) < STAGES.index("evaluation"):
            raise ValidationError("stage", f"Tilldelningsbeslutet kan skickas först när upphandlingen har nått "
                                           f"steget Utvärdering (nu: {STAGE_LABELS[procurement.stage]}).")
        raise ValidationError("stage", f"Upphandlingen är redan i steget {STAGE_LABELS[procurement.stage]}; "
                                       "tilldelningsbeslutet är skickat.")
    dates = stage_dates(session, [procurement.id]).get(procurement.id, {})
    sent = dates.get(AWARD_STAGE, (None, None))[1]
    if procurement.stage == AWARD_STAGE and sent is not None and _already_sent(session, procurement.id):
        raise ValidationError("sent_on", f"Tilldelningsbeslutet skickades redan {sent.isoformat()}. Flytta tillbaka "
                                         "upphandlingen till Utvärdering om ett nytt beslut ska skickas.")
    earlier = [(s, d) for s in STAGES[:STAGES.index(AWARD_STAGE)] if (d := dates.get(s, (None, None))[1])]
    if earlier and sent_on < earlier[-1][1]:
        stage, day = earlier[-1]
        raise ValidationError("sent_on", f"Tilldelningsbeslutet ({sent_on.isoformat()}) kan inte skickas före "
                                         f"{STAGE_LABELS[stage]} ({day.isoformat()}).")
    if sent_on > clock.today():
        raise ValidationError("sent_on", "Ett tilldelningsbeslut kan inte markeras som skickat ett datum som inte "
                                         "har kommit än.")
    awarded = session.scalar(select(Tender.id).where(Tender.procurement_id == procurement.id,
                                                     Tender.awarded.is_(True)).limit(1))
    if awarded is None:
        raise ValidationError("award", "Inget anbud är markerat att tilldelas. Markera det eller de anbud som ska "
                                       "antas innan tilldelningsbeslutet skickas.")


def send_award_decision(db, procurement_id: int, pdf: bytes, filename: str, sent_on: date,
                        electronically: bool) -> AwardSent:
    """Records the award decision as sent on ``sent_on``: the exact ``pdf`` archived (kind award_decision),
    the award decision stage dated (the procurement moves on from Utvärdering) and how it was sent saved,
    all in one transaction. From then on the tenders are public and the avtalsspärr runs."""
    with db.write() as session:
        procurement = get_row(session, procurement_id)
        _check(session, procurement, sent_on)
        old_sent = stage_dates(session, [procurement_id]).get(procurement_id, {}).get(AWARD_STAGE, (None, None))[1]
        before = _snapshot(procurement, old_sent)
        row = session.scalar(select(ProcurementStage).where(ProcurementStage.procurement_id == procurement_id,
                                                            ProcurementStage.stage == AWARD_STAGE))
        if row is None:
            session.add(ProcurementStage(procurement_id=procurement_id, stage=AWARD_STAGE, actual_on=sent_on))
        else:
            row.actual_on = sent_on
        procurement.stage = AWARD_STAGE
        procurement.award_sent_electronically = bool(electronically)
        how = "elektroniskt" if electronically else "på annat sätt än elektroniskt"
        document = archive.archive_in(session, db.actor_id, AWARD_KIND, ENTITY, procurement_id, filename, pdf,
                                      f"Skickat {sent_on.isoformat()} {how}")
        session.flush()
        audit.record(session, db.actor_id, ENTITY, procurement_id, "update", before, _snapshot(procurement, sent_on))
        record = reread(session, procurement)
        period = standstill_in(session, procurement, stage_dates(session, [procurement_id]).get(procurement_id, {}))
        document_id = document.id
    return AwardSent(archive.get_archived(db, document_id), record, period)


def archive_opening_record(db, procurement_id: int, pdf: bytes, filename: str) -> ArchivedRecord:
    """Keeps the opening record as printed (kind opening_record) with the procurement."""
    with db.write() as session:
        procurement = get_row(session, procurement_id)
        count = session.scalar(select(Tender.id).where(Tender.procurement_id == procurement_id).limit(1))
        note = "Anbudsöppning" if count is not None else "Anbudsöppning utan inkomna anbud"
        document_id = archive.archive_in(session, db.actor_id, OPENING_KIND, ENTITY, procurement.id, filename, pdf,
                                         note).id
    return archive.get_archived(db, document_id)


def archived_documents(db, procurement_id: int) -> list[ArchivedRecord]:
    """What was archived for the procurement, newest first."""
    return archive.archived_documents(db, ENTITY, procurement_id)
