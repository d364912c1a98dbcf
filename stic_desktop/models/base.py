"""Declarative base shared by every model, with constraint names Alembic can rely on."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import BigInteger, DateTime, Integer, MetaData
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Versioned:
    """A record users edit in a form: ``row_version`` goes up by one with every UPDATE (SQLAlchemy's
    ``version_id_col``), and an UPDATE whose row changed since it was loaded matches no row and is refused.
    The services compare it with the version the form was loaded with, so saving over someone else's newer
    change is refused with who and when, instead of silently losing it."""

    row_version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:
        return {"version_id_col": cls.__table__.c.row_version}


VERSIONED_TABLES = (
    "municipalities", "persons", "groups", "memberships", "meetings", "agenda_items", "action_items",
    "procurements", "tenders", "suppliers", "framework_agreements", "workshops", "proposals",
    "commission_rate_decisions", "budget_lines", "procurement_thresholds", "deadline_rules",
)  # migration 0009 adds the column to exactly these; tests/test_versioning.py keeps the list and the models equal
# Amounts in öre: SQLite's INTEGER is 64-bit already; PostgreSQL's is 32-bit (max 21 million kronor), so
# there it is BIGINT (migration 0008).
Money = Integer().with_variant(BigInteger(), "postgresql")


class UTCDateTime(TypeDecorator):
    """Stored as naive UTC (portable to SQLite and PostgreSQL), always returned timezone-aware."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("UTCDateTime needs a timezone-aware datetime")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=timezone.utc)
