"""The member-municipality register: validation, queries, edits with audit, imports."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from stic_desktop.errors import ImportFailed, RowError, ValidationError
from stic_desktop.models import Municipality
from stic_desktop.paths import seed_file
from stic_desktop.services import audit, lookup, references, validation, versions
from stic_desktop.services.tabular import Table, read_table

ENTITY = "municipality"
MISSING = "ingen kommun"  # Det finns ingen kommun med id N.

STATUS_LABELS = {"member": "Medlem", "interested": "Intresserad", "left": "Utträdd"}

FIELD_LABELS = {
    "municipality_code": "Kommunkod",
    "name": "Namn",
    "org_number": "Organisationsnummer",
    "status": "Medlemsstatus",
    "joined_on": "Inträdesdatum",
    "left_on": "Utträdesdatum",
    "postal_address": "Postadress",
    "invoicing_reference": "Fakturareferens",
    "switchboard_phone": "Växelnummer",
    "website": "Webbplats",
    "notes": "Anteckningar",
}

# Column headings accepted in import files (lower case), and the field each fills.
IMPORT_COLUMNS = {
    "kommunkod": "municipality_code",
    "namn": "name",
    "kommun": "name",
    "organisationsnummer": "org_number",
    "medlemsstatus": "status",
    "status": "status",
    "inträdesdatum": "joined_on",
    "utträdesdatum": "left_on",
    "postadress": "postal_address",
    "fakturareferens": "invoicing_reference",
    "växelnummer": "switchboard_phone",
    "växel": "switchboard_phone",
    "webbplats": "website",
    "webb": "website",
    "anteckningar": "notes",
}
IGNORED_COLUMNS = {"lan", "län", "id"}


@dataclass(frozen=True)
class MunicipalityInput:
    """Values as typed; the service parses and validates them."""

    municipality_code: str = ""
    name: str = ""
    org_number: str = ""
    status: str = "member"
    joined_on: str = ""
    left_on: str = ""
    postal_address: str = ""
    invoicing_reference: str = ""
    switchboard_phone: str = ""
    website: str = ""
    notes: str = ""


@dataclass(frozen=True)
class MunicipalityRecord:
    id: int
    municipality_code: str
    name: str
    org_number: str | None
    status: str
    joined_on: date | None
    left_on: date | None
    postal_address: str
    invoicing_reference: str
    switchboard_phone: str
    website: str
    notes: str
    row_version: int | None = None  # as loaded; a form hands it back so a newer save by someone else is refused

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    def as_input(self) -> MunicipalityInput:
        values = {f.name: getattr(self, f.name) for f in fields(MunicipalityInput)}
        return MunicipalityInput(**{k: "" if v is None else str(v) if isinstance(v, date) else v for k, v in values.items()})


STORED_FIELDS = tuple(f.name for f in fields(MunicipalityInput))


def _record(row: Municipality) -> MunicipalityRecord:
    return MunicipalityRecord(id=row.id, **{name: getattr(row, name) for name in STORED_FIELDS},
                              row_version=row.row_version)


def _parse_status(text: str) -> str:
    value = text.strip().lower()
    for code, label in STATUS_LABELS.items():
        if value in (code, label.lower()):
            return code
    raise ValueError("Medlemsstatus ska vara medlem, intresserad eller utträdd.")


def _validated(data: MunicipalityInput) -> dict:
    """Parsed values ready to store, or a ValidationError listing every wrong field."""
    errors = validation.FieldErrors()
    values: dict = {}
    parsers = {
        "municipality_code": validation.check_municipality_code,
        "name": lambda t: validation.require_text(t, "Namnet", 200),
        "org_number": lambda t: validation.normalise_org_number(t, municipality=True) if t.strip() else None,
        "status": _parse_status,
        "joined_on": validation.parse_date,
        "left_on": validation.parse_date,
        "postal_address": lambda t: validation.optional_text(t, "Postadressen", 2000),
        "invoicing_reference": lambda t: validation.optional_text(t, "Fakturareferensen", 200),
        "switchboard_phone": lambda t: validation.optional_text(t, "Växelnumret", 50),
        "website": lambda t: validation.optional_text(t, "Webbplatsen", 300),
        "notes": lambda t: validation.optional_text(t, "Anteckningarna", 20000),
    }
    for name, parse in parsers.items():
        errors.parse_into(values, name, parse, getattr(data, name))
    joined, left, status = values.get("joined_on"), values.get("left_on"), values.get("status")
    if joined and left and left < joined:
        errors.add("left_on", "Utträdesdatum kan inte vara före inträdesdatum.")
    if status == "left" and "left_on" in values and not left:
        errors.add("left_on", "En utträdd kommun behöver ett utträdesdatum.")
    if left and status and status != "left":
        errors.add("status", "Kommunen har ett utträdesdatum: sätt status till utträdd eller ta bort datumet.")
    errors.raise_if_any()
    return values


def _check_unique_code(session: Session, code: str, own_id: int | None) -> None:
    other = session.scalar(select(Municipality).where(Municipality.municipality_code == code))
    if other is not None and other.id != own_id:
        raise ValidationError("municipality_code", f"Kommunkoden {code} används redan av {other.name}.")


def list_municipalities(db) -> list[MunicipalityRecord]:
    with db.read() as session:
        rows = session.scalars(select(Municipality).order_by(Municipality.municipality_code)).all()
        return [_record(row) for row in rows]


def get_municipality(db, municipality_id: int) -> MunicipalityRecord:
    with db.read() as session:
        return _record(lookup.row(session, Municipality, municipality_id, MISSING))


def save_municipality(db, data: MunicipalityInput, municipality_id: int | None = None, *,
                      expected_version: int | None = None) -> MunicipalityRecord:
    """Create (no id) or update one municipality in one transaction, with an audit row. ``expected_version``
    (the record's ``row_version`` when the form was loaded) refuses saving over someone else's newer change."""
    values = _validated(data)
    with db.write() as session:
        if municipality_id is not None:
            row = lookup.row(session, Municipality, municipality_id, MISSING)
            versions.check_version(session, ENTITY, row, expected_version, f"kommunen {row.name}")
        _check_unique_code(session, values["municipality_code"], municipality_id)
        if municipality_id is None:
            row = audit.created(session, db.actor_id, ENTITY, Municipality(**values), STORED_FIELDS)
        else:
            row = audit.updated(session, db.actor_id, ENTITY, row, values, STORED_FIELDS)
        return _record(row)


def delete_municipality(db, municipality_id: int) -> None:
    """Only a municipality nothing refers to can go; one that leaves is marked utträdd instead."""
    with db.write() as session:
        row = lookup.row(session, Municipality, municipality_id, MISSING)
        found = references.references_to(session, Municipality.__tablename__, municipality_id)
        if found:
            raise ValidationError(
                "id",
                f"{row.name} kan inte tas bort eftersom den används av {references.describe(found)}. "
                "Om kommunen har lämnat samarbetet: sätt status till utträdd i stället.",
            )
        audit.deleted(session, db.actor_id, ENTITY, row, STORED_FIELDS)


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    unchanged: int
    dry_run: bool

    def summary(self) -> str:
        parts = f"{self.created} nya, {self.updated} ändrade, {self.unchanged} oförändrade"
        return f"Förhandsgranskning: {parts}. Inget har sparats." if self.dry_run else f"Importerat: {parts}."


def _plan(session: Session, table: Table, *, update_existing: bool) -> tuple[list[tuple[Municipality | None, dict]], int]:
    """Validate every row; returns (row, values) to write and the number of unchanged rows."""
    unknown = [h for h in table.headers if h not in IMPORT_COLUMNS and h not in IGNORED_COLUMNS]
    errors: list[RowError] = [
        RowError(1, h, f"Okänd kolumn. Kända kolumner: {', '.join(sorted(set(IMPORT_COLUMNS)))}.") for h in unknown
    ]
    columns = {IMPORT_COLUMNS[h]: h for h in table.headers if h in IMPORT_COLUMNS}
    for required in ("municipality_code", "name"):
        if required not in columns:
            errors.append(RowError(1, FIELD_LABELS[required].lower(), "Kolumnen saknas i filen."))
    if errors:
        raise ImportFailed("Filen har fel kolumner. Inget importerades.", errors)
    existing = {m.municipality_code: m for m in session.scalars(select(Municipality))}
    seen: dict[str, int] = {}
    plan: list[tuple[Municipality | None, dict]] = []
    unchanged = 0
    for source in table.rows:
        code = source.values[columns["municipality_code"]].strip()
        if code.isdigit() and len(code) == 3:
            code = code.zfill(4)  # Excel drops the leading zero of 0114
        current = existing.get(code)
        base = _record(current).as_input() if current else MunicipalityInput()
        typed = {name: source.values[header] for name, header in columns.items()}
        typed["municipality_code"] = code
        if current and not update_existing:
            unchanged += 1
            continue
        merged = MunicipalityInput(**{**asdict(base), **{k: v for k, v in typed.items() if v.strip()}})
        if code in seen:
            errors.append(RowError(source.number, "kommunkod", f"Kommunkoden {code} finns redan på rad {seen[code]}."))
            continue
        seen[code] = source.number
        try:
            values = _validated(merged)
        except ValidationError as exc:
            errors.extend(RowError(source.number, FIELD_LABELS[e.field].lower(), e.message) for e in exc.errors)
            continue
        if current and audit.snapshot(current, STORED_FIELDS) == audit.snapshot(Municipality(**values), STORED_FIELDS):
            unchanged += 1
            continue
        plan.append((current, values))
    if errors:
        raise ImportFailed(f"{len(errors)} fel i filen. Inget importerades.", errors)
    return plan, unchanged


def _import(db, table: Table, *, dry_run: bool, update_existing: bool) -> ImportResult:
    with db.write() as session:
        plan, unchanged = _plan(session, table, update_existing=update_existing)
        created = sum(1 for current, _ in plan if current is None)
        if not dry_run:
            for current, values in plan:
                if current is None:
                    audit.created(session, db.actor_id, ENTITY, Municipality(**values), STORED_FIELDS)
                else:
                    audit.updated(session, db.actor_id, ENTITY, current, values, STORED_FIELDS)
        return ImportResult(created, len(plan) - created, unchanged, dry_run)


def import_municipalities(db, path: Path, *, dry_run: bool = False) -> ImportResult:
    """All-or-nothing import of a .csv/.xlsx; existing codes are updated with the file's non-empty cells."""
    return _import(db, read_table(path), dry_run=dry_run, update_existing=True)


def import_county_municipalities(db) -> ImportResult:
    """The 26 municipalities of Stockholm County; ones already in the register are left as they are."""
    return _import(db, read_table(seed_file("stockholm_county_municipalities.csv")), dry_run=False, update_existing=False)
