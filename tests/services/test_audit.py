"""stic_desktop/services/audit.py: who changed what, newest first; no row for a change that changed nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from backend_tools import plain

from stic_desktop.core import clock
from stic_desktop.services import audit
from stic_desktop.services.municipalities import municipalities as service
from stic_desktop.services.municipalities.municipalities import MunicipalityInput
from stic_desktop.services.people import staff


def count_rows(db) -> int:
    with plain(db) as conn:
        return conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]


def test_history_is_newest_first_with_the_actors_name(db):
    anna = staff.add_staff_member(db, "Anna Lindqvist")
    erik = staff.add_staff_member(db, "Erik Johansson")
    staff.set_current_user(db, anna.id)
    created = service.save_municipality(db, MunicipalityInput(municipality_code="0114", name="Väsby"))
    staff.set_current_user(db, erik.id)
    service.save_municipality(db, replace(created.as_input(), name="Upplands Väsby"), created.id)
    service.save_municipality(db, replace(created.as_input(), name="Upplands Väsby", notes="Ny"), created.id)

    history = audit.history(db, "municipality", created.id)
    assert [(h.action, h.who) for h in history] == [
        ("update", "Erik Johansson"),
        ("update", "Erik Johansson"),
        ("create", "Anna Lindqvist"),
    ]
    assert [h.action_label for h in history] == ["Ändrad", "Ändrad", "Skapad"]
    assert history[0].changes == (audit.Change("notes", "", "Ny"),)
    assert history[1].changes == (audit.Change("name", "Väsby", "Upplands Väsby"),)
    assert history[0].at >= history[1].at >= history[2].at
    assert all(h.at.tzinfo is not None for h in history)
    assert abs(clock.utcnow() - history[0].at) < timedelta(minutes=5)
    assert audit.history(db, "municipality", created.id + 1) == []


def test_history_without_a_current_user(db, backend):
    created = service.save_municipality(db, MunicipalityInput(municipality_code="0114", name="Väsby"))
    # in the team database who is the login (the tests' server administrator), recorded by the server itself
    expected = "postgres" if backend == "postgresql" else "Kommandoraden/systemet"
    assert [h.who for h in audit.history(db, "municipality", created.id)] == [expected]


def test_update_changing_nothing_writes_no_row(db):
    created = service.save_municipality(db, MunicipalityInput(municipality_code="0114", name="Väsby", joined_on="2012-01-01"))
    before = count_rows(db)
    again = service.save_municipality(db, created.as_input(), created.id)
    assert again == created
    assert count_rows(db) == before == 1


def test_record_keeps_only_changed_fields_and_serialises_dates(db):
    class Thing:
        def __init__(self, d: date) -> None:
            self.a, self.d = 1, d

    old, new = audit.snapshot(Thing(date(2026, 1, 2)), ("a", "d")), audit.snapshot(Thing(date(2026, 1, 3)), ("a", "d"))
    assert old == {"a": 1, "d": "2026-01-02"}
    with db.write() as session:
        wrote = audit.record(session, None, "x", 1, "update", old, new)
        skipped = audit.record(session, None, "x", 1, "update", {"a": 1}, {"a": 1})
        created = audit.record(session, None, "x", 2, "create", None, None)
    assert (wrote, skipped, created) == (True, False, True)
    assert audit.history(db, "x", 1)[0].changes == (audit.Change("d", "2026-01-02", "2026-01-03"),)
    assert audit.history(db, "x", 2)[0].changes == ()


def test_created_updated_changing_deleted_write_one_row_each(db):
    from stic_desktop.models import Municipality

    fields = ("municipality_code", "name", "notes")
    with db.write() as session:
        row = audit.created(session, None, "municipality", Municipality(municipality_code="0114", name="Väsby"), fields)
        row_id = row.id
    with db.write() as session:
        row = session.get(Municipality, row_id)
        audit.updated(session, None, "municipality", row, {"name": "Upplands Väsby", "notes": ""}, fields)
        with audit.changing(session, None, "municipality", row, fields):
            row.notes = "Ny"
        with audit.changing(session, None, "municipality", row, fields):
            pass  # nothing changed: no row
    with db.write() as session:
        audit.deleted(session, None, "municipality", session.get(Municipality, row_id), fields)
    history = audit.history(db, "municipality", row_id)
    assert [h.action for h in history] == ["delete", "update", "update", "create"]
    assert history[3].changes == (audit.Change("municipality_code", None, "0114"), audit.Change("name", None, "Väsby"),
                                  audit.Change("notes", None, ""))
    assert history[2].changes == (audit.Change("name", "Väsby", "Upplands Väsby"),)
    assert history[1].changes == (audit.Change("notes", "", "Ny"),)
    assert history[0].changes[1] == audit.Change("name", "Upplands Väsby", None)
    with db.read() as session:
        assert session.get(Municipality, row_id) is None


def test_changing_writes_nothing_when_the_block_fails(db):
    from stic_desktop.models import Municipality

    with db.write() as session:
        row_id = audit.created(session, None, "municipality", Municipality(municipality_code="0114", name="Väsby"),
                               ("name",)).id
    before = count_rows(db)
    with db.write() as session:
        row = session.get(Municipality, row_id)
        try:
            with audit.changing(session, None, "municipality", row, ("name",)):
                row.name = "Täby"
                raise ValueError("stop")
        except ValueError:
            row.name = "Väsby"
    assert count_rows(db) == before
