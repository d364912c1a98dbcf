"""stic_desktop/services/municipalities/municipalities.py: the register, its bad input, audit, delete rules and imports."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from backend_tools import plain

from stic_desktop.errors import ImportFailed, NotFound, ValidationError
from stic_desktop.models import Person
from stic_desktop.services import audit
from stic_desktop.services.municipalities import municipalities as service
from stic_desktop.services.municipalities.municipalities import MunicipalityInput
from stic_desktop.services.people import staff

TEXT_FIELDS = ("name", "postal_address", "invoicing_reference", "switchboard_phone", "website", "notes")
UNICODE_VALUES = ["R&D", "<b>fet</b>", "Łukasz Żółć", "Ayşe Yılmaz", "Иван Петров", "Glad 😀 kommun"]


def väsby(**changes) -> MunicipalityInput:
    return replace(MunicipalityInput(municipality_code="0114", name="Upplands Väsby"), **changes)


def state(db) -> tuple:
    """Everything a failed action must leave alone: the register and the audit log."""
    with plain(db) as conn:
        log = conn.execute("SELECT * FROM audit_log ORDER BY id").fetchall()
    return service.list_municipalities(db), log


def audit_rows(db) -> list[tuple]:
    with plain(db) as conn:
        return conn.execute("SELECT entity, entity_id, action, person_id, changes FROM audit_log ORDER BY id").fetchall()


@pytest.fixture
def actor(db):
    member = staff.add_staff_member(db, "Anna Lindqvist", "Regionchef", "anna@stic.example.se")
    staff.set_current_user(db, member.id)
    return member


# --- bad input ------------------------------------------------------------------------------

BAD_INPUT = [
    ({"name": ""}, "name", "Namnet måste fyllas i"),
    ({"name": "   "}, "name", "Namnet måste fyllas i"),
    ({"municipality_code": "12a4"}, "municipality_code", "fyra siffror"),
    ({"municipality_code": ""}, "municipality_code", "fyra siffror"),
    ({"org_number": "212000-0143"}, "org_number", "kontrollsiffra"),
    ({"org_number": "556036-0793"}, "org_number", "börjar med 2"),
    ({"org_number": "212000"}, "org_number", "tio siffror"),
    (
        {"status": "left", "joined_on": "2020-01-01", "left_on": "2019-12-31"},
        "left_on",
        "kan inte vara före inträdesdatum",
    ),
    ({"status": "utträdd", "left_on": ""}, "left_on", "behöver ett utträdesdatum"),
    ({"status": "member", "left_on": "2020-01-01"}, "status", "sätt status till utträdd"),
    ({"status": "okänd"}, "status", "medlem, intresserad eller utträdd"),
    ({"joined_on": "2020-13-01"}, "joined_on", "inget giltigt datum"),
    ({"name": "x" * 201}, "name", "högst 200 tecken"),
]


@pytest.mark.parametrize(("changes", "field", "message"), BAD_INPUT)
@pytest.mark.parametrize("mode", ["create", "update"])
def test_bad_input_names_the_field_and_changes_nothing(db, actor, mode, changes, field, message):
    existing = service.save_municipality(db, väsby(notes="orörd"))
    before = state(db)
    with pytest.raises(ValidationError) as caught:
        if mode == "create":
            service.save_municipality(db, replace(väsby(municipality_code="0115", name="Vallentuna"), **changes))
        else:
            service.save_municipality(db, replace(väsby(notes="ändrad"), **changes), existing.id)
    assert message in (caught.value.for_field(field) or "")
    assert message in caught.value.message
    assert state(db) == before


def test_every_wrong_field_is_reported_at_once(db):
    with pytest.raises(ValidationError) as caught:
        service.save_municipality(db, MunicipalityInput(municipality_code="12a4", name="", org_number="1"))
    assert {e.field for e in caught.value.errors} == {"municipality_code", "name", "org_number"}
    assert service.list_municipalities(db) == []


@pytest.mark.parametrize("mode", ["create", "update"])
def test_duplicate_code_names_the_other_municipality(db, mode):
    service.save_municipality(db, väsby())
    other = service.save_municipality(db, MunicipalityInput(municipality_code="0115", name="Vallentuna"))
    before = state(db)
    with pytest.raises(ValidationError) as caught:
        if mode == "create":
            service.save_municipality(db, MunicipalityInput(municipality_code="0114", name="Kopia"))
        else:
            service.save_municipality(db, replace(other.as_input(), municipality_code="0114"), other.id)
    assert caught.value.for_field("municipality_code") == "Kommunkoden 0114 används redan av Upplands Väsby."
    assert state(db) == before


def test_valid_input_is_parsed_and_normalised(db):
    saved = service.save_municipality(
        db,
        väsby(org_number=" 2120000142 ", status="Utträdd", joined_on="2012-01-01", left_on="2020-06-30", name=" Väsby "),
    )
    assert saved.org_number == "212000-0142"
    assert saved.status == "left" and saved.status_label == "Utträdd"
    assert (saved.joined_on, saved.left_on) == (date(2012, 1, 1), date(2020, 6, 30))
    assert saved.name == "Väsby"
    assert service.get_municipality(db, saved.id) == saved
    assert service.save_municipality(db, MunicipalityInput(municipality_code="0115", name="V")).org_number is None


# --- text is kept exactly --------------------------------------------------------------------


@pytest.mark.parametrize("value", UNICODE_VALUES)
def test_unicode_and_markup_saved_and_read_back_exactly_in_every_text_field(db, value):
    saved = service.save_municipality(db, väsby(**{f: f"{value} {f}" for f in TEXT_FIELDS}))
    read = service.get_municipality(db, saved.id)
    for f in TEXT_FIELDS:
        assert getattr(read, f) == f"{value} {f}"
    assert service.list_municipalities(db) == [read]
    with plain(db) as conn:
        row = conn.execute(f"SELECT {', '.join(TEXT_FIELDS)} FROM municipalities").fetchone()
    assert row == tuple(f"{value} {f}" for f in TEXT_FIELDS)


# --- audit -------------------------------------------------------------------------------------


def test_create_and_update_write_audit_rows_with_old_and_new_values_and_actor(db, actor):
    created = service.save_municipality(db, väsby(status="interested"))
    service.save_municipality(
        db, replace(created.as_input(), name="Upplands Väsby kommun", status="member", joined_on="2026-01-01"), created.id
    )
    rows = [r for r in audit_rows(db) if r[0] == "municipality"]
    assert [(r[1], r[2], r[3]) for r in rows] == [(created.id, "create", actor.id), (created.id, "update", actor.id)]
    assert json.loads(rows[0][4])["name"] == [None, "Upplands Väsby"]
    assert json.loads(rows[1][4]) == {
        "joined_on": [None, "2026-01-01"],
        "name": ["Upplands Väsby", "Upplands Väsby kommun"],
        "status": ["interested", "member"],
    }
    newest = audit.history(db, "municipality", created.id)[0]
    assert newest.who == "Anna Lindqvist" and newest.action == "update"
    assert {(c.field, c.old, c.new) for c in newest.changes} >= {("name", "Upplands Väsby", "Upplands Väsby kommun")}


def test_update_of_unknown_id_is_not_found(db):
    with pytest.raises(NotFound, match="ingen kommun med id 4711"):
        service.save_municipality(db, väsby(), 4711)
    with pytest.raises(NotFound):
        service.get_municipality(db, 4711)
    assert service.list_municipalities(db) == []


# --- delete ------------------------------------------------------------------------------------


def test_delete_refused_when_a_person_refers_to_it(db, actor):
    municipality = service.save_municipality(db, väsby())
    with db.write() as session:
        session.add(Person(name="Kim Berg", organisation_kind="municipality", municipality_id=municipality.id))
    before = state(db)
    with pytest.raises(ValidationError) as caught:
        service.delete_municipality(db, municipality.id)
    assert "person" in caught.value.message
    assert "Upplands Väsby kan inte tas bort" in caught.value.message
    assert "utträdd" in caught.value.message
    assert state(db) == before


def test_delete_allowed_when_nothing_refers_to_it(db, actor):
    municipality = service.save_municipality(db, väsby(notes="sista"))
    service.delete_municipality(db, municipality.id)
    assert service.list_municipalities(db) == []
    with pytest.raises(NotFound):
        service.delete_municipality(db, municipality.id)
    entity, entity_id, action, person_id, changes = audit_rows(db)[-1]
    assert (entity, entity_id, action, person_id) == ("municipality", municipality.id, "delete", actor.id)
    assert json.loads(changes)["notes"] == ["sista", None]


# --- the county list ---------------------------------------------------------------------------


def test_import_county_municipalities_twice_adds_nothing_twice(db):
    first = service.import_county_municipalities(db)
    assert (first.created, first.updated, first.unchanged) == (26, 0, 0)
    listed = service.list_municipalities(db)
    assert len(listed) == 26
    assert {"0114", "0180", "0192"} <= {m.municipality_code for m in listed}
    assert next(m for m in listed if m.municipality_code == "0180").org_number == "212000-0142"
    log = audit_rows(db)
    second = service.import_county_municipalities(db)
    assert (second.created, second.updated, second.unchanged) == (0, 0, 26)
    assert service.list_municipalities(db) == listed
    assert audit_rows(db) == log


def test_county_import_leaves_edited_municipalities_alone(db):
    mine = service.save_municipality(db, MunicipalityInput(municipality_code="0180", name="Stockholms stad", notes="egen"))
    result = service.import_county_municipalities(db)
    assert (result.created, result.unchanged) == (25, 1)
    assert service.get_municipality(db, mine.id) == mine


# --- imports from files ---------------------------------------------------------------------------

HEADER = ["Kommunkod", "Namn", "Organisationsnummer", "Medlemsstatus", "Inträdesdatum", "Anteckningar"]
ROWS = [
    ["0114", "Upplands Väsby kommun", "", "medlem", "2012-01-01", ""],
    ["0199", "Łukasz Żółć & <b>Ayşe</b>", "212000-0167", "Intresserad", "", "Ny 😀"],
]


def write_csv(path: Path, rows: list[list[str]], *, sep: str = ";", encoding: str = "utf-8-sig") -> Path:
    path.write_bytes("\r\n".join(sep.join(r) for r in rows).encode(encoding) + b"\r\n")
    return path


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    return path


@pytest.fixture
def existing(db):
    return service.save_municipality(db, väsby(notes="behåll", status="interested"))


def assert_imported(db, existing):
    listed = {m.municipality_code: m for m in service.list_municipalities(db)}
    assert set(listed) == {"0114", "0199"}
    updated = listed["0114"]
    assert updated.id == existing.id
    assert (updated.name, updated.status, updated.joined_on) == ("Upplands Väsby kommun", "member", date(2012, 1, 1))
    assert updated.notes == "behåll"  # an empty cell does not wipe what is there
    new = listed["0199"]
    assert (new.name, new.org_number, new.status, new.notes) == ("Łukasz Żółć & <b>Ayşe</b>", "212000-0167", "interested", "Ny 😀")


@pytest.mark.parametrize(
    ("sep", "encoding"), [(";", "utf-8-sig"), (",", "utf-8-sig"), (";", "utf-8"), (";", "cp1252"), (",", "cp1252")]
)
def test_import_csv(db, existing, tmp_path, sep, encoding):
    rows = [HEADER, *ROWS]
    if encoding == "cp1252":  # Windows-1252 has no Polish, Turkish or emoji letters
        rows = [HEADER, ROWS[0], ["0199", "Åsa & <b>Öberg</b>", "212000-0167", "Intresserad", "", "Ny"]]
    result = service.import_municipalities(db, write_csv(tmp_path / "k.csv", rows, sep=sep, encoding=encoding))
    assert (result.created, result.updated, result.unchanged, result.dry_run) == (1, 1, 0, False)
    assert result.summary() == "Importerat: 1 nya, 1 ändrade, 0 oförändrade."
    listed = {m.municipality_code: m for m in service.list_municipalities(db)}
    if encoding == "cp1252":
        assert listed["0199"].name == "Åsa & <b>Öberg</b>"
        assert listed["0114"].name == "Upplands Väsby kommun"
    else:
        assert_imported(db, existing)


def test_import_xlsx_with_numeric_code(db, existing, tmp_path):
    rows = [HEADER, [114, "Upplands Väsby kommun", None, "medlem", "2012-01-01", None], [199, *ROWS[1][1:]]]
    result = service.import_municipalities(db, write_xlsx(tmp_path / "k.xlsx", rows))
    assert (result.created, result.updated) == (1, 1)
    assert_imported(db, existing)


def test_import_writes_audit_rows(db, existing, actor, tmp_path):
    service.import_municipalities(db, write_csv(tmp_path / "k.csv", [HEADER, *ROWS]))
    rows = [r for r in audit_rows(db) if r[0] == "municipality"]
    assert [r[2] for r in rows] == ["create", "update", "create"]
    assert all(r[3] == actor.id for r in rows[1:])
    assert json.loads(rows[1][4])["name"] == ["Upplands Väsby", "Upplands Väsby kommun"]


def test_import_same_file_twice_reports_unchanged(db, existing, tmp_path):
    path = write_csv(tmp_path / "k.csv", [HEADER, *ROWS])
    service.import_municipalities(db, path)
    before = state(db)
    again = service.import_municipalities(db, path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    assert state(db) == before


def test_dry_run_changes_nothing(db, existing, tmp_path):
    before = state(db)
    result = service.import_municipalities(db, write_csv(tmp_path / "k.csv", [HEADER, *ROWS]), dry_run=True)
    assert (result.created, result.updated, result.dry_run) == (1, 1, True)
    assert "Inget har sparats" in result.summary()
    assert state(db) == before


def test_bad_rows_are_all_reported_and_nothing_is_saved(db, existing, tmp_path):
    rows = [
        ["kommunkod", "namn", "organisationsnummer", "medlemsstatus", "inträdesdatum", "utträdesdatum"],
        ["0115", "Vallentuna", "", "medlem", "", ""],  # row 2: fine
        ["12a4", "Fel kod", "", "medlem", "", ""],  # row 3
        ["0117", "", "", "medlem", "", ""],  # row 4
        ["0120", "Värmdö", "212000-0143", "medlem", "", ""],  # row 5
        ["0115", "Vallentuna igen", "", "medlem", "", ""],  # row 6
        ["0123", "Järfälla", "", "utträdd", "2020-01-01", "2019-01-01"],  # row 7
    ]
    before = state(db)
    with pytest.raises(ImportFailed) as caught:
        service.import_municipalities(db, write_csv(tmp_path / "bad.csv", rows))
    where = [(e.row, e.column) for e in caught.value.row_errors]
    assert where == [(3, "kommunkod"), (4, "namn"), (5, "organisationsnummer"), (6, "kommunkod"), (7, "utträdesdatum")]
    assert "5 fel i filen" in caught.value.message and "Inget importerades" in caught.value.message
    assert "finns redan på rad 2" in caught.value.row_errors[3].message
    assert str(caught.value.row_errors[0]).startswith("rad 3, kolumn kommunkod: ")
    assert state(db) == before


def test_empty_status_cell_of_a_new_row_means_member(db, tmp_path):
    path = write_csv(tmp_path / "k.csv", [["kommunkod", "namn", "medlemsstatus"], ["0115", "Vallentuna", ""]])
    service.import_municipalities(db, path)
    assert [(m.municipality_code, m.status) for m in service.list_municipalities(db)] == [("0115", "member")]


def test_absent_status_column_means_member(db, tmp_path):
    service.import_municipalities(db, write_csv(tmp_path / "k.csv", [["kommunkod", "namn"], ["0115", "Vallentuna"]]))
    assert [(m.municipality_code, m.status) for m in service.list_municipalities(db)] == [("0115", "member")]


@pytest.mark.parametrize(
    ("name", "content", "message", "columns"),
    [
        ("unknown.csv", "kommunkod;namn;färg\n0115;Vallentuna;blå\n", "fel kolumner", ["färg"]),
        ("missing.csv", "kommunkod;status\n0115;medlem\n", "fel kolumner", ["namn"]),
        ("empty.csv", "", "är tom", []),
        ("header.csv", "kommunkod;namn\n", "inga rader", []),
        ("list.pdf", "%PDF-1.4", "stöds inte", []),
        ("broken.xlsx", "not a zip file", "Excel-fil", []),
    ],
)
def test_unusable_files_are_refused(db, existing, tmp_path, name, content, message, columns):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    before = state(db)
    with pytest.raises(ImportFailed, match=message) as caught:
        service.import_municipalities(db, path)
    assert [e.column for e in caught.value.row_errors] == columns
    assert all(e.row == 1 for e in caught.value.row_errors)
    assert state(db) == before
