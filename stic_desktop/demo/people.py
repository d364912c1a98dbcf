"""Demo people, groups and memberships for all 26 municipalities (part of ``services.demo``).

Generated from a fixed random seed, so every demo database looks the same. Rows are inserted with
the models in one transaction and not audited: 2,000 people must take a second, not a minute.
Some gaps are deliberate, so the staffing view has something to show: Ekerö has no one in the
working group, one contract group has no chair and one has fewer experts than its minimum.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, insert, select

from stic_desktop.models import Group, Membership, Municipality, Person, PersonExpertise
from stic_desktop.storage.portable import continue_sequences

PEOPLE = {"small": 150, "large": 2000, "huge": 20000}
CONTRACT_GROUPS = {"small": 6, "large": 40, "huge": 400}
DOMAIN = "example.se"  # never a real municipality's domain: demo invitations must not reach real people
CEO = ("Karin Lindberg", "Vd, SKL Kommentus", "karin.lindberg@adda.example.se")
GAP_MUNICIPALITY = "0125"  # Ekerö: no one in the working group
STEERING_CODES = ("0182", "0180", "0126", "0181", "0184", "0160", "0127", "0123")  # the first one chairs

FIRST = ("Anders", "Annika", "Birgitta", "Björn", "Camilla", "Daniel", "Emma", "Eva", "Fredrik", "Gunilla", "Hanna",
         "Helena", "Henrik", "Ingrid", "Jakob", "Johan", "Jonas", "Karl", "Karolina", "Kristina", "Lars", "Lena",
         "Linnea", "Magnus", "Maria", "Marie", "Mats", "Mikael", "Niklas", "Nils", "Olof", "Oskar", "Per", "Peter",
         "Sofia", "Stefan", "Susanne", "Thomas", "Ulrika", "Viktor", "Åsa", "Elin", "Ida", "Amir", "Leila", "Yusuf",
         "Maja", "Gustav", "Ebba", "Axel")
LAST = ("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
        "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson", "Lindberg", "Jakobsson",
        "Magnusson", "Lindström", "Olofsson", "Lindqvist", "Lindgren", "Berg", "Axelsson", "Bergström", "Lundberg",
        "Lundqvist", "Mattsson", "Berglund", "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg", "Wallin",
        "Engström", "Eklund", "Danielsson", "Håkansson", "Lundin", "Björk", "Gunnarsson", "Holm", "Samuelsson",
        "Fransson", "Öberg", "Åberg", "Hosseini", "Ali")
# (name, municipality code, area): people the tests and the eye look for in PDFs and lists.
SPECIAL = (("Łukasz Żółć", "0181", "IT"), ("Ayşe Yılmaz", "0127", "hemtjänst"),
           ("Jelena Petrović", "0126", "livsmedel"), ("Олег Иванов", "0183", "fordon"))

AREAS = {  # expertise tag -> (titles, contract groups)
    "livsmedel": (("Kostchef", "Måltidsutvecklare"), ("Livsmedel", "Frukt och grönt", "Kolonialvaror", "Mejeriprodukter")),
    "IT": (("IT-strateg", "IT-chef", "Systemförvaltare"), ("Datorer och surfplattor", "Nätverksutrustning",
                                                           "IT-konsulttjänster", "Skrivare och kopiatorer")),
    "hemtjänst": (("Enhetschef hemtjänst", "Verksamhetsutvecklare äldreomsorg"), ("Hjälpmedel hemtjänst",
                                                                                  "Inkontinensartiklar", "Arbetskläder vård")),
    "fordon": (("Fordonssamordnare", "Transportchef"), ("Leasing av personbilar", "Elfordon", "Däck och verkstad")),
    "städ": (("Lokalvårdschef", "Lokalvårdssamordnare"), ("Lokalvård", "Städmaterial", "Fönsterputs")),
    "möbler": (("Inredningssamordnare", "Lokalplanerare"), ("Skolmöbler", "Kontorsmöbler", "Förskolemöbler")),
    "kontorsmaterial": (("Inköpssamordnare", "Administrativ chef"), ("Kontorsmaterial", "Papper", "Trycksaker")),
    "energi": (("Energistrateg", "Energisamordnare"), ("El", "Solceller", "Laddinfrastruktur", "Fjärrvärmeservice")),
    "bygg": (("Fastighetschef", "Byggprojektledare"), ("Byggentreprenader", "Måleritjänster", "VVS-tjänster",
                                                        "Ramavtal konsulter bygg")),
    "skolskjuts": (("Skolskjutssamordnare", "Trafikplanerare"), ("Skolskjuts", "Särskoleskjuts", "Färdtjänst")),
    "läromedel": (("Läromedelssamordnare", "Rektor"), ("Tryckta läromedel", "Digitala läromedel", "Skolbibliotek")),
    "larm": (("Säkerhetssamordnare", "Säkerhetschef"), ("Inbrottslarm", "Trygghetslarm", "Brandlarm")),
}
OTHER_TITLES = ("Upphandlare", "Ekonom", "Controller", "Nämndsekreterare", "Handläggare")
OTHERS = (("Region Stockholm", "Upphandlingsstrateg"), ("Upphandlingsmyndigheten", "Jurist"),
          ("Kommuninvest", "Analytiker"))
POPULATION = {  # thousands, rounded: more people from bigger municipalities
    "0114": 48, "0115": 35, "0117": 47, "0120": 46, "0123": 85, "0125": 29, "0126": 115, "0127": 95, "0128": 18,
    "0136": 95, "0138": 50, "0139": 30, "0140": 11, "0160": 75, "0162": 33, "0163": 75, "0180": 985, "0181": 100,
    "0182": 108, "0183": 55, "0184": 85, "0186": 48, "0187": 12, "0188": 63, "0191": 50, "0192": 29,
}
_FOLD = str.maketrans({"ł": "l", "ø": "o", "æ": "ae", "ß": "ss", "đ": "d", "ı": "i", "œ": "oe"})
_CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                     ("a b v g d e e zh z i j k l m n o p r s t u f kh ts ch sh shch  y  e yu ya").split(" ")))


def ascii_fold(text: str) -> str:
    """"Łukasz Żółć" -> "lukasz zolc", "Олег" -> "oleg": for e-mail addresses."""
    lowered = "".join(_CYRILLIC.get(c, c) for c in text.lower()).translate(_FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", lowered) if c.isascii())


def _slug(text: str) -> str:
    return "".join(c for c in ascii_fold(text).replace(" ", ".") if c.isalnum() or c in ".-")


@dataclass
class _Plan:
    """Rows to insert; people carry their tags, so groups can be staffed before anything is written."""

    rng: random.Random
    next_id: int
    people: list[dict] = field(default_factory=list)
    tags: dict[int, tuple[str, ...]] = field(default_factory=dict)
    memberships: list[dict] = field(default_factory=list)
    emails: set[str] = field(default_factory=set)
    names: set[tuple[str, int | None]] = field(default_factory=set)

    def person(self, name: str, title: str, kind: str, municipality: Municipality | None, tags: tuple[str, ...] = (),
               active: bool = True, other: str = "", email: str | None = None) -> dict:
        domain = f"{_slug(municipality.name)}.{DOMAIN}" if municipality else f"{_slug(other or kind)}.{DOMAIN}"
        local, n = _slug(name), 1
        address = email or f"{local}@{domain}"
        while address in self.emails:
            n += 1
            address = f"{local}{n}@{domain}"
        self.emails.add(address)
        self.names.add((name, municipality.id if municipality else None))
        row = {"id": self.next_id, "name": name, "title": title, "organisation_kind": kind,
               "municipality_id": municipality.id if municipality else None, "other_organisation": other,
               "email": address, "phone": self.phone(), "notes": "", "active": active, "anonymised": False}
        self.next_id += 1
        self.people.append(row)
        self.tags[row["id"]] = tags
        return row

    def phone(self) -> str:
        r = self.rng
        if r.random() < 0.5:
            return f"08-{r.randint(500, 799)} {r.randint(100, 999)} {r.randint(10, 99)}"
        return f"07{r.choice('0236')}-{r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}"

    def new_name(self, municipality: Municipality) -> str:
        tries = 0
        while True:
            name = f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"
            if tries > 20:  # the huge demo's Stockholm outgrows the 2,500 first × last names: add a second name
                name = f"{self.rng.choice(FIRST)} {name}"
            if (name, municipality.id) not in self.names:
                return name
            tries += 1

    def seat(self, person: dict, group: Group, role: str, start: date, end: date | None = None) -> None:
        self.memberships.append({"person_id": person["id"], "group_id": group.id, "role": role,
                                 "municipality_id": person["municipality_id"], "represents_other": False,
                                 "from_date": start, "to_date": end, "notes": ""})


def _day(rng: random.Random, first_year: int, last_year: int) -> date:
    return date(rng.randint(first_year, last_year), rng.randint(1, 12), 1)


def _people(plan: _Plan, municipalities: list[Municipality], total: int) -> dict[str, dict]:
    """Everyone; returns the key people by role ("leader:0180", "manager:0180", special names)."""
    rng = plan.rng
    key: dict[str, dict] = {}
    by_code = {m.municipality_code: m for m in municipalities}
    key["ceo"] = plan.person(CEO[0], CEO[1], "adda", None, email=CEO[2])
    for title in ("Avtalsförvaltare", "Kategoriansvarig"):
        plan.person(f"{rng.choice(FIRST)} {rng.choice(LAST)}", title, "adda", None, ("kontorsmaterial",))
    for organisation, title in OTHERS:
        plan.person(f"{rng.choice(FIRST)} {rng.choice(LAST)}", title, "other", None, (), other=organisation)
    for m in municipalities:
        key[f"leader:{m.municipality_code}"] = plan.person(plan.new_name(m), "Kommundirektör", "municipality", m)
        key[f"manager:{m.municipality_code}"] = plan.person(plan.new_name(m), "Upphandlingschef", "municipality", m)
    for name, code, area in SPECIAL:
        key[name] = plan.person(name, AREAS[area][0][0], "municipality", by_code[code], (area,))
    weights = [POPULATION.get(m.municipality_code, 30) ** 0.6 for m in municipalities]
    areas = list(AREAS)
    while len(plan.people) < total:
        m = rng.choices(municipalities, weights)[0]
        if rng.random() < 0.8:
            area = rng.choice(areas)
            tags = {area, *rng.sample(areas, rng.choice((0, 0, 1, 2)))}
            title = rng.choice(AREAS[area][0])
        else:
            tags, title = set(rng.sample(areas, rng.choice((0, 1)))), rng.choice(OTHER_TITLES)
        plan.person(plan.new_name(m), title, "municipality", m, tuple(sorted(tags)), active=rng.random() > 0.06)
    return key


def _former(plan: _Plan, municipality: Municipality, title: str) -> dict:
    """Someone who has left (inactive): their ended memberships are the groups' history."""
    return plan.person(plan.new_name(municipality), title, "municipality", municipality, active=False)


