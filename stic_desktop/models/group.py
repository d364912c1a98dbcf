"""Groups (styrgrupp, arbetsgrupp, avtalsgrupper) and their memberships over time."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from stic_desktop.models.base import Base, Versioned

GROUP_KINDS = ("steering", "working", "contract")
ROLES = ("chair", "vice_chair", "member", "substitute", "secretary", "convener", "expert", "adjunct")


class Group(Versioned, Base):
    __tablename__ = "groups"
    __table_args__ = (CheckConstraint("kind IN ('steering', 'working', 'contract')", name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    subject_area: Mapped[str] = mapped_column(String(200), default="")  # matched against expertise tags
    min_experts: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Membership(Versioned, Base):
    """A person's seat in a group from one date to another (open-ended while to_date is empty)."""

    __tablename__ = "memberships"
    __table_args__ = (
        CheckConstraint(
            "role IN ('chair', 'vice_chair', 'member', 'substitute', 'secretary', 'convener', 'expert', 'adjunct')",
            name="role",
        ),
        CheckConstraint("to_date IS NULL OR to_date >= from_date", name="dates"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id"), index=True)
    role: Mapped[str] = mapped_column(String(20))
    municipality_id: Mapped[int | None] = mapped_column(ForeignKey("municipalities.id"), index=True)
    represents_other: Mapped[bool] = mapped_column(Boolean, default=False)
    from_date: Mapped[date] = mapped_column(Date)
    to_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
