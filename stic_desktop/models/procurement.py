"""Procurements (upphandlingar) through the LOU stages, with participants, documents, tenders and rules."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, CheckConstraint, Date, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from stic_desktop.models.base import Base, Money, UTCDateTime, Versioned

CONTRACT_KINDS = ("supplies_services", "works", "social_services")
PROCEDURES = ("open", "restricted", "negotiated", "competitive_dialogue", "innovation_partnership",
              "negotiated_without_notice", "below_threshold", "direct_award")
TENDER_AGREEMENTS = ("", "agreed", "not_reached")  # LOU 11 kap. 7 §: tender period agreed with the candidates
STAGES = ("needs_analysis", "requirements", "advertised", "tender_deadline", "opening", "evaluation",
          "award_decision", "standstill", "signed", "closed")
STATES = (*STAGES, "cancelled")
THRESHOLD_KINDS = ("supplies_services", "works", "social_services", "direct_award", "direct_award_social")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Procurement(Versioned, Base):
    __tablename__ = "procurements"
    __table_args__ = (
        CheckConstraint(_in("area", ("social", "technical", "other")), name="area"),
        CheckConstraint(_in("contract_kind", CONTRACT_KINDS), name="contract_kind"),
        CheckConstraint(_in("procedure", PROCEDURES), name="procedure"),
        CheckConstraint(_in("stage", STATES), name="stage"),
        CheckConstraint("estimated_value_ore >= 0", name="value"),
        CheckConstraint(_in("tender_period_agreement", TENDER_AGREEMENTS), name="tender_period_agreement"),
        CheckConstraint("standstill_days IS NULL OR standstill_days >= 0", name="standstill_days"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_number: Mapped[str] = mapped_column(String(20), unique=True)  # STIC-YYYY-NNN
    title: Mapped[str] = mapped_column(String(300))
    area: Mapped[str] = mapped_column(String(20))
    contract_kind: Mapped[str] = mapped_column(String(30))
    procedure: Mapped[str] = mapped_column(String(30))
    estimated_value_ore: Mapped[int] = mapped_column(Money, default=0)  # over the whole term
    responsible_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), index=True)
    contract_group_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id"), index=True)
    proposal_id: Mapped[int | None] = mapped_column(ForeignKey("proposals.id", ondelete="SET NULL"), index=True)
    stage: Mapped[str] = mapped_column(String(20), default="needs_analysis", index=True)
    stage_before_cancel: Mapped[str | None] = mapped_column(String(20))
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    electronic_submission: Mapped[bool] = mapped_column(Boolean, default=True)
    prior_information_notice: Mapped[bool] = mapped_column(Boolean, default=False)
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    tender_period_reason: Mapped[str] = mapped_column(Text, default="")  # the urgency (11 kap. 10 §) that shortens it
    procedure_grounds: Mapped[str] = mapped_column(Text, default="")  # why this procedure (6 kap. 5-6, 12-19 §§)
    application_deadline_on: Mapped[date | None] = mapped_column(Date)  # anbudsansökningar (11 kap. 3 §)
    invitation_sent_on: Mapped[date | None] = mapped_column(Date)  # invitation to tender sent (11 kap. 3 § 2 st.)
    tender_period_agreement: Mapped[str] = mapped_column(String(20), default="")
    documents_electronic: Mapped[bool] = mapped_column(Boolean, default=True)  # else +5 days (11 kap. 9 §)
    standstill_days: Mapped[int | None] = mapped_column(Integer)  # a longer standstill stated (20 kap. 1 § 3 st.)
    ex_ante_published_on: Mapped[date | None] = mapped_column(Date)  # voluntary ex ante notice (20 kap. 3 §)
    award_sent_electronically: Mapped[bool] = mapped_column(Boolean, default=True)
    opening_attesters: Mapped[str] = mapped_column(Text, default="")  # one name per line, at least two
    opening_time: Mapped[str] = mapped_column(String(5), default="")  # "HH:MM" the tenders were opened
    opening_place: Mapped[str] = mapped_column(String(300), default="")
    opened_by: Mapped[str] = mapped_column(String(200), default="")  # who opened the tenders (12 kap. 10 §)
    opening_witness: Mapped[str] = mapped_column(String(200), default="")  # an optional independent witness
    tender_deadline_time: Mapped[str] = mapped_column(String(5), default="")  # "HH:MM" on the last tender day
    decision_maker: Mapped[str] = mapped_column(String(200), default="")  # who decides the award
    decision_delegation: Mapped[str] = mapped_column(Text, default="")  # under which delegation
    award_notice_sent_on: Mapped[date | None] = mapped_column(Date)  # efterannons (10 kap. 4 §, 19 kap. 7 §)
    documentation_completed_on: Mapped[date | None] = mapped_column(Date)  # 12 kap. 14 §
    individual_report_on: Mapped[date | None] = mapped_column(Date)  # individuell rapport (12 kap. 15-16 §§)
    cancellation_notice_sent_on: Mapped[date | None] = mapped_column(Date)  # 12 kap. 12 §
    created_on: Mapped[date] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")


class ProcurementStage(Base):
    """Planned and actual date of one stage; the row exists once either date is set."""

    __tablename__ = "procurement_stages"
    __table_args__ = (UniqueConstraint("procurement_id", "stage"), CheckConstraint(_in("stage", STAGES), name="stage"))

    id: Mapped[int] = mapped_column(primary_key=True)
    procurement_id: Mapped[int] = mapped_column(ForeignKey("procurements.id", ondelete="CASCADE"), index=True)
    stage: Mapped[str] = mapped_column(String(20))
    planned_on: Mapped[date | None] = mapped_column(Date, index=True)
    actual_on: Mapped[date | None] = mapped_column(Date)


class ProcurementParticipant(Base):
    """A participating municipality and its power of attorney (fullmakt) for this procurement."""

    __tablename__ = "procurement_participants"
    __table_args__ = (
        UniqueConstraint("procurement_id", "municipality_id"),
        CheckConstraint("estimated_volume_ore >= 0", name="volume"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    procurement_id: Mapped[int] = mapped_column(ForeignKey("procurements.id", ondelete="CASCADE"), index=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipalities.id"), index=True)
    estimated_volume_ore: Mapped[int] = mapped_column(Money, default=0)  # per year
    poa_received_on: Mapped[date | None] = mapped_column(Date)
    poa_signed_by: Mapped[str] = mapped_column(String(200), default="")
    poa_filename: Mapped[str] = mapped_column(String(300), default="")
    poa_sha256: Mapped[str | None] = mapped_column(ForeignKey("stored_files.sha256"), index=True)


class RequirementDocument(Base):
    """One version of a requirements specification document (kravspecifikation)."""

    __tablename__ = "requirement_documents"
    __table_args__ = (UniqueConstraint("procurement_id", "title", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    procurement_id: Mapped[int] = mapped_column(ForeignKey("procurements.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    version: Mapped[int] = mapped_column(Integer)
    filename: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(ForeignKey("stored_files.sha256"), index=True)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), index=True)
    note: Mapped[str] = mapped_column(Text, default="")


class Tender(Versioned, Base):
    """A tender (anbud). Confidential until the award decision is sent (OSL 19 kap. 3 §)."""

    __tablename__ = "tenders"
    __table_args__ = (CheckConstraint("price_ore IS NULL OR price_ore >= 0", name="price"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    procurement_id: Mapped[int] = mapped_column(ForeignKey("procurements.id", ondelete="CASCADE"), index=True)
    supplier_name: Mapped[str] = mapped_column(String(300))
    supplier_id: Mapped[int | None] = mapped_column(ForeignKey("suppliers.id", ondelete="SET NULL"), index=True)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    qualified: Mapped[bool | None] = mapped_column(Boolean)
    qualification_reason: Mapped[str] = mapped_column(Text, default="")
    price_ore: Mapped[int | None] = mapped_column(Money)
    score: Mapped[float | None] = mapped_column(Float)
    ranking: Mapped[int | None] = mapped_column(Integer)
    awarded: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")


class ProcurementThreshold(Versioned, Base):
    """EU thresholds and direct-award limits per period (5 kap. 1 §, 19 a kap. 2 §); edited by the user."""

    __tablename__ = "procurement_thresholds"
    __table_args__ = (
        UniqueConstraint("period_start", "kind"),
        CheckConstraint(_in("kind", THRESHOLD_KINDS), name="kind"),
        CheckConstraint("period_end >= period_start", name="period"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(30))
    eur: Mapped[int | None] = mapped_column(Integer)
    sek: Mapped[int | None] = mapped_column(Integer)  # whole kronor, as published; empty until confirmed
    source: Mapped[str] = mapped_column(Text, default="")


class DeadlineRule(Versioned, Base):
    """One LOU time limit in calendar days, e.g. ``tender.open.electronic`` = 30 (11 kap.); edited by the user."""

    __tablename__ = "deadline_rules"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    days: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(200))
    reference: Mapped[str] = mapped_column(String(100), default="")


class ProcurementDeclaration(Base):
    """A contract-group member's declaration of conflicts of interest (jäv) and confidentiality, signed before
    the tenders are opened."""

    __tablename__ = "procurement_declarations"
    __table_args__ = (UniqueConstraint("procurement_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    procurement_id: Mapped[int] = mapped_column(ForeignKey("procurements.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)
    signed_on: Mapped[date] = mapped_column(Date)
    conflict: Mapped[bool] = mapped_column(Boolean, default=False)  # the member declared a conflict of interest
    conflict_description: Mapped[str] = mapped_column(Text, default="")
