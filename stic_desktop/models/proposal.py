"""Workshops and the proposal list (förslagslista): where coordinated procurements start."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from stic_desktop.models.base import Base, Money, Versioned

WORKSHOP_AREAS = ("social", "technical")
PROPOSAL_AREAS = ("social", "technical", "other")
PROPOSAL_ORIGINS = ("workshop", "working_group", "municipality")
PROPOSAL_STATUSES = ("new", "discussion", "prioritised", "decided", "rejected", "dormant")


class Workshop(Versioned, Base):
    __tablename__ = "workshops"
    __table_args__ = (CheckConstraint("area IN ('social', 'technical')", name="area"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    held_on: Mapped[date] = mapped_column(Date, index=True)
    area: Mapped[str] = mapped_column(String(20))
    place: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class WorkshopParticipant(Base):
    __tablename__ = "workshop_participants"
    __table_args__ = (UniqueConstraint("workshop_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshops.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)


class Proposal(Versioned, Base):
    __tablename__ = "proposals"
    __table_args__ = (
        CheckConstraint("area IN ('social', 'technical', 'other')", name="area"),
        CheckConstraint("origin IN ('workshop', 'working_group', 'municipality')", name="origin"),
        CheckConstraint(
            "status IN ('new', 'discussion', 'prioritised', 'decided', 'rejected', 'dormant')", name="status"
        ),
        CheckConstraint("priority_rank IS NULL OR priority_rank > 0", name="priority_rank"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    area: Mapped[str] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(Text, default="")
    origin: Mapped[str] = mapped_column(String(20))
    workshop_id: Mapped[int | None] = mapped_column(ForeignKey("workshops.id", ondelete="SET NULL"), index=True)
    origin_municipality_id: Mapped[int | None] = mapped_column(ForeignKey("municipalities.id"), index=True)
    proposer_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), default="new")
    priority_rank: Mapped[int | None] = mapped_column(Integer)  # set by the working group; 1 is first
    created_on: Mapped[date] = mapped_column(Date)
    status_changed_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")


class ProposalInterest(Base):
    """A municipality interested in a proposal, with its estimated yearly volume (integer öre)."""

    __tablename__ = "proposal_interests"
    __table_args__ = (
        UniqueConstraint("proposal_id", "municipality_id"),
        CheckConstraint("yearly_volume_ore >= 0", name="volume"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    proposal_id: Mapped[int] = mapped_column(ForeignKey("proposals.id", ondelete="CASCADE"), index=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipalities.id"), index=True)
    yearly_volume_ore: Mapped[int] = mapped_column(Money, default=0)


class ProposalAgendaLink(Base):
    """An agenda item (and through it the meeting and its decision) that discussed a proposal."""

    __tablename__ = "proposal_agenda_links"
    __table_args__ = (UniqueConstraint("proposal_id", "agenda_item_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    proposal_id: Mapped[int] = mapped_column(ForeignKey("proposals.id", ondelete="CASCADE"), index=True)
    agenda_item_id: Mapped[int] = mapped_column(ForeignKey("agenda_items.id", ondelete="CASCADE"), index=True)
