"""After the award: the opening's details (time, place, who opened, an optional witness, the tender deadline's
clock time; LOU 12 kap. 10 §), who decides the award under which delegation, and the duties the regional head
answers for once the contract is signed, each done by a document or a date:

- the contract award notice (efterannons) within 30 days of signing (10 kap. 4 §; 19 kap. 7 § below the
  threshold) — its date is recorded;
- the documentation complete (12 kap. 14 §) and the individual report (12 kap. 15-16 §§) within 30 days —
  the report is a document (``documents.individual_report``) whose archiving dates it;
- for a cancelled procurement, the written notice with the reasons to every tenderer (12 kap. 12 §), as soon
  as possible — its archiving dates it.

``duties`` is a pure function of the ProcurementRecord: the overview and the procurement window show the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from stic_desktop.core import clock
from stic_desktop.errors import FieldError, ValidationError
from stic_desktop.services import audit, validation
from stic_desktop.services.procurement.records import (
    ENTITY,
    PROCUREMENT_FIELDS,
    ProcurementRecord,
    get_row,
    reread,
)

DUTY_DAYS = 30
_CLOCK = re.compile(r"^([01]?\d|2[0-3])[:.]([0-5]\d)$")

# duty key (the procurement column holding its date): label, paragraph, what makes it done
DUTIES = {
    "award_notice_sent_on": ("Efterannons", "LOU 10 kap. 4 §", "datum"),
    "documentation_completed_on": ("Dokumentationen komplett", "LOU 12 kap. 14 §", "datum"),
    "individual_report_on": ("Individuell rapport", "LOU 12 kap. 15–16 §§", "dokument"),
    "cancellation_notice_sent_on": ("Underrättelse om avbrytande till anbudsgivarna", "LOU 12 kap. 12 §", "dokument"),
}
BELOW_THRESHOLD_NOTICE = "LOU 19 kap. 7 §"
STATE_LABELS = {"done": "klar", "overdue": "försenad", "due": "att göra", "waiting": "efter avtalet"}


@dataclass(frozen=True)
class OpeningDetails:
    opening_time: str = ""  # "HH:MM"
    opening_place: str = ""
    opened_by: str = ""
    opening_witness: str = ""  # optional
    tender_deadline_time: str = ""  # "HH:MM"; "" = the end of the day


@dataclass(frozen=True)
class Duty:
    key: str
    label: str
    reference: str
    due_on: date | None  # None: as soon as possible (a cancellation) or not started (no signing date yet)
    done_on: date | None
    state: str  # done, overdue, due, waiting
    done_by: str  # "datum" or "dokument"

    @property
    def state_label(self) -> str:
        return STATE_LABELS[self.state]

    @property
    def text(self) -> str:
        """``Efterannons: klar 2026-10-05`` / ``Efterannons: senast 2026-11-01 (försenad)``."""
        if self.done_on is not None:
            return f"{self.label}: klar {self.done_on.isoformat()}"
        if self.due_on is None:
            return f"{self.label}: {'snarast' if self.state != 'waiting' else 'när avtalet är tecknat'}"
        return f"{self.label}: senast {self.due_on.isoformat()} ({self.state_label})"


def clock_text(text: str, what: str) -> str:
    """``9.30`` or ``09:30`` → ``09:30``; "" stays ""."""
    text = text.strip()
    if not text:
        return ""
    match = _CLOCK.match(text)
    if not match:
        raise ValueError(f"{what} ska skrivas TT:MM, till exempel 10:00.")
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def clock_label(text: str) -> str:
    """``10:00`` → ``kl. 10.00`` (Swedish style)."""
    return f"kl. {text.replace(':', '.')}" if text else ""


def duties(record: ProcurementRecord, today: date | None = None) -> tuple[Duty, ...]:
    """The duties after signing (or after cancelling) with their due dates and state; () while none apply."""
    return duties_for(record.stage, record.procedure, record.signed_on,
                      {key: getattr(record, key) for key in DUTIES}, today)


def duties_for(stage: str, procedure: str, signed_on: date | None, done_on: dict[str, date | None],
               today: date | None = None) -> tuple[Duty, ...]:
    """``duties`` from the bare values (the overview reads them in one query)."""
    today = today or clock.today()
    if stage == "cancelled":
        key = "cancellation_notice_sent_on"
        done = done_on.get(key)
        label, reference, by = DUTIES[key]
        return (Duty(key, label, reference, None, done, "done" if done else "due", by),)
    if stage not in ("signed", "closed") and signed_on is None:
        return ()
    due = signed_on + timedelta(days=DUTY_DAYS) if signed_on else None
    found = []
    for key in ("award_notice_sent_on", "documentation_completed_on", "individual_report_on"):
        if key == "award_notice_sent_on" and procedure == "direct_award":
            continue  # a direct award has no contract award notice
        label, reference, by = DUTIES[key]
        if key == "award_notice_sent_on" and procedure == "below_threshold":
            reference = BELOW_THRESHOLD_NOTICE
        done = done_on.get(key)
        if done is not None:
            state = "done"
        elif due is None:
            state = "waiting"
        else:
            state = "overdue" if due < today else "due"
        found.append(Duty(key, label, reference, due, done, state, by))
    return tuple(found)


def open_duties(record: ProcurementRecord, today: date | None = None) -> tuple[Duty, ...]:
    return tuple(d for d in duties(record, today) if d.state != "done")


def set_opening_details(db, procurement_id: int, details: OpeningDetails) -> ProcurementRecord:
    """The opening's time and place, who opened and an optional witness, and the tender deadline's clock time."""
    errors: list[FieldError] = []
    values: dict[str, str] = {}
    for field, parse in (
            ("opening_time", lambda t: clock_text(t, "Klockslaget för anbudsöppningen")),
            ("tender_deadline_time", lambda t: clock_text(t, "Klockslaget för sista anbudstid")),
            ("opening_place", lambda t: validation.optional_text(t, "Platsen", 300)),
            ("opened_by", lambda t: validation.optional_text(" ".join(t.split()), "Namnet", 200)),
            ("opening_witness", lambda t: validation.optional_text(" ".join(t.split()), "Vittnet", 200))):
        try:
            values[field] = parse(getattr(details, field))
        except ValueError as error:
            errors.append(FieldError(field, str(error)))
    if errors:
        raise ValidationError.of(errors)
    return _save(db, procurement_id, values, keep_on_time=True)


def set_decision_maker(db, procurement_id: int, decision_maker: str, delegation: str) -> ProcurementRecord:
    """Who decides the award (a name and title) and under which delegation (printed in the award decision)."""
    try:
        values = {"decision_maker": validation.optional_text(" ".join(decision_maker.split()), "Beslutsfattaren", 200),
                  "decision_delegation": validation.optional_text(delegation, "Delegationen", 2000)}
    except ValueError as error:
        raise ValidationError("decision_maker", str(error)) from None
    return _save(db, procurement_id, values)


def record_duty(db, procurement_id: int, key: str, day: date | None) -> ProcurementRecord:
    """Dates (or with None clears) one duty: the day the notice was sent or the documentation completed."""
    if key not in DUTIES:
        raise ValueError(f"unknown duty {key!r}")
    if day is not None and day > clock.today():
        raise ValidationError(key, f"{DUTIES[key][0]}: datumet {day.isoformat()} har inte kommit än.")
    return _save(db, procurement_id, {key: day}, allow_cancelled=key == "cancellation_notice_sent_on",
                 check_signed=key != "cancellation_notice_sent_on")


def _save(db, procurement_id: int, values: dict, *, allow_cancelled: bool = False,
          check_signed: bool = False, keep_on_time: bool = False) -> ProcurementRecord:
    with db.write() as session:
        procurement = get_row(session, procurement_id)
        if keep_on_time and values["tender_deadline_time"] != procurement.tender_deadline_time:
            _keep_tenders_on_time(session, procurement, values["tender_deadline_time"])
        if procurement.stage == "cancelled" and not allow_cancelled:
            raise ValidationError("stage", "Upphandlingen är avbruten och kan inte ändras.")
        if check_signed:
            signed = reread(session, procurement).signed_on
            day = next(iter(values.values()))
            if signed is None:
                raise ValidationError(next(iter(values)), "Avtalet är inte tecknat än: ange först datumet för steget "
                                                          "Avtal tecknat.")
            if day is not None and day < signed:
                raise ValidationError(next(iter(values)), f"Datumet kan inte vara före avtalet tecknades "
                                                          f"({signed.isoformat()}).")
        with audit.changing(session, db.actor_id, ENTITY, procurement, PROCUREMENT_FIELDS):
            for name, value in values.items():
                setattr(procurement, name, value)
            session.flush()
        return reread(session, procurement)


def _keep_tenders_on_time(session, procurement, clock_time: str) -> None:
    """A clock time on the deadline day may not make a tender already registered on time late afterwards."""
    from sqlalchemy import select

    from stic_desktop.models import Tender
    from stic_desktop.services.procurement import tenders

    day = tenders.deadline_day(session, procurement.id)
    if day is None:
        return
    received = session.scalars(select(Tender.received_at).where(Tender.procurement_id == procurement.id)).all()
    old = procurement.tender_deadline_time
    turned = [r for r in received if not tenders.is_late(r, day, old) and tenders.is_late(r, day, clock_time)]
    if turned:
        raise ValidationError("tender_deadline_time", f"{len(turned)} anbud som kom in i tid skulle bli för sent "
                                                      f"inkomna med klockslaget {clock_text(clock_time, '')}; "
                                                      "ange den tid som stod i annonsen.")


DOCUMENT_DUTIES = {"individual_report": "individual_report_on", "cancellation_notice": "cancellation_notice_sent_on"}


def archive_duty_document(db, procurement_id: int, kind: str, pdf: bytes, filename: str, day: date):
    """Archives the individual report or the notice of cancellation (the exact bytes) and dates the duty it
    fulfils, in one transaction. Returns the ArchivedRecord."""
    from stic_desktop.services import archive

    key = DOCUMENT_DUTIES[kind]
    with db.write() as session:
        procurement = get_row(session, procurement_id)
        if kind == "cancellation_notice" and procurement.stage != "cancelled":
            raise ValidationError("stage", "Upphandlingen är inte avbruten.")
        with audit.changing(session, db.actor_id, ENTITY, procurement, PROCUREMENT_FIELDS):
            setattr(procurement, key, day)
            session.flush()
        note = ("Underrättelse till anbudsgivarna (12 kap. 12 § LOU)" if kind == "cancellation_notice"
                else "Individuell rapport (12 kap. 15–16 §§ LOU)")
        document_id = archive.archive_in(session, db.actor_id, kind, ENTITY, procurement_id, filename, pdf, note).id
    return archive.get_archived(db, document_id)
