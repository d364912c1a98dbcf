"""What the agreement documents print (ramavtal, avtalssammanfattning), read in one transaction as frozen
records. The renderers in ``documents/`` take these and never see the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from stic_desktop.core import clock
from stic_desktop.errors import UserError
from stic_desktop.services.agreements import agreements, clauses, suppliers, terms
from stic_desktop.services.agreements import parties as agreement_parties
from stic_desktop.services.agreements.agreements import AgreementRecord
from stic_desktop.services.agreements.clauses import ClauseRecord
from stic_desktop.services.agreements.parties import SupplierOnAgreement
from stic_desktop.services.agreements.suppliers import SupplierRecord
from stic_desktop.services.agreements.terms import ExtensionRecord
from stic_desktop.services.commission import commission
from stic_desktop.services.commission.commission import RateRecord
from stic_desktop.services.people import people
from stic_desktop.services.procurement import procurements
from stic_desktop.services.procurement.procurements import ProcurementRecord
from stic_desktop.services.transaction import one_read
from stic_desktop.services.workspace import organisation
from stic_desktop.services.workspace.organisation import OrganisationInfo

RENEWED = "Förnyad konkurrensutsättning"  # documents.agreement_doc.RENEWED reads the same


@dataclass(frozen=True)
class Party:
    """A supplier on the agreement with its register details (address, contact for reports)."""

    on_agreement: SupplierOnAgreement
    details: SupplierRecord

    @property
    def order_text(self) -> str:
        """``1`` (ranking) or "Förnyad konkurrensutsättning"."""
        s = self.on_agreement
        if s.renewed_competition or s.ranking is None:
            return RENEWED
        return str(s.ranking)


@dataclass(frozen=True)
class Contact:
    name: str
    email: str
    phone: str


@dataclass(frozen=True)
class AgreementData:
    """One agreement as its documents print it, read once."""

    agreement: AgreementRecord
    parties: tuple[Party, ...]  # ranked first (by rank), then renewed competition, by name
    municipalities: tuple[tuple[str, str], ...]  # (code, name), in Swedish alphabetical order
    extensions: tuple[ExtensionRecord, ...]
    procurement: ProcurementRecord | None
    contact: Contact | None  # the procurement's responsible person at STIC
    organisation: OrganisationInfo
    today: date
    max_term_months: int = agreements.MAX_TERM_MONTHS  # longer needs special reasons (7 kap. 2 § LOU)
    signed_on: date | None = None  # the procurement's "avtal tecknat" stage (done, else planned)

    @property
    def signing_date(self) -> date:
        """The agreement's own date: the day it was signed (or is to be), else the day it starts; never
        the day it is exported."""
        return self.signed_on or self.agreement.start_date
    clauses: tuple[ClauseRecord, ...] = ()  # the standard clauses in the versions the agreement was made with

    @property
    def in_force_day(self) -> date:
        """The day whose commission rate the documents state: today, within the agreement's term."""
        a = self.agreement
        end = min(a.current_end_date, a.terminated_on) if a.terminated_on else a.current_end_date
        return max(a.start_date, min(self.today, end))


def _parties(db, agreement_id: int) -> tuple[Party, ...]:
    """In the service's order: by ranking, then those under renewed competition by name."""
    return tuple(Party(s, suppliers.get_supplier(db, s.supplier_id))
                 for s in agreement_parties.agreement_suppliers(db, agreement_id))


def _contact(db, procurement: ProcurementRecord | None) -> Contact | None:
    if procurement is None or procurement.responsible_id is None:
        return None
    try:
        person = people.get_person(db, procurement.responsible_id)
    except UserError:
        return None
    return Contact(person.name, person.email, person.phone)


def _signed_on(db, procurement_id: int | None) -> date | None:
    """When the procurement's agreement was signed (the "signed" stage: done, else planned)."""
    if procurement_id is None:
        return None
    from stic_desktop.services.procurement.records import stage_dates

    with db.read() as session:
        planned, actual = stage_dates(session, [procurement_id]).get(procurement_id, {}).get("signed", (None, None))
    return actual or planned


def _load(db, agreement_id: int, today: date | None) -> AgreementData:
    day = today or clock.today()
    record = agreements.get_agreement(db, agreement_id, today=day)
    parties = _parties(db, agreement_id)
    municipalities = tuple((code, name) for _id, name, code in agreement_parties.agreement_participants(db, agreement_id))
    if not parties:
        raise UserError(f"Avtalet {record.agreement_number} har inga leverantörer. Lägg till leverantörerna under "
                        "fliken Leverantörer innan avtalet skrivs ut.")
    if not municipalities:
        raise UserError(f"Avtalet {record.agreement_number} har inga deltagande kommuner. Lägg till kommunerna "
                        "under fliken Kommuner innan avtalet skrivs ut.")
    procurement = (procurements.get_procurement(db, record.procurement_id)
                   if record.procurement_id is not None else None)
    return AgreementData(record, parties, municipalities, tuple(terms.extensions(db, agreement_id)),
                         procurement, _contact(db, procurement), organisation.get_organisation(db), day,
                         signed_on=_signed_on(db, record.procurement_id),
                         clauses=tuple(clauses.agreement_clauses(db, agreement_id)))


def agreement_document_data(db, agreement_id: int, *, today: date | None = None) -> AgreementData:
    """Everything both documents print, in one read transaction; refused (UserError) while there is no
    supplier or municipality."""
    with one_read(db) as snapshot:
        return _load(snapshot, agreement_id, today)


def rate_in_force(db, data: AgreementData) -> RateRecord:
    """The commission rate decision in force on ``data.in_force_day``; none → a message saying what to do."""
    try:
        return commission.rate_for(db, data.agreement.id, data.in_force_day)
    except UserError:
        raise UserError(f"Ingen provisionssats gäller för avtalet {data.agreement.agreement_number} den "
                        f"{data.in_force_day.isoformat()}. Registrera ett beslut om provisionssats (grundsats eller "
                        "för avtalet) innan avtalet skrivs ut.") from None
