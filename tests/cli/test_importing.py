"""stic_desktop.cli.importing: .csv and .xlsx, all or nothing, row errors on stdout or as JSON."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from clitools import assert_one_error_line, listed, sha256

NAMES = {
    "9901": "Łukasz Żółć kommun",
    "9902": "Ayşe Yılmaz kommun",
    "9903": "Муниципалитет Тестово",
    "9904": "R&D <b>kommun</b> 🙂",
}


def test_import_csv_with_semicolons_and_decimal_commas(cli, tmp_path: Path) -> None:
    source = tmp_path / "kommuner.csv"
    source.write_text(
        "Kommunkod;Namn;Organisationsnummer;Medlemsstatus;Inträdesdatum;Anteckningar\n"
        "0180;Stockholm;212000-0142;medlem;2012-01-01;Provision 1,5 %, enligt beslut 2,25\n"
        "181;Södertälje;2120000167;intresserad;;\n"
        + "".join(f"{code};{name};;Medlem;;{name}\n" for code, name in NAMES.items()),
        encoding="utf-8",
    )
    db = tmp_path / "new.sqlite3"
    result = cli("import", "municipalities", source, "--db", db)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Importerat: 6 nya, 0 ändrade, 0 oförändrade."
    by_code = {item["municipality_code"]: item for item in listed(db)}
    assert by_code["0180"]["notes"] == "Provision 1,5 %, enligt beslut 2,25"
    assert by_code["0180"]["org_number"] == "212000-0142" and by_code["0180"]["joined_on"] == "2012-01-01"
    assert by_code["0181"]["org_number"] == "212000-0167" and by_code["0181"]["status"] == "interested"
    for code, name in NAMES.items():
        assert by_code[code]["name"] == name and by_code[code]["notes"] == name


def test_import_xlsx_with_numbers_dates_and_non_latin_names(cli, demo_file: Path, tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Kommunkod", "Namn", "Inträdesdatum", "Växelnummer"])
    sheet.append([114, "Upplands Väsby", datetime(2015, 3, 1), "08-590 970 00"])  # Excel dropped the leading zero
    for code, name in NAMES.items():
        sheet.append([int(code), name, None, None])
    source = tmp_path / "kommuner.xlsx"
    workbook.save(source)
    result = cli("import", "municipalities", source, "--db", demo_file, "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"created": 4, "updated": 1, "unchanged": 0, "dry_run": False}
    by_code = {item["municipality_code"]: item for item in listed(demo_file)}
    assert len(by_code) == 30
    assert by_code["0114"]["joined_on"] == "2015-03-01" and by_code["0114"]["switchboard_phone"] == "08-590 970 00"
    assert {code: by_code[code]["name"] for code in NAMES} == NAMES


@pytest.fixture
def bad_csv(tmp_path: Path) -> Path:
    source = tmp_path / "fel.csv"
    source.write_text(
        "kommunkod;namn;organisationsnummer\n"
        "12a4;Felkod;\n"  # row 2: code is not four digits
        "9902;;\n"  # row 3: empty name
        "9903;Fel kontrollsiffra;212000-0143\n"  # row 4: wrong Luhn check digit
        "9904;Första;\n"  # row 5: fine on its own
        "9904;Dubblett;\n",  # row 6: the same code again
        encoding="utf-8",
    )
    return source


def test_import_with_bad_rows_reports_every_row_and_changes_nothing(cli, demo_file: Path, bad_csv: Path) -> None:
    before, checksum = listed(demo_file), sha256(demo_file)
    result = cli("import", "municipalities", bad_csv, "--db", demo_file)
    assert_one_error_line(result, "4 fel", "Inget importerades")
    lines = result.stdout.splitlines()
    assert [line.split(",")[0] for line in lines] == ["rad 2", "rad 3", "rad 4", "rad 6"]
    assert "kommunkod" in lines[0] and "namn" in lines[1] and "kontrollsiffra" in lines[2] and "9904" in lines[3]
    assert listed(demo_file) == before
    assert sha256(demo_file) == checksum


def test_import_with_bad_rows_as_json(cli, demo_file: Path, bad_csv: Path) -> None:
    checksum = sha256(demo_file)
    result = cli("import", "municipalities", bad_csv, "--db", demo_file, "--json")
    assert_one_error_line(result, "Inget importerades")
    errors = json.loads(result.stdout)
    assert [(e["row"], e["column"]) for e in errors] == [
        (2, "kommunkod"), (3, "namn"), (4, "organisationsnummer"), (6, "kommunkod")
    ]
    assert all(e["message"] for e in errors)
    assert sha256(demo_file) == checksum


def test_dry_run_changes_nothing(cli, demo_file: Path, tmp_path: Path) -> None:
    source = tmp_path / "ny.csv"
    source.write_text("kommunkod;namn;webbplats\n9901;Ny kommun;\n0180;Stockholm;https://start.stockholm\n", encoding="utf-8")
    before, checksum = listed(demo_file), sha256(demo_file)
    result = cli("import", "municipalities", source, "--db", demo_file, "--dry-run")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Förhandsgranskning: 1 nya, 1 ändrade, 0 oförändrade. Inget har sparats."
    assert listed(demo_file) == before
    assert sha256(demo_file) == checksum


@pytest.mark.parametrize(
    ("name", "content", "fragment"),
    [
        ("saknas.csv", None, "finns inte"),
        ("kommuner.txt.pdf", b"%PDF-1.4", "stöds inte"),
        ("trasig.xlsx", b"not a zip", "Excel"),
        ("tom.csv", b"", "tom"),
        ("fel-kolumner.csv", b"kod;namn\n0180;Stockholm\n", "kolumner"),
    ],
)
def test_unreadable_import_file_is_a_user_error(cli, demo_file: Path, tmp_path: Path, name, content, fragment) -> None:
    source = tmp_path / name
    if content is not None:
        source.write_bytes(content)
    checksum = sha256(demo_file)
    assert_one_error_line(cli("import", "municipalities", source, "--db", demo_file), fragment)
    assert sha256(demo_file) == checksum


def test_missing_import_file_creates_no_database(cli, tmp_path: Path) -> None:
    db = tmp_path / "new.sqlite3"
    assert_one_error_line(cli("import", "municipalities", tmp_path / "saknas.csv", "--db", db), "finns inte")
    assert not db.exists()
