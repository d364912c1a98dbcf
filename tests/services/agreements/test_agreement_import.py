"""services/agreement_import.py: the office's existing agreements from an .xlsx list, all or nothing."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from agreement_fixtures import ORG, add_suppliers, county, row_counts
from openpyxl import Workbook

from stic_desktop.errors import ImportFailed
from stic_desktop.services.agreements import agreements, parties, suppliers
from stic_desktop.services.agreements.importing import import_agreements

HEADERS = ["Avtalsnummer", "Rubrik", "Startdatum", "Slutdatum", "Förlängningar (antal)", "Månader per förlängning",
           "Leverantör", "Organisationsnummer", "Rangordning", "Kommunkoder", "Rapportdag"]


def sheet(path: Path, rows: list[list], headers: list[str] = HEADERS) -> Path:
    workbook = Workbook()
    ws = workbook.active
    ws.append(headers)
    for row in rows:
        ws.append(row)
    workbook.save(path)
    return path


GOOD = [
    ["RA-2023-01", "Kontorsmaterial", datetime(2023, 4, 1), datetime(2025, 3, 31), 2, 12, "Łukasz Żółć AB", ORG[0], 1,
     "0180, 0184", 15],
    ["RA-2023-01", None, None, None, None, None, "Papper i Norden AB", ORG[1].replace("-", ""), 2, "114", None],
    ["RA-2024-02", "Städtjänster", datetime(2024, 1, 1), datetime(2025, 12, 31), 0, 0, "Redan Känd AB", ORG[2],
     "förnyad konkurrensutsättning", "0180", 25],
    ["RA-2024-02", "Städtjänster", None, None, None, None, "Ny Städ AB", ORG[3], "Förnyad konkurrensutsättning",
     "0181", None],
]


@pytest.fixture
def ready(db):
    county(db)
    add_suppliers(db, "x", "y", "Redan Känd AB")  # takes ORG[0..2]; the file's names for ORG[0..1] are not used
    with db.write() as session:  # free ORG[0] and ORG[1] again, keep "Redan Känd AB" on ORG[2]
        from sqlalchemy import delete

        from stic_desktop.models import Supplier
        session.execute(delete(Supplier).where(Supplier.name.in_(["x", "y"])))
    return db


def test_import_creates_agreements_suppliers_and_participants(ready, tmp_path) -> None:
    path = sheet(tmp_path / "avtal.xlsx", GOOD)
    preview = import_agreements(ready, path, dry_run=True)
    assert preview.summary() == ("Förhandsgranskning: 2 avtal, 3 nya leverantörer, 1 befintliga leverantörer, "
                                 "5 kommundeltaganden. Inget har sparats.")
    assert agreements.list_agreements(ready) == []
    result = import_agreements(ready, path)
    assert result.agreements == 2 and not result.dry_run and result.agreement_numbers == ["RA-2023-01", "RA-2024-02"]
    by_number = {a.agreement_number: a for a in agreements.list_agreements(ready)}
    office = by_number["RA-2023-01"]
    assert office.latest_end_date.isoformat() == "2027-03-31" and office.report_due_day == 15
    assert office.supplier_names == ("Łukasz Żółć AB", "Papper i Norden AB") and office.participant_count == 3
    codes = {c for _i, _n, c in parties.agreement_participants(ready, office.id)}
    assert codes == {"0180", "0184", "0114"}  # Excel's 114 is 0114
    cleaning = parties.agreement_suppliers(ready, by_number["RA-2024-02"].id)
    assert {(s.name, s.renewed_competition, s.ranking) for s in cleaning} == {("Redan Känd AB", True, None),
                                                                              ("Ny Städ AB", True, None)}
    assert by_number["RA-2024-02"].report_due_day == 25
    assert len(suppliers.list_suppliers(ready)) == 4


def test_several_bad_rows_are_all_reported_and_nothing_saved(ready, db_location, tmp_path) -> None:
    rows = [
        ["RA-1", "Fyra år och mer", datetime(2024, 1, 1), datetime(2026, 12, 31), 2, 12, "Lång AB", ORG[0], 1,
         "0180", 15],
        ["RA-2", "Fel orgnr", datetime(2024, 1, 1), datetime(2025, 12, 31), 0, 0, "Fel AB", "556036-0794", 1,
         "0180", 15],
        ["RA-3", "Okänd kommun", "2024-13-01", datetime(2025, 12, 31), 0, 0, "Ok AB", ORG[1], "x", "9999", 15],
        ["", "Utan nummer", datetime(2024, 1, 1), datetime(2025, 12, 31), 0, 0, "Ok AB", ORG[1], 1, "0180", 15],
        ["RA-4", "Olika", datetime(2024, 1, 1), datetime(2025, 12, 31), 0, 0, "A AB", ORG[3], 1, "0180", 15],
        ["RA-4", "Olika titlar", None, None, None, None, "B AB", ORG[4], 1, "0180", None],
    ]
    path = sheet(tmp_path / "fel.xlsx", rows)
    before = row_counts(db_location)
    with pytest.raises(ImportFailed) as caught:
        import_agreements(ready, path)
    assert row_counts(db_location) == before
    found = {(e.row, e.column) for e in caught.value.row_errors}
    assert {(2, "särskilda skäl"), (3, "organisationsnummer"), (4, "startdatum"), (4, "rangordning"),
            (4, "kommunkoder"), (5, "avtalsnummer"), (7, "rubrik"), (6, "rangordning")} <= found
    assert caught.value.message == f"{len(caught.value.row_errors)} fel i filen. Inget importerades."
    messages = " ".join(str(e) for e in caught.value.row_errors)
    assert "LOU 7 kap. 2 §" in messages and "kontrollsiffra" in messages and "Okänd kommunkod ”9999”" in messages


def test_a_long_term_with_its_reason_is_accepted(ready, tmp_path) -> None:
    row = ["RA-1", "Laddinfrastruktur", datetime(2024, 1, 1), datetime(2026, 12, 31), 2, 12, "Lång AB", ORG[0], 1,
           "0180", 15, "Investeringar med lång återbetalningstid"]
    import_agreements(ready, sheet(tmp_path / "lang.xlsx", [row], [*HEADERS, "Särskilda skäl"]))
    (record,) = agreements.list_agreements(ready)
    assert record.term_months == 60 and record.long_term_reason == "Investeringar med lång återbetalningstid"


def test_an_existing_agreement_number_is_refused(ready, db_location, tmp_path) -> None:
    import_agreements(ready, sheet(tmp_path / "a.xlsx", GOOD[:2]))
    before = row_counts(db_location)
    with pytest.raises(ImportFailed) as caught:
        import_agreements(ready, sheet(tmp_path / "b.xlsx", GOOD))
    assert [(e.row, e.column) for e in caught.value.row_errors] == [(2, "avtalsnummer")]
    assert "RA-2023-01 används redan" in caught.value.row_errors[0].message
    assert row_counts(db_location) == before


def test_missing_and_unknown_columns(ready, tmp_path) -> None:
    with pytest.raises(ImportFailed) as caught:
        import_agreements(ready, sheet(tmp_path / "k.xlsx", [["RA-1", "x"]], ["Avtalsnummer", "Rubrik", "Färg"]))
    assert caught.value.message == "Filen har fel kolumner. Inget importerades."
    columns = {e.column for e in caught.value.row_errors}
    assert {"färg", "startdatum", "slutdatum", "organisationsnummer", "kommunkoder"} <= columns


@pytest.mark.parametrize("name, content, fragment", [
    ("avtal.xlsx", b"det har ar ingen excelfil", "kunde inte läsas som en Excel-fil"),
    ("avtal.pdf", b"%PDF-1.4", "Filtypen .pdf stöds inte"),
    ("tom.csv", b"", "är tom"),
])
def test_a_file_that_is_not_a_spreadsheet(ready, db_location, tmp_path, name, content, fragment) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    before = row_counts(db_location)
    with pytest.raises(ImportFailed) as caught:
        import_agreements(ready, path)
    assert fragment in caught.value.message
    assert row_counts(db_location) == before


def test_csv_with_semicolons(ready, tmp_path) -> None:
    path = tmp_path / "avtal.csv"
    path.write_text(";".join(HEADERS) + "\n" + f"RA-9;Skolmat;2025-01-01;2026-12-31;1;12;Mat AB;{ORG[0]};1;0180,0181;20\n",
                    encoding="utf-8")
    assert import_agreements(ready, path).agreements == 1
    (record,) = agreements.list_agreements(ready)
    assert record.participant_count == 2 and record.report_due_day == 20
