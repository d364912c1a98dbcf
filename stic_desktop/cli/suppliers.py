"""The supplier register on the command line: ``list suppliers [--json]``."""

from __future__ import annotations

from operator import attrgetter

from stic_desktop.cli.common import Column

LIST_COLUMNS = (
    Column("Id", attrgetter("id")),
    Column("Namn", attrgetter("name")),
    Column("Organisationsnummer", attrgetter("org_number")),
    Column("Kontaktperson", attrgetter("sales_contact_name")),
    Column("E-post", attrgetter("sales_contact_email")),
    Column("Avtal", attrgetter("agreement_count")),
)


def load(db) -> list:
    """Every supplier in Swedish alphabetical order, with its number of agreements."""
    from stic_desktop.services.agreements.suppliers import list_suppliers

    return list_suppliers(db)
