"""stic_desktop/services/archive.py: documents sent out kept as the exact bytes, with author and owner record."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from backend_tools import plain
from meeting_fixtures import staff_working

from stic_desktop.core import clock
from stic_desktop.errors import NotFound, ValidationError
from stic_desktop.services import archive
from stic_desktop.services.meetings.records import STOCKHOLM
from stic_desktop.services.people import staff


@pytest.fixture
def office_db(db):
    return staff_working(db)


def count(db, table: str) -> int:
    with plain(db) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_archive_keeps_exact_bytes_author_and_owner(office_db):
    data = bytes(range(256)) * 10 + "Kallelse – Łukasz Żółć 😀".encode()
    before = clock.now() - timedelta(seconds=1)
    record = archive.archive_document(office_db, "invitation", "meeting", 7, "C:\\Utskick\\kallelse.pdf", data, note=" första ")
    author = staff.list_staff(office_db)[0]
    assert archive.archived_bytes(office_db, record.id) == data
    assert (record.kind, record.kind_label, record.entity, record.entity_id) == ("invitation", "Kallelse", "meeting", 7)
    assert record.filename == "kallelse.pdf"  # the folder it was saved in is not part of the name
    assert record.size == len(data) and record.note == "första"
    assert record.author_name == author.name
    assert record.created_at.tzinfo is STOCKHOLM and before <= record.created_at <= clock.now()
    with plain(office_db) as conn:
        assert conn.execute("SELECT author_id FROM archived_documents").fetchone() == (office_db.actor_id,)
        entity, entity_id, action, person, changes = conn.execute(
            "SELECT entity, entity_id, action, person_id, changes FROM audit_log WHERE entity = 'archived_document'"
        ).fetchone()
    assert (entity, entity_id, action, person) == ("archived_document", record.id, "create", office_db.actor_id)
    assert json.loads(changes)["filename"] == [None, "kallelse.pdf"]


def test_list_is_newest_first_and_per_record(office_db):
    first = archive.archive_document(office_db, "invitation", "meeting", 1, "kallelse.pdf", b"v1")
    second = archive.archive_document(office_db, "minutes", "meeting", 1, "protokoll.pdf", b"v2")
    archive.archive_document(office_db, "invitation", "meeting", 2, "annat.pdf", b"v3")
    listed = archive.archived_documents(office_db, "meeting", 1)
    assert [r.id for r in listed] == [second.id, first.id]
    assert [r.kind_label for r in listed] == ["Protokoll", "Kallelse"]
    assert archive.archived_documents(office_db, "meeting", 3) == []


def test_sending_the_same_file_twice_archives_twice_but_stores_once(office_db):
    a = archive.archive_document(office_db, "invitation", "meeting", 1, "kallelse.pdf", b"samma")
    b = archive.archive_document(office_db, "invitation", "meeting", 1, "kallelse.pdf", b"samma")
    assert a.id != b.id and a.sha256 == b.sha256
    assert count(office_db, "archived_documents") == 2 and count(office_db, "stored_files") == 1


def test_unknown_kind_is_kept_and_labelled_by_its_code(office_db):
    record = archive.archive_document(office_db, "sales_letter", "supplier", 3, "brev.pdf", b"x")
    assert record.kind_label == "sales_letter"


def test_without_a_current_user_the_author_is_the_command_line(db):
    record = archive.archive_document(db, "minutes", "meeting", 1, "p.pdf", b"x")
    assert record.author_name == archive.NO_AUTHOR


@pytest.mark.parametrize(("kind", "filename", "data", "field"), [
    ("invitation", "", b"x", "filename"),
    ("invitation", "k.pdf", b"", "data"),
    ("", "k.pdf", b"x", "kind"),
])
def test_bad_input_archives_nothing(office_db, kind, filename, data, field):
    with pytest.raises(ValidationError) as caught:
        archive.archive_document(office_db, kind, "meeting", 1, filename, data)
    assert caught.value.for_field(field)
    assert count(office_db, "archived_documents") == 0 and count(office_db, "stored_files") == 0


def test_unknown_document_is_not_found(office_db):
    with pytest.raises(NotFound):
        archive.archived_bytes(office_db, 999)
    with pytest.raises(NotFound):
        archive.get_archived(office_db, 999)
