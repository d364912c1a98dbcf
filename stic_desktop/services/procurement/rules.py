"""The rule tables the user keeps up to date: EU thresholds and direct-award limits per period, LOU time limits.

Thresholds change every two years and the official SEK values are announced late, so they are data, never
code; an unknown SEK value stays empty (the program never converts from EUR). ``classify`` tells where a
procurement's estimated value falls for the period that applies on a given day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from stic_desktop.core import clock, money
from stic_desktop.errors import NotFound, ValidationError
from stic_desktop.models import DeadlineRule, ProcurementThreshold
from stic_desktop.models.procurement import CONTRACT_KINDS
from stic_desktop.services import audit, lookup, validation

THRESHOLD_ENTITY = "procurement_threshold"
RULES_ENTITY = "deadline_rules"  # the table as a whole: audit rows use entity id 1 and the rule key as field

THRESHOLD_KIND_LABELS = {
    "supplies_services": "Varor och tjänster",
    "works": "Byggentreprenad",
    "social_services": "Sociala tjänster (bilaga 2)",
    "direct_award": "Direktupphandlingsgräns",
    "direct_award_social": "Direktupphandlingsgräns, bilaga 2",
}
# The direct-award limit that goes with each contract kind (19 a kap. 2 §: bilaga 2 has its own).
DIRECT_AWARD_KIND = {"supplies_services": "direct_award", "works": "direct_award",
                     "social_services": "direct_award_social"}
THRESHOLD_FIELDS = ("period_start", "period_end", "kind", "eur", "sek", "source")
MAX_RULE_DAYS = 365
MAX_AMOUNT = 10**12  # kronor or euro; far above any threshold, far below SQLite's integer limit


@dataclass(frozen=True)
class ThresholdInput:
    """Values as typed in the table (text) or given by code (date/int); the service parses both."""

    period_start: date | str | None = None
    period_end: date | str | None = None
    kind: str = "supplies_services"
    eur: int | str | None = None
    sek: int | str | None = None
    source: str = ""


@dataclass(frozen=True)
class ThresholdRecord:
    id: int
    period_start: date
    period_end: date
    kind: str
    kind_label: str
    eur: int | None
    sek: int | None  # whole kronor; None until the official value is entered
    source: str

    @property
    def period_label(self) -> str:
        return period_label(self.period_start, self.period_end)

    def as_input(self) -> ThresholdInput:
        return ThresholdInput(self.period_start, self.period_end, self.kind, self.eur, self.sek, self.source)


@dataclass(frozen=True)
class RuleRecord:
    key: str
    days: int
    label: str
    reference: str


@dataclass(frozen=True)
class Classification:
    """Where a value falls: None where the table has no SEK value for the period (``message`` says what to do)."""

    above_eu_threshold: bool | None
    threshold_sek: int | None
    over_direct_award_limit: bool | None
    direct_award_limit_sek: int | None
    period_label: str
    message: str

    @property
    def over_limit_or_above(self) -> bool:
        """At or over the direct-award limit (or the threshold), as far as the table tells."""
        return bool(self.over_direct_award_limit) or bool(self.above_eu_threshold)


def period_label(start: date, end: date) -> str:
    """"2024–2025" for whole calendar years, otherwise the two dates."""
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    return f"{start.isoformat()}–{end.isoformat()}"


def parse_amount(value: int | str | None, what: str) -> int | None:
    """A non-negative whole number of kronor or euro (``money.parse``: spaces group digits); empty is unknown."""
    if value is None or isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str):
        if not value.strip():
            return None
        whole = f"{what} ska vara ett helt tal utan decimaler, 0 eller mer, t.ex. 2 389 585."
        try:
            hundredths = money.parse(value)
        except ValidationError:
            raise ValueError(whole) from None
        if hundredths < 0 or hundredths % 100:
            raise ValueError(whole)
        number = hundredths // 100
    else:
        raise ValueError(f"{what} ska vara ett helt tal utan decimaler.")
    if number is not None and not 0 <= number <= MAX_AMOUNT:
        raise ValueError(f"{what} kan inte vara negativt." if number < 0 else f"{what} är orimligt stort.")
    return number


def parse_days(value: int | str) -> int:
    """A rule's number of calendar days, 0..365."""
    if isinstance(value, str):
        text = value.strip()
        if not re.fullmatch(r"-?\d+", text):
            raise ValueError("Antalet dagar ska vara ett helt tal, t.ex. 30.")
        value = int(text)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("Antalet dagar ska vara ett helt tal, t.ex. 30.")
    if not 0 <= value <= MAX_RULE_DAYS:
        raise ValueError(f"Antalet dagar ska vara mellan 0 och {MAX_RULE_DAYS}.")
    return value


