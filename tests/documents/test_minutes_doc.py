"""Protokoll (documents/minutes_doc.py), read back with pypdf: attendance, § items, decisions, action
items, signature lines with names, and UTKAST on every page until the minutes are adjusted."""

from __future__ import annotations

import pytest
from test_invitation import BUDGET, build_office, export, page_texts

from stic_desktop.documents.minutes_doc import DRAFT_BANNER, minutes_bytes
from stic_desktop.services.meetings import action_items, agenda, invitees, meetings, minutes
from stic_desktop.services.meetings.action_items import ActionItemInput
from stic_desktop.services.meetings.agenda import AgendaItemInput
from stic_desktop.services.meetings.document_data import meeting_document_data as load_meeting

NOTES = "Ayşe föredrog & <b>svarade</b> på frågor.\nOлег frågade om < 5 %."
DECISION = "Styrgruppen godkänner budgeten & <b>prognosen</b>."


@pytest.fixture
def held(db):
    """The meeting held: attendance noted, Ayşe adjuster, minutes and an action item written."""
    office = build_office(db, attachments=False)
    meetings.mark_held(db, office.meeting_id)
    inv = office.invitees
    invitees.set_attendance(db, inv["Łukasz Żółć"], "present")
    invitees.set_attendance(db, inv["Ayşe Yılmaz"], "present")
    invitees.set_attendance(db, inv["R&D <b>Bold</b> Berg"], "absent")
    invitees.set_attendance(db, inv["Олег Иванов"], "substitute", office.staff_id)
    invitees.set_adjuster(db, inv["Ayşe Yılmaz"], True)
    minutes.set_minutes(db, office.items["budget"], NOTES, DECISION)
    action_items.add_action_item(db, office.meeting_id, ActionItemInput("Skicka budgeten till kommunerna & <i>Adda</i>",
                                                                   office.people["Ayşe Yılmaz"], "2026-03-01"),
                            office.items["budget"])
    return office


def test_draft_minutes_are_marked_utkast_on_every_page(db, held, tmp_path):
    long_notes = "\n".join("Lång anteckning & diskussion. " * 20 for _ in range(30))
    minutes.set_minutes(db, held.items["report"], long_notes, "")
    texts = page_texts(export(db, held.meeting_id, "minutes", tmp_path / "protokoll.pdf"))
    assert len(texts) >= 2
    assert DRAFT_BANNER in texts[0]
    for number, text in enumerate(texts, start=1):
        assert "Protokoll (UTKAST) – Styrgruppen" in text and f"Sida {number} av {len(texts)}" in text


def test_minutes_print_attendance_items_decisions_and_actions(db, held):
    text = " ".join(page_texts(minutes_bytes(load_meeting(db, held.meeting_id))))
    for expected in ("Ordförande Łukasz Żółć", "Sekreterare Anna Lindqvist", "Justerare Ayşe Yılmaz",
                     "Närvarande ledamöter Łukasz Żółć, Södertälje Ayşe Yılmaz, Botkyrka "
                     "Anna Lindqvist (ersättare för Олег Иванов), Sundbyberg",
                     "Frånvarande R&D <b>Bold</b> Berg, Solna",
                     "Beslutsförhet Beslutsför (3 av 4 ledamöter närvarande)",
                     "§ 1 Mötets öppnande", f"§ 5 {BUDGET}", "§ 9 Mötets avslutande",
                     "Ayşe föredrog & <b>svarade</b> på frågor. Oлег frågade om < 5 %.", f"Beslut: {DECISION}",
                     "Åtgärder § Åtgärd Ansvarig Klart senast",
                     "§ 5 Skicka budgeten till kommunerna & <i>Adda</i> Ayşe Yılmaz 2026-03-01"):
        assert expected in text
    assert "Närvaro ej noterad" not in text


def test_signature_lines_name_secretary_chair_and_each_adjuster(db, held):
    invitees.set_adjuster(db, held.invitees["Łukasz Żółć"], True)
    text = page_texts(minutes_bytes(load_meeting(db, held.meeting_id)))[-1]
    signatures = text[text.index("Underskrifter"):]
    for expected in ("Anna Lindqvist Sekreterare", "Łukasz Żółć Ordförande", "Ayşe Yılmaz Justerare",
                     "Łukasz Żółć Justerare"):
        assert expected in signatures


