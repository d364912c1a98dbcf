"""stic_desktop/services/tabular.py: reading .csv and .xlsx the way users save them."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from stic_desktop.errors import ImportFailed
from stic_desktop.services.tabular import cell_text, normalise_header, read_table


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (None, ""),
        (1.10, "1.1"),
        (114.0, "114"),
        (114, "114"),
        (0.1, "0.1"),
        (1234.5, "1234.5"),
        (-2.50, "-2.5"),
        (12345678901234.0, "12345678901234"),
        (date(2026, 1, 31), "2026-01-31"),
        (datetime(2026, 1, 31), "2026-01-31"),
        (datetime(2026, 1, 31, 9, 30), "2026-01-31 09:30:00"),
        (True, "ja"),
        (False, "nej"),
        ("  Solna  ", "Solna"),
    ],
)
def test_cell_text(cell, expected):
    assert cell_text(cell) == expected


def test_normalise_header():
    assert normalise_header("  Kommun  KOD ") == "kommun kod"


def test_csv_semicolon_utf8_bom_and_row_numbers(tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes("\ufeffKommunkod;Namn\n0114;Upplands Väsby\n\n0180;Stockholm\n;\n".encode("utf-8"))
    table = read_table(path)
    assert table.headers == ["kommunkod", "namn"]
    assert [(r.number, r.values) for r in table.rows] == [
        (2, {"kommunkod": "0114", "namn": "Upplands Väsby"}),
        (4, {"kommunkod": "0180", "namn": "Stockholm"}),
    ]


def test_csv_comma_windows_1252(tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes("kommunkod,namn\r\n0117,Österåker\r\n".encode("cp1252"))
    table = read_table(path)
    assert table.rows[0].values == {"kommunkod": "0117", "namn": "Österåker"}


def test_xlsx_numbers_and_dates(tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Kommunkod", "Namn", "Inträdesdatum", None])
    sheet.append([114, "Upplands Väsby", datetime(2012, 1, 1), None])
    sheet.append([None, None, None, None])
    path = tmp_path / "a.xlsx"
    workbook.save(path)
    table = read_table(path)
    assert table.headers == ["kommunkod", "namn", "inträdesdatum"]
    assert [r.values for r in table.rows] == [{"kommunkod": "114", "namn": "Upplands Väsby", "inträdesdatum": "2012-01-01"}]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", b"", "är tom"),
        ("blank.csv", b"\n\n", "är tom"),
        ("header.csv", b"kommunkod;namn\n", "inga rader"),
        ("data.json", b"[]", "Filtypen .json stöds inte"),
        ("noext", b"x", "Filtypen \\(ingen\\) stöds inte"),
        ("broken.xlsx", b"PK\x03\x04 not really a zip", "kunde inte läsas som en Excel-fil"),
    ],
)
def test_unreadable_files(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportFailed, match=message):
        read_table(path)


def test_missing_file(tmp_path):
    with pytest.raises(ImportFailed, match="finns inte"):
        read_table(tmp_path / "missing.csv")
