"""What the proposal list (förslagslista) prints: the proposals in the working group's priority order with
their interested municipalities, read in one transaction as frozen records that carry their Swedish labels.
The renderer in ``documents/proposal_list.py`` never sees the database.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType

from stic_desktop.core import clock
from stic_desktop.services.proposals.links import InterestRecord, interest_records
from stic_desktop.services.proposals.proposals import STATUS_LABELS, ProposalRecord, list_proposals
from stic_desktop.services.transaction import one_read
from stic_desktop.services.workspace.organisation import OrganisationInfo, get_organisation


@dataclass(frozen=True)
class ProposalListData:
    proposals: tuple[ProposalRecord, ...]
    interests: Mapping[int, tuple[InterestRecord, ...]]
    organisation: OrganisationInfo
    selection: tuple[str, ...] | None  # the Swedish names of the statuses printed, None for all
    today: date = field(default_factory=clock.today)  # the document's date, read with the data


def proposal_list_data(db, *, statuses: Collection[str] | None = None) -> ProposalListData:
    """The proposals (only ``statuses`` if given), their interests and the organisation, in one read transaction."""
    with one_read(db) as snapshot:
        records = list_proposals(snapshot, statuses=statuses)
        with snapshot.read() as session:
            found = interest_records(session, [p.id for p in records])
        organisation = get_organisation(snapshot)
    selection = None if statuses is None else tuple(label for code, label in STATUS_LABELS.items()
                                                     if code in set(statuses))
    return ProposalListData(tuple(records), MappingProxyType({k: tuple(v) for k, v in found.items()}),
                            organisation, selection)
