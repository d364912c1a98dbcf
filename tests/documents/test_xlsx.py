"""The .xlsx writer behind every list's "Exportera till Excel", read back with openpyxl."""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl

from stic_desktop.documents.xlsx import MAX_COLUMN_WIDTH, write_table

HEADERS = ("Kommunkod", "Namn", "Inträdesdatum", "Antal")


def written(tmp_path: Path, rows, headers=HEADERS, title: str = "Kommuner"):
    target = write_table(tmp_path / "lista.xlsx", title, headers, rows)
    assert target == tmp_path / "lista.xlsx"
    return openpyxl.load_workbook(target).active


def test_header_row_is_bold_frozen_and_filtered(tmp_path: Path) -> None:
    sheet = written(tmp_path, [("0114", "Upplands Väsby", date(2012, 1, 1), 3)])
    assert [cell.value for cell in sheet[1]] == list(HEADERS)
    assert all(cell.font.b for cell in sheet[1])
    assert not sheet["A2"].font.b
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:D2"
    assert sheet.title == "Kommuner"


def test_dates_and_numbers_keep_their_types(tmp_path: Path) -> None:
    sheet = written(tmp_path, [("0114", "Upplands Väsby", date(2012, 1, 31), 3), ("0115", "Vallentuna", None, Decimal("2.50"))])
    assert sheet["C2"].is_date and sheet["C2"].value.date() == date(2012, 1, 31)
    assert sheet["C2"].number_format == "yyyy-mm-dd"
    assert sheet["C3"].value is None
    assert sheet["D2"].value == 3 and sheet["D3"].value == 2.5
    assert sheet["A2"].value == "0114" and sheet["A2"].data_type == "s"  # codes keep their leading zero


def test_times_keep_the_clock_time_and_show_it(tmp_path: Path) -> None:
    stockholm = datetime(2026, 11, 24, 13, 30, tzinfo=ZoneInfo("Europe/Stockholm"))
    utc = datetime(2026, 6, 1, 7, 0, tzinfo=timezone.utc)  # 09:00 in Stockholm (summer time)
    sheet = written(tmp_path, [("0114", "Möte", stockholm, 1), ("0115", "Möte", utc, 2)])
    assert sheet["C2"].value == datetime(2026, 11, 24, 13, 30)
    assert sheet["C3"].value == datetime(2026, 6, 1, 9, 0)
    assert sheet["C2"].number_format == "yyyy-mm-dd hh:mm"


def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    sheet = written(tmp_path, [("0114", "=HYPERLINK(\"http://x\")", None, None), ("0115", "=1+1", None, None)])
    assert sheet["B2"].value == '=HYPERLINK("http://x")' and sheet["B2"].data_type == "s"
    assert sheet["B3"].value == "=1+1" and sheet["B3"].data_type == "s"


def test_non_latin_text_round_trips(tmp_path: Path) -> None:
    names = ["Łukasz Żółć", "Ayşe Yılmaz", "Москва", "R&D <b> kommun", "Glada 😀 kommunen", "rad 1\nrad 2"]
    sheet = written(tmp_path, [(str(i), name, None, None) for i, name in enumerate(names)])
    assert [sheet.cell(row=i + 2, column=2).value for i in range(len(names))] == names


def test_control_characters_are_shown_not_refused(tmp_path: Path) -> None:
    sheet = written(tmp_path, [("0114", "klistrat\x01in\x0b", None, None)])
    assert sheet["B2"].value == "klistrat[U+0001]in[U+000B]"


def test_sheet_title_is_made_valid_and_columns_sized(tmp_path: Path) -> None:
    sheet = written(tmp_path, [("0114", "x" * 500, None, None)], title="Kommuner: län/region [alla] och några fler ord")
    assert sheet.title == "Kommuner_ län_region _alla_ och"
    assert len(sheet.title) <= 31
    assert sheet.column_dimensions["B"].width == MAX_COLUMN_WIDTH
    assert sheet.column_dimensions["A"].width >= len("Kommunkod")


def test_an_empty_list_still_has_its_header(tmp_path: Path) -> None:
    sheet = written(tmp_path, [])
    assert [cell.value for cell in sheet[1]] == list(HEADERS)
    assert sheet.max_row == 1
