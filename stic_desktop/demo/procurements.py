"""Demo workshops, proposals and procurements (part of ``services.demo``).

Procurements in every stage (cancelled too), stage dates in their real order (tender periods above the
minimum, signing after the standstill), powers of attorney (a few missing before advertisement), versions
of the requirements, tenders (one late, some suppliers with non-Latin names, awarded after the decision).
Like the other demo parts: inserted with the models in one transaction, not audited, dates relative to
today, the rest from a fixed seed. Each procurement gets the stage it is in today; its schedule is placed
so that today falls inside that stage.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import func, insert, select

from stic_desktop.core import clock, workdays
from stic_desktop.demo.meeting_texts import demo_pdf
from stic_desktop.demo.people import AREAS
from stic_desktop.models import (
    DeadlineRule,
    Group,
    Municipality,
    Person,
    Procurement,
    ProcurementParticipant,
    ProcurementStage,
    Proposal,
    ProposalInterest,
    RequirementDocument,
    Tender,
    Workshop,
    WorkshopParticipant,
)
from stic_desktop.models.procurement import STAGES
from stic_desktop.services.meetings.records import STOCKHOLM
from stic_desktop.storage import blobs as storage
from stic_desktop.storage.portable import continue_sequences

PROCUREMENTS = {"small": 12, "large": 300, "huge": 3000}
PROPOSALS = {"small": 10, "large": 40, "huge": 400}
WORKSHOPS = {"small": 3, "large": 8, "huge": 80}
# the stage each small-demo procurement is in today: every stage once, cancelled too
SMALL_TARGETS = ("needs_analysis", "requirements", "requirements", "advertised", "tender_deadline", "opening",
                 "evaluation", "award_decision", "standstill", "signed", "closed", "cancelled")
# large demo: how many procurements are in each running stage today (the short stages hold few)
RUNNING_WEIGHTS = (20, 26, 14, 3, 4, 22, 7, 10, 18)
LATE_PRONE = ("needs_analysis", "requirements", "evaluation", "signed")  # stages whose next one may be late
PROCEDURE_WEIGHTS = (("open", 50), ("restricted", 14), ("negotiated", 6), ("competitive_dialogue", 2),
                     ("below_threshold", 22), ("direct_award", 6))
TAG_AREA = {"hemtjänst": "social", "skolskjuts": "social", "IT": "technical", "fordon": "technical",
            "energi": "technical", "bygg": "technical", "larm": "technical"}
SOCIAL_SERVICES = ("Personlig assistans", "Korttidsboende för barn och unga", "Skyddat boende",
                   "Öppenvårdsinsatser missbruk", "Konsulentstödda familjehem", "Daglig verksamhet LSS")
SUPPLIERS = ("Nordiska Livsmedel AB", "Mälardalens Städ AB", "Łódź Meble Sp. z o.o.", "Ökotrans i Norden AB",
             "ООО Северный Транспорт", "Çelik Bygg & Anläggning AB", "R&D <b> Konsult AB", "Åkesson IT-partner AB",
             "Şahin Fastighetsservice AB", "Vård & Omsorg i Sverige AB", "Grön Energi Stockholm AB",
             "Kontorsvaruhuset Norden AB", "Trygghetslarm Sverige AB", "Skolmöbler Direkt AB", "Μεσόγειος Τρόφιμα ΑΕ",
             "Fordonsservice Öst AB", "Läromedelsförlaget AB", "Nätverkshuset i Kista AB", "Omsorgspartner Nord AB")
CANCEL_REASONS = ("Behovet ändrades; kommunerna vill avvakta till nästa år.",  # (before tenders, after)
                  "Överprövning: förfrågningsunderlaget gjordes om från början.", "Samtliga anbud överskred budgeten.")
OPEN_STATUSES = ("new", "discussion", "prioritised", "prioritised", "new", "discussion", "rejected", "dormant")
IDEAS = ("Gemensam upphandling av {x}", "Samordnat ramavtal för {x}", "Kartläggning av behovet av {x}",
         "Regional lösning för {x}")
IDEA_TOPICS = ("digitala trygghetslarm", "elcyklar till hemtjänsten", "återbrukade möbler", "solcellsparker",
               "e-tjänster för bygglov", "matkassar till äldre", "tolktjänster", "AI-stöd i handläggning",
               "laddstolpar vid förskolor", "skolskjuts med elbuss", "välfärdsteknik", "hyrcyklar för personal")
WORKSHOP_TOPICS = (("Framtidens hemtjänst", "social"), ("Välfärdsteknik i äldreomsorgen", "social"),
                   ("Fossilfria transporter", "technical"), ("Digitala skolan", "technical"),
                   ("Måltider i förskola och skola", "social"), ("Energieffektiva fastigheter", "technical"),
                   ("Stöd till barn och unga", "social"), ("Säkra och trygga lokaler", "technical"))
PLACES = ("STIC, Solna – rum Mälaren", "Stadshuset, Sundbyberg", "Digitalt (Teams)", "Kommunhuset, Nacka")


@dataclass
class _Demo:
    rng: random.Random
    today: date
    rules: dict[str, int]
    ids: dict[str, int]
    staff: list[tuple[int, str]]
    towns: list[tuple[int, str]]  # member municipalities (id, name)
    signers: dict[int, list[str]]  # municipality id -> names of its people
    groups: dict[str, int]  # contract group name (without "Avtalsgrupp ") -> id
    small: bool = False
    poa_sha256: str = ""  # the one demo power of attorney, stored once
    first_late: int = 0  # the procurement that surely has a late tender
    rows: dict[str, list[dict]] = field(default_factory=lambda: defaultdict(list))

    def next_id(self, kind: str) -> int:
        self.ids[kind] += 1
        return self.ids[kind]


def _catalogue() -> list[tuple[str, str, str]]:
    """(title, area, contract kind) of what the demo procures: the contract groups' subjects and bilaga 2 services."""
    items = [(name, TAG_AREA.get(tag, "other"), "works" if tag == "bygg" and name != "Ramavtal konsulter bygg"
              else "supplies_services") for tag, (_titles, names) in AREAS.items() for name in names]
    return items + [(name, "social", "social_services") for name in SOCIAL_SERVICES]


