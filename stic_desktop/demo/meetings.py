"""Demo meetings (part of ``services.demo``): past and future meetings of the groups, with invitees,
replies and attendance, agendas from the groups' templates, minutes with § numbers, action items and
a few attached PDFs.

Like ``demo_people``, rows are inserted with the models in one transaction and not audited: the
large size (about 5,000 meetings over ten years) must take seconds, not minutes. Dates are relative
to today, so a new demo always has meetings coming up; everything else follows a fixed seed.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import func, insert, select

from stic_desktop.core import clock, workdays
from stic_desktop.demo.meeting_texts import (
    ACTIONS,
    DEMO_PDFS,
    DESCRIPTIONS,
    LOCATIONS,
    NOTES,
    TEMPLATE_MINUTES,
    agenda_topics,
    demo_pdf,
)
from stic_desktop.models import (
    ActionItem,
    AgendaAttachment,
    AgendaItem,
    AgendaTemplateItem,
    Group,
    Invitee,
    Meeting,
    Membership,
    Person,
)
from stic_desktop.services.meetings.agenda_templates import (
    DEFAULT_CLOSING,
    DEFAULT_KINDS,
    DEFAULT_MINUTES,
    DEFAULT_OPENING,
)
from stic_desktop.services.meetings.records import STOCKHOLM
from stic_desktop.services.meetings.year_plan import default_title, nth_weekday
from stic_desktop.services.people.memberships import ROLE_ORDER
from stic_desktop.storage import blobs as storage
from stic_desktop.storage.portable import continue_sequences

MEETINGS = {"small": 45, "large": 5000, "huge": 50000}  # about; standing groups keep their rhythm, contract groups fill up
# a contract group meets at most about every six weeks while it writes its requirements (large and huge: as the
# benchmarks need)
CONTRACT_SPACING_DAYS = {"small": 42, "large": 5, "huge": 5}
YEARS_BACK = {"small": 1, "large": 10, "huge": 10}
DAYS_AHEAD = {"small": 120, "large": 180, "huge": 180}
ATTACHED_MEETINGS = 8
# kind -> (months, weekday, nth, start, minutes): the steering group ten times a year (not in January or July),
# the working group monthly except July (eleven), on a fixed weekday as a year plan would put them.
STANDING = {"steering": ((2, 3, 4, 5, 6, 8, 9, 10, 11, 12), 3, 2, time(13, 0), 120),
            "working": ((1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12), 1, 1, time(9, 0), 150)}
CONTRACT_TIMES = ((time(10, 0), 90), (time(13, 30), 90), (time(9, 0), 120))
STEERING_TEMPLATE = (*DEFAULT_OPENING, "Rapport från regionchefen")  # the steering group has its own opening
Template = list[tuple[str, str, str, int]]  # (title, placement, kind, minutes)


@dataclass
class _Seat:
    person_id: int
    role: str
    start: date
    end: date | None


@dataclass
class _Plan:
    rng: random.Random
    now: datetime
    ids: dict[str, int]
    people: dict[int, tuple[bool, bool, int | None, str]]  # id -> (active, anonymised, municipality, kind)
    staff: list[int]
    locals_by_town: dict[int, list[int]]
    names: dict[int, str]
    meetings: list[dict] = field(default_factory=list)
    invitees: list[dict] = field(default_factory=list)
    items: list[dict] = field(default_factory=list)
    actions: list[dict] = field(default_factory=list)
    paragraphs: dict[tuple[int, int], int] = field(default_factory=lambda: defaultdict(int))
    cases: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    attachable: list[tuple[datetime, int, str]] = field(default_factory=list)  # (start, item id, title)

    def next_id(self, kind: str) -> int:
        self.ids[kind] += 1
        return self.ids[kind]


# --- dates --------------------------------------------------------------------------------------

def _standing_days(kind: str, first: date, last: date) -> list[date]:
    months, weekday, nth, _start, _minutes = STANDING[kind]
    days = (workdays.next_working_day(nth_weekday(year, month, weekday, nth))
            for year in range(first.year, last.year + 1) for month in months)
    return [day for day in days if first <= day <= last]


def _spread(rng: random.Random, first: date, last: date, count: int) -> list[date]:
    """About ``count`` working days spread over first..last, never two on one day."""
    step = max(1.0, (last - first).days / max(count, 1))
    days: list[date] = []
    for index in range(count):
        day = workdays.next_working_day(first + timedelta(days=int((index + rng.uniform(0.2, 0.8)) * step)))
        if day <= last and (not days or day > days[-1]):
            days.append(day)
    return days


def _schedules(rng: random.Random, groups: list[Group], seats: dict[int, list[_Seat]], size: str,
               today: date) -> list[tuple[Group, date]]:
    """Every (group, day): standing groups by their rhythm, contract groups share what is left of the target."""
    first = date(today.year - YEARS_BACK[size], today.month, min(today.day, 28))  # 28: never 29 February
    last = today + timedelta(days=DAYS_AHEAD[size])
    spans = {g.id: (max(first, min(s.start for s in seats[g.id])), last) for g in groups if seats.get(g.id)}
    plan = [(g, day) for g in groups if g.kind in STANDING and g.id in spans
            for day in _standing_days(g.kind, *spans[g.id])]
    contract = [g for g in groups if g.kind == "contract" and g.id in spans]
    total_days = sum((spans[g.id][1] - spans[g.id][0]).days for g in contract) or 1
    left = max(0, MEETINGS[size] - len(plan))
    for group in contract:
        begin, end = spans[group.id]
        wanted = min(max(1, round(left * (end - begin).days / total_days)), (end - begin).days // CONTRACT_SPACING_DAYS[size])
        plan += [(group, day) for day in _spread(rng, begin, end, wanted)]
    return sorted(plan, key=lambda entry: (entry[1], entry[0].id))


# --- one meeting --------------------------------------------------------------------------------

def _members_on(seats: list[_Seat], day: date) -> dict[int, str]:
    roles: dict[int, str] = {}
    for seat in seats:
        if seat.start <= day and (seat.end is None or seat.end >= day):
            if seat.person_id not in roles or ROLE_ORDER.index(seat.role) < ROLE_ORDER.index(roles[seat.person_id]):
                roles[seat.person_id] = seat.role
    return roles


def _officers(plan: _Plan, roles: dict[int, str]) -> tuple[int | None, int | None]:
    def first(*wanted: str) -> int | None:
        return next((pid for want in wanted for pid, role in sorted(roles.items()) if role == want), None)

    chair = first("chair", "vice_chair", "convener")
    secretary = first("secretary", "convener")
    if secretary is None or secretary == chair:
        secretary = next((pid for pid in plan.staff if pid != chair), None)
    return chair, secretary


def _status(plan: _Plan, starts: datetime, ends: datetime) -> str:
    rng, now = plan.rng, plan.now
    if ends < now:
        if rng.random() < 0.03:
            return "cancelled"
        recent = now - ends < timedelta(days=21)
        return "held" if recent or rng.random() < 0.005 else "adjusted"
    if starts - now < timedelta(days=21):
        return "cancelled" if rng.random() < 0.04 else "invited"
    return "draft"


def _reply(plan: _Plan, person_id: int, past: bool, invited: list[int]) -> dict:
    """RSVP and attendance; a substitute is someone from the same municipality who was not invited."""
    rng = plan.rng
    row = {"rsvp": "pending", "rsvp_substitute_id": None, "attendance": "unknown", "attendance_substitute_id": None}
    roll = rng.random()
    town = plan.people[person_id][2]
    spare = [p for p in plan.locals_by_town.get(town, ()) if p not in invited] if town else []
    if roll < 0.78:
        row["rsvp"] = "yes"
    elif roll < 0.9:
        row["rsvp"] = "no"
    elif roll < 0.96 and spare:
        substitute = rng.choice(spare)
        row.update(rsvp="substitute", rsvp_substitute_id=substitute)
    if not past:
        return row if rng.random() < 0.6 else {**row, "rsvp": "pending", "rsvp_substitute_id": None}
    if row["rsvp"] == "substitute":
        row.update(attendance="substitute", attendance_substitute_id=row["rsvp_substitute_id"])
    elif row["rsvp"] == "no":
        row["attendance"] = "absent"
    else:
        row["attendance"] = "present" if rng.random() < 0.93 else "absent"
    return row


def _meeting(plan: _Plan, group: Group, day: date, seats: list[_Seat], template: Template) -> None:
    rng, now = plan.rng, plan.now
    past_day = day < now.astimezone(STOCKHOLM).date()
    roles = {pid: role for pid, role in _members_on(seats, day).items()
             if not plan.people[pid][1] and (past_day or plan.people[pid][0])}
    if not roles:
        return
    kind = "regular"
    if group.kind != "steering":
        roll = rng.random()
        kind = "extra" if roll < 0.06 else "workshop" if roll < 0.1 else "regular"
    if group.kind in STANDING:
        start_time, minutes = STANDING[group.kind][3:]
    else:
        start_time, minutes = rng.choice(CONTRACT_TIMES)
    minutes = 180 if kind == "workshop" else minutes
    starts = datetime.combine(day, start_time, STOCKHOLM)
    ends = starts + timedelta(minutes=minutes)
    status = _status(plan, starts, ends)
    chair, secretary = _officers(plan, roles)
    meeting_id = plan.next_id("meeting")
    topics = agenda_topics(rng, group, day)
    title = {"extra": f"Extra möte – {group.name}", "workshop": f"Workshop – {topics[0][0]}"}.get(
        kind, default_title(group.name, day))
    location = rng.choice(LOCATIONS)
    online = "Digitalt" in location or rng.random() < 0.3
    case = ""
    if group.kind == "steering":
        plan.cases[day.year] += 1
        case = f"STIC {day.year}/{plan.cases[day.year]:03d}"
    sent = None
    if status != "draft":
        sent = min(now, starts - timedelta(days=rng.randint(14, 21))).astimezone(timezone.utc)
    held = status in ("held", "adjusted")

    guests = [secretary] if secretary is not None and secretary not in roles else []  # STIC keeps the minutes
    if rng.random() < 0.05:
        guests += [pid for pid in plan.staff if pid not in roles and pid not in guests][:1]
    invited = sorted(roles) + guests
    rows = []
    for person_id in invited:
        answer = _reply(plan, person_id, status != "draft" and ends < now, invited) if status != "draft" else {}
        rows.append({"meeting_id": meeting_id, "person_id": person_id, "guest": person_id in guests,
                     "rsvp": "pending", "rsvp_substitute_id": None, "attendance": "unknown",
                     "attendance_substitute_id": None, "adjuster": False, **answer})
    if held:
        for row in rows:
            if row["person_id"] in (chair, secretary):
                row.update(rsvp="yes", rsvp_substitute_id=None, attendance="present", attendance_substitute_id=None)
    present = [r for r in rows if r["attendance"] == "present" and r["person_id"] not in (chair, secretary)]
    adjusters = rng.sample(present, min(len(present), 2 if group.kind == "steering" else 1)) if held else []
    for row in adjusters:
        row["adjuster"] = True
    if status == "adjusted" and (chair is None or secretary is None or not adjusters):
        status = "held"
    plan.invitees += rows
    plan.meetings.append({
        "id": meeting_id, "group_id": group.id, "title": title, "kind": kind, "starts_at": starts, "ends_at": ends,
        "location": location, "online_link": f"https://teams.example.se/meet/{rng.getrandbits(40):010x}" * online,
        "status": status, "case_number": case, "uid": f"{rng.getrandbits(128):032x}@stic-desktop",
        "sequence": 1 if status == "cancelled" and sent else 0, "chair_id": chair, "secretary_id": secretary,
        "invitation_sent_at": sent, "notes": "",
        "adjusted_at": min(now, ends + timedelta(days=rng.randint(5, 14))) if status == "adjusted" else None,
    })
    chosen = [plan.names[r["person_id"]] for r in adjusters]
    _agenda(plan, group, meeting_id, starts, minutes, template, topics, held, {
        "chair": " ".join(("Ordföranden", plan.names.get(chair, ""))).strip(),
        "adjusters": " och ".join(chosen) or "ordföranden",
        "label": group.name if group.kind in STANDING else "Avtalsgruppen",
        "presenters": [p for p in (secretary, chair, *plan.staff[:1]) if p is not None]}, rows)


def _agenda(plan: _Plan, group: Group, meeting_id: int, starts: datetime, minutes: int,
            template: Template, topics: list[tuple[str, str, str]], held: bool, who: dict,
            invitees: list[dict]) -> None:
    rng = plan.rng
    opening = [entry for entry in template if entry[1] != "closing"]
    closing = [entry for entry in template if entry[1] == "closing"]
    fixed = sum(entry[3] for entry in template)
    share = max(10, (minutes - fixed) // max(len(topics), 1) // 5 * 5)
    year = starts.year
    entries = [(title, kind, length, "", "") for title, _place, kind, length in opening]
    for title, kind, proposal in topics:
        length = max(5, share + rng.choice((-5, 0, 0, 5)) + (20 if rng.random() < 0.05 else 0))
        entries.append((title, kind, length, rng.choice(DESCRIPTIONS), proposal))
    entries += [(title, kind, length, "", "") for title, _place, kind, length in closing]
    middle_ids = []
    for position, (title, kind, length, description, proposal) in enumerate(entries):
        item_id = plan.next_id("item")
        notes, decision = "", ""
        paragraph = None
        if held:
            plan.paragraphs[(group.id, year)] += 1
            paragraph = plan.paragraphs[(group.id, year)]
            canned = TEMPLATE_MINUTES.get(title.casefold())
            if canned:
                notes, verdict = (text.format(**who) for text in canned)
            else:
                notes, verdict = rng.choice(NOTES), proposal
            decision = f"{who['label']} beslutade {verdict}." if verdict else ""
        if description:
            middle_ids.append((item_id, title))
            plan.attachable.append((starts, item_id, title))
        plan.items.append({
            "id": item_id, "meeting_id": meeting_id, "position": position, "title": title, "kind": kind,
            "presenter_id": rng.choice(who["presenters"]) if description and who["presenters"] else None,
            "duration_minutes": length, "description": description, "proposed_decision": proposal,
            "minutes_notes": notes, "decision": decision, "paragraph": paragraph})
    if held and middle_ids and rng.random() < 0.5:
        present = [r["person_id"] for r in invitees if r["attendance"] == "present"] or who["presenters"]
        for _ in range(rng.randint(1, 2)):
            item_id, title = rng.choice(middle_ids)
            due = starts.date() + timedelta(days=rng.randint(14, 60))
            overdue = (plan.now.date() - due).days
            done = due - timedelta(days=rng.randint(0, 10)) if overdue > 30 and rng.random() < 0.92 else None
            plan.actions.append({
                "meeting_id": meeting_id, "agenda_item_id": item_id,
                "description": rng.choice(ACTIONS).format(topic=title.lower()),
                "responsible_id": rng.choice(present) if present else None, "due_date": due, "done_on": done})


# --- the whole demo -----------------------------------------------------------------------------

def _template(session, group: Group) -> Template:
    """(title, placement, kind, minutes): the group's own template, or the defaults."""
    rows = session.execute(select(AgendaTemplateItem.title, AgendaTemplateItem.placement, AgendaTemplateItem.kind,
                                  AgendaTemplateItem.duration_minutes)
                           .where(AgendaTemplateItem.group_id == group.id)
                           .order_by(AgendaTemplateItem.placement.desc(), AgendaTemplateItem.position)).all()
    if rows:
        return [tuple(row) for row in rows]
    return [(title, place, DEFAULT_KINDS.get(title.casefold(), "information"), DEFAULT_MINUTES)
            for place, titles in (("opening", DEFAULT_OPENING), ("closing", DEFAULT_CLOSING)) for title in titles]


