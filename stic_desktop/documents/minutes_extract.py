"""Protokollsutdrag: one paragraph of the minutes as its own document, to send with the decision.

The meeting (group, time, place), "§ N Rubrik" with the notes, the decision and who it is sent to
(expedieras), the adjusting, and the certification of the extract ("Utdragsbestyrkande": the extract
agrees with the original minutes, a line for the certifier's signature with the name printed under it).
An extract of minutes that are not adjusted yet says UTKAST, like the minutes themselves.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from stic_desktop.services.meetings.agenda import AgendaItemRecord
    from stic_desktop.services.meetings.document_data import MeetingData

TITLE = "Protokollsutdrag"
CERTIFICATION = "Utdragsbestyrkande"
CERTIFICATION_TEXT = "Utdraget överensstämmer med originalprotokollet."
DRAFT_BANNER = "UTKAST – protokollet är inte justerat och utdraget kan inte bestyrkas ännu"


def extract_story(data: MeetingData, item: AgendaItemRecord) -> list:
    from stic_desktop.core import dates
    from stic_desktop.documents.meeting_layout import banner, facts, keep, labelled, signature_grid, text
    from stic_desktop.documents.minutes_doc import (
        CANCELLED_BANNER,
        adjusters,
        adjusting_place_and_time,
        is_draft,
        item_paragraph,
        paragraph_mark,
    )
    from stic_desktop.documents.pdf import styles

    meeting = data.meeting
    story: list = []
    if data.cancelled:
        story.append(banner(CANCELLED_BANNER + "."))
    elif is_draft(data):
        story.append(banner(DRAFT_BANNER))
    story += [text("Utdrag ur protokoll", "title"), text(meeting.title, "heading")]
    story.append(facts([
        ("Grupp", meeting.group_name),
        ("Tid", dates.meeting_time(meeting.starts_at, meeting.ends_at)),
        ("Plats", meeting.location),
        ("Paragraf", paragraph_mark(item.paragraph) if item.paragraph is not None else ""),
        ("Ordförande", meeting.chair_name),
        ("Sekreterare", meeting.secretary_name),
        ("Justerare", ", ".join(adjusters(data))),
        ("Justeringens plats och tid", adjusting_place_and_time(data)),
    ]))
    number = next((n for n, i in enumerate(data.items, start=1) if i.id == item.id), 1)
    story += item_paragraph(number, item, styles().heading)
    certifier = meeting.secretary_name
    story.append(keep(
        text(CERTIFICATION, "heading"),
        text(CERTIFICATION_TEXT),
        labelled("Ort och datum:", f"{meeting.location or data.organisation.name}, ____________________"),
        signature_grid([(certifier, "Sekreterare, intygar att utdraget är riktigt")], columns=2),
    ))
    return story


def extract_bytes(data: MeetingData, item: AgendaItemRecord) -> bytes:
    from stic_desktop.documents.minutes_doc import minutes_header
    from stic_desktop.documents.pdf import build_pdf

    header = minutes_header(data, TITLE)
    if item.paragraph is not None:
        from dataclasses import replace

        from stic_desktop.documents.minutes_doc import paragraph_mark

        header = replace(header, title=f"{header.title}, {paragraph_mark(item.paragraph)}", signature_label="")
    buffer = io.BytesIO()
    build_pdf(buffer, extract_story(data, item), header)
    return buffer.getvalue()
