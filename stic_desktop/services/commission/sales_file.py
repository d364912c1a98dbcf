"""Reading a sales-report file (.xlsx or .csv) into plain rows, refusing what is not one before any work.

Kept apart from the checks in ``services.sales_import`` so the same reader serves the import and its
tests; amounts are kept as text made with ``Decimal(str(cell))``, never through a float.
"""

from __future__ import annotations

from collections.abc import Generator, Iterable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from stic_desktop.core import money
from stic_desktop.errors import ImportFailed, RowError, ValidationError
from stic_desktop.services import fast_xlsx
from stic_desktop.services.tabular import (
    MAX_FILE_BYTES,
    bounded_rows,
    cell_text,
    check_file_size,
    check_xlsx_parts,
    iter_file_rows,
    normalise_header,
    open_xlsx,
    sheet_rows,
)

MAX_BYTES = MAX_FILE_BYTES
MAX_ROWS = 200_000
SHEET_NAME = "Försäljning"
STEP = 2000

# The columns the import reads, as the template writes them.
COLUMN_NAMES = {"agreement": "Avtalsnummer", "supplier": "Leverantör (organisationsnummer)",
                "municipality": "Kommunkod", "period": "Period", "amount": "Belopp exkl. moms"}
# Headings accepted (normalised, lower case) for each column.
HEADINGS = {
    "avtalsnummer": "agreement", "avtal nr": "agreement", "avtalsnr": "agreement",
    "leverantör (organisationsnummer)": "supplier", "leverantör": "supplier", "organisationsnummer": "supplier",
    "leverantörens organisationsnummer": "supplier", "org.nr": "supplier", "orgnr": "supplier",
    "kommunkod": "municipality",
    "period": "period",
    "belopp exkl. moms": "amount", "belopp exkl moms": "amount", "belopp exkl. moms (kr)": "amount",
    "belopp": "amount", "belopp (kr)": "amount", "försäljning exkl. moms": "amount",
}
# Columns the template adds for the reader's sake; they are not imported.
IGNORED = {"avtal", "rubrik", "leverantörens namn", "leverantörsnamn", "kommun", "kommunnamn", "kommentar",
           "anteckning"}


@dataclass(frozen=True)
class SalesRow:
    number: int  # as the user sees it: the heading is row 1
    agreement: str
    supplier: str
    municipality: str
    period: str
    amount: str


def amount_cell(value: object) -> str:
    """A cell as amount text: a number is read by ``money.parse`` (``Decimal(str(cell))``, so 0.1 stays
    exactly 0,10 kr) and written as the text it reads back; a number it refuses is kept as typed."""
    if value is None:
        return ""
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        try:
            return money.format_input(money.parse(value))
        except ValidationError:
            return str(value)
    return cell_text(value)


def _columns(headers: list[str], where: str) -> dict[str, int]:
    errors: list[RowError] = []
    columns: dict[str, int] = {}
    for index, heading in enumerate(headers):
        if not heading or heading in IGNORED:
            continue
        name = HEADINGS.get(heading)
        if name is None:
            errors.append(RowError(1, heading, "Okänd kolumn. Filen ska ha kolumnerna "
                                               f"{', '.join(COLUMN_NAMES.values())}."))
        elif name in columns:
            errors.append(RowError(1, heading, "Kolumnen finns två gånger."))
        else:
            columns[name] = index
    errors += [RowError(1, COLUMN_NAMES[name], "Kolumnen saknas i filen.") for name in COLUMN_NAMES
               if name not in columns]
    if errors:
        raise ImportFailed(f"{where} har fel kolumner. Inget importerades.", errors)
    return columns


