"""Any table as an .xlsx workbook: what a list shows, in the order it shows it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from stic_desktop.documents.output import atomic_target

MAX_COLUMN_WIDTH = 60
STOCKHOLM = ZoneInfo("Europe/Stockholm")


def write_table(target: Path, title: str, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> Path:
    """Bold, frozen header row with a filter; dates stay dates so Excel can sort them."""
    from openpyxl import Workbook  # deferred: heavy
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _sheet_title(title)
    sheet.append([_cell_value(h) for h in headers])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    widths = [len(str(h)) for h in headers]
    for row in rows:
        values = [_cell_value(v) for v in row]
        sheet.append(values)
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # text typed by a user is never run as a formula
            elif isinstance(cell.value, datetime):
                cell.number_format = "yyyy-mm-dd hh:mm"
            elif isinstance(cell.value, date):
                cell.number_format = "yyyy-mm-dd"
        for index, value in enumerate(values):
            text = "" if value is None else str(value)
            widths[index] = max(widths[index], max((len(line) for line in text.splitlines()), default=0))
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(width + 2, MAX_COLUMN_WIDTH)
    sheet.freeze_panes = "A2"
    if headers:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(1, len(rows) + 1)}"
    target = Path(target)
    with atomic_target(target) as temporary:
        workbook.save(temporary)
    return target


def _cell_value(value: object) -> object:
    """Numbers and dates as themselves; everything else as text Excel accepts."""
    if value is None or isinstance(value, (int, float, Decimal)):
        return value
    if isinstance(value, datetime):
        # Excel has no time zones: an aware time is written as the Stockholm wall-clock time the list shows.
        return value.astimezone(STOCKHOLM).replace(tzinfo=None) if value.tzinfo else value
    if isinstance(value, date):
        return value
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    # Control characters (pasted into a note, say) are not allowed in the file: shown, not dropped.
    return ILLEGAL_CHARACTERS_RE.sub(lambda m: f"[U+{ord(m.group()):04X}]", str(value))


def _sheet_title(title: str) -> str:
    cleaned = "".join("_" if c in '[]:*?/\\' else c for c in title).strip() or "Blad1"
    return cleaned[:31]
