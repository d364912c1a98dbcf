"""stic_desktop/services/people/importing.py: contact lists, all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from backend_tools import plain
from openpyxl import Workbook

from stic_desktop.errors import ImportFailed
from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.people import importing, staff
from stic_desktop.services.people import people as service
from stic_desktop.services.people.people import PersonInput

HEADER = "Namn;Titel;Organisation;E-post;Telefon;Expertis;Anteckningar"


@pytest.fixture
def town(db) -> dict[str, int]:
    municipalities.import_county_municipalities(db)
    member = staff.add_staff_member(db, "Anna Lindqvist", "Regionchef", "anna@stic.example.se")
    staff.set_current_user(db, member.id)
    return {m.name: m.id for m in municipalities.list_municipalities(db)}


def csv_file(tmp_path: Path, *lines: str, header: str = HEADER, name: str = "kontakter.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
    return path


def state(db) -> tuple:
    with plain(db) as conn:
        return tuple(conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
                     for t in ("persons", "person_expertise", "audit_log"))


def by_name(db) -> dict:
    return {p.name: p for p in service.list_people(db)}


def test_a_contact_list_comes_in_with_organisations_resolved(db, town, tmp_path):
    path = csv_file(
        tmp_path,
        "Kim Berg;Upphandlingschef;Solna stad;kim@solna.se;08-746 10 00;\"IT, livsmedel; hemtjänst\";Ringer helst",
        "Lo Ek;;0184;;;;",
        "Mo Ås;;184;;;;",
        "Per Lund;;Stockholms stad;;;;",
        "Ida Ny;;Huddinge kommun;;;;",
        "Eva Sten;;stic;;;;",
        "Olle Ko;;SKL Kommentus;;;;",
        "Åsa Ro;;Adda;;;;",
        "Jon Li;;Region Stockholm;;;fordon;",
    )
    result = importing.import_people(db, path)
    assert (result.created, result.updated, result.unchanged, result.duplicates) == (9, 0, 0, [])
    assert result.summary() == "Importerat: 9 nya, 0 ändrade, 0 oförändrade."
    found = by_name(db)
    assert found["Kim Berg"].municipality_id == town["Solna"]
    assert found["Kim Berg"].expertise == ("hemtjänst", "IT", "livsmedel")
    assert (found["Kim Berg"].title, found["Kim Berg"].phone, found["Kim Berg"].notes) == (
        "Upphandlingschef", "08-746 10 00", "Ringer helst")
    assert found["Lo Ek"].municipality_id == found["Mo Ås"].municipality_id == town["Solna"]
    assert found["Per Lund"].municipality_id == town["Stockholm"] and found["Ida Ny"].organisation == "Huddinge"
    assert found["Eva Sten"].organisation_kind == "stic"
    assert found["Olle Ko"].organisation_kind == found["Åsa Ro"].organisation_kind == "adda"
    assert (found["Jon Li"].organisation_kind, found["Jon Li"].organisation) == ("other", "Region Stockholm")


def test_excel_files_and_comma_separated_csv_work(db, town, tmp_path):
    book = Workbook()
    book.active.append(["namn", "organisation", "e-post", "expertis", "aktiv"])
    book.active.append(["Łukasz Żółć", "Solna", "lz@solna.se", "IT;fordon", "nej"])
    book.save(tmp_path / "lista.xlsx")
    assert importing.import_people(db, tmp_path / "lista.xlsx").created == 1
    (tmp_path / "lista.csv").write_text("namn,organisation\nAyşe Yılmaz,Nacka\n", encoding="utf-8")
    assert importing.import_people(db, tmp_path / "lista.csv").created == 1
    found = by_name(db)
    assert found["Łukasz Żółć"].expertise == ("fordon", "IT") and found["Łukasz Żółć"].active is False
    assert found["Ayşe Yılmaz"].municipality_id == town["Nacka"]


def test_unknown_and_missing_columns_are_refused(db, town, tmp_path):
    before = state(db)
    with pytest.raises(ImportFailed) as caught:
        importing.import_people(db, csv_file(tmp_path, "Kim;Solna", header="Namn;Skonummer"))
    assert {(e.row, e.column) for e in caught.value.row_errors} == {(1, "skonummer"), (1, "organisation")}
    assert "Okänd kolumn" in str(caught.value.row_errors[0])
    assert state(db) == before


def test_every_bad_row_is_reported_with_row_and_column_and_nothing_is_saved(db, town, tmp_path):
    before = state(db)
    path = csv_file(
        tmp_path,
        "Bra Person;;Solna;bra@solna.se;;;",
        ";;Solna;;;;",
        "Kim Berg;;Solna;kim@solna;;;",
        "Lo Ek;;0999;;;;",
        "Mo Ås;;;;;;",
        "Ny Tagg;;Nacka;;;" + "x" * 101 + ";",
    )
    with pytest.raises(ImportFailed) as caught:
        importing.import_people(db, path, dry_run=True)
    assert [(e.row, e.column) for e in caught.value.row_errors] == [
        (3, "namn"), (4, "e-post"), (5, "organisation"), (6, "organisation"), (7, "expertis")]
    messages = [e.message for e in caught.value.row_errors]
    assert "”kim@solna” är ingen giltig e-postadress." in messages
    assert "Det finns ingen kommun med kommunkod 0999." in messages
    assert caught.value.message == "5 fel i filen. Inget importerades."
    assert state(db) == before
    with pytest.raises(ImportFailed):
        importing.import_people(db, path, allow_duplicates=True)
    assert state(db) == before


def test_a_known_email_updates_that_person_with_the_non_empty_cells(db, town, tmp_path):
    kim = service.save_person(db, PersonInput(name="Kim Berg", title="Chef", municipality_id=town["Solna"],
                                              email="Kim@Solna.se", phone="1", expertise=("IT",), notes="behåll"))
    lo = service.save_person(db, PersonInput(name="Lo Ek", organisation_kind="stic", email="lo@stic.se"))
    path = csv_file(tmp_path, "Kim Berg;;Sundbyberg;kim@solna.se;2;fordon;", "Lo Ek;;STIC;LO@stic.se;;;")
    preview = importing.import_people(db, path, dry_run=True)
    assert (preview.created, preview.updated, preview.unchanged, preview.dry_run) == (0, 1, 1, True)
    assert "Inget har sparats" in preview.summary()
    assert service.get_person(db, kim.id) == kim
    result = importing.import_people(db, path)
    assert (result.created, result.updated, result.unchanged) == (0, 1, 1)
    changed = service.get_person(db, kim.id)
    assert (changed.title, changed.municipality_id, changed.phone, changed.expertise, changed.notes) == (
        "Chef", town["Sundbyberg"], "2", ("fordon",), "behåll")
    assert changed.email == "Kim@Solna.se"  # the address as already stored, not as the file spells it
    assert service.get_person(db, lo.id) == lo
    with plain(db) as conn:
        actions = conn.execute("SELECT action FROM audit_log WHERE entity = 'person' AND entity_id = ? ORDER BY id",
                               (kim.id,)).fetchall()
    assert actions == [("create",), ("update",)]


def test_likely_duplicates_refuse_the_import_unless_allowed(db, town, tmp_path):
    service.save_person(db, PersonInput(name="Kim Berg", municipality_id=town["Solna"], email="kim@solna.se"))
    path = csv_file(
        tmp_path,
        "kim  berg;;Solna;kim.berg@gmail.com;;;",   # same name, same municipality, other address
        "Kim Berg;;Nacka;;;;",                      # same name elsewhere: not a duplicate
        "Lo Ek;;Nacka;lo@nacka.se;;;",
        "Lo Eriksson;;Nacka;LO@nacka.se;;;",        # the same address twice in the file
        "Mo Ås;;Region Stockholm;;;;",
        "mo ås;;region stockholm;;;;",              # the same name and organisation twice in the file
    )
    before = state(db)
    preview = importing.import_people(db, path, dry_run=True)
    assert preview.created == 6
    assert [d.split(":")[0] for d in preview.duplicates] == ["rad 2, kolumn namn", "rad 5, kolumn e-post", "rad 7, kolumn namn"]
    assert "Kim Berg (Solna, kim@solna.se)" in preview.duplicates[0]
    assert "finns redan på rad 4" in preview.duplicates[1] and "rad 6" in preview.duplicates[2]
    assert "3 möjliga dubbletter" in preview.summary()
    assert state(db) == before

    with pytest.raises(ImportFailed) as caught:
        importing.import_people(db, path)
    assert "3 möjliga dubbletter" in caught.value.message and "Inget importerades" in caught.value.message
    assert [e.row for e in caught.value.row_errors] == [2, 5, 7]
    assert state(db) == before

    result = importing.import_people(db, path, allow_duplicates=True)
    assert result.created == 6 and len(result.duplicates) == 3 and not result.dry_run
    assert sum(p.name.casefold() == "kim berg" for p in service.list_people(db)) == 3


def test_two_rows_for_one_known_person_are_applied_in_order(db, town, tmp_path):
    kim = service.save_person(db, PersonInput(name="Kim Berg", municipality_id=town["Solna"], email="kim@solna.se"))
    path = csv_file(tmp_path, "Kim Berg;Chef;;kim@solna.se;;;", "Kim Berg;;;kim@solna.se;08-1;;")
    with pytest.raises(ImportFailed):
        importing.import_people(db, path)
    result = importing.import_people(db, path, allow_duplicates=True)
    assert (result.created, result.updated) == (0, 1)
    assert (service.get_person(db, kim.id).title, service.get_person(db, kim.id).phone) == ("Chef", "08-1")
