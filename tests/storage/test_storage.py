"""stic_desktop/storage/blobs.py: file contents in the database, keyed by SHA-256, stored once."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing

import pytest

from stic_desktop.core import clock
from stic_desktop.errors import NotFound
from stic_desktop.models import ArchivedDocument
from stic_desktop.storage import blobs as storage


def stored_rows(db) -> list[tuple]:
    with closing(sqlite3.connect(db.path)) as conn:
        return conn.execute("SELECT sha256, size, data FROM stored_files ORDER BY sha256").fetchall()


def test_store_file_returns_the_sha256_and_keeps_the_exact_bytes(db):
    data = b"%PDF-1.4 \x00\xff binary \r\n bytes"
    with db.write() as session:
        digest = storage.store_file(session, data)
    assert digest == hashlib.sha256(data).hexdigest()
    assert storage.file_bytes(db, digest) == data
    assert stored_rows(db) == [(digest, len(data), data)]


def test_the_same_bytes_are_stored_once(db):
    with db.write() as session:
        first = storage.store_file(session, "samma innehåll".encode())
        second = storage.store_file(session, bytearray("samma innehåll".encode()))
    with db.write() as session:
        third = storage.store_file(session, "samma innehåll".encode())
        other = storage.store_file(session, b"annat")
    assert first == second == third != other
    assert len(stored_rows(db)) == 2


def test_unknown_file_is_not_found(db):
    with pytest.raises(NotFound, match="finns inte"):
        storage.file_bytes(db, "0" * 64)


def test_discard_if_unused_keeps_files_something_refers_to(db):
    with db.write() as session:
        used = storage.store_file(session, b"arkiverad")
        loose = storage.store_file(session, b"ingen pekar hit")
        session.add(ArchivedDocument(kind="invitation", entity="meeting", entity_id=1, filename="k.pdf", sha256=used,
                                     created_at=clock.utcnow(),
                                     author_id=None, note=""))
        session.flush()
        assert storage.discard_if_unused(session, used) is False
        assert storage.discard_if_unused(session, loose) is True
    assert [row[0] for row in stored_rows(db)] == [used]
