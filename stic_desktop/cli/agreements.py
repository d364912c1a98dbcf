"""Framework agreements on the command line: ``list agreements [--json]`` and ``import agreements FILE``.

The agreement documents are exported by ``cli.agreement_exports``.
"""

from __future__ import annotations

from operator import attrgetter
from pathlib import Path

from stic_desktop.cli.common import Column

LIST_COLUMNS = (
    Column("Id", attrgetter("id")),
    Column("Avtalsnummer", attrgetter("agreement_number")),
    Column("Rubrik", attrgetter("title")),
    Column("Status", attrgetter("status_label")),
    Column("Start", attrgetter("start_date")),
    Column("Slut", attrgetter("current_end_date")),
    Column("Senast möjliga slut", attrgetter("latest_end_date")),
    Column("Förlängningar", lambda r: f"{r.extensions_used}/{r.extension_count}"),
    Column("Leverantörer", lambda r: ", ".join(r.supplier_names)),
    Column("Kommuner", attrgetter("participant_count")),
)


def load(db) -> list:
    """Every agreement, latest start first, with its status today."""
    from stic_desktop.services.agreements.agreements import list_agreements

    return list_agreements(db)


def import_file(db, path: Path, *, dry_run: bool = False):
    from stic_desktop.services.agreements.importing import import_agreements

    return import_agreements(db, path, dry_run=dry_run)
