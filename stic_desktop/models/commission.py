"""Commission (provision): rate decisions, suppliers' sales reports, imports and the yearly budget."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from stic_desktop.models.base import Base, Money, UTCDateTime, Versioned


class CommissionRateDecision(Versioned, Base):
    """A steering-group decision on the rate; no agreement = the default rate. In force from ``valid_from``."""

    __tablename__ = "commission_rate_decisions"
    __table_args__ = (CheckConstraint("rate_bp >= 0 AND rate_bp <= 10000", name="rate"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("framework_agreements.id", ondelete="CASCADE"),
                                                     index=True)
    rate_bp: Mapped[int] = mapped_column(Integer)  # basis points: 150 = 1.50 %
    valid_from: Mapped[date] = mapped_column(Date, index=True)
    decided_on: Mapped[date] = mapped_column(Date)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id", ondelete="SET NULL"), index=True)
    agenda_item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_items.id", ondelete="SET NULL"), index=True)
    note: Mapped[str] = mapped_column(Text, default="")


class SalesImport(Base):
    """One imported file, so every report line can be traced to where it came from."""

    __tablename__ = "sales_imports"

    id: Mapped[int] = mapped_column(primary_key=True)
    filename: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime)
    imported_by_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), index=True)
    row_count: Mapped[int] = mapped_column(Integer)


class SalesReport(Base):
    """Sales on one agreement by one supplier to one municipality in one period, in integer öre.

    ``municipality_id`` is empty only on a zero report for the whole period. The commission is
    computed when the line is stored (half-up to the öre, at the rate in force on the period's first
    day) and kept with its rate, so a later rate decision never changes an invoiced figure.
    """

    __tablename__ = "sales_reports"
    __table_args__ = (
        UniqueConstraint("agreement_id", "supplier_id", "municipality_id", "period_start"),
        CheckConstraint("period_kind IN ('month', 'quarter')", name="period_kind"),
        CheckConstraint("amount_ore >= 0 AND commission_ore >= 0", name="amounts"),
        # covering: the overview's overdue-report read and a year's totals per month, agreement, supplier or
        # municipality read the index alone (0008)
        Index("ix_sales_reports_period", "period_start", "agreement_id", "supplier_id", "period_kind",
              "municipality_id", "amount_ore", "commission_ore"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("framework_agreements.id"), index=True)
    supplier_id: Mapped[int] = mapped_column(ForeignKey("suppliers.id"), index=True)
    municipality_id: Mapped[int | None] = mapped_column(ForeignKey("municipalities.id"), index=True)
    period_start: Mapped[date] = mapped_column(Date)  # the first day of the month or quarter
    period_kind: Mapped[str] = mapped_column(String(10), default="month")
    amount_ore: Mapped[int] = mapped_column(Money)  # excluding VAT
    rate_bp: Mapped[int] = mapped_column(Integer)
    commission_ore: Mapped[int] = mapped_column(Money)
    reported_at: Mapped[datetime] = mapped_column(UTCDateTime)
    import_id: Mapped[int | None] = mapped_column(ForeignKey("sales_imports.id"), index=True)


class BudgetLine(Versioned, Base):
    __tablename__ = "budget_lines"
    __table_args__ = (
        CheckConstraint("kind IN ('income', 'cost')", name="kind"),
        UniqueConstraint("year", "kind", "name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    kind: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(200))
    budget_ore: Mapped[int] = mapped_column(Money, default=0)
    outcome_ore: Mapped[int | None] = mapped_column(Money)  # entered by hand; None = computed (commission)
    source: Mapped[str] = mapped_column(String(20), default="manual")  # "commission": outcome from sales reports
    position: Mapped[int] = mapped_column(Integer, default=0)
