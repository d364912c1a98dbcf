"""LISTEN/NOTIFY on the team database: a committed change reaches another connection's listener with the kinds
of record it touched; a change that rolls back sends nothing."""

from __future__ import annotations

import queue
import threading
import time
from dataclasses import replace

import pytest
from backend_tools import plain

from stic_desktop.errors import ValidationError
from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.workspace import database, team


def test_a_colleagues_commit_is_heard_and_a_rollback_is_not(pg_url):
    listener_db, writer = database.open_database(pg_url), database.open_database(pg_url)
    heard: queue.Queue = queue.Queue()
    stop = threading.Event()
    thread = threading.Thread(target=team.listen_for_changes, args=(listener_db, heard.put, stop), daemon=True)
    thread.start()
    try:
        for _ in range(600):  # until the listener's LISTEN has run (a NOTIFY before it is not for it)
            with plain(pg_url) as conn:
                if conn.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                "AND query LIKE 'LISTEN%'").fetchone()[0]:
                    break
            time.sleep(0.05)
        municipalities.import_county_municipalities(writer)
        assert "municipality" in heard.get(timeout=30)
        record = municipalities.list_municipalities(writer)[0]
        with pytest.raises(ValidationError):
            municipalities.save_municipality(writer, type(record.as_input())(name=""), record.id)
        municipalities.save_municipality(writer, replace(record.as_input(), invoicing_reference="Ny ref"), record.id)
        assert heard.get(timeout=30) == frozenset({"municipality"})
        assert heard.empty()  # the refused save sent nothing
    finally:
        stop.set()
        thread.join(timeout=5)
        listener_db.close()
        writer.close()
