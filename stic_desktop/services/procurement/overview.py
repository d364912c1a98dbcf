"""The procurement blocks of the overview (Översikt) and the timeline of running procurements.

Each function is one query in one read, shaped in Python; none queries per row, so the start page
stays quick with hundreds of procurements. Stage dates: a stage is done once it has an actual date;
a planned date that has passed without an actual date is late.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import aliased

from stic_desktop.models import Municipality, Person, Procurement, ProcurementParticipant, ProcurementStage
from stic_desktop.models.procurement import STAGES, STATES
from stic_desktop.services.people.memberships import sort_key
from stic_desktop.services.procurement.procurements import STAGE_LABELS

DEADLINE_DAYS = 30  # "Tidsfrister inom 30 dagar"
ENDED = ("closed", "cancelled")
_POSITION = {stage: index for index, stage in enumerate(STAGES)}


def stage_label(stage: str) -> str:
    return STAGE_LABELS.get(stage, stage)


@dataclass(frozen=True)
class StageCount:
    stage: str
    label: str
    count: int


@dataclass(frozen=True)
class StageDate:
    """A planned stage date of a running procurement, coming up (``days`` left) or passed (``days`` late)."""

    procurement_id: int
    case_number: str
    title: str
    responsible_name: str  # "" when nobody
    current_stage: str
    current_stage_label: str
    stage: str  # the stage the date belongs to
    stage_label: str
    planned_on: date
    days: int  # days left until planned_on, or days since it passed (late stages)


@dataclass(frozen=True)
class MissingPowers:
    """A running procurement where some participants still lack a power of attorney (fullmakt)."""

    procurement_id: int
    case_number: str
    title: str
    stage: str
    stage_label: str
    advertise_on: date | None  # planned advertisement, when not yet advertised: the PoAs are needed by then
    participant_count: int
    municipalities: tuple[str, ...]  # those missing, in Swedish order


@dataclass(frozen=True)
class TimelineSegment:
    """Part of a timeline row: the time spent in one stage (``start`` .. ``end``)."""

    stage: str
    label: str
    start: date
    end: date
    state: str  # "done" (stage finished), "current" (the stage it is in), "planned" (still to come)
    late: bool  # a planned date that has passed without an actual date


@dataclass(frozen=True)
class TimelineRow:
    procurement_id: int
    case_number: str
    title: str
    stage: str
    stage_label: str
    responsible_name: str
    segments: tuple[TimelineSegment, ...]
    late: bool

    @property
    def first_day(self) -> date | None:
        return self.segments[0].start if self.segments else None

    @property
    def last_day(self) -> date | None:
        return max(segment.end for segment in self.segments) if self.segments else None


def stage_counts(db) -> list[StageCount]:
    """How many procurements are in each stage (cancelled last); every stage listed, zeros included."""
    with db.read() as session:
        counts = dict(session.execute(select(Procurement.stage, func.count()).group_by(Procurement.stage)).all())
    return [StageCount(stage, stage_label(stage), counts.get(stage, 0)) for stage in STATES]


def _position(column):
    """A stage's place in STAGES, in SQL."""
    return case(_POSITION, value=column, else_=-1)


def _dated_stages(session, where, limit: int | None = None) -> list:
    """Stages not reached of running procurements, by planned date; with ``limit`` only stages still ahead of the
    procurement's current one, at most ``limit``."""
    responsible = aliased(Person)
    query = (select(Procurement.id, Procurement.case_number, Procurement.title, Procurement.stage, responsible.name,
                    ProcurementStage.stage, ProcurementStage.planned_on)
             .join(ProcurementStage, ProcurementStage.procurement_id == Procurement.id)
             .outerjoin(responsible, responsible.id == Procurement.responsible_id)
             .where(Procurement.stage.not_in(ENDED), ProcurementStage.actual_on.is_(None), where))
    if limit is not None:
        query = query.where(_position(ProcurementStage.stage) > _position(Procurement.stage)).limit(limit)
    return session.execute(query.order_by(ProcurementStage.planned_on, Procurement.case_number)).all()


def _stage_date(row, days: int) -> StageDate:
    pid, case_number, title, current, responsible, stage, planned_on = row
    return StageDate(pid, case_number, title, responsible or "", current, stage_label(current), stage,
                     stage_label(stage), planned_on, days)


def upcoming_deadlines(db, today: date, days: int = DEADLINE_DAYS, limit: int | None = None) -> list[StageDate]:
    """Planned stage dates from today through ``today + days`` not yet reached, soonest first (the first ``limit``)."""
    with db.read() as session:
        rows = _dated_stages(session, _within(today, days), limit)
    return [_stage_date(row, (row[6] - today).days) for row in rows if _POSITION[row[5]] > _POSITION[row[3]]]


def _within(today: date, days: int):
    return ProcurementStage.planned_on.between(today, today + timedelta(days=days))


