"""``server init | add-user | remove-user | move-in`` and ``backup`` of the team database, against the session's
throwaway PostgreSQL server; logins with real passwords (the server asks every role but the tests' superuser)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import uuid
from contextlib import closing
from dataclasses import replace

import psycopg
import pytest
from backend_tools import plain
from backend_tools import row_counts as team_counts
from clitools import CHECKOUT, assert_one_error_line, row_counts, sha256

from stic_desktop.storage.reading import HEAD_REVISION


@pytest.fixture
def team(pg_server) -> str:
    """An empty database (not migrated yet): what IT hands over for ``server init``."""
    name = pg_server.create()
    yield pg_server.url(name)
    pg_server.drop(name)


def add_user(cli_url: str, name: str, role: str, password: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "stic_desktop", "server", "add-user", name, "--role", role,
                           "--db", cli_url], input=password + "\n", cwd=CHECKOUT, capture_output=True, text=True,
                          encoding="utf-8", timeout=300)


def login_url(pg_server, database_url: str, user: str, password: str) -> str:
    name = database_url.split("///")[1].split("?")[0]
    return pg_server.url(name, user=user, password=password)


def unique(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:8]}"  # roles belong to the whole server, not one database


def test_init_makes_schema_and_roles_and_can_run_again(cli, team):
    first = cli("server", "init", "--db", team)
    assert first.returncode == 0, first.stderr
    again = cli("server", "init", "--db", team)
    assert again.returncode == 0 and "fanns redan" in again.stdout, again.stderr
    with plain(team) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
        roles = {r[0] for r in conn.execute("SELECT rolname FROM pg_roles WHERE NOT rolcanlogin").fetchall()}
        assert {"regionchef", "handläggare", "läsbehörig"} <= roles
        grants = set(conn.execute(
            "SELECT grantee, privilege_type FROM information_schema.role_table_grants "
            "WHERE table_name = 'deadline_rules'").fetchall())
    assert ("regionchef", "UPDATE") in grants and ("handläggare", "SELECT") in grants
    assert ("handläggare", "UPDATE") not in grants and ("läsbehörig", "INSERT") not in grants


def test_users_log_in_with_their_password_and_a_reader_cannot_write(cli, team, pg_server):
    assert cli("server", "init", "--db", team).returncode == 0
    officer, reader = unique("anna"), unique("lasse")
    assert add_user(team, officer, "handläggare", "hemligt-123").returncode == 0
    assert add_user(team, reader, "läsbehörig", "hemligt-456").returncode == 0
    listed = cli("server", "users", "--db", team)
    assert f"{officer}\thandläggare" in listed.stdout and f"{reader}\tläsbehörig" in listed.stdout

    wrong = cli("list", "municipalities", "--db", login_url(pg_server, team, officer, "fel-lösen"))
    assert_one_error_line(wrong, "Inloggningen", "fel användarnamn eller lösenord")

    as_officer = login_url(pg_server, team, officer, "hemligt-123")
    from stic_desktop.errors import DatabaseUnavailable
    from stic_desktop.services.municipalities import municipalities
    from stic_desktop.services.workspace.database import open_database

    db = open_database(as_officer)
    try:
        municipalities.import_county_municipalities(db)  # an officer writes
    finally:
        db.close()
    with plain(team) as conn:
        assert conn.execute("SELECT count(*) FROM municipalities").fetchone()[0] == 26
        assert {r[0] for r in conn.execute("SELECT DISTINCT login FROM audit_log").fetchall()} == {officer}

    db = open_database(login_url(pg_server, team, reader, "hemligt-456"))
    try:
        assert len(municipalities.list_municipalities(db)) == 26  # a reader reads
        record = municipalities.list_municipalities(db)[0]
        with pytest.raises(DatabaseUnavailable, match="behörighet"):  # ... and the database refuses a write
            municipalities.save_municipality(db, replace(record.as_input(), invoicing_reference="Ref 1"), record.id)
    finally:
        db.close()

    with plain(team) as conn:  # nothing of the refused write landed
        assert conn.execute("SELECT count(*) FROM municipalities WHERE invoicing_reference = 'Ref 1'").fetchone()[0] == 0
    removed = cli("server", "remove-user", reader, "--db", team)
    assert removed.returncode == 0, removed.stderr
    gone = cli("list", "municipalities", "--db", login_url(pg_server, team, reader, "hemligt-456"))
    assert_one_error_line(gone, "Inloggningen")
    assert_one_error_line(cli("server", "remove-user", "postgres", "--db", team), "ingen STIC-användare")


def test_unreachable_server_and_missing_database_are_one_line(cli, tmp_path, pg_server):
    down = cli("list", "municipalities", "--db", f"postgresql:///stic?host={tmp_path}&user=postgres")
    assert_one_error_line(down, "kunde inte nås")
    missing = cli("list", "municipalities", "--db", pg_server.url("finns_inte"))
    assert_one_error_line(missing, "finns inte på servern")


def test_a_newer_team_schema_is_refused_and_left_unchanged(cli, team):
    assert cli("server", "init", "--db", team).returncode == 0
    with plain(team) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999'")
        conn.commit()
    before = team_counts(team)
    for args in (("list", "municipalities"), ("seed-demo",), ("server", "init")):
        assert_one_error_line(cli(*args, "--db", team), "nyare version", "0999")
    assert team_counts(team) == before


def test_move_in_copies_every_row_and_prints_matching_counts(cli, team, tmp_path):
    source = tmp_path / "ensam.sqlite3"
    assert cli("seed-demo", "--db", source).returncode == 0
    digest, file_counts = sha256(source), row_counts(source)
    moved = cli("server", "move-in", source, "--db", team)
    assert moved.returncode == 0, moved.stderr
    assert "radantalen stämmer" in moved.stdout
    summary = moved.stdout.splitlines()[-2].split()
    assert summary[0] == "Summa" and summary[1] == summary[2]
    assert team_counts(team) == file_counts and sha256(source) == digest  # the file itself is untouched
    with plain(team) as conn:  # attachments and archived documents came along byte for byte
        team_files = dict(conn.execute("SELECT sha256, data FROM stored_files").fetchall())
    with closing(sqlite3.connect(source)) as conn:
        assert {k: bytes(v) for k, v in team_files.items()} == dict(conn.execute("SELECT sha256, data FROM stored_files"))
    with plain(team) as conn:  # the planner has statistics at once (ANALYZE after the bulk load)
        analysed = dict(conn.execute("SELECT relname, last_analyze IS NOT NULL FROM pg_stat_user_tables").fetchall())
    assert analysed["meetings"] and analysed["sales_reports"] and all(analysed.values())
    # ids continue after the moved rows
    listed = cli("list", "municipalities", "--db", team, "--json")
    assert listed.returncode == 0 and len(listed.stdout) > 100

    again = cli("server", "move-in", source, "--db", team)
    assert_one_error_line(again, "innehåller redan uppgifter", "Inget ändrades")
    assert team_counts(team) == file_counts


def test_move_in_refuses_a_corrupt_or_newer_file_and_changes_nothing(cli, team, tmp_path):
    assert cli("server", "init", "--db", team).returncode == 0
    before = team_counts(team)
    corrupt = tmp_path / "trasig.sqlite3"
    corrupt.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    assert_one_error_line(cli("server", "move-in", corrupt, "--db", team), str(corrupt))
    newer = tmp_path / "nyare.sqlite3"
    assert cli("seed-demo", "--db", newer).returncode == 0
    with closing(sqlite3.connect(newer)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999'")
        conn.commit()
    assert_one_error_line(cli("server", "move-in", newer, "--db", team), "nyare version")
    assert team_counts(team) == before


def test_backup_of_the_team_database_is_a_sqlite_copy_with_every_row(cli, demo_file, tmp_path, backend):
    if backend != "postgresql":
        pytest.skip("the file's own backup is tested in test_maintenance")
    target = tmp_path / "kopia.sqlite3"
    made = cli("backup", "--db", demo_file, "-o", target)
    assert made.returncode == 0, made.stderr
    copied = row_counts(target)
    assert {t: n for t, n in copied.items() if t != "alembic_version"} == {
        t: n for t, n in team_counts(demo_file).items() if t != "alembic_version"}
    assert cli("check", "--db", target).returncode == 0
    assert (target.stat().st_mode & 0o077) == 0  # owner-only: it holds everything
    # an existing file (here a database) is never overwritten
    assert_one_error_line(cli("backup", "--db", demo_file, "-o", target), str(target), "Inget sparades")


def test_roles_are_real_logins(pg_server, team, cli):
    assert cli("server", "init", "--db", team).returncode == 0
    name = unique("sara")
    assert add_user(team, name, "regionchef", "hemligt-789").returncode == 0
    name_db = team.split("///")[1].split("?")[0]
    with psycopg.connect(host=str(pg_server.socket_dir), user=name, password="hemligt-789", dbname=name_db) as conn:
        assert conn.execute("SELECT current_user").fetchone()[0] == name
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(host=str(pg_server.socket_dir), user=name, password="fel", dbname=name_db)
