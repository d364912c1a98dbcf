"""Demo data, so a new user (and the benchmarks) see a program with believable content.

Later issues extend ``seed_demo`` with their own parts; every part is idempotent.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from stic_desktop.demo import (
    after_award as demo_after_award,
)
from stic_desktop.demo import (
    agreements as demo_agreements,
)
from stic_desktop.demo import (
    meetings as demo_meetings,
)
from stic_desktop.demo import (
    people as demo_people,
)
from stic_desktop.demo import (
    procurements as demo_procurements,
)
from stic_desktop.errors import UserError
from stic_desktop.models import (
    FrameworkAgreement,
    Group,
    Meeting,
    Membership,
    Person,
    Procurement,
    Proposal,
    SalesReport,
    Supplier,
)
from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.people import staff

SIZES = ("small", "large", "huge")  # huge: ten times large (benchmarks)

DEMO_STAFF = (
    ("Anna Lindqvist", "Regionchef", "anna.lindqvist@stic.example.se"),
    ("Erik Johansson", "Upphandlare", "erik.johansson@stic.example.se"),
    ("Sara Nilsson", "Upphandlare", "sara.nilsson@stic.example.se"),
)
INTERESTED = {"0140", "0187"}  # Nykvarn and Vaxholm are considering membership in the demo


@dataclass(frozen=True)
class DemoSummary:
    municipalities: int
    staff: int
    people: int = 0  # everyone in Personer, staff included
    groups: int = 0
    memberships: int = 0  # ended ones included
    meetings: int = 0
    proposals: int = 0
    procurements: int = 0
    suppliers: int = 0
    agreements: int = 0
    sales_reports: int = 0

    def summary(self) -> str:
        """What the database holds after seeding, in one line per area (seeding twice adds nothing new)."""
        return (f"Demodata: {self.municipalities} kommuner, {self.staff} STIC-medarbetare, {self.people} personer, "
                f"{self.groups} grupper ({self.memberships} medlemskap), {self.meetings} möten, "
                f"{self.proposals} förslag, {self.procurements} upphandlingar, {self.suppliers} leverantörer, "
                f"{self.agreements} avtal, {self.sales_reports} försäljningsrader.")

    def details(self) -> str:
        return f"{self.people} personer, {self.groups} grupper, {self.memberships} gruppmedlemskap."


def seed_demo(db, size: str = "small", *, meetings: bool = True) -> DemoSummary:
    if size not in SIZES:
        raise UserError(f"Okänd storlek ”{size}”. Välj small, large eller huge.")
    municipalities.import_county_municipalities(db)
    for record in municipalities.list_municipalities(db):
        if record.municipality_code in INTERESTED and record.status == "member":
            data = record.as_input()
            municipalities.save_municipality(db, type(data)(**{**data.__dict__, "status": "interested"}), record.id)
        elif not record.joined_on and record.status == "member":
            data = record.as_input()
            municipalities.save_municipality(db, type(data)(**{**data.__dict__, "joined_on": "2012-01-01"}), record.id)
    existing = {member.name for member in staff.list_staff(db)}
    for name, title, email in DEMO_STAFF:
        if name not in existing:
            staff.add_staff_member(db, name, title, email)
    demo_people.seed_people_and_groups(db, size)
    if meetings:
        demo_meetings.seed_meetings(db, size)
        demo_procurements.seed_procurements(db, size)
        demo_after_award.seed_after_award(db, size)
        demo_agreements.seed_agreements(db, size)
    models = (Person, Group, Membership, Meeting, Proposal, Procurement, Supplier, FrameworkAgreement, SalesReport)
    with db.read() as session:
        counts = [session.scalar(select(func.count()).select_from(model)) or 0 for model in models]
    return DemoSummary(len(municipalities.list_municipalities(db)), len(staff.list_staff(db)), *counts)