def _steering_template(session, groups: list[Group]) -> None:
    steering = next((g for g in groups if g.kind == "steering"), None)
    if steering is None or session.scalar(
            select(AgendaTemplateItem.id).where(AgendaTemplateItem.group_id == steering.id)):
        return
    rows = [{"group_id": steering.id, "placement": place, "position": n, "title": title,
             "kind": DEFAULT_KINDS.get(title.casefold(), "information"),
             "duration_minutes": DEFAULT_MINUTES if title in (*DEFAULT_OPENING, *DEFAULT_CLOSING) else 15}
            for place, titles in (("opening", STEERING_TEMPLATE), ("closing", DEFAULT_CLOSING))
            for n, title in enumerate(titles)]
    session.execute(insert(AgendaTemplateItem), rows)


def _attach(session, plan: _Plan) -> int:
    """A few PDFs (made once, stored once by SHA-256) on the items of the meetings nearest today."""
    files = [(name, *demo_pdf(name, pages, landscape)) for name, pages, landscape in DEMO_PDFS]
    stored = [(name, storage.store_file(session, data), pages) for name, data, pages in files]
    chosen: dict[int, int] = {}  # meeting id -> the item that gets the files
    meeting_of = {item["id"]: item["meeting_id"] for item in plan.items}
    for _start, item_id, _title in sorted(plan.attachable, key=lambda e: abs(e[0] - plan.now)):
        chosen.setdefault(meeting_of[item_id], item_id)
        if len(chosen) >= ATTACHED_MEETINGS:
            break
    rows = []
    for index, item_id in enumerate(chosen.values()):
        for position in range(1 + index % 2):
            name, sha, pages = stored[(index + position) % len(stored)]
            rows.append({"agenda_item_id": item_id, "position": position, "filename": name, "sha256": sha,
                         "page_count": pages})
    if rows:
        session.execute(insert(AgendaAttachment.__table__), rows)
    return len(rows)


