"""Registerutdrag: everything stored about one person (GDPR art. 15), as JSON or a readable PDF.

The content comes from ``services.gdpr.person_data``, which follows every foreign key to the person;
this module only lays it out. A table without a Swedish heading below is still printed, under its
table name.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from stic_desktop.core import clock
from stic_desktop.documents.output import atomic_target
from stic_desktop.errors import UserError
from stic_desktop.services.audit import ACTIONS
from stic_desktop.services.people.gdpr import person_data
from stic_desktop.services.people.memberships import MEMBERSHIP_FIELD_LABELS, ROLE_LABELS
from stic_desktop.services.people.people import FIELD_LABELS as PERSON_LABELS
from stic_desktop.services.people.people import ORGANISATION_LABELS
from stic_desktop.services.workspace.organisation import get_organisation

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
    "requirement_documents.added_by_id": "Kravspecifikationer som personen har lagt in",
    "agreement_documents.added_by_id": "Avtalsdokument som personen har lagt in",
    "sales_imports.imported_by_id": "Försäljningsrapporter som personen har importerat",
}
SHOWN_ELSEWHERE = {"person_expertise.person_id"}  # the tags are listed with the person
AUDIT_KEYS = {"audit_log.person_id"}

LABELS = {
    **PERSON_LABELS, **MEMBERSHIP_FIELD_LABELS,
    "id": "Id", "organisation": "Organisation", "group": "Grupp", "municipality": "Kommun",
    "at": "Tidpunkt", "entity": "Typ av post", "entity_id": "Postens id", "action": "Händelse", "changes": "Ändringar",
    "person": "Utförd av", "meeting": "Möte", "organisation_kind": "Typ av organisation",
}
ENTITY_LABELS = {"person": "Person", "membership": "Gruppmedlemskap", "group": "Grupp", "municipality": "Kommun",
                 "organisation": "Organisationen"}
VALUE_LABELS = {"role": ROLE_LABELS, "organisation_kind": ORGANISATION_LABELS}
HIDDEN = {"person_id", "municipality_id", "group_id"}  # ids shown by name instead
PERSON_ORDER = ("id", "name", "title", "organisation", "organisation_kind", "email", "phone", "notes", "active",
                "anonymised")


def export_person_data(db, person_id: int, target: Path, today: date | None = None) -> Path:
    """The register extract of one person written as .json (UTF-8) or .pdf, by the file's suffix."""
    target = Path(target)
    suffix = target.suffix.lower()
    if suffix not in (".json", ".pdf"):
        raise UserError(f"Registerutdraget kan sparas som .json eller .pdf, inte ”{target.suffix or target.name}”.")
    data = person_data(db, person_id)
    if suffix == ".json":
        with atomic_target(target) as temporary:
            temporary.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    else:
        organisation = get_organisation(db)
        write_person_pdf(target, data, organisation.name, organisation.logo, today or clock.today())
    return target


def _value(field: str, value: Any) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return "Ja" if value else "Nej"
    if field in VALUE_LABELS:
        return VALUE_LABELS[field].get(value, str(value))
    if isinstance(value, dict) and "base64" in value:
        return f"(binära data, {len(value['base64']) * 3 // 4} byte)"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _time(text: str) -> str:
    try:
        moment = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return str(text)
    return (moment.astimezone(STOCKHOLM) if moment.tzinfo else moment).strftime("%Y-%m-%d %H:%M")


def _label(field: str) -> str:
    """A field's Swedish name; the log keeps ids (of a group, a municipality), so say so."""
    label = LABELS.get(field, field)
    return f"{label} (id)" if field.endswith("_id") and label != field else label


def _changes(changes: dict) -> str:
    lines = []
    for field, pair in changes.items():
        old, new = pair if isinstance(pair, list) and len(pair) == 2 else (None, pair)
        lines.append(f"{_label(field)}: {_value(field, old)} → {_value(field, new)}")
    return "\n".join(lines) or "–"


def _fields(row: dict, order: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    names = [n for n in order if n in row] + [n for n in row if n not in order and n not in HIDDEN]
    return [(LABELS.get(n, n), _value(n, row[n])) for n in names]


def write_person_pdf(target: Path, data: dict, organisation: str, logo: bytes | None, today: date) -> None:
    from reportlab.lib.styles import ParagraphStyle

    from stic_desktop.core import dates
    from stic_desktop.documents.pdf import PageHeader, build_pdf, make_table, para, styles

    s = styles()
    heading = ParagraphStyle("heading_with_next", parent=s.heading, keepWithNext=1)  # never alone at a page's foot
    caption = ParagraphStyle("caption_with_next", parent=s.body, keepWithNext=1, spaceAfter=3)
    person = data["person"]
    story = [
        para(f"{TITLE} – {person.get('name', '')}", s.title),
        para(f"Allt som finns lagrat om personen i STIC Desktop per {dates.long_date(today)}, hämtat genom att följa "
             "varje koppling till personen i databasen.", s.small),
        para("Personuppgifter", heading),
        make_table(("Uppgift", "Värde"), _fields(person, PERSON_ORDER), (1, 3)),
        para("Expertisområden", heading),
        para(", ".join(data["expertise"]) or "Inga.", s.body),
    ]
    empty = [SECTION_TITLES.get(key, key) for key, rows in data["references"].items() if not rows]
    for key, rows in data["references"].items():
        if key in SHOWN_ELSEWHERE or not rows:
            continue
        story.append(para(SECTION_TITLES.get(key, key), heading))
        if key in AUDIT_KEYS:
            story.append(_audit_table(rows, make_table))
        else:
            for number, row in enumerate(rows, start=1):
                story.append(para(f"{number}. {_row_title(row)}", caption))
                story.append(make_table(("Uppgift", "Värde"), _fields(row), (1, 3)))
    story.append(para("Historik om personen, gruppmedlemskapen och kallelserna", heading))
    story.append(_audit_table(data["history"], make_table) if data["history"] else para("Ingen.", s.body))
    if empty:
        story.append(para("Inga uppgifter finns om", heading))
        story.append(para("; ".join(empty) + ".", s.small))
    build_pdf(Path(target), story, PageHeader(organisation=organisation, title=TITLE, document_date=today, logo=logo))


def _row_title(row: dict) -> str:
    """A short name for a referring row: the group and role of a membership, else its id."""
    parts = [str(row[k]) for k in ("group", "name") if row.get(k)]
    if row.get("role"):
        parts.append(_value("role", row["role"]))
    return ", ".join(parts) or f"Id {row.get('id', '')}"


def _audit_table(rows: list[dict], make_table):
    lines = [
        (_time(r.get("at", "")), ACTIONS.get(r.get("action", ""), r.get("action", "")),
         f"{ENTITY_LABELS.get(r.get('entity', ''), r.get('entity', ''))} {r.get('entity_id', '')}",
         _changes(r.get("changes") or {}) if "changed_fields" not in r else
         "Ändrade fält: " + (", ".join(_label(f) for f in r["changed_fields"]) or "–"))
        for r in rows
    ]
    return make_table(("Tidpunkt", "Händelse", "Post", "Ändringar"), lines, (1.25, 0.9, 1.65, 4.2))
