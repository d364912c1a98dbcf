"""Registerutdrag: everything stored about one person (GDPR art. 15), as JSON or a readable PDF.

The content comes from ``services.people.document_data.register_extract_data`` (``gdpr.person_data`` with
the organisation and the Swedish labels); this module only lays it out, into bytes. A table without a
Swedish heading below is still printed, under its table name.
"""

from __future__ import annotations

import io
import json
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO
from zoneinfo import ZoneInfo

from stic_desktop.core import clock
from stic_desktop.errors import UserError

if TYPE_CHECKING:
    from stic_desktop.services.people.document_data import PersonData, PersonDataLabels

TITLE = "Registerutdrag"
STOCKHOLM = ZoneInfo("Europe/Stockholm")

# Headings of the sections per foreign key to the person ("table.column").
SECTION_TITLES = {
    "memberships.person_id": "Gruppmedlemskap",
    "person_expertise.person_id": "Expertisområden",
    "audit_log.person_id": "Ändringar som personen har gjort i programmet",
    "meetings.chair_id": "Möten där personen är ordförande",
    "meetings.secretary_id": "Möten där personen är sekreterare",
    "meeting_invitees.person_id": "Kallelser till möten",
    "meeting_invitees.rsvp_substitute_id": "Anmäld som ersättare för någon annan",
    "meeting_invitees.attendance_substitute_id": "Närvarande som ersättare för någon annan",
    "agenda_items.presenter_id": "Dagordningspunkter som personen föredrar",
    "action_items.responsible_id": "Åtgärdspunkter som personen ansvarar för",
    "archived_documents.author_id": "Arkiverade dokument som personen har skickat",
    "workshop_participants.person_id": "Workshoppar där personen har deltagit",
    "proposals.proposer_id": "Förslag som personen har lämnat",
    "procurements.responsible_id": "Upphandlingar som personen ansvarar för",
    "procurement_declarations.person_id": "Jävs- och sekretessförbindelser i upphandlingar",
    "requirement_documents.added_by_id": "Kravspecifikationer som personen har lagt in",
    "agreement_documents.added_by_id": "Avtalsdokument som personen har lagt in",
    "sales_imports.imported_by_id": "Försäljningsrapporter som personen har importerat",
}
SHOWN_ELSEWHERE = {"person_expertise.person_id"}  # the tags are listed with the person
AUDIT_KEYS = {"audit_log.person_id"}

LABELS = {  # beside the person's and the membership's own fields, which come with the data
    "id": "Id", "organisation": "Organisation", "group": "Grupp", "municipality": "Kommun",
    "at": "Tidpunkt", "entity": "Typ av post", "entity_id": "Postens id", "action": "Händelse", "changes": "Ändringar",
    "person": "Utförd av", "meeting": "Möte", "organisation_kind": "Typ av organisation",
}
ENTITY_LABELS = {"person": "Person", "membership": "Gruppmedlemskap", "group": "Grupp", "municipality": "Kommun",
                 "organisation": "Organisationen"}
HIDDEN = {"person_id", "municipality_id", "group_id"}  # ids shown by name instead
PERSON_ORDER = ("id", "name", "title", "organisation", "organisation_kind", "email", "phone", "notes", "active",
                "anonymised")


def extract_suffix(target: Path) -> str:
    """".json" or ".pdf"; any other suffix is refused before anything is read or written."""
    suffix = Path(target).suffix.lower()
    if suffix not in (".json", ".pdf"):
        raise UserError(f"Registerutdraget kan sparas som .json eller .pdf, inte ”{target.suffix or target.name}”.")
    return suffix