def _parse_day(value: date | str | None, what: str) -> date | None:
    if isinstance(value, date):
        return value
    day = validation.parse_date(value or "")
    if day is None:
        raise ValueError(f"{what} måste fyllas i.")
    return day


def _record(row: ProcurementThreshold) -> ThresholdRecord:
    return ThresholdRecord(row.id, row.period_start, row.period_end, row.kind, THRESHOLD_KIND_LABELS[row.kind],
                           row.eur, row.sek, row.source)


def _validated(data: ThresholdInput) -> dict:
    errors = validation.FieldErrors()
    values: dict = {}
    parsers = {
        "period_start": lambda v: _parse_day(v, "Periodens början"),
        "period_end": lambda v: _parse_day(v, "Periodens slut"),
        "eur": lambda v: parse_amount(v, "Beloppet i euro"),
        "sek": lambda v: parse_amount(v, "Beloppet i kronor"),
        "source": lambda v: validation.optional_text(v or "", "Källan", 2000),
    }
    for name, parse in parsers.items():
        errors.parse_into(values, name, parse, getattr(data, name))
    if data.kind not in THRESHOLD_KIND_LABELS:
        errors.add("kind", f"Okänt slag av tröskelvärde ”{data.kind}”.")
    values["kind"] = data.kind
    start, end = values.get("period_start"), values.get("period_end")
    if start and end and end < start:
        errors.add("period_end", "Periodens slut kan inte vara före dess början.")
    errors.raise_if_any()
    return values


def _check_no_overlap(session: Session, values: dict, own_id: int | None) -> None:
    """Exactly one value may apply on any day, so periods of the same kind must not overlap."""
    query = select(ProcurementThreshold).where(
        ProcurementThreshold.kind == values["kind"], ProcurementThreshold.period_start <= values["period_end"],
        ProcurementThreshold.period_end >= values["period_start"])
    if own_id is not None:
        query = query.where(ProcurementThreshold.id != own_id)
    other = session.scalars(query.order_by(ProcurementThreshold.period_start)).first()
    if other is not None:
        raise ValidationError(
            "period_start",
            f"Perioden överlappar {THRESHOLD_KIND_LABELS[other.kind].lower()} "
            f"{period_label(other.period_start, other.period_end)} ({other.period_start}–{other.period_end}). "
            "Ändra den perioden först eller välj datum som inte överlappar.")


def list_thresholds(db) -> list[ThresholdRecord]:
    """Newest period first, then in the order of THRESHOLD_KIND_LABELS."""
    order = {kind: index for index, kind in enumerate(THRESHOLD_KIND_LABELS)}
    with db.read() as session:
        rows = session.scalars(select(ProcurementThreshold)).all()
        records = [_record(row) for row in rows]
    return sorted(records, key=lambda r: (-r.period_start.toordinal(), order[r.kind], r.id))


THRESHOLDS_LINK = "https://www.upphandlingsmyndigheten.se/regler-och-lagstiftning/troskelvarden-och-direktupphandlingsgranser/"


def missing_sek_values(db, today: date | None = None) -> list[ThresholdRecord]:
    """The rows of the period in force ``today`` whose SEK value is still empty (the overview warns until they
    are filled in under Inställningar → Upphandlingsregler)."""
    day = today or clock.today()
    return [t for t in list_thresholds(db) if t.period_start <= day <= t.period_end and t.sek is None]


def save_threshold(db, data: ThresholdInput, threshold_id: int | None = None) -> ThresholdRecord:
    """Create (no id) or update one threshold row in one transaction, audited."""
    values = _validated(data)
    with db.write() as session:
        # Overlap is checked against the other rows; the row itself may be moved freely.
        _check_no_overlap(session, values, threshold_id)
        if threshold_id is None:
            row = ProcurementThreshold(**values)
            audit.created(session, db.actor_id, THRESHOLD_ENTITY, row, THRESHOLD_FIELDS)
        else:
            row = _threshold_row(session, threshold_id)
            audit.updated(session, db.actor_id, THRESHOLD_ENTITY, row, values, THRESHOLD_FIELDS)
        return _record(row)


