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
    first = municipalities.save_municipality(demo_db, _edit(record, notes="ett"), record.id, expected_version=loaded)
    assert first.row_version == loaded + 1
    who = next(s.name for s in staff.list_staff(demo_db) if s.id == demo_db.actor_id)
    with pytest.raises(ChangedByOthers) as refused:
        municipalities.save_municipality(
            demo_db, _edit(record, notes="två"), record.id, expected_version=record.row_version
        )
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
        session.execute(
            update(Municipality).where(Municipality.id == record.id).values(row_version=Municipality.row_version + 1),
            execution_options={"synchronize_session": False},
        )
        row.notes = "förlorad"
        session.flush()
    assert municipalities.get_municipality(demo_db, record.id).notes == record.notes


def _changed(data):
    """The form's input with one text changed (an UPDATE only happens when a value changes)."""
    from dataclasses import fields, replace

    name = "notes" if "notes" in {f.name for f in fields(data)} else "description"
    return replace(data, **{name: getattr(data, name) + " ändrad"})


def _twice(save, record, **kwargs):
    """Saves the loaded record once (fine), then again with the same loaded version (refused)."""
    saved = save(record.row_version, **kwargs)
    assert saved.row_version == record.row_version + 1
    with pytest.raises(ChangedByOthers):
        save(record.row_version, **kwargs)
    return saved


def test_the_other_forms_services_refuse_a_stale_version_too(demo_db):
    from datetime import datetime

    from stic_desktop.services.agreements import suppliers
    from stic_desktop.services.meetings import agenda, meetings
    from stic_desktop.services.meetings.agenda import AgendaItemInput
    from stic_desktop.services.meetings.meetings import MeetingInput
    from stic_desktop.services.meetings.records import STOCKHOLM
    from stic_desktop.services.people import groups, people
    from stic_desktop.services.procurement import procurements
    from stic_desktop.services.procurement.records import ProcurementInput
    from stic_desktop.services.proposals import proposals, workshops

    db = demo_db
    person = people.list_people(db)[0]
    _twice(lambda v: people.save_person(db, _changed(person.as_input()), person.id, expected_version=v), person)
    group = groups.list_groups(db)[0]
    _twice(lambda v: groups.save_group(db, _changed(group.as_input()), group.id, expected_version=v), group)
    supplier = suppliers.save_supplier(db, suppliers.SupplierInput(name="Versions AB", org_number="556012-3993"))
    _twice(
        lambda v: suppliers.save_supplier(db, _changed(supplier.as_input()), supplier.id, expected_version=v), supplier
    )
    procurement = procurements.create_procurement(db, ProcurementInput(title="Versioner"))
    _twice(
        lambda v: procurements.update_procurement(
            db, procurement.id, _changed(procurement.as_input()), expected_version=v
        ),
        procurement,
    )
    start = datetime(2026, 9, 1, 9, tzinfo=STOCKHOLM)
    meeting = meetings.create_meeting(db, MeetingInput(group.id, "Möte", start, start.replace(hour=10)))
    _twice(lambda v: meetings.update_meeting(db, meeting.id, _changed(meeting.as_input()), expected_version=v), meeting)
    item = agenda.add_item(db, meeting.id, AgendaItemInput("Punkt"))
    _twice(lambda v: agenda.update_item(db, item.id, _changed(item.as_input()), expected_version=v), item)
    for proposal in proposals.list_proposals(db)[:1]:
        _twice(
            lambda v, p=proposal: proposals.save_proposal(db, _changed(p.as_input()), p.id, expected_version=v),
            proposal,
        )
    for workshop in workshops.list_workshops(db)[:1]:
        _twice(
            lambda v, w=workshop: workshops.save_workshop(db, _changed(w.as_input()), w.id, expected_version=v),
            workshop,
        )
