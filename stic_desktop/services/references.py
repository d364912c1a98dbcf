"""What refers to a record, found by following every foreign key in the schema.

Used to refuse deletes with a message that says what is in the way; new tables are covered
without touching this module (give them a Swedish label below for a nicer message).
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from stic_desktop.models import Base

TABLE_LABELS = {
    "persons": "person(er)",
    "person_expertise": "expertisområde(n)",
    "groups": "grupp(er)",
    "memberships": "gruppmedlemskap",
    "meetings": "möte(n)",
    "meeting_invitees": "kallelse(r) till möten",
    "agenda_items": "dagordningspunkt(er)",
    "action_items": "åtgärdspunkt(er)",
    "agenda_template_items": "mallpunkt(er) för dagordning",
    "archived_documents": "arkiverat dokument",
    "audit_log": "historikrad(er)",
    "workshops": "workshop(ar)",
    "workshop_participants": "workshopdeltagande",
    "proposals": "förslag",
    "proposal_interests": "intresseanmälan/-anmälningar för förslag",
    "proposal_agenda_links": "förslagskoppling(ar) till dagordning",
    "procurements": "upphandling(ar)",
    "procurement_stages": "upphandlingssteg",
    "procurement_participants": "deltagande i upphandling(ar)",
    "requirement_documents": "kravspecifikationsdokument",
    "tenders": "anbud",
    "procurement_declarations": "jävs- och sekretessförbindelse(r)",
    "suppliers": "leverantör(er)",
    "framework_agreements": "avtal",
    "agreement_suppliers": "avtal (som leverantör)",
    "agreement_participants": "avtalsdeltagande",
    "agreement_extensions": "avtalsförlängning(ar)",
    "agreement_documents": "avtalsdokument",
    "agreement_clause_uses": "avtalsvillkor i avtal",
    "sales_reports": "försäljningsrapport(er)",
    "sales_imports": "försäljningsimport(er)",
    "commission_rate_decisions": "provisionsbeslut",
}

# References that never block a delete (history keeps its own copy of the values).
IGNORED = {("audit_log", "person_id")}


def references_to(session: Session, table_name: str, row_id: int) -> list[tuple[str, int]]:
    """(label, count) for each table with rows pointing at the record."""
    target = Base.metadata.tables[table_name]
    found: list[tuple[str, int]] = []
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table is not target or (table.name, fk.parent.name) in IGNORED:
                continue
            count = session.scalar(select(func.count()).select_from(table).where(fk.parent == row_id))
            if count:
                found.append((TABLE_LABELS.get(table.name, table.name), count))
    return found


def describe(references: list[tuple[str, int]]) -> str:
    return ", ".join(f"{count} {label}" for label, count in references)
