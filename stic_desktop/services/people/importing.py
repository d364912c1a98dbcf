"""Importing the office's contact lists into Personer: all rows or none, duplicates shown first.

A row whose e-mail is already in the register updates that person with the row's non-empty cells.
A row that only looks like someone already there (same name and organisation) or repeats an
address from the file is a *possible duplicate*: the import is refused until the user says
"import anyway", because merging people afterwards is much harder than not creating them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from stic_desktop.errors import ImportFailed, RowError, ValidationError
from stic_desktop.models import Municipality, Person
from stic_desktop.services.people.people import (
    DuplicateIndex,
    PersonInput,
    PersonRecord,
    municipality_names,
    name_key,
    organisation_key,
    person_records,
    split_tags,
    validated_person,
    write_person,
)
from stic_desktop.services.tabular import SourceRow, Table, read_table


@dataclass(frozen=True)
class PeopleImportResult:
    created: int
    updated: int
    unchanged: int
    duplicates: list[str]  # "rad 4, kolumn namn: …", one per row that looks like someone already there
    dry_run: bool

    def summary(self) -> str:
        parts = f"{self.created} nya, {self.updated} ändrade, {self.unchanged} oförändrade"
        if self.duplicates:
            parts += f", {len(self.duplicates)} möjliga dubbletter"
        return f"Förhandsgranskning: {parts}. Inget har sparats." if self.dry_run else f"Importerat: {parts}."


# Column headings accepted (lower case) and what each fills.
IMPORT_COLUMNS = {
    "namn": "name",
    "titel": "title",
    "befattning": "title",
    "organisation": "organisation",
    "e-post": "email",
    "e-postadress": "email",
    "epost": "email",
    "e-mail": "email",
    "telefon": "phone",
    "telefonnummer": "phone",
    "expertis": "expertise",
    "anteckningar": "notes",
    "aktiv": "active",
}
IGNORED_COLUMNS = {"id"}
REQUIRED = {"name": "namn", "organisation": "organisation"}
# Which column a field's error belongs to.
FIELD_COLUMN = {"organisation_kind": "organisation", "municipality_id": "organisation", "other_organisation": "organisation"}

STIC_NAMES = {"stic", "stockholms inköpscentral"}
ADDA_NAMES = {"adda", "adda inköpscentral", "skl kommentus", "skl kommentus/adda", "skl kommentus inköpscentral", "ski", "kommentus"}
YES = {"ja", "j", "x", "1", "true", "aktiv", "yes"}
NO = {"nej", "n", "0", "false", "inaktiv", "no"}


@dataclass(frozen=True)
class _Organisation:
    kind: str
    municipality_id: int | None = None
    other: str = ""


class _Resolver:
    """Organisation cells: a municipality (name, "X kommun", "Xs stad" or kommunkod), STIC, Adda or other."""

    def __init__(self, session: Session) -> None:
        rows = session.execute(select(Municipality.id, Municipality.municipality_code, Municipality.name)).all()
        self.by_code = {code: id_ for id_, code, _ in rows}
        self.by_name = {name.casefold(): id_ for id_, _, name in rows}

    def __call__(self, text: str) -> _Organisation:
        value = " ".join(text.split())
        key = value.casefold()
        if key in STIC_NAMES:
            return _Organisation("stic")
        if key in ADDA_NAMES:
            return _Organisation("adda")
        if value.isdigit() and len(value) in (3, 4):
            code = value.zfill(4)  # Excel drops the leading zero of 0114
            if code not in self.by_code:
                raise ValueError(f"Det finns ingen kommun med kommunkod {code}.")
            return _Organisation("municipality", self.by_code[code])
        for suffix in ("", " kommun", " stad"):
            if suffix and not key.endswith(suffix):
                continue
            stem = key.removesuffix(suffix) if suffix else key
            for candidate in (stem, stem.removesuffix("s")):
                if candidate in self.by_name:
                    return _Organisation("municipality", self.by_name[candidate])
        return _Organisation("other", None, value)


def _parse_active(text: str) -> bool:
    key = text.strip().casefold()
    if key in YES:
        return True
    if key in NO:
        return False
    raise ValueError("Skriv ja eller nej.")


def _check_headers(table: Table) -> dict[str, str]:
    """field -> header as written in the file; refuses unknown and missing columns."""
    unknown = [h for h in table.headers if h not in IMPORT_COLUMNS and h not in IGNORED_COLUMNS]
    errors = [RowError(1, h, f"Okänd kolumn. Kända kolumner: {', '.join(sorted(IMPORT_COLUMNS))}.") for h in unknown]
    columns: dict[str, str] = {}
    for header in table.headers:
        field = IMPORT_COLUMNS.get(header)
        if field is not None and field in columns:
            errors.append(RowError(1, header, f"Kolumnen fyller samma uppgift som ”{columns[field]}”."))
        elif field is not None:
            columns[field] = header
    errors.extend(RowError(1, label, "Kolumnen saknas i filen.") for field, label in REQUIRED.items() if field not in columns)
    if errors:
        raise ImportFailed("Filen har fel kolumner. Inget importerades.", errors)
    return columns


def _describe(record: PersonRecord) -> str:
    return f"{record.name} ({record.organisation or '–'}{', ' + record.email if record.email else ''})"


class _Planner:
    """Reads every row against the register as it is now; collects errors, duplicates and what to write."""

    def __init__(self, session: Session, columns: dict[str, str]) -> None:
        self.session = session
        self.columns = columns
        self.resolve = _Resolver(session)
        self.municipalities = municipality_names(session)
        self.index = DuplicateIndex(session)
        self.errors: list[RowError] = []
        self.duplicates: list[RowError] = []
        self.creates: list[tuple[dict, tuple[str, ...]]] = []
        self.updates: dict[int, PersonInput] = {}  # person id -> merged input (a second row builds on the first)
        self.current: dict[int, PersonRecord] = {}
        self.file_emails: dict[str, int] = {}
        self.file_names: dict[tuple, int] = {}

    def column(self, field: str) -> str:
        field = FIELD_COLUMN.get(field, field)
        return self.columns.get(field, field)

    def _fail(self, row: int, exc: ValidationError) -> None:
        self.errors.extend(RowError(row, self.column(e.field), e.message) for e in exc.errors)

    def _existing(self, person_id: int) -> PersonRecord:
        if not self.current:  # everyone at once: one query instead of one per matched row
            self.current = {r.id: r for r in person_records(self.session)}
        return self.current[person_id]

    def _organisation(self, text: str) -> dict:
        org = self.resolve(text)
        return {"organisation_kind": org.kind, "municipality_id": org.municipality_id, "other_organisation": org.other}

    def row(self, source: SourceRow) -> None:
        cells = {field: source.values.get(header, "").strip() for field, header in self.columns.items()}
        number = source.number
        overrides: dict = {k: cells[k] for k in ("name", "title", "email", "phone", "notes") if cells.get(k)}
        failed = False
        for field, parse in (("organisation", self._organisation), ("active", lambda t: {"active": _parse_active(t)})):
            if cells.get(field):
                try:
                    overrides.update(parse(cells[field]))
                except ValueError as exc:
                    self.errors.append(RowError(number, self.column(field), str(exc)))
                    failed = True
        if failed:
            return
        if cells.get("expertise"):
            overrides["expertise"] = split_tags(cells["expertise"])
        email = cells.get("email", "")
        if email:
            first = self.file_emails.setdefault(email.casefold(), number)
            if first != number:
                self.duplicates.append(RowError(number, self.column("email"), f"E-postadressen {email} finns redan på rad {first}."))
        matches = self.index.email_matches(email)
        if matches:
            self._update(number, matches, overrides)
        else:
            self._create(number, overrides)

    def _update(self, number: int, matches: list[int], overrides: dict) -> None:
        person_id = matches[0]
        if len(matches) > 1:
            names = ", ".join(_describe(self._existing(i)) for i in matches)
            self.duplicates.append(RowError(number, self.column("email"), f"Flera personer i registret har samma e-postadress: {names}."))
        base = self.updates.get(person_id) or self._existing(person_id).as_input()
        if overrides.get("email", "").casefold() == base.email.casefold():
            overrides = {k: v for k, v in overrides.items() if k != "email"}  # keep the spelling already stored
        merged = replace(base, **overrides)
        try:
            validated_person(merged, self.municipalities)
        except ValidationError as exc:
            self._fail(number, exc)
            return
        self.updates[person_id] = merged

    def _create(self, number: int, overrides: dict) -> None:
        data = PersonInput(**{"organisation_kind": "", **overrides})
        if not data.organisation_kind:
            self.errors.append(RowError(number, self.column("organisation"), "Organisationen måste fyllas i för en ny "
                                        "person: en kommun, STIC, SKL Kommentus/Adda eller en annan organisations namn."))
            try:  # report the row's other mistakes too
                validated_person(replace(data, organisation_kind="stic"), self.municipalities)
            except ValidationError as exc:
                self._fail(number, exc)
            return
        try:
            values, tags = validated_person(data, self.municipalities)
        except ValidationError as exc:
            self._fail(number, exc)
            return
        similar = self.index.name_matches(data)
        if similar:
            who = "; ".join(_describe(self._existing(i)) for i in similar[:3])
            self.duplicates.append(RowError(number, self.column("name"), f"Samma namn och organisation som {who} i registret."))
        key = (name_key(data.name), *organisation_key(data.organisation_kind, data.municipality_id, data.other_organisation))
        first = self.file_names.setdefault(key, number)
        if first != number and not similar:
            self.duplicates.append(RowError(number, self.column("name"), f"Samma namn och organisation som rad {first}."))
        self.creates.append((values, tags))

    def changed_updates(self) -> tuple[list[tuple[int, dict, tuple[str, ...]]], int]:
        """(person id, values, tags) for people the file changes, and how many it leaves as they were."""
        changed, unchanged = [], 0
        for person_id, data in self.updates.items():
            values, tags = validated_person(data, self.municipalities)
            current = self._existing(person_id)
            if all(getattr(current, k) == v for k, v in values.items()) and current.expertise == tags:
                unchanged += 1
            else:
                changed.append((person_id, values, tags))
        return changed, unchanged


def import_people(db, path: Path, *, dry_run: bool = False, allow_duplicates: bool = False) -> PeopleImportResult:
    """All-or-nothing import of a contact list (.xlsx/.csv); the rules are in this module's docstring."""
    table = read_table(Path(path))
    columns = _check_headers(table)
    with db.write() as session:
        planner = _Planner(session, columns)
        for source in table.rows:
            planner.row(source)
        if planner.errors:
            raise ImportFailed(f"{len(planner.errors)} fel i filen. Inget importerades.", planner.errors)
        updates, unchanged = planner.changed_updates()
        duplicates = sorted(planner.duplicates, key=lambda e: e.row)
        if duplicates and not allow_duplicates and not dry_run:
            raise ImportFailed(
                f"Filen har {len(duplicates)} möjliga dubbletter. Inget importerades. Kontrollera raderna, "
                "eller välj att importera ändå om de verkligen är olika personer.",
                duplicates,
            )
        if not dry_run:
            for values, tags in planner.creates:
                write_person(session, db.actor_id, None, values, tags, planner.municipalities)
            for person_id, values, tags in updates:
                write_person(session, db.actor_id, session.get(Person, person_id), values, tags, planner.municipalities)
        return PeopleImportResult(len(planner.creates), len(updates), unchanged, [str(d) for d in duplicates], dry_run)
