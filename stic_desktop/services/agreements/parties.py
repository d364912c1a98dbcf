"""Who an agreement is with: its suppliers (ranking or renewed competition) and the participating
municipalities. Changes are logged on the agreement (entity ``agreement``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from stic_desktop.errors import ValidationError
from stic_desktop.models import (
    AgreementParticipant,
    AgreementSupplier,
    FrameworkAgreement,
    Municipality,
    Procurement,
    ProcurementParticipant,
    ProcurementStage,
    SalesReport,
    Supplier,
)
from stic_desktop.services import audit
from stic_desktop.services.agreements.records import ENTITY, agreement_row
from stic_desktop.services.procurement.parties import swedish_key


def _whole(value: object, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


# --- suppliers on the agreement -----------------------------------------------------------------

@dataclass(frozen=True)
class SupplierOnAgreement:
    supplier_id: int
    name: str
    org_number: str
    ranking: int | None
    renewed_competition: bool

    @property
    def ranking_text(self) -> str:
        return "Förnyad konkurrensutsättning" if self.renewed_competition else str(self.ranking or "")


def _supplier_rows(session: Session, agreement_id: int) -> list[SupplierOnAgreement]:
    rows = session.execute(select(AgreementSupplier, Supplier.name, Supplier.org_number)
                           .join(Supplier, Supplier.id == AgreementSupplier.supplier_id)
                           .where(AgreementSupplier.agreement_id == agreement_id)).all()
    found = [SupplierOnAgreement(s.supplier_id, name, org, s.ranking, s.renewed_competition) for s, name, org in rows]
    return sorted(found, key=lambda s: (s.ranking is None, s.ranking or 0, swedish_key(s.name)))


def _supplier_text(rows: list[SupplierOnAgreement]) -> str:
    return "; ".join(f"{s.name} ({'förnyad konkurrensutsättning' if s.renewed_competition else s.ranking})"
                     for s in rows)


def agreement_suppliers(db, agreement_id: int) -> list[SupplierOnAgreement]:
    """In ranking order; suppliers under renewed competition last, by name."""
    with db.read() as session:
        agreement_row(session, agreement_id)
        return _supplier_rows(session, agreement_id)


def _checked_suppliers(session: Session, wanted: Sequence[tuple[int, int | None, bool]]) -> list[tuple]:
    seen: set[int] = set()
    rankings: set[int] = set()
    for supplier_id, ranking, renewed in wanted:
        supplier = session.get(Supplier, supplier_id)
        if supplier is None:
            raise ValidationError("suppliers", f"Leverantören med id {supplier_id} finns inte.")
        if supplier_id in seen:
            raise ValidationError("suppliers", f"{supplier.name} finns två gånger i listan.")
        seen.add(supplier_id)
        if renewed and ranking is not None:
            raise ValidationError("suppliers", f"{supplier.name}: ange antingen rangordning eller förnyad "
                                               "konkurrensutsättning, inte båda.")
        if not renewed:
            if not _whole(ranking, 1, 99):
                raise ValidationError("suppliers", f"{supplier.name}: rangordningen ska vara ett heltal från 1 till 99 "
                                                   "(eller välj förnyad konkurrensutsättning).")
            if ranking in rankings:
                raise ValidationError("suppliers", f"Två leverantörer har rangordning {ranking}.")
            rankings.add(ranking)
    return [(sid, None if renewed else ranking, bool(renewed)) for sid, ranking, renewed in wanted]


def write_suppliers(session: Session, actor_id: int | None, row: FrameworkAgreement,
                     wanted: Sequence[tuple[int, int | None, bool]]) -> None:
    checked = _checked_suppliers(session, wanted)
    before = _supplier_text(_supplier_rows(session, row.id))
    current = {s.supplier_id: s for s in session.scalars(
        select(AgreementSupplier).where(AgreementSupplier.agreement_id == row.id))}
    keep = {sid for sid, _r, _c in checked}
    reported = set(session.scalars(select(SalesReport.supplier_id).where(
        SalesReport.agreement_id == row.id, SalesReport.supplier_id.in_(list(current.keys() - keep)))))
    if reported:
        names = ", ".join(sorted(session.scalars(select(Supplier.name).where(Supplier.id.in_(reported)))))
        raise ValidationError("suppliers", f"{names} har rapporterat försäljning på avtalet och kan inte tas bort.")
    for supplier_id, item in current.items():
        if supplier_id not in keep:
            session.delete(item)
    for supplier_id, ranking, renewed in checked:
        item = current.get(supplier_id)
        if item is None:
            session.add(AgreementSupplier(agreement_id=row.id, supplier_id=supplier_id, ranking=ranking,
                                          renewed_competition=renewed))
        else:
            item.ranking, item.renewed_competition = ranking, renewed
    session.flush()
    audit.record(session, actor_id, ENTITY, row.id, "update", {"suppliers": before},
                 {"suppliers": _supplier_text(_supplier_rows(session, row.id))})


def set_agreement_suppliers(db, agreement_id: int,
                            wanted: Sequence[tuple[int, int | None, bool]]) -> list[SupplierOnAgreement]:
    """Makes the suppliers exactly ``wanted``: (supplier id, ranking or None, renewed competition)."""
    with db.write() as session:
        row = agreement_row(session, agreement_id)
        write_suppliers(session, db.actor_id, row, list(wanted))
        return _supplier_rows(session, agreement_id)


# --- participating municipalities ---------------------------------------------------------------

def _participant_rows(session: Session, agreement_id: int) -> list[tuple[int, str, str]]:
    rows = session.execute(select(Municipality.id, Municipality.name, Municipality.municipality_code)
                           .join(AgreementParticipant, AgreementParticipant.municipality_id == Municipality.id)
                           .where(AgreementParticipant.agreement_id == agreement_id)).all()
    return sorted(((mid, name, code) for mid, name, code in rows), key=lambda r: swedish_key(r[1]))


def agreement_participants(db, agreement_id: int) -> list[tuple[int, str, str]]:
    """(municipality id, name, code) in Swedish alphabetical order."""
    with db.read() as session:
        agreement_row(session, agreement_id)
        return _participant_rows(session, agreement_id)


def write_participants(session: Session, actor_id: int | None, row: FrameworkAgreement,
                        municipality_ids: Sequence[int]) -> None:
    wanted = list(dict.fromkeys(municipality_ids))
    known = set(session.scalars(select(Municipality.id).where(Municipality.id.in_(wanted))))
    if missing := [m for m in wanted if m not in known]:
        raise ValidationError("participants", f"Kommunen med id {missing[0]} finns inte.")
    before = ", ".join(name for _m, name, _c in _participant_rows(session, row.id))
    current = {p.municipality_id: p for p in session.scalars(
        select(AgreementParticipant).where(AgreementParticipant.agreement_id == row.id))}
    gone = current.keys() - set(wanted)
    reported = set(session.scalars(select(SalesReport.municipality_id).where(
        SalesReport.agreement_id == row.id, SalesReport.municipality_id.in_(list(gone)))))
    if reported:
        names = ", ".join(sorted(session.scalars(select(Municipality.name).where(Municipality.id.in_(reported)))))
        raise ValidationError("participants", f"Det finns försäljning rapporterad för {names} på avtalet; "
                                              "kommunen kan inte tas bort.")
    added = [m for m in wanted if m not in current]
    if added and row.procurement_id is not None:
        _ensure_named_in_procurement(session, row.procurement_id, added)
    for municipality_id in gone:
        session.delete(current[municipality_id])
    for municipality_id in wanted:
        if municipality_id not in current:
            session.add(AgreementParticipant(agreement_id=row.id, municipality_id=municipality_id))
    session.flush()
    after = ", ".join(name for _m, name, _c in _participant_rows(session, row.id))
    audit.record(session, actor_id, ENTITY, row.id, "update", {"participants": before}, {"participants": after})


def _ensure_named_in_procurement(session: Session, procurement_id: int, municipality_ids: Sequence[int]) -> None:
    """Only the authorities named in the procurement may call off from its framework agreement (LOU 7 kap. 3 §):
    a municipality joins only with a power of attorney given before the procurement was advertised."""
    case_number = session.scalar(select(Procurement.case_number).where(Procurement.id == procurement_id))
    planned, actual = session.execute(
        select(ProcurementStage.planned_on, ProcurementStage.actual_on).where(
            ProcurementStage.procurement_id == procurement_id, ProcurementStage.stage == "advertised")).first() \
        or (None, None)
    advertised = actual or planned
    given = dict(session.execute(select(ProcurementParticipant.municipality_id, ProcurementParticipant.poa_received_on)
                                 .where(ProcurementParticipant.procurement_id == procurement_id,
                                        ProcurementParticipant.municipality_id.in_(list(municipality_ids)))).all())
    for municipality_id in municipality_ids:
        received = given.get(municipality_id)
        if received is not None and (advertised is None or received <= advertised):
            continue
        name = session.scalar(select(Municipality.name).where(Municipality.id == municipality_id))
        if received is None:
            why = f"{name} lämnade ingen fullmakt för upphandlingen {case_number}"
        else:
            why = (f"{name} lämnade fullmakt först {received.isoformat()}, efter att upphandlingen {case_number} "
                   f"annonserades {advertised.isoformat()}")
        raise ValidationError("participants", f"{name} kan inte anslutas till ramavtalet: {why}. Bara de "
                                              "myndigheter som angavs i upphandlingen får avropa från ramavtalet "
                                              "(LOU 7 kap. 3 §); en ny kommun behöver en ny upphandling.")


def set_agreement_participants(db, agreement_id: int, municipality_ids: Sequence[int]) -> list[tuple[int, str, str]]:
    with db.write() as session:
        row = agreement_row(session, agreement_id)
        write_participants(session, db.actor_id, row, municipality_ids)
        return _participant_rows(session, agreement_id)