def _rows(cells: Iterable[tuple], where: str, total: int) -> Generator[tuple[int, int, str], None, list[SalesRow]]:
    """Rows of cell values (the first is the heading) → SalesRow, progress every STEP rows."""
    iterator = iter(cells)
    header = next(iterator, None)
    if header is None or not any(cell_text(c) for c in header):
        raise ImportFailed(f"{where} är tom: den saknar rubrikrad. Använd mallen (export sales-template).")
    columns = _columns([normalise_header(cell_text(c)) for c in header], where)
    order = [columns[name] for name in ("agreement", "supplier", "municipality", "period")]
    amount_at = columns["amount"]
    width = len(header)
    rows: list[SalesRow] = []
    too_wide: list[RowError] = []
    for number, values in enumerate(iterator, start=2):
        if number - 1 > MAX_ROWS:
            raise ImportFailed(f"{where} har fler än {MAX_ROWS:,} rader och är för stor för en import. ".replace(",", " ")
                               + "Dela upp den per period eller leverantör.")
        if not any(v is not None and v != "" for v in values):
            continue
        if len(values) > width and any(v not in (None, "") for v in values[width:]):
            too_wide.append(RowError(number, "", "Raden har fler celler än rubrikraden. Använd semikolon som "
                                                 "avgränsare, eller citattecken kring belopp med decimalkomma."))
            continue
        cell = [cell_text(values[i]) if i < len(values) else "" for i in order]
        amount = amount_cell(values[amount_at]) if amount_at < len(values) else ""
        rows.append(SalesRow(number, *cell, amount))
        if number % STEP == 0:
            yield number, total, f"Läser rad {number} av {total}…"
    if too_wide:
        raise ImportFailed(f"{len(too_wide)} rader i {where} kunde inte delas upp i kolumner. Inget importerades.",
                           too_wide)
    if not rows:
        raise ImportFailed(f"{where} har en rubrikrad men inga rader att importera.")
    return rows


def _sheet_name(path: Path, names: list[str]) -> tuple[str, str]:
    """(the sheet to read, how messages name it): "Försäljning" in any case, else the first sheet."""
    by_fold = {name.casefold(): name for name in names}
    if not by_fold:
        raise ImportFailed(f"Filen {path.name} har inga blad.")
    name = by_fold.get(SHEET_NAME.casefold(), names[0])
    where = f"Bladet ”{name}” i {path.name}"
    if name != SHEET_NAME and len(names) > 1:
        where += f" (filen har inget blad ”{SHEET_NAME}”; det första bladet lästes)"
    return name, where


def _xlsx(path: Path) -> Generator[tuple[int, int, str], None, list[SalesRow]]:
    check_xlsx_parts(path)  # the zip-bomb checks, before either reader unpacks anything
    fast = fast_xlsx.calamine_workbook(path)  # ~20 × faster, when its memory is known to stay small
    if fast is not None:
        try:
            name, where = _sheet_name(path, fast.sheet_names)
            total = min(max(fast.get_sheet_by_name(name).height - 1, 0), MAX_ROWS)
            cells = fast_xlsx.sheet_rows(path, fast, name)
            return (yield from _rows((row for _, row in bounded_rows(cells, where, MAX_ROWS)), where, total))
        finally:
            fast.close()
    workbook = open_xlsx(path)  # streamed (read-only), after the zip-bomb checks
    try:
        name, where = _sheet_name(path, workbook.sheetnames)
        sheet = workbook[name]
        total = min(max((sheet.max_row or 1) - 1, 0), MAX_ROWS)
        cells = sheet_rows(path, sheet)
        try:
            return (yield from _rows((row for _, row in bounded_rows(cells, where, MAX_ROWS)), where, total))
        finally:
            cells.close()
    finally:
        workbook.close()


def _csv(path: Path) -> Generator[tuple[int, int, str], None, list[SalesRow]]:
    where = f"Filen {path.name}"
    cells = iter_file_rows(path)  # streamed; the encoding and Mac Excel's CR-only lines are handled there
    return (yield from _rows((row for _, row in bounded_rows(cells, where, MAX_ROWS)), where, 0))


def read_sales_file(path: Path) -> Generator[tuple[int, int, str], None, list[SalesRow]]:
    """The file's rows; ImportFailed for a missing, huge, empty or unreadable file or wrong columns."""
    path = Path(path)
    if not path.is_file():
        raise ImportFailed(f"Filen {path} finns inte.")
    check_file_size(path)
    yield 0, 0, f"Läser {path.name}…"
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return (yield from _xlsx(path))
    if suffix in (".csv", ".txt"):
        return (yield from _csv(path))
    raise ImportFailed(f"Filen {path.name} är inte ett kalkylark som kan importeras (filtypen {suffix or '(ingen)'}). "
                       "Använd .xlsx eller .csv.")
