"""Faults on the team database (issue 14), against the session's throwaway PostgreSQL server: the connection
lost in the middle of a save (nothing half-saved, a Swedish message, the form keeps its text), two logins
saving the same record (the row version refuses the second and names the first), and a login without the
right to write calling a service directly (the database refuses it, in Swedish)."""

from __future__ import annotations

import psycopg
import pytest
from backend_tools import plain
from sqlalchemy import event, text
from team_fixtures import team_logins

from stic_desktop.errors import ChangedByOthers, DatabaseUnavailable
from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.workspace import database

PASSWORD = "hemligt-123"


def _name_of(url: str) -> str:
    return url.split("///")[1].split("?")[0]


def _cut_before_commit(db, pg_server) -> list[int]:
    """Terminates the writing connection on the server (as a server going down would) right before the next
    commit, once; the pids it cut."""
    cut: list[int] = []

    @event.listens_for(db._write_sessions, "before_commit")
    def terminate(session) -> None:
        if cut:
            return
        pid = session.connection().execute(text("SELECT pg_backend_pid()")).scalar()
        with psycopg.connect(host=str(pg_server.socket_dir), user="postgres", dbname="postgres",
                             autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        cut.append(pid)

    return cut


def test_a_connection_lost_in_the_middle_of_a_save_saves_nothing_and_the_form_keeps_its_text(
        qtbot, pg_server, pg_url, monkeypatch):
    from stic_desktop.ui.context import AppContext
    from stic_desktop.ui.municipalities.dialog import MunicipalityDialog
    from stic_desktop.ui.widgets import form

    officer = team_logins(pg_server, pg_url, handläggare="handl")["handläggare"]
    db = database.open_database(officer)
    try:
        record = municipalities.list_municipalities(db)[0]
        shown: list[str] = []
        monkeypatch.setattr(form.messages, "show_error", lambda parent, error: shown.append(error.message))
        dialog = MunicipalityDialog(AppContext(db), record)
        qtbot.addWidget(dialog)
        dialog.inputs["name"].setText("Namnet som skrevs")
        dialog.inputs["notes"].setPlainText("En anteckning")
        cut = _cut_before_commit(db, pg_server)
        dialog.save()
        assert cut  # the server really lost the connection during the save
        assert len(shown) == 1 and "Anslutningen till teamdatabasen bröts" in shown[0] and "Inget ändrades" in shown[0]
        assert dialog.result() == 0 and dialog.saved is None  # still open, not accepted
        assert dialog.inputs["name"].text() == "Namnet som skrevs"
        assert dialog.inputs["notes"].toPlainText() == "En anteckning"
        with plain(pg_url) as conn:  # nothing half-saved: neither the row nor its audit entry
            assert conn.execute("SELECT name, row_version FROM municipalities WHERE id = ?",
                                (record.id,)).fetchone() == (record.name, record.row_version)
            assert conn.execute("SELECT count(*) FROM audit_log WHERE entity = 'municipality' AND entity_id = ? "
                                "AND action <> 'create'", (record.id,)).fetchone() == (0,)
        dialog.save()  # the server is back (a new connection from the pool): the same form saves
        assert dialog.saved is not None and dialog.saved.name == "Namnet som skrevs"
        with plain(pg_url) as conn:
            assert conn.execute("SELECT name FROM municipalities WHERE id = ?", (record.id,)).fetchone() == (
                "Namnet som skrevs",)
    finally:
        db.close()


def test_two_logins_saving_the_same_record_the_second_is_refused_and_told_who(pg_server, pg_url):
    logins = team_logins(pg_server, pg_url, regionchef="chef", handläggare="handl")
    first, second = (database.open_database(logins[role]) for role in ("regionchef", "handläggare"))
    try:
        mine = municipalities.list_municipalities(first)[0]
        theirs = municipalities.list_municipalities(second)[0]
        assert mine.id == theirs.id and mine.row_version == theirs.row_version
        data = mine.as_input()
        municipalities.save_municipality(first, type(data)(**{**data.__dict__, "name": "Chefens namn"}), mine.id,
                                         expected_version=mine.row_version)
        data = theirs.as_input()
        with pytest.raises(ChangedByOthers) as refused:
            municipalities.save_municipality(second, type(data)(**{**data.__dict__, "name": "Handläggarens namn"}),
                                             theirs.id, expected_version=theirs.row_version)
        chef = logins["regionchef"].split("user=")[1].split("&")[0]
        assert refused.value.who == chef and chef in refused.value.message and "har ändrats av" in refused.value.message
        with plain(pg_url) as conn:
            assert conn.execute("SELECT name, row_version FROM municipalities WHERE id = ?", (mine.id,)).fetchone() \
                == ("Chefens namn", mine.row_version + 1)
    finally:
        first.close()
        second.close()


def test_a_reader_calling_a_service_directly_is_refused_by_the_database_in_swedish(pg_server, pg_url):
    reader_url = team_logins(pg_server, pg_url, läsbehörig="lasare")["läsbehörig"]
    reader = database.open_database(reader_url)
    try:
        record = municipalities.list_municipalities(reader)[0]
        data = record.as_input()
        with pytest.raises(DatabaseUnavailable) as refused:
            municipalities.save_municipality(reader, type(data)(**{**data.__dict__, "name": "Läsarens namn"}),
                                             record.id)
        assert "behörighet" in refused.value.message and "Inget ändrades" in refused.value.message
        with plain(pg_url) as conn:
            assert conn.execute("SELECT name FROM municipalities WHERE id = ?", (record.id,)).fetchone() == (
                record.name,)
    finally:
        reader.close()


def _cut_after_begin(db, pg_server, times: int) -> list[int]:
    """Terminates the reading connection on the server right after the next ``times`` reads begin (a server
    going down mid-read; the pool's pre-ping cannot save a read already under way); the pids it cut."""
    cut: list[int] = []

    @event.listens_for(db._read_sessions, "after_begin")
    def terminate(session, transaction, connection) -> None:
        if len(cut) >= times:
            return
        pid = connection.execute(text("SELECT pg_backend_pid()")).scalar()
        with psycopg.connect(host=str(pg_server.socket_dir), user="postgres", dbname="postgres",
                             autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        cut.append(pid)

    return cut


def test_a_connection_lost_while_reading_is_a_swedish_message_not_a_crash(qtbot, pg_server, pg_url, monkeypatch):
    from stic_desktop.ui.context import AppContext
    from stic_desktop.ui.workspace import overview_page

    officer = team_logins(pg_server, pg_url, handläggare="handl")["handläggare"]
    db = database.open_database(officer)
    try:
        cut = _cut_after_begin(db, pg_server, times=2)
        with pytest.raises(DatabaseUnavailable, match="Anslutningen till teamdatabasen bröts"):
            municipalities.list_municipalities(db)  # a service's read
        assert len(cut) == 1

        shown: list[str] = []
        monkeypatch.setattr(overview_page.messages, "show_error", lambda parent, error: shown.append(error.message))
        page = overview_page.OverviewPage(AppContext(db))
        qtbot.addWidget(page)
        page.reload()  # the overview's read, in its worker
        qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
        assert len(cut) == 2
        assert len(shown) == 1 and "Anslutningen till teamdatabasen bröts" in shown[0]
        assert municipalities.list_municipalities(db)  # the next read has a connection again
    finally:
        db.close()
