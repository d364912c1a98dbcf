"""Migration 0010 (issue 16): agenda items get "expedieras" (dispatch_to) and suppliers an ordering contact,
empty for the rows that exist; every row of a filled 0007 database is kept."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from migration_tools import columns, counts, counts_of_old_tables, filled_at, revision, without_seeded

from stic_desktop.storage import database as dbmod


def test_filled_0007_database_gets_an_empty_dispatch_on_every_agenda_item(tmp_path):
    path = filled_at(tmp_path / "stic.sqlite3", "0007")
    assert revision(path) == "0007" and "dispatch_to" not in columns(path, "agenda_items")
    assert "order_contact_email" not in columns(path, "suppliers")
    before = counts(path)
    assert before["agenda_items"] > 0 and before["meetings"] > 0

    database = dbmod.open_database(path)
    try:
        from stic_desktop.services.meetings import minutes
        from stic_desktop.services.meetings.agenda import agenda
        from stic_desktop.services.people import staff

        staff.set_current_user(database, staff.list_staff(database)[0].id)
        with closing(sqlite3.connect(path)) as conn:
            item_id, meeting_id = conn.execute(
                "SELECT a.id, a.meeting_id FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id "
                "WHERE m.status = 'held' LIMIT 1").fetchone()
        minutes.set_minutes(database, item_id, "Noterat.", "Beslutat.", "Kommunstyrelserna")
        assert next(i for i in agenda(database, meeting_id).items if i.id == item_id).dispatch_to == "Kommunstyrelserna"
    finally:
        database.close()

    assert revision(path) == dbmod.HEAD_REVISION
    after = counts_of_old_tables(path, before)
    assert {t: n for t, n in after.items() if t != "audit_log"} == {t: n for t, n in without_seeded(before).items() if t != "audit_log"}
    with closing(sqlite3.connect(path)) as conn:
        values = conn.execute("SELECT dispatch_to, count(*) FROM agenda_items GROUP BY dispatch_to").fetchall()
    assert dict(values) == {"": before["agenda_items"] - 1, "Kommunstyrelserna": 1}
    with closing(sqlite3.connect(path)) as conn:
        contacts = conn.execute("SELECT DISTINCT order_contact_name, order_contact_email, order_contact_phone "
                                "FROM suppliers").fetchall()
    assert contacts == [("", "", "")] and before["suppliers"] > 0
