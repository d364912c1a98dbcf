"""People: STIC staff, municipal contacts and everyone else the office works with.

Minimal for now (the current user is a STIC Person); the people issue extends it.
"""

from __future__ import annotations

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from stic_desktop.models.base import Base

ORGANISATION_KINDS = ("stic", "municipality", "adda", "other")


class Person(Base):
    __tablename__ = "persons"
    __table_args__ = (
        CheckConstraint("organisation_kind IN ('stic', 'municipality', 'adda', 'other')", name="organisation_kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200), default="")
    organisation_kind: Mapped[str] = mapped_column(String(20), default="other")
    municipality_id: Mapped[int | None] = mapped_column(ForeignKey("municipalities.id"), index=True)
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
