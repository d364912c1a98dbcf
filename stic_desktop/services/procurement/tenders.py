"""Tenders (anbud): registered as they arrive, qualified, priced, scored, ranked and awarded.

Their contents are secret until the award decision is sent or the procurement is cancelled (OSL 19 kap.
3 §): ``public_results`` is the only way other modules should show them, and it gives nothing before then. After the decision is
sent the tenders are what the decision was based on, so they cannot change any more. A tender that
arrives after the deadline day is kept (the opening record lists it) but flagged late and may not be
qualified.
"""

from __future__ import annotations

import math
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from stic_desktop.core import clock
from stic_desktop.errors import ValidationError
from stic_desktop.models import Procurement, ProcurementStage, Tender
from stic_desktop.services import audit, lookup, validation, versions
from stic_desktop.services.procurement.parties import STOCKHOLM, ensure_not_ended, procurement_row

ENTITY = "tender"
TENDER_FIELDS = ("procurement_id", "supplier_name", "supplier_id", "received_at", "qualified", "qualification_reason",
                 "price_ore", "score", "ranking", "awarded", "notes")
FIELD_LABELS = {
    "supplier_name": "Anbudsgivare",
    "supplier_id": "Leverantör i registret",
    "received_at": "Mottaget",
    "qualified": "Kvalificerat",
    "qualification_reason": "Skäl",
    "price_ore": "Pris (öre)",
    "score": "Poäng",
    "ranking": "Placering",
    "awarded": "Tilldelat",
    "notes": "Anteckningar",
}


@dataclass(frozen=True)
class TenderInput:
    supplier_name: str = ""
    received_at: datetime | None = None  # timezone-aware
    qualified: bool | None = None  # None = not yet assessed
    qualification_reason: str = ""
    price_ore: int | None = None
    score: float | None = None
    ranking: int | None = None
    notes: str = ""
    supplier_id: int | None = None


@dataclass(frozen=True)
class TenderRecord:
    id: int
    procurement_id: int
    supplier_name: str
    supplier_id: int | None
    received_at: datetime  # Europe/Stockholm
    receipt_order: int  # 1 = first received
    late: bool
    qualified: bool | None
    qualification_reason: str
    price_ore: int | None
    score: float | None
    ranking: int | None
    awarded: bool
    notes: str
    row_version: int | None = None  # as loaded; a form hands it back (see services.versions)

    def as_input(self) -> TenderInput:
        return TenderInput(self.supplier_name, self.received_at, self.qualified, self.qualification_reason,
                           self.price_ore, self.score, self.ranking, self.notes, self.supplier_id)


# --- the rules ---------------------------------------------------------------------------------

def _stage_dates(session: Session, procurement_id: int, stage: str) -> tuple[date | None, date | None]:
    row = session.execute(select(ProcurementStage.planned_on, ProcurementStage.actual_on).where(
        ProcurementStage.procurement_id == procurement_id, ProcurementStage.stage == stage)).first()
    return (row[0], row[1]) if row else (None, None)


def deadline_day(session: Session, procurement_id: int) -> date | None:
    """Sista anbudsdag: the actual date, else the planned one."""
    planned, actual = _stage_dates(session, procurement_id, "tender_deadline")
    return actual or planned


def deadline_clock(session: Session, procurement_id: int) -> str:
    """The tender deadline's clock time ("HH:MM"), "" for the end of the day."""
    return session.scalar(select(Procurement.tender_deadline_time).where(Procurement.id == procurement_id)) or ""


def deadline_end(day: date, clock_time: str = "") -> datetime:
    """The first moment a tender is late (UTC): the minute after ``clock_time`` ("12:00": on time through
    12.00.59) on the deadline day, Stockholm time; without a clock time midnight after the day (on time
    through 23.59.59)."""
    if clock_time:
        hour, minute = (int(part) for part in clock_time.split(":"))
        moment = datetime.combine(day, time(hour, minute), tzinfo=STOCKHOLM) + timedelta(minutes=1)
    else:
        moment = datetime.combine(day + timedelta(days=1), time(0), tzinfo=STOCKHOLM)
    return moment.astimezone(timezone.utc)


def is_late(received_at: datetime, day: date | None, clock_time: str = "") -> bool:
    return day is not None and received_at >= deadline_end(day, clock_time)


def award_sent_on(session: Session, procurement_id: int) -> date | None:
    return _stage_dates(session, procurement_id, "award_decision")[1]


def tenders_public(session: Session, procurement_id: int) -> bool:
    """True once the award decision has been sent or the procurement was cancelled (the matter ended before a
    decision): the secrecy of OSL 19 kap. 3 § andra stycket no longer applies."""
    if award_sent_on(session, procurement_id) is not None:
        return True
    return session.scalar(select(Procurement.stage).where(Procurement.id == procurement_id)) == "cancelled"


