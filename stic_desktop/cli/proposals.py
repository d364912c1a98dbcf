"""The proposal list on the command line: ``list proposals`` and ``export proposal-list -o FILE.pdf``."""

from __future__ import annotations

import argparse
from operator import attrgetter

from stic_desktop.cli.common import Column, export_to_file, output_file
from stic_desktop.core import money

STATUS_CODES = ("new", "discussion", "prioritised", "decided", "rejected", "dormant")


def _volume(record) -> str:
    return money.format(record.total_yearly_volume_ore, decimals="auto") if record.interest_count else ""


LIST_COLUMNS = (
    Column("Id", attrgetter("id")),
    Column("Rang", attrgetter("priority_rank")),
    Column("Rubrik", attrgetter("title")),
    Column("Område", attrgetter("area_label")),
    Column("Ursprung", attrgetter("origin_text")),
    Column("Status", attrgetter("status_label")),
    Column("Kommuner", attrgetter("interest_count")),
    Column("Årsvolym", _volume),
    Column("Upphandling", attrgetter("procurement_case_number")),
)


def load(db) -> list:
    """Every proposal, ranked ones first (the records carry no tender contents)."""
    from stic_desktop.services.proposals.proposals import list_proposals

    return list_proposals(db)


def add_export_parser(kinds: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = kinds.add_parser(
        "proposal-list", parents=[common], help="förslagslistan i prioritetsordning (.pdf)",
        description="Skriver förslagslistan (rang, område, ursprung, status, intresserade kommuner och årsvolym) "
                    "som PDF. Utan --status tas de öppna förslagen med (ny, under diskussion, prioriterad); "
                    "--all tar med alla.",
    )
    parser.add_argument("-o", "--output", required=True, metavar="FILE", type=output_file(".pdf"))
    parser.add_argument("--status", action="append", choices=STATUS_CODES, metavar="STATUS",
                        help=f"ta bara med förslag med denna status (kan upprepas): {', '.join(STATUS_CODES)}")
    parser.add_argument("--all", action="store_true", help="ta med alla förslag, även vilande, avslagna och "
                                                           "de som blivit upphandlingar")
    parser.set_defaults(handler=_export, usage_error=parser.error)


def _export(args: argparse.Namespace) -> int:
    from stic_desktop.operations import run_to_end
    from stic_desktop.operations.proposal_list import export_proposal_list
    from stic_desktop.services.proposals.proposals import OPEN_STATUSES

    if args.all and args.status:
        args.usage_error("--all och --status kan inte användas tillsammans")  # exits with 2
    statuses = None if args.all else args.status or OPEN_STATUSES  # open proposals unless told otherwise
    return export_to_file(args, lambda db, target: run_to_end(export_proposal_list(db, target, statuses=statuses)))
