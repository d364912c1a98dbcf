"""Reading the spreadsheets users import: .csv (`;` or `,`, UTF-8 or Windows-1252) and .xlsx."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from stic_desktop.errors import ImportFailed


@dataclass(frozen=True)
class SourceRow:
    number: int  # as the user sees it in the file: the header is row 1
    values: dict[str, str]  # normalised header -> cell text


@dataclass(frozen=True)
class Table:
    headers: list[str]
    rows: list[SourceRow]


def normalise_header(text: str) -> str:
    return " ".join(text.strip().lower().split())


def cell_text(value: object) -> str:
    """Cell values as the user typed them; numbers via Decimal(str(...)) so nothing is rounded."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, (int, float)):
        number = Decimal(str(value))
        return str(number.quantize(Decimal(1))) if number == number.to_integral_value() else str(number)
    return str(value).strip()


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252")  # Excel on Swedish Windows saves CSV like this


def _read_csv(path: Path) -> list[list[str]]:
    text = _decode(path.read_bytes())
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") >= first_line.count(",") else ","
    return [row for row in csv.reader(io.StringIO(text), delimiter=delimiter)]


def _read_xlsx(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook  # deferred: heavy

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise ImportFailed(f"Filen {path.name} kunde inte läsas som en Excel-fil (.xlsx): {exc}") from None
    try:
        sheet = workbook.worksheets[0]
        return [[cell_text(value) for value in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()


def read_table(path: Path) -> Table:
    path = Path(path)
    if not path.is_file():
        raise ImportFailed(f"Filen {path} finns inte.")
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt"):
        raw_rows = _read_csv(path)
    elif suffix in (".xlsx", ".xlsm"):
        raw_rows = _read_xlsx(path)
    else:
        raise ImportFailed(f"Filtypen {suffix or '(ingen)'} stöds inte. Använd .xlsx eller .csv.")
    raw_rows = [[cell_text(c) for c in row] for row in raw_rows]
    while raw_rows and not any(raw_rows[-1]):
        raw_rows.pop()
    if not raw_rows or not any(raw_rows[0]):
        raise ImportFailed(f"Filen {path.name} är tom: den saknar rubrikrad.")
    headers = [normalise_header(h) for h in raw_rows[0]]
    rows = []
    for number, cells in enumerate(raw_rows[1:], start=2):
        if not any(cells):
            continue
        values = {h: (cells[i] if i < len(cells) else "") for i, h in enumerate(headers) if h}
        rows.append(SourceRow(number, values))
    if not rows:
        raise ImportFailed(f"Filen {path.name} har en rubrikrad men inga rader att importera.")
    return Table([h for h in headers if h], rows)
