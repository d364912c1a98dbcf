"""Gallring: how long each kind of archived document is kept, and when one may be weeded out at the earliest.

A rule per kind of archived document (``archive.KIND_LABELS``): either "bevaras" (kept for ever: minutes
and what belongs to them) or "gallras tidigast N år efter <händelse>", the event being the document's own
date or the end of the framework agreement it belongs to (procurement documents: at least four years
after the agreement ends, LOU 12 kap. 17 §). The table lives in the organisation settings (one JSON
value, key ``retention``), so it is shared by every user and edited under Inställningar → Gallring.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from stic_desktop.errors import ValidationError
from stic_desktop.models import AgreementExtension, FrameworkAgreement, OrganisationSetting
from stic_desktop.services import audit

SETTING_KEY = "retention"
ENTITY = "retention"
EVENTS = {"document": "dokumentets datum", "agreement_end": "avtalets slut"}
MAX_YEARS = 100


@dataclass(frozen=True)
class RetentionRule:
    kind: str
    keep: bool  # bevaras
    years: int = 0
    event: str = "document"
    note: str = ""  # the law or reason, shown next to the rule

    def describe(self) -> str:
        if self.keep:
            return "bevaras"
        return f"gallras tidigast {self.years} år efter {EVENTS.get(self.event, self.event)}"


def _keep(kind: str, note: str) -> RetentionRule:
    return RetentionRule(kind, True, note=note)


def _weed(kind: str, years: int, event: str, note: str) -> RetentionRule:
    return RetentionRule(kind, False, years, event, note)


DEFAULTS: dict[str, RetentionRule] = {rule.kind: rule for rule in (
    _keep("minutes", "Protokoll bevaras."),
    _keep("attendance", "Hör till protokollet."),
    _keep("agenda", "Hör till protokollet."),
    _weed("invitation", 2, "document", "Kallelser har tillfälligt värde."),
    _weed("meeting_pack", 2, "document", "Kopia; protokoll och bilagor bevaras för sig."),
    _weed("calendar", 1, "document", "Kalenderfil, tillfälligt värde."),
    _weed("award_decision", 4, "agreement_end", "LOU 12 kap. 17 §"),
    _weed("opening_record", 4, "agreement_end", "LOU 12 kap. 17 §"),
    _weed("agreement", 4, "agreement_end", "LOU 12 kap. 17 §"),
    _weed("agreement_summary", 4, "agreement_end", "LOU 12 kap. 17 §"),
    _weed("individual_report", 4, "agreement_end", "LOU 12 kap. 17 §"),
    _weed("cancellation_notice", 4, "document", "LOU 12 kap. 17 §; ingen avtalstid när upphandlingen avbröts"),
    _weed("invoicing_basis", 7, "document", "Räkenskapsinformation, bokföringslagen 7 kap. 2 §"),
    _weed("report", 2, "document", "Rapport med tillfälligt värde."),
)}
FALLBACK = RetentionRule("", True, note="Ingen regel för dokumenttypen: bevaras tills en regel anges.")


def _stored(session: Session) -> dict:
    setting = session.get(OrganisationSetting, SETTING_KEY)
    if setting is None or not setting.text_value:
        return {}
    try:
        value = json.loads(setting.text_value)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def rules_in(session: Session) -> dict[str, RetentionRule]:
    """Every kind's rule: the stored ones over the defaults."""
    rules = dict(DEFAULTS)
    for kind, value in _stored(session).items():
        if isinstance(value, dict):
            base = rules.get(kind, RetentionRule(kind, True))
            rules[kind] = RetentionRule(kind, bool(value.get("keep", base.keep)), int(value.get("years", base.years)),
                                        str(value.get("event", base.event)), base.note)
    return rules


def list_rules(db) -> list[RetentionRule]:
    from stic_desktop.services.archive import KIND_LABELS

    with db.read() as session:
        rules = rules_in(session)
    order = list(KIND_LABELS) + sorted(set(rules) - set(KIND_LABELS))
    return [rules.get(kind, RetentionRule(kind, True)) for kind in order]


def save_rules(db, rules: list[RetentionRule]) -> list[RetentionRule]:
    """Validates and stores the whole table in one transaction, with an audit row of what changed."""
    errors = []
    for rule in rules:
        if not rule.keep and not 1 <= rule.years <= MAX_YEARS:
            errors.append(f"{rule.kind}: antal år måste vara 1–{MAX_YEARS}")
        if not rule.keep and rule.event not in EVENTS:
            errors.append(f"{rule.kind}: okänd händelse ”{rule.event}”")
    if errors:
        raise ValidationError("retention", "Gallringsreglerna kan inte sparas: " + "; ".join(errors) + ".")
    value = {r.kind: {"keep": r.keep, "years": r.years if not r.keep else 0, "event": r.event} for r in rules}
    with db.write() as session:
        before = {k: r.describe() for k, r in rules_in(session).items()}
        setting = session.get(OrganisationSetting, SETTING_KEY)
        if setting is None:
            setting = OrganisationSetting(key=SETTING_KEY)
            session.add(setting)
        setting.text_value = json.dumps(value, ensure_ascii=False, sort_keys=True)
        after = {k: r.describe() for k, r in rules_in(session).items()}
        changed = {k: (before.get(k), after[k]) for k in after if before.get(k) != after[k]}
        if changed:
            audit.record(session, db.actor_id, ENTITY, 1, "update", {k: v[0] for k, v in changed.items()},
                         {k: v[1] for k, v in changed.items()})
    return list_rules(db)


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


class AgreementEnds:
    """The end of the agreement an archived document belongs to (terminated, extended or as first agreed);
    for a procurement, the latest end of the agreements it led to. Cached per record."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.cache: dict[tuple[str, int], date | None] = {}

    def _ends(self, where) -> date | None:
        rows = self.session.execute(
            select(FrameworkAgreement.terminated_on, FrameworkAgreement.initial_end_date,
                   select(func.max(AgreementExtension.new_end_date))
                   .where(AgreementExtension.agreement_id == FrameworkAgreement.id).scalar_subquery())
            .where(where)
        ).all()
        ends = [terminated or max(filter(None, (initial, extended))) for terminated, initial, extended in rows]
        return max(ends) if ends else None

    def __call__(self, entity: str, entity_id: int) -> date | None:
        key = (entity, entity_id)
        if key not in self.cache:
            if entity == "agreement":
                self.cache[key] = self._ends(FrameworkAgreement.id == entity_id)
            elif entity == "procurement":
                self.cache[key] = self._ends(FrameworkAgreement.procurement_id == entity_id)
            else:
                self.cache[key] = None
        return self.cache[key]


@dataclass(frozen=True)
class Retention:
    text: str  # "bevaras", "gallras tidigast 2031-02-28", or the rule when the date is not known yet
    earliest: date | None  # None: kept, or not known yet


def retention_of(rule: RetentionRule, document_day: date, agreement_end: date | None) -> Retention:
    if rule.keep:
        return Retention("bevaras", None)
    if rule.event == "document":
        earliest = add_years(document_day, rule.years)
    elif agreement_end is not None:
        earliest = add_years(agreement_end, rule.years)
    else:
        return Retention(f"{rule.describe()} (avtalet har inget slutdatum ännu)", None)
    return Retention(f"gallras tidigast {earliest.isoformat()}", earliest)
