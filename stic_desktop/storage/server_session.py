"""What a failed write on the team database means, in one Swedish sentence, and vacuuming there."""

from __future__ import annotations

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from stic_desktop.errors import DatabaseBusy, DatabaseUnavailable


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
    if state in ("40001", "40P01"):  # serialization failure, deadlock: worth running again (transaction.retrying)
        return DatabaseBusy("En kollega ändrade samma uppgifter samtidigt. Försök igen. Inget ändrades.")
    if state == "55P03":  # lock_not_available
        return DatabaseBusy("Uppgifterna är låsta av en kollega just nu. Försök igen om en stund. Inget ändrades.")
    return server_lost(exc)


def server_lost(exc: DBAPIError) -> DatabaseUnavailable | None:
    """The connection to the server went (network, restart, shutdown): one sentence for reads and writes alike."""
    state = _sqlstate(exc)
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


CHANNEL = "stic_changes"


def notify_changes(sessions) -> None:
    """Each committed write on the team database tells the other windows which kinds of record changed
    (the audit log's entity names, e.g. "meeting,procurement") with NOTIFY on ``stic_changes``, sent inside
    the write transaction, so it arrives only if the change was committed."""
    from sqlalchemy import event

    from stic_desktop.models import AuditEntry

    @event.listens_for(sessions, "after_flush")
    def collect(session, _context) -> None:
        kinds = session.info.setdefault("stic_changed", set())
        kinds.update(obj.entity for obj in session.new if isinstance(obj, AuditEntry))

    @event.listens_for(sessions, "before_commit")
    def send(session) -> None:
        session.flush()
        kinds = session.info.pop("stic_changed", set())
        if kinds:
            session.execute(text("SELECT pg_notify(:channel, :payload)"),
                            {"channel": CHANNEL, "payload": ",".join(sorted(kinds))[:7900]})

    @event.listens_for(sessions, "after_rollback")
    def forget(session) -> None:
        session.info.pop("stic_changed", None)


def listen(url: str, on_change, stop) -> None:
    """Calls ``on_change(kinds)`` for every change another connection commits, until ``stop.is_set()``; runs in
    a worker thread on a connection of its own. A lost connection is retried every few seconds."""
    import time

    import psycopg

    from stic_desktop.storage.server import parse_url

    url_obj = parse_url(url)
    params = {k: (v[0] if isinstance(v, tuple) else v) for k, v in url_obj.query.items()}
    for key, value in (("host", url_obj.host), ("port", url_obj.port), ("user", url_obj.username),
                       ("password", url_obj.password)):
        if value:
            params[key] = value
    while not stop.is_set():
        try:
            with psycopg.connect(dbname=url_obj.database, autocommit=True, **params) as conn:
                conn.execute(f"LISTEN {CHANNEL}")
                while not stop.is_set():
                    for note in conn.notifies(timeout=0.5, stop_after=1):
                        on_change(frozenset(filter(None, note.payload.split(","))))
        except psycopg.OperationalError:
            time.sleep(3)
