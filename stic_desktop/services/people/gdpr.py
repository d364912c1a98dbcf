"""GDPR: everything stored about one person (register extract), and anonymisation.

Both follow every foreign key to ``persons`` found in the metadata, so a table added later is
exported without touching this module. Anonymisation must also know what to do with the new table:
``REFERENCE_POLICY`` lists every such key, and a test fails until a new one is added there.
Anonymisation also scrubs the name, e-mail and phone out of every text column of every table (worked out
from the metadata, so a column added later is covered too): the demo and the users write names into
decisions, minutes notes, signatories and attesters. After anonymising, the file is rewritten
(``Database.compact``) so the old values are gone from the disk too, not merely unreachable. Archived
documents (the exact bytes sent, kept by law) are never altered; the ones that mention the person are
listed in the result (``gdpr_archive``).
"""

from __future__ import annotations

import base64
import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import CheckConstraint, Column, String, Table, Text, and_, delete, func, or_, select, update
from sqlalchemy.orm import Session

from stic_desktop.errors import NotFound, ValidationError
from stic_desktop.models import AuditEntry, Base, Person
from stic_desktop.services import audit
from stic_desktop.services.people.gdpr_archive import ArchivedMention, archived_mentions
from stic_desktop.storage.portable import erase_on_delete

PERSON_ENTITY = "person"
ANONYMISED_NAME = "Anonymiserad person"
REDACTED = "(anonymiserat)"

# What anonymisation does with the rows of each foreign key to persons:
#   "delete": the person's own data goes;
#   "keep":   the row is history (it now shows "Anonymiserad person"); its text is scrubbed of name, e-mail, phone.
REFERENCE_POLICY: dict[tuple[str, str], str] = {
    ("person_expertise", "person_id"): "delete",
    ("team_logins", "person_id"): "delete",  # the login no longer is this person (the role itself is IT's)
    ("memberships", "person_id"): "keep",
    ("audit_log", "person_id"): "keep",  # changes the person made; scrubbed with the rest of the log
    ("meetings", "chair_id"): "keep",
    ("meetings", "secretary_id"): "keep",
    ("meeting_invitees", "person_id"): "keep",  # attendance lists stay whole
    ("meeting_invitees", "rsvp_substitute_id"): "keep",
    ("meeting_invitees", "attendance_substitute_id"): "keep",
    ("agenda_items", "presenter_id"): "keep",
    ("action_items", "responsible_id"): "keep",
    ("archived_documents", "author_id"): "keep",  # the archived file stays the document as sent
    ("workshop_participants", "person_id"): "keep",  # who took part stays part of the workshop's record
    ("proposals", "proposer_id"): "keep",
    ("procurements", "responsible_id"): "keep",
    ("procurement_declarations", "person_id"): "keep",  # part of the procurement's documentation (LOU 12 kap. 17 §)
    ("requirement_documents", "added_by_id"): "keep",
    ("agreement_documents", "added_by_id"): "keep",
    ("sales_imports", "imported_by_id"): "keep",
}

# The audit-log entity name of a table whose rows are about the person, so their history is exported too.
AUDIT_ENTITIES = {"persons": PERSON_ENTITY, "memberships": "membership", "meeting_invitees": "invitee"}

_ORGANISATIONS = {"stic": "STIC", "adda": "SKL Kommentus/Adda"}


def person_references() -> list[tuple[Table, Column]]:
    """Every (table, column) in the schema with a foreign key to persons.id, in a stable order."""
    persons = Base.metadata.tables[Person.__tablename__]
    found = []
    for table in Base.metadata.sorted_tables:
        for fk in sorted(table.foreign_keys, key=lambda k: k.parent.name):
            if fk.column.table is persons:
                found.append((table, fk.parent))
    return found


def reference_key(table: Table, column: Column) -> str:
    return f"{table.name}.{column.name}"


# --- export ---------------------------------------------------------------------------------------

