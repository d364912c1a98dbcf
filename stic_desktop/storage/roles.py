"""The team database's roles: three group roles with grants, and one login role per staff member.

- ``regionchef``: everything, including the rule tables (time limits, thresholds, organisation settings);
- ``handläggare``: reads everything, writes everything but the rule tables;
- ``läsbehörig``: reads and prints, writes nothing (the database refuses it: no grants).

User administration (``add_user``/``remove_user``) runs on an administrator's connection (the owner of the
database or a role with CREATEROLE), the one that ran ``server init``.
"""

from __future__ import annotations

from collections.abc import Sequence

from psycopg import sql
from sqlalchemy import Connection, text

from stic_desktop.errors import UserError

REGIONAL_MANAGER, OFFICER, READER = "regionchef", "handläggare", "läsbehörig"
GROUP_ROLES = (REGIONAL_MANAGER, OFFICER, READER)
RULE_TABLES = ("deadline_rules", "procurement_thresholds", "organisation_settings")


def _run(connection: Connection, statement: sql.Composable) -> None:
    raw = connection.connection.driver_connection  # psycopg: identifiers and literals quoted by psycopg.sql
    connection.exec_driver_sql(statement.as_string(raw))


def _role_exists(connection: Connection, name: str) -> bool:
    return bool(connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first())


def _tables(connection: Connection) -> list[str]:
    return [row[0] for row in connection.execute(text(
        "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema() ORDER BY tablename"))]


def set_up_roles(connection: Connection) -> list[str]:
    """Creates the group roles that are missing and (re)grants their rights on every table and sequence;
    safe to run again. Returns the roles it created."""
    created = []
    for role in GROUP_ROLES:
        if not _role_exists(connection, role):
            _run(connection, sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(role)))
            created.append(role)
    database = connection.execute(text("SELECT current_database()")).scalar_one()
    schema = connection.execute(text("SELECT current_schema()")).scalar_one()
    everyone = sql.SQL(", ").join(sql.Identifier(r) for r in GROUP_ROLES)
    writers = sql.SQL(", ").join(sql.Identifier(r) for r in (REGIONAL_MANAGER, OFFICER))
    _run(connection, sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(sql.Identifier(database), everyone))
    _run(connection, sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(sql.Identifier(schema), everyone))
    for table in _tables(connection):
        name = sql.Identifier(table)
        _run(connection, sql.SQL("REVOKE ALL ON TABLE {} FROM {}").format(name, everyone))
        _run(connection, sql.SQL("GRANT SELECT ON TABLE {} TO {}").format(name, everyone))
        if table == "alembic_version":
            continue
        grantees = sql.Identifier(REGIONAL_MANAGER) if table in RULE_TABLES else writers
        _run(connection, sql.SQL("GRANT INSERT, UPDATE, DELETE ON TABLE {} TO {}").format(name, grantees))
    _run(connection, sql.SQL("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {} TO {}").format(
        sql.Identifier(schema), writers))
    return created


def group_of(connection: Connection, login: str) -> str | None:
    """The STIC group role ``login`` is a member of (the most powerful one), or None."""
    rows = {row[0] for row in connection.execute(text(
        "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :login"), {"login": login})}
    return next((role for role in GROUP_ROLES if role in rows), None)


def current_group(connection: Connection) -> str | None:
    """The STIC group of the logged-in role; an administrator (owner or superuser) counts as regionchef."""
    login = connection.execute(text("SELECT current_user")).scalar_one()
    group = group_of(connection, login)
    if group is not None:
        return group
    admin = connection.execute(text(
        "SELECT rolsuper OR rolcreaterole OR pg_has_role(current_user, "
        "(SELECT datdba FROM pg_database WHERE datname = current_database()), 'MEMBER') "
        "FROM pg_roles WHERE rolname = current_user")).scalar()
    return REGIONAL_MANAGER if admin else None


def add_user(connection: Connection, name: str, role: str, password: str | None) -> bool:
    """Creates the login role ``name`` in group ``role`` (or moves an existing STIC user to it and sets the new
    password). True when it was created."""
    if role not in GROUP_ROLES:
        raise UserError(f"Okänd roll ”{role}”. Välj {', '.join(GROUP_ROLES)}.")
    if not name or len(name.encode()) > 63:
        raise UserError("Användarnamnet måste vara 1–63 byte långt.")
    if name in GROUP_ROLES:
        raise UserError(f"”{name}” är namnet på en roll, inte på en användare. Välj ett annat användarnamn.")
    exists = _role_exists(connection, name)
    if exists and group_of(connection, name) is None:
        raise UserError(f"Databasrollen ”{name}” finns redan men är ingen STIC-användare. Välj ett annat namn.")
    user = sql.Identifier(name)
    secret = sql.SQL(" PASSWORD {}").format(sql.Literal(password)) if password else sql.SQL("")
    if exists:
        _run(connection, sql.SQL("ALTER ROLE {} LOGIN").format(user) + secret)
    else:
        _run(connection, sql.SQL("CREATE ROLE {} LOGIN").format(user) + secret)
    for group in GROUP_ROLES:
        if group != role:
            _run(connection, sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(group), user))
    _run(connection, sql.SQL("GRANT {} TO {}").format(sql.Identifier(role), user))
    return not exists


def remove_user(connection: Connection, name: str) -> None:
    """Drops a STIC login role (never another role of the server)."""
    if name in GROUP_ROLES or not _role_exists(connection, name) or group_of(connection, name) is None:
        raise UserError(f"Det finns ingen STIC-användare ”{name}” på servern. Inget ändrades.")
    _run(connection, sql.SQL("DROP ROLE {}").format(sql.Identifier(name)))


def users(connection: Connection) -> Sequence[tuple[str, str]]:
    """(login, group) of every STIC user, by name."""
    rows = connection.execute(text(
        "SELECT u.rolname, g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        "JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = ANY(:groups) AND u.rolcanlogin ORDER BY u.rolname"),
        {"groups": list(GROUP_ROLES)})
    return [(login, group) for login, group in rows]


def current_login(connection: Connection) -> str:
    return connection.execute(text("SELECT current_user")).scalar_one()
