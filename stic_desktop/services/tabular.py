"""Reading the spreadsheets users import: .csv (`;` or `,`, UTF-8 or Windows-1252) and .xlsx."""

from __future__ import annotations

import csv
from collections.abc import Iterator
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
    if isinstance(value, (int, float, Decimal)):
        number = Decimal(str(value))
        if not number.is_finite():
            return str(value)
        # "f": never an exponent and never quantize() (which fails from 1e28 on, beyond 28 digits)
        return f"{number.to_integral_value():f}" if number == number.to_integral_value() else f"{number:f}"
    return str(value).strip()


# Limits every import states in its message. Checked early: the file size before reading, the unpacked
# sizes of an .xlsx before opening it, rows and cell lengths while streaming (never the whole file in memory).
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_XLSX_UNPACKED_BYTES = 250 * 1024 * 1024  # all parts of the .xlsx together, unpacked
MAX_SHARED_STRINGS_BYTES = 32 * 1024 * 1024  # openpyxl keeps the shared strings in memory
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
MAX_COLUMNS = 200
MAX_ROWS = 50_000  # municipalities, people, agreements (sales has its own, larger limit)
CSV_CHUNK = 1024 * 1024


def _mb(size: int) -> str:
    return f"{size // (1024 * 1024)} MB"


def _thousands(number: int) -> str:
    return f"{number:,}".replace(",", " ")


def check_file_size(path: Path) -> int:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ImportFailed(f"Filen {path.name} är {_mb(size)}. Största tillåtna storlek är "
                           f"{_mb(MAX_FILE_BYTES)}; dela upp filen.")
    if size == 0:
        raise ImportFailed(f"Filen {path.name} är tom.")
    return size


def _encoding(path: Path) -> str:
    """UTF-8 (with or without BOM) or Windows-1252, decided by reading the whole file in chunks."""
    import codecs

    for encoding in ("utf-8-sig", "cp1252"):  # Excel on Swedish Windows saves CSV as Windows-1252
        decoder = codecs.getincrementaldecoder(encoding)()
        try:
            with open(path, "rb") as handle:
                while chunk := handle.read(CSV_CHUNK):
                    decoder.decode(chunk)
                decoder.decode(b"", final=True)
            return encoding
        except UnicodeDecodeError:
            continue
    raise ImportFailed(f"Filen {path.name} är varken UTF-8 eller Windows-1252 och kan inte läsas som text. "
                       "Spara den som CSV UTF-8 i Excel.")


def _csv_rows(path: Path) -> Iterator[tuple]:
    with open(path, "rb") as handle:
        if b"\x00" in handle.read(65536):
            raise ImportFailed(f"Filen {path.name} är inte ett kalkylark: den innehåller binära data, inte text (CSV).")
    encoding = _encoding(path)
    # newline="": the csv module splits lines itself, so \r\n, \n and Mac Excel's \r alone all end a row
    # and line breaks inside quoted cells are kept.
    with open(path, encoding=encoding, newline="") as handle:
        first = handle.readline(MAX_CELL_CHARS * 4)
        delimiter = ";" if first.count(";") >= first.count(",") else ","
        handle.seek(0)
        reader = csv.reader(handle, delimiter=delimiter)
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                if "field larger than field limit" in str(exc):
                    raise ImportFailed(
                        f"Filen {path.name}, rad {reader.line_num}: en cell är längre än "
                        f"{_thousands(csv.field_size_limit())} tecken. Största tillåtna längd är "
                        f"{_thousands(MAX_CELL_CHARS)} tecken per cell.") from None
                raise ImportFailed(f"Filen {path.name}, rad {reader.line_num}, kan inte läsas som CSV ({exc}).") from None
            yield tuple(row)


def check_xlsx_parts(path: Path) -> None:
    """Refuses a zip bomb before openpyxl unpacks it: the unpacked sizes are in the zip's directory, and
    zipfile never returns more than they say."""
    import zipfile

    if not zipfile.is_zipfile(path):
        raise ImportFailed(f"Filen {path.name} är inte ett kalkylark: den kunde inte läsas som en Excel-fil (.xlsx).")
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ImportFailed(f"Filen {path.name} kunde inte läsas som en Excel-fil (.xlsx): {exc}") from None
    unpacked = sum(part.file_size for part in parts)
    if unpacked > MAX_XLSX_UNPACKED_BYTES:
        raise ImportFailed(f"Filen {path.name} är {_mb(unpacked)} uppackad. Största tillåtna storlek uppackad är "
                           f"{_mb(MAX_XLSX_UNPACKED_BYTES)}; dela upp filen.")
    for part in parts:
        if part.filename.lower().endswith("sharedstrings.xml") and part.file_size > MAX_SHARED_STRINGS_BYTES:
            raise ImportFailed(f"Filen {path.name} har {_mb(part.file_size)} text i delade celler (sharedStrings). "
                               f"Största tillåtna är {_mb(MAX_SHARED_STRINGS_BYTES)}; dela upp filen.")


