"""The sales-report template a supplier fills in: one row per agreement × municipality, amounts empty.

Its sheet and columns (from ``services.commission.document_data``) are exactly what the sales import
reads, so a filled-in template imports as it is. Codes and periods are text cells, so Excel keeps 0114 and does not turn 2026-03
into a date.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from stic_desktop.services.commission.document_data import SalesTemplateData

WIDTHS = [16, 40, 30, 30, 11, 24, 10, 18]  # one per column of the data's headers
INSTRUCTIONS = [
    "Så fyller du i försäljningsrapporten",
    "",
    "Fyll i kolumnen ”Belopp exkl. moms” på bladet ”Försäljning” för varje rad: försäljningen till kommunen "
    "under perioden, i kronor exklusive moms (t.ex. 12345,50).",
    "Skriv 0 för en kommun som inte har köpt något under perioden. En nollrapport är också en rapport.",
    "Ändra inte avtalsnummer, organisationsnummer, kommunkod eller period, och ta inte bort kolumner.",
    "Spara filen som .xlsx och skicka den till STIC senast på avtalets rapportdag månaden efter perioden.",
]


def sales_template_bytes(data: SalesTemplateData) -> bytes:
    """The template as an .xlsx: the rows to fill in, then the instructions."""
    from openpyxl import Workbook  # deferred: heavy
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    rows, headers = data.rows, list(data.headers)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = data.sheet_name
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    fill = PatternFill("solid", fgColor="FFF2CC")
    for row in rows:
        sheet.append([row.agreement_number, row.agreement_title, row.org_number, row.supplier_name,
                      row.municipality_code, row.municipality_name, row.period, None])
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # text stays text: never a formula, a number or a date
                cell.number_format = "@"
        amount = sheet.cell(row=sheet.max_row, column=len(headers))
        amount.number_format = "#,##0.00"
        amount.fill = fill
    for index, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(1, len(rows) + 1)}"
    help_sheet = workbook.create_sheet("Instruktioner")
    for line in INSTRUCTIONS:
        help_sheet.append([line])
    help_sheet["A1"].font = Font(bold=True)
    help_sheet.column_dimensions["A"].width = 110
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
