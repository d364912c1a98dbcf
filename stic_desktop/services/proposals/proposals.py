"""The proposal list (förslagslista): proposals for coordinated procurements, their status and the working
group's priority order.

Status flow: ny → under diskussion → prioriterad → beslutad (blir upphandling); any open proposal can be
rejected (avslagen) or put aside (vilande), and taken up again for discussion. Only open proposals (ny, under
diskussion, prioriterad) have a rank; the ranks are always 1..n without gaps. Interests and agenda links live
in ``links``.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from stic_desktop.core import clock, dates
from stic_desktop.errors import ValidationError
from stic_desktop.models import Municipality, Person, Procurement, Proposal, ProposalInterest, Workshop
from stic_desktop.services import audit, validation, versions
from stic_desktop.services.proposals.links import ENTITY, PROPOSAL_FIELDS, proposal_row, write_interests

AREA_LABELS = {"social": "Socialt", "technical": "Tekniskt", "other": "Annat"}
ORIGIN_LABELS = {"workshop": "Workshop", "working_group": "Arbetsgruppen", "municipality": "Kommun"}
STATUS_LABELS = {"new": "Ny", "discussion": "Under diskussion", "prioritised": "Prioriterad",
                 "decided": "Beslutad (blir upphandling)", "rejected": "Avslagen", "dormant": "Vilande"}
OPEN_STATUSES = ("new", "discussion", "prioritised")
# Which status may follow which. Deciding needs a discussion first; closed proposals are taken up again
# by discussing them anew.
TRANSITIONS = {
    "new": ("discussion", "prioritised", "rejected", "dormant"),
    "discussion": ("new", "prioritised", "decided", "rejected", "dormant"),
    "prioritised": ("discussion", "decided", "rejected", "dormant"),
    "decided": ("discussion", "prioritised"),
    "rejected": ("discussion",),
    "dormant": ("discussion", "prioritised"),
}
FIELD_LABELS = {
    "title": "Rubrik", "area": "Område", "description": "Beskrivning", "origin": "Ursprung",
    "workshop_id": "Workshop", "origin_municipality_id": "Kommun", "proposer_id": "Förslagsställare",
    "status": "Status", "priority_rank": "Rang", "created_on": "Registrerat", "status_changed_on": "Status ändrad",
    "notes": "Anteckningar", "interests": "Intresserade kommuner (årsvolym i öre)", "agenda_item": "Dagordningspunkt",
}
MAX_RANK = 999


@dataclass(frozen=True)
class ProposalInput:
    title: str = ""
    area: str = "other"
    description: str = ""
    origin: str = "working_group"
    workshop_id: int | None = None
    origin_municipality_id: int | None = None
    proposer_id: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class ProposalRecord:
    id: int
    title: str
    area: str
    area_label: str
    description: str
    origin: str
    origin_label: str
    origin_text: str  # "Workshop 4 mars 2026: Hemtjänst", "Arbetsgruppen", "Kommun: Solna"
    workshop_id: int | None
    origin_municipality_id: int | None
    proposer_id: int | None
    proposer_name: str
    status: str
    status_label: str
    priority_rank: int | None
    created_on: date
    status_changed_on: date | None
    notes: str
    interest_count: int
    total_yearly_volume_ore: int
    procurement_id: int | None
    procurement_case_number: str  # "" when none
    row_version: int | None = None  # as loaded; a form hands it back (see services.versions)

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    def as_input(self) -> ProposalInput:
        return ProposalInput(self.title, self.area, self.description, self.origin, self.workshop_id,
                             self.origin_municipality_id, self.proposer_id, self.notes)


def _list_query():
    """Every proposal with names, interest totals and its procurement in one statement."""
    count = (select(func.count()).where(ProposalInterest.proposal_id == Proposal.id)
             .correlate(Proposal).scalar_subquery())
    volume = (select(func.coalesce(func.sum(ProposalInterest.yearly_volume_ore), 0))
              .where(ProposalInterest.proposal_id == Proposal.id).correlate(Proposal).scalar_subquery())
    first = select(Procurement.id).where(Procurement.proposal_id == Proposal.id).correlate(Proposal)
    procurement_id = first.order_by(Procurement.id).limit(1).scalar_subquery()
    case_number = (select(Procurement.case_number).where(Procurement.proposal_id == Proposal.id).correlate(Proposal)
                   .order_by(Procurement.id).limit(1).scalar_subquery())
    return (select(Proposal, Workshop.title, Workshop.held_on, Municipality.name, Person.name, count, volume,
                   procurement_id, case_number)
            .outerjoin(Workshop, Workshop.id == Proposal.workshop_id)
            .outerjoin(Municipality, Municipality.id == Proposal.origin_municipality_id)
            .outerjoin(Person, Person.id == Proposal.proposer_id))


def origin_text(origin: str, workshop_title: str | None, held_on: date | None, municipality: str | None) -> str:
    if origin == "workshop":
        if workshop_title is None:
            return "Workshop"
        return f"Workshop {dates.long_date(held_on)}: {workshop_title}" if held_on else f"Workshop: {workshop_title}"
    if origin == "municipality":
        return f"Kommun: {municipality}" if municipality else "Kommun"
    return ORIGIN_LABELS.get(origin, origin)


def _record(row) -> ProposalRecord:
    p, workshop_title, held_on, municipality, proposer, count, volume, procurement_id, case_number = row
    return ProposalRecord(
        p.id, p.title, p.area, AREA_LABELS.get(p.area, p.area), p.description, p.origin,
        ORIGIN_LABELS.get(p.origin, p.origin), origin_text(p.origin, workshop_title, held_on, municipality),
        p.workshop_id, p.origin_municipality_id, p.proposer_id, proposer or "", p.status,
        STATUS_LABELS.get(p.status, p.status), p.priority_rank, p.created_on, p.status_changed_on, p.notes,
        int(count or 0), int(volume or 0), procurement_id, case_number or "", p.row_version)


def proposal_record(session: Session, proposal_id: int) -> ProposalRecord:
    session.flush()
    proposal_row(session, proposal_id)
    return _record(session.execute(_list_query().where(Proposal.id == proposal_id)).one())


def list_proposals(db, *, statuses: Collection[str] | None = None) -> list[ProposalRecord]:
    """Ranked proposals first (by rank), then the rest newest first; optionally only some statuses."""
    query = _list_query()
    if statuses is not None:
        unknown = sorted(set(statuses) - set(STATUS_LABELS))
        if unknown:
            raise ValidationError("statuses", f"Okänd status ”{unknown[0]}”. Välj bland: {', '.join(STATUS_LABELS)}.")
        query = query.where(Proposal.status.in_(list(statuses)))
    query = query.order_by(Proposal.priority_rank.is_(None), Proposal.priority_rank, Proposal.created_on.desc(),
                           Proposal.id.desc())
    with db.read() as session:
        return [_record(row) for row in session.execute(query).all()]


def get_proposal(db, proposal_id: int) -> ProposalRecord:
    with db.read() as session:
        return proposal_record(session, proposal_id)


# --- editing ------------------------------------------------------------------------------------

def _validated(session: Session, data: ProposalInput) -> dict:
    errors = validation.FieldErrors()
    values: dict = {}
    texts = {
        "title": lambda t: validation.require_text(t, "Rubriken", 300),
        "description": lambda t: validation.optional_text(t, "Beskrivningen", 50000),
        "notes": lambda t: validation.optional_text(t, "Anteckningarna", 20000),
    }
    for name, parse in texts.items():
        errors.parse_into(values, name, parse, getattr(data, name) or "")
    if data.area not in AREA_LABELS:
        errors.add("area", f"Okänt område ”{data.area}”. Välj socialt, tekniskt eller annat.")
    if data.origin not in ORIGIN_LABELS:
        errors.add("origin", f"Okänt ursprung ”{data.origin}”. Välj workshop, arbetsgruppen eller kommun.")
    workshop_id = data.workshop_id if data.origin == "workshop" else None
    municipality_id = data.origin_municipality_id if data.origin == "municipality" else None
    if data.origin == "workshop" and workshop_id is None:
        errors.add("workshop_id", "Välj vilken workshop förslaget kommer från.")
    elif workshop_id is not None and session.get(Workshop, workshop_id) is None:
        errors.add("workshop_id", "Workshoppen finns inte (den kan ha tagits bort).")
    if data.origin == "municipality" and municipality_id is None:
        errors.add("origin_municipality_id", "Välj vilken kommun förslaget kommer från.")
    elif municipality_id is not None and session.get(Municipality, municipality_id) is None:
        errors.add("origin_municipality_id", "Kommunen finns inte.")
    if data.proposer_id is not None and session.get(Person, data.proposer_id) is None:
        errors.add("proposer_id", "Förslagsställaren finns inte.")
    errors.raise_if_any()
    return {**values, "area": data.area, "origin": data.origin, "workshop_id": workshop_id,
            "origin_municipality_id": municipality_id, "proposer_id": data.proposer_id}


def save_proposal(db, data: ProposalInput, proposal_id: int | None = None, *,
                  volumes: Sequence[tuple[int, int]] | None = None,
                  expected_version: int | None = None) -> ProposalRecord:
    """Create (no id) or update a proposal and, with ``volumes``, its interests: all in one transaction.
    ``expected_version`` refuses saving over someone else's newer change (services.versions)."""
    with db.write() as session:
        if proposal_id is not None:
            existing = proposal_row(session, proposal_id)
            versions.check_version(session, ENTITY, existing, expected_version, f"förslaget ”{existing.title}”")
        values = _validated(session, data)
        if proposal_id is None:
            proposal = audit.created(session, db.actor_id, ENTITY, Proposal(
                **values, status="new", priority_rank=None, created_on=clock.today(), status_changed_on=None),
                PROPOSAL_FIELDS)
        else:
            proposal = audit.updated(session, db.actor_id, ENTITY, existing, values, PROPOSAL_FIELDS)
        if volumes is not None:
            write_interests(session, db.actor_id, proposal, volumes)
        return proposal_record(session, proposal.id)


