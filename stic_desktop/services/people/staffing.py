"""Bemanning: who represents each municipality in each group on a date, where the gaps are,
and staffing a contract group with experts from the participating municipalities.

The matrix is built from three fixed queries (municipalities, groups, memberships in force) however
many groups and people there are, so the page stays quick with the large demo data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from stic_desktop.core import clock
from stic_desktop.errors import ValidationError
from stic_desktop.models import Group, Membership, Municipality, Person, PersonExpertise
from stic_desktop.services import lookup, validation
from stic_desktop.services.people import memberships
from stic_desktop.services.people.groups import KIND_LABELS, KIND_ORDER
from stic_desktop.services.people.memberships import (
    ROLE_LABELS,
    ROLE_ORDER,
    MembershipInput,
    active_on_clause,
    sort_key,
)

ROW_STATUSES = ("member", "interested", "other")
OTHER_ROW_LABEL = "Övriga (STIC, Adda m.fl.)"


@dataclass(frozen=True)
class Seat:
    person_id: int
    name: str
    role: str
    role_label: str
    represents_other: bool

    @property
    def text(self) -> str:
        return f"{self.name} ({self.role_label.lower()})"


@dataclass(frozen=True)
class StaffingRow:
    municipality_id: int | None  # None: the row for people who represent no member municipality
    name: str
    status: str  # member | interested | other


@dataclass(frozen=True)
class StaffingColumn:
    group_id: int
    name: str
    kind: str
    kind_label: str
    subject_area: str
    min_experts: int
    member_count: int
    expert_count: int
    chair: str | None  # the chair's name
    gaps: tuple[str, ...]  # what the group as a whole lacks


@dataclass(frozen=True)
class StaffingMatrix:
    as_of: date
    rows: tuple[StaffingRow, ...]
    columns: tuple[StaffingColumn, ...]
    seats: dict[tuple[int, int], tuple[Seat, ...]] = field(default_factory=dict)  # (row, column) -> seats
    cell_gaps: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, column) -> what is missing

    def cell(self, row: int, column: int) -> tuple[Seat, ...]:
        return self.seats.get((row, column), ())

    def gap(self, row: int, column: int) -> str | None:
        return self.cell_gaps.get((row, column))

    @property
    def gap_count(self) -> int:
        return len(self.cell_gaps) + sum(len(c.gaps) for c in self.columns)


def _groups(session: Session) -> list[Group]:
    groups = session.scalars(select(Group).where(Group.active.is_(True))).all()
    return sorted(groups, key=lambda g: (KIND_ORDER.index(g.kind), sort_key(g.name)))


def staffing_matrix(db, as_of: date | None = None) -> StaffingMatrix:
    """Member (and interested) municipalities × active groups, with the seats in force on ``as_of``."""
    day = as_of or clock.today()
    with db.read() as session:
        municipalities = session.execute(
            select(Municipality.id, Municipality.name, Municipality.status)
            .where(Municipality.status.in_(("member", "interested")))
        ).all()
        groups = _groups(session)
        seated = session.execute(
            select(Membership.group_id, Membership.municipality_id, Membership.person_id, Membership.role,
                   Membership.represents_other, Person.name)
            .join(Person, Person.id == Membership.person_id)
            .join(Group, Group.id == Membership.group_id)
            .where(Group.active.is_(True), active_on_clause(day))
        ).all()
    rows = [StaffingRow(m_id, name, status) for m_id, name, status in
            sorted(municipalities, key=lambda m: (m[2] != "member", sort_key(m[1])))]
    rows.append(StaffingRow(None, OTHER_ROW_LABEL, "other"))
    row_of = {row.municipality_id: index for index, row in enumerate(rows)}
    other_row = len(rows) - 1
    column_of = {group.id: index for index, group in enumerate(groups)}
    cells: dict[tuple[int, int], list[Seat]] = {}
    per_group: dict[int, list[Seat]] = {group.id: [] for group in groups}
    rank = {role: index for index, role in enumerate(ROLE_ORDER)}
    for group_id, municipality_id, person_id, role, represents_other, name in sorted(
            seated, key=lambda s: (rank[s[3]], sort_key(s[5]))):  # one sort: every cell comes out in order
        seat = Seat(person_id, name, role, ROLE_LABELS[role], represents_other)
        per_group[group_id].append(seat)
        key = (row_of.get(municipality_id, other_row), column_of[group_id])
        cells.setdefault(key, []).append(seat)
    seats = {key: tuple(found) for key, found in cells.items()}
    columns = [_column(group, per_group[group.id]) for group in groups]
    cell_gaps = {}
    for column, group in enumerate(groups):
        if group.kind != "working":
            continue
        for index, row in enumerate(rows):
            if row.status == "member" and (index, column) not in seats:
                cell_gaps[(index, column)] = f"Ingen från {row.name} i {group.name.lower()}."
    return StaffingMatrix(day, tuple(rows), tuple(columns), seats, cell_gaps)


def _column(group: Group, seats: list[Seat]) -> StaffingColumn:
    chair = next((s.name for s in seats if s.role == "chair"), None)
    experts = sum(1 for s in seats if s.role == "expert")
    gaps: list[str] = []
    if group.kind == "contract":
        if chair is None:
            gaps.append("Ingen ordförande.")
        if experts < group.min_experts:
            gaps.append(f"{experts} av minst {group.min_experts} experter.")
    return StaffingColumn(group.id, group.name, group.kind, KIND_LABELS[group.kind], group.subject_area,
                          group.min_experts, len(seats), experts, chair, tuple(gaps))


# --- staffing a contract group ------------------------------------------------------------------

_WORDS = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    return _WORDS.findall(text.casefold())


def expertise_matches(tag: str, subject_area: str) -> bool:
    """True when the tag names the subject area or a part of it: "livsmedel" matches "Livsmedel och
    måltider", and (Swedish compounds) "fordon" matches "Fordonsleasing"; short tags must match a whole word."""
    tag_words, subject_words = _words(tag), _words(subject_area)
    if not tag_words or not subject_words:
        return False
    size = len(tag_words)
    if any(subject_words[i:i + size] == tag_words for i in range(len(subject_words) - size + 1)):
        return True
    return size == 1 and len(tag_words[0]) >= 4 and any(w.startswith(tag_words[0]) for w in subject_words)