def _value_ore(rng: random.Random, procedure: str, kind: str) -> int:
    sek = {"below_threshold": (800_000, 2_300_000), "direct_award": (120_000, 690_000)}.get(
        procedure, {"works": (60_000_000, 250_000_000), "social_services": (9_000_000, 90_000_000)}.get(
            kind, (2_500_000, 120_000_000)))
    return rng.randrange(sek[0] // 10_000, sek[1] // 10_000) * 10_000 * 100


def _offsets(demo: _Demo, procedure: str) -> tuple[list[int], list[int]]:
    """Planned and actual day offsets from the start of each of the ten stages (actual = plan + drift)."""
    rng = demo.rng
    minimum = demo.rules.get(f"tender.{procedure}.electronic", 25)
    period = {"below_threshold": rng.randint(21, 30), "direct_award": rng.randint(10, 15)}.get(
        procedure, minimum + rng.randint(8, 20) + (30 if procedure in ("restricted", "negotiated") else 0))
    steps = (rng.randint(30, 90), rng.randint(45, 120), period, 1, rng.randint(1, 5), rng.randint(20, 50), 1,
             demo.rules.get("standstill.other", 15) + rng.randint(10, 25), rng.randint(20, 60))
    planned, actual = [0], [0]
    for index, step in enumerate(steps, start=1):
        planned.append(planned[-1] + step)
        stage = STAGES[index]  # opening the day after the deadline, the standstill the day after the decision;
        slip = 0 if stage in ("opening", "standstill") else rng.randint(0, 7) if stage == "tender_deadline" \
            else rng.choice((-4, 0, 0, 0, 2, 3, 5, 9, 21))  # a tender deadline is only ever extended
        actual.append(max(actual[-1] + step + slip, actual[-1]))
    return planned, actual


def _dates(demo: _Demo, start: date, offsets: list[int], electronic: bool) -> list[date]:
    """Working days from offsets, never earlier than the stage before, signing after the standstill."""
    days: list[date] = []
    for index, offset in enumerate(offsets):
        day = workdays.next_working_day(start + timedelta(days=offset))
        if STAGES[index] == "signed":
            length = demo.rules.get("standstill.electronic" if electronic else "standstill.other", 15)
            day = max(day, workdays.next_working_day(
                workdays.add_days_to_working_day(days[STAGES.index("award_decision")], length) + timedelta(days=1)))
        if days:  # a stage that starts later starts on a later working day, even over a weekend
            later = offset > offsets[index - 1]
            day = max(day, workdays.next_working_day(days[-1] + timedelta(days=1)) if later else days[-1])
        days.append(day)
    return days


def _schedule(demo: _Demo, target: str, procedure: str, electronic: bool,
              ) -> tuple[date, list[date], list[date | None], str | None]:
    """(start, planned dates, actual dates or None, stage before cancelling) so today falls in ``target``."""
    rng, today = demo.rng, demo.today
    planned_offsets, actual_offsets = _offsets(demo, procedure)
    cancelled_at = None
    if target == "cancelled":
        cancelled_at = rng.randint(0, STAGES.index("evaluation"))
        current = cancelled_at
    else:
        current = STAGES.index(target)
    if current == len(STAGES) - 1 or target == "cancelled":
        elapsed = actual_offsets[current] + rng.randint(5, 4 * 365 if target == "closed" else 700)
    else:
        elapsed = rng.randint(actual_offsets[current], max(actual_offsets[current], actual_offsets[current + 1] - 1))
    start = today - timedelta(days=elapsed)
    for _attempt in range(8):  # working-day rounding may move a stage over today: shift the whole schedule
        actual = _dates(demo, start, actual_offsets, electronic)
        if actual[current] > today:
            start -= actual[current] - today
        elif current + 1 < len(STAGES) and actual[current + 1] <= today and cancelled_at is None:
            start += today - actual[current + 1] + timedelta(days=1)
        else:
            break
    planned = _dates(demo, start, planned_offsets, electronic)
    actual = _dates(demo, start, actual_offsets, electronic)
    if current + 1 < len(STAGES) and rng.random() < 0.8:  # most plans are moved when a stage starts late
        shift = max(actual[current] - planned[current], timedelta(0))
        planned = planned[:current + 1] + [workdays.next_working_day(day + shift) for day in planned[current + 1:]]
    if target in LATE_PRONE and (target == "evaluation" if demo.small else rng.random() < 0.1):
        overdue = today - timedelta(days=rng.randint(4, 25)) - planned[current + 1]  # the next stage is late
        planned = planned[:current + 1] + [max(planned[current], workdays.previous_working_day(day + overdue))
                                           for day in planned[current + 1:]]
    shown: list[date | None] = [day if index <= current and day <= today else None for index, day in enumerate(actual)]
    return start, planned, shown, STAGES[cancelled_at] if cancelled_at is not None else None


def _targets(size: str, rng: random.Random) -> list[str]:
    if size == "small":
        return list(SMALL_TARGETS)
    scale = PROCUREMENTS[size] / PROCUREMENTS["large"]  # the huge demo: ten times as many in every stage
    running = [stage for stage, weight in zip(STAGES, RUNNING_WEIGHTS) for _ in range(round(weight * scale))]
    cancelled = round(16 * scale)
    targets = ["cancelled"] * cancelled + running + ["closed"] * max(0, PROCUREMENTS[size] - cancelled - len(running))
    rng.shuffle(targets)
    return targets


def _procurement(demo: _Demo, target: str, subject: tuple[str, str, str],
                 ) -> tuple[dict, dict[str, tuple[date, date | None]]]:
    rng = demo.rng
    title, area, kind = subject
    procedure = rng.choices([p for p, _ in PROCEDURE_WEIGHTS], [w for _, w in PROCEDURE_WEIGHTS])[0]
    if kind == "social_services" and procedure in ("restricted", "competitive_dialogue"):
        procedure = "open"
    electronic = rng.random() < 0.9
    start, planned, actual, before_cancel = _schedule(demo, target, procedure, electronic)
    pid = demo.next_id("procurement")
    reached = [stage for stage, day in zip(STAGES, actual) if day is not None]
    stage = "cancelled" if before_cancel else reached[-1]
    stages = {name: (plan, done) for name, plan, done in zip(STAGES, planned, actual)}
    for stage_name, (plan, done) in stages.items():
        demo.rows["stages"].append({"id": demo.next_id("stage"), "procurement_id": pid, "stage": stage_name,
                                    "planned_on": plan, "actual_on": done})
    responsible = rng.choice(demo.staff[1:] or demo.staff)[0] if demo.staff else None
    attesters = "\n".join(name for _pid, name in demo.staff[:2]) if STAGES.index(reached[-1]) >= 4 else ""
    row = {"id": pid, "case_number": "", "title": f"{title} {start.year + 1}", "area": area,
           "contract_kind": kind, "procedure": procedure, "estimated_value_ore": _value_ore(rng, procedure, kind),
           "responsible_id": responsible, "contract_group_id": demo.groups.get(title), "proposal_id": None,
           "stage": stage, "stage_before_cancel": before_cancel, "cancel_reason": "", "electronic_submission": True,
           "prior_information_notice": procedure == "open" and rng.random() < 0.1, "urgent": False,
           "tender_period_reason": "", "award_sent_electronically": electronic, "opening_attesters": attesters,
           "created_on": actual[0] or start, "notes": ""}
    if before_cancel:
        tendered = actual[STAGES.index("tender_deadline")] is not None
        row["cancel_reason"] = rng.choice(CANCEL_REASONS[1:] if tendered else CANCEL_REASONS[:2])
    demo.rows["procurements"].append(row)
    return row, stages


def _participants(demo: _Demo, row: dict, towns: list[tuple[int, str]], volumes: dict[int, int],
                  advertised: date | None) -> None:
    """Participants with their yearly volume; a power of attorney for each before advertising, most earlier."""
    rng = demo.rng
    for town_id, town_name in towns:
        has_poa = advertised is not None or rng.random() < 0.65
        signer = rng.choice(demo.signers.get(town_id) or ["Kommundirektören"])
        received = min(row["created_on"] + timedelta(days=rng.randint(5, 60)), advertised or demo.today, demo.today)
        demo.rows["participants"].append({
            "procurement_id": row["id"], "municipality_id": town_id, "estimated_volume_ore": volumes[town_id],
            "poa_received_on": received if has_poa else None, "poa_signed_by": signer if has_poa else "",
            "poa_filename": f"Fullmakt {town_name}.pdf" if has_poa else "",
            "poa_sha256": demo.poa_sha256 if has_poa else None})


def _documents_and_tenders(demo: _Demo, row: dict, stages: dict[str, tuple[date, date | None]], kravspec: str) -> None:
    rng = demo.rng
    reached = STAGES.index(row["stage_before_cancel"] or row["stage"])
    if reached >= STAGES.index("requirements"):
        begun = stages["requirements"][1] or row["created_on"]
        added = [min(begun + timedelta(days=10 * n), demo.today) for n in range(rng.randint(1, 3))]
        demo.rows["documents"] += [{
            "procurement_id": row["id"], "title": "Kravspecifikation", "version": n + 1, "sha256": kravspec,
            "filename": f"Kravspecifikation v{n + 1}.pdf", "added_by_id": row["responsible_id"],
            "added_at": datetime.combine(day, time(9, 30), STOCKHOLM).astimezone(timezone.utc),
            "note": "Efter avtalsgruppens synpunkter." if n else ""} for n, day in enumerate(added)]
    deadline = stages["tender_deadline"][1]
    if deadline is None:
        return
    public = stages["award_decision"][1] is not None
    evaluated = reached >= STAGES.index("evaluation")
    count = rng.randint(1, 3) if row["procedure"] == "direct_award" else rng.randint(2, 6)
    names = rng.sample(SUPPLIERS, count)
    late = (row["id"] == demo.first_late or rng.random() < 0.05) and deadline < demo.today
    now = clock.utcnow() - timedelta(hours=1) if demo.today == clock.today() \
        else datetime.combine(demo.today, time(12, 0), STOCKHOLM)  # nothing received in the future
    spread = max(0, min(10, (deadline - (stages["advertised"][1] or deadline)).days // 2))
    offers = []
    for index, name in enumerate(names):
        is_late = late and index == count - 1 and count > 1
        day = deadline + timedelta(days=1) if is_late else deadline - timedelta(days=rng.randint(0, spread))
        moment = datetime.combine(day, time(rng.randint(8, 22), rng.choice((0, 14, 27, 41, 58))), STOCKHOLM)
        qualified = None if not evaluated else (False if is_late else rng.random() < 0.85)
        reason = "Anbudet kom in efter sista anbudsdag." if is_late and evaluated else \
            "Uppfyller inte kravet på ekonomisk stabilitet." if qualified is False else ""
        offers.append({"procurement_id": row["id"], "supplier_name": name, "supplier_id": None,
                       "received_at": min(moment.astimezone(timezone.utc), now), "qualified": qualified,
                       "qualification_reason": reason, "price_ore": None, "score": None, "ranking": None,
                       "awarded": False, "notes": ""})
    if public:
        ranked = [offer for offer in offers if offer["qualified"]]
        for offer in ranked:
            offer["price_ore"] = row["estimated_value_ore"] * rng.randint(80, 115) // 100
            offer["score"] = round(rng.uniform(55, 98), 1)
        ranked.sort(key=lambda offer: -offer["score"])
        for position, offer in enumerate(ranked, start=1):
            offer["ranking"] = position
            offer["awarded"] = position <= (2 if row["procedure"] != "direct_award" and len(ranked) > 3 else 1)
    demo.rows["tenders"] += offers


def _workshops(demo: _Demo, size: str, people: list[int]) -> list[tuple[int, date, str]]:
    rng, made = demo.rng, []
    for index in range(WORKSHOPS[size]):
        topic, area = WORKSHOP_TOPICS[index % len(WORKSHOP_TOPICS)]
        held = workdays.next_working_day(demo.today - timedelta(days=int((index + 0.5) * 900 / WORKSHOPS[size])))
        wid = demo.next_id("workshop")
        demo.rows["workshops"].append({"id": wid, "title": topic, "held_on": held, "area": area,
                                       "place": rng.choice(PLACES), "notes": ""})
        demo.rows["workshop_people"] += [{"workshop_id": wid, "person_id": person}
                                         for person in rng.sample(people, min(len(people), rng.randint(6, 12)))]
        made.append((wid, held, area))
    return made


def _proposal(demo: _Demo, title: str, area: str, status: str, created: date, workshops, rank: int | None,
              volumes: dict[int, int], proposer: int | None, changed: date | None = None) -> int:
    rng = demo.rng
    earlier = [w for w in workshops if w[1] < created and (area == "other" or w[2] == area)]
    origin = rng.choice(("workshop", "workshop", "working_group", "municipality")) if earlier else \
        rng.choice(("working_group", "municipality"))
    town = rng.choice(demo.towns)[0] if origin == "municipality" and demo.towns else None
    proposal_id = demo.next_id("proposal")
    if changed is None and status != "new":
        changed = min(demo.today, created + timedelta(days=rng.randint(20, 120)))
    demo.rows["proposals"].append({
        "id": proposal_id, "title": title, "area": area, "description": f"Förslag om {title.lower()}.",
        "origin": origin, "workshop_id": max(earlier, key=lambda w: w[1])[0] if origin == "workshop" else None,
        "origin_municipality_id": town, "proposer_id": proposer, "status": status, "priority_rank": rank,
        "created_on": created, "status_changed_on": changed, "notes": ""})
    demo.rows["interests"] += [{"proposal_id": proposal_id, "municipality_id": town_id, "yearly_volume_ore": volume}
                               for town_id, volume in volumes.items()]
    return proposal_id


def _load(session, size: str, today: date) -> _Demo | None:
    towns = list(session.execute(select(Municipality.id, Municipality.name).where(Municipality.status == "member")
                                 .order_by(Municipality.name)))
    if not towns:
        return None
    staff = list(session.execute(select(Person.id, Person.name).where(
        Person.organisation_kind == "stic", Person.active.is_(True)).order_by(Person.id)))
    signers: dict[int, list[str]] = defaultdict(list)
    for name, town in session.execute(select(Person.name, Person.municipality_id).where(
            Person.municipality_id.is_not(None), Person.active.is_(True), Person.anonymised.is_(False))):
        signers[town].append(name)
    groups = {name.removeprefix("Avtalsgrupp "): gid for gid, name in session.execute(
        select(Group.id, Group.name).where(Group.kind == "contract"))}
    ids = {kind: session.scalar(select(func.max(model.id))) or 0 for kind, model in (
        ("procurement", Procurement), ("stage", ProcurementStage), ("workshop", Workshop), ("proposal", Proposal))}
    rules = dict(session.execute(select(DeadlineRule.key, DeadlineRule.days)).all())
    return _Demo(random.Random(f"stic-demo-procurements-{size}"), today, rules, ids,
                 [tuple(s) for s in staff], [tuple(t) for t in towns], dict(signers), groups, size == "small")


def seed_procurements(db, size: str, *, today: date | None = None) -> int:
    """Adds the demo workshops, proposals and procurements once (any of them present: left alone); how many
    procurements were added. ``today`` (the real today when left out) anchors every date."""
    with db.write() as session:
        if any(session.scalar(select(model.id).limit(1)) is not None for model in (Procurement, Proposal, Workshop)):
            return 0
        demo = _load(session, size, today or clock.today())
        if demo is None:
            return 0
        rng = demo.rng
        demo.poa_sha256 = storage.store_file(session, demo_pdf("Fullmakt.pdf", 1)[0])
        kravspec = storage.store_file(session, demo_pdf("Kravspecifikation.pdf", 3)[0])
        catalogue = _catalogue()
        people = [pid for pid, *_ in session.execute(select(Person.id).where(
            Person.organisation_kind == "municipality", Person.active.is_(True), Person.anonymised.is_(False)))]
        workshops = _workshops(demo, size, people)
        decided = PROPOSALS[size] * 3 // 8
        for number, target in enumerate(_targets(size, rng)):
            row, stages = _procurement(demo, target, catalogue[number % len(catalogue)] if size == "small"
                                       else rng.choice(catalogue))
            if not demo.first_late and row["stage"] in ("evaluation", "award_decision", "signed") \
                    and row["procedure"] != "direct_award":
                demo.first_late = row["id"]  # the one sure late tender
            towns = rng.sample(demo.towns, min(len(demo.towns), rng.randint(3, 14)))
            volumes = {town_id: rng.randrange(20, 800) * 10_000 * 100 for town_id, _ in towns}
            if decided and row["created_on"] > demo.today - timedelta(days=900) and row["stage"] != "cancelled":
                decided -= 1
                created = row["created_on"] - timedelta(days=rng.randint(60, 200))
                row["proposal_id"] = _proposal(demo, row["title"], row["area"], "decided", created, workshops, None,
                                               volumes, rng.choice(people) if people else None,
                                               row["created_on"] - timedelta(days=rng.randint(1, 20)))
            _participants(demo, row, towns, volumes, stages["advertised"][1])
            _documents_and_tenders(demo, row, stages, kravspec)
        _open_proposals(demo, size, workshops, people)
        _number(demo.rows["procurements"])
        for model, key in ((Workshop, "workshops"), (WorkshopParticipant, "workshop_people"), (Proposal, "proposals"),
                           (ProposalInterest, "interests"), (Procurement, "procurements"),
                           (ProcurementStage, "stages"), (ProcurementParticipant, "participants"),
                           (RequirementDocument, "documents"), (Tender, "tenders")):
            if demo.rows[key]:
                session.execute(insert(model.__table__), demo.rows[key])
        continue_sequences(session)
        return len(demo.rows["procurements"])


def _open_proposals(demo: _Demo, size: str, workshops, people: list[int]) -> None:
    """The proposals still on the list (new, under discussion, prioritised with a rank, rejected, dormant)."""
    rng = demo.rng
    left = PROPOSALS[size] - len(demo.rows["proposals"])
    ranks = iter(range(1, left + 1))
    for index in range(left):
        status = OPEN_STATUSES[index % len(OPEN_STATUSES)]
        title = IDEAS[(index // len(IDEA_TOPICS) + index) % len(IDEAS)].format(x=IDEA_TOPICS[index % len(IDEA_TOPICS)])
        area = ("social", "technical", "other")[index % 3]
        towns = rng.sample(demo.towns, min(len(demo.towns), rng.randint(1, 8)))
        _proposal(demo, title, area, status, demo.today - timedelta(days=rng.randint(5, 540)), workshops,
                  next(ranks) if status == "prioritised" else None,
                  {town_id: rng.randrange(10, 400) * 10_000 * 100 for town_id, _ in towns},
                  rng.choice(people) if people else None)


def _number(rows: list[dict]) -> None:
    """Case numbers STIC-YYYY-NNN in order of creation within each year."""
    per_year: dict[int, int] = defaultdict(int)
    for row in sorted(rows, key=lambda r: (r["created_on"], r["id"])):
        year = row["created_on"].year
        per_year[year] += 1
        row["case_number"] = f"STIC-{year}-{per_year[year]:03d}"
