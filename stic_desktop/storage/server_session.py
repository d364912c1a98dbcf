"""What a failed write on the team database means, in one Swedish sentence, and vacuuming there."""

from __future__ import annotations

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from stic_desktop.errors import DatabaseUnavailable


def _sqlstate(exc: DBAPIError) -> str:
    return getattr(exc.orig, "sqlstate", None) or ""


def server_write_error(exc: DBAPIError) -> DatabaseUnavailable | None:
    """A user-facing error for what the server refused or lost; None for a bug (it is raised as it is)."""
    state = _sqlstate(exc)
    if state == "42501":  # insufficient_privilege: the role may not do this (grants, row-level security)
        return DatabaseUnavailable("Din inloggning har inte behörighet att göra den här ändringen i teamdatabasen. "
                                   "Inget ändrades.")
    if state == "25006":  # read_only_sql_transaction
        return DatabaseUnavailable("Teamdatabasen är skrivskyddad just nu. Inget ändrades.")
    if state in ("40001", "40P01"):  # serialization failure, deadlock
        return DatabaseUnavailable("En kollega ändrade samma uppgifter samtidigt. Försök igen. Inget ändrades.")
    if state == "55P03":  # lock_not_available
        return DatabaseUnavailable("Uppgifterna är låsta av en kollega just nu. Försök igen om en stund. Inget ändrades.")
    if state.startswith("08") or state.startswith("57P") or exc.connection_invalidated or not state:
        return DatabaseUnavailable("Anslutningen till teamdatabasen bröts. Inget ändrades; försök igen när servern "
                                   "går att nå.")
    return None


def vacuum_server(engine: Engine) -> bool:
    """VACUUM FULL of the tables this role owns (rewritten without dead rows); False when any table is another
    role's (it cannot be vacuumed from here)."""
    with engine.connect() as conn:
        conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        owned = conn.execute(text(
            "SELECT tablename, tableowner = current_user FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"
        )).all()
        for table, mine in owned:
            if mine:
                conn.exec_driver_sql(f'VACUUM FULL "{table}"')
    return all(mine for _table, mine in owned)
