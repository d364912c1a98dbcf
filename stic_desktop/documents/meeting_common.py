"""What every meeting document shares: Swedish times, the agenda in brief, safe file names.

The data they print is ``services.meetings.document_data.MeetingData`` (frozen, read in one transaction);
the PDF pieces (flowables, the fact table, signature lines) live in ``meeting_layout``.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from stic_desktop.services.meetings.agenda import AgendaItemRecord

WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


# --- Swedish dates and times --------------------------------------------------------------------

def long_date(day: date) -> str:
    """``tisdag 3 februari 2026`` (our own day and month names: the OS locale may be English)."""
    from stic_desktop.documents.pdf import swedish_date  # the one month table; loads reportlab on first use

    return f"{WEEKDAYS[day.weekday()]} {swedish_date(day)}"


def clock(moment: datetime) -> str:
    """``09.00``: Swedish writing uses a point between hours and minutes."""
    return f"{moment.hour:02d}.{moment.minute:02d}"


def when(start: datetime, end: datetime) -> str:
    """``tisdag 3 februari 2026 kl. 09.00–12.00``; a meeting over midnight names both days."""
    if start.date() == end.date():
        return f"{long_date(start.date())} kl. {clock(start)}–{clock(end)}"
    return f"{long_date(start.date())} kl. {clock(start)} – {long_date(end.date())} kl. {clock(end)}"


def agenda_lines(items: tuple[AgendaItemRecord, ...] | list[AgendaItemRecord]) -> list[str]:
    """``1. Mötets öppnande``, ...: the agenda in brief (invitation, calendar text, e-mail)."""
    return [f"{index}. {item.title}" for index, item in enumerate(items, start=1)]


def pages_text(count: int) -> str:
    return f"{count} {'sida' if count == 1 else 'sidor'}"


def safe_filename(name: str, fallback: str = "dokument", max_length: int = 100) -> str:
    """A name any file system accepts (Windows is the strictest): no reserved characters or names,
    no trailing dots or spaces. Letters such as ł, ş and Cyrillic are kept."""
    text = unicodedata.normalize("NFC", name)
    text = _UNSAFE.sub("_", text)
    text = " ".join(text.split()).strip(" .")[:max_length].rstrip(" .")
    if not text or text.upper().split(".")[0] in _RESERVED:
        text = f"{fallback}_{text}" if text else fallback
    return text