def next_period(db, kind: str) -> ThresholdInput:
    """A proposal for the next two-year period of ``kind`` (after its latest one), amounts left empty."""
    with db.read() as session:
        latest = session.scalar(select(ProcurementThreshold.period_end)
                                .where(ProcurementThreshold.kind == kind)
                                .order_by(ProcurementThreshold.period_end.desc()).limit(1))
    start = latest + timedelta(days=1) if latest else date(clock.today().year, 1, 1)
    return ThresholdInput(start, date(start.year + 1, 12, 31) if (start.month, start.day) == (1, 1)
                          else start + timedelta(days=729), kind)


def _threshold_row(session: Session, threshold_id: int) -> ProcurementThreshold:
    return lookup.row(session, ProcurementThreshold, threshold_id, "inget tröskelvärde")


def delete_threshold(db, threshold_id: int) -> None:
    with db.write() as session:
        row = _threshold_row(session, threshold_id)
        audit.deleted(session, db.actor_id, THRESHOLD_ENTITY, row, THRESHOLD_FIELDS)


def _rule_order(key: str) -> tuple:
    """Tender rules by procedure then variant (as in LOU 11 kap.), standstill last."""
    procedures = ("open", "restricted", "negotiated", "competitive_dialogue", "innovation_partnership")
    variants = ("base", "electronic", "pin", "urgent", "not_reached")
    parts = key.split(".")
    if parts[0] in ("application", "tender") and len(parts) == 3 and parts[1] in procedures and parts[2] in variants:
        # per procedure: applications (11 kap. 3 §) before tenders
        return (0, procedures.index(parts[1]), parts[0] == "tender", variants.index(parts[2]), key)
    return ({"extension": 1, "standstill": 2}.get(parts[0], 3), 0, 0, 0, key)


def list_rules(db) -> list[RuleRecord]:
    with db.read() as session:
        rows = session.scalars(select(DeadlineRule)).all()
        records = [RuleRecord(row.key, row.days, row.label, row.reference) for row in rows]
    return sorted(records, key=lambda r: _rule_order(r.key))


def set_rule_days(db, key: str, days: int | str) -> RuleRecord:
    """Changes one time limit (calendar days, 0..365), audited under the rule's key."""
    try:
        value = parse_days(days)
    except ValueError as exc:
        raise ValidationError("days", str(exc)) from None
    with db.write() as session:
        row = session.get(DeadlineRule, key)
        if row is None:
            raise NotFound(f"Det finns ingen tidsfrist med nyckeln {key}.")
        before = row.days
        row.days = value
        session.flush()
        audit.record(session, db.actor_id, RULES_ENTITY, 1, "update", {key: before}, {key: value})
        return RuleRecord(row.key, row.days, row.label, row.reference)


def _applicable(session: Session, kind: str, on: date) -> ProcurementThreshold | None:
    return session.scalars(
        select(ProcurementThreshold)
        .where(ProcurementThreshold.kind == kind, ProcurementThreshold.period_start <= on,
               ProcurementThreshold.period_end >= on)
    ).first()


def classify_in(session: Session, contract_kind: str, value_ore: int, on: date) -> Classification:
    """Is ``value_ore`` at or above the EU threshold, and at or above the direct-award limit, on day ``on``?

    LOU applies its above-threshold rules when the value "uppgår till minst" the threshold, and a direct
    award needs a value below the limit, so reaching either counts as over it.
    """
    if contract_kind not in CONTRACT_KINDS:
        raise ValidationError("contract_kind", f"Okänt slag av kontrakt ”{contract_kind}”.")
    threshold = _applicable(session, contract_kind, on)
    limit = _applicable(session, DIRECT_AWARD_KIND[contract_kind], on)
    threshold_sek = threshold.sek if threshold else None
    limit_sek = limit.sek if limit else None
    above = value_ore >= threshold_sek * 100 if threshold_sek is not None else None
    over_limit = value_ore >= limit_sek * 100 if limit_sek is not None else None
    if above is True:  # above the threshold the direct-award limit is necessarily exceeded too
        over_limit = True
    label = period_label(threshold.period_start, threshold.period_end) if threshold else ""
    message = _message(contract_kind, on, threshold, limit, above, over_limit)
    return Classification(above, threshold_sek, over_limit, limit_sek, label, message)


def classify(db, contract_kind: str, value_ore: int, on: date) -> Classification:
    with db.read() as session:
        return classify_in(session, contract_kind, value_ore, on)