def seed_meetings(db, size: str) -> int:
    """Adds the demo meetings once (a database with any meeting is left alone); returns how many were added."""
    with db.write() as session:
        if session.scalar(select(Meeting.id).limit(1)) is not None:
            return 0
        groups = list(session.scalars(select(Group).where(Group.active.is_(True)).order_by(Group.id)))
        seats: dict[int, list[_Seat]] = defaultdict(list)
        for membership in session.scalars(select(Membership)):
            seats[membership.group_id].append(_Seat(membership.person_id, membership.role, membership.from_date,
                                                    membership.to_date))
        people, names, towns, staff = {}, {}, defaultdict(list), []
        for pid, name, active, anonymised, town, kind in session.execute(select(
                Person.id, Person.name, Person.active, Person.anonymised, Person.municipality_id,
                Person.organisation_kind).order_by(Person.id)):
            people[pid], names[pid] = (active, anonymised, town, kind), name
            if active and not anonymised and kind == "stic":
                staff.append(pid)
            elif active and not anonymised and town is not None:
                towns[town].append(pid)
        if not seats:
            return 0
        _steering_template(session, groups)
        ids = {"meeting": session.scalar(select(func.max(Meeting.id))) or 0,
               "item": session.scalar(select(func.max(AgendaItem.id))) or 0}
        plan = _Plan(random.Random(f"stic-demo-meetings-{size}"), clock.utcnow(), ids, people, staff,
                     towns, names)
        templates = {g.id: _template(session, g) for g in groups}
        for group, day in _schedules(plan.rng, groups, seats, size, clock.today()):
            _meeting(plan, group, day, seats[group.id], templates[group.id])
        for model, rows in ((Meeting, plan.meetings), (Invitee, plan.invitees), (AgendaItem, plan.items),
                            (ActionItem, plan.actions)):
            if rows:  # Core on the table: one executemany (the ORM form splits rows by which values are None)
                session.execute(insert(model.__table__), rows)
        continue_sequences(session)
        _attach(session, plan)
        return len(plan.meetings)