@dataclass(frozen=True)
class ExpertSuggestion:
    person_id: int
    name: str
    title: str
    municipality_id: int
    municipality_name: str
    email: str
    expertise: tuple[str, ...]
    matched: tuple[str, ...]  # the tags that matched the group's subject area

    @property
    def id(self) -> int:
        """Like a PersonRecord: the person's id."""
        return self.person_id


def _contract_group(session: Session, group_id: int) -> Group:
    return lookup.row(session, Group, group_id, "ingen grupp")


def suggest_experts(db, group_id: int, municipality_ids: Iterable[int]) -> list[ExpertSuggestion]:
    """Active people from the municipalities whose expertise matches the group's subject area and who
    are not already in the group today; by municipality, then name."""
    wanted = set(municipality_ids)
    today = clock.today()
    with db.read() as session:
        group = _contract_group(session, group_id)
        if not wanted or not group.subject_area.strip():
            return []
        seated = set(session.scalars(
            select(Membership.person_id).where(Membership.group_id == group_id, active_on_clause(today))))
        rows = session.execute(
            select(Person.id, Person.name, Person.title, Person.email, Municipality.id, Municipality.name,
                   PersonExpertise.tag)
            .join(Municipality, Municipality.id == Person.municipality_id)
            .join(PersonExpertise, PersonExpertise.person_id == Person.id)
            .where(Person.active.is_(True), Person.anonymised.is_(False), Person.organisation_kind == "municipality",
                   Person.municipality_id.in_(wanted))
        ).all()
    people: dict[int, dict] = {}
    for person_id, name, title, email, m_id, m_name, tag in rows:
        if person_id in seated:
            continue
        entry = people.setdefault(person_id, {"person_id": person_id, "name": name, "title": title, "email": email,
                                              "municipality_id": m_id, "municipality_name": m_name, "tags": []})
        entry["tags"].append(tag)
    suggestions = []
    for entry in people.values():
        tags = tuple(sorted(entry.pop("tags"), key=sort_key))
        matched = tuple(t for t in tags if expertise_matches(t, group.subject_area))
        if matched:
            suggestions.append(ExpertSuggestion(**entry, expertise=tags, matched=matched))
    return sorted(suggestions, key=lambda s: (sort_key(s.municipality_name), sort_key(s.name), s.person_id))


def add_experts(db, group_id: int, person_ids: Iterable[int], from_date: date, role: str = "expert") -> int:
    """Gives every person a seat in the group in one transaction: all of them, or (on any error) none."""
    ids = list(dict.fromkeys(person_ids))
    if not ids:
        raise ValidationError("person_ids", "Välj minst en person att lägga till.")
    errors = validation.FieldErrors()
    with db.write() as session:
        _contract_group(session, group_id)
        names = dict(session.execute(select(Person.id, Person.name).where(Person.id.in_(ids))).all())
        for person_id in ids:
            data = MembershipInput(person_id, group_id, role, None, False, from_date.isoformat())
            try:
                values = memberships.prepare_membership(session, data)
            except ValidationError as exc:
                who = names.get(person_id, f"id {person_id}")
                for e in exc.errors:
                    errors.add(e.field, f"{who}: {e.message}")
                continue
            memberships.add_membership(session, db.actor_id, values)
        errors.raise_if_any()  # rolls back the whole transaction
    return len(ids)
