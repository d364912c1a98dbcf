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
    """Creates the group roles that are missing and (re)grants their rights on the database, every table and
    sequence, and on the tables later migrations create; safe to run again. Returns the roles it created."""
    created = []
    for role in GROUP_ROLES:
        if not _role_exists(connection, role):
            _run(connection, sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(role)))
            created.append(role)
    database = connection.execute(text("SELECT current_database()")).scalar_one()
    schema = connection.execute(text("SELECT current_schema()")).scalar_one()
    everyone = sql.SQL(", ").join(sql.Identifier(r) for r in GROUP_ROLES)
    _run(connection, sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(sql.Identifier(database), everyone))
    _run(connection, sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(sql.Identifier(schema), everyone))
    grant_tables(connection)
    return created


def grant_tables(connection: Connection) -> None:
    """The group roles' rights on every table and sequence, the default privileges that give a table or
    sequence a later migration creates the same rights at once, and the tender-secrecy policy; safe to run again.

    Also run after every upgrade of an initialised team database (``after_upgrade``), in the upgrade's own
    transaction: a table a migration made, or made anew, never lands without its grants and policies, and one
    with rights of its own (a rule table) gets them, whoever migrates."""
    schema = sql.Identifier(connection.execute(text("SELECT current_schema()")).scalar_one())
    everyone = sql.SQL(", ").join(sql.Identifier(r) for r in GROUP_ROLES)
    writers = sql.SQL(", ").join(sql.Identifier(r) for r in (REGIONAL_MANAGER, OFFICER))
    for table in _tables(connection):
        name = sql.Identifier(table)
        _run(connection, sql.SQL("REVOKE ALL ON TABLE {} FROM {}").format(name, everyone))
        _run(connection, sql.SQL("GRANT SELECT ON TABLE {} TO {}").format(name, everyone))
        if table in ("alembic_version", "team_logins"):  # user administration: the administrator only
            continue
        grantees = sql.Identifier(REGIONAL_MANAGER) if table in RULE_TABLES else writers
        _run(connection, sql.SQL("GRANT INSERT, UPDATE, DELETE ON TABLE {} TO {}").format(name, grantees))
    _run(connection, sql.SQL("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {} TO {}").format(schema, writers))
    _run(connection, sql.SQL("REVOKE INSERT, UPDATE, DELETE ON TABLE team_logins FROM {}").format(writers))
    # Tables are created by whoever migrates: this login, or the database's owner when this is a superuser.
    creators = [row[0] for row in connection.execute(text(
        "SELECT rolname FROM pg_roles WHERE (rolname = current_user OR oid = (SELECT datdba FROM pg_database "
        "WHERE datname = current_database())) AND pg_has_role(current_user, oid, 'MEMBER') ORDER BY rolname"))]
    for creator in creators:
        defaults = sql.SQL("ALTER DEFAULT PRIVILEGES FOR ROLE {} IN SCHEMA {} ").format(sql.Identifier(creator), schema)
        _run(connection, defaults + sql.SQL("GRANT SELECT ON TABLES TO {}").format(everyone))
        _run(connection, defaults + sql.SQL("GRANT INSERT, UPDATE, DELETE ON TABLES TO {}").format(writers))
        _run(connection, defaults + sql.SQL("GRANT USAGE, SELECT ON SEQUENCES TO {}").format(writers))
    set_up_policies(connection)


def initialised(connection: Connection) -> bool:
    """``server init`` has run on this database: the group roles exist and read its tables."""
    if not all(_role_exists(connection, role) for role in GROUP_ROLES):
        return False
    return bool(connection.execute(text(
        "SELECT to_regclass('alembic_version') IS NOT NULL "
        "AND has_table_privilege(:reader, 'alembic_version', 'SELECT')"), {"reader": READER}).scalar())


def after_upgrade(connection: Connection) -> None:
    """Called inside the upgrade's transaction (storage.server.migrate_server): an initialised team database
    gets its grants and policies again, so the tables the migrations created are usable and secret at once."""
    if initialised(connection):
        grant_tables(connection)


# Tender secrecy (OSL 19 kap. 3 §): until the award decision is sent, a procurement's tender rows (supplier,
# price, score, ranking) are visible only to the regional manager, the procurement's responsible officer and
# its named attesters; the database enforces it (row-level security), so a plain psql session sees no more.
# The owner (IT's administrator role) is not subject to it.
TENDER_POLICY = """
CREATE OR REPLACE FUNCTION stic_may_see_tenders(procurement integer) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT pg_has_role(current_user, 'regionchef', 'MEMBER')
        OR EXISTS (SELECT 1 FROM procurement_stages s WHERE s.procurement_id = procurement
                   AND s.stage = 'award_decision' AND s.actual_on IS NOT NULL)
        OR EXISTS (SELECT 1 FROM procurements p
                   JOIN team_logins l ON l.login = current_user
                   JOIN persons me ON me.id = l.person_id
                   WHERE p.id = procurement
                   AND (p.stage = 'cancelled' OR p.responsible_id = me.id
                        OR me.name = ANY (string_to_array(p.opening_attesters, E'\n'))))
$$;
ALTER TABLE tenders ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS tender_secrecy ON tenders;
CREATE POLICY tender_secrecy ON tenders USING (stic_may_see_tenders(procurement_id))
    WITH CHECK (stic_may_see_tenders(procurement_id));
"""


def set_up_policies(connection: Connection) -> None:
    """Row-level security on tenders (safe to run again)."""
    connection.exec_driver_sql(TENDER_POLICY)


def link_person(connection: Connection, login: str, person_id: int) -> None:
    """The staff member this login is (the audit log's person; tender secrecy)."""
    if connection.execute(text("SELECT 1 FROM persons WHERE id = :id"), {"id": person_id}).first() is None:
        raise UserError(f"Det finns ingen person med id {person_id}. Inget ändrades.")
    connection.execute(text("DELETE FROM team_logins WHERE login = :login"), {"login": login})
    connection.execute(text("INSERT INTO team_logins (login, person_id) VALUES (:login, :id)"),
                       {"login": login, "id": person_id})


def my_person(connection: Connection) -> int | None:
    return connection.execute(text("SELECT person_id FROM team_logins WHERE login = current_user")).scalar()


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
    connection.execute(text("DELETE FROM team_logins WHERE login = :login"), {"login": name})
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
