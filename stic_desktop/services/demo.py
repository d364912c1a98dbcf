"""Demo data, so a new user (and the benchmarks) see a program with believable content.

Later issues extend ``seed_demo`` with their own parts; every part is idempotent.
"""

from __future__ import annotations

from dataclasses import dataclass

from stic_desktop.errors import UserError
from stic_desktop.services import municipalities, organisation, staff

SIZES = ("small", "large")

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

    def summary(self) -> str:
        return f"Demodata: {self.municipalities} kommuner, {self.staff} STIC-medarbetare."


def seed_demo(db, size: str = "small") -> DemoSummary:
    if size not in SIZES:
        raise UserError(f"Okänd storlek ”{size}”. Välj small eller large.")
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
    return DemoSummary(len(municipalities.list_municipalities(db)), len(staff.list_staff(db)))