def _standing(plan: _Plan, key: dict[str, dict], manager: dict | None, members: list[Municipality],
              steering: Group, working: Group) -> None:
    by_code = {m.municipality_code: m for m in members}
    codes = [c for c in STEERING_CODES if c in by_code]
    for index, code in enumerate(codes):
        start = date(2024, 1, 1) if code == "0123" else date(2021, 1, 1)
        plan.seat(key[f"leader:{code}"], steering, ("chair", "vice_chair")[index] if index < 2 else "member", start)
    if "0123" in by_code:  # Järfälla changed kommundirektör: the old one is history
        plan.seat(_former(plan, by_code["0123"], "Kommundirektör"), steering, "member", date(2019, 1, 1), date(2023, 12, 31))
    plan.seat(key["ceo"], steering, "member", date(2021, 5, 1))
    if manager is not None:
        plan.seat(manager, steering, "secretary", date(2019, 1, 1))
        plan.seat(manager, working, "convener", date(2019, 1, 1))
    for m in members:
        if m.municipality_code == GAP_MUNICIPALITY:
            continue
        current = key[f"manager:{m.municipality_code}"]
        if plan.rng.random() < 0.2:  # a predecessor who left
            changed = _day(plan.rng, 2021, 2023)
            plan.seat(_former(plan, m, "Upphandlingschef"), working, "member", date(2018, 1, 1), changed - timedelta(days=1))
            plan.seat(current, working, "member", changed)
        else:
            plan.seat(current, working, "member", _day(plan.rng, 2018, 2024))


