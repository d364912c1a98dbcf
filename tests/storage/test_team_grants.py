"""The team roles' rights on tables that arrive after ``server init`` (issue 14): a table a later migration creates
is usable by the roles at once (default privileges), and an upgrade grants the new tables and sets the tender
policy again in its own transaction, without ``server init`` being run again. Checked with plain psycopg as
each login."""

from __future__ import annotations

import uuid

import psycopg
import pytest
from backend_tools import plain

from stic_desktop.services.workspace import database, team
from stic_desktop.storage import roles
from stic_desktop.storage.reading import HEAD_REVISION
from stic_desktop.storage.server import make_server_engine, migrate_server, parse_url

PASSWORD = "hemligt-123"


@pytest.fixture
def empty(pg_server):
    """An empty database, as IT hands it over; its name."""
    name = pg_server.create()
    yield name
    pg_server.drop(name)


def unique(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:8]}"  # roles belong to the whole server


def test_a_table_a_later_migration_creates_is_usable_by_the_roles_at_once(pg_server, empty):
    url = pg_server.url(empty)
    officer, reader = unique("handl"), unique("lasare")
    admin = database.open_database(url)
    try:
        team.initialise(admin)
        team.add_user(admin, officer, "handläggare", PASSWORD)
        team.add_user(admin, reader, "läsbehörig", PASSWORD)
    finally:
        admin.close()
    with plain(url) as conn:  # the owner, as a migration of a later version would, after init
        conn.execute("CREATE TABLE later_notes (id serial PRIMARY KEY, text varchar(40) NOT NULL)")
        conn.execute("INSERT INTO later_notes (text) VALUES ('av ägaren')")
        conn.commit()
    with plain(pg_server.url(empty, user=officer, password=PASSWORD)) as conn:
        conn.execute("INSERT INTO later_notes (text) VALUES ('av handläggaren')")  # the table and its sequence
        conn.execute("UPDATE later_notes SET text = text || '!'")
        conn.commit()
        assert conn.execute("SELECT count(*) FROM later_notes").fetchone()[0] == 2
    with plain(pg_server.url(empty, user=reader, password=PASSWORD)) as conn:
        assert conn.execute("SELECT count(*) FROM later_notes").fetchone()[0] == 2  # reads ...
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO later_notes (text) VALUES ('av läsaren')")  # ... and writes nothing


def test_an_upgrade_grants_its_new_tables_and_sets_the_tender_policy_again(pg_server, empty):
    url = pg_server.url(empty)
    officer, reader = unique("handl"), unique("lasare")
    engine = make_server_engine(parse_url(url))
    try:
        migrate_server(engine, parse_url(url), target="0011")  # a team database set up by an older version
        with engine.begin() as connection:
            roles.set_up_roles(connection)
            roles.add_user(connection, officer, roles.OFFICER, PASSWORD)
            roles.add_user(connection, reader, roles.READER, PASSWORD)
    finally:
        engine.dispose()
    with plain(url) as conn:  # what that version's init left: no default privileges, and (as a migration that
        # makes the tenders table anew would leave it) no tender policy
        conn.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM regionchef, "
                     "handläggare, läsbehörig")
        conn.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM regionchef, "
                     "handläggare")
        conn.execute("DROP POLICY tender_secrecy ON tenders")
        conn.execute("ALTER TABLE tenders DISABLE ROW LEVEL SECURITY")
        conn.commit()
        assert conn.execute("SELECT count(*) FROM pg_default_acl").fetchone()[0] == 0
        assert conn.execute("SELECT to_regclass('agreement_clauses')").fetchone()[0] is None  # comes with 0012

    database.open_database(url).close()  # the administrator opens it with the new program: upgraded

    with plain(url) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
        assert conn.execute("SELECT relrowsecurity FROM pg_class WHERE relname = 'tenders'").fetchone()[0]
        assert conn.execute("SELECT count(*) FROM pg_policies WHERE tablename = 'tenders' "
                            "AND policyname = 'tender_secrecy'").fetchone()[0] == 1
    with plain(pg_server.url(empty, user=officer, password=PASSWORD)) as conn:
        conn.execute("INSERT INTO agreement_clauses (key, version, position, title, body, created_on) "
                     "VALUES ('egen', 1, 99, 'Egen klausul', 'Text', '2026-12-06')")  # new table, its sequence
        conn.commit()
        assert conn.execute("SELECT count(*) FROM agreement_clauses WHERE key = 'egen'").fetchone()[0] == 1
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE deadline_rules SET days = days")  # a rule table stays the regional head's
    with plain(pg_server.url(empty, user=reader, password=PASSWORD)) as conn:
        assert conn.execute("SELECT count(*) FROM agreement_clauses WHERE key = 'egen'").fetchone()[0] == 1
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO agreement_clause_uses (agreement_id, clause_id) VALUES (1, 1)")
