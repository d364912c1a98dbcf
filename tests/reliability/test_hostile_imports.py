"""Hostile and odd import files and arguments: each ends with exit 1 and one Swedish line (or imports
correctly), never a traceback, and memory stays bounded on the largest refused inputs."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
import spreadsheets

from stic_desktop.errors import ImportFailed
from stic_desktop.services import tabular

CHECKOUT = Path(__file__).resolve().parents[2]
PEAK_LIMIT_MB = 300


def cli(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "stic_desktop", *map(str, args)], cwd=CHECKOUT, capture_output=True,
                          text=True, encoding="utf-8", timeout=300, check=False)


def peak_mb_of(*args: object) -> tuple[subprocess.CompletedProcess[str], int]:
    """The command, and the peak resident memory (MB) of that one child process: VmHWM, which starts afresh
    at exec (ru_maxrss can carry the forking parent's size over)."""
    code = ("import resource, runpy, sys; sys.argv = ['stic-desktop', *sys.argv[1:]]\n"
            "try:\n    runpy.run_module('stic_desktop', run_name='__main__')\n"
            "finally:\n    hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')]\n"
            "    print('PEAK', hwm[0].split()[1] if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,"
            " file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", code, *map(str, args)], cwd=CHECKOUT, capture_output=True,
                            text=True, encoding="utf-8", timeout=300, check=False)
    peak = next(int(line.split()[1]) for line in result.stderr.splitlines() if line.startswith("PEAK"))
    stderr = "\n".join(line for line in result.stderr.splitlines() if not line.startswith("PEAK"))
    return subprocess.CompletedProcess(result.args, result.returncode, result.stdout, stderr + "\n"), peak // 1024


