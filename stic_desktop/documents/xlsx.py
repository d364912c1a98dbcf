"""Any table as an .xlsx workbook: what a list shows, in the order it shows it."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Sequence

MAX_COLUMN_WIDTH = 60


def write_table(target: Path, title: str, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> Path:
    """Bold, frozen header row with a filter; dates stay dates so Excel can sort them."""
    from openpyxl import Workbook  # deferred: heavy
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _sheet_title(title)
    sheet.append(list(headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    widths = [len(str(h)) for h in headers]
    for row in rows:
        values = [v if v is None or isinstance(v, (int, float, date, datetime)) else str(v) for v in row]
        sheet.append(values)
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # text typed by a user is never run as a formula
        for index, value in enumerate(values):
            widths[index] = max(widths[index], len(str(value)) if value is not None else 0)
    for index, width in enumerate(widths, start=1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = min(width + 2, MAX_COLUMN_WIDTH)
        for cell in sheet[letter][1:]:
            if isinstance(cell.value, date):
                cell.number_format = "yyyy-mm-dd"
    sheet.freeze_panes = "A2"
    if headers:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(1, len(rows) + 1)}"
    target = Path(target)
    workbook.save(target)
    return target


def _sheet_title(title: str) -> str:
    cleaned = "".join("_" if c in '[]:*?/\\' else c for c in title).strip() or "Blad1"
    return cleaned[:31]