def _contract_groups(plan: _Plan, key: dict[str, dict], conveners: list[dict], members: list[Municipality],
                     groups: list[Group]) -> None:
    rng = plan.rng
    member_ids = {m.id for m in members}
    experts: dict[tuple[str, int], list[dict]] = {}
    for person in plan.people:
        if person["active"] and person["municipality_id"] in member_ids:
            for tag in plan.tags[person["id"]]:
                experts.setdefault((tag, person["municipality_id"]), []).append(person)
    for index, group in enumerate(groups):
        area = group.subject_area
        special = [key[name] for name, _, a in SPECIAL if a == area and name in key]
        towns = [m.id for m in members if (area, m.id) in experts]
        rng.shuffle(towns)
        chosen = list(dict.fromkeys([p["municipality_id"] for p in special] + towns))[: rng.randint(4, 7)]
        wanted = 2 if index == 2 else len(chosen)  # the third group has fewer experts than its minimum
        picked = [next((p for p in special if p["municipality_id"] == t), None) or rng.choice(experts[(area, t)])
                  for t in chosen[:wanted]]
        start = _day(rng, 2023, 2025)
        for position, person in enumerate(picked):
            plan.seat(person, group, "chair" if position == 0 and index != 1 else "expert", start)  # the second: no chair
        if index != 2:  # the minimum is what the office could staff (at least 3): no accidental gaps
            group.min_experts = max(3, min(group.min_experts, len(picked) - (index != 1)))
        if conveners:
            plan.seat(conveners[index % len(conveners)], group, "convener", start)
        spare = [p for t in towns if t not in chosen for p in experts[(area, t)]]
        if spare and index % 3 == 0:  # someone who left the group: history
            plan.seat(rng.choice(spare), group, "expert", start, date(start.year + 1, start.month, 1))