def one_error_line(result: subprocess.CompletedProcess[str], *fragments: str) -> str:
    assert result.returncode == 1, (result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Fel: "), result.stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
    return lines[0]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "stic.sqlite3"


def test_csv_with_mac_excel_cr_line_endings_imports(db, tmp_path):
    source = tmp_path / "mac.csv"
    source.write_bytes("kommunkod;namn\r0998;Macköping\r0997;Åby\r".encode("cp1252"))
    result = cli("import", "municipalities", source, "--db", db)
    assert result.returncode == 0, result.stderr
    listed = cli("list", "municipalities", "--db", db).stdout
    assert "Macköping" in listed and "Åby" in listed


def test_a_csv_cell_over_128_kb_is_refused_with_the_row(db, tmp_path):
    source = tmp_path / "lång.csv"
    source.write_text("kommunkod;namn\n0998;" + "x" * 140_000 + "\n", encoding="utf-8")
    one_error_line(cli("import", "municipalities", source, "--db", db), "rad 2", "32 767 tecken")


def test_a_long_cell_under_the_csv_limit_is_refused_by_the_cell_limit(tmp_path):
    source = tmp_path / "lång.csv"
    source.write_text("kommunkod;namn\n0998;" + "x" * 40_000 + "\n", encoding="utf-8")
    with pytest.raises(ImportFailed, match="rad 2, kolumn 2: cellen har 40 000 tecken"):
        tabular.read_table(source)


def test_bytes_neither_utf8_nor_windows_1252(db, tmp_path):
    source = tmp_path / "konstig.csv"
    source.write_bytes(b"kommunkod;namn\n0998;Test\x81\x8d\n")
    one_error_line(cli("import", "municipalities", source, "--db", db), "varken UTF-8 eller Windows-1252")
    assert not db.exists() or "0998" not in cli("list", "municipalities", "--db", db).stdout


@pytest.mark.parametrize("value", [1e28, 1e300, 10**40, -1e28])
def test_huge_numbers_are_a_row_error_not_a_traceback(value, db, tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.append(["kommunkod", "namn"])
    workbook.active.append([value, "Stor"])
    workbook.save(tmp_path / "tal.xlsx")
    result = cli("import", "municipalities", tmp_path / "tal.xlsx", "--db", db)
    one_error_line(result, "Inget importerades")
    assert "rad 2, kolumn kommunkod" in result.stdout and "E+" not in result.stdout


def test_malformed_sheet_xml(db, tmp_path):
    one_error_line(cli("import", "municipalities", spreadsheets.broken_xml(tmp_path / "trasig.xlsx"), "--db", db),
                   "kunde inte läsas som en Excel-fil")


def test_a_huge_shared_string_is_refused_early_with_little_memory(db, tmp_path):
    source = spreadsheets.huge_shared_string(tmp_path / "sträng.xlsx", 300)
    assert source.stat().st_size < 1024 * 1024
    result, peak = peak_mb_of("import", "municipalities", source, "--db", db)
    one_error_line(result, "uppackad", "250 MB")
    assert peak < PEAK_LIMIT_MB, peak


def test_shared_strings_over_their_own_limit(tmp_path):
    source = spreadsheets.huge_shared_string(tmp_path / "sträng.xlsx", 40)
    with pytest.raises(ImportFailed, match="sharedStrings.*32 MB"):
        tabular.read_table(source)


def test_row_limit_is_enforced_while_streaming(tmp_path, monkeypatch):
    monkeypatch.setattr(tabular, "MAX_ROWS", 1000)
    with pytest.raises(ImportFailed, match="fler än 1 000 rader"):
        tabular.read_table(spreadsheets.million_rows(tmp_path / "rader.xlsx", 5000), tabular.MAX_ROWS)


@pytest.mark.slow
def test_a_million_row_sheet_is_refused_under_the_memory_bound(db, tmp_path):
    source = spreadsheets.million_rows(tmp_path / "miljon.xlsx")
    result, peak = peak_mb_of("import", "municipalities", source, "--db", db)
    one_error_line(result, "fler än 50 000 rader")
    assert peak < PEAK_LIMIT_MB, peak


@pytest.mark.parametrize("period", ["9999-12", "9999-Q4", "0000-01", "1899-12"])
def test_out_of_range_sales_periods_are_row_errors(period, db, tmp_path):
    source = tmp_path / "sales.csv"
    source.write_text("Avtalsnummer;Leverantör (organisationsnummer);Kommunkod;Period;Belopp exkl. moms\n"
                      f"X-1;556677-8899;0180;{period};100\n", encoding="utf-8")
    result = cli("import", "sales", source, "--db", db)
    one_error_line(result, "Inget importerades")
    assert "året ska vara mellan 1900 och 2999" in result.stdout


@pytest.fixture(scope="module")
def town_db(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("town")
    db = folder / "stic.sqlite3"
    assert cli("import", "municipalities", _one_town(folder), "--db", db).returncode == 0
    return db


def test_sales_template_for_year_9999(tmp_path, town_db):
    db = town_db
    one_error_line(cli("export", "sales-template", "1", "--period", "9999-12", "-o", tmp_path / "m.xlsx", "--db", db),
                   "året ska vara mellan 1900 och 2999")
    assert not (tmp_path / "m.xlsx").exists()


def _one_town(tmp_path: Path) -> Path:
    source = tmp_path / "town.csv"
    source.write_text("kommunkod;namn\n0180;Stockholm\n", encoding="utf-8")
    return source


@pytest.mark.parametrize("argv", [["export", "group-roster", str(2**63)], ["export", "agreement", str(10**20)],
                                  ["export", "person-data", str(-(2**63) - 1)], ["export", "invitation", str(2**64)]])
def test_ids_beyond_sqlite_integers(argv, tmp_path, town_db):
    db = town_db
    suffix = {"group-roster": ".pdf", "agreement": ".pdf", "person-data": ".json", "invitation": ".pdf"}[argv[1]]
    one_error_line(cli(*argv, "-o", tmp_path / f"ut{suffix}", "--db", db), "Det finns inget id")


@pytest.mark.parametrize("where", ["output", "db", "import"])
def test_a_path_part_over_255_bytes(where, tmp_path, db):
    long_name = "å" * 130  # 260 bytes in UTF-8
    source = _one_town(tmp_path)
    if where == "output":
        argv = ["export", "municipalities", "-o", tmp_path / f"{long_name}.xlsx", "--db", db]
    elif where == "db":
        argv = ["import", "municipalities", source, "--db", tmp_path / long_name / "stic.sqlite3"]
    else:
        argv = ["import", "municipalities", tmp_path / f"{long_name}.csv", "--db", db]
    one_error_line(cli(*argv), "255 byte")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["town.csv"]


def test_control_characters_in_names_are_refused_with_row_and_column(db, tmp_path):
    source = tmp_path / "ctl.csv"
    source.write_text("kommunkod;namn\n0998;Test\x1bköping\n0997;Ring\x07\n", encoding="utf-8")
    result = cli("import", "municipalities", source, "--db", db)
    one_error_line(result, "Inget importerades")
    assert "rad 2, kolumn namn" in result.stdout and "ESC" in result.stdout
    assert "rad 3, kolumn namn" in result.stdout and "BEL" in result.stdout


@pytest.mark.skipif(os.name != "posix", reason="ru_maxrss units")
def test_peak_memory_helper_measures_the_child(db, tmp_path):
    result, peak = peak_mb_of("--version")
    assert result.returncode == 0 and 5 < peak < PEAK_LIMIT_MB
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss > 0


@pytest.mark.parametrize("bad", ["\x00", "\x1b[31m", "\x07", "\x7f", "\x9b"])
def test_control_characters_are_refused_by_the_service_with_the_field(bad, tmp_path):
    from stic_desktop.errors import ValidationError
    from stic_desktop.services.people.people import PersonInput, save_person
    from stic_desktop.services.workspace.database import open_database

    database = open_database(tmp_path / "stic.sqlite3")
    try:
        with pytest.raises(ValidationError) as refused:
            save_person(database, PersonInput(name=f"Anna{bad}Berg", organisation_kind="other", other_organisation="Adda"))
        assert refused.value.for_field("name") and "kontrolltecken" in refused.value.for_field("name")
        save_person(database, PersonInput(name="Anna Berg", organisation_kind="other", other_organisation="Adda",
                                          notes="rad ett\nrad två\tmed tabb"))  # allowed
    finally:
        database.close()