def _jsonable(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {"base64": base64.b64encode(bytes(value)).decode("ascii")}
    return value


class _Names:
    """Display names of rows a foreign key points at (a group's name, a meeting's title), cached."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.cache: dict[tuple[str, Any], Any] = {}

    def __call__(self, table: Table, row_id: Any) -> Any:
        key = (table.name, row_id)
        if key not in self.cache:
            pk = list(table.primary_key.columns)
            label = table.c.get("name", table.c.get("title"))
            self.cache[key] = self.session.scalar(select(label).where(pk[0] == row_id)) if len(pk) == 1 else None
        return self.cache[key]


def _row(table: Table, values: dict, names: _Names, skip: Column | None = None) -> dict:
    """A row as JSON values; each other foreign key gets a sibling with the name it points at."""
    row = {name: _jsonable(value) for name, value in values.items()}
    if table.name == AuditEntry.__tablename__ and isinstance(row.get("changes"), str):
        row["changes"] = json.loads(row["changes"] or "{}")
    for fk in table.foreign_keys:
        column, target = fk.parent, fk.column.table
        label = column.name.removesuffix("_id")
        if column is skip or label == column.name or label in row or not {"name", "title"} & set(target.c.keys()):
            continue
        row[label] = names(target, values[column.name]) if values[column.name] is not None else None
    return row


def _rows(session: Session, table: Table, where) -> list:
    order = list(table.primary_key.columns) or list(table.columns)
    return list(session.execute(select(table).where(where).order_by(*order)).mappings())


def _withhold_others(row: dict, person_id: int) -> dict:
    """A change the person made to someone else's record: which fields, not the other record's values
    (an extract must not disclose other people's data)."""
    if row.get("entity") == PERSON_ENTITY and row.get("entity_id") == person_id:
        return row
    changes = row.pop("changes", {}) or {}
    return {**row, "changed_fields": sorted(changes)}


def person_data(db, person_id: int) -> dict:
    """Everything stored about the person, JSON-serialisable (dates as ISO text).

    ``person`` (the row and its organisation), ``expertise`` (tags), ``references`` (for every foreign key
    to persons, keyed "table.column", the rows that point at the person; changes the person made to other
    records list the fields only) and ``history`` (audit rows about the person and the rows about them).
    """
    persons = Base.metadata.tables[Person.__tablename__]
    with db.read() as session:
        found = session.execute(select(persons).where(persons.c.id == person_id)).mappings().first()
        if found is None:
            raise NotFound(f"Det finns ingen person med id {person_id}.")
        names = _Names(session)
        person = _row(persons, dict(found), names)
        municipality = person.pop("municipality", None)
        person["organisation"] = (municipality if found["organisation_kind"] == "municipality"
                                  else _ORGANISATIONS.get(found["organisation_kind"], found["other_organisation"]))
        references: dict[str, list[dict]] = {}
        about: list = [and_(AuditEntry.entity == PERSON_ENTITY, AuditEntry.entity_id == person_id)]
        for table, column in person_references():
            rows = _rows(session, table, column == person_id)
            found = [_row(table, dict(r), names, skip=column) for r in rows]
            if table.name == AuditEntry.__tablename__:
                found = [_withhold_others(r, person_id) for r in found]
            references[reference_key(table, column)] = found
            entity = AUDIT_ENTITIES.get(table.name)
            pk = list(table.primary_key.columns)
            if entity and entity != PERSON_ENTITY and len(pk) == 1 and rows:
                about.append(and_(AuditEntry.entity == entity, AuditEntry.entity_id.in_([r[pk[0].name] for r in rows])))
        audit_table = Base.metadata.tables[AuditEntry.__tablename__]
        history = [_row(audit_table, dict(r), names) for r in _rows(session, audit_table, or_(*about))]
        expertise = [r["tag"] for r in references.get("person_expertise.person_id", [])]
    return {"person": person, "expertise": expertise, "references": references, "history": history}


# --- anonymisation --------------------------------------------------------------------------------

@dataclass(frozen=True)
class AnonymisationResult:
    person_id: int
    kept: dict[str, int]  # "table.column" -> rows kept as history, now showing "Anonymiserad person"
    deleted: dict[str, int]  # "table.column" -> rows deleted (the person's own data)
    audit_rows_scrubbed: int
    file_compacted: bool
    texts_scrubbed: int = 0  # text values in other rows (any table, any text column) that named the person
    archived_mentions: tuple[ArchivedMention, ...] = ()  # archived documents that mention the person, unchanged

    def summary(self) -> str:
        memberships = self.kept.get("memberships.person_id", 0)
        tags, rows, texts = self.deleted.get("person_expertise.person_id", 0), self.audit_rows_scrubbed, self.texts_scrubbed
        text = (f"Person {self.person_id} är anonymiserad. {memberships} gruppmedlemskap finns kvar som "
                f"”{ANONYMISED_NAME}”, {tags} {'expertisområde' if tags == 1 else 'expertisområden'} togs bort, "
                f"{rows} {'historikrad' if rows == 1 else 'historikrader'} rensades och namn, e-post eller telefon "
                f"togs bort ur {texts} {'text' if texts == 1 else 'texter'} i andra poster.")
        if self.file_compacted:
            text += (" Databasfilen skrevs om så att de gamla uppgifterna inte finns kvar i den"
                     + (", utom i de arkiverade dokumenten nedan." if self.archived_mentions else "."))
        else:
            text += (" Databasfilen kunde inte skrivas om helt eftersom den används av ett annat program, så gamla "
                     "uppgifter kan finnas kvar i filen tills den skrivs om nästa gång.")
        return text + self.archive_note()

    def archive_note(self) -> str:
        """The archived documents that still mention the person (empty when there are none)."""
        if not self.archived_mentions:
            return ""
        n = len(self.archived_mentions)
        return (f" {n} arkiverade dokument nämner personen och finns kvar oförändrade "
                f"(arkivhandlingar): " + "; ".join(m.describe() for m in self.archived_mentions) + ".")


class _Scrubber:
    """Replaces the person's old name, e-mail and phone wherever they occur in a text or JSON value."""

    def __init__(self, strings: list[str]) -> None:
        self.strings = [s for s in dict.fromkeys(s.strip() for s in strings) if s]

    def text(self, value: str, skip: frozenset[str] = frozenset()) -> str:
        for s in self.strings:
            if s in skip:
                continue
            if len(s) < 4:  # "Bo", "112": only a whole value, never a piece of another word
                value = REDACTED if value.strip().casefold() == s.casefold() else value
            else:
                value = re.sub(re.escape(s), REDACTED, value, flags=re.IGNORECASE)
        return value

    def value(self, value: Any, skip: frozenset[str] = frozenset()) -> Any:
        if isinstance(value, str):
            return self.text(value, skip)
        if isinstance(value, list):
            return [self.value(v, skip) for v in value]
        if isinstance(value, dict):
            return {k: self.value(v, skip) for k, v in value.items()}
        return value

    def like_patterns(self) -> list[str]:
        """How each string appears inside the stored JSON, as an ILIKE pattern."""
        return ["%" + _like_escaped(json.dumps(s, ensure_ascii=False)[1:-1]) + "%" for s in self.strings]

    def candidates(self, column: Column):
        """A SQL condition true for every value of the column that ``text`` could change (and a few more)."""
        return or_(*(column.ilike("%" + _like_escaped(s) + "%", escape="\\") for s in self.strings))


def _like_escaped(s: str) -> str:
    """The string as a (I)LIKE pattern that matches it in any case: ILIKE folds only ASCII letters in SQLite
    (lower()), so every other character is a one-character wildcard and Python decides."""
    escaped = s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return "".join(c if c.isascii() else "_" for c in escaped)


def _redacted_changes(changes: str) -> str:
    """An audit row about the person: the fields that changed stay, every value goes."""
    parsed = json.loads(changes or "{}")
    return json.dumps({field: [None if v is None else REDACTED for v in pair] for field, pair in parsed.items()},
                      ensure_ascii=False)


def _shared_by_others(session: Session, person_id: int, strings: list[str]) -> dict[int, frozenset[str]]:
    """Other people whose own name, e-mail or phone is one of the strings: their history keeps it."""
    shared: dict[int, set[str]] = {}
    for s in strings:
        key = s.casefold()
        query = select(Person.id).where(Person.id != person_id, or_(
            func.lower(Person.name) == key, func.lower(Person.email) == key, Person.phone == s))
        for other in session.scalars(query):
            shared.setdefault(other, set()).add(s)
    return {other: frozenset(values) for other, values in shared.items()}


def _scrub_audit(session: Session, person_id: int, scrubber: _Scrubber) -> int:
    log = AuditEntry.__table__
    count = 0
    about = and_(log.c.entity == PERSON_ENTITY, log.c.entity_id == person_id)
    for row_id, changes in session.execute(select(log.c.id, log.c.changes).where(about)).all():
        session.execute(update(log).where(log.c.id == row_id).values(changes=_redacted_changes(changes)))
        count += 1
    if not scrubber.strings:
        return count
    shared = _shared_by_others(session, person_id, scrubber.strings)
    candidates = or_(*(log.c.changes.ilike(p, escape="\\") for p in scrubber.like_patterns()))
    rows = session.execute(select(log.c.id, log.c.entity, log.c.entity_id, log.c.changes).where(~about, candidates)).all()
    for row_id, entity, entity_id, changes in rows:
        skip = shared.get(entity_id, frozenset()) if entity == PERSON_ENTITY else frozenset()
        parsed = json.loads(changes or "{}")
        cleaned = scrubber.value(parsed, skip)
        if cleaned != parsed:
            session.execute(update(log).where(log.c.id == row_id).values(changes=json.dumps(cleaned, ensure_ascii=False)))
            count += 1
    return count


def _code_columns(table: Table) -> set[str]:
    """Columns a CHECK constraint limits to a list of codes (``kind IN ('income', 'cost')``): they cannot hold
    a name, and a scrubbed code would break the constraint (a person called "Open" and procedure 'open')."""
    found = set()
    for constraint in table.constraints:
        if isinstance(constraint, CheckConstraint):
            match = re.fullmatch(r"\s*(\w+)\s+IN\s*\((?:\s*'[^']*'\s*,?)*\)\s*", str(constraint.sqltext), re.IGNORECASE)
            if match:
                found.add(match.group(1))
    return found


def text_columns() -> list[tuple[Table, list[Column]]]:
    """Every String/Text column of every table in the metadata, but keys (ids, hashes, codes that other rows
    point at), columns limited to a list of codes, and the audit log's changes (JSON, scrubbed value by value
    in ``_scrub_audit``)."""
    found = []
    for table in Base.metadata.sorted_tables:
        codes = _code_columns(table)
        columns = [c for c in table.columns if isinstance(c.type, (String, Text)) and not c.primary_key
                   and not c.foreign_keys and c.name not in codes
                   and (table.name, c.name) != (AuditEntry.__tablename__, "changes")]
        if columns:
            found.append((table, columns))
    return found


def _scrub_texts(session: Session, person_id: int, scrubber: _Scrubber) -> int:
    """The name, e-mail and phone out of every text value in the database (free text such as a decision, a
    note, a signatory or the tender-opening attesters may name the person); the number of values changed.
    The person's own row is done by the caller; other people keep their own name, e-mail and phone when
    they share one (a namesake)."""
    if not scrubber.strings:
        return 0
    persons = Person.__table__
    shared = _shared_by_others(session, person_id, scrubber.strings)
    count = 0
    for table, columns in text_columns():
        pk = list(table.primary_key.columns)
        if not pk:  # a programming error: a table without a primary key cannot be updated row by row
            raise RuntimeError(f"Tabellen {table.name} saknar primärnyckel och kan inte anonymiseras.")
        for column in columns:
            query = select(*pk, column).where(scrubber.candidates(column))
            if table is persons:
                query = query.where(persons.c.id != person_id)
            for *key, value in session.execute(query).all():
                skip = shared.get(key[0], frozenset()) if table is persons else frozenset()
                cleaned = scrubber.text(value, skip)
                if cleaned != value:
                    session.execute(update(table).where(*(c == k for c, k in zip(pk, key))).values({column.name: cleaned}))
                    count += 1
    return count


def anonymise_person(db, person_id: int) -> AnonymisationResult:
    """Removes the person's name, e-mail, phone, notes and expertise everywhere in one transaction, keeps
    the memberships as history under "Anonymiserad person", scrubs every other text that names the person,
    then rewrites the database file and lists the archived documents (never altered) that mention the person."""
    with db.write() as session:
        erase_on_delete(session)  # deleted cells are zeroed
        person = session.execute(select(Person.__table__).where(Person.id == person_id)).mappings().first()
        if person is None:
            raise NotFound(f"Det finns ingen person med id {person_id}.")
        if person["anonymised"]:
            raise ValidationError("id", f"Person {person_id} är redan anonymiserad.")
        if person_id == db.actor_id:
            raise ValidationError("id", "Du kan inte anonymisera dig själv medan du är vald som användare. "
                                        "Välj en annan användare först.")
        scrubber = _Scrubber([person["name"], person["email"], person["phone"]])
        kept: dict[str, int] = {}
        deleted: dict[str, int] = {}
        for table, column in person_references():
            key = reference_key(table, column)
            policy = REFERENCE_POLICY.get((table.name, column.name))
            if policy is None:  # a programming error; tests/services/test_gdpr.py catches it first
                raise RuntimeError(f"Ingen anonymiseringsregel för {key} i gdpr.REFERENCE_POLICY.")
            if policy == "delete":
                deleted[key] = session.execute(delete(table).where(column == person_id)).rowcount
            elif table.name != AuditEntry.__tablename__:  # their text is scrubbed with every other text below
                kept[key] = session.scalar(select(func.count()).select_from(table).where(column == person_id))
        session.execute(update(Person.__table__).where(Person.id == person_id).values(
            name=ANONYMISED_NAME, title="", email="", phone="", notes="", other_organisation="",
            active=False, anonymised=True,
        ))
        texts = _scrub_texts(session, person_id, scrubber)
        scrubbed = _scrub_audit(session, person_id, scrubber)
        audit.record(session, db.actor_id, PERSON_ENTITY, person_id, "update",
                     {"active": bool(person["active"]), "anonymised": False}, {"active": False, "anonymised": True})
    compacted = db.compact()
    with db.read() as session:  # the archive is only read: its documents stay exactly as sent
        mentions = tuple(archived_mentions(session, scrubber.strings))
    return AnonymisationResult(person_id, kept, deleted, scrubbed, compacted, texts, mentions)
