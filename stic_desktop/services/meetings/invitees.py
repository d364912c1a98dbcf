"""Who is called to a meeting: the group's members on the day plus guests; replies, attendance, quorum.

Re-exported by ``services.meetings``. Members are read inside the caller's transaction (so a
meeting and its invitees are created in one), using the groups service's own SQL condition for
"membership in force on a day".
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, true
from sqlalchemy.orm import Session, aliased

from stic_desktop.errors import ValidationError
from stic_desktop.models import Group, Invitee, Meeting, Membership, Municipality, Person
from stic_desktop.services import audit, lookup
from stic_desktop.services.meetings.records import (
    ATTENDANCE_LABELS,
    RSVP_LABELS,
    ensure_unlocked,
    get_meeting_row,
    local,
)
from stic_desktop.services.people import groups, memberships

INVITEE_ENTITY = "invitee"
GUEST_LABEL = "Gäst"
INVITEE_FIELDS = ("meeting_id", "person_id", "guest", "rsvp", "rsvp_substitute_id", "attendance",
                  "attendance_substitute_id", "adjuster")
# Roles that vote, and so count towards a quorum; secretaries, experts, adjuncts and substitutes do not
# (a substitute counts only in the place of the member they stand in for).
VOTING_ROLES = frozenset({"chair", "vice_chair", "convener", "member"})
_ORGANISATIONS = {"stic": "STIC", "adda": "SKL Kommentus/Adda", "municipality": "Kommun", "other": "Annan"}


@dataclass(frozen=True)
class InviteeRecord:
    id: int
    meeting_id: int
    person_id: int
    person_name: str
    email: str
    organisation: str
    role_label: str  # the group role on the meeting's day, or "Gäst"
    guest: bool
    rsvp: str
    rsvp_label: str
    rsvp_substitute_id: int | None
    rsvp_substitute_name: str  # "" when none
    attendance: str
    attendance_label: str
    attendance_substitute_id: int | None
    attendance_substitute_name: str
    adjuster: bool
    voting: bool = False  # a voting role in the group on the day (counts towards the quorum)


@dataclass(frozen=True)
class Quorum:
    applies: bool  # only the steering group has a quorum rule
    members: int  # invitees with a voting role in the group on the day (not the secretary, experts, guests)
    present: int  # of them, present in person or through a substitute
    reached: bool  # present > members / 2 (always False where the rule does not apply)


def meeting_day(meeting: Meeting):
    return local(meeting.starts_at).date()


def roles_on_day(session: Session, meeting: Meeting, person_ids=None) -> dict[int, str]:
    """person id → role code in the meeting's group on the meeting's day (the highest role if several)."""
    if meeting.group_id is None:
        return {}
    query = select(Membership.person_id, Membership.role).where(
        Membership.group_id == meeting.group_id, groups.active_on_clause(meeting_day(meeting)))
    if person_ids is not None:
        query = query.where(Membership.person_id.in_(list(person_ids)))
    roles: dict[int, str] = {}
    for person_id, role in session.execute(query):
        if person_id not in roles or memberships.ROLE_ORDER.index(role) < memberships.ROLE_ORDER.index(roles[person_id]):
            roles[person_id] = role
    return roles


def _add(session: Session, actor_id: int | None, meeting: Meeting, person_id: int, guest: bool) -> Invitee:
    row = Invitee(meeting_id=meeting.id, person_id=person_id, guest=guest, rsvp="pending", attendance="unknown",
                  adjuster=False)
    audit.created(session, actor_id, INVITEE_ENTITY, row, INVITEE_FIELDS)
    return row


def invite_group_members(session: Session, actor_id: int | None, meeting: Meeting) -> int:
    """Invites the group's members on the meeting's day who are not invited yet; returns how many.

    Anonymised and inactive people are left out: they cannot receive an invitation.
    """
    roles = roles_on_day(session, meeting)
    if not roles:
        return 0
    invited = set(session.scalars(select(Invitee.person_id).where(Invitee.meeting_id == meeting.id)))
    usable = set(session.scalars(select(Person.id).where(
        Person.id.in_(list(roles)), Person.active.is_(True), Person.anonymised.is_(False))))
    added = 0
    for person_id in sorted(usable - invited):
        _add(session, actor_id, meeting, person_id, guest=False)
        added += 1
    return added


def remove_member_invitees(session: Session, actor_id: int | None, meeting: Meeting) -> None:
    """Removes the non-guest invitees (when a draft meeting moves to another group)."""
    for row in session.scalars(select(Invitee).where(Invitee.meeting_id == meeting.id, Invitee.guest.is_(False))):
        audit.deleted(session, actor_id, INVITEE_ENTITY, row, INVITEE_FIELDS)
    session.flush()


def _organisation(kind: str, municipality: str | None, other: str) -> str:
    if kind == "municipality":
        return municipality or _ORGANISATIONS["municipality"]
    if kind == "other":
        return other or _ORGANISATIONS["other"]
    return _ORGANISATIONS.get(kind, kind)


def _records(session: Session, meeting: Meeting, where) -> list[InviteeRecord]:
    rsvp_sub, attendance_sub = aliased(Person), aliased(Person)
    rows = session.execute(
        select(Invitee, Person.name, Person.email, Person.organisation_kind, Municipality.name,
               Person.other_organisation, rsvp_sub.name, attendance_sub.name)
        .join(Person, Person.id == Invitee.person_id)
        .outerjoin(Municipality, Municipality.id == Person.municipality_id)
        .outerjoin(rsvp_sub, rsvp_sub.id == Invitee.rsvp_substitute_id)
        .outerjoin(attendance_sub, attendance_sub.id == Invitee.attendance_substitute_id)
        .where(Invitee.meeting_id == meeting.id, where)
    ).all()
    roles = roles_on_day(session, meeting, [row[0].person_id for row in rows if not row[0].guest])
    records = []
    for inv, name, email, kind, municipality, other, rsvp_name, attendance_name in rows:
        role = None if inv.guest else roles.get(inv.person_id)
        label = GUEST_LABEL if inv.guest else memberships.ROLE_LABELS[role] if role else ""
        records.append(InviteeRecord(
            inv.id, inv.meeting_id, inv.person_id, name, email, _organisation(kind, municipality, other), label,
            inv.guest, inv.rsvp, RSVP_LABELS[inv.rsvp], inv.rsvp_substitute_id, rsvp_name or "", inv.attendance,
            ATTENDANCE_LABELS[inv.attendance], inv.attendance_substitute_id, attendance_name or "", inv.adjuster,
            role in VOTING_ROLES))

    def order(record: InviteeRecord) -> tuple:
        role = None if record.guest else roles.get(record.person_id)
        rank = (2, 0) if record.guest else (0, memberships.ROLE_ORDER.index(role)) if role else (1, 0)
        return (rank, groups.sort_key(record.person_name), record.id)

    return sorted(records, key=order)


def invitees(db, meeting_id: int) -> list[InviteeRecord]:
    """Members by role order (chair first), then invitees without a seat that day, then guests."""
    with db.read() as session:
        meeting = get_meeting_row(session, meeting_id)
        return _records(session, meeting, true())


def _invitee_row(session: Session, invitee_id: int) -> tuple[Invitee, Meeting]:
    row = lookup.row(session, Invitee, invitee_id, "ingen kallad person")
    return row, get_meeting_row(session, row.meeting_id)


def _usable_person(session: Session, person_id: int | None, field: str, what: str) -> Person:
    person = session.get(Person, person_id) if person_id is not None else None
    if person is None:
        raise ValidationError(field, f"Välj {what}." if person_id is None else "Personen finns inte (den kan ha tagits bort).")
    if person.anonymised:
        raise ValidationError(field, "Personen är anonymiserad och kan inte kallas till möten.")
    return person


def add_guest(db, meeting_id: int, person_id: int) -> InviteeRecord:
    """Invites one more person; someone who sits in the group on the day is invited as a member, not a guest."""
    with db.write() as session:
        meeting = get_meeting_row(session, meeting_id)
        ensure_unlocked(meeting)
        person = _usable_person(session, person_id, "person_id", "en person")
        if session.scalar(select(Invitee.id).where(Invitee.meeting_id == meeting.id, Invitee.person_id == person.id)):
            raise ValidationError("person_id", f"{person.name} är redan kallad till mötet.")
        member = person.id in roles_on_day(session, meeting, [person.id])
        row = _add(session, db.actor_id, meeting, person.id, guest=not member)
        return _records(session, meeting, Invitee.id == row.id)[0]


def remove_invitee(db, invitee_id: int) -> None:
    with db.write() as session:
        row, meeting = _invitee_row(session, invitee_id)
        ensure_unlocked(meeting)
        audit.deleted(session, db.actor_id, INVITEE_ENTITY, row, INVITEE_FIELDS)


def _update(db, invitee_id: int, change) -> InviteeRecord:
    with db.write() as session:
        row, meeting = _invitee_row(session, invitee_id)
        ensure_unlocked(meeting)
        with audit.changing(session, db.actor_id, INVITEE_ENTITY, row, INVITEE_FIELDS):
            change(session, row)
            session.flush()
        return _records(session, meeting, Invitee.id == row.id)[0]


def _substitute(session: Session, row: Invitee, value: str, substitute_id: int | None, field: str) -> int | None:
    if value != "substitute":
        return None  # a substitute is only kept together with the answer "ersättare"
    person = _usable_person(session, substitute_id, field, "vem som ersätter")
    if person.id == row.person_id:
        raise ValidationError(field, "Ersättaren måste vara en annan person än den kallade.")
    return person.id


def set_rsvp(db, invitee_id: int, rsvp: str, substitute_id: int | None = None) -> InviteeRecord:
    """The reply to the invitation: kommer / kommer inte / ersättare (who)."""
    if rsvp not in RSVP_LABELS:
        raise ValidationError("rsvp", f"Okänt svar ”{rsvp}”. Välj {', '.join(RSVP_LABELS.values()).lower()}.")

    def change(session: Session, row: Invitee) -> None:
        row.rsvp_substitute_id = _substitute(session, row, rsvp, substitute_id, "rsvp_substitute_id")
        row.rsvp = rsvp

    return _update(db, invitee_id, change)


def set_attendance(db, invitee_id: int, attendance: str, substitute_id: int | None = None) -> InviteeRecord:
    """Who was there: närvarande / frånvarande / ersättare (who)."""
    if attendance not in ATTENDANCE_LABELS:
        raise ValidationError("attendance", f"Okänd närvaro ”{attendance}”.")

    def change(session: Session, row: Invitee) -> None:
        row.attendance_substitute_id = _substitute(session, row, attendance, substitute_id, "attendance_substitute_id")
        row.attendance = attendance

    return _update(db, invitee_id, change)


def set_adjuster(db, invitee_id: int, adjuster: bool) -> InviteeRecord:
    """Marks a justerare; part of the minutes, so locked once they are adjusted."""

    def change(_session: Session, row: Invitee) -> None:
        row.adjuster = bool(adjuster)

    return _update(db, invitee_id, change)


def is_voting(role_code: str | None) -> bool:
    return role_code in VOTING_ROLES


def quorum(db, meeting_id: int) -> Quorum:
    """The steering group has a quorum when more than half of its voting members are present.

    Only invitees with a voting role on the day count (ordförande, vice ordförande, sammankallande,
    ledamot): STIC's secretary, experts and adjuncts do not. A member who sent a substitute counts as
    present through the substitute; the substitute is not counted a second time on their own seat.
    """
    with db.read() as session:
        meeting = get_meeting_row(session, meeting_id)
        kind = session.scalar(select(Group.kind).where(Group.id == meeting.group_id)) if meeting.group_id else None
        rows = session.execute(select(Invitee.person_id, Invitee.attendance).where(
            Invitee.meeting_id == meeting.id, Invitee.guest.is_(False))).all()
        roles = roles_on_day(session, meeting, [person_id for person_id, _ in rows])
    voting = [attendance for person_id, attendance in rows if is_voting(roles.get(person_id))]
    members = len(voting)
    present = sum(1 for value in voting if value in ("present", "substitute"))
    applies = kind == "steering"
    return Quorum(applies, members, present, applies and present * 2 > members)