def _ensure_changeable(session: Session, procurement: Procurement, field: str = "award") -> None:
    ensure_not_ended(procurement, field)
    sent = award_sent_on(session, procurement.id)
    if sent is not None:
        raise ValidationError(field, f"Tilldelningsbeslutet skickades {sent.isoformat()}; anbuden kan inte ändras "
                                     "efter det.")


def _validated(data: TenderInput, late: bool, day: date | None) -> dict:
    errors = validation.FieldErrors()
    values: dict = {"qualified": data.qualified, "supplier_id": data.supplier_id}
    for name, parse in (("supplier_name", lambda t: validation.require_text(t, "Anbudsgivarens namn", 300)),
                        ("qualification_reason", lambda t: validation.optional_text(t, "Skälet", 5000)),
                        ("notes", lambda t: validation.optional_text(t, "Anteckningarna", 20000))):
        errors.parse_into(values, name, parse, getattr(data, name) or "")
    moment = data.received_at
    if moment is None:
        errors.add("received_at", "Ange när anbudet kom in.")
    elif not isinstance(moment, datetime) or moment.tzinfo is None or moment.utcoffset() is None:
        errors.add("received_at", "Mottagningstiden saknar tidszon (den ska anges i svensk tid).")
        moment = None
    elif moment > clock.utcnow() + timedelta(minutes=5):
        errors.add("received_at", "Mottagningstiden kan inte ligga i framtiden.")
    if data.qualified is True and late:
        errors.add("qualified", f"Anbudet kom in efter sista anbudsdag ({day.isoformat()}) och får "
                                "inte kvalificeras; det ska lämnas utan prövning.")
    if data.qualified is False and not values.get("qualification_reason"):
        errors.add("qualification_reason", "Skriv skälet till att anbudet inte är kvalificerat.")
    if data.price_ore is not None and (isinstance(data.price_ore, bool) or not isinstance(data.price_ore, int)
                                       or data.price_ore < 0):
        errors.add("price_ore", "Priset ska vara ett belopp på noll kronor eller mer.")
    if data.score is not None and (not isinstance(data.score, (int, float)) or not math.isfinite(data.score)
                                   or data.score < 0):
        errors.add("score", "Poängen ska vara ett tal, noll eller mer.")
    if data.ranking is not None:
        if isinstance(data.ranking, bool) or not isinstance(data.ranking, int) or data.ranking < 1:
            errors.add("ranking", "Placeringen ska vara ett heltal från 1 och uppåt.")
        elif data.qualified is not True:
            errors.add("ranking", "Bara kvalificerade anbud kan få en placering.")
    if data.supplier_id is not None and (isinstance(data.supplier_id, bool) or not isinstance(data.supplier_id, int)):
        errors.add("supplier_name", "Okänd leverantör.")
    errors.raise_if_any()
    values["received_at"] = moment.astimezone(timezone.utc)
    values["price_ore"], values["ranking"] = data.price_ore, data.ranking
    values["score"] = None if data.score is None else float(data.score)
    return values


@dataclass(frozen=True)
class TenderState:
    """What the procurement's panels need to know to offer only what is allowed."""

    stage: str
    deadline: date | None  # sista anbudsdag (actual, else planned)
    award_sent_on: date | None
    deadline_time: str = ""  # "HH:MM" on the deadline day; "" is the end of the day

    @property
    def locked_message(self) -> str:
        """Why tenders cannot change now ("" when they can)."""
        if self.stage == "cancelled":
            return "Upphandlingen är avbruten och kan inte ändras."
        if self.stage == "closed":
            return "Upphandlingen är avslutad och kan inte ändras."
        if self.award_sent_on is not None:
            return f"Tilldelningsbeslutet skickades {self.award_sent_on.isoformat()}; anbuden kan inte ändras efter det."
        return ""


def procurement_state(db, procurement_id: int) -> TenderState:
    with db.read() as session:
        procurement = procurement_row(session, procurement_id)
        return TenderState(procurement.stage, deadline_day(session, procurement_id),
                           award_sent_on(session, procurement_id), procurement.tender_deadline_time)


# --- reading -----------------------------------------------------------------------------------

def _records(session: Session, procurement_id: int) -> list[TenderRecord]:
    day, clock_time = deadline_day(session, procurement_id), deadline_clock(session, procurement_id)
    rows = session.scalars(select(Tender).where(Tender.procurement_id == procurement_id)
                           .order_by(Tender.received_at, Tender.id)).all()
    return [TenderRecord(t.id, t.procurement_id, t.supplier_name, t.supplier_id, t.received_at.astimezone(STOCKHOLM),
                         order, is_late(t.received_at, day, clock_time), t.qualified, t.qualification_reason,
                         t.price_ore, t.score, t.ranking, t.awarded, t.notes, t.row_version)
            for order, t in enumerate(rows, start=1)]


