"""Migration 0013 (issue 16): meetings get the planned send day of their invitation, empty for the meetings
that exist; every row of a filled 0007 database is kept and a planned day can be saved afterwards."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date

from migration_tools import columns, counts, counts_of_old_tables, filled_at, revision, without_seeded

from stic_desktop.storage import database as dbmod


def test_filled_0007_database_gets_an_empty_planned_send_day(tmp_path):
    from dataclasses import replace

    path = filled_at(tmp_path / "stic.sqlite3", "0007")
    assert "invitation_planned_on" not in columns(path, "meetings")
    before = counts(path)
    assert before["meetings"] > 0

    database = dbmod.open_database(path)
    try:
        from stic_desktop.services.meetings import meetings
        from stic_desktop.services.people import staff

        staff.set_current_user(database, staff.list_staff(database)[0].id)
        draft = next(m for m in meetings.list_meetings(database) if m.status == "draft")
        assert draft.invitation_planned_on is None
        planned = draft.meeting_date.replace(day=1) if draft.meeting_date.day > 1 else draft.meeting_date
        saved = meetings.update_meeting(database, draft.id, replace(draft.as_input(), invitation_planned_on=planned))
        assert saved.invitation_planned_on == planned
    finally:
        database.close()

    assert revision(path) == dbmod.HEAD_REVISION
    after = counts_of_old_tables(path, before)
    assert after["meetings"] == before["meetings"]
    assert all(after[t] >= n for t, n in without_seeded(before).items()), "a row was lost"
    with closing(sqlite3.connect(path)) as conn:
        values = dict(conn.execute("SELECT invitation_planned_on IS NULL, count(*) FROM meetings GROUP BY 1").fetchall())
    assert values == {1: before["meetings"] - 1, 0: 1}
    assert isinstance(planned, date)
