"""Groups: the standing steering and working groups, and one contract group per procurement.

The membership functions live in ``memberships``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from stic_desktop.core import clock
from stic_desktop.errors import ValidationError
from stic_desktop.models import Group, Membership
from stic_desktop.services import audit, lookup, references, validation, versions
from stic_desktop.services.people.memberships import active_on_clause, sort_key

ENTITY = "group"

KIND_LABELS = {"steering": "Styrgrupp", "working": "Arbetsgrupp", "contract": "Avtalsgrupp"}
STANDING_KINDS = ("steering", "working")
KIND_ORDER = ("steering", "working", "contract")

FIELD_LABELS = {
    "name": "Namn",
    "kind": "Typ",
    "subject_area": "Sakområde",
    "min_experts": "Minsta antal experter",
    "notes": "Anteckningar",
    "active": "Aktiv",
}
GROUP_FIELDS = tuple(FIELD_LABELS)


@dataclass(frozen=True)
class GroupInput:
    name: str = ""
    kind: str = "contract"
    subject_area: str = ""
    min_experts: int | str = 0
    notes: str = ""
    active: bool = True


@dataclass(frozen=True)
class GroupRecord:
    id: int
    kind: str
    kind_label: str
    name: str
    subject_area: str
    min_experts: int
    notes: str
    active: bool
    member_count: int  # members today
    row_version: int | None = None  # as loaded; a form hands it back (see services.versions)

    @property
    def standing(self) -> bool:
        return self.kind in STANDING_KINDS

    def as_input(self) -> GroupInput:
        return GroupInput(self.name, self.kind, self.subject_area, self.min_experts, self.notes, self.active)


# --- groups -------------------------------------------------------------------------------------

def _group_order(group: Group) -> tuple:
    return (KIND_ORDER.index(group.kind), sort_key(group.name))


def _group_record(group: Group, member_count: int) -> GroupRecord:
    return GroupRecord(group.id, group.kind, KIND_LABELS[group.kind], group.name, group.subject_area,
                       group.min_experts, group.notes, group.active, member_count, group.row_version)


def _member_counts(session: Session, day: date) -> dict[int, int]:
    rows = session.execute(select(Membership.group_id, func.count()).where(active_on_clause(day)).group_by(Membership.group_id))
    return dict(rows.all())


def list_groups(db) -> list[GroupRecord]:
    """Steering group, working group, then contract groups by name; member counts as of today."""
    with db.read() as session:
        counts = _member_counts(session, clock.today())
        groups = sorted(session.scalars(select(Group)), key=_group_order)
        return [_group_record(g, counts.get(g.id, 0)) for g in groups]


def _get_group(session: Session, group_id: int) -> Group:
    return lookup.row(session, Group, group_id, "ingen grupp")


def get_group(db, group_id: int) -> GroupRecord:
    with db.read() as session:
        group = _get_group(session, group_id)
        return _group_record(group, _member_counts(session, clock.today()).get(group.id, 0))


def _parse_min_experts(value: int | str) -> int:
    text = str(value).strip() or "0"
    if not text.isdigit() or int(text) > 100:
        raise ValueError("Minsta antal experter ska vara ett heltal mellan 0 och 100.")
    return int(text)


def _validated_group(session: Session, data: GroupInput, existing: Group | None) -> dict:
    errors = validation.FieldErrors()
    values: dict = {"active": bool(data.active)}
    parsers = {
        "name": lambda v: validation.require_text(v, "Namnet", 200),
        "subject_area": lambda v: validation.optional_text(v, "Sakområdet", 200),
        "min_experts": _parse_min_experts,
        "notes": lambda v: validation.optional_text(v, "Anteckningarna", 20000),
    }
    for name, parse in parsers.items():
        errors.parse_into(values, name, parse, getattr(data, name))
    if existing is None and data.kind != "contract":
        errors.add("kind", "Bara avtalsgrupper kan läggas till; styrgruppen och arbetsgruppen finns redan.")
    elif existing is not None and data.kind != existing.kind:
        errors.add("kind", f"{existing.name} är en {KIND_LABELS[existing.kind].lower()} och kan inte byta typ.")
    if existing is not None and existing.kind in STANDING_KINDS and not data.active:
        errors.add("active", f"{existing.name} är en stående grupp och är alltid aktiv.")
    if "name" in values:
        clash = session.scalar(select(Group).where(func.lower(Group.name) == values["name"].lower()))
        if clash is not None and (existing is None or clash.id != existing.id):
            errors.add("name", f"Det finns redan en grupp som heter {clash.name}.")
    errors.raise_if_any()
    values["kind"] = data.kind
    return values


def save_group(db, data: GroupInput, group_id: int | None = None, *,
               expected_version: int | None = None) -> GroupRecord:
    """Create a contract group (no id) or update any group; standing groups keep their kind.
    ``expected_version`` refuses saving over someone else's newer change (services.versions)."""
    with db.write() as session:
        existing = None if group_id is None else _get_group(session, group_id)
        if existing is not None:
            versions.check_version(session, ENTITY, existing, expected_version, f"gruppen {existing.name}")
        values = _validated_group(session, data, existing)
        if existing is None:
            group = Group(**values)
            audit.created(session, db.actor_id, ENTITY, group, GROUP_FIELDS)
        else:
            group = existing
            audit.updated(session, db.actor_id, ENTITY, group, values, GROUP_FIELDS)
        return _group_record(group, _member_counts(session, clock.today()).get(group.id, 0))


def delete_group(db, group_id: int) -> None:
    """Only a contract group nothing refers to can go; one with history is marked inactive instead."""
    with db.write() as session:
        group = _get_group(session, group_id)
        if group.kind in STANDING_KINDS:
            raise ValidationError("id", f"{group.name} är en stående grupp och kan inte tas bort.")
        found = references.references_to(session, Group.__tablename__, group.id)
        if found:
            raise ValidationError(
                "id",
                f"{group.name} kan inte tas bort eftersom den har {references.describe(found)} (även avslutade). "
                "Markera gruppen som inaktiv i stället, så finns historiken kvar.",
            )
        audit.deleted(session, db.actor_id, ENTITY, group, GROUP_FIELDS)