def create_proposal(db, data: ProposalInput) -> ProposalRecord:
    return save_proposal(db, data)


def update_proposal(db, proposal_id: int, data: ProposalInput) -> ProposalRecord:
    return save_proposal(db, data, proposal_id)


def _procurement_case(session: Session, proposal_id: int) -> str | None:
    return session.scalar(select(Procurement.case_number).where(Procurement.proposal_id == proposal_id)
                          .order_by(Procurement.id).limit(1))


def delete_proposal(db, proposal_id: int) -> None:
    """Refused once a procurement was made from it; interests and agenda links go with it."""
    with db.write() as session:
        proposal = proposal_row(session, proposal_id)
        case = _procurement_case(session, proposal.id)
        if case is not None:
            raise ValidationError("id", f"Förslaget ”{proposal.title}” har blivit upphandling {case} och kan inte tas "
                                        "bort.")
        if proposal.priority_rank is not None:
            _renumber(session, db.actor_id, _ranked(session, exclude=proposal.id))
        audit.deleted(session, db.actor_id, ENTITY, proposal, PROPOSAL_FIELDS)  # interests, agenda links: ON DELETE CASCADE


# --- status and rank ----------------------------------------------------------------------------

def _ranked(session: Session, *, exclude: int | None = None) -> list[Proposal]:
    rows = session.scalars(select(Proposal).where(Proposal.priority_rank.is_not(None))
                           .order_by(Proposal.priority_rank, Proposal.id))
    return [p for p in rows if p.id != exclude]


