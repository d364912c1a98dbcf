"""Demo data for the duties around the opening and after the award (issue 15), laid over the demo
procurements once they exist: the deciding party, the opening's time and place and who opened, the
decision-maker, declarations of conflicts of interest from the contract-group members (a few missing before an
opening that is coming up, one declared conflict), and the duties after signing at various states (done, due,
overdue), notices for most cancelled procurements. Idempotent: left alone once any declaration exists."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import insert, select, update

from stic_desktop.core import clock
from stic_desktop.models import Membership, Procurement, ProcurementDeclaration, ProcurementStage
from stic_desktop.models.procurement import STAGES
from stic_desktop.services.workspace import organisation
from stic_desktop.services.workspace.organisation import DecidingParty

DECIDING_PARTY = DecidingParty("Demo Inköpscentral AB", "559999-9991")
PLACES = ("STIC, sammanträdesrum Mälaren", "STIC, sammanträdesrum Saltsjön", "Digitalt i upphandlingssystemet")
DELEGATION = "Delegationsordning för upphandlande organisationen, punkt 4.2 (tilldelningsbeslut)"
CONFLICT = "Närstående anställd hos en anbudsgivare; deltar inte i utvärderingen av det anbudet."
_AT = {stage: index for index, stage in enumerate(STAGES)}


def seed_after_award(db, size: str, *, today: date | None = None) -> int:
    """Fills the issue-15 fields of the demo procurements; how many procurements were touched."""
    today = today or clock.today()
    if not organisation.get_organisation(db).deciding_party.name:
        organisation.save_deciding_party(db, DECIDING_PARTY)
    rng = random.Random(f"stic-demo-after-award-{size}")
    with db.write() as session:
        if session.scalar(select(ProcurementDeclaration.id).limit(1)) is not None:
            return 0
        rows = session.execute(select(Procurement.id, Procurement.stage, Procurement.stage_before_cancel,
                                      Procurement.procedure, Procurement.contract_group_id,
                                      Procurement.opening_attesters).order_by(Procurement.id)).all()
        dates: dict[int, dict[str, tuple[date | None, date | None]]] = {}
        for pid, stage, planned, actual in session.execute(select(
                ProcurementStage.procurement_id, ProcurementStage.stage, ProcurementStage.planned_on,
                ProcurementStage.actual_on)):
            dates.setdefault(pid, {})[stage] = (planned, actual)
        members: dict[int, list[tuple[int, date, date | None]]] = {}
        for gid, person_id, start, end in session.execute(select(
                Membership.group_id, Membership.person_id, Membership.from_date, Membership.to_date)):
            members.setdefault(gid, []).append((person_id, start, end))
        declarations, touched = [], 0
        for pid, stage, before_cancel, procedure, group_id, attesters in rows:
            reached = before_cancel or stage
            own = dates.get(pid, {})
            values = _values(rng, reached, stage, procedure, own, attesters, today)
            if group_id is not None and _AT.get(reached, 0) >= _AT["advertised"]:
                declarations += _declarations(rng, pid, reached, own, members.get(group_id, []), today)
            if values:
                session.execute(update(Procurement).where(Procurement.id == pid).values(**values))
                touched += 1
        if declarations:
            session.execute(insert(ProcurementDeclaration.__table__), declarations)
    return touched


def _values(rng: random.Random, reached: str, stage: str, procedure: str,
            own: dict[str, tuple[date | None, date | None]], attesters: str, today: date) -> dict:
    values: dict = {}
    if _AT.get(reached, 0) >= _AT["opening"] and procedure != "direct_award":
        names = [n for n in attesters.splitlines() if n.strip()]
        values.update(opening_time=rng.choice(("09:00", "10:00", "13:30")), opening_place=rng.choice(PLACES),
                      opened_by=names[0] if names else "", tender_deadline_time=rng.choice(("", "23:59", "12:00")),
                      opening_witness=rng.choice(("", "", "Registrator, kommunledningskontoret")))
    if _AT.get(reached, 0) >= _AT["evaluation"]:
        values.update(decision_maker=rng.choice(("Anna Lindqvist, regionchef", "Erik Johansson, upphandlingschef")),
                      decision_delegation=DELEGATION)
    if stage == "cancelled":
        last = max((d for _p, d in own.values() if d is not None), default=None)
        if last is not None and rng.random() < 0.75:
            values["cancellation_notice_sent_on"] = min(today, last + timedelta(days=rng.randint(1, 5)))
    signed = own.get("signed", (None, None))[1]
    if signed is not None and stage in ("signed", "closed"):
        for key, chance in (("award_notice_sent_on", 0.8), ("documentation_completed_on", 0.6),
                            ("individual_report_on", 0.55)):
            if key == "award_notice_sent_on" and procedure == "direct_award":
                continue
            done = signed + timedelta(days=rng.randint(2, 28))
            if (stage == "closed" or rng.random() < chance) and done <= today:
                values[key] = done
    return values


def _declarations(rng: random.Random, pid: int, reached: str, own: dict, group: list[tuple[int, date, date | None]],
                  today: date) -> list[dict]:
    opening = own.get("opening", (None, None))
    day = opening[1] or opening[0]
    if day is None:
        return []
    running = opening[1] is None  # not opened yet: a few still missing, for the window to list
    found = []
    for person_id, start, end in group:
        if start > day or (end is not None and end < day):
            continue
        if running and rng.random() < 0.3:
            continue
        signed = min(today, day - timedelta(days=rng.randint(1, 12)))
        conflict = rng.random() < 0.04
        found.append({"procurement_id": pid, "person_id": person_id, "signed_on": signed, "conflict": conflict,
                      "conflict_description": CONFLICT if conflict else ""})
    unique = {row["person_id"]: row for row in found}  # one declaration per member, even with two memberships
    return list(unique.values())



