"""The documents that print "today" take it from their frozen data, read by the services' builders with the
data; a renderer never asks the clock (it is pure: the same data gives the same bytes on any day)."""

from __future__ import annotations

import ast
import io
from datetime import date
from pathlib import Path

from pypdf import PdfReader

DOCUMENTS = Path(__file__).resolve().parents[2] / "stic_desktop" / "documents"
# ics.py stamps DTSTAMP with the moment of writing unless told; its MeetingData is not changed here.
ASKS_THE_CLOCK = {"ics.py"}
READ_ON = date(2026, 3, 4)
LATER = date(2027, 9, 10)


def text_of(pdf: bytes) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages)


def test_no_renderer_imports_the_clock():
    found = []
    for path in sorted(DOCUMENTS.glob("*.py")):
        if path.name in ASKS_THE_CLOCK:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "stic_desktop.core":
                found += [f"{path.name}: core.{alias.name}" for alias in node.names if alias.name == "clock"]
            elif isinstance(node, ast.ImportFrom) and node.module == "stic_desktop.core.clock":
                found.append(f"{path.name}: core.clock")
    assert found == []


def test_the_date_is_read_with_the_data_not_when_rendered(db, pinned_clock):
    from stic_desktop.documents.procurement_report import procurement_report_bytes
    from stic_desktop.documents.proposal_list import proposal_list_bytes
    from stic_desktop.services.procurement.document_data import procurement_report_data
    from stic_desktop.services.proposals.document_data import proposal_list_data

    pinned_clock(READ_ON)
    proposals, report = proposal_list_data(db), procurement_report_data(db)
    assert proposals.today == READ_ON and report.today == READ_ON
    pinned_clock(LATER)  # rendered later (or on another machine): still the day the data was read
    for pdf in (proposal_list_bytes(proposals), procurement_report_bytes(report)):
        text = text_of(pdf)
        assert "4 mars 2026" in text and "10 september 2027" not in text


def test_the_register_extract_is_dated_when_read(db, pinned_clock):
    from stic_desktop.documents.person_data import person_data_bytes
    from stic_desktop.services.people import staff
    from stic_desktop.services.people.document_data import register_extract_data

    person = staff.add_staff_member(db, "Anna Lindqvist", "Regionchef", "anna@stic.example.se")
    pinned_clock(READ_ON)
    data = register_extract_data(db, person.id, readable=True)
    pinned_clock(LATER)
    text = text_of(person_data_bytes(data))
    assert "per 4 mars 2026" in text and "2027" not in text.split("Information enligt artikel 15")[0].split("Ändringshistorik")[0]
