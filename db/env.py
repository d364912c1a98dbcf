"""Alembic environment: runs on the connection the program hands over (SQLite: foreign keys off;
PostgreSQL: the team database).

The whole upgrade is one transaction; a foreign_key_check runs before it commits, so a batch
table copy that lost or orphaned child rows rolls back instead of landing.
"""

from alembic import context

from stic_desktop.models import Base

config = context.config
target_metadata = Base.metadata


class ForeignKeyViolation(RuntimeError):
    pass


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        from stic_desktop.storage.database import make_engine

        url = config.get_main_option("sqlalchemy.url")
        engine = make_engine(url.removeprefix("sqlite:///"), foreign_keys=False)
        with engine.connect() as connection:
            _run(connection)
        engine.dispose()
    else:
        _run(connection)


def _run(connection) -> None:
    # One transaction for the whole upgrade (SQLite's and PostgreSQL's DDL are transactional): all revisions
    # or none. Batch mode (copy the table) only where ALTER TABLE cannot do it: SQLite.
    sqlite = connection.dialect.name == "sqlite"
    context.configure(
        connection=connection, target_metadata=target_metadata, render_as_batch=sqlite, transactional_ddl=True
    )
    with connection.begin():
        context.run_migrations()
        after_upgrade = config.attributes.get("after_upgrade")  # the team database: grants and policies again
        if after_upgrade is not None:
            after_upgrade(connection)
        if sqlite:  # PostgreSQL checks foreign keys itself, on every statement
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise ForeignKeyViolation(f"Migration left broken references: {problems[:10]}")


if context.is_offline_mode():
    raise SystemExit("Offline (SQL script) migrations are not supported.")
run_migrations_online()
