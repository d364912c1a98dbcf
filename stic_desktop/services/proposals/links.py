"""What a proposal is connected to: interested municipalities with their yearly volumes, and the agenda items
(meetings) where it was discussed. Re-exported by ``services.proposals``; kept apart to keep both modules short.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from stic_desktop.core import clock, money
from stic_desktop.errors import NotFound, ValidationError
from stic_desktop.models import (
    AgendaItem,
    AgendaTemplateItem,
    Group,
    Meeting,
    Municipality,
    Proposal,
    ProposalAgendaLink,
    ProposalInterest,
)
from stic_desktop.services import audit, lookup, validation
from stic_desktop.services.meetings import agenda
from stic_desktop.services.meetings.agenda import AgendaItemInput
from stic_desktop.services.meetings.agenda_templates import DEFAULT_CLOSING
from stic_desktop.services.meetings.records import STOCKHOLM, ensure_unlocked, get_meeting_row
from stic_desktop.services.people.memberships import sort_key
from stic_desktop.services.transaction import retrying

ENTITY = "proposal"
MAX_VOLUME_ORE = 10_000_000_000 * 100  # 10 miljarder kr a year from one municipality: anything above is a typo
ITEM_PREFIX = "Förslag: "
PROPOSAL_FIELDS = ("title", "area", "description", "origin", "workshop_id", "origin_municipality_id", "proposer_id",
                   "status", "priority_rank", "created_on", "status_changed_on", "notes")


def proposal_row(session: Session, proposal_id: int) -> Proposal:
    return lookup.row(session, Proposal, proposal_id, "inget förslag")


# --- interested municipalities ------------------------------------------------------------------

@dataclass(frozen=True)
class InterestRecord:
    municipality_id: int
    municipality_name: str
    municipality_code: str
    yearly_volume_ore: int


def interest_records(session: Session, proposal_ids: Sequence[int]) -> dict[int, list[InterestRecord]]:
    """Interests per proposal (one query), each list in Swedish order of municipality name."""
    if not proposal_ids:
        return {}
    rows = session.execute(
        select(ProposalInterest.proposal_id, Municipality.id, Municipality.name, Municipality.municipality_code,
               ProposalInterest.yearly_volume_ore)
        .join(Municipality, Municipality.id == ProposalInterest.municipality_id)
        .where(ProposalInterest.proposal_id.in_(list(proposal_ids))))
    found: dict[int, list[InterestRecord]] = {}
    for proposal_id, mid, name, code, volume in rows:
        found.setdefault(proposal_id, []).append(InterestRecord(mid, name, code, volume))
    return {pid: sorted(items, key=lambda r: (sort_key(r.municipality_name), r.municipality_code))
            for pid, items in found.items()}


def interests(db, proposal_id: int) -> list[InterestRecord]:
    with db.read() as session:
        proposal_row(session, proposal_id)
        return interest_records(session, [proposal_id]).get(proposal_id, [])


def _snapshot(session: Session, proposal_id: int) -> dict[str, int]:
    return {r.municipality_name: r.yearly_volume_ore
            for r in interest_records(session, [proposal_id]).get(proposal_id, [])}


def _checked_volumes(session: Session, volumes: Sequence[tuple[int, int]]) -> dict[int, int]:
    """Every problem named with its municipality, or a ValidationError on ``volumes`` listing them all."""
    ids = [pair[0] for pair in volumes if isinstance(pair, (tuple, list)) and len(pair) == 2]
    names = dict(session.execute(select(Municipality.id, Municipality.name)
                                 .where(Municipality.id.in_([i for i in ids if isinstance(i, int)]))).all())
    errors = validation.FieldErrors()
    wanted: dict[int, int] = {}
    for pair in volumes:
        if not isinstance(pair, (tuple, list)) or len(pair) != 2:
            errors.add("volumes", f"”{pair}” är ingen kommun med årsvolym.")
            continue
        municipality_id, volume = pair
        name = names.get(municipality_id) if isinstance(municipality_id, int) else None
        if name is None:
            errors.add("volumes", f"Kommunen med id {municipality_id} finns inte.")
            continue
        if municipality_id in wanted:
            errors.add("volumes", f"{name} finns med två gånger; ange kommunens volym en gång.")
        elif isinstance(volume, bool) or not isinstance(volume, int):
            errors.add("volumes", f"Årsvolymen för {name} ska vara ett belopp i hela ören.")
        elif volume < 0:
            errors.add("volumes", f"Årsvolymen för {name} kan inte vara negativ.")
        elif volume > MAX_VOLUME_ORE:
            errors.add("volumes", f"Årsvolymen för {name} är orimligt stor; högst "
                                  f"{money.format(MAX_VOLUME_ORE, decimals='auto')} per kommun och år.")
        else:
            wanted[municipality_id] = volume
    errors.raise_if_any()
    return wanted


def write_interests(session: Session, actor_id: int | None, proposal: Proposal,
                    volumes: Sequence[tuple[int, int]]) -> None:
    """Makes the interests exactly ``volumes`` inside the caller's transaction; logged as name → volume."""
    wanted = _checked_volumes(session, list(volumes))
    before = _snapshot(session, proposal.id)
    rows = {r.municipality_id: r for r in session.scalars(
        select(ProposalInterest).where(ProposalInterest.proposal_id == proposal.id))}
    for municipality_id, row in rows.items():
        if municipality_id not in wanted:
            session.delete(row)
        elif row.yearly_volume_ore != wanted[municipality_id]:
            row.yearly_volume_ore = wanted[municipality_id]
    for municipality_id, volume in wanted.items():
        if municipality_id not in rows:
            session.add(ProposalInterest(proposal_id=proposal.id, municipality_id=municipality_id,
                                         yearly_volume_ore=volume))
    session.flush()
    audit.record(session, actor_id, ENTITY, proposal.id, "update", {"interests": before},
                 {"interests": _snapshot(session, proposal.id)})


