"""Protokoll as a Swedish secretary writes it: the paragraphs it covers ("Paragrafer §§ 36–48"), the
officers each labelled, members present apart from the others present ("Övriga närvarande"), each item as
"§ N Rubrik" with notes, decision and who the decision is sent to ("Expedieras"), the action items in §
order, and a signature page with the place and time of adjusting and a labelled line for the secretary,
the chair and each adjuster. Every page has a box for the adjusters' initials ("Justerandes signatur").

Minutes that are not adjusted yet say UTKAST in a red box and in every page header, so a draft
that is printed or forwarded cannot pass for the final minutes; minutes of a meeting cancelled after it
began say INSTÄLLT instead (one cancelled before it began has none: the service refuses).
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
CANCELLED_MARK = "INSTÄLLT"
CANCELLED_BANNER = "INSTÄLLT – mötet avbröts och ställdes in"
SIGNATURE_LABEL = "Justerandes signatur"
NBSP = "\u00a0"
ACTION_HEADERS = ("§", "Åtgärd", "Ansvarig", "Klart senast")
ACTION_WIDTHS = (0.9, 6, 2.4, 1.5)


def is_draft(data: MeetingData) -> bool:
    return data.meeting.status != "adjusted"


def paragraph_mark(paragraph: int) -> str:
    """``§ 12`` with a non-breaking space, so the sign never ends one line and the number starts the next."""
    return f"§{NBSP}{paragraph}"


def item_heading(number: int, item: AgendaItemRecord) -> str:
    """``§ 12 Budget 2027``; before the meeting is held items have no § yet: ``Punkt 3 Budget 2027``."""
    return (f"{paragraph_mark(item.paragraph)} {item.title}" if item.paragraph is not None
            else f"Punkt{NBSP}{number} {item.title}")


def paragraph_range(data: MeetingData) -> str:
    """``§§ 36–48`` (or ``§ 36`` for one, ``§§ 3, 5, 7`` when not consecutive); "" before numbering."""
    numbers = sorted(i.paragraph for i in data.items if i.paragraph is not None)
    if not numbers:
        return ""
    if len(numbers) == 1:
        return paragraph_mark(numbers[0])
    if numbers == list(range(numbers[0], numbers[-1] + 1)):
        return f"§§{NBSP}{numbers[0]}–{numbers[-1]}"
    return f"§§{NBSP}" + ", ".join(str(n) for n in numbers)


def _who(invitee: InviteeRecord) -> str:
    name = invitee.person_name
    if invitee.attendance == "substitute" and invitee.attendance_substitute_name:
        name = f"{invitee.attendance_substitute_name} (ersättare för {invitee.person_name})"
    return f"{name}, {invitee.organisation}" if invitee.organisation else name


def _other(invitee: InviteeRecord) -> str:
    """Someone present who does not vote, with what they are (Sekreterare, Expert, Gäst)."""
    who = _who(invitee)
    return f"{who} ({invitee.role_label.lower()})" if invitee.role_label else who


def attendance_groups(data: MeetingData) -> list[tuple[str, str]]:
    """(label, names one per line): members present (voting, in person or through a substitute), others
    present (secretary, experts, guests), absent and not noted."""
    present = [i for i in data.invitees if i.attendance in ("present", "substitute")]
    groups = [
        ("Närvarande ledamöter", [_who(i) for i in present if i.voting]),
        ("Övriga närvarande", [_other(i) for i in present if not i.voting]),
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


def item_paragraph(number: int, item: AgendaItemRecord, heading) -> list:
    """One § as the minutes print it (the extract too): "§ N Rubrik" in the ``heading`` style kept with the notes,
    then the decision and who it is sent to (expedieras)."""
    from reportlab.platypus import Paragraph

    from stic_desktop.documents.meeting_layout import keep, labelled, style, text
    from stic_desktop.documents.pdf import para_text

    parts = [Paragraph(para_text(item_heading(number, item)), heading)]
    if item.minutes_notes:
        parts.append(text(item.minutes_notes))
    if item.decision:
        parts.append(labelled("Beslut:", item.decision))
    if item.dispatch_to:
        parts.append(labelled("Expedieras:", item.dispatch_to, style("dispatch", parent="small")))
    return [keep(*parts[:2]), *parts[2:]]


def _items(data: MeetingData) -> list:
    from stic_desktop.documents.meeting_layout import style

    heading = style("minutes_item", parent="heading", spaceBefore=8)
    story: list = []
    for number, item in enumerate(data.items, start=1):
        story += item_paragraph(number, item, heading)
    return story


def _action_table(data: MeetingData):
    from stic_desktop.documents.pdf import make_table

    ordered = sorted(data.action_items, key=lambda a: (a.paragraph is None, a.paragraph or 0, a.id))
    rows = [(paragraph_mark(a.paragraph) if a.paragraph else "", a.description, a.responsible_name or "–",
             a.due_date.isoformat() if a.due_date else "–") for a in ordered]
    table = make_table(ACTION_HEADERS, rows, ACTION_WIDTHS)
    table.splitInRow = 1
    return table


def adjusting_place_and_time(data: MeetingData) -> str:
    """"Justeringens plats och tid": where the meeting was and the day it was adjusted, or a blank to fill
    in by hand while the minutes are a draft."""
    from stic_desktop.core import dates

    meeting = data.meeting
    place = meeting.location or data.organisation.name
    when = dates.long_date(meeting.adjusted_at.date()) if meeting.adjusted_at and not is_draft(data) else ""
    return f"{place}, {when}" if when else f"{place}, ____________________"


def _signatures(data: MeetingData) -> list:
    from stic_desktop.documents.meeting_layout import facts, keep, signature_grid, text

    meeting = data.meeting
    people = [(meeting.secretary_name, "Sekreterare"), (meeting.chair_name, "Ordförande")]
    people += [(name, "Justerare") for name in adjusters(data)] or [("", "Justerare")]
    return [keep(text("Underskrifter", "heading"),
                 facts([("Paragrafer", paragraph_range(data)),
                        ("Justeringens plats och tid", adjusting_place_and_time(data))]),
                 text("Vid protokollet och justeras:", "small"),
                 signature_grid(people))]


def minutes_story(data: MeetingData) -> list:
    from stic_desktop.core import dates
    from stic_desktop.documents.meeting_layout import banner, facts, meeting_facts, text

    meeting = data.meeting
    if data.cancelled:
        when = f" {dates.long_date(data.cancelled_at.date())}" if data.cancelled_at else ""
        story: list = [banner(CANCELLED_BANNER + when + ".")]
    else:
        story = [banner(DRAFT_BANNER)] if is_draft(data) else []
    story += [text(TITLE, "title"), text(meeting.title, "heading"), meeting_facts(data, link=False)]
    story.append(facts([
        ("Paragrafer", paragraph_range(data)),
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
    from stic_desktop.documents.pdf import build_pdf

    header = minutes_header(data, TITLE, today)
    build_pdf(target, minutes_story(data), header, page_numbers=page_numbers)


def minutes_header(data: MeetingData, title: str, today: date | None = None):
    """The house header with UTKAST or INSTÄLLT in the title and the adjusters' initials box."""
    from dataclasses import replace

    from stic_desktop.documents.meeting_layout import page_header

    mark = CANCELLED_MARK if data.cancelled else DRAFT_MARK if is_draft(data) else ""
    title = f"{title} ({mark})" if mark else title
    if data.meeting.group_name:
        title += f" – {data.meeting.group_name}"
    return replace(page_header(data, title, today or data.meeting.meeting_date), signature_label=SIGNATURE_LABEL)


def minutes_bytes(data: MeetingData, **options) -> bytes:
    buffer = io.BytesIO()
    write_minutes(buffer, data, **options)
    return buffer.getvalue()
