""""Medlemsförteckning": the member municipalities as a printable A4 list.

``write_member_list`` is pure (records in, file out); ``services.municipalities.document_data`` reads the
records and ``operations.register_exports`` writes the file for the command line and the window.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from stic_desktop.services.municipalities.municipalities import MunicipalityRecord
    from stic_desktop.services.workspace.organisation import OrganisationInfo

TITLE = "Medlemsförteckning"
EMPTY_TEXT = "Inga kommuner i registret."
# Soft hyphens (\xad) let the long headings break as "Organisations-/nummer" in their narrow columns.
HEADERS = ("Kommunkod", "Kommun", "Organisations\xadnummer", "Status", "Inträdes\xaddatum",
           "Utträdes\xaddatum", "Växel\xadnummer")
WIDTHS = (0.14, 0.18, 0.165, 0.12, 0.12, 0.12, 0.155)  # fit the headings at 8.5 pt bold

# (singular, plural) for the count line; the statuses in the register's order (member, interested, left).
_NOUNS = {"municipality": ("kommun", "kommuner"), "member": ("medlem", "medlemmar"),
          "interested": ("intresserad", "intresserade"), "left": ("utträdd", "utträdda")}


def _count(n: int, noun: str) -> str:
    singular, plural = _NOUNS[noun]
    return f"{n} {singular if n == 1 else plural}"


def count_line(municipalities: Sequence[MunicipalityRecord]) -> str:
    """E.g. "26 kommuner, varav 22 medlemmar, 2 intresserade och 2 utträdda"."""
    if not municipalities:
        return EMPTY_TEXT
    by_status = Counter(m.status for m in municipalities)
    parts = [_count(by_status["member"], "member")]
    parts += [_count(by_status[s], s) for s in _NOUNS if s not in ("municipality", "member") and by_status[s]]
    listed = parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} och {parts[-1]}"
    return f"{_count(len(municipalities), 'municipality')}, varav {listed}."


def _iso(value: date | None) -> str:
    return value.isoformat() if value else ""


def write_member_list(target: Path, municipalities: Sequence[MunicipalityRecord], organisation: OrganisationInfo,
                      today: date) -> None:
    """Writes the member list as an A4 PDF, sorted by municipality code."""
    from stic_desktop.core import dates
    from stic_desktop.documents.pdf import PageHeader, build_pdf, make_table, para, styles

    s = styles()
    summary = f"Per {dates.long_date(today)}: {count_line(municipalities)}" if municipalities else EMPTY_TEXT
    story = [para(TITLE, s.title), para(summary, s.body)]
    if municipalities:
        rows = [
            (m.municipality_code, m.name, m.org_number or "", m.status_label,
             _iso(m.joined_on), _iso(m.left_on), m.switchboard_phone)
            for m in sorted(municipalities, key=lambda m: (m.municipality_code, m.name))
        ]
        story.append(make_table(HEADERS, rows, WIDTHS))
    header = PageHeader(organisation=organisation.name, title=TITLE, document_date=today, logo=organisation.logo)
    build_pdf(Path(target), story, header)
