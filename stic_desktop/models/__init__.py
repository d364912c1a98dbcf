"""SQLAlchemy models, one module per aggregate. Importing this package registers them all."""

from stic_desktop.models.agreement import (
    AgreementClause,
    AgreementClauseUse,
    AgreementDocument,
    AgreementExtension,
    AgreementParticipant,
    AgreementSupplier,
    FrameworkAgreement,
    Supplier,
)
from stic_desktop.models.archive import ArchivedDocument
from stic_desktop.models.audit import AuditEntry, TeamLogin
from stic_desktop.models.base import Base
from stic_desktop.models.commission import BudgetLine, CommissionRateDecision, SalesImport, SalesReport
from stic_desktop.models.group import Group, Membership
from stic_desktop.models.meeting import (
    ActionItem,
    AgendaAttachment,
    AgendaItem,
    AgendaTemplateItem,
    Invitee,
    Meeting,
)
from stic_desktop.models.municipality import Municipality
from stic_desktop.models.person import Person, PersonExpertise
from stic_desktop.models.procurement import (
    DeadlineRule,
    Procurement,
    ProcurementDeclaration,
    ProcurementParticipant,
    ProcurementStage,
    ProcurementThreshold,
    RequirementDocument,
    Tender,
)
from stic_desktop.models.proposal import Proposal, ProposalAgendaLink, ProposalInterest, Workshop, WorkshopParticipant
from stic_desktop.models.settings import OrganisationSetting
from stic_desktop.models.storage import StoredFile

__all__ = ["Base", "Municipality", "Person", "PersonExpertise", "Group", "Membership", "OrganisationSetting", "AuditEntry", "TeamLogin",
    "StoredFile", "Meeting", "Invitee", "AgendaItem", "AgendaAttachment", "ActionItem", "AgendaTemplateItem",
    "ArchivedDocument", "Workshop", "WorkshopParticipant", "Proposal", "ProposalInterest", "ProposalAgendaLink",
    "Procurement", "ProcurementStage", "ProcurementParticipant", "RequirementDocument", "Tender", "ProcurementThreshold",
    "DeadlineRule", "Supplier", "FrameworkAgreement", "AgreementSupplier", "AgreementParticipant", "AgreementExtension",
    "AgreementDocument", "AgreementClause", "AgreementClauseUse", "ProcurementDeclaration", "CommissionRateDecision",
    "SalesImport", "SalesReport", "BudgetLine",
]
