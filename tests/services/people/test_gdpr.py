"""stic_desktop/services/people/gdpr.py: the register extract follows every foreign key; anonymisation leaves
nothing of the name, e-mail or phone in the database file."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import pytest
from backend_tools import plain
from sqlalchemy import CheckConstraint, Column, ForeignKey, Integer, MetaData, String, Table, Text

from stic_desktop.demo import seed as demo
from stic_desktop.errors import NotFound, ValidationError
from stic_desktop.models import Base
from stic_desktop.operations import run_to_end
from stic_desktop.operations.register_exports import export_group_roster
from stic_desktop.services import archive, audit
from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.people import gdpr, groups, memberships, people, staff
from stic_desktop.services.people.gdpr_extract import KNOWN
from stic_desktop.services.people.groups import GroupInput
from stic_desktop.services.people.memberships import MembershipInput
from stic_desktop.services.people.people import PersonInput

NAME = "Zbigniew Qwertyński"
EMAIL = "zbigniew.qwertynski@solna.example.se"
PHONE = "08-123 987 65"


def foreign_keys_to_persons(metadata: MetaData = Base.metadata) -> set[str]:
    """Worked out here on its own, so the service cannot agree with itself by mistake."""
    return {f"{table.name}.{fk.parent.name}" for table in metadata.tables.values()
            for fk in table.foreign_keys if fk.column.table.name == "persons"}


def file_bytes(path: Path) -> bytes:
    wal = Path(f"{path}-wal")
    return Path(path).read_bytes() + (wal.read_bytes() if wal.exists() else b"")


@pytest.fixture
def county(db) -> dict[str, int]:
    municipalities.import_county_municipalities(db)
    staff.set_current_user(db, staff.add_staff_member(db, "Anna Lindqvist", "Regionchef", "anna@stic.example.se").id)
    return {m.name: m.id for m in municipalities.list_municipalities(db)}


@pytest.fixture
def person(db, county) -> people.PersonRecord:
    """A person with edits (audit rows), expertise and memberships, one of them ended."""
    record = people.save_person(db, PersonInput(name=NAME, title="IT-strateg", municipality_id=county["Solna"],
                                                email=EMAIL, expertise=("IT", "larm"), notes="Föredrar telefon"))
    record = people.save_person(db, replace(record.as_input(), phone=PHONE, title="IT-chef"), record.id)
    steering = next(g for g in groups.list_groups(db) if g.kind == "steering")
    it = groups.save_group(db, GroupInput("Avtalsgrupp IT", subject_area="IT", min_experts=3))
    memberships.save_membership(db, MembershipInput(record.id, steering.id, "member", None, False, "2024-01-01", "2024-12-31",
                                               notes=f"Ersattes av kollega; nås på {PHONE}"))
    memberships.save_membership(db, MembershipInput(record.id, it.id, "chair", None, False, "2025-01-01"))
    return record


def test_every_foreign_key_to_persons_is_exported_and_has_an_anonymisation_rule(db, person):
    """Adding a model that refers to Person fails here until gdpr and the extract know what to do with it."""
    keys = foreign_keys_to_persons()
    assert {"memberships.person_id", "person_expertise.person_id", "audit_log.person_id"} <= keys
    assert set(gdpr.person_data(db, person.id)["references"]) == keys
    assert {f"{t}.{c}" for t, c in gdpr.REFERENCE_POLICY} == keys, "add the new key to gdpr.REFERENCE_POLICY"
    assert set(gdpr.REFERENCE_POLICY.values()) <= {"keep", "delete"}
    assert keys <= KNOWN, "describe the new key in the readable extract (services/people/gdpr_extract.py, KNOWN)"


def test_a_table_added_later_is_exported_without_changing_gdpr(db, person):
    """A throw-away table with a foreign key to persons: found in the metadata, exported, and its missing
    anonymisation rule stops the anonymisation (as a whole) instead of leaving data behind."""
    extra = Table("test_person_notes", Base.metadata, Column("id", Integer, primary_key=True),
                  Column("person_id", ForeignKey("persons.id")), Column("text", Text))
    try:
        with db.engine.begin() as conn:
            extra.create(conn)
            conn.execute(extra.insert(), [{"person_id": person.id, "text": f"Samtal med {NAME}"}])
        data = gdpr.person_data(db, person.id)
        assert data["references"]["test_person_notes.person_id"] == [
            {"id": 1, "person_id": person.id, "text": f"Samtal med {NAME}"}]
        with plain(db) as conn:
            before = conn.execute("SELECT * FROM persons ORDER BY id").fetchall()
        with pytest.raises(RuntimeError, match="test_person_notes.person_id"):
            gdpr.anonymise_person(db, person.id)
        with plain(db) as conn:
            assert conn.execute("SELECT * FROM persons ORDER BY id").fetchall() == before
    finally:
        Base.metadata.remove(extra)
    assert "test_person_notes.person_id" not in foreign_keys_to_persons()


def test_person_data_holds_the_row_tags_memberships_and_history(db, person):
    data = gdpr.person_data(db, person.id)
    json.dumps(data, ensure_ascii=False)  # no default= needed: dates are already ISO text
    assert data["person"]["name"] == NAME and data["person"]["email"] == EMAIL and data["person"]["phone"] == PHONE
    assert data["person"]["organisation"] == "Solna" and data["person"]["anonymised"] is False
    assert data["expertise"] == ["IT", "larm"]
    seats = data["references"]["memberships.person_id"]
    assert [(s["group"], s["role"], s["from_date"], s["to_date"], s["municipality"]) for s in seats] == [
        ("Styrgruppen", "member", "2024-01-01", "2024-12-31", "Solna"), ("Avtalsgrupp IT", "chair", "2025-01-01", None, "Solna")]
    history = [(h["entity"], h["action"]) for h in data["history"]]
    assert history == [("person", "create"), ("person", "update"), ("membership", "create"), ("membership", "create")]
    assert data["history"][1]["changes"]["phone"] == ["", PHONE]
    assert data["history"][1]["person"] == "Anna Lindqvist"  # who made the change


def test_changes_the_person_made_to_other_records_show_fields_not_values(db, person):
    anna = staff.list_staff(db)[0]
    made = gdpr.person_data(db, anna.id)["references"]["audit_log.person_id"]
    about_others = [row for row in made if (row["entity"], row["entity_id"]) != ("person", anna.id)]
    assert about_others and all("changes" not in row for row in about_others)
    assert {"phone", "title"} <= {f for row in about_others for f in row["changed_fields"]}
    assert PHONE not in json.dumps(made, ensure_ascii=False)


def test_unknown_person_is_not_found(db, county):
    with pytest.raises(NotFound, match="ingen person med id 999"):
        gdpr.person_data(db, 999)
    with pytest.raises(NotFound, match="ingen person med id 999"):
        gdpr.anonymise_person(db, 999)


@pytest.mark.sqlite_only  # reads the file's bytes; on PostgreSQL the tables are vacuumed (Database.compact)
def test_anonymise_leaves_no_name_email_or_phone_in_the_file(db, person, county):
    # Another record's history that mentions the person: a colleague's note.
    colleague = people.save_person(db, PersonInput(name="Kollega Ek", municipality_id=county["Solna"],
                                                   notes=f"Ersätter {NAME} ({EMAIL}) vid frånvaro"))
    people.save_person(db, replace(colleague.as_input(), notes="Ersättare"), colleague.id)
    db_path = db.path
    for text in (NAME, EMAIL, PHONE):
        assert text.encode() in file_bytes(db_path)  # the check below means something
    result = gdpr.anonymise_person(db, person.id)
    assert result.file_compacted
    assert result.kept["memberships.person_id"] == 2 and result.deleted["person_expertise.person_id"] == 2
    assert "gruppmedlemskap" in result.summary() and NAME not in result.summary()
    stored = people.get_person(db, person.id)
    assert (stored.name, stored.title, stored.email, stored.phone, stored.notes, stored.expertise) == (
        gdpr.ANONYMISED_NAME, "", "", "", "", ())
    assert stored.anonymised and not stored.active
    history = memberships.memberships_of_person(db, person.id)
    assert len(history) == 2 and {m.person_name for m in history} == {gdpr.ANONYMISED_NAME}
    assert all(PHONE not in m.notes for m in history)
    entries = audit.history(db, "person", person.id)
    assert entries[0].changes == (audit.Change("active", True, False), audit.Change("anonymised", False, True))
    assert all(c.new in (None, gdpr.REDACTED) and c.old in (None, gdpr.REDACTED) for e in entries[1:] for c in e.changes)
    open_now = file_bytes(db_path)  # while the program still has the file open (closing checkpoints by itself)
    db.close()
    for raw in (open_now, file_bytes(db_path)):
        for text in (NAME, EMAIL, PHONE):
            assert text.encode() not in raw, text
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("SELECT count(*) FROM memberships WHERE person_id = ?", (person.id,)).fetchone() == (2,)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_someone_else_with_the_same_name_keeps_it(db, person, county):
    namesake = people.save_person(db, PersonInput(name=NAME, municipality_id=county["Nacka"], email="annan@nacka.se"))
    gdpr.anonymise_person(db, person.id)
    assert people.get_person(db, namesake.id).name == NAME
    created = audit.history(db, "person", namesake.id)[-1]
    assert audit.Change("name", None, NAME) in created.changes


def test_anonymising_twice_or_oneself_is_refused_and_changes_nothing(db, person):
    gdpr.anonymise_person(db, person.id)
    with plain(db) as conn:
        before = conn.execute("SELECT count(*) FROM audit_log").fetchone()
    with pytest.raises(ValidationError, match="redan anonymiserad"):
        gdpr.anonymise_person(db, person.id)
    with pytest.raises(ValidationError, match="dig själv"):
        gdpr.anonymise_person(db, db.actor_id)
    with plain(db) as conn:
        assert conn.execute("SELECT count(*) FROM audit_log").fetchone() == before
    assert people.get_person(db, db.actor_id).name == "Anna Lindqvist"


def text_columns_by_table(metadata: MetaData = Base.metadata) -> dict[str, list[str]]:
    """Every String/Text column but keys and lists of codes (``kind IN ('income', 'cost')``: the database refuses
    a name there), worked out here on its own (not with gdpr.text_columns)."""
    found = {}
    for table in metadata.sorted_tables:
        checks = [str(c.sqltext) for c in table.constraints if isinstance(c, CheckConstraint)]
        found[table.name] = [c.name for c in table.columns
                             if isinstance(c.type, (String, Text)) and not c.primary_key and not c.foreign_keys
                             and not any(check.startswith(f"{c.name} IN (") for check in checks)]
    return found


@pytest.mark.sqlite_only  # addresses rows by SQLite's rowid and reads the file's bytes
def test_the_name_is_scrubbed_from_every_text_column_of_every_table_with_rows(db):
    """The person's name (as typed and in capitals), e-mail and phone written into one row of every text column
    of every table the small demo fills: after anonymising, none of them is anywhere in the file."""
    demo.seed_demo(db, "small")
    victim = next(p for p in people.list_people(db) if p.name == "Łukasz Żółć")
    name, email, phone = victim.name, victim.email, victim.phone
    written: set[str] = set()
    with plain(db) as conn:
        for n, (table, columns) in enumerate(text_columns_by_table().items()):
            other = " AND id != ?" if table == "persons" else ""  # the person's own row is handled apart
            args = (victim.id,) if other else ()
            rowid = conn.execute(f"SELECT min(rowid) FROM {table} WHERE 1{other}", args).fetchone()[0]
            if rowid is None:
                continue
            for m, column in enumerate(columns):
                # In turn: only the name in capitals (SQL's LIKE folds ASCII letters only), only the name, all three.
                mention = (f"kontakt {name.upper()}", f"kontakt {name}", f"kontakt {name} ({email}, {phone})")[(n + m) % 3]
                if (table, column) == ("audit_log", "changes"):  # JSON, scrubbed value by value
                    value = json.dumps({"notes": [None, mention]}, ensure_ascii=False)
                else:
                    old = conn.execute(f"SELECT {column} FROM {table} WHERE rowid = ?", (rowid,)).fetchone()[0]
                    value = f"{old or ''} – {mention}"
                conn.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = ?", (value, rowid))
                written.add(f"{table}.{column}")
        conn.commit()
    assert {"agenda_items.decision", "agenda_items.minutes_notes", "procurement_participants.poa_signed_by",
            "procurements.opening_attesters", "persons.notes", "meetings.notes", "municipalities.notes"} <= written
    secrets = (name, name.upper(), email, phone)
    for secret in secrets:
        assert secret.encode() in file_bytes(db.path)  # the check below means something
    result = gdpr.anonymise_person(db, victim.id)
    assert result.file_compacted and result.texts_scrubbed >= len(written) - 1  # audit_log.changes counts apart
    assert f"ur {result.texts_scrubbed} texter" in result.summary() and "arkiverade" not in result.summary()
    db.close()
    raw = file_bytes(db.path)
    for secret in secrets:
        assert secret.encode() not in raw, secret
    with plain(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM agenda_items WHERE decision LIKE '%(anonymiserat)%'").fetchone()[0] >= 1


def test_archived_documents_that_mention_the_person_are_listed_and_left_exactly_as_sent(db, person, tmp_path):
    it = next(g for g in groups.list_groups(db) if g.name == "Avtalsgrupp IT")
    roster = run_to_end(export_group_roster(db, it.id, tmp_path / "kontaktlista.pdf")).files[0].read_bytes()
    assert NAME.encode() not in roster  # only pypdf's text extraction finds the name in the PDF
    mentioning = archive.archive_document(db, "report", "group", it.id, "kontaktlista.pdf", roster,
                                          note=f"Skickad till {NAME}")
    calendar = archive.archive_document(db, "calendar", "meeting", 1, "mote.ics",
                                        f"BEGIN:VCALENDAR\r\nATTENDEE;CN=Someone:mailto:{EMAIL.upper()}\r\nEND:VCALENDAR\r\n".encode())
    other = archive.archive_document(db, "report", "group", 1, "annat.txt", "Inget om någon särskild.".encode())
    sent = {d.id: archive.archived_bytes(db, d.id) for d in (mentioning, calendar, other)}
    result = gdpr.anonymise_person(db, person.id)
    assert [(m.id, m.kind_label, m.filename) for m in result.archived_mentions] == [
        (mentioning.id, "Rapport", "kontaktlista.pdf"), (calendar.id, "Kalenderfil", "mote.ics")]
    assert {d: archive.archived_bytes(db, d) for d in sent} == sent  # the exact bytes sent, unchanged
    assert archive.get_archived(db, mentioning.id).note == f"Skickad till {gdpr.REDACTED}"
    summary = result.summary()
    assert "utom i de arkiverade dokumenten nedan" in summary and NAME not in summary and EMAIL not in summary
    day = mentioning.created_at.date().isoformat()
    assert ("2 arkiverade dokument nämner personen och finns kvar oförändrade (arkivhandlingar): "
            f"Rapport {day} (kontaktlista.pdf); Kalenderfil {day} (mote.ics).") in summary