def open_xlsx(path: Path):
    """An openpyxl read-only workbook (streams the sheets), after the size checks."""
    from openpyxl import load_workbook  # deferred: heavy

    check_xlsx_parts(path)
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except ImportFailed:
        raise
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise ImportFailed(f"Filen {path.name} kunde inte läsas som en Excel-fil (.xlsx): {_short(exc)}") from None


def _short(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200] or type(exc).__name__


def sheet_rows(path: Path, sheet) -> Iterator[tuple]:
    """The sheet's rows as tuples of values, streamed; a damaged sheet (bad XML) becomes ImportFailed."""
    rows = sheet.iter_rows(values_only=True)
    try:
        while True:
            try:
                row = next(rows)
            except StopIteration:
                return
            except ImportFailed:
                raise
            except Exception as exc:  # malformed XML, bad cell references, ... (lxml/ElementTree/openpyxl)
                raise ImportFailed(f"Bladet ”{sheet.title}” i {path.name} är skadat och kan inte läsas "
                                   f"({_short(exc)}). Spara om filen i Excel.") from None
            yield row
    finally:
        rows.close()


def _xlsx_rows(path: Path) -> Iterator[tuple]:
    from stic_desktop.services import fast_xlsx

    check_xlsx_parts(path)
    fast = fast_xlsx.calamine_workbook(path)  # much faster when its memory is known to stay small
    if fast is not None:
        try:
            if not fast.sheet_names:
                raise ImportFailed(f"Filen {path.name} har inga blad.")
            yield from fast_xlsx.sheet_rows(path, fast, fast.sheet_names[0])
            return
        finally:
            fast.close()
    workbook = open_xlsx(path)
    try:
        if not workbook.worksheets:
            raise ImportFailed(f"Filen {path.name} har inga blad.")
        yield from sheet_rows(path, workbook.worksheets[0])
    finally:
        workbook.close()


def bounded_rows(rows: Iterator[tuple], where: str, max_rows: int) -> Iterator[tuple[int, tuple]]:
    """(row number as the user sees it, cells) with the row, column and cell-length limits enforced."""
    for number, row in enumerate(rows, start=1):
        if number - 1 > max_rows:
            raise ImportFailed(f"{where} har fler än {_thousands(max_rows)} rader och är för stor för en import. "
                               "Dela upp filen.")
        if len(row) > MAX_COLUMNS:
            if any(value not in (None, "") for value in row[MAX_COLUMNS:]):
                raise ImportFailed(f"{where}, rad {number}: raden har fler än {MAX_COLUMNS} kolumner.")
            row = row[:MAX_COLUMNS]
        for index, value in enumerate(row):
            if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
                raise ImportFailed(f"{where}, rad {number}, kolumn {index + 1}: cellen har {_thousands(len(value))} "
                                   f"tecken. Största tillåtna längd är {_thousands(MAX_CELL_CHARS)} tecken per cell.")
        yield number, row


def iter_file_rows(path: Path) -> Iterator[tuple]:
    """Raw rows (tuples of cell values) of a .csv or the first sheet of an .xlsx, streamed."""
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt"):
        return _csv_rows(path)
    if suffix in (".xlsx", ".xlsm"):
        return _xlsx_rows(path)
    raise ImportFailed(f"Filtypen {suffix or '(ingen)'} stöds inte. Använd .xlsx eller .csv.")


def read_table(path: Path, max_rows: int = MAX_ROWS) -> Table:
    """The file's heading and rows, streamed and within the limits above (ImportFailed otherwise)."""
    path = Path(path)
    if not path.is_file():
        raise ImportFailed(f"Filen {path} finns inte.")
    check_file_size(path)
    source = iter_file_rows(path)  # the file type is checked before anything is read
    headers: list[str] | None = None
    rows: list[SourceRow] = []
    for number, raw in bounded_rows(source, f"Filen {path.name}", max_rows):
        cells = [cell_text(c) for c in raw]
        if headers is None:
            if not any(cells):
                break
            headers = [normalise_header(h) for h in cells]
            continue
        if not any(cells):
            continue
        values = {h: (cells[i] if i < len(cells) else "") for i, h in enumerate(headers) if h}
        rows.append(SourceRow(number, values))
    if headers is None:
        raise ImportFailed(f"Filen {path.name} är tom: den saknar rubrikrad.")
    if not rows:
        raise ImportFailed(f"Filen {path.name} har en rubrikrad men inga rader att importera.")
    return Table([h for h in headers if h], rows)
