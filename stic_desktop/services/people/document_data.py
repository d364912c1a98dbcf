"""What the people documents print: a group's contact list (kontaktlista) on a date and one person's
register extract (registerutdrag), each read in one transaction as frozen records with the Swedish labels
they print. The renderers in ``documents/`` never see the database.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType

from stic_desktop.core import clock
from stic_desktop.services.audit import ACTIONS
from stic_desktop.services.people import gdpr, groups, memberships, people
from stic_desktop.services.people.gdpr_extract import ReadableExtract, json_copy, readable_extract
from stic_desktop.services.people.gdpr_info import Article15, article15
from stic_desktop.services.people.memberships import MEMBERSHIP_FIELD_LABELS, ROLE_LABELS, sort_key
from stic_desktop.services.transaction import one_read
from stic_desktop.services.workspace.organisation import OrganisationInfo, get_organisation

# The order a contact list is read in: who leads, who convenes and writes, then the members.
ROLE_ORDER = ("chair", "vice_chair", "convener", "secretary", "member", "substitute", "expert", "adjunct")


@dataclass(frozen=True)
class RosterLine:
    name: str
    role: str
    role_label: str
    municipality: str  # the municipality represented, else the person's organisation (STIC, Adda, ...)
    email: str
    phone: str

    def cells(self) -> tuple[str, ...]:
        return (self.name, self.role_label, self.municipality, self.email, self.phone)


@dataclass(frozen=True)
class Roster:
    group: groups.GroupRecord
    as_of: date
    lines: tuple[RosterLine, ...]


def _roster(db, group_id: int, as_of: date | None) -> Roster:
    day = as_of or clock.today()
    group = groups.get_group(db, group_id)
    lines = []
    for member in memberships.members(db, group_id, day):
        where = member.municipality_name
        if not where:  # STIC staff, the Adda CEO, ...: their organisation says where they come from
            where = people.get_person(db, member.person_id).organisation
        lines.append(RosterLine(member.person_name, member.role, member.role_label, where or "", member.email, member.phone))
    lines.sort(key=lambda line: (ROLE_ORDER.index(line.role), sort_key(line.name), line.name))
    return Roster(group, day, tuple(lines))


def group_roster(db, group_id: int, as_of: date | None = None) -> Roster:
    """The group's members on ``as_of`` (today if None), by role order then name, in one read transaction."""
    with one_read(db) as snapshot:
        return _roster(snapshot, group_id, as_of)


@dataclass(frozen=True)
class RosterData:
    roster: Roster
    organisation: OrganisationInfo


def group_roster_data(db, group_id: int, as_of: date | None = None) -> RosterData:
    """The roster and the organisation that heads the PDF, in one read transaction."""
    with one_read(db) as snapshot:
        return RosterData(_roster(snapshot, group_id, as_of), get_organisation(snapshot))


@dataclass(frozen=True)
class PersonDataLabels:
    """The Swedish names the register extract prints: of fields, of stored codes per field (a role, a kind
    of organisation) and of audit actions."""

    fields: Mapping[str, str]
    values: Mapping[str, Mapping[str, str]]
    actions: Mapping[str, str]


@dataclass(frozen=True)
class PersonData:
    """One person's register extract: the complete machine-readable copy (``gdpr.person_data`` with readable
    names for the relations, ``gdpr_extract.json_copy``, for .json),
    the same written for the person (``gdpr_extract``, for .pdf) with the art. 15 information, and the
    organisation that heads the PDF. Only the part the chosen format needs is read."""

    extract: dict | None
    organisation: OrganisationInfo
    labels: PersonDataLabels
    readable: ReadableExtract | None = None
    information: Article15 | None = None
    today: date = field(default_factory=clock.today)  # the document's date, read with the data


def person_data_labels() -> PersonDataLabels:
    return PersonDataLabels(
        fields=MappingProxyType({**people.FIELD_LABELS, **MEMBERSHIP_FIELD_LABELS}),
        values=MappingProxyType({"role": MappingProxyType(dict(ROLE_LABELS)),
                                 "organisation_kind": MappingProxyType(dict(people.ORGANISATION_LABELS))}),
        actions=MappingProxyType(dict(ACTIONS)),
    )


def register_extract_data(db, person_id: int, *, readable: bool = False) -> PersonData:
    """The register extract of one person (GDPR art. 15), in one read transaction: the complete copy, or
    with ``readable`` the extract written for the person and the art. 15 information."""
    with one_read(db) as snapshot:
        organisation = get_organisation(snapshot)
        if not readable:
            return PersonData(json_copy(gdpr.person_data(snapshot, person_id)), organisation, person_data_labels())
        with snapshot.read() as session:
            return PersonData(None, organisation, person_data_labels(), readable_extract(session, person_id),
                              article15(session, organisation))
