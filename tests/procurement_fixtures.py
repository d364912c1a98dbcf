"""Shared set-up for the procurement party and tender tests: procurement rows made straight from the model
(services.procurements is tested on its own)."""

from __future__ import annotations

from datetime import date

from stic_desktop.models import Procurement, ProcurementStage


def add_procurement(db, *, stage: str = "needs_analysis", case: str = "STIC-2026-001",
                    dates: dict[str, tuple[date | None, date | None]] | None = None) -> int:
    """A procurement 'Hemtjänst' at this stage with these (planned, actual) stage dates; returns the id."""
    with db.write() as session:
        row = Procurement(case_number=case, title="Hemtjänst", area="social", contract_kind="social_services",
                          procedure="open", estimated_value_ore=0, stage=stage, created_on=date(2026, 1, 10))
        session.add(row)
        session.flush()
        for name, (planned, actual) in (dates or {}).items():
            session.add(ProcurementStage(procurement_id=row.id, stage=name, planned_on=planned, actual_on=actual))
        return row.id


def set_stage(db, procurement_id: int, stage: str) -> None:
    """Move the procurement to this stage without the service's checks."""
    with db.write() as session:
        session.get(Procurement, procurement_id).stage = stage
