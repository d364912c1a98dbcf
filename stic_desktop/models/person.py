"""People: STIC staff, municipal contacts, SKL Kommentus/Adda and everyone else the office works with."""

from __future__ import annotations

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from stic_desktop.models.base import Base, Versioned

ORGANISATION_KINDS = ("stic", "municipality", "adda", "other")


class Person(Versioned, Base):
    __tablename__ = "persons"
    __table_args__ = (
        CheckConstraint("organisation_kind IN ('stic', 'municipality', 'adda', 'other')", name="organisation_kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200), default="")
    organisation_kind: Mapped[str] = mapped_column(String(20), default="other")
    municipality_id: Mapped[int | None] = mapped_column(ForeignKey("municipalities.id"), index=True)
    other_organisation: Mapped[str] = mapped_column(String(200), default="")  # for organisation_kind "other"
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    anonymised: Mapped[bool] = mapped_column(Boolean, default=False)

    expertise: Mapped[list[PersonExpertise]] = relationship(
        cascade="all, delete-orphan", order_by="PersonExpertise.tag", lazy="selectin"
    )


class PersonExpertise(Base):
    """A free tag such as "livsmedel", "IT", "hemtjänst"; matched case-insensitively."""

    __tablename__ = "person_expertise"

    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True)
    tag: Mapped[str] = mapped_column(String(100), primary_key=True)
