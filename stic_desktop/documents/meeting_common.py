"""What every meeting document shares: Swedish times, the agenda in brief, safe file names.

The data they print is ``services.meetings.document_data.MeetingData`` (frozen, read in one transaction);
the PDF pieces (flowables, the fact table, signature lines) live in ``meeting_layout``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from stic_desktop.services.meetings.agenda import AgendaItemRecord



def agenda_lines(items: tuple[AgendaItemRecord, ...] | list[AgendaItemRecord]) -> list[str]:
    """``1. Mötets öppnande``, ...: the agenda in brief (invitation, calendar text, e-mail)."""
    return [f"{index}. {item.title}" for index, item in enumerate(items, start=1)]


def pages_text(count: int) -> str:
    return f"{count} {'sida' if count == 1 else 'sidor'}"