def test_adjusted_minutes_are_not_a_draft(db, held):
    minutes.adjust_minutes(db, held.meeting_id)
    texts = page_texts(minutes_bytes(load_meeting(db, held.meeting_id)))
    assert all("UTKAST" not in text for text in texts)
    assert "Protokoll – Styrgruppen" in texts[0] and "Protokollet justerades" in " ".join(texts)


def test_before_the_meeting_items_have_no_paragraph_yet_and_attendance_is_open(db):
    office = build_office(db, attachments=False)
    agenda.add_item(db, office.meeting_id, AgendaItemInput("Extra punkt"))
    text = " ".join(page_texts(minutes_bytes(load_meeting(db, office.meeting_id))))
    assert "Punkt 1 Mötets öppnande" in text and "Punkt 10 Extra punkt" in text and "§" not in text
    assert "Närvaro ej noterad Łukasz Żółć, Södertälje" in text
    assert "Beslutsförhet Inte beslutsför (0 av 4 ledamöter närvarande)" in text
    assert DRAFT_BANNER in text


def _drawn(pdf: bytes) -> list[tuple[list[tuple[float, float, float, float]], list[tuple[float, float, str]]]]:
    """Per page: the rectangles drawn (x, y, width, height) and the texts with their positions, in points."""
    from io import BytesIO

    from pypdf import PdfReader

    pages = []
    for page in PdfReader(BytesIO(pdf)).pages:
        rects, texts = [], []

        def operand(op, args, cm, _tm, rects=rects):
            if op == b"re":
                x, y, w, h = (float(a) for a in args)
                rects.append((cm[0] * x + cm[2] * y + cm[4], cm[1] * x + cm[3] * y + cm[5], w, h))

        def text(value, cm, tm, _font, _size, texts=texts):
            if value.strip():
                texts.append((cm[4] + tm[4] * cm[0], cm[5] + tm[5] * cm[3], value.strip()))

        page.extract_text(visitor_operand_before=operand, visitor_text=text)
        pages.append((rects, texts))
    return pages


def test_the_initials_box_keeps_the_page_margins_and_clear_of_the_text(db, held):
    """The "Justerandes signatur" box stands on the footer's baseline (10 mm, as "Sida N av M"), not 5 mm from
    the edge, under the footer's rule and below the last line of text, on every page."""
    from stic_desktop.documents.minutes_doc import SIGNATURE_LABEL
    from stic_desktop.documents.pdf import (
        FOOTER_TEXT_Y,
        MARGIN_BOTTOM,
        MARGIN_X,
        PAGE_WIDTH,
        SIGNATURE_BOX_HEIGHT,
        SIGNATURE_BOX_WIDTH,
    )

    minutes.set_minutes(db, held.items["report"], "\n".join("Lång anteckning om läget. " * 12 for _ in range(20)), "")
    pages = _drawn(minutes_bytes(load_meeting(db, held.meeting_id)))
    assert len(pages) >= 2
    for rects, texts in pages:
        boxes = [r for r in rects if abs(r[2] - SIGNATURE_BOX_WIDTH) < 0.5 and abs(r[3] - SIGNATURE_BOX_HEIGHT) < 0.5]
        assert len(boxes) == 1
        x, y, width, height = boxes[0]
        assert x >= MARGIN_X - 0.5 and x + width <= PAGE_WIDTH - MARGIN_X
        assert y >= FOOTER_TEXT_Y - 0.5  # the bottom margin of the footer (it was 5 mm)
        label = next(t for t in texts if t[2] == SIGNATURE_LABEL)
        assert y < label[1] < y + height
        body = [t for t in texts if t[1] > MARGIN_BOTTOM - 1]
        assert min(t[1] for t in body) > y + height + 3  # the text ends above the box (and the rule over it)
        number = next(t for t in texts if t[2].startswith("Sida "))
        assert abs(number[1] - y) < 1 and number[0] > x + width  # beside the box, on the same baseline
