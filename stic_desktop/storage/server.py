"""The team database on a PostgreSQL server (``--db postgresql://HOST/DBNAME``).

Opening is as careful as with a file: the server is reached and the schema revision read first; a
database the program does not understand (newer schema, foreign tables) is refused and left unchanged;
an unreachable server or a refused login becomes one Swedish sentence. Only then is it migrated (one
transaction, PostgreSQL's DDL is transactional) under an advisory lock, so two programs starting at
once do not both migrate.
"""

from __future__ import annotations

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError

from stic_desktop.errors import DatabaseRefused, DatabaseUnavailable
from stic_desktop.paths import TEAM_URL_SCHEMES
from stic_desktop.storage.reading import HEAD_REVISION, revision_number

MIGRATION_LOCK = 0x53544943  # pg_advisory_xact_lock key while migrating ("STIC")
CONNECT_TIMEOUT_S = 10


def is_server_url(location: object) -> bool:
    """True for ``postgresql://...`` (the team database), False for a file path."""
    return isinstance(location, str) and location.lower().startswith(TEAM_URL_SCHEMES)


def parse_url(location: str) -> URL:
    try:
        url = make_url(location)
    except ArgumentError:
        raise DatabaseRefused(f"Adressen {location} är ingen giltig databasadress (postgresql://SERVER/DATABAS).") from None
    if not url.database:
        raise DatabaseRefused(f"Adressen {display_url(location)} saknar databasens namn (postgresql://SERVER/DATABAS).")
    return url.set(drivername="postgresql+psycopg")


def display_url(location: str | URL) -> str:
    """The address without its password, for titles, messages and logs."""
    try:
        url = make_url(location) if isinstance(location, str) else location
    except ArgumentError:
        return str(location).split("@")[-1]
    user = _user(url)
    port = f":{url.port}" if url.port else ""
    if url.host or not url.query.get("host"):
        return f"postgresql://{user + '@' if user else ''}{url.host or ''}{port}/{url.database or ''}"
    return f"postgresql:///{url.database or ''}?host={_server_name(url)}{'&user=' + user if user else ''}"


def _user(url: URL) -> str:
    user = url.username or url.query.get("user") or ""
    return ",".join(user) if isinstance(user, tuple) else user


def _server_name(url: URL) -> str:
    host = url.host or url.query.get("host") or "den lokala servern"
    return str(host) if not isinstance(host, tuple) else ", ".join(host)


def explain_connection_error(url: URL, exc: BaseException) -> str:
    """One Swedish sentence for a failed connection: login refused, database missing, or server not reached."""
    message = str(getattr(exc, "orig", exc) or exc).lower()
    database = url.database
    if "gssapi" in message or "sspi" in message or "kerberos" in message:
        return (f"Inloggningen med Windows/Kerberos till teamdatabasen {database} misslyckades (användare "
                f"{_user(url) or 'din Windows-inloggning'}). Kontrollera att du är inloggad i domänen, eller logga "
                "in med användarnamn och lösenord. Inget ändrades.")
    if "password authentication failed" in message or "no password supplied" in message \
            or ("role" in message and "does not exist" in message) or "authentication failed" in message:
        return (f"Inloggningen till teamdatabasen {database} misslyckades: fel användarnamn eller lösenord "
                f"(användare {_user(url) or 'standard'}). Inget ändrades.")
    if "database" in message and "does not exist" in message:
        return f"Teamdatabasen {database} finns inte på servern {_server_name(url)}. Kontrollera adressen eller kontakta IT."
    if "permission denied" in message or "not permitted to log in" in message or "pg_hba.conf" in message:
        return (f"Servern {_server_name(url)} släpper inte in användaren {_user(url) or 'standard'} i "
                f"teamdatabasen {database}. Kontakta IT.")
    return (f"Teamdatabasen {database} på {_server_name(url)} kunde inte nås (servern svarar inte). Kontrollera "
            "nätverket, eller öppna offlinekopian och försök igen senare. Inget ändrades.")