def set_interests(db, proposal_id: int, volumes: Sequence[tuple[int, int]]) -> list[InterestRecord]:
    """Replaces the interested municipalities: (municipality_id, yearly volume in öre) each."""
    with db.write() as session:
        write_interests(session, db.actor_id, proposal_row(session, proposal_id), volumes)
        return interest_records(session, [proposal_id]).get(proposal_id, [])


# --- agenda items -------------------------------------------------------------------------------

@dataclass(frozen=True)
class ProposalLink:
    agenda_item_id: int
    meeting_id: int
    meeting_title: str
    meeting_date: date
    group_name: str  # "" for a meeting without a group
    item_title: str
    paragraph: int | None
    decision: str

    def describe(self) -> str:
        return f"{self.meeting_title} {self.meeting_date.isoformat()}: {self.item_title}"


def _link_query():
    return (select(AgendaItem.id, Meeting.id, Meeting.title, Meeting.starts_at, Group.name, AgendaItem.title,
                   AgendaItem.paragraph, AgendaItem.decision)
            .join(Meeting, Meeting.id == AgendaItem.meeting_id)
            .outerjoin(Group, Group.id == Meeting.group_id))


def _link(row) -> ProposalLink:
    item_id, meeting_id, meeting_title, starts_at, group, item_title, paragraph, decision = row
    return ProposalLink(item_id, meeting_id, meeting_title, starts_at.astimezone(STOCKHOLM).date(), group or "",
                        item_title, paragraph, decision)


def _link_record(session: Session, agenda_item_id: int) -> ProposalLink:
    return _link(session.execute(_link_query().where(AgendaItem.id == agenda_item_id)).one())


def links(db, proposal_id: int) -> list[ProposalLink]:
    """The agenda items that discussed the proposal, oldest meeting first."""
    with db.read() as session:
        proposal_row(session, proposal_id)
        rows = session.execute(
            _link_query().join(ProposalAgendaLink, ProposalAgendaLink.agenda_item_id == AgendaItem.id)
            .where(ProposalAgendaLink.proposal_id == proposal_id)
            .order_by(Meeting.starts_at, AgendaItem.position, AgendaItem.id)).all()
    return [_link(row) for row in rows]


def _log_link(session: Session, actor_id: int | None, proposal_id: int, old: str | None, new: str | None) -> None:
    audit.record(session, actor_id, ENTITY, proposal_id, "update", {"agenda_item": old}, {"agenda_item": new})


