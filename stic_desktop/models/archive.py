"""Every document sent out, archived as the exact bytes sent, with who, when and what it belongs to."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from stic_desktop.models.base import Base, UTCDateTime


class ArchivedDocument(Base):
    __tablename__ = "archived_documents"
    __table_args__ = (Index("ix_archived_documents_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))  # invitation, minutes, award_decision, ...
    entity: Mapped[str] = mapped_column(String(50))  # the record it belongs to, as in the audit log
    entity_id: Mapped[int] = mapped_column(Integer)
    filename: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(ForeignKey("stored_files.sha256"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), index=True)
    note: Mapped[str] = mapped_column(Text, default="")