def _renumber(session: Session, actor_id: int | None, ordered: list[Proposal]) -> None:
    """Ranks 1..n in the given order; every proposal whose rank changed gets an audit row."""
    changed = [(p, audit.snapshot(p, PROPOSAL_FIELDS)) for p in ordered]
    for number, proposal in enumerate(ordered, start=1):
        proposal.priority_rank = number
    session.flush()
    for proposal, before in changed:
        audit.record(session, actor_id, ENTITY, proposal.id, "update", before, audit.snapshot(proposal, PROPOSAL_FIELDS))


def _unrank(session: Session, actor_id: int | None, proposal: Proposal) -> None:
    """Takes the proposal out of the order (inside a change the caller logs) and closes the gap."""
    if proposal.priority_rank is None:
        return
    proposal.priority_rank = None
    session.flush()
    _renumber(session, actor_id, _ranked(session, exclude=proposal.id))


def set_status(db, proposal_id: int, status: str, *, on: date | None = None) -> ProposalRecord:
    """Moves the proposal along the status flow; leaving the open statuses takes it out of the ranking."""
    day = on or clock.today()
    with db.write() as session:
        proposal = proposal_row(session, proposal_id)
        if status not in STATUS_LABELS:
            raise ValidationError("status", f"Okänd status ”{status}”.")
        current = STATUS_LABELS[proposal.status].lower()
        if status == proposal.status:
            raise ValidationError("status", f"Förslaget har redan status {current}.")
        case = _procurement_case(session, proposal.id)
        if case is not None:
            raise ValidationError("status", f"Förslaget har blivit upphandling {case}; dess status kan inte ändras.")
        if status not in TRANSITIONS[proposal.status]:
            names = [STATUS_LABELS[s].lower() for s in TRANSITIONS[proposal.status]]
            allowed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} eller {names[-1]}"
            hint = " Ett förslag behöver diskuteras innan det beslutas." if status == "decided" else ""
            raise ValidationError("status", f"Ett förslag med status {current} kan inte bli "
                                            f"{STATUS_LABELS[status].lower()}; det kan bli {allowed}.{hint}")
        if not isinstance(day, date) or day < proposal.created_on:
            raise ValidationError("status_changed_on", "Datumet för statusändringen kan inte vara före den dag "
                                                       f"förslaget registrerades ({proposal.created_on.isoformat()}).")
        with audit.changing(session, db.actor_id, ENTITY, proposal, PROPOSAL_FIELDS):
            proposal.status, proposal.status_changed_on = status, day
            if status not in OPEN_STATUSES:
                _unrank(session, db.actor_id, proposal)
            session.flush()
        return proposal_record(session, proposal.id)