def person_data_bytes(data: PersonData, *, suffix: str = ".pdf", today: date | None = None) -> bytes:
    """The register extract as .json (UTF-8, exactly the stored data) or as a readable .pdf."""
    if extract_suffix(Path(f"x{suffix}")) == ".json":
        return (json.dumps(data.extract, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    buffer = io.BytesIO()
    write_person_pdf(buffer, data, today or clock.today())
    return buffer.getvalue()


class _Labels:
    """Field, value and action names: the data's own, then this document's."""

    def __init__(self, labels: PersonDataLabels) -> None:
        self.fields = {**labels.fields, **LABELS}
        self.values = labels.values
        self.actions = labels.actions

    def value(self, field: str, value: Any) -> str:
        if value is None or value == "":
            return "–"
        if isinstance(value, bool):
            return "Ja" if value else "Nej"
        if field in self.values:
            return self.values[field].get(value, str(value))
        if isinstance(value, dict) and "base64" in value:
            return f"(binära data, {len(value['base64']) * 3 // 4} byte)"
        if isinstance(value, (list, dict)):
            return json.dumps(value, ensure_ascii=False)
        return str(value)

    def label(self, field: str) -> str:
        """A field's Swedish name; the log keeps ids (of a group, a municipality), so say so."""
        label = self.fields.get(field, field)
        return f"{label} (id)" if field.endswith("_id") and label != field else label

    def changes(self, changes: dict) -> str:
        lines = []
        for field, pair in changes.items():
            old, new = pair if isinstance(pair, list) and len(pair) == 2 else (None, pair)
            lines.append(f"{self.label(field)}: {self.value(field, old)} → {self.value(field, new)}")
        return "\n".join(lines) or "–"

    def rows(self, row: dict, order: tuple[str, ...] = ()) -> list[tuple[str, str]]:
        names = [n for n in order if n in row] + [n for n in row if n not in order and n not in HIDDEN]
        return [(self.fields.get(n, n), self.value(n, row[n])) for n in names]

    def row_title(self, row: dict) -> str:
        """A short name for a referring row: the group and role of a membership, else its id."""
        parts = [str(row[k]) for k in ("group", "name") if row.get(k)]
        if row.get("role"):
            parts.append(self.value("role", row["role"]))
        return ", ".join(parts) or f"Id {row.get('id', '')}"


def _time(text: str) -> str:
    try:
        moment = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return str(text)
    return (moment.astimezone(STOCKHOLM) if moment.tzinfo else moment).strftime("%Y-%m-%d %H:%M")


def write_person_pdf(output: BinaryIO, data: PersonData, today: date) -> None:
    from reportlab.lib.styles import ParagraphStyle

    from stic_desktop.core import dates
    from stic_desktop.documents.pdf import PageHeader, build_pdf, make_table, para, styles

    s = styles()
    heading = ParagraphStyle("heading_with_next", parent=s.heading, keepWithNext=1)  # never alone at a page's foot
    caption = ParagraphStyle("caption_with_next", parent=s.body, keepWithNext=1, spaceAfter=3)
    extract, names = data.extract, _Labels(data.labels)
    person = extract["person"]
    story = [
        para(f"{TITLE} – {person.get('name', '')}", s.title),
        para(f"Allt som finns lagrat om personen i STIC Desktop per {dates.long_date(today)}, hämtat genom att följa "
             "varje koppling till personen i databasen.", s.small),
        para("Personuppgifter", heading),
        make_table(("Uppgift", "Värde"), names.rows(person, PERSON_ORDER), (1, 3)),
        para("Expertisområden", heading),
        para(", ".join(extract["expertise"]) or "Inga.", s.body),
    ]
    empty = [SECTION_TITLES.get(key, key) for key, rows in extract["references"].items() if not rows]
    for key, rows in extract["references"].items():
        if key in SHOWN_ELSEWHERE or not rows:
            continue
        story.append(para(SECTION_TITLES.get(key, key), heading))
        if key in AUDIT_KEYS:
            story.append(_audit_table(rows, names, make_table))
        else:
            for number, row in enumerate(rows, start=1):
                story.append(para(f"{number}. {names.row_title(row)}", caption))
                story.append(make_table(("Uppgift", "Värde"), names.rows(row), (1, 3)))
    story.append(para("Historik om personen, gruppmedlemskapen och kallelserna", heading))
    story.append(_audit_table(extract["history"], names, make_table) if extract["history"] else para("Ingen.", s.body))
    if empty:
        story.append(para("Inga uppgifter finns om", heading))
        story.append(para("; ".join(empty) + ".", s.small))
    build_pdf(output, story, PageHeader(organisation=data.organisation.name, title=TITLE, document_date=today,
                                        logo=data.organisation.logo))


def _audit_table(rows: list[dict], names: _Labels, make_table):
    lines = [
        (_time(r.get("at", "")), names.actions.get(r.get("action", ""), r.get("action", "")),
         f"{ENTITY_LABELS.get(r.get('entity', ''), r.get('entity', ''))} {r.get('entity_id', '')}",
         names.changes(r.get("changes") or {}) if "changed_fields" not in r else
         "Ändrade fält: " + (", ".join(names.label(f) for f in r["changed_fields"]) or "–"))
        for r in rows
    ]
    return make_table(("Tidpunkt", "Händelse", "Post", "Ändringar"), lines, (1.25, 0.9, 1.65, 4.2))
