"""Meetings of the groups: invitees, agenda with attachments, minutes and action items."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from stic_desktop.models.base import Base, UTCDateTime, Versioned

MEETING_KINDS = ("regular", "extra", "workshop")
MEETING_STATUSES = ("draft", "invited", "held", "adjusted", "cancelled")
RSVP_VALUES = ("pending", "yes", "no", "substitute")
ATTENDANCE_VALUES = ("unknown", "present", "absent", "substitute")
ITEM_KINDS = ("information", "discussion", "decision")


class Meeting(Versioned, Base):
    __tablename__ = "meetings"
    __table_args__ = (
        CheckConstraint("kind IN ('regular', 'extra', 'workshop')", name="kind"),
        CheckConstraint("status IN ('draft', 'invited', 'held', 'adjusted', 'cancelled')", name="status"),
        CheckConstraint("ends_at > starts_at", name="times"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20), default="regular")
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    location: Mapped[str] = mapped_column(String(300), default="")
    online_link: Mapped[str] = mapped_column(String(1000), default="")
    status: Mapped[str] = mapped_column(String(20), default="draft")
    case_number: Mapped[str] = mapped_column(String(50), default="")
    uid: Mapped[str] = mapped_column(String(100), unique=True)  # stable calendar UID
    sequence: Mapped[int] = mapped_column(Integer, default=0)  # raised on every change sent out (.ics)
    chair_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), index=True)
    secretary_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), index=True)
    invitation_sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The day the invitation is planned to be sent, while it is not sent yet: the kallelse's own date.
    invitation_planned_on: Mapped[date | None] = mapped_column(Date)
    adjusted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    notes: Mapped[str] = mapped_column(Text, default="")


class Invitee(Base):
    __tablename__ = "meeting_invitees"
    __table_args__ = (
        UniqueConstraint("meeting_id", "person_id"),
        CheckConstraint("rsvp IN ('pending', 'yes', 'no', 'substitute')", name="rsvp"),
        CheckConstraint("attendance IN ('unknown', 'present', 'absent', 'substitute')", name="attendance"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)
    guest: Mapped[bool] = mapped_column(Boolean, default=False)
    rsvp: Mapped[str] = mapped_column(String(20), default="pending")
    rsvp_substitute_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), index=True)
    attendance: Mapped[str] = mapped_column(String(20), default="unknown")
    attendance_substitute_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), index=True)
    adjuster: Mapped[bool] = mapped_column(Boolean, default=False)  # justerare


class AgendaItem(Versioned, Base):
    __tablename__ = "agenda_items"
    __table_args__ = (CheckConstraint("kind IN ('information', 'discussion', 'decision')", name="kind"),
                      UniqueConstraint("paragraph_scope", "paragraph"))

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20), default="information")
    presenter_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), index=True)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=10)
    description: Mapped[str] = mapped_column(Text, default="")
    proposed_decision: Mapped[str] = mapped_column(Text, default="")
    minutes_notes: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[str] = mapped_column(Text, default="")
    paragraph: Mapped[int | None] = mapped_column(Integer)  # § number, per group and calendar year
    # Where the § number was counted when it was given ("group:ID:YEAR", or "meeting:ID" for a meeting without
    # a group): unique with ``paragraph``, so two people numbering at once can never both give § 7.
    paragraph_scope: Mapped[str | None] = mapped_column(String(40))
    dispatch_to: Mapped[str] = mapped_column(Text, default="", server_default="")  # expedieras: who gets the decision


class AgendaAttachment(Base):
    __tablename__ = "agenda_attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(ForeignKey("agenda_items.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    filename: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(ForeignKey("stored_files.sha256"), index=True)
    page_count: Mapped[int] = mapped_column(Integer)


class ActionItem(Versioned, Base):
    """A task decided at a meeting; the group's later agendas list it as "uppföljning" until it is done."""

    __tablename__ = "action_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    agenda_item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_items.id", ondelete="SET NULL"), index=True)
    description: Mapped[str] = mapped_column(Text)
    responsible_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), index=True)
    due_date: Mapped[date | None] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)


class AgendaTemplateItem(Base):
    """A group's standard opening and closing items (mötets öppnande, val av justerare, ...)."""

    __tablename__ = "agenda_template_items"
    __table_args__ = (
        CheckConstraint("placement IN ('opening', 'closing')", name="placement"),
        CheckConstraint("kind IN ('information', 'discussion', 'decision')", name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"), index=True)
    placement: Mapped[str] = mapped_column(String(10))
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20), default="information")
    duration_minutes: Mapped[int] = mapped_column(Integer, default=5)