def upcoming_deadlines_count(db, today: date, days: int = DEADLINE_DAYS) -> int:
    """How many ``upcoming_deadlines`` there are in all."""
    with db.read() as session:
        return session.execute(
            select(func.count()).select_from(ProcurementStage)
            .join(Procurement, Procurement.id == ProcurementStage.procurement_id)
            .where(Procurement.stage.not_in(ENDED), ProcurementStage.actual_on.is_(None), _within(today, days),
                   _position(ProcurementStage.stage) > _position(Procurement.stage))).scalar_one()


def late_stages(db, today: date) -> list[StageDate]:
    """Per running procurement its first late stage (planned date passed, no actual date), latest first."""
    with db.read() as session:
        rows = _dated_stages(session, ProcurementStage.planned_on < today)
    first: dict[int, StageDate] = {}
    for row in rows:  # ordered by planned date: the first seen per procurement is the earliest
        if _POSITION[row[5]] > _POSITION[row[3]] and row[0] not in first:
            first[row[0]] = _stage_date(row, (today - row[6]).days)
    return sorted(first.values(), key=lambda item: (-item.days, item.case_number))


def _lacks_power():
    return ~and_(ProcurementParticipant.poa_received_on.is_not(None), ProcurementParticipant.poa_sha256.is_not(None))


def _missing_first(limit: int):
    """The ``limit`` running procurements lacking a power of attorney whose advertisement comes first."""
    advertised = aliased(ProcurementStage)
    advertise_on = func.min(case((advertised.actual_on.is_(None), advertised.planned_on)))
    return (select(Procurement.id)
            .join(ProcurementParticipant, ProcurementParticipant.procurement_id == Procurement.id)
            .outerjoin(advertised, and_(advertised.procurement_id == Procurement.id, advertised.stage == "advertised"))
            .where(Procurement.stage.not_in(ENDED), _lacks_power())
            .group_by(Procurement.id, Procurement.case_number)
            .order_by(advertise_on.is_(None), advertise_on, Procurement.case_number, Procurement.id).limit(limit))


def missing_powers_count(db) -> int:
    """How many running procurements lack a power of attorney from some participant."""
    with db.read() as session:
        return session.execute(
            select(func.count(func.distinct(ProcurementParticipant.procurement_id)))
            .join(Procurement, Procurement.id == ProcurementParticipant.procurement_id)
            .where(Procurement.stage.not_in(ENDED), _lacks_power())).scalar_one()


def missing_powers(db, limit: int | None = None) -> list[MissingPowers]:
    """Running procurements with participants lacking a power of attorney (a received date and the file); with
    ``limit`` the first ``limit`` to be advertised (picked in SQL)."""
    advertised = aliased(ProcurementStage)
    with db.read() as session:
        query = (
            select(Procurement.id, Procurement.case_number, Procurement.title, Procurement.stage,
                   advertised.planned_on, advertised.actual_on, Municipality.name,
                   and_(ProcurementParticipant.poa_received_on.is_not(None),
                        ProcurementParticipant.poa_sha256.is_not(None)))
            .join(ProcurementParticipant, ProcurementParticipant.procurement_id == Procurement.id)
            .join(Municipality, Municipality.id == ProcurementParticipant.municipality_id)
            .outerjoin(advertised, and_(advertised.procurement_id == Procurement.id, advertised.stage == "advertised"))
            .where(Procurement.stage.not_in(ENDED)))
        if limit is not None:
            query = query.where(Procurement.id.in_(_missing_first(limit).scalar_subquery()))
        rows = session.execute(query).all()
    found: dict[int, tuple] = {}
    missing: dict[int, list[str]] = defaultdict(list)
    total: dict[int, int] = defaultdict(int)
    for pid, case_number, title, stage, planned, actual, name, has_poa in rows:
        found[pid] = (case_number, title, stage, planned if actual is None else None)
        total[pid] += 1
        if not has_poa:
            missing[pid].append(name)
    result = [MissingPowers(pid, *found[pid][:3], stage_label(found[pid][2]), found[pid][3], total[pid],
                            tuple(sorted(names, key=sort_key))) for pid, names in missing.items()]
    return sorted(result, key=lambda item: (item.advertise_on is None, item.advertise_on or date.max,
                                            item.case_number))


@dataclass(frozen=True)
class DutyRow:
    """A duty after signing (or after cancelling) not done yet: the award notice, the documentation, the
    individual report, or the notice of cancellation."""

    procurement_id: int
    case_number: str
    title: str
    responsible_name: str
    key: str
    label: str
    reference: str
    due_on: date | None  # None: as soon as possible
    state: str  # due, overdue, waiting
    days: int | None  # days left (due) or late (overdue); None without a due date


