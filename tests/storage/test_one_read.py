"""Database.one_read (stic_desktop/storage/database.py): the reads of a block share one session and transaction."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from stic_desktop.models import Municipality
from stic_desktop.services.municipalities import municipalities

# storage/ is not among conftest's BOTH_BACKENDS folders: both are asked for here (the overview reads the team database too)
pytestmark = pytest.mark.parametrize("backend", ["sqlite", "postgresql"], indirect=True)


def test_reads_inside_one_read_share_one_session_and_outside_do_not(db) -> None:
    municipalities.import_county_municipalities(db)
    with db.one_read():
        with db.read() as first:
            counted = first.scalar(select(func.count()).select_from(Municipality))
        with db.read() as second, db.one_read(), db.read() as nested:
            assert second is first and nested is first
            assert second.in_transaction()
        assert len(municipalities.list_municipalities(db)) == counted == 26  # a service reads in it too
    with db.read() as after, db.read() as other:
        assert after is not first and other is not after


def test_another_thread_reads_in_its_own_session(db) -> None:
    seen = []
    with db.one_read(), db.read() as mine:
        thread = threading.Thread(target=lambda: seen.append(_session_of(db)))
        thread.start()
        thread.join()
    assert seen and seen[0] is not mine


def _session_of(db):
    with db.read() as session:
        return session


def test_an_error_inside_one_read_ends_it(db) -> None:
    with pytest.raises(LookupError), db.one_read(), db.read() as failed:
        raise LookupError("a block failed")
    with db.read() as session:
        assert session is not failed
        assert session.scalar(select(func.count()).select_from(Municipality)) == 0
