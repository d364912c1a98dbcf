"""stic_desktop/services/versions.py and the row_version column: a save over someone else's newer change is
refused with a domain error naming who and when, never a StaleDataError, and nothing is saved."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from stic_desktop.errors import ChangedByOthers
from stic_desktop.models import Municipality
from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.people import staff


def _edit(record, **changes):
    return type(record.as_input())(**{**record.as_input().__dict__, **changes})


def test_every_save_raises_the_version_and_a_stale_one_is_refused(demo_db, pinned_clock):
    pinned_clock("2026-05-04T09:30")
    record = municipalities.list_municipalities(demo_db)[0]
    loaded = record.row_version
    first = municipalities.save_municipality(demo_db, _edit(record, notes="ett"), record.id,
                                             expected_version=loaded)
    assert first.row_version == loaded + 1
    who = next(s.name for s in staff.list_staff(demo_db) if s.id == demo_db.actor_id)
    with pytest.raises(ChangedByOthers) as refused:
        municipalities.save_municipality(demo_db, _edit(record, notes="två"), record.id,
                                         expected_version=record.row_version)
    assert refused.value.who == who and refused.value.when == "4 maj 2026 kl. 09.30"
    assert who in refused.value.message and record.name in refused.value.message
    assert municipalities.get_municipality(demo_db, record.id).notes == "ett"
    # the command line loads no version: it saves as before
    assert municipalities.save_municipality(demo_db, _edit(record, notes="tre"), record.id).row_version == loaded + 2


def test_a_row_changed_between_reading_and_writing_is_a_domain_error_not_stale_data(demo_db):
    """Two writers that both passed the check (possible on PostgreSQL): the UPDATE's version no longer matches."""
    record = municipalities.list_municipalities(demo_db)[0]
    with pytest.raises(ChangedByOthers, match="ändrades av någon annan"), demo_db.write() as session:
        row = session.get(Municipality, record.id)
        session.execute(update(Municipality).where(Municipality.id == record.id)
                        .values(row_version=Municipality.row_version + 1),
                        execution_options={"synchronize_session": False})
        row.notes = "förlorad"
        session.flush()
    assert municipalities.get_municipality(demo_db, record.id).notes == record.notes
