"""Tender secrecy in the team database, enforced by PostgreSQL's row-level security: a plain psycopg session
as each staff role sees a procurement's tenders only when it may (regional head, the responsible officer, the
named attesters) until the award decision is sent; then everyone does."""

from __future__ import annotations

import subprocess
import sys
import uuid

import psycopg
import pytest
from backend_tools import plain
from clitools import CHECKOUT


def add_user(url: str, name: str, role: str, person: int | None = None) -> None:
    extra = ["--person", str(person)] if person is not None else []
    result = subprocess.run([sys.executable, "-m", "stic_desktop", "server", "add-user", name, "--role", role,
                             *extra, "--db", url], input="hemligt-123\n", cwd=CHECKOUT, capture_output=True,
                            text=True, encoding="utf-8", timeout=300)
    assert result.returncode == 0, result.stderr


@pytest.fixture
def team(pg_server, cli, tmp_path):
    """The small demo moved into a team database, with roles and policies."""
    name = pg_server.create()
    url = pg_server.url(name)
    source = tmp_path / "demo.sqlite3"
    assert cli("seed-demo", "--db", source).returncode == 0
    assert cli("server", "move-in", source, "--db", url).returncode == 0
    assert cli("server", "init", "--db", url).returncode == 0
    yield pg_server, name, url
    pg_server.drop(name)


def seen(pg_server, database: str, login: str, procurement: int) -> int:
    with psycopg.connect(host=str(pg_server.socket_dir), dbname=database, user=login, password="hemligt-123") as conn:
        return conn.execute("SELECT count(*) FROM tenders WHERE procurement_id = %s", (procurement,)).fetchone()[0]


def test_tenders_are_secret_until_the_award_decision_is_sent(team):
    pg_server, database, url = team
    with plain(url) as conn:
        # a procurement with tenders, its award decision not sent, a responsible officer and two attesters
        pid, responsible, attesters, total = conn.execute(
            "SELECT p.id, p.responsible_id, p.opening_attesters, count(t.id) FROM procurements p "
            "JOIN tenders t ON t.procurement_id = p.id WHERE p.stage IN ('opening', 'evaluation') "
            "AND p.responsible_id IS NOT NULL AND p.opening_attesters <> '' AND NOT EXISTS (SELECT 1 FROM "
            "procurement_stages s WHERE s.procurement_id = p.id AND s.stage = 'award_decision' "
            "AND s.actual_on IS NOT NULL) GROUP BY p.id ORDER BY p.id LIMIT 1").fetchone()
        attester = conn.execute("SELECT id FROM persons WHERE name = ?", (attesters.split("\n")[0],)).fetchone()[0]
        outsider = conn.execute("SELECT id FROM persons WHERE id NOT IN (?, ?) AND name NOT IN (?, ?) ORDER BY id "
                                "LIMIT 1", (responsible, attester, *attesters.split("\n")[:2])).fetchone()[0]
    assert total > 0
    suffix = uuid.uuid4().hex[:6]
    logins = {"chef": f"chef_{suffix}", "officer": f"ansvarig_{suffix}", "attester": f"attest_{suffix}",
              "outsider": f"annan_{suffix}", "reader": f"lasare_{suffix}"}
    add_user(url, logins["chef"], "regionchef")
    add_user(url, logins["officer"], "handläggare", responsible)
    add_user(url, logins["attester"], "handläggare", attester)
    add_user(url, logins["outsider"], "handläggare", outsider)
    add_user(url, logins["reader"], "läsbehörig")

    before = {who: seen(pg_server, database, login, pid) for who, login in logins.items()}
    assert before == {"chef": total, "officer": total, "attester": total, "outsider": 0, "reader": 0}
    with psycopg.connect(host=str(pg_server.socket_dir), dbname=database, user=logins["outsider"],
                         password="hemligt-123") as conn:  # nor can the outsider write one in
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO tenders (procurement_id, supplier_name, received_at, awarded) "
                         "VALUES (%s, 'Smygbolaget AB', now(), false)", (pid,))

    with plain(url) as conn:  # the award decision is sent
        conn.execute("INSERT INTO procurement_stages (procurement_id, stage, actual_on) VALUES (?, 'award_decision', "
                     "current_date) ON CONFLICT (procurement_id, stage) DO UPDATE SET actual_on = current_date", (pid,))
        conn.commit()
    after = {who: seen(pg_server, database, login, pid) for who, login in logins.items()}
    assert after == dict.fromkeys(logins, total)


def test_the_program_itself_sees_only_what_the_login_may(team):
    pg_server, database, url = team
    from stic_desktop.services.procurement import tenders
    from stic_desktop.services.workspace.database import open_database

    with plain(url) as conn:
        pid = conn.execute(
            "SELECT p.id FROM procurements p JOIN tenders t ON t.procurement_id = p.id WHERE p.stage = 'evaluation' "
            "ORDER BY p.id LIMIT 1").fetchone()[0]
    login = f"lasare_{uuid.uuid4().hex[:6]}"
    add_user(url, login, "läsbehörig")
    db = open_database(pg_server.url(database, user=login, password="hemligt-123"))
    try:
        assert tenders.tenders(db, pid) == []
    finally:
        db.close()


def test_the_offline_copy_holds_only_what_the_login_may_read(team, monkeypatch, tmp_path):
    pg_server, database, url = team
    from stic_desktop.errors import DatabaseUnavailable
    from stic_desktop.services.municipalities import municipalities
    from stic_desktop.services.workspace import team as team_service
    from stic_desktop.services.workspace.database import open_database

    monkeypatch.setenv("STIC_DESKTOP_DATA_DIR", str(tmp_path / "data"))
    with plain(url) as conn:
        secret = conn.execute("SELECT count(*) FROM tenders t WHERE NOT EXISTS (SELECT 1 FROM procurement_stages s "
                              "WHERE s.procurement_id = t.procurement_id AND s.stage = 'award_decision' "
                              "AND s.actual_on IS NOT NULL)").fetchone()[0]
        everything = conn.execute("SELECT count(*) FROM tenders").fetchone()[0]
        municipality_count = conn.execute("SELECT count(*) FROM municipalities").fetchone()[0]
    assert 0 < secret < everything
    login = f"lasare_{uuid.uuid4().hex[:6]}"
    add_user(url, login, "läsbehörig")
    db = open_database(pg_server.url(database, user=login, password="hemligt-123"))
    try:
        path = team_service.write_offline_copy(db)  # what the window does on exit in team mode
        team_service.write_offline_copy(db)  # replaced whole the next time
    finally:
        db.close()
    assert path.parent == tmp_path / "data" and (path.stat().st_mode & 0o077) == 0
    copy = team_service.open_offline_copy()
    try:
        assert copy.read_only and copy.offline_since is not None
        assert len(municipalities.list_municipalities(copy)) == municipality_count  # prints like the team database
        with plain(path) as conn:
            assert conn.execute("SELECT count(*) FROM tenders").fetchone()[0] == everything - secret
        with pytest.raises(DatabaseUnavailable, match="bara för läsning"):
            municipalities.import_county_municipalities(copy)
    finally:
        copy.close()
