"""What the member list (medlemsförteckning) prints, read in one transaction as frozen records."""

from __future__ import annotations

from dataclasses import dataclass

from stic_desktop.services.municipalities.municipalities import MunicipalityRecord, list_municipalities
from stic_desktop.services.transaction import one_read
from stic_desktop.services.workspace.organisation import OrganisationInfo, get_organisation


@dataclass(frozen=True)
class MemberListData:
    municipalities: tuple[MunicipalityRecord, ...]
    organisation: OrganisationInfo


def member_list_data(db) -> MemberListData:
    with one_read(db) as snapshot:
        return MemberListData(tuple(list_municipalities(snapshot)), get_organisation(snapshot))
