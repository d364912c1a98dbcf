"""stic_desktop/services/meetings/agenda.py (with agenda_templates.py, agenda_attachments.py): items, times, template,
follow-ups and PDF attachments."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from datetime import date

import pytest
from backend_tools import plain
from meeting_fixtures import add_person, at, group_id, staff_working

from stic_desktop.errors import NotFound, ValidationError
from stic_desktop.services.meetings import (
    action_items,
    agenda,
    agenda_templates,
    attachments,
    invitees,
    meetings,
    minutes,
)
from stic_desktop.services.meetings.agenda import AgendaItemInput
from stic_desktop.services.meetings.meetings import MeetingInput
from stic_desktop.services.meetings.records import STOCKHOLM


@pytest.fixture
def office_db(db):
    return staff_working(db)


def new_meeting(db, group: int | None = None, day: str = "2026-03-10", start: str = "09:00", end: str = "10:00") -> int:
    return meetings.create_meeting(db, MeetingInput(group, "Möte", at(day, start), at(day, end))).id


def titles(db, meeting_id: int) -> list[str]:
    return [item.title for item in agenda.agenda(db, meeting_id).items]


def table(db, sql: str) -> list[tuple]:
    with plain(db) as conn:
        return conn.execute(sql).fetchall()


def pdf(pages: int = 2, text: str = "Bilaga") -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer)
    for n in range(pages):
        sheet.drawString(72, 720, f"{text} sida {n + 1}")
        sheet.showPage()
    sheet.save()
    return buffer.getvalue()


def encrypted(user_password: str, owner_password: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf(3))))
    writer.encrypt(user_password=user_password, owner_password=owner_password, algorithm="AES-256")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def adjusted_meeting(db, meeting_id: int) -> None:
    chair, secretary = add_person(db, "Ordf Örande"), add_person(db, "Sekr Etare")
    meetings.set_officers(db, meeting_id, chair, secretary)
    meetings.mark_held(db, meeting_id)
    adjuster = invitees.add_guest(db, meeting_id, add_person(db, "Just Erare"))
    invitees.set_adjuster(db, adjuster.id, True)
    minutes.adjust_minutes(db, meeting_id)


# --- items and times ----------------------------------------------------------------------------

def test_items_get_computed_start_times_and_the_expected_end(office_db):
    mid = new_meeting(office_db)
    presenter = add_person(office_db, "Ayşe Yılmaz")
    agenda.add_item(office_db, mid, AgendaItemInput("Budget 2027", "decision", presenter, 25, "R&D <b>", "Att godkänna"))
    agenda.add_item(office_db, mid, AgendaItemInput("Avtalsuppföljning", duration_minutes="20"))
    first = agenda.add_item(office_db, mid, AgendaItemInput("Öppnande", duration_minutes=5), position=0)
    result = agenda.agenda(office_db, mid)
    assert [(i.position, i.title) for i in result.items] == [(0, "Öppnande"), (1, "Budget 2027"), (2, "Avtalsuppföljning")]
    assert [i.starts_at.strftime("%H:%M") for i in result.items] == ["09:00", "09:05", "09:30"]
    assert [i.ends_at.strftime("%H:%M") for i in result.items] == ["09:05", "09:30", "09:50"]
    assert result.items[0] == first and first.starts_at.tzinfo is STOCKHOLM
    budget = result.items[1]
    assert (budget.kind_label, budget.presenter_name, budget.description) == ("Beslut", "Ayşe Yılmaz", "R&D <b>")
    assert result.expected_end == at("2026-03-10", "09:50") and result.overrun_minutes == 0 and not result.overruns
    agenda.add_item(office_db, mid, AgendaItemInput("Övrigt", duration_minutes=25))
    late = agenda.agenda(office_db, mid)
    assert late.expected_end == at("2026-03-10", "10:15") and late.overrun_minutes == 15 and late.overruns


def test_overrun_counts_started_minutes_and_an_empty_agenda_ends_at_the_start(office_db):
    mid = meetings.create_meeting(office_db, MeetingInput(None, "M", at("2026-03-10", "09:00"),
                                                        at("2026-03-10", "09:00").replace(second=30))).id
    empty = agenda.agenda(office_db, mid)
    assert (empty.items, empty.expected_end, empty.overrun_minutes) == ([], at("2026-03-10", "09:00"), 0)
    agenda.add_item(office_db, mid, AgendaItemInput("Punkt", duration_minutes=1))
    assert agenda.agenda(office_db, mid).overrun_minutes == 1  # 30 seconds late is a minute late


def test_times_are_right_across_the_change_to_summer_time(office_db):
    mid = new_meeting(office_db, day="2026-03-29", start="01:30", end="03:30")  # 02:00 becomes 03:00 that night
    agenda.add_item(office_db, mid, AgendaItemInput("Lång punkt", duration_minutes=60))
    agenda.add_item(office_db, mid, AgendaItemInput("Nästa", duration_minutes=10))
    result = agenda.agenda(office_db, mid)
    assert [i.starts_at.strftime("%H:%M") for i in result.items] == ["01:30", "03:30"]
    assert result.overrun_minutes == 10


def test_move_item_keeps_positions_contiguous(office_db):
    mid = new_meeting(office_db)
    ids = [agenda.add_item(office_db, mid, AgendaItemInput(t)).id for t in "ABCDE"]
    agenda.move_item(office_db, ids[0], 3)
    assert titles(office_db, mid) == list("BCDAE")
    agenda.move_item(office_db, ids[4], 0)
    assert titles(office_db, mid) == list("EBCDA")
    agenda.move_item(office_db, ids[2], 99)  # past the end: last
    agenda.move_item(office_db, ids[1], -5)  # before the start: first
    assert titles(office_db, mid) == list("BEDAC")
    assert [i.position for i in agenda.agenda(office_db, mid).items] == [0, 1, 2, 3, 4]
    agenda.delete_item(office_db, ids[3])
    assert titles(office_db, mid) == list("BEAC")
    assert [i.position for i in agenda.agenda(office_db, mid).items] == [0, 1, 2, 3]
    moves = [json.loads(c) for (c,) in table(office_db, "SELECT changes FROM audit_log WHERE entity = 'agenda_item' "
                                                      f"AND entity_id = {ids[0]} AND action = 'update'")]
    assert moves[0] == {"position": [0, 3]}


BAD_ITEMS = [
    ({"title": ""}, "title", "Rubriken måste fyllas i"),
    ({"kind": "fika"}, "kind", "Okänd typ"),
    ({"duration_minutes": -5}, "duration_minutes", "helt antal minuter"),
    ({"duration_minutes": "en kvart"}, "duration_minutes", "helt antal minuter"),
    ({"duration_minutes": 481}, "duration_minutes", "0–480"),
    ({"presenter_id": 99999}, "presenter_id", "Föredraganden finns inte"),
]


@pytest.mark.parametrize(("changes", "field", "message"), BAD_ITEMS)
def test_bad_items_are_refused(office_db, changes, field, message):
    mid = new_meeting(office_db)
    item = agenda.add_item(office_db, mid, AgendaItemInput("Punkt"))
    for action in (lambda: agenda.add_item(office_db, mid, replace(AgendaItemInput("Ny"), **changes)),
                   lambda: agenda.update_item(office_db, item.id, replace(item.as_input(), **changes))):
        with pytest.raises(ValidationError) as caught:
            action()
        assert message in caught.value.for_field(field)
    assert agenda.agenda(office_db, mid).items == [item]


def test_update_item_keeps_its_place_and_logs_the_change(office_db):
    mid = new_meeting(office_db)
    item = agenda.add_item(office_db, mid, AgendaItemInput("Punkt"))
    changed = agenda.update_item(office_db, item.id, replace(item.as_input(), title="Иван Петров", duration_minutes=30))
    assert (changed.title, changed.duration_minutes, changed.position) == ("Иван Петров", 30, 0)
    last = table(office_db, "SELECT action, changes FROM audit_log WHERE entity = 'agenda_item' ORDER BY id DESC")[0]
    assert last[0] == "update" and json.loads(last[1])["title"] == ["Punkt", "Иван Петров"]
    with pytest.raises(NotFound):
        agenda.update_item(office_db, 9999, item.as_input())


# --- template -----------------------------------------------------------------------------------

def test_apply_default_template_once_around_existing_items(office_db):
    mid = new_meeting(office_db, group_id(office_db, "steering"))
    agenda.add_item(office_db, mid, AgendaItemInput("Budget"))
    result = agenda.apply_template(office_db, mid)
    expected = [*agenda_templates.DEFAULT_OPENING, "Budget", *agenda_templates.DEFAULT_CLOSING]
    assert [i.title for i in result.items] == expected
    assert [i.position for i in result.items] == list(range(len(expected)))
    assert result.items[1].kind == "decision" and result.items[0].duration_minutes == 5
    agenda.apply_template(office_db, mid)
    assert titles(office_db, mid) == expected  # not twice
    second_id = result.items[3].id
    agenda.delete_item(office_db, second_id)  # "Föregående protokoll" taken away, then the template applied again
    assert titles(office_db, agenda.apply_template(office_db, mid).meeting.id) == expected


def test_group_template_is_saved_and_used(office_db):
    gid = group_id(office_db, "working")
    assert agenda_templates.template(office_db, gid) == (list(agenda_templates.DEFAULT_OPENING), list(agenda_templates.DEFAULT_CLOSING))
    agenda_templates.save_template(office_db, gid, ["Mötets öppnande", " ", "Val av justerare", "Förslagslistan"], ["Mötets avslutande"])
    assert agenda_templates.template(office_db, gid) == (["Mötets öppnande", "Val av justerare", "Förslagslistan"],
                                            ["Mötets avslutande"])
    assert agenda_templates.template(office_db, group_id(office_db, "steering"))[0] == list(agenda_templates.DEFAULT_OPENING)
    mid = new_meeting(office_db, gid)
    agenda.add_item(office_db, mid, AgendaItemInput("Mötets avslutande"))  # already last: kept, not added again
    result = agenda.apply_template(office_db, mid)
    assert [(i.title, i.kind) for i in result.items] == [("Mötets öppnande", "information"),
                                                         ("Val av justerare", "decision"),
                                                         ("Förslagslistan", "information"),
                                                         ("Mötets avslutande", "information")]
    logged = table(office_db, f"SELECT changes FROM audit_log WHERE entity = 'agenda_template' AND entity_id = {gid}")
    assert json.loads(logged[0][0])["closing"] == [[], ["Mötets avslutande"]]
    with pytest.raises(ValidationError, match="300 tecken"):
        agenda_templates.save_template(office_db, gid, ["x" * 301], [])
    with pytest.raises(NotFound):
        agenda_templates.template(office_db, 9999)


def test_meeting_without_group_gets_the_default_template(office_db):
    mid = new_meeting(office_db)
    assert titles(office_db, agenda.apply_template(office_db, mid).meeting.id) == [*agenda_templates.DEFAULT_OPENING,
                                                                              *agenda_templates.DEFAULT_CLOSING]


# --- follow-ups ---------------------------------------------------------------------------------

def test_follow_ups_are_open_action_items_of_the_groups_earlier_meetings(office_db):
    steering, working = group_id(office_db, "steering"), group_id(office_db, "working")
    who = add_person(office_db, "Łukasz Żółć")
    january = new_meeting(office_db, steering, "2026-01-15")
    february = new_meeting(office_db, steering, "2026-02-15")
    other = new_meeting(office_db, working, "2026-01-20")
    march = new_meeting(office_db, steering, "2026-03-15")
    open_one = action_items.add_action_item(office_db, january, action_items.ActionItemInput("Ta fram budget", who, "2026-02-01"))
    done = action_items.add_action_item(office_db, january, action_items.ActionItemInput("Klart"))
    action_items.mark_done(office_db, done.id, date(2026, 1, 20))
    later = action_items.add_action_item(office_db, february, action_items.ActionItemInput("Utreda"))
    action_items.add_action_item(office_db, other, action_items.ActionItemInput("Annan grupp"))
    action_items.add_action_item(office_db, march, action_items.ActionItemInput("Samma möte"))
    follow = agenda.agenda(office_db, march).follow_ups
    assert [a.id for a in follow] == [open_one.id, later.id]
    assert (follow[0].responsible_name, follow[0].meeting_date) == ("Łukasz Żółć", date(2026, 1, 15))
    assert [a.id for a in agenda.agenda(office_db, february).follow_ups] == [open_one.id]
    assert agenda.agenda(office_db, january).follow_ups == []
    assert agenda.agenda(office_db, new_meeting(office_db, None, "2026-12-01")).follow_ups == []


# --- attachments --------------------------------------------------------------------------------

def test_pdf_attachment_is_stored_once_with_its_page_count(office_db):
    mid = new_meeting(office_db)
    first = agenda.add_item(office_db, mid, AgendaItemInput("Budget"))
    second = agenda.add_item(office_db, mid, AgendaItemInput("Avtal"))
    data = pdf(3)
    a = attachments.add_attachment(office_db, first.id, "/home/anna/Budget 2027.pdf", data)
    b = attachments.add_attachment(office_db, second.id, "kopia.pdf", data)
    c = attachments.add_attachment(office_db, first.id, "bilaga 2.pdf", pdf(1, "Annan"))
    assert (a.filename, a.page_count, a.size, a.position) == ("Budget 2027.pdf", 3, len(data), 0)
    assert a.sha256 == b.sha256 and c.position == 1
    assert table(office_db, "SELECT count(*) FROM stored_files") == [(2,)]
    assert attachments.attachment_bytes(office_db, b.id) == data
    assert agenda.agenda(office_db, mid).items[0].attachments == (a, c)


def test_owner_password_only_pdf_is_accepted(office_db):
    item = agenda.add_item(office_db, new_meeting(office_db), AgendaItemInput("Punkt"))
    data = encrypted("", "ägarlösen")
    record = attachments.add_attachment(office_db, item.id, "skrivskyddad.pdf", data)
    assert record.page_count == 3
    assert attachments.attachment_bytes(office_db, record.id) == data


@pytest.mark.parametrize(("name", "make", "message"), [
    ("hemlig.pdf", lambda: encrypted("hemligt", "ägare"), "hemlig.pdf: PDF-filen är lösenordsskyddad och kan inte öppnas"),
    ("trasig.pdf", lambda: pdf(3)[: len(pdf(3)) // 2], "trasig.pdf är skadad"),
    ("slut.pdf", lambda: pdf(3)[:-40], "slut.pdf är skadad"),
    ("protokoll.docx", lambda: b"PK\x03\x04 word document", "protokoll.docx är ingen PDF-fil"),
    ("bild.pdf", lambda: b"\x89PNG\r\n\x1a\n" + b"\x00" * 200, "bild.pdf är ingen PDF-fil"),
    ("tom.pdf", lambda: b"", "tom.pdf är tom"),
])
def test_attachments_that_cannot_be_opened_are_refused_naming_the_file(office_db, name, make, message):
    item = agenda.add_item(office_db, new_meeting(office_db), AgendaItemInput("Punkt"))
    with pytest.raises(ValidationError) as caught:
        attachments.add_attachment(office_db, item.id, name, make())
    assert message in caught.value.message
    assert table(office_db, "SELECT count(*) FROM agenda_attachments") == [(0,)]
    assert table(office_db, "SELECT count(*) FROM stored_files") == [(0,)]


def test_remove_and_move_attachments(office_db):
    mid = new_meeting(office_db)
    item = agenda.add_item(office_db, mid, AgendaItemInput("Punkt"))
    other = agenda.add_item(office_db, mid, AgendaItemInput("Annan"))
    shared = pdf(1, "delad")
    a = attachments.add_attachment(office_db, item.id, "a.pdf", shared)
    b = attachments.add_attachment(office_db, item.id, "b.pdf", pdf(2, "b"))
    c = attachments.add_attachment(office_db, item.id, "c.pdf", pdf(3, "c"))
    attachments.add_attachment(office_db, other.id, "a-igen.pdf", shared)
    moved = attachments.move_attachment(office_db, c.id, 0)
    assert moved.position == 0
    assert [x.filename for x in agenda.agenda(office_db, mid).items[0].attachments] == ["c.pdf", "a.pdf", "b.pdf"]
    attachments.remove_attachment(office_db, b.id)  # nothing else uses b's bytes: gone from the database
    attachments.remove_attachment(office_db, a.id)  # the other item still uses a's bytes: kept
    kept = agenda.agenda(office_db, mid).items[0].attachments
    assert [(x.filename, x.position) for x in kept] == [("c.pdf", 0)]
    assert {row[0] for row in table(office_db, "SELECT sha256 FROM stored_files")} == {a.sha256, c.sha256}
    logged = table(office_db, f"SELECT changes FROM audit_log WHERE entity = 'agenda_item' AND entity_id = {item.id} "
                            "ORDER BY id DESC")
    assert json.loads(logged[0][0]) == {"attachments": [["c.pdf", "a.pdf"], ["c.pdf"]]}
    with pytest.raises(NotFound):
        attachments.attachment_bytes(office_db, b.id)


def test_deleting_a_draft_meeting_removes_its_attachment_files(office_db):
    mid = new_meeting(office_db)
    item = agenda.add_item(office_db, mid, AgendaItemInput("Punkt"))
    attachments.add_attachment(office_db, item.id, "a.pdf", pdf(1))
    meetings.delete_meeting(office_db, mid)
    assert table(office_db, "SELECT count(*) FROM agenda_items") == [(0,)]
    assert table(office_db, "SELECT count(*) FROM stored_files") == [(0,)]


# --- locked once adjusted -----------------------------------------------------------------------

def test_every_agenda_edit_is_refused_once_the_minutes_are_adjusted(office_db):
    mid = new_meeting(office_db)
    item = agenda.add_item(office_db, mid, AgendaItemInput("Punkt"))
    attachment = attachments.add_attachment(office_db, item.id, "a.pdf", pdf(1))
    adjusted_meeting(office_db, mid)
    before = agenda.agenda(office_db, mid)
    edits = [
        lambda: agenda.add_item(office_db, mid, AgendaItemInput("Ny")),
        lambda: agenda.update_item(office_db, item.id, replace(item.as_input(), title="Ändrad")),
        lambda: agenda.delete_item(office_db, item.id),
        lambda: agenda.move_item(office_db, item.id, 0),
        lambda: agenda.apply_template(office_db, mid),
        lambda: attachments.add_attachment(office_db, item.id, "b.pdf", pdf(2)),
        lambda: attachments.remove_attachment(office_db, attachment.id),
        lambda: attachments.move_attachment(office_db, attachment.id, 0),
    ]
    for edit in edits:
        with pytest.raises(ValidationError, match="Protokollet är justerat.*öppna det igen"):
            edit()
    assert agenda.agenda(office_db, mid) == before
