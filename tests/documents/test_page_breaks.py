"""Breaks a secretary sends back (issue 16): "Beräknat slut kl. 14.45." alone on a page, a heading alone at
the foot of a page, "10 110 000 / kr" and "§ / 111" split across lines. Each document is made over a range
of content lengths so that every page-break position is met, and read back with pypdf."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from test_invitation import build_office, page_texts

from stic_desktop.documents.agenda_doc import agenda_bytes
from stic_desktop.documents.minutes_doc import minutes_bytes
from stic_desktop.documents.pdf import PageHeader, build_pdf, make_table, para
from stic_desktop.services.meetings import action_items, agenda, meetings, minutes
from stic_desktop.services.meetings.action_items import ActionItemInput
from stic_desktop.services.meetings.agenda import AgendaItemInput
from stic_desktop.services.meetings.document_data import meeting_document_data as load_meeting

LINE = "Underlag och bakgrund till punkten, med siffror och beslutsförslag."


@pytest.fixture
def office(db):
    return build_office(db, attachments=False)


def test_expected_end_and_follow_up_heading_never_stand_alone(db, office):
    seen_breaks = 0
    for lines in range(0, 44, 2):
        agenda.update_item(db, office.items["report"], AgendaItemInput(
            "Rapport", "information", None, 15, "\n".join([LINE] * lines)))
        texts = page_texts(agenda_bytes(load_meeting(db, office.meeting_id)))
        seen_breaks += len(texts) > 1
        end = next(t for t in texts if "Beräknat slut" in t)
        assert "Mötets avslutande" in end, (lines, "Beräknat slut alone on a page")
        follow_up = next(t for t in texts if "Uppföljning av åtgärder" in t)
        assert "Ta fram underlag" in follow_up, (lines, "heading alone at the foot of a page")
    assert seen_breaks > 5  # the range did move the break across the end of the agenda


def test_action_heading_keeps_with_its_table(db, office):
    meetings.mark_held(db, office.meeting_id)
    action_items.add_action_item(db, office.meeting_id, ActionItemInput("Skicka budgeten", None, "2026-03-01"),
                                 office.items["budget"])
    for lines in range(20, 56, 2):
        minutes.set_minutes(db, office.items["report"], "\n".join([LINE] * lines), "")
        texts = page_texts(minutes_bytes(load_meeting(db, office.meeting_id)))
        page = next(t for t in texts if "Åtgärder § Åtgärd" in t or t.rstrip().endswith("Åtgärder"))
        assert "Skicka budgeten" in page, (lines, "Åtgärder alone at the foot of a page")


def test_amounts_and_paragraph_numbers_never_split_in_a_narrow_column():
    rows = [("Totalt 10 110 000 kr", "Enligt § 111 och §§ 36–48"), ("Rabatt 12,5 %", "Summa 2 389 585 kr")]
    buffer = io.BytesIO()
    build_pdf(buffer, [para("Belopp"), make_table(("Belopp", "Beslut"), rows, (1, 1.1))],
              PageHeader("Org", "Test", date(2026, 1, 1)))
    narrow = io.BytesIO()
    build_pdf(narrow, [make_table(("A", "B", "C", "D", "E", "F"), [(*rows[0], *rows[1], "x", "y")],
                                  (2, 2, 2, 2, 1, 1))], PageHeader("Org", "Test", date(2026, 1, 1)))
    for data in (buffer, narrow):
        lines = [line.strip() for page in PdfReader(io.BytesIO(data.getvalue())).pages
                 for line in page.extract_text().splitlines()]
        assert not [line for line in lines if line.startswith(("kr", "%", "000", "110 000", "111", "36"))], lines
        assert not [line for line in lines if line.endswith(("§", "§§"))], lines


def test_the_page_header_never_splits_a_paragraph_sign_from_its_number():
    """The extract's header wrapped "Protokollsutdrag – Styrgruppen, §" / "1": the header breaks only at
    ordinary spaces, so "§ 1" (joined by a non-breaking space) stays on one line."""
    buffer = io.BytesIO()
    header = PageHeader("Stockholms Inköpscentral (STIC)", "Protokollsutdrag – Styrgruppen, §\u00a012",
                        date(2025, 12, 11))
    build_pdf(buffer, [para("Utdrag")], header)
    lines = [line.strip() for line in PdfReader(io.BytesIO(buffer.getvalue())).pages[0].extract_text().splitlines()]
    assert any(line.endswith("§\u00a012") or line.endswith("§ 12") for line in lines), lines
    assert not any(line.endswith("§") for line in lines), lines


def test_the_proposal_lists_volume_column_holds_a_large_amount_whole():
    """"10 110 000 / kr" in the proposal list: the volume column was narrower than the amount."""
    from stic_desktop.core import money
    from stic_desktop.documents.proposal_list import HEADERS, WIDTHS

    amount = money.format(14_211_000_000, decimals="auto")  # 142 110 000 kr
    row = ("12", "Gemensam upphandling av digitala trygghetslarm", "Tekniskt", "Arbetsgruppen", "Ny",
           "Danderyd, Haninge", amount)
    buffer = io.BytesIO()
    build_pdf(buffer, [make_table(HEADERS, [row], WIDTHS, align_right=(0, 6))], PageHeader("Org", "Test", date(2026, 1, 1)))
    lines = [line.strip() for line in PdfReader(io.BytesIO(buffer.getvalue())).pages[0].extract_text().splitlines()]
    assert any(line.replace("\u00a0", " ").endswith("142 110 000 kr") for line in lines), lines
    assert not [line for line in lines if line.startswith(("kr", "000"))], lines