def _missing(kind: str, on: date, row: ProcurementThreshold | None) -> str:
    what = THRESHOLD_KIND_LABELS[kind].lower()
    if row is None:
        return (f"Det finns inget värde för {what} som gäller {on.isoformat()}. "
                "Lägg in det under Upphandlingsregler.")
    eur = f" (EU-beslutet: {money.group_digits(row.eur)} euro)" if row.eur is not None else ""
    return (f"Beloppet i kronor för {what} {period_label(row.period_start, row.period_end)} saknas{eur}. "
            "Lägg in det officiella värdet under Upphandlingsregler; räkna inte om från euro.")


def _message(contract_kind: str, on: date, threshold, limit, above: bool | None, over_limit: bool | None) -> str:
    """One or two sentences for the procurement dialog."""
    if above:
        return (f"Värdet når EU:s tröskelvärde ({money.format_kronor(threshold.sek)} för "
                f"{THRESHOLD_KIND_LABELS[contract_kind].lower()} "
                f"{period_label(threshold.period_start, threshold.period_end)}): "
                "upphandla med ett förfarande över tröskelvärdet (LOU 5 kap. 1 §).")
    parts = []
    if above is None:
        parts.append(_missing(contract_kind, on, threshold))
    else:
        parts.append(f"Värdet är under EU:s tröskelvärde ({money.format_kronor(threshold.sek)}).")
    if over_limit is None:
        parts.append(_missing(DIRECT_AWARD_KIND[contract_kind], on, limit))
    elif over_limit:
        then = ": upphandla med annonsering enligt LOU 19 kap." if above is False else "."
        parts.append(f"Värdet når direktupphandlingsgränsen ({money.format_kronor(limit.sek)}, LOU 19 a kap. 2 §){then}")
    else:
        parts.append(f"Värdet är under direktupphandlingsgränsen ({money.format_kronor(limit.sek)}): "
                     "direktupphandling är möjlig (LOU 19 a kap. 2 §).")
    return " ".join(parts)


# Procedures over the threshold (LOU 6 kap.); "below_threshold" is 19 kap., "direct_award" 19 a kap.
EU_PROCEDURES = ("open", "restricted", "negotiated", "competitive_dialogue", "innovation_partnership",
                 "negotiated_without_notice")


def procedure_misfit_in(session: Session, procedure: str, contract_kind: str, value_ore: int, on: date) -> str:
    """Why ``procedure`` cannot be used for a value of ``value_ore`` on day ``on``; "" when it can.

    Direktupphandling only below the direct-award limit of its kind and period (19 a kap. 2 §); upphandling
    under tröskelvärdet only below the EU threshold (1 kap. 4 §), except for bilaga 2 services, which follow
    19 kap. whatever their value. An unknown threshold (no SEK value entered) refuses nothing: the dialog's
    classification says what to enter.
    """
    if procedure not in ("direct_award", "below_threshold") or contract_kind not in CONTRACT_KINDS:
        return ""
    found = classify_in(session, contract_kind, value_ore, on)
    value = money.format(value_ore, decimals="never")
    if procedure == "direct_award" and found.over_limit_or_above:
        limit = (f"{money.format_kronor(found.direct_award_limit_sek)}" if found.direct_award_limit_sek is not None
                 else "gränsen")
        return (f"Direktupphandling får bara användas när värdet understiger direktupphandlingsgränsen ({limit} för "
                f"{THRESHOLD_KIND_LABELS[contract_kind].lower()}, LOU 19 a kap. 2 §). Värdet {value} kräver ett "
                "annonserat förfarande" + (" över tröskelvärdet." if found.above_eu_threshold else
                                           " enligt LOU 19 kap. (upphandling under tröskelvärdet)."))
    if procedure == "below_threshold" and found.above_eu_threshold and contract_kind != "social_services":
        return (f"Värdet {value} når EU:s tröskelvärde ({money.format_kronor(found.threshold_sek)} för "
                f"{THRESHOLD_KIND_LABELS[contract_kind].lower()} {found.period_label}, LOU 5 kap. 1 §): välj ett "
                "förfarande över tröskelvärdet (öppet, selektivt, förhandlat, konkurrenspräglad dialog eller "
                "innovationspartnerskap). Upphandling under tröskelvärdet gäller bara lägre värden (LOU 1 kap. 4 §).")
    return ""
