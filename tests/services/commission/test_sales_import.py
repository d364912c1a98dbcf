"""services.sales_import: every bad file and row refused in Swedish with nothing saved; all or nothing."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from sales_fixtures import HEADERS, build, count, write_csv, write_xlsx

from stic_desktop.errors import ImportFailed
from stic_desktop.services import audit
from stic_desktop.services.commission import sales, sales_file, sales_import
from stic_desktop.services.commission.sales_import import import_sales, import_sales_job

TABLES = ("sales_reports", "sales_imports", "audit_log")


@pytest.fixture
def register(db):
    return build(db)


def counts(db) -> tuple[int, ...]:
    return tuple(count(db, t) for t in TABLES)


def good_rows(register, month: str = "2025-05") -> list[list[object]]:
    org = register.orgs[register.office1]
    return [["STIC-2024-001", org, code, month, f"{100 + i},50"] for i, code in enumerate(register.office_codes)]


def refused(db, path: Path, **options) -> ImportFailed:
    """The import fails, and not a row (nor an import record or history entry) was added."""
    before = counts(db)
    with pytest.raises(ImportFailed) as caught:
        import_sales(db, path, **options)
    assert counts(db) == before
    assert caught.value.message.strip()
    return caught.value


def test_good_csv_imports_in_one_go_with_an_import_record(db, register, tmp_path) -> None:
    path = write_csv(tmp_path / "maj.csv", good_rows(register))
    preview = import_sales(db, path, dry_run=True)
    assert counts(db)[:2] == (0, 0)
    assert preview.summary().startswith("Förhandsgranskning: 5 rader (5 nya, 0 ersätter 0 rapporterade)")
    assert preview.summary().endswith("Inget har sparats.")
    [period] = preview.periods
    assert (period.agreement_number, period.period_label, period.lines, period.amount_ore) == (
        "STIC-2024-001", "2025-05", 5, 51250)
    result = import_sales(db, path)
    assert result.summary().startswith("Importerat: 5 rader") and result.import_id is not None
    assert (result.amount_ore, result.commission_ore) == (51250, sum(sales.parse_amount(r[4]) * 150 // 10000 + (
        (sales.parse_amount(r[4]) * 150) % 10000 >= 5000) for r in good_rows(register)))
    lines = sales.list_sales(db)
    assert len(lines) == 5 and {line.import_id for line in lines} == {result.import_id}
    with db.read() as session:
        from stic_desktop.models import SalesImport

        record = session.get(SalesImport, result.import_id)
        assert (record.filename, record.row_count, len(record.sha256)) == ("maj.csv", 5, 64)
    [entry] = audit.history(db, sales_import.ENTITY, result.import_id)
    assert {c.field: c.new for c in entry.changes}["rows"] == 5


@pytest.mark.parametrize("separator", [";", ","])
@pytest.mark.parametrize("decimal", [",", "."])
def test_csv_separators_and_decimal_marks(db, register, tmp_path, separator, decimal) -> None:
    org = register.orgs[register.office1]
    amount = f"1234{decimal}56"
    if separator == decimal:
        amount = f'"{amount}"'  # quoted, as Excel writes it
    path = write_csv(tmp_path / "r.csv", [["STIC-2024-001", org, "114", "2025-05", amount]], separator=separator)
    import_sales(db, path)
    [line] = sales.list_sales(db)
    assert line.amount_ore == 123456 and line.municipality_id == register.municipalities["0114"]


def test_unquoted_decimal_comma_with_comma_separator_is_explained(db, register, tmp_path) -> None:
    path = tmp_path / "r.csv"
    path.write_text(",".join(HEADERS) + f"\nSTIC-2024-001,{register.orgs[register.office1]},0114,2025-05,1234,56\n",
                    encoding="utf-8")
    error = refused(db, path)
    assert "semikolon" in error.row_errors[0].message and error.row_errors[0].row == 2


def test_windows_1252_csv(db, register, tmp_path) -> None:
    path = tmp_path / "r.csv"
    text = ";".join(HEADERS) + f"\nSTIC-2024-001;{register.orgs[register.office1]};0114;2025-05;12,5\n"
    path.write_bytes(text.encode("cp1252"))
    assert import_sales(db, path).rows == 1


def test_xlsx_numbers_are_read_through_decimal_str(db, register, tmp_path) -> None:
    org = register.orgs[register.office1]
    rows = [["STIC-2024-001", org, 114, "2025-05", 0.1], ["STIC-2024-001", org, 115, "2025-05", 1234.56],
            ["STIC-2024-001", org, 117, "2025-05", 7], ["STIC-2024-001", org, 120, "2025-05", "99,90"]]
    import_sales(db, write_xlsx(tmp_path / "r.xlsx", rows))
    assert sorted(line.amount_ore for line in sales.list_sales(db)) == [10, 700, 9990, 123456]


def test_sheet_named_forsaljning_is_preferred(db, register, tmp_path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.title = "Instruktioner"
    workbook.active.append(["Läs mig"])
    sheet = workbook.create_sheet("Försäljning")
    sheet.append(HEADERS)
    for row in good_rows(register):
        sheet.append(row)
    workbook.save(tmp_path / "r.xlsx")
    assert import_sales(db, tmp_path / "r.xlsx").rows == 5


def test_wrong_sheet(db, register, tmp_path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.title = "Blad1"
    workbook.active.append(["Läs mig"])
    workbook.create_sheet("Försäljningen 2025").append(HEADERS)
    workbook.save(tmp_path / "r.xlsx")
    error = refused(db, tmp_path / "r.xlsx")
    assert "Blad1" in error.message and "Försäljning" in error.message and "fel kolumner" in error.message
    assert {e.column for e in error.row_errors} >= {"Avtalsnummer", "Period", "Belopp exkl. moms"}


def test_wrong_columns(db, register, tmp_path) -> None:
    headers = ["Avtalsnummer", "Leverantör", "Kommun kod", "Period", "Belopp exkl. moms", "Belopp"]
    error = refused(db, write_xlsx(tmp_path / "r.xlsx", [["STIC-2024-001", "x", "0114", "2025-05", 1, 1]],
                                   headers=headers))
    assert "fel kolumner" in error.message
    messages = {(e.row, e.column): e.message for e in error.row_errors}
    assert "Okänd kolumn" in messages[(1, "kommun kod")]
    assert "två gånger" in messages[(1, "belopp")]
    assert "saknas" in messages[(1, "Kommunkod")]


def test_extra_template_columns_are_ignored(db, register, tmp_path) -> None:
    headers = ["Avtalsnummer", "Avtal", "Organisationsnummer", "Leverantörens namn", "Kommunkod", "Kommun", "Period",
               "Belopp exkl. moms"]
    org = register.orgs[register.office1]
    path = write_xlsx(tmp_path / "r.xlsx", [["STIC-2024-001", "Kontor", org, "Namn", "0114", "Upplands Väsby",
                                             "2025-05", 5]], headers=headers)
    assert import_sales(db, path).rows == 1


@pytest.mark.parametrize("content, fragment", [
    (b"", "tom"), (b"\n\n", "tom"), (";".join(HEADERS).encode() + b"\n", "inga rader"),
])
def test_empty_files(db, register, tmp_path, content, fragment) -> None:
    path = tmp_path / "tom.csv"
    path.write_bytes(content)
    assert fragment in refused(db, path).message


def test_empty_xlsx(db, register, tmp_path) -> None:
    from openpyxl import Workbook

    Workbook().save(tmp_path / "tom.xlsx")
    assert "tom" in refused(db, tmp_path / "tom.xlsx").message


@pytest.mark.parametrize("name, content, fragment", [
    ("rapport.pdf", b"%PDF-1.7\n...", "inte ett kalkylark"),
    ("rapport.xlsx", b"%PDF-1.7 not a zip at all", "inte ett kalkylark"),
    ("rapport.xlsx", None, "kunde inte läsas som en Excel-fil"),
    ("rapport.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binära data"),
    ("rapport", b"Avtalsnummer;Period", "filtypen (ingen)"),
])
def test_not_a_spreadsheet(db, register, tmp_path, name, content, fragment) -> None:
    path = tmp_path / name
    if content is None:  # a zip, but not a workbook
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("hello.txt", "hej")
    else:
        path.write_bytes(content)
    assert fragment in refused(db, path).message


def test_missing_file(db, register, tmp_path) -> None:
    assert "finns inte" in refused(db, tmp_path / "saknas.csv").message


def test_huge_file_by_size(db, register, tmp_path) -> None:
    path = tmp_path / "stor.csv"
    with open(path, "wb") as handle:
        handle.truncate(sales_file.MAX_BYTES + 1)  # sparse: refused before it is read
    error = refused(db, path)
    assert "Största tillåtna storlek är 50 MB" in error.message


def test_huge_file_by_rows(db, register, tmp_path, monkeypatch) -> None:
    path = tmp_path / "manga.csv"
    line = f"STIC-2024-001;{register.orgs[register.office1]};0114;2025-05;1\n"
    path.write_text(";".join(HEADERS) + "\n" + line * (sales_file.MAX_ROWS + 1), encoding="utf-8")
    error = refused(db, path)
    assert "fler än 200 000 rader" in error.message


def test_every_bad_row_is_reported_at_once(db, register, tmp_path) -> None:
    org = register.orgs[register.office1]
    rows = [
        ["STIC-2024-001", org, "0114", "2025-05", "10"],  # 2: fine
        ["STIC-9999-999", org, "0114", "2025-05", "10"],  # 3: unknown agreement
        ["STIC-2024-001", org, "9999", "2025-05", "10"],  # 4: unknown municipality code
        ["STIC-2024-001", org, "0115", "2025-05", "-10"],  # 5: negative amount
        ["STIC-2024-001", org, "0117", "2025-05", "tio kronor"],  # 6: non-numeric amount
        ["STIC-2024-001", org, "0120", "maj 2025", "10"],  # 7: bad period
        ["STIC-2024-001", org, "0123", "2023-12", "10"],  # 8: before the agreement started
        ["STIC-2024-001", "556677-8898", "0114", "2025-06", "10"],  # 9: bad check digit
        ["STIC-2024-001", register.orgs[register.outsider], "0114", "2025-06", "10"],  # 10: not on the agreement
        ["STIC-2024-001", org, "0180", "2025-06", "10"],  # 11: not a participant
        ["STIC-2024-001", org, "0114", "2025-05", "20"],  # 12: same period twice in the file
        ["STIC-2024-001", org, "", "2025-07", "10"],  # 13: no municipality, not a zero report
        ["STIC-2024-001", org, "0114", "2025-08", ""],  # 14: amount missing
        ["", org, "0114", "2025-08", "1"],  # 15: agreement number missing
        ["STIC-2024-001", org, "0114", "2027-01", "1"],  # 16: after the agreement's end
        ["STIC-2024-001", org, "0114", "2025-09", "1,001"],  # 17: more than two decimals
    ]
    error = refused(db, write_csv(tmp_path / "fel.csv", rows))
    found = {(e.row, e.column): e.message for e in error.row_errors}
    assert error.message.startswith(f"{len(error.row_errors)} fel i filen fel.csv. Inget importerades")
    assert "inget avtal med nummer STIC-9999-999" in found[(3, "Avtalsnummer")]
    assert "ingen kommun med kommunkod 9999" in found[(4, "Kommunkod")]
    assert "negativt" in found[(5, "Belopp exkl. moms")]
    assert "inget belopp" in found[(6, "Belopp exkl. moms")]
    assert "ingen period" in found[(7, "Period")]
    assert "före avtalets start" in found[(8, "Period")]
    assert "kontrollsiffra" in found[(9, "Leverantör (organisationsnummer)")]
    assert "inte part" in found[(10, "Leverantör (organisationsnummer)")]
    assert "deltar inte" in found[(11, "Kommunkod")]
    assert "rad 2" in found[(12, "Period")]
    assert "nollrapport" in found[(13, "Kommunkod")]
    assert "saknas" in found[(14, "Belopp exkl. moms")]
    assert "saknas" in found[(15, "Avtalsnummer")]
    assert "efter avtalets slut" in found[(16, "Period")]
    assert "två decimaler" in found[(17, "Belopp exkl. moms")]
    assert [e.row for e in error.row_errors] == sorted(e.row for e in error.row_errors)
    assert 2 not in {e.row for e in error.row_errors}


def test_unknown_supplier(db, register, tmp_path) -> None:
    from sales_fixtures import org_number

    path = write_csv(tmp_path / "r.csv", [["STIC-2024-001", org_number("550000001"), "0114", "2025-05", "1"]])
    assert "ingen leverantör" in refused(db, path).row_errors[0].message


def test_period_already_reported_and_replace(db, register, tmp_path) -> None:
    first = import_sales(db, write_csv(tmp_path / "maj.csv", good_rows(register)))
    rows = good_rows(register)
    rows[0][4] = "999"
    rows.append(["STIC-2024-001", register.orgs[register.office1], "0114", "2025-06", "5"])
    again = write_csv(tmp_path / "maj-rattad.csv", rows)
    error = refused(db, again)
    assert len(error.row_errors) == 5 and all("redan rapporterad" in e.message for e in error.row_errors)
    assert all("--replace" in e.message for e in error.row_errors)
    preview = import_sales(db, again, dry_run=True, replace=True)
    assert (preview.rows, preview.new, preview.replaced, preview.removed) == (6, 1, 5, 5)
    assert {p.period_label: p.replaces for p in preview.periods} == {"2025-05": 5, "2025-06": 0}
    assert count(db) == 5
    result = import_sales(db, again, replace=True)
    assert result.summary().startswith("Importerat: 6 rader (1 nya, 5 ersätter 5 rapporterade)")
    lines = sales.list_sales(db)
    assert len(lines) == 6 and {line.import_id for line in lines} == {result.import_id}
    assert max(line.amount_ore for line in lines) == 99900
    [entry] = audit.history(db, sales_import.ENTITY, result.import_id)
    replaced = {c.field: c.new for c in entry.changes}["replaced_lines"]
    assert len(replaced) == 5 and first.import_id != result.import_id


def test_quarter_in_file_overlapping_a_stored_month(db, register, tmp_path) -> None:
    import_sales(db, write_csv(tmp_path / "mars.csv", good_rows(register, "2025-03")))
    quarter = write_csv(tmp_path / "q1.csv", good_rows(register, "2025-Q1"))
    assert len(refused(db, quarter).row_errors) == 5
    assert import_sales(db, quarter, replace=True).removed == 5


def test_zero_report_for_the_whole_period(db, register, tmp_path) -> None:
    org = register.orgs[register.office2]
    path = write_csv(tmp_path / "noll.csv", [["STIC-2024-001", org, "", "2025-05", "0"]])
    assert import_sales(db, path).rows == 1
    [line] = sales.list_sales(db)
    assert line.municipality_id is None and line.amount_ore == 0
    clash = write_csv(tmp_path / "r.csv", [["STIC-2024-001", org, "0114", "2025-05", "10"]])
    assert "redan rapporterad" in refused(db, clash).row_errors[0].message


def test_no_rate_decision_for_the_period(db, tmp_path) -> None:
    register = build(db, rates=False)
    error = refused(db, write_csv(tmp_path / "r.csv", good_rows(register)))
    assert all("provisionsbeslut" in e.message for e in error.row_errors)


def test_job_yields_progress_and_cancelling_saves_nothing(db, register, tmp_path) -> None:
    org = register.orgs[register.cleaner]
    rows = [["STIC-2025-002", org, code, f"{year}-{month:02d}", "1"]
            for code in sorted(register.municipalities) for year in (2025, 2026) for month in range(1, 13)
            if (year, month) >= (2025, 4)]
    path = write_xlsx(tmp_path / "stor.xlsx", rows * 1)
    steps = import_sales_job(db, path)
    seen = []
    for step in steps:
        seen.append(step)
        if step[2].startswith("Sparar"):
            steps.close()  # the user cancels inside the write transaction
            break
    assert seen[0][2].startswith("Läser") and any(s[2].startswith("Kontrollerar") for s in seen)
    assert counts(db)[:2] == (0, 0)
    progress = []
    result = import_sales(db, path, progress=lambda *step: progress.append(step))
    assert result.rows == len(rows) == count(db) and progress


def test_a_large_file_goes_in_with_one_insert(db, register, tmp_path) -> None:
    """5 000 rows (the benchmark times 20 000); all in one SalesImport."""
    from datetime import date

    from stic_desktop.models import AgreementParticipant, AgreementSupplier, FrameworkAgreement

    with db.write() as session:
        for i in range(13):
            agreement = FrameworkAgreement(agreement_number=f"BIG-{i:02d}", title="Stort avtal",
                                           start_date=date(2024, 1, 1), initial_end_date=date(2027, 12, 31))
            session.add(agreement)
            session.flush()
            session.add(AgreementSupplier(agreement_id=agreement.id, supplier_id=register.office1))
            session.add_all([AgreementParticipant(agreement_id=agreement.id, municipality_id=m)
                             for m in register.municipalities.values()])
    org = register.orgs[register.office1]
    rows = [[f"BIG-{i:02d}", org, code, f"{2024 + m // 12}-{m % 12 + 1:02d}", f"{i * 7 + m},{m % 100:02d}"]
            for i in range(13) for m in range(16) for code in sorted(register.municipalities)][:5000]
    result = import_sales(db, write_csv(tmp_path / "stor.csv", rows))
    assert result.rows == 5000 == count(db) and count(db, "sales_imports") == 1
