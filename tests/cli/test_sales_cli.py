"""``import sales`` and ``export sales-template`` in a subprocess, on a real database file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from clitools import row_counts
from sales_fixtures import build, write_csv


@pytest.fixture
def database(tmp_path: Path):
    from stic_desktop.services.workspace.database import open_database

    path = tmp_path / "stic.sqlite3"
    db = open_database(path)
    register = build(db)
    db.close()
    return path, register


def _rows(register, month="2025-05", amount="10,50"):
    org = register.orgs[register.office1]
    return [["STIC-2024-001", org, code, month, amount] for code in register.office_codes]


def test_import_dry_run_then_import_then_replace(cli, database, tmp_path) -> None:
    path, register = database
    source = write_csv(tmp_path / "maj.csv", _rows(register))
    before = row_counts(path)
    dry = cli("import", "sales", source, "--db", path, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.strip() == ("Förhandsgranskning: 5 rader (5 nya, 0 ersätter 0 rapporterade), "
                                  "försäljning 52,50 kr, provision 0,80 kr. Inget har sparats.")
    assert row_counts(path) == before
    done = cli("import", "sales", source, "--db", path, "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert (result["rows"], result["new"], result["dry_run"], result["amount_ore"]) == (5, 5, False, 5250)
    assert result["periods"][0]["period_label"] == "2025-05" and result["import_id"] == 1
    assert row_counts(path)["sales_reports"] == 5
    again = cli("import", "sales", write_csv(tmp_path / "maj2.csv", _rows(register, amount="20")), "--db", path)
    assert again.returncode == 1
    [summary] = again.stderr.splitlines()
    assert summary == "Fel: 5 fel i filen maj2.csv. Inget importerades."
    lines = again.stdout.splitlines()
    assert len(lines) == 5 and lines[0].startswith("rad 2, kolumn Period: Perioden 2025-05 är redan rapporterad")
    replaced = cli("import", "sales", tmp_path / "maj2.csv", "--db", path, "--replace")
    assert replaced.returncode == 0, replaced.stderr
    assert replaced.stdout.startswith("Importerat: 5 rader (0 nya, 5 ersätter 5 rapporterade)")
    assert row_counts(path)["sales_reports"] == 5


def test_row_errors_as_json_and_nothing_saved(cli, database, tmp_path) -> None:
    path, register = database
    rows = _rows(register)
    rows[1][2] = "9999"
    rows[3][4] = "-1"
    before = row_counts(path)
    result = cli("import", "sales", write_csv(tmp_path / "fel.csv", rows), "--db", path, "--json")
    assert result.returncode == 1
    assert result.stderr.splitlines() == ["Fel: 2 fel i filen fel.csv. Inget importerades."]
    errors = json.loads(result.stdout)
    assert [(e["row"], e["column"]) for e in errors] == [(3, "Kommunkod"), (5, "Belopp exkl. moms")]
    assert row_counts(path) == before


def test_not_a_spreadsheet_is_one_error_line(cli, database, tmp_path) -> None:
    path, _ = database
    bogus = tmp_path / "rapport.xlsx"
    bogus.write_bytes(b"%PDF-1.7")
    result = cli("import", "sales", bogus, "--db", path)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.startswith("Fel: Filen rapport.xlsx är inte ett kalkylark")


def test_export_template_then_import_it(cli, database, tmp_path) -> None:
    from openpyxl import load_workbook

    path, register = database
    target = tmp_path / "mall.xlsx"
    result = cli("export", "sales-template", register.office1, "--period", "2025-06", "-o", target, "--db", path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Sparad: {target}"
    workbook = load_workbook(target)
    for row in workbook["Försäljning"].iter_rows(min_row=2):
        row[7].value = 100
    workbook.save(target)
    imported = cli("import", "sales", target, "--db", path)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.startswith("Importerat: 5 rader")


def test_export_template_bad_usage(cli, database, tmp_path) -> None:
    path, register = database
    wrong_period = cli("export", "sales-template", register.office1, "--period", "2025-13", "-o", tmp_path / "m.xlsx",
                       "--db", path)
    assert wrong_period.returncode == 2 and "ÅÅÅÅ-MM" in wrong_period.stderr
    wrong_suffix = cli("export", "sales-template", register.office1, "--period", "2025-06", "-o", tmp_path / "m.pdf",
                       "--db", path)
    assert wrong_suffix.returncode == 2
    nothing = cli("export", "sales-template", register.outsider, "--period", "2025-06", "-o", tmp_path / "m.xlsx",
                  "--db", path)
    assert nothing.returncode == 1 and "inget avtal" in nothing.stderr
    assert not (tmp_path / "m.xlsx").exists()
