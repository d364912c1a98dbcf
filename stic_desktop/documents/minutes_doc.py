"""Protokoll: who was there, each item as "§ N Rubrik" with notes and decision, the action items,
and signature lines for the chair, the secretary and each adjuster, names printed under the lines.

Minutes that are not adjusted yet say UTKAST in a red box and in every page header, so a draft
that is printed or forwarded cannot pass for the final minutes.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    from stic_desktop.services.meetings.agenda import AgendaItemRecord
    from stic_desktop.services.meetings.document_data import MeetingData
    from stic_desktop.services.meetings.invitees import InviteeRecord

TITLE = "Protokoll"
DRAFT_MARK = "UTKAST"
DRAFT_BANNER = "UTKAST – protokollet är inte justerat"
ACTION_HEADERS = ("§", "Åtgärd", "Ansvarig", "Klart senast")
ACTION_WIDTHS = (0.7, 6, 2.4, 1.5)


def is_draft(data: MeetingData) -> bool:
    return data.meeting.status != "adjusted"


def item_heading(number: int, item: AgendaItemRecord) -> str:
    """``§ 12 Budget 2027``; before the meeting is held items have no § yet: ``Punkt 3 Budget 2027``."""
    return f"§ {item.paragraph} {item.title}" if item.paragraph is not None else f"Punkt {number} {item.title}"


def _who(invitee: InviteeRecord) -> str:
    name = invitee.person_name
    if invitee.attendance == "substitute" and invitee.attendance_substitute_name:
        name = f"{invitee.attendance_substitute_name} (ersättare för {invitee.person_name})"
    return f"{name}, {invitee.organisation}" if invitee.organisation else name


def attendance_groups(data: MeetingData) -> list[tuple[str, str]]:
    """(label, names one per line) for present members, other participants, absent and not noted."""
    present = [i for i in data.invitees if i.attendance in ("present", "substitute")]
    groups = [
        ("Närvarande", [_who(i) for i in present if not i.guest]),
        ("Övriga närvarande", [_who(i) for i in present if i.guest]),
        ("Frånvarande", [_who(i) for i in data.invitees if i.attendance == "absent"]),
        ("Närvaro ej noterad", [_who(i) for i in data.invitees if i.attendance == "unknown"]),
    ]
    return [(label, "\n".join(names)) for label, names in groups if names]


def adjusters(data: MeetingData) -> list[str]:
    return [i.person_name for i in data.invitees if i.adjuster]


def _quorum_text(data: MeetingData) -> str:
    q = data.quorum
    if not q.applies:
        return ""
    verdict = "Beslutsför" if q.reached else "Inte beslutsför"
    return f"{verdict} ({q.present} av {q.members} ledamöter närvarande)"


def _items(data: MeetingData) -> list:
    from reportlab.platypus import Paragraph

    from stic_desktop.documents.meeting_layout import keep, labelled, style, text
    from stic_desktop.documents.pdf import para_text

    heading = style("minutes_item", parent="heading", spaceBefore=8)
    story: list = []
    for number, item in enumerate(data.items, start=1):
        parts = [Paragraph(para_text(item_heading(number, item)), heading)]
        if item.minutes_notes:
            parts.append(text(item.minutes_notes))
        if item.decision:
            parts.append(labelled("Beslut:", item.decision))
        story += [keep(*parts[:2]), *parts[2:]]
    return story


def _action_table(data: MeetingData):
    from stic_desktop.documents.pdf import make_table

    rows = [(f"§ {a.paragraph}" if a.paragraph else "", a.description, a.responsible_name or "–",
             a.due_date.isoformat() if a.due_date else "–") for a in data.action_items]
    table = make_table(ACTION_HEADERS, rows, ACTION_WIDTHS)
    table.splitInRow = 1
    return table


def _signatures(data: MeetingData) -> list:
    from stic_desktop.documents.meeting_layout import keep, signature_grid, text

    meeting = data.meeting
    people = [(meeting.secretary_name, "Sekreterare"), (meeting.chair_name, "Ordförande")]
    people += [(name, "Justerare") for name in adjusters(data)] or [("", "Justerare")]
    return [keep(text("Underskrifter", "heading"), text("Vid protokollet och justeras:", "small"),
                 signature_grid(people))]


def minutes_story(data: MeetingData) -> list:
    from stic_desktop.core import dates
    from stic_desktop.documents.meeting_layout import banner, facts, meeting_facts, text

    meeting = data.meeting
    story: list = [banner(DRAFT_BANNER)] if is_draft(data) else []
    story += [text(TITLE, "title"), text(meeting.title, "heading"), meeting_facts(data, link=False)]
    story.append(facts([
        ("Ordförande", meeting.chair_name or "–"),
        ("Sekreterare", meeting.secretary_name or "–"),
        ("Justerare", ", ".join(adjusters(data)) or "–"),
        *attendance_groups(data),
        ("Beslutsförhet", _quorum_text(data)),
    ]))
    story += _items(data) or [text("Dagordningen har inga punkter.")]
    if data.action_items:
        story += [text("Åtgärder", "heading"), _action_table(data)]
    if meeting.adjusted_at and not is_draft(data):
        story.append(text(f"Protokollet justerades {dates.long_date(meeting.adjusted_at.date())}.", "small"))
    return story + _signatures(data)


def write_minutes(target: Path | BinaryIO, data: MeetingData, *, today: date | None = None,
                  page_numbers: bool = True) -> None:
    from stic_desktop.documents.meeting_layout import page_header
    from stic_desktop.documents.pdf import build_pdf

    title = f"{TITLE} ({DRAFT_MARK})" if is_draft(data) else TITLE
    if data.meeting.group_name:
        title += f" – {data.meeting.group_name}"
    header = page_header(data, title, today or data.meeting.meeting_date)
    build_pdf(target, minutes_story(data), header, page_numbers=page_numbers)


def minutes_bytes(data: MeetingData, **options) -> bytes:
    buffer = io.BytesIO()
    write_minutes(buffer, data, **options)
    return buffer.getvalue()
