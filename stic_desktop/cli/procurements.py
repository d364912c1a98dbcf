"""Procurements on the command line: ``list procurements [--json]``.

The rows carry no tender contents (suppliers, prices): those are secret until the award decision is sent
(OSL 19 kap. 3 §). The procurement documents are exported by ``cli.procurement_exports``.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from datetime import date
from operator import attrgetter

from stic_desktop.cli.common import Column
from stic_desktop.core import money


@dataclass(frozen=True)
class ProcurementRow:
    """One procurement as ``list procurements`` shows it; money in öre."""

    id: int
    case_number: str
    title: str
    area: str
    contract_kind: str
    procedure: str
    procedure_label: str
    stage: str
    stage_label: str
    estimated_value_ore: int
    responsible: str
    contract_group: str
    proposal_id: int | None
    participants: int
    missing_powers_of_attorney: int
    next_deadline: date | None
    next_deadline_stage: str
    overdue: bool
    created_on: date


LIST_COLUMNS = (
    Column("Id", attrgetter("id")),
    Column("Diarienummer", attrgetter("case_number")),
    Column("Rubrik", attrgetter("title")),
    Column("Steg", attrgetter("stage_label")),
    Column("Nästa datum", lambda row: f"{row.next_deadline.isoformat()} {row.next_deadline_stage}"
           + (" (försenat)" if row.overdue else "") if row.next_deadline else ""),
    Column("Ansvarig", attrgetter("responsible")),
    Column("Värde", lambda row: money.format(row.estimated_value_ore, decimals="never")),
    Column("Deltagare", attrgetter("participants")),
    Column("Fullmakter saknas", attrgetter("missing_powers_of_attorney")),
)


def load(db) -> list[ProcurementRow]:
    from stic_desktop.services.procurement.procurements import list_procurements

    return [
        ProcurementRow(p.id, p.case_number, p.title, p.area, p.contract_kind, p.procedure, p.procedure_label, p.stage,
                       p.stage_label, p.estimated_value_ore, p.responsible_name, p.contract_group_name, p.proposal_id,
                       p.participant_count, p.missing_poa_count, p.next_deadline, p.next_deadline_label, p.overdue,
                       p.created_on)
        for p in list_procurements(db)
    ]


def add_export_parser(kinds: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """The procurement documents are registered by ``cli.procurement_exports``."""
