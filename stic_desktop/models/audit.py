"""The audit log: who changed which record, when, from what to what."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import FetchedValue, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from stic_desktop.models.base import Base, UTCDateTime


class AuditEntry(Base):
    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"), index=True)
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(20))
    # JSON object {field: [old, new]}; values are JSON scalars (dates as ISO strings).
    changes: Mapped[str] = mapped_column(Text, default="{}")
    # The team database's logged-in role, filled in by the server (current_user); None in a file.
    login: Mapped[str | None] = mapped_column(String(63), server_default=FetchedValue())


class TeamLogin(Base):
    """Which staff member a team-database login is (``server add-user NAME --person ID``): the audit log's
    person and the tender secrecy policy (the procurement's responsible officer, the attesters) use it."""

    __tablename__ = "team_logins"

    login: Mapped[str] = mapped_column(String(63), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
