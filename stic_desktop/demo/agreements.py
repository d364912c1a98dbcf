"""Demo suppliers, framework agreements, commission rates, sales reports and budget (part of ``services.demo``).

Agreements come from the signed and closed demo procurements (their awarded tenders' suppliers, their
participants with a power of attorney), plus a few older agreements "brought in" from before the program,
some of them expiring soon. Suppliers report every month; a few have not reported the latest months
(overdue), a few months are zero reports. Like the other demo parts: inserted with the models in one
transaction, not audited, dates relative to today, the rest from a fixed seed. The sales rows (~200,000 at
the large size) go in with one executemany; each line's commission is computed as the app computes it.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import insert, select, update

from stic_desktop.core import clock
from stic_desktop.demo.people import ascii_fold
from stic_desktop.demo.procurements import SUPPLIERS as TENDER_NAMES
from stic_desktop.models import (
    AgendaItem,
    AgreementExtension,
    AgreementParticipant,
    AgreementSupplier,
    BudgetLine,
    CommissionRateDecision,
    FrameworkAgreement,
    Group,
    Meeting,
    Municipality,
    Procurement,
    ProcurementParticipant,
    ProcurementStage,
    Supplier,
    Tender,
)
from stic_desktop.services.commission.commission import RateTable, commission_ore
from stic_desktop.storage.portable import continue_sequences, insert_many

SUPPLIER_COUNT = {"small": 10, "large": 60, "huge": 600}
LEGACY = {"small": 3, "large": 125, "huge": 1250}  # agreements from before the program (no procurement)
EXPIRING = {"small": 1, "large": 5, "huge": 50}  # of those: ending within months with every option used
OVERDUE_PAIRS = {"small": 2, "large": 8, "huge": 80}  # agreement × supplier that have not reported the latest months
MONTHLY_MEAN_DIVISOR = {"small": 150, "large": 150, "huge": 150}  # yearly procurement volume → a month's sales per line
DEFAULT_RATES = ((date(2019, 1, 1), date(2018, 11, 20), 200), (date(2025, 1, 1), date(2024, 11, 19), 150))
OVERRIDE_BP = (100, 125, 175, 120)
NAME_PARTS = (("Nordic", "Svea", "Roslagens", "Södertörns", "Mälarens", "Birka", "Vasa", "Lidingö", "Attunda",
               "Saltsjö", "Värmdö", "Upplands", "Ekerö", "Tyresö", "Haninge", "Norrtälje", "Gustavsbergs"),
              ("Kontorsservice", "Datakonsult", "Transport", "Omsorg", "Byggtjänst", "Livs", "Fastighetsteknik",
               "Utbildning", "Tolkförmedling", "Fordon", "Energi", "Säkerhet", "Möbler", "Tryckeri", "Städ"))
NAME_SUFFIXES = (" Norr", " Syd", " Öst", " Väst", " Partner", " Group", " Service", " Center")  # huge: 600 names
FOREIGN = ("Łukasz Żółć Usługi Sp. k.", "ООО Балтийские Системы", "Ayşe Yılmaz Danışmanlık A.Ş.")
LEGACY_TITLES = ("Kontorsmaterial", "Livsmedel till förskolor", "Tolktjänster", "Hyrbilar", "Städtjänster",
                 "Trygghetslarm", "Möbler till skolor", "IT-konsulter", "Arbetskläder", "Skolskjuts",
                 "Tryck och reklam", "Företagshälsovård", "Kontorsmöbler", "Datorer och surfplattor",
                 "Fruktkorgar", "Lekmaterial till förskolor", "Rekryteringstjänster", "Fönsterputs",
                 "Drivmedel", "Avfallshantering", "Snöröjning", "Mobiltelefoni", "Kaffe och automater",
                 "Inkassotjänster", "Översättningstjänster")
BUDGET = (("income", "Provision från leverantörer", "commission", 0), ("income", "Medlemsavgifter", "manual", 1_800_000),
          ("cost", "Personal", "manual", 5_400_000), ("cost", "Lokaler", "manual", 620_000),
          ("cost", "IT och system", "manual", 380_000), ("cost", "Resor och konferenser", "manual", 240_000),
          ("cost", "Juridisk rådgivning", "manual", 450_000))


def months_after(day: date, months: int) -> date:
    """The same day ``months`` calendar months later (clamped to the month's end)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = (date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month, min(day.day, last))


def _org_number(rng: random.Random, used: set[str]) -> str:
    """A valid (Luhn) aktiebolag number 55NNNN-NNNC, unique within the demo."""
    while True:
        digits = "55" + "".join(str(rng.randint(0, 9)) for _ in range(7))
        total = 0
        for index, char in enumerate(reversed(digits)):  # the check digit's position is 0
            value = int(char) * (2 if index % 2 == 0 else 1)
            total += value - 9 if value > 9 else value
        number = f"{digits[:6]}-{digits[6:]}{(10 - total % 10) % 10}"
        if number not in used:
            used.add(number)
            return number


@dataclass
class _Agreement:
    row: dict
    suppliers: list[tuple[int, int | None, bool]]  # (supplier id, ranking, renewed competition)
    towns: dict[int, int]  # municipality id -> yearly volume (öre)
    end: date  # the last day sales can be reported for (current end or termination)
    expiring: bool = False  # every option decided, ends within months: the overview's expiry alert


@dataclass
class _Demo:
    rng: random.Random
    today: date
    size: str
    suppliers: dict[str, int] = field(default_factory=dict)  # name -> id
    rows: dict[str, list[dict]] = field(default_factory=lambda: defaultdict(list))
    agreements: list[_Agreement] = field(default_factory=list)


def _suppliers(demo: _Demo, session, awarded_names: list[str]) -> None:
    rng, used = demo.rng, set()
    wanted = list(dict.fromkeys(awarded_names + list(TENDER_NAMES) + list(FOREIGN)))
    generated = (f"{a} {b}{c} AB" for c in ("", *NAME_SUFFIXES) for a in NAME_PARTS[0] for b in NAME_PARTS[1])
    names = wanted[:max(SUPPLIER_COUNT[demo.size], len(dict.fromkeys(awarded_names)))]
    while len(names) < SUPPLIER_COUNT[demo.size]:
        name = next(generated)
        if name not in names and rng.random() < 0.3:
            names.append(name)
    for index, name in enumerate(names, start=1):
        contact = rng.choice(("Maria Berg", "Johan Ek", "Lena Holm", "Ahmed Hassan", "Ewa Kowalska", "Olle Strand"))
        domain = "".join(c for c in ascii_fold(name.split(" ")[0]) if c.isalnum()) or f"lev{index}"
        demo.rows["suppliers"].append({
            "id": index, "name": name, "org_number": _org_number(rng, used),
            "address": f"Box {rng.randint(100, 9999)}\n{rng.randint(100, 199)} {rng.randint(10, 99)} Stockholm",
            "sales_contact_name": contact, "sales_contact_phone": f"08-{rng.randint(100, 999)} {rng.randint(10, 99)} 00",
            "sales_contact_email": f"{contact.split()[0].lower()}.rapport@{domain}.example.se",
            "order_contact_name": "Kundtjänst", "order_contact_email": f"order@{domain}.example.se",
            "order_contact_phone": f"08-{500 + index:03d} 10 10", "notes": ""})  # no rng call: the demo stays as it was
        demo.suppliers[name] = index
    session.execute(insert(Supplier.__table__), demo.rows["suppliers"])
    continue_sequences(session)
    for name, supplier_id in demo.suppliers.items():  # the tenders' link to the register
        session.execute(update(Tender).where(Tender.supplier_name == name).values(supplier_id=supplier_id))


def _term(demo: _Demo, start: date, number: str, title: str, procurement_id: int | None,
          forced_end: date | None = None) -> dict:
    """An agreement row: two years plus one or two extensions of twelve months, some other shapes."""
    rng = demo.rng
    term, count, months = rng.choice(((24, 2, 12), (24, 2, 12), (24, 1, 12), (12, 3, 12), (36, 1, 12), (24, 4, 6)))
    reason = ""
    if rng.random() < 0.02:
        term, count, months = 36, 2, 12
        reason = "Leverantörens investeringar i fordon och laddinfrastruktur kräver längre återbetalningstid."
    return {"agreement_number": number, "title": title, "procurement_id": procurement_id, "start_date": start,
            "initial_end_date": forced_end or months_after(start, term) - timedelta(days=1),
            "extension_count": count, "extension_months": months, "long_term_reason": reason,
            "report_due_day": rng.choice((15, 15, 25)), "terminated_on": None, "termination_reason": "",
            "notes": ""}


def _extend(demo: _Demo, row: dict) -> date:
    """Extension decisions for the options used so far; returns the current end date."""
    rng, end = demo.rng, row["initial_end_date"]
    for _ in range(row["extension_count"]):
        if end - timedelta(days=120) > demo.today or rng.random() < 0.15:
            break
        decided = end - timedelta(days=rng.randint(60, 150))
        end = months_after(end + timedelta(days=1), row["extension_months"]) - timedelta(days=1)
        demo.rows["extensions"].append({"agreement_id": row["id"], "decided_on": decided, "new_end_date": end,
                                        "decided_by": rng.choice(("Styrgruppen", "Regionchefen, på delegation"))})
    return end


def _from_procurements(demo: _Demo, session) -> None:
    rng = demo.rng
    procurements = list(session.execute(
        select(Procurement.id, Procurement.case_number, Procurement.title, ProcurementStage.actual_on)
        .join(ProcurementStage, (ProcurementStage.procurement_id == Procurement.id)
              & (ProcurementStage.stage == "signed"))
        .where(Procurement.stage.in_(("signed", "closed")), ProcurementStage.actual_on.is_not(None))
        .order_by(ProcurementStage.actual_on, Procurement.id)))
    towns: dict[int, dict[int, int]] = defaultdict(dict)
    for pid, town, volume in session.execute(select(
            ProcurementParticipant.procurement_id, ProcurementParticipant.municipality_id,
            ProcurementParticipant.estimated_volume_ore).where(ProcurementParticipant.poa_received_on.is_not(None))):
        towns[pid][town] = volume
    awarded: dict[int, list[tuple[str, int | None]]] = defaultdict(list)
    for pid, name, ranking in session.execute(select(Tender.procurement_id, Tender.supplier_name, Tender.ranking)
                                              .where(Tender.awarded.is_(True)).order_by(Tender.ranking)):
        awarded[pid].append((name, ranking))
    _suppliers(demo, session, [name for pid, *_ in procurements for name, _ in awarded[pid]])
    spare = [sid for name, sid in demo.suppliers.items() if name not in TENDER_NAMES]
    for pid, case_number, title, signed in procurements:
        if not towns[pid]:
            continue
        start = date(signed.year, signed.month, 1) + timedelta(days=32)
        start = date(start.year, start.month, 1)  # the first of the month after signing
        row = _term(demo, start, case_number, title, pid)
        suppliers = [(demo.suppliers[name], ranking, False) for name, ranking in awarded[pid]
                     if name in demo.suppliers] or [(rng.choice(list(demo.suppliers.values())), 1, False)]
        if rng.random() < 0.2 and spare:  # several suppliers, call-offs after renewed competition
            extra = rng.sample(spare, min(len(spare), rng.randint(1, 3)))
            suppliers = [(sid, None, True) for sid in dict.fromkeys([s for s, *_ in suppliers] + extra)]
        demo.agreements.append(_Agreement(row, suppliers, dict(towns[pid]), start))


def _legacy(demo: _Demo, session) -> None:
    """Agreements from before the program, many of them ended; the first few end within months, no option left."""
    rng, today = demo.rng, demo.today
    members = [town for town, in session.execute(select(Municipality.id).where(Municipality.status == "member")
                                                 .order_by(Municipality.id))]
    this_month = date(today.year, today.month, 1)
    for index in range(LEGACY[demo.size]):
        expiring = index < EXPIRING[demo.size]
        if expiring:  # started four years ago, every option used: ends 1–7 months from now
            start = months_after(this_month, 1 + index % 7 - 48)
        else:
            start = months_after(this_month, -rng.randint(14, 90))
        title = f"{LEGACY_TITLES[index % len(LEGACY_TITLES)]} {start.year}"
        row = _term(demo, start, f"RA-{start.year}-{index + 1:03d}", title, None,
                    months_after(start, 24) - timedelta(days=1) if expiring else None)
        if expiring:
            row.update(extension_count=2, extension_months=12, long_term_reason="")
        ids = rng.sample(list(demo.suppliers.values()), rng.randint(1, 4))
        renewed = len(ids) > 2
        suppliers = [(sid, None if renewed else rank, renewed) for rank, sid in enumerate(ids, start=1)]
        low = min(len(members), 8)
        towns = {town: rng.randrange(50, 900) * 1_000_000
                 for town in rng.sample(members, rng.randint(low, len(members)))}
        demo.agreements.append(_Agreement(row, suppliers, towns, start, expiring))


def _finish_agreements(demo: _Demo) -> None:
    """Ids, extensions, one termination; expiring-soon legacy agreements get every option decided."""
    rng = demo.rng
    for number, agreement in enumerate(demo.agreements, start=1):
        row = agreement.row
        row["id"] = number
        if agreement.expiring:
            end = row["initial_end_date"]
            for _ in range(row["extension_count"]):
                end = months_after(end + timedelta(days=1), 12) - timedelta(days=1)
                demo.rows["extensions"].append({"agreement_id": number, "decided_on": end - timedelta(days=375),
                                                "new_end_date": end, "decided_by": "Styrgruppen"})
        else:
            end = _extend(demo, row)
        if number % 37 == 5 and row["start_date"] < demo.today - timedelta(days=400):
            row["terminated_on"] = demo.today - timedelta(days=rng.randint(30, 200))
            row["termination_reason"] = "Leverantören försattes i konkurs; avtalet sades upp med omedelbar verkan."
            end = min(end, row["terminated_on"])
        agreement.end = end
        demo.rows["agreements"].append(row)
        demo.rows["agreement_suppliers"] += [{"agreement_id": number, "supplier_id": sid, "ranking": ranking,
                                              "renewed_competition": renewed} for sid, ranking, renewed in
                                             agreement.suppliers]
        demo.rows["participants"] += [{"agreement_id": number, "municipality_id": town} for town in agreement.towns]


def _rates(demo: _Demo, session) -> None:
    """Default decisions (2 % from 2019, 1,5 % from 2025) linked to a steering-group meeting, and overrides."""
    rng = demo.rng
    steering = session.scalar(select(Group.id).where(Group.kind == "steering").order_by(Group.id).limit(1))

    def decision(agreement_id: int | None, valid_from: date, decided_on: date, rate: int, note: str) -> None:
        """Linked to the latest steering-group meeting before it with an economic item (its §); its date."""
        meeting = item = None
        if steering is not None:
            found = session.execute(
                select(Meeting.id, AgendaItem.id, Meeting.starts_at).join(AgendaItem, AgendaItem.meeting_id == Meeting.id)
                .where(Meeting.group_id == steering, AgendaItem.paragraph.is_not(None),
                       AgendaItem.title.like("Budget%") | AgendaItem.title.like("Ekonomisk%"),
                       Meeting.starts_at <= datetime.combine(decided_on, time(23), timezone.utc),
                       Meeting.starts_at >= datetime.combine(decided_on - timedelta(days=120), time(0), timezone.utc))
                .order_by(Meeting.starts_at.desc(), AgendaItem.title.like("Budget%").desc()).limit(1)).first()
            if found is not None:
                meeting, item, held = found
                decided_on = held.date()
        demo.rows["rates"].append({"agreement_id": agreement_id, "rate_bp": rate, "valid_from": valid_from,
                                   "decided_on": decided_on, "meeting_id": meeting, "agenda_item_id": item,
                                   "note": note})

    for valid_from, decided_on, rate in DEFAULT_RATES:
        decision(None, valid_from, decided_on, rate, "Provision enligt styrgruppens ekonomiska modell.")
    chosen = rng.sample(demo.agreements, max(1, len(demo.agreements) // 18))
    for agreement in chosen:
        row = agreement.row
        valid_from = row["start_date"] if rng.random() < 0.6 else months_after(row["start_date"], rng.randint(6, 18))
        decision(row["id"], valid_from, min(valid_from, demo.today) - timedelta(days=rng.randint(20, 60)),
                 rng.choice(OVERRIDE_BP), "Avtalsspecifik provision (stora volymer).")


def _due(period: date, due_day: int) -> date:
    following = months_after(period, 1)
    return date(following.year, following.month, due_day)


def _sales(demo: _Demo, rates: RateTable) -> list[tuple]:
    """One row per agreement × supplier × municipality × month reported; zero reports for empty months."""
    rng, today, out = demo.rng, demo.today, []
    reported_at = {}
    active = [(a, sid) for a in demo.agreements if a.end >= today and a.row["start_date"] < today
              for sid, *_ in a.suppliers]
    late = {(a.row["id"], sid): rng.randint(1, 3) for a, sid in rng.sample(active, min(len(active),
                                                                                   OVERDUE_PAIRS[demo.size]))}
    divisor = MONTHLY_MEAN_DIVISOR[demo.size] * 100
    for agreement in demo.agreements:
        row = agreement.row
        months = []
        period = row["start_date"]
        while period <= agreement.end and months_after(period, 1) < today:  # a month that has ended
            due = _due(period, row["report_due_day"])
            if due < today or rng.random() < 0.6:
                months.append((period, due))
            period = months_after(period, 1)
        count = len(agreement.suppliers)
        for sid, ranking, _renewed in agreement.suppliers:
            share = 1 / count if ranking is None else (0.7 if ranking == 1 else 0.3 / max(1, count - 1))
            skip = late.get((row["id"], sid), 0)
            for period, due in months[:len(months) - skip] if skip else months:
                rate = rates.rate(row["id"], period)
                key = due
                if key not in reported_at:
                    # a few days before it is due, and never after yesterday: nothing is reported in the future
                    reported = min(due - timedelta(days=3), today - timedelta(days=1))
                    reported_at[key] = datetime.combine(reported, time(9, 12), timezone.utc)
                lines = 0
                quiet = rng.random() < (0.03 if ranking == 1 else 0.12)  # no sales at all: a zero report
                for town, volume in agreement.towns.items():
                    if quiet or rng.random() < 0.06:
                        continue  # nothing bought this month
                    mean = max(1, int(volume * share) // divisor)
                    amount = rng.randint(mean // 3, mean * 5 // 3) * 100 + rng.randint(0, 99) if mean > 3 else 0
                    out.append((row["id"], sid, town, period, amount, rate, commission_ore(amount, rate),
                                reported_at[key]))
                    lines += 1
                if not lines:
                    out.append((row["id"], sid, None, period, 0, rate, 0, reported_at[key]))
    return out


def _budget(demo: _Demo, commission_by_year: dict[int, int]) -> None:
    """Last year with its outcome, this year with the outcome so far, next year's budget; commission's outcome
    is computed by the app, so its line has none."""
    this_year = demo.today.year
    for year in (this_year - 1, this_year, this_year + 1):
        for position, (kind, name, source, kronor) in enumerate(BUDGET):
            if source == "commission":  # budgeted as last year's outcome, rounded down to 100 000 kr
                budget, outcome = commission_by_year.get(year - 1, 0) // 10_000_000 * 10_000_000 or 900_000_000, None
            else:
                budget = kronor * 100 * (100 + 3 * (year - this_year)) // 100
                factor = demo.rng.randint(88, 108) if year < this_year else demo.rng.randint(75, 92)
                outcome = None if year > this_year else budget * factor // 100
            demo.rows["budget"].append({"year": year, "kind": kind, "name": name, "budget_ore": budget,
                                        "outcome_ore": outcome, "source": source, "position": position})


def seed_agreements(db, size: str, *, today: date | None = None) -> int:
    """Adds the demo suppliers, agreements, rates and sales once (any supplier or agreement present: left
    alone); returns how many sales rows were added."""
    with db.write() as session:
        if any(session.scalar(select(model.id).limit(1)) is not None for model in (Supplier, FrameworkAgreement)):
            return 0
        if session.scalar(select(Municipality.id).where(Municipality.status == "member").limit(1)) is None:
            return 0  # no member municipalities: nobody to sell to
        demo = _Demo(random.Random(f"stic-demo-agreements-{size}"), today or clock.today(), size)
        _from_procurements(demo, session)
        _legacy(demo, session)
        _finish_agreements(demo)
        for model, key in ((FrameworkAgreement, "agreements"), (AgreementSupplier, "agreement_suppliers"),
                           (AgreementParticipant, "participants"), (AgreementExtension, "extensions")):
            if demo.rows[key]:
                session.execute(insert(model.__table__), demo.rows[key])
        _rates(demo, session)
        session.execute(insert(CommissionRateDecision.__table__), demo.rows["rates"])
        sales = _sales(demo, RateTable(session))  # the app's own rate lookup and rounding
        by_year: dict[int, int] = defaultdict(int)
        for line in sales:
            by_year[line[3].year] += line[6]
        _budget(demo, by_year)
        session.execute(insert(BudgetLine.__table__), demo.rows["budget"])
        _insert_sales(session, sales)
        continue_sequences(session)
        return len(sales)


def _insert_sales(session, sales: list[tuple]) -> None:
    """One executemany on the session's own connection (the same transaction), values as SQLAlchemy stores them."""
    insert_many(
        session, "sales_reports", ("agreement_id", "supplier_id", "municipality_id", "period_start", "period_kind",
                                   "amount_ore", "rate_bp", "commission_ore", "reported_at", "import_id"),
        [(a, s, m, p.isoformat(), "month", amount, rate, commission,
          at.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds"), None)
         for a, s, m, p, amount, rate, commission, at in sales])