def set_priority(db, proposal_id: int, rank: int | None) -> ProposalRecord:
    """Puts the proposal at ``rank`` (1 is first) and moves the ones from there down one; None takes it out.

    A rank past the end places it last. Only open proposals can be ranked.
    """
    with db.write() as session:
        proposal = proposal_row(session, proposal_id)
        if rank is not None and (isinstance(rank, bool) or not isinstance(rank, int) or not 1 <= rank <= MAX_RANK):
            raise ValidationError("priority_rank", f"Rangen ska vara ett heltal från 1 till {MAX_RANK}.")
        if rank is not None and proposal.status not in OPEN_STATUSES:
            raise ValidationError("priority_rank", f"Ett förslag med status {STATUS_LABELS[proposal.status].lower()} "
                                                   "kan inte prioriteras. Ta upp det för diskussion först.")
        with audit.changing(session, db.actor_id, ENTITY, proposal, PROPOSAL_FIELDS):
            others = _ranked(session, exclude=proposal.id)
            if rank is None:
                _unrank(session, db.actor_id, proposal)
            else:
                index = min(rank, len(others) + 1) - 1
                ordered = [*others[:index], proposal, *others[index:]]
                # Logged below for this proposal; the others that moved get their own rows.
                rest = [(p, audit.snapshot(p, PROPOSAL_FIELDS)) for p in others]
                for number, item in enumerate(ordered, start=1):
                    item.priority_rank = number
                session.flush()
                for item, old in rest:
                    audit.record(session, db.actor_id, ENTITY, item.id, "update", old, audit.snapshot(item, PROPOSAL_FIELDS))
            session.flush()
        return proposal_record(session, proposal.id)
