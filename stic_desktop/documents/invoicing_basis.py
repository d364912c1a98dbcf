"""Fakturaunderlag: one supplier's commission for a month or a year, every report line and the totals, as a
PDF (to send) or an .xlsx (for the finance office); archived as the exact bytes when sent.

The figures come from ``services.commission_reports.invoicing_basis``: stored, rounded lines and their sums.
The .xlsx helpers here (amount cells as exact Decimal kronor, text never run as a formula) are shared with
the commission report.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from stic_desktop.core.money import decimal_kronor as money
from stic_desktop.core.money import format as kronor
from stic_desktop.errors import UserError

if TYPE_CHECKING:
    from stic_desktop.services.commission.document_data import InvoicingBasisData
    from stic_desktop.services.commission.reports import InvoicingBasis

TITLE = "Fakturaunderlag – provision"
KIND = "invoicing_basis"
FORMATS = (".pdf", ".xlsx")
LINE_HEADERS = ("Kommun", "Kod", "Period", "Försäljning exkl. moms", "Sats", "Provision")
LINE_WIDTHS = (150, 36, 52, 100, 44, 88)
ROUNDING_NOTE = ("Provisionen är beräknad per rapportrad och avrundad till hela öre (0,5 öre och mer uppåt); "
                 "summorna är summor av de avrundade raderna. Alla belopp är exklusive moms.")
MONEY_FORMAT = "#,##0.00"


def suffix_of(target: Path) -> str:
    """``.pdf`` or ``.xlsx``; anything else is refused with a Swedish message."""
    suffix = Path(target).suffix.lower()
    if suffix not in FORMATS:
        raise UserError(f"Välj filtypen .pdf eller .xlsx (inte ”{Path(target).suffix or Path(target).name}”).")
    return suffix


def filename(basis: InvoicingBasis, suffix: str = ".pdf") -> str:
    from stic_desktop.core import filenames

    when = f"{basis.year}-{basis.month:02d}" if basis.month else str(basis.year)
    return filenames.safe(f"Fakturaunderlag {when} {basis.supplier_name}", suffix, fallback="Fakturaunderlag")


# --- PDF ----------------------------------------------------------------------------------------------

def bold_cell(value: str, *, right: bool = False):
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.platypus import Paragraph

    from stic_desktop.documents.meeting_layout import style
    from stic_desktop.documents.pdf import para_text

    return Paragraph(f"<b>{para_text(value)}</b>", style("cell_bold_right" if right else "cell_bold", parent="cell",
                                                         alignment=TA_RIGHT if right else 0))


def basis_story(basis: InvoicingBasis) -> list:
    from reportlab.platypus import KeepTogether

    from stic_desktop.documents.meeting_layout import facts, text
    from stic_desktop.documents.pdf import make_table

    first, last = basis.first_day.isoformat(), basis.last_day.isoformat()
    story = [text(TITLE, "title"), text(f"{basis.supplier_name}, {basis.period_text}", "heading"),
             facts([("Leverantör", basis.supplier_name), ("Org.nr", basis.org_number),
                    ("Adress", basis.address), ("Kontakt", basis.contact), ("Period", f"{first} – {last}"),
                    ("Rapportrader", str(basis.line_count)),
                    ("Försäljning", f"{kronor(basis.amount_ore)} exkl. moms"),
                    ("Att fakturera", f"{kronor(basis.commission_ore)} i provision")])]
    if not basis.groups:
        return story + [text(f"Leverantören har inga försäljningsrapporter för {basis.period_text}.")]
    summary = [(f"{g.agreement_number} {g.agreement_title}", kronor(g.amount_ore), kronor(g.commission_ore))
               for g in basis.groups]
    summary.append((bold_cell("Summa"), bold_cell(kronor(basis.amount_ore), right=True),
                    bold_cell(kronor(basis.commission_ore), right=True)))
    story += [text("Sammanställning per avtal", "heading"),
              make_table(("Avtal", "Försäljning exkl. moms", "Provision"), summary, (300, 100, 88),
                         align_right=(1, 2)),
              text(ROUNDING_NOTE, "small")]
    for group in basis.groups:
        rows: list[Sequence[object]] = [(line.municipality_name, line.municipality_code, line.period_label,
                                         kronor(line.amount_ore), line.rate_text, kronor(line.commission_ore))
                                        for line in group.lines]
        rows.append((bold_cell(f"Summa {group.agreement_number}"), "", "",
                     bold_cell(kronor(group.amount_ore), right=True), "",
                     bold_cell(kronor(group.commission_ore), right=True)))
        heading = text(f"{group.agreement_number} {group.agreement_title}", "heading")
        table = make_table(LINE_HEADERS, rows, LINE_WIDTHS, align_right=(3, 4, 5))
        story += [KeepTogether([heading, table])] if len(rows) < 25 else [heading, table]
    return story


def write_basis_pdf(target: Path | BinaryIO, basis: InvoicingBasis, organisation, today: date) -> None:
    from stic_desktop.documents.opening_record import write_document
    from stic_desktop.documents.pdf import PageHeader

    header = PageHeader(organisation=organisation.name, title=f"Fakturaunderlag {basis.period_text}",
                        document_date=today, logo=organisation.logo)
    write_document(target, basis_story(basis), header, secret=False)


# --- .xlsx --------------------------------------------------------------------------------------------

def cell_text(value: object) -> object:
    """Numbers, dates and None as they are; text with characters Excel refuses shown as [U+XXXX]."""
    if value is None or isinstance(value, (int, Decimal, date)):
        return value
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub(lambda m: f"[U+{ord(m.group()):04X}]", str(value))


def percent(rate_bp: int) -> Decimal:
    return Decimal(rate_bp).scaleb(-2)


def append_row(sheet, values: Sequence[object], *, bold: bool = False, money_columns: Sequence[int] = ()) -> None:
    """One row; user text stays text (a name starting with "=" is never a formula), amounts get 2 decimals."""
    from openpyxl.styles import Font

    sheet.append([cell_text(v) for v in values])
    for index, cell in enumerate(sheet[sheet.max_row]):
        if isinstance(cell.value, str) and cell.value.startswith("="):
            cell.data_type = "s"
        if index in money_columns or isinstance(cell.value, Decimal):
            cell.number_format = MONEY_FORMAT
        if bold:
            cell.font = Font(bold=True)


def fit_columns(sheet, widths: Sequence[int]) -> None:
    from openpyxl.utils import get_column_letter

    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width


def save_workbook(workbook, target: Path | BinaryIO) -> None:
    from stic_desktop.documents.output import atomic_target

    if isinstance(target, (str, Path)):
        with atomic_target(Path(target)) as temporary:
            workbook.save(temporary)
    else:
        workbook.save(target)


XLSX_HEADERS = ("Avtalsnummer", "Avtal", "Kommunkod", "Kommun", "Period", "Försäljning exkl. moms (kr)",
                "Provisionssats (%)", "Provision (kr)")


def write_basis_xlsx(target: Path | BinaryIO, basis: InvoicingBasis, organisation, today: date) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Fakturaunderlag"
    append_row(sheet, (TITLE,), bold=True)
    for label, value in (("Utfärdat av", organisation.name), ("Leverantör", basis.supplier_name),
                         ("Organisationsnummer", basis.org_number), ("Period", basis.period_text),
                         ("Från och med", basis.first_day), ("Till och med", basis.last_day), ("Skapat", today)):
        append_row(sheet, (label, value))
        if isinstance(value, date):
            sheet.cell(sheet.max_row, 2).number_format = "yyyy-mm-dd"
    append_row(sheet, ())
    header_row = sheet.max_row + 1
    append_row(sheet, XLSX_HEADERS, bold=True)
    for group in basis.groups:
        for line in group.lines:
            append_row(sheet, (group.agreement_number, group.agreement_title, line.municipality_code or None,
                               line.municipality_name, line.period_label, money(line.amount_ore),
                               percent(line.rate_bp), money(line.commission_ore)), money_columns=(5, 7))
    append_row(sheet, ("Summa", None, None, None, None, money(basis.amount_ore), None, money(basis.commission_ore)),
               bold=True, money_columns=(5, 7))
    sheet.freeze_panes = sheet.cell(header_row + 1, 1)
    fit_columns(sheet, (16, 40, 11, 24, 10, 26, 18, 18))
    per = workbook.create_sheet("Per avtal")
    append_row(per, ("Avtalsnummer", "Avtal", "Rader", "Försäljning exkl. moms (kr)", "Provision (kr)"), bold=True)
    for group in basis.groups:
        append_row(per, (group.agreement_number, group.agreement_title, len(group.lines), money(group.amount_ore),
                         money(group.commission_ore)))
    append_row(per, ("Summa", None, basis.line_count, money(basis.amount_ore), money(basis.commission_ore)), bold=True)
    fit_columns(per, (16, 40, 8, 26, 18))
    save_workbook(workbook, target)


# --- entry points -------------------------------------------------------------------------------------

def write_basis(target: Path | BinaryIO, basis: InvoicingBasis, organisation, suffix: str, today: date) -> None:
    (write_basis_pdf if suffix == ".pdf" else write_basis_xlsx)(target, basis, organisation, today)


def invoicing_basis_bytes(data: InvoicingBasisData, *, suffix: str = ".pdf", today: date | None = None) -> bytes:
    buffer = io.BytesIO()
    write_basis(buffer, data.basis, data.organisation, suffix_of(Path(f"x{suffix}")), today or data.today)
    return buffer.getvalue()


def archive_note(basis: InvoicingBasis) -> str:
    return f"Provision {basis.period_text}: {kronor(basis.commission_ore)}"
