"""Fakturaunderlag (documents/invoicing_basis.py): every line and the totals, as PDF (read back with pypdf) and
.xlsx (read back with openpyxl), exact to the öre; archived as the exact bytes when sent."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from sales_fixtures import build, count
from test_invitation import page_texts

from stic_desktop.core import money
from stic_desktop.documents import invoicing_basis
from stic_desktop.errors import UserError
from stic_desktop.operations import commission_documents, run_to_end
from stic_desktop.services import archive
from stic_desktop.services.commission import reports as commission_reports
from stic_desktop.services.commission import sales
from stic_desktop.services.commission.commission import commission_ore
from stic_desktop.services.commission.document_data import invoicing_basis_data
from stic_desktop.services.commission.sales import SalesInput


def export_invoicing_basis(db, supplier_id, year, month, target, **options):
    return run_to_end(commission_documents.export_invoicing_basis(db, supplier_id, year, month, target,
                                                                  **options)).files[0]


def archive_invoicing_basis(db, supplier_id, year, month=None, **options):
    return run_to_end(commission_documents.archive_invoicing_basis(db, supplier_id, year, month, **options)).record


def invoicing_basis_bytes(db, supplier_id, year, month=None, **options) -> bytes:
    return invoicing_basis.invoicing_basis_bytes(invoicing_basis_data(db, supplier_id, year, month), **options)

TODAY = date(2026, 4, 20)
AMOUNTS = ("0,01", "0,05", "12 345,67", "99,99", "3,33")


@pytest.fixture
def reported(db):
    register = build(db)
    for index, code in enumerate(register.office_codes):
        for supplier in (register.office1, register.office2):
            sales.save_sales(db, SalesInput(register.office, supplier, register.municipalities[code], "2025-03",
                                            AMOUNTS[index]))
    for code in ("0180", "0114"):
        sales.save_sales(db, SalesInput(register.cleaning, register.cleaner, register.municipalities[code], "2025-04",
                                        "4 567,89"))
    sales.save_sales(db, SalesInput(register.cleaning, register.cleaner, None, "2025-05", "0"))
    return register


def test_pdf_lists_every_line_and_the_totals(db, reported, tmp_path) -> None:
    target = export_invoicing_basis(db, reported.office2, 2025, 3, tmp_path / "underlag.pdf",
                                                    today=TODAY)
    text = " ".join(page_texts(target))
    basis = commission_reports.invoicing_basis(db, reported.office2, 2025, 3)
    assert "Fakturaunderlag – provision" in text and "Łukasz Żółć Handel AB, mars 2025" in text
    assert reported.orgs[reported.office2] in text and "2025-03-01 – 2025-03-31" in text
    for line in basis.groups[0].lines:
        assert f"{line.municipality_name} {line.municipality_code} 2025-03" in text
    assert "12 345,67 kr 1,50 % 185,19 kr" in text  # 185,185 kr rounded half up
    assert "0,01 kr 1,50 % 0,00 kr" in text
    total = sum(commission_ore(sales.parse_amount(a), 150) for a in AMOUNTS)
    assert basis.commission_ore == total
    assert f"Summa STIC-2024-001 12 449,05 kr {money.format(total)}".replace("\u00a0", " ") in text
    assert "Att fakturera" in text and "20 april 2026" in text


def test_markup_and_zero_reports_print_as_typed(db, reported, tmp_path) -> None:
    data = invoicing_basis_bytes(db, reported.cleaner, 2025, None, today=TODAY)
    text = " ".join(page_texts(data))
    assert "R&D <b>Städ</b> AB, helåret 2025" in text
    assert "STIC-2025-002 Städtjänster <&> för kommuner" in text
    assert "Nollrapport (hela perioden) 2025-05 0,00 kr 1,25 % 0,00 kr" in text
    empty = " ".join(page_texts(invoicing_basis_bytes(db, reported.outsider, 2025, 3)))
    assert "Иван Сервис AB har inga försäljningsrapporter för mars 2025" in empty.replace("Leverantören", "Иван Сервис AB")


def test_xlsx_has_exact_amounts(db, reported, tmp_path) -> None:
    target = export_invoicing_basis(db, reported.cleaner, 2025, None, tmp_path / "underlag.xlsx",
                                                    today=TODAY)
    book = load_workbook(target)
    sheet = book["Fakturaunderlag"]
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[1][0] == "Utfärdat av" and values[0][0] == invoicing_basis.TITLE
    assert ["Leverantör", "R&D <b>Städ</b> AB"] == values[2][:2]
    header = values.index(list(invoicing_basis.XLSX_HEADERS))
    lines = values[header + 1:-1]
    assert [(r[0], r[3], r[4]) for r in lines] == [("STIC-2025-002", "Upplands Väsby", "2025-04"),
                                                   ("STIC-2025-002", "Stockholm", "2025-04"),
                                                   ("STIC-2025-002", "Nollrapport (hela perioden)", "2025-05")]
    commission = [Decimal(str(r[7])) for r in lines]
    assert commission == [Decimal("57.10"), Decimal("57.10"), Decimal("0")]  # 4 567,89 × 1,25 % = 57,098 625
    assert values[-1][0] == "Summa" and Decimal(str(values[-1][7])) == sum(commission)
    assert Decimal(str(values[-1][5])) == Decimal("9135.78")
    assert sheet.cell(header + 2, 6).number_format == invoicing_basis.MONEY_FORMAT
    per = [[c.value for c in row] for row in book["Per avtal"].iter_rows()]
    assert per[1][:3] == ["STIC-2025-002", "Städtjänster <&> för kommuner", 3]


def test_archived_when_sent(db, reported) -> None:
    record = archive_invoicing_basis(db, reported.office1, 2025, 3, today=TODAY)
    assert (record.kind, record.entity, record.entity_id) == ("invoicing_basis", "supplier", reported.office1)
    assert record.filename == "Fakturaunderlag 2025-03 Kontorsvaror i Norden AB.pdf"
    assert record.note.startswith("Provision mars 2025: ")
    data = archive.archived_bytes(db, record.id)  # the exact bytes sent: the same document read back
    assert page_texts(data) == page_texts(invoicing_basis_bytes(db, reported.office1, 2025, 3,
                                                                                today=TODAY))
    assert "Kontorsvaror i Norden AB, mars 2025" in " ".join(page_texts(data))
    xlsx = archive_invoicing_basis(db, reported.office1, 2025, 3, suffix=".xlsx", today=TODAY)
    assert xlsx.filename.endswith(".xlsx")
    assert [r.id for r in archive.archived_documents(db, "supplier", reported.office1)] == [xlsx.id, record.id]


def test_nothing_to_invoice_or_bad_file_type_is_refused(db, reported, tmp_path) -> None:
    before = count(db, "archived_documents"), count(db, "stored_files")
    with pytest.raises(UserError, match="Иван Сервис AB har inga försäljningsrapporter för mars 2025"):
        archive_invoicing_basis(db, reported.outsider, 2025, 3)
    with pytest.raises(UserError, match="Välj filtypen .pdf eller .xlsx"):
        export_invoicing_basis(db, reported.office1, 2025, 3, tmp_path / "underlag.docx")
    with pytest.raises(UserError, match="Månaden ska vara ett tal från 1 till 12"):
        archive_invoicing_basis(db, reported.office1, 2025, 0)
    assert (count(db, "archived_documents"), count(db, "stored_files")) == before
    assert not (tmp_path / "underlag.docx").exists()
