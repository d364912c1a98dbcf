"""Member municipalities of the cooperation (medlemskommuner)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from stic_desktop.models.base import Base, Versioned

MEMBERSHIP_STATUSES = ("member", "interested", "left")


class Municipality(Versioned, Base):
    __tablename__ = "municipalities"
    __table_args__ = (
        CheckConstraint("status IN ('member', 'interested', 'left')", name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_code: Mapped[str] = mapped_column(String(4), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    org_number: Mapped[str | None] = mapped_column(String(11))
    status: Mapped[str] = mapped_column(String(20), default="member")
    joined_on: Mapped[date | None] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date)
    postal_address: Mapped[str] = mapped_column(Text, default="")
    invoicing_reference: Mapped[str] = mapped_column(String(200), default="")
    switchboard_phone: Mapped[str] = mapped_column(String(50), default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
