"""Dagordning (documents/agenda_doc.py), read back with pypdf."""

from __future__ import annotations

from datetime import date

import pytest
from test_invitation import BUDGET, BUDGET_PROPOSAL, PLACE, TITLE, build_office, export, page_texts

from stic_desktop.documents.agenda_doc import agenda_bytes
from stic_desktop.services.meetings import action_items, agenda, meetings
from stic_desktop.services.meetings.agenda import AgendaItemInput
from stic_desktop.services.meetings.document_data import meeting_document_data as load_meeting


@pytest.fixture
def office(db):
    return build_office(db)


def test_items_are_numbered_with_start_times_kind_presenter_and_duration(db, office, tmp_path):
    texts = page_texts(export(db, office.meeting_id, "agenda", tmp_path / "dagordning.pdf"))
    assert len(texts) == 1
    text = texts[0]
    for expected in ("Dagordning – Styrgruppen", "Dnr STIC 2026/7", "3 februari 2026", "Sida 1 av 1", TITLE, PLACE,
                     "tisdag 3 februari 2026 kl. 09.00–12.00"):
        assert expected in text
    # The standard opening takes 4 × 5 minutes, so the budget item starts 09.20 and the report 09.50.
    expected_rows = [
        "09.00 1. Mötets öppnande Information 5 min",
        "09.05 2. Val av justerare Beslut 5 min",
        f"09.20 5. {BUDGET} Beslut 30 min",
        "09.50 6. Rapport från Олег Иванов Information 15 min",
        "10.15 9. Mötets avslutande",
    ]
    positions = [text.index(row) for row in expected_rows]
    assert positions == sorted(positions)
    assert "Beräknat slut kl. 10.20." in text


def test_item_details_print_exactly_as_typed(db, office):
    text = page_texts(agenda_bytes(load_meeting(db, office.meeting_id)))[0]
    assert "Föredragande: Ayşe Yılmaz" in text
    assert "Underlag från R&D <i>enheten</i>. Andra raden < 5 % & klar." in text
    assert f"Förslag till beslut: {BUDGET_PROPOSAL}" in text
    assert "Bilagor: budget.pdf (2 sidor), liggande.pdf (1 sida)" in text
    assert "Bilagor: roterad.pdf (1 sida)" in text
    assert "Föredragande: Олег Иванов" in text


def test_open_action_items_of_earlier_meetings_are_followed_up(db, office):
    data = load_meeting(db, office.meeting_id)
    text = page_texts(agenda_bytes(data))[0]
    assert "Uppföljning av åtgärder från tidigare möten" in text
    assert "Åtgärd Ansvarig Klart senast Beslutad" in text
    # One date style per table (issue 16: "2026-02-28" next to "13 januari 2026").
    assert "Ta fram underlag & <b>kalkyl</b> Ayşe Yılmaz 2026-02-28 2026-01-13" in text
    action_items.mark_done(db, data.follow_ups[0].id, date(2026, 1, 30))
    assert "Uppföljning" not in page_texts(agenda_bytes(load_meeting(db, office.meeting_id)))[0]


def test_a_long_agenda_runs_over_pages_and_records_where_each_item_starts(db, office):
    long_text = "\n".join(f"Stycke {n}: " + "lång beskrivning & mer " * 30 for n in range(40))
    agenda.add_item(db, office.meeting_id, AgendaItemInput("Mycket lång punkt", description=long_text), position=6)
    pages: dict[int, int] = {}
    data = load_meeting(db, office.meeting_id)
    texts = page_texts(agenda_bytes(data, record=lambda key, page: pages.setdefault(key, page)))
    assert len(texts) >= 4
    assert all(f"Sida {n} av {len(texts)}" in t for n, t in enumerate(texts, start=1))
    assert set(pages) == {item.id for item in data.items}
    last = data.items[-1]
    assert pages[last.id] == len(texts) and "Mötets avslutande" in texts[-1]
    assert pages[data.items[0].id] == 1


def test_cancelled_and_empty_agenda(db, office):
    mid = meetings.create_meeting(db, meetings.MeetingInput(office.group_id, "Tomt", *_times())).id
    meetings.cancel_meeting(db, mid)
    text = page_texts(agenda_bytes(load_meeting(db, mid)))[0]
    assert "INSTÄLLT" in text and "Dagordningen har inga punkter ännu." in text
    assert "Beräknat slut" not in text


def _times():
    from test_invitation import at

    return at(date(2026, 4, 7), "13:00"), at(date(2026, 4, 7), "15:00")
