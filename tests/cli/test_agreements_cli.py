"""``list suppliers|agreements [--json]`` and ``import agreements FILE`` (cli/suppliers.py, cli/agreements.py)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from clitools import assert_one_error_line, row_counts, sha256

HEADERS = ["Avtalsnummer", "Rubrik", "Startdatum", "Slutdatum", "Förlängningar (antal)", "Månader per förlängning",
           "Leverantör", "Organisationsnummer", "Rangordning", "Kommunkoder", "Rapportdag"]
GOOD = [
    ["CLI-RA-1", "Kontorsmaterial R&D <b>", datetime(2025, 4, 1), datetime(2027, 3, 31), 2, 6, "Łukasz Żółć AB",
     "556036-0793", 1, "0180, 0184", 15],
    ["CLI-RA-1", None, None, None, None, None, "Иван Поставщик AB", "556036-0801", 2, "0114", None],
]


def sheet(path: Path, rows: list[list]) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    ws = workbook.active
    ws.append(HEADERS)
    for row in rows:
        ws.append(row)
    workbook.save(path)
    return path


def test_import_then_list_as_json_and_table(cli, demo_file: Path, tmp_path: Path) -> None:
    source = sheet(tmp_path / "avtal.xlsx", GOOD)
    checksum = sha256(demo_file)
    dry = cli("import", "agreements", source, "--db", demo_file, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.strip().startswith("Förhandsgranskning: 1 avtal, 2 nya leverantörer")
    assert sha256(demo_file) == checksum
    result = cli("import", "agreements", source, "--db", demo_file, "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["agreements"] == 1

    listed = cli("list", "agreements", "--db", demo_file, "--json")
    assert listed.returncode == 0, listed.stderr
    item = next(a for a in json.loads(listed.stdout) if a["agreement_number"] == "CLI-RA-1")
    assert item["title"] == "Kontorsmaterial R&D <b>" and item["latest_end_date"] == "2028-03-31"
    assert item["supplier_names"] == ["Łukasz Żółć AB", "Иван Поставщик AB"] and item["participant_count"] == 3
    assert item["status"] in {"active", "extended", "expired", "upcoming", "terminated"} and "id" in item
    table = cli("list", "agreements", "--db", demo_file)
    assert table.returncode == 0 and "CLI-RA-1" in table.stdout and "Avtalsnummer" in table.stdout.splitlines()[0]

    suppliers = cli("list", "suppliers", "--db", demo_file, "--json")
    assert suppliers.returncode == 0, suppliers.stderr
    by_org = {s["org_number"]: s for s in json.loads(suppliers.stdout)}
    assert by_org["556036-0801"]["name"] == "Иван Поставщик AB" and by_org["556036-0801"]["agreement_count"] == 1
    table = cli("list", "suppliers", "--db", demo_file)
    assert table.returncode == 0 and "Łukasz Żółć AB" in table.stdout


def test_bad_rows_are_listed_and_nothing_changes(cli, demo_file: Path, tmp_path: Path) -> None:
    rows = [[*GOOD[0][:7], "556036-0794", *GOOD[0][8:]],
            ["CLI-RA-2", "Fem år", datetime(2025, 1, 1), datetime(2027, 12, 31), 2, 12, "X AB", "556036-0801", 1,
             "9999", 15]]
    source = sheet(tmp_path / "fel.xlsx", rows)
    before = row_counts(demo_file)
    result = cli("import", "agreements", source, "--db", demo_file)
    assert_one_error_line(result, "3 fel", "Inget importerades")
    lines = result.stdout.splitlines()
    assert lines[0].startswith("rad 2, kolumn organisationsnummer") and any("LOU 7 kap. 2 §" in line for line in lines)
    assert any("Okänd kommunkod ”9999”" in line for line in lines)
    assert row_counts(demo_file) == before
    as_json = cli("import", "agreements", source, "--db", demo_file, "--json")
    assert {(e["row"], e["column"]) for e in json.loads(as_json.stdout)} == {
        (2, "organisationsnummer"), (3, "särskilda skäl"), (3, "kommunkoder")}


def test_a_file_that_is_not_a_spreadsheet(cli, demo_file: Path, tmp_path: Path) -> None:
    source = tmp_path / "avtal.xlsx"
    source.write_bytes(b"PK not really")
    checksum = sha256(demo_file)
    assert_one_error_line(cli("import", "agreements", source, "--db", demo_file), "Excel")
    assert sha256(demo_file) == checksum
