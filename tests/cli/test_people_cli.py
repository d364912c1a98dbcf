"""People and groups on the command line: list, export group-roster / person-data, anonymise, import people."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from clitools import assert_one_error_line, row_counts, sha256


def listed(cli, db: Path, kind: str) -> list[dict]:
    result = cli("list", kind, "--db", db, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def raw_file(db: Path) -> bytes:
    wal = Path(f"{db}-wal")
    return db.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_list_people_as_json_and_as_a_table(cli, demo_file: Path) -> None:
    items = listed(cli, demo_file, "people")
    assert len(items) >= 150
    assert {"id", "name", "title", "organisation", "email", "phone", "expertise", "active"} <= set(items[0])
    by_name = {item["name"]: item for item in items}
    lukasz = by_name["Łukasz Żółć"]
    assert (lukasz["organisation"], lukasz["email"], lukasz["expertise"], lukasz["active"]) == (
        "Södertälje", "lukasz.zolc@sodertalje.example.se", ["IT"], True)
    assert by_name["Karin Lindberg"]["organisation"] == "SKL Kommentus/Adda"
    result = cli("list", "people", "--db", demo_file)
    header, _rule, *rows = result.stdout.splitlines()
    assert header.split()[:4] == ["Id", "Namn", "Titel", "Organisation"] and len(rows) == len(items)
    assert any("Олег Иванов" in row and "Sundbyberg" in row for row in rows)


def test_list_groups_json_has_todays_members(cli, demo_file: Path) -> None:
    items = listed(cli, demo_file, "groups")
    assert [g["name"] for g in items[:2]] == ["Styrgruppen", "Arbetsgruppen"] and len(items) == 8
    steering = items[0]
    assert all({"person_id", "name", "role", "municipality", "from_date"} <= set(m) for m in steering["members"])
    chairs = [m for m in steering["members"] if m["role"] == "chair"]
    assert len(chairs) == 1 and len(chairs[0]["from_date"]) == 10  # ISO date
    assert all(m["to_date"] is None for g in items for m in g["members"])  # ended memberships are not "today"
    working = {m["municipality"] for m in items[1]["members"]}
    assert "Ekerö" not in working and "Solna" in working
    table = cli("list", "groups", "--db", demo_file).stdout.splitlines()
    assert table[0].split()[:3] == ["Id", "Typ", "Namn"] and len(table) == 10


def test_export_group_roster_as_pdf_and_xlsx(cli, demo_file: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook
    from pypdf import PdfReader

    steering = listed(cli, demo_file, "groups")[0]
    pdf = tmp_path / "styrgruppen.pdf"
    result = cli("export", "group-roster", steering["id"], "--db", demo_file, "-o", pdf)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Sparad: {pdf}"
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert "Kontaktlista – Styrgruppen" in text
    assert all(member["name"] in text for member in steering["members"])
    xlsx = tmp_path / "styrgruppen.xlsx"
    assert cli("export", "group-roster", steering["id"], "--db", demo_file, "-o", xlsx, "--as-of", "2020-01-01").returncode == 0
    workbook = load_workbook(xlsx, read_only=True)
    rows = list(workbook.worksheets[0].iter_rows(values_only=True))
    workbook.close()
    assert rows[0] == ("Namn", "Roll", "Kommun", "E-post", "Telefon")
    assert 1 <= len(rows) - 1 < len(steering["members"])  # fewer members back in 2020


def test_export_person_data_as_json_and_pdf(cli, demo_file: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    person = next(p for p in listed(cli, demo_file, "people") if p["name"] == "Ayşe Yılmaz")
    target = tmp_path / "utdrag.json"
    assert cli("export", "person-data", person["id"], "--db", demo_file, "-o", target).returncode == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["person"]["name"] == "Ayşe Yılmaz" and data["person"]["email"] == person["email"]
    assert data["related_records"]["group_memberships"]  # she sits in a contract group
    pdf = tmp_path / "utdrag.pdf"
    assert cli("export", "person-data", person["id"], "--db", demo_file, "-o", pdf).returncode == 0
    assert "Registerutdrag – Ayşe Yılmaz" in " ".join(PdfReader(pdf).pages[0].extract_text().split())


@pytest.mark.parametrize("argv, fragment", [
    (["export", "group-roster", "999", "-o", "OUT.pdf"], "ingen grupp med id 999"),
    (["export", "person-data", "999", "-o", "OUT.json"], "ingen person med id 999"),
    (["anonymise", "person", "999"], "ingen person med id 999"),
])
def test_unknown_ids_are_one_error_line_and_change_nothing(cli, demo_file: Path, tmp_path: Path, argv, fragment) -> None:
    argv = [str(tmp_path / a) if a.startswith("OUT") else a for a in argv]
    before = sha256(demo_file)
    assert_one_error_line(cli(*argv, "--db", demo_file), fragment)
    assert sha256(demo_file) == before
    assert not list(tmp_path.glob("OUT*"))


@pytest.mark.parametrize("argv", [["export", "group-roster", "1", "-o", "a.docx"], ["export", "person-data", "1", "-o", "a.xlsx"],
                                  ["export", "person-data", "x", "-o", "a.json"], ["anonymise", "person"]])
def test_bad_usage_exits_2(cli, demo_file: Path, argv) -> None:
    assert cli(*argv, "--db", demo_file).returncode == 2


@pytest.mark.sqlite_only  # reads the file's bytes
def test_anonymise_person_leaves_no_trace_in_the_file(cli, demo_file: Path) -> None:
    person = next(p for p in listed(cli, demo_file, "people") if p["name"] == "Łukasz Żółć")
    secrets = [person["name"], person["email"], person["phone"]]
    assert all(s.encode() in raw_file(demo_file) for s in secrets)
    counts = row_counts(demo_file)
    result = cli("anonymise", "person", person["id"], "--db", demo_file)
    assert result.returncode == 0, result.stderr
    assert f"Person {person['id']} är anonymiserad" in result.stdout and "Databasfilen skrevs om" in result.stdout
    assert person["name"] not in result.stdout + result.stderr
    raw = raw_file(demo_file)
    for secret in secrets:
        assert secret.encode() not in raw, secret
    after = row_counts(demo_file)
    assert after["memberships"] == counts["memberships"] and after["persons"] == counts["persons"]
    stored = next(p for p in listed(cli, demo_file, "people") if p["id"] == person["id"])
    assert (stored["name"], stored["email"], stored["phone"], stored["active"]) == ("Anonymiserad person", "", "", False)
    seats = [m for g in listed(cli, demo_file, "groups") for m in g["members"] if m["person_id"] == person["id"]]
    assert seats and {m["name"] for m in seats} == {"Anonymiserad person"}
    assert_one_error_line(cli("anonymise", "person", person["id"], "--db", demo_file), "redan anonymiserad")
    assert cli("check", "--db", demo_file).returncode == 0


def test_anonymise_person_lists_archived_documents_that_mention_them(cli, demo_file: Path, tmp_path: Path) -> None:
    """An archived contact list (.xlsx) names the person: it stays exactly as sent and the output says so."""
    from stic_desktop.operations import run_to_end
    from stic_desktop.operations.register_exports import export_group_roster
    from stic_desktop.services import archive
    from stic_desktop.services.workspace.database import open_database

    person = next(p for p in listed(cli, demo_file, "people") if p["name"] == "Łukasz Żółć")
    group = next(g for g in listed(cli, demo_file, "groups") if any(m["person_id"] == person["id"] for m in g["members"]))
    db = open_database(demo_file)
    try:
        roster = run_to_end(export_group_roster(db, group["id"], tmp_path / "kontaktlista.xlsx")).files[0].read_bytes()
        sent = archive.archive_document(db, "report", "group", group["id"], "kontaktlista.xlsx", roster)
    finally:
        db.close()
    result = cli("anonymise", "person", person["id"], "--db", demo_file)
    assert result.returncode == 0, result.stderr
    assert ("1 arkiverade dokument nämner personen och finns kvar oförändrade (arkivhandlingar): "
            f"Rapport {sent.created_at.date().isoformat()} (kontaktlista.xlsx).") in result.stdout
    assert "utom i de arkiverade dokumenten" in result.stdout and person["name"] not in result.stdout
    db = open_database(demo_file)
    try:
        assert archive.archived_bytes(db, sent.id) == roster
    finally:
        db.close()


PEOPLE_CSV = (
    "Namn;Titel;Organisation;E-post;Telefon;Expertis\n"
    "Kim Ström;Kostchef;Solna;kim.strom@solna.example.se;08-734 20 00;livsmedel, IT\n"
    "Олег Петров;IT-strateg;0183;oleg.petrov@sundbyberg.example.se;;IT\n"
    "Pat Konsult;Rådgivare;Konsultbolaget AB;pat@konsult.example.se;;\n"
)


def test_import_people_dry_run_then_for_real(cli, demo_file: Path, tmp_path: Path) -> None:
    source = tmp_path / "kontakter.csv"
    source.write_text(PEOPLE_CSV, encoding="utf-8")
    before = row_counts(demo_file)
    dry = cli("import", "people", source, "--db", demo_file, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.strip() == "Förhandsgranskning: 3 nya, 0 ändrade, 0 oförändrade. Inget har sparats."
    assert row_counts(demo_file) == before
    result = cli("import", "people", source, "--db", demo_file, "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"created": 3, "updated": 0, "unchanged": 0, "duplicates": [], "dry_run": False}
    by_name = {p["name"]: p for p in listed(cli, demo_file, "people")}
    assert by_name["Олег Петров"]["organisation"] == "Sundbyberg" and by_name["Kim Ström"]["expertise"] == ["IT", "livsmedel"]
    assert by_name["Pat Konsult"]["organisation"] == "Konsultbolaget AB"


def test_import_people_shows_duplicates_and_needs_allow_duplicates(cli, demo_file: Path, tmp_path: Path) -> None:
    lukasz = next(p for p in listed(cli, demo_file, "people") if p["name"] == "Łukasz Żółć")
    source = tmp_path / "dubbletter.csv"
    source.write_text("Namn,Organisation,E-post\n"
                      f"{lukasz['name']},Södertälje,lz@annan.example.se\n", encoding="utf-8")
    before = sha256(demo_file)
    refused = cli("import", "people", source, "--db", demo_file)
    assert refused.returncode == 1 and refused.stderr.startswith("Fel: Filen har 1 möjliga dubbletter")
    assert refused.stdout.startswith("rad 2, kolumn namn: Samma namn och organisation som Łukasz Żółć")
    assert sha256(demo_file) == before
    preview = cli("import", "people", source, "--db", demo_file, "--dry-run")
    assert preview.returncode == 0 and "Möjlig dubblett: rad 2" in preview.stdout
    allowed = cli("import", "people", source, "--db", demo_file, "--allow-duplicates")
    assert allowed.returncode == 0, allowed.stderr
    assert sum(p["name"] == lukasz["name"] for p in listed(cli, demo_file, "people")) == 2


def test_import_people_reports_every_bad_row_and_saves_nothing(cli, demo_file: Path, tmp_path: Path) -> None:
    source = tmp_path / "fel.csv"
    source.write_text("Namn;Organisation;E-post\nA Ok;Solna;a@solna.example.se\nB Fel;Solna;inte-en-adress\n"
                      ";Nacka;c@nacka.example.se\n", encoding="utf-8")
    counts = row_counts(demo_file)
    result = cli("import", "people", source, "--db", demo_file, "--json")
    assert result.returncode == 1 and result.stderr.startswith("Fel: 2 fel i filen")
    errors = json.loads(result.stdout)
    assert [(e["row"], e["column"]) for e in errors] == [(3, "e-post"), (4, "namn")]
    assert row_counts(demo_file) == counts


def test_allow_duplicates_is_only_for_people(cli, demo_file: Path, tmp_path: Path) -> None:
    source = tmp_path / "k.csv"
    source.write_text("kommunkod;namn\n9901;Ny\n", encoding="utf-8")
    result = cli("import", "municipalities", source, "--db", demo_file, "--allow-duplicates")
    assert result.returncode == 2 and "--allow-duplicates gäller bara people" in result.stderr