def open_duties(db, today: date) -> list[DutyRow]:
    """The open duties of signed procurements (a closed one has handled them) and of cancelled ones whose
    tenderers have not been notified, overdue first, then by due date; one query."""
    from stic_desktop.services.procurement.after_award import DUTIES, duties_for

    responsible = aliased(Person)
    signed = aliased(ProcurementStage)
    with db.read() as session:
        rows = session.execute(
            select(Procurement.id, Procurement.case_number, Procurement.title, Procurement.stage,
                   Procurement.procedure, responsible.name, signed.actual_on,
                   *(getattr(Procurement, key) for key in DUTIES))
            .outerjoin(responsible, responsible.id == Procurement.responsible_id)
            .outerjoin(signed, and_(signed.procurement_id == Procurement.id, signed.stage == "signed"))
            .where(Procurement.stage.in_(("signed", "cancelled")))).all()
    found = []
    for pid, case_number, title, stage, procedure, name, signed_on, *dates in rows:
        for duty in duties_for(stage, procedure, signed_on, dict(zip(DUTIES, dates)), today):
            if duty.state == "done":
                continue
            days = None if duty.due_on is None else abs((duty.due_on - today).days)
            found.append(DutyRow(pid, case_number, title, name or "", duty.key, duty.label, duty.reference,
                                 duty.due_on, duty.state, days))
    order = {"overdue": 0, "due": 1, "waiting": 2}
    return sorted(found, key=lambda r: (order[r.state], r.due_on or today, r.case_number, r.key))


def _segments(current: str, dates: dict[str, tuple[date | None, date | None]], today: date,
              ) -> tuple[list[TimelineSegment], bool]:
    """Stage bars from the known dates (actual before planned); a late plan is pushed to start today."""
    points: list[tuple[str, date, bool, bool]] = []  # (stage, day, actual, late)
    floor = date.min
    for stage in STAGES:
        planned, actual = dates.get(stage, (None, None))
        day = actual or planned
        if day is None:
            continue
        late = actual is None and _POSITION[stage] > _POSITION.get(current, -1) and day < today
        if actual is None and _POSITION[stage] > _POSITION.get(current, -1):
            day = max(day, today)  # what is still to come cannot start before today
        floor = max(floor, day)
        points.append((stage, floor, actual is not None, late))
    running = current not in ENDED
    segments = []
    for index, (stage, start, _actual, late) in enumerate(points):
        if index + 1 < len(points):
            end = points[index + 1][1]
        else:
            end = max(start, today) if running and stage == current else start
        position, now = _POSITION[stage], _POSITION.get(current, len(STAGES))
        state = "done" if position < now else "current" if position == now else "planned"
        if state == "current" and running:
            end = max(end, today)
        segments.append(TimelineSegment(stage, stage_label(stage), start, end, state, late))
    return segments, any(point[3] for point in points)


def _earliest_started(today: date, limit: int):
    """The ``limit`` running procurements that started first (their earliest stage date; none yet: today)."""
    first = func.coalesce(func.min(func.coalesce(ProcurementStage.actual_on, ProcurementStage.planned_on)), today)
    return (select(Procurement.id)
            .outerjoin(ProcurementStage, ProcurementStage.procurement_id == Procurement.id)
            .where(Procurement.stage.not_in(ENDED))
            .group_by(Procurement.id, Procurement.case_number)
            .order_by(first, Procurement.case_number, Procurement.id).limit(limit))


def running_count(db) -> int:
    """How many procurements are running (not closed or cancelled): the timeline's rows in all."""
    with db.read() as session:
        return session.execute(select(func.count()).select_from(Procurement)
                               .where(Procurement.stage.not_in(ENDED))).scalar_one()


def timeline(db, today: date, limit: int | None = None) -> list[TimelineRow]:
    """Running procurements with their stage bars, ordered by when they started; with ``limit`` only the first
    ``limit`` to have started (picked in SQL)."""
    responsible = aliased(Person)
    with db.read() as session:
        query = (select(Procurement.id, Procurement.case_number, Procurement.title, Procurement.stage, responsible.name,
                        ProcurementStage.stage, ProcurementStage.planned_on, ProcurementStage.actual_on)
                 .outerjoin(ProcurementStage, ProcurementStage.procurement_id == Procurement.id)
                 .outerjoin(responsible, responsible.id == Procurement.responsible_id)
                 .where(Procurement.stage.not_in(ENDED)))
        if limit is not None:
            query = query.where(Procurement.id.in_(_earliest_started(today, limit).scalar_subquery()))
        rows = session.execute(query.order_by(Procurement.id)).all()
    heads: dict[int, tuple] = {}
    dates: dict[int, dict[str, tuple[date | None, date | None]]] = defaultdict(dict)
    for pid, case_number, title, current, name, stage, planned, actual in rows:
        heads[pid] = (case_number, title, current, name or "")
        if stage is not None:
            dates[pid][stage] = (planned, actual)
    result = []
    for pid, (case_number, title, current, name) in heads.items():
        segments, late = _segments(current, dates[pid], today)
        result.append(TimelineRow(pid, case_number, title, current, stage_label(current), name, tuple(segments), late))
    return sorted(result, key=lambda row: (row.first_day or today, row.case_number))
