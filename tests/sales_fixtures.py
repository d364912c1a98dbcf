"""A small register for the sales and commission tests: suppliers, two agreements, rate decisions.

Built straight on the models (the agreement services are written in parallel) except the rate
decisions, which go through ``services.commission`` like the program does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from stic_desktop.services.validation import luhn_valid


def org_number(nine: str) -> str:
    """A valid NNNNNN-NNNN from nine digits (the tenth is the Luhn check digit)."""
    for check in "0123456789":
        if luhn_valid(nine + check):
            return f"{nine[:6]}-{nine[6:]}{check}"
    raise AssertionError(nine)


@dataclass(frozen=True)
class Register:
    office: int  # agreement STIC-2024-001, suppliers office1 (rank 1) and office2 (rank 2), 5 municipalities
    cleaning: int  # agreement STIC-2025-002, supplier cleaner (renewed competition), every municipality
    office1: int
    office2: int
    cleaner: int
    outsider: int  # a supplier on no agreement
    municipalities: dict[str, int]  # code -> id
    office_codes: tuple[str, ...]
    orgs: dict[int, str]  # supplier id -> org number


SUPPLIERS = {"office1": ("Kontorsvaror i Norden AB", "556677889"), "office2": ("Łukasz Żółć Handel AB", "556012345"),
             "cleaner": ("R&D <b>Städ</b> AB", "559100200"), "outsider": ("Иван Сервис AB", "556999888")}


def build(db, *, rates: bool = True) -> Register:
    from stic_desktop.models import AgreementParticipant, AgreementSupplier, FrameworkAgreement, Municipality, Supplier
    from stic_desktop.services.commission import commission
    from stic_desktop.services.municipalities import municipalities

    municipalities.import_county_municipalities(db)
    with db.write() as session:
        codes = {m.municipality_code: m.id for m in session.query(Municipality)}
        suppliers = {}
        for key, (name, nine) in SUPPLIERS.items():
            row = Supplier(name=name, org_number=org_number(nine))
            session.add(row)
            session.flush()
            suppliers[key] = row
        office = FrameworkAgreement(agreement_number="STIC-2024-001", title="Kontorsmaterial",
                                    start_date=date(2024, 1, 1), initial_end_date=date(2026, 12, 31),
                                    extension_count=1, extension_months=12, report_due_day=15)
        cleaning = FrameworkAgreement(agreement_number="STIC-2025-002", title="Städtjänster <&> för kommuner",
                                      start_date=date(2025, 4, 1), initial_end_date=date(2027, 3, 31),
                                      report_due_day=25)
        session.add_all([office, cleaning])
        session.flush()
        session.add_all([AgreementSupplier(agreement_id=office.id, supplier_id=suppliers["office1"].id, ranking=1),
                         AgreementSupplier(agreement_id=office.id, supplier_id=suppliers["office2"].id, ranking=2),
                         AgreementSupplier(agreement_id=cleaning.id, supplier_id=suppliers["cleaner"].id,
                                           renewed_competition=True)])
        office_codes = tuple(sorted(codes)[:5])
        session.add_all([AgreementParticipant(agreement_id=office.id, municipality_id=codes[c]) for c in office_codes])
        session.add_all([AgreementParticipant(agreement_id=cleaning.id, municipality_id=i) for i in codes.values()])
        session.flush()
        register = Register(office.id, cleaning.id, suppliers["office1"].id, suppliers["office2"].id,
                            suppliers["cleaner"].id, suppliers["outsider"].id, codes, office_codes,
                            {s.id: s.org_number for s in suppliers.values()})
    if rates:
        commission.save_rate(db, commission.RateInput("2", date(2019, 1, 1), date(2018, 12, 10)))
        commission.save_rate(db, commission.RateInput("1,5", date(2025, 1, 1), date(2024, 12, 9)))
        commission.save_rate(db, commission.RateInput("1,25", date(2025, 4, 1), date(2025, 3, 3),
                                                      agreement_id=register.cleaning))
    return register


HEADERS = ["Avtalsnummer", "Leverantör (organisationsnummer)", "Kommunkod", "Period", "Belopp exkl. moms"]


def write_csv(path: Path, rows: list[list[object]], *, separator: str = ";",
              headers: list[str] = HEADERS) -> Path:
    lines = [separator.join(headers)] + [separator.join(str(c) for c in row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_xlsx(path: Path, rows: list[list[object]], *, sheet: str = "Försäljning",
               headers: list[str] = HEADERS) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    ws = workbook.active
    ws.title = sheet
    ws.append(headers)
    for row in rows:
        ws.append(row)
    workbook.save(path)
    return path


def count(db, table: str = "sales_reports") -> int:
    from sqlalchemy import text

    with db.read() as session:
        return session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