def _record(session: Session, tender: Tender) -> TenderRecord:
    session.flush()
    return next(r for r in _records(session, tender.procurement_id) if r.id == tender.id)


def tenders(db, procurement_id: int) -> list[TenderRecord]:
    """All tenders in order of receipt, contents included: for STIC's own work on the procurement only."""
    with db.read() as session:
        procurement_row(session, procurement_id)
        return _records(session, procurement_id)


def public_results(db, procurement_id: int) -> list[TenderRecord]:
    """The tenders for documents that leave STIC; [] while they are secret (before the award decision is sent or
    the procurement is cancelled)."""
    with db.read() as session:
        procurement_row(session, procurement_id)
        if not tenders_public(session, procurement_id):
            return []
        return _records(session, procurement_id)


def _tender(session: Session, tender_id: int) -> tuple[Tender, Procurement]:
    row = lookup.row(session, Tender, tender_id, "inget anbud")
    return row, procurement_row(session, row.procurement_id)


# --- changing ----------------------------------------------------------------------------------

def add_tender(db, procurement_id: int, data: TenderInput) -> TenderRecord:
    """Registers a tender as received; one received too late is stored, flagged late."""
    with db.write() as session:
        procurement = procurement_row(session, procurement_id)
        _ensure_changeable(session, procurement)
        day = deadline_day(session, procurement_id)
        late = data.received_at is not None and data.received_at.tzinfo is not None and is_late(
            data.received_at, day, procurement.tender_deadline_time)
        values = _validated(data, late, day)
        tender = Tender(procurement_id=procurement_id, awarded=False, **values)
        audit.created(session, db.actor_id, ENTITY, tender, TENDER_FIELDS)
        return _record(session, tender)


def update_tender(db, tender_id: int, data: TenderInput, *, expected_version: int | None = None) -> TenderRecord:
    """``expected_version`` refuses saving over someone else's newer change (services.versions)."""
    with db.write() as session:
        tender, procurement = _tender(session, tender_id)
        versions.check_version(session, ENTITY, tender, expected_version,
                               f"anbudet från {tender.supplier_name} ({procurement.case_number})")
        _ensure_changeable(session, procurement)
        day = deadline_day(session, procurement.id)
        late = data.received_at is not None and data.received_at.tzinfo is not None and is_late(
            data.received_at, day, procurement.tender_deadline_time)
        values = _validated(data, late, day)
        if tender.awarded and values["qualified"] is not True:
            raise ValidationError("qualified", "Anbudet är tilldelat; ta bort tilldelningen innan det markeras som "
                                               "inte kvalificerat.")
        audit.updated(session, db.actor_id, ENTITY, tender, values, TENDER_FIELDS)
        return _record(session, tender)


def delete_tender(db, tender_id: int) -> None:
    """For a tender registered by mistake; not after the award decision is sent."""
    with db.write() as session:
        tender, procurement = _tender(session, tender_id)
        _ensure_changeable(session, procurement)
        audit.deleted(session, db.actor_id, ENTITY, tender, TENDER_FIELDS)
        session.flush()


def set_awarded(db, procurement_id: int, tender_ids: Collection[int]) -> list[TenderRecord]:
    """Exactly these tenders win (none clears the award); each must be qualified."""
    wanted = set(tender_ids)
    with db.write() as session:
        procurement = procurement_row(session, procurement_id)
        _ensure_changeable(session, procurement)
        rows = session.scalars(select(Tender).where(Tender.procurement_id == procurement_id)).all()
        by_id = {t.id: t for t in rows}
        unknown = wanted - by_id.keys()
        if unknown:
            raise ValidationError("award", "Anbudet hör inte till den här upphandlingen.")
        day, clock_time = deadline_day(session, procurement_id), deadline_clock(session, procurement_id)
        refused = sorted((by_id[i] for i in wanted
                          if by_id[i].qualified is not True or is_late(by_id[i].received_at, day, clock_time)),
                         key=lambda t: (t.received_at, t.id))
        if refused:
            names = ", ".join(t.supplier_name for t in refused)
            raise ValidationError("award", f"Bara kvalificerade anbud kan tilldelas. Inte kvalificerat: {names}.")
        for tender in rows:
            if tender.awarded != (tender.id in wanted):
                with audit.changing(session, db.actor_id, ENTITY, tender, TENDER_FIELDS):
                    tender.awarded = tender.id in wanted
                    session.flush()
        session.flush()
        return _records(session, procurement_id)
