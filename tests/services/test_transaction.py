"""services/transaction.py: several service calls in one read snapshot, or in one write that commits whole."""

from __future__ import annotations

import pytest

from stic_desktop.errors import UserError
from stic_desktop.services import archive
from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.transaction import one_read, one_write


def test_one_write_commits_every_call_together_or_none(db):
    with pytest.raises(UserError), one_write(db) as transaction:
        archive.archive_document(transaction, "report", "group", 1, "a.pdf", b"%PDF-1.4 a")
        archive.archive_document(transaction, "report", "group", 1, "b.pdf", b"")  # empty: refused
    assert archive.archived_documents(db, "group", 1) == []
    with one_write(db) as transaction:
        archive.archive_document(transaction, "report", "group", 1, "a.pdf", b"%PDF-1.4 a")
        archive.archive_document(transaction, "report", "group", 1, "b.pdf", b"%PDF-1.4 b")
    assert sorted(r.filename for r in archive.archived_documents(db, "group", 1)) == ["a.pdf", "b.pdf"]


def test_one_read_shares_one_session_and_refuses_writes(db):
    with one_read(db) as snapshot:
        with snapshot.read() as first, snapshot.read() as second:
            assert first is second
        assert municipalities.list_municipalities(snapshot) == municipalities.list_municipalities(db)
        with pytest.raises(RuntimeError, match="read-only"), snapshot.write():
            pass