def make_server_engine(url: URL) -> Engine:
    args: dict[str, object] = {"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "STIC Desktop"}
    return create_engine(url, connect_args=args, pool_pre_ping=True)


def read_revision(engine: Engine, url: URL) -> str | None:
    """The schema revision, None for an empty database; refuses a database that is not STIC's."""
    try:
        with engine.connect() as conn:
            has_version = conn.execute(text("SELECT to_regclass('alembic_version') IS NOT NULL")).scalar()
            if not has_version:
                tables = conn.execute(text(
                    "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()")).scalar()
                if tables:
                    raise DatabaseRefused(
                        f"Teamdatabasen {display_url(url)} kan inte öppnas: den innehåller tabeller men ingen "
                        "schemaversion och är inte en STIC-databas. Den lämnades orörd.")
                return None
            row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    except OperationalError as exc:
        raise DatabaseUnavailable(explain_connection_error(url, exc)) from None
    if row is None:
        raise DatabaseRefused(f"Teamdatabasen {display_url(url)} kan inte öppnas: schemaversionen saknas "
                              "(tabellen alembic_version är tom). Den lämnades orörd.")
    return row[0]


def refuse_newer(url: URL, revision: str) -> None:
    number = revision_number(revision)
    if number is None or number > int(HEAD_REVISION):
        raise DatabaseRefused(
            f"Teamdatabasen {display_url(url)} kan inte öppnas: den har uppgraderats av en nyare version av "
            f"STIC Desktop (schema {revision}, programmet känner till {HEAD_REVISION}). Uppdatera programmet. "
            "Inget ändrades.")


def migrate_server(engine: Engine, url: URL, target: str = "head") -> None:
    """Upgrade in one transaction, holding an advisory lock; the revision is read again under the lock."""
    from alembic import command  # deferred: only needed when a migration is due

    from stic_desktop.storage.migrations import alembic_config

    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK})
            connection.commit()
            try:
                config = alembic_config()
                config.attributes["connection"] = connection
                config.attributes["after_upgrade"] = _grant_again
                command.upgrade(config, target)
            finally:
                connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK})
                connection.commit()
    except OperationalError as exc:
        raise DatabaseUnavailable(explain_connection_error(url, exc)) from None
    except DBAPIError as exc:
        raise DatabaseRefused(f"Teamdatabasen {display_url(url)} kunde inte uppgraderas ({exc.orig}). "
                              "Inget ändrades.") from None


def _grant_again(connection) -> None:
    """After the migrations, in their transaction: the roles' grants and the tender policy on every table."""
    from stic_desktop.storage import roles  # deferred: psycopg's SQL composition

    roles.after_upgrade(connection)


def open_server(location: str, *, read_only: bool = False):
    """Open the team database (migrating it when it is older), or refuse with the reason; ``read_only``
    (list and exports): nothing is created or migrated."""
    from stic_desktop.storage.database import Database

    url = parse_url(location)
    engine = make_server_engine(url)
    try:
        revision = read_revision(engine, url)
        created = revision is None
        if revision is not None:
            refuse_newer(url, revision)
        if read_only and revision is None:
            raise DatabaseRefused(f"Teamdatabasen {display_url(url)} är tom (inga STIC-tabeller). Kör "
                                  "'stic-desktop server init' först. Den lämnades orörd.")
        if read_only and revision != HEAD_REVISION:
            raise DatabaseRefused(f"Teamdatabasen {display_url(url)} har en äldre schemaversion ({revision}, "
                                  f"programmet: {HEAD_REVISION}) och måste uppgraderas först. Den lämnades orörd.")
        if revision != HEAD_REVISION:
            migrate_server(engine, url)
    except BaseException:
        engine.dispose()
        raise
    return Database(None, engine, created=created, read_only=read_only, url=location)