def insert_link(session: Session, actor_id: int | None, proposal: Proposal, item_id: int) -> ProposalLink:
    exists = session.scalar(select(func.count()).select_from(ProposalAgendaLink).where(
        ProposalAgendaLink.proposal_id == proposal.id, ProposalAgendaLink.agenda_item_id == item_id))
    if exists:
        raise ValidationError("agenda_item_id", "Förslaget är redan kopplat till den dagordningspunkten.")
    session.add(ProposalAgendaLink(proposal_id=proposal.id, agenda_item_id=item_id))
    session.flush()
    record = _link_record(session, item_id)
    _log_link(session, actor_id, proposal.id, None, record.describe())
    return record


def _closing_titles(session: Session, group_id: int | None) -> set[str]:
    titles = {t.casefold() for t in DEFAULT_CLOSING}
    if group_id is not None:
        titles |= {t.casefold() for t in session.scalars(select(AgendaTemplateItem.title).where(
            AgendaTemplateItem.group_id == group_id, AgendaTemplateItem.placement == "closing"))}
    return titles


def _place_before_closing(session: Session, meeting: Meeting) -> tuple[list[AgendaItem], int]:
    """Items and the position just before the trailing closing items (Övriga frågor, Mötets avslutande …)."""
    items = agenda.item_rows(session, meeting.id)
    closing = _closing_titles(session, meeting.group_id)
    place = len(items)
    while place > 0 and items[place - 1].title.strip().casefold() in closing:
        place -= 1
    return items, place


@retrying
def add_to_agenda(db, proposal_id: int, meeting_id: int) -> ProposalLink:
    """A new discussion item "Förslag: <title>" on the meeting's agenda, linked to the proposal.

    A new proposal becomes "Under diskussion" at the same time (status changes are logged as usual).
    """
    with db.write() as session:
        proposal = proposal_row(session, proposal_id)
        meeting = get_meeting_row(session, meeting_id)
        ensure_unlocked(meeting, "meeting_id")
        if meeting.status == "cancelled":
            raise ValidationError("meeting_id", "Mötet är inställt; välj ett annat möte.")
        title = (ITEM_PREFIX + proposal.title)[:300]
        values = agenda.validated_item(session, AgendaItemInput(
            title=title, kind="discussion", duration_minutes=15, description=proposal.description[:50000]))
        items, place = _place_before_closing(session, meeting)
        item = agenda.insert_item(session, db.actor_id, meeting, {**values, "position": place})
        agenda.reposition(session, db.actor_id, [*items[:place], item, *items[place:]])
        if meeting.status == "held":
            agenda.number_items(session, db.actor_id, meeting)
        if proposal.status == "new":
            with audit.changing(session, db.actor_id, ENTITY, proposal, PROPOSAL_FIELDS):
                proposal.status, proposal.status_changed_on = "discussion", clock.today()
                session.flush()
        return insert_link(session, db.actor_id, proposal, item.id)


def link_agenda_item(db, proposal_id: int, agenda_item_id: int) -> ProposalLink:
    """Links an existing agenda item (say, one written before the proposal was registered)."""
    with db.write() as session:
        proposal = proposal_row(session, proposal_id)
        lookup.row(session, AgendaItem, agenda_item_id, "ingen dagordningspunkt")
        return insert_link(session, db.actor_id, proposal, agenda_item_id)


def unlink_agenda_item(db, proposal_id: int, agenda_item_id: int) -> None:
    """Removes the link only; the agenda item stays on its meeting."""
    with db.write() as session:
        proposal = proposal_row(session, proposal_id)
        row = session.scalar(select(ProposalAgendaLink).where(
            ProposalAgendaLink.proposal_id == proposal.id, ProposalAgendaLink.agenda_item_id == agenda_item_id))
        if row is None:
            raise NotFound("Förslaget är inte kopplat till den dagordningspunkten.")
        old = _link_record(session, agenda_item_id).describe()
        session.delete(row)
        session.flush()
        _log_link(session, db.actor_id, proposal.id, old, None)