def _group_names(count: int) -> list[tuple[str, str]]:
    """(name, area): one per area first, so even the small demo covers several areas; past the ~40 subjects
    (the huge demo) the same subjects again as later rounds ("Livsmedel, omgång 2")."""
    longest = max(len(names) for _, names in AREAS.values())
    ordered = [(names[i], area) for i in range(longest) for area, (_, names) in AREAS.items() if i < len(names)]
    rounds = -(-count // len(ordered))
    ordered += [(f"{name}, omgång {n}", area) for n in range(2, rounds + 1) for name, area in tuple(ordered)]
    return ordered[:count]


def seed_people_and_groups(db, size: str) -> None:
    """Adds the demo people, contract groups and memberships once; a database that has them is left alone."""
    with db.write() as session:
        if session.scalar(select(Person.id).where(Person.email == CEO[2])) is not None:
            return
        municipalities = list(session.scalars(select(Municipality).order_by(Municipality.municipality_code)))
        if not municipalities:
            return
        plan = _Plan(random.Random(f"stic-demo-{size}"), (session.scalar(select(func.max(Person.id))) or 0) + 1)
        for name, email, municipality_id in session.execute(select(Person.name, Person.email, Person.municipality_id)):
            plan.emails.add(email)
            plan.names.add((name, municipality_id))
        staff = [{"id": p.id, "municipality_id": None, "title": p.title} for p in session.scalars(
            select(Person).where(Person.organisation_kind == "stic", Person.active.is_(True)).order_by(Person.id))]
        manager = next((p for p in staff if p["title"] == "Regionchef"), staff[0] if staff else None)
        key = _people(plan, municipalities, PEOPLE[size])
        members = [m for m in municipalities if m.status == "member"]
        taken = set(session.scalars(select(func.lower(Group.name))))
        contract = []
        for index, (name, area) in enumerate(_group_names(CONTRACT_GROUPS[size])):
            if f"avtalsgrupp {name}".lower() not in taken:
                contract.append(Group(kind="contract", name=f"Avtalsgrupp {name}", subject_area=area,
                                      min_experts=3 + index % 3, notes="", active=True))
        session.add_all(contract)
        session.flush()
        steering = session.scalar(select(Group).where(Group.kind == "steering"))
        working = session.scalar(select(Group).where(Group.kind == "working"))
        if steering is not None and working is not None:
            _standing(plan, key, manager, members, steering, working)
        _contract_groups(plan, key, [p for p in staff if p is not manager] or staff, members, contract)
        session.execute(insert(Person), plan.people)
        tag_rows = [{"person_id": pid, "tag": tag} for pid, tags in plan.tags.items() for tag in tags]
        if tag_rows:
            session.execute(insert(PersonExpertise), tag_rows)
        if plan.memberships:
            session.execute(insert(Membership), plan.memberships)
        continue_sequences(session)
