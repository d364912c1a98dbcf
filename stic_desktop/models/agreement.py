"""Suppliers, framework agreements (ramavtal) with their parties, extensions and documents."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from stic_desktop.models.base import Base, UTCDateTime, Versioned


class Supplier(Versioned, Base):
    __tablename__ = "suppliers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    org_number: Mapped[str] = mapped_column(String(11), unique=True)  # NNNNNN-NNNN, Luhn-checked
    address: Mapped[str] = mapped_column(Text, default="")
    sales_contact_name: Mapped[str] = mapped_column(String(200), default="")
    sales_contact_email: Mapped[str] = mapped_column(String(254), default="")
    sales_contact_phone: Mapped[str] = mapped_column(String(50), default="")
    # Who the municipalities order from (the summary prints it); the sales contact gets report reminders.
    order_contact_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    order_contact_email: Mapped[str] = mapped_column(String(254), default="", server_default="")
    order_contact_phone: Mapped[str] = mapped_column(String(50), default="", server_default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class FrameworkAgreement(Versioned, Base):
    """A ramavtal. Its status (kommande, aktivt, förlängt, utgånget, uppsagt) follows from the dates."""

    __tablename__ = "framework_agreements"
    __table_args__ = (
        CheckConstraint("initial_end_date >= start_date", name="dates"),
        CheckConstraint("extension_count >= 0 AND extension_months >= 0", name="extensions"),
        CheckConstraint("report_due_day BETWEEN 1 AND 28", name="due_day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_number: Mapped[str] = mapped_column(String(30), unique=True)  # from the procurement's case number
    title: Mapped[str] = mapped_column(String(300))
    procurement_id: Mapped[int | None] = mapped_column(ForeignKey("procurements.id"), index=True)
    start_date: Mapped[date] = mapped_column(Date)
    initial_end_date: Mapped[date] = mapped_column(Date)
    extension_count: Mapped[int] = mapped_column(Integer, default=0)  # options to extend
    extension_months: Mapped[int] = mapped_column(Integer, default=0)  # months per option
    long_term_reason: Mapped[str] = mapped_column(Text, default="")  # särskilda skäl for more than 4 years
    report_due_day: Mapped[int] = mapped_column(Integer, default=15)  # sales reports due this day of the next month
    terminated_on: Mapped[date | None] = mapped_column(Date)
    termination_reason: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class AgreementSupplier(Base):
    __tablename__ = "agreement_suppliers"
    __table_args__ = (UniqueConstraint("agreement_id", "supplier_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("framework_agreements.id", ondelete="CASCADE"), index=True)
    supplier_id: Mapped[int] = mapped_column(ForeignKey("suppliers.id"), index=True)
    ranking: Mapped[int | None] = mapped_column(Integer)  # None with renewed competition
    renewed_competition: Mapped[bool] = mapped_column(Boolean, default=False)  # förnyad konkurrensutsättning


class AgreementParticipant(Base):
    __tablename__ = "agreement_participants"
    __table_args__ = (UniqueConstraint("agreement_id", "municipality_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("framework_agreements.id", ondelete="CASCADE"), index=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipalities.id"), index=True)


class AgreementExtension(Base):
    """A decision to use an extension option: the agreement then runs to ``new_end_date``."""

    __tablename__ = "agreement_extensions"

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("framework_agreements.id", ondelete="CASCADE"), index=True)
    decided_on: Mapped[date] = mapped_column(Date)
    decided_by: Mapped[str] = mapped_column(String(300))
    new_end_date: Mapped[date] = mapped_column(Date)


class AgreementDocument(Base):
    __tablename__ = "agreement_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("framework_agreements.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    filename: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(ForeignKey("stored_files.sha256"), index=True)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), index=True)


class AgreementClause(Base):
    """One version of a standard clause printed in every ramavtal (Inställningar → Avtalsvillkor). An edit adds a
    version; agreements keep the versions they were made with (``AgreementClauseUse``)."""

    __tablename__ = "agreement_clauses"
    __table_args__ = (UniqueConstraint("key", "version"), CheckConstraint("version >= 1", name="version"))

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    created_on: Mapped[date] = mapped_column(Date)


class AgreementClauseUse(Base):
    __tablename__ = "agreement_clause_uses"
    __table_args__ = (UniqueConstraint("agreement_id", "clause_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("framework_agreements.id", ondelete="CASCADE"), index=True)
    clause_id: Mapped[int] = mapped_column(ForeignKey("agreement_clauses.id"), index=True)
