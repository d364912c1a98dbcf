"""Mötespaket (operations/meeting_pack.py, rendered by documents/meeting_pack.py): parts in order, bookmarks, "Sida N av M" stamped upright at the
foot of every page (landscape and rotated attachments included), per-participant covers, progress steps."""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4, A5, landscape

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "documents"))
from test_invitation import BUDGET, DAY, PLACE, TITLE, attachment_pdf, build_office, page_texts  # noqa: E402

from stic_desktop.documents.agenda_doc import agenda_bytes  # noqa: E402
from stic_desktop.documents.attendance import attendance_bytes  # noqa: E402
from stic_desktop.documents.invitation import invitation_bytes  # noqa: E402
from stic_desktop.documents.meeting_pack import _attachment_reader  # noqa: E402
from stic_desktop.documents.pdf import PageHeader, build_pdf, para  # noqa: E402
from stic_desktop.documents.pdf_stamp import stamp_page_numbers  # noqa: E402
from stic_desktop.errors import UserError  # noqa: E402
from stic_desktop.operations import run_to_end  # noqa: E402
from stic_desktop.operations.meeting_pack import build_meeting_pack, build_meeting_packs  # noqa: E402
from stic_desktop.services.meetings import agenda  # noqa: E402
from stic_desktop.services.meetings import attachments as attachment_service
from stic_desktop.services.meetings.agenda import AgendaItemInput  # noqa: E402
from stic_desktop.services.meetings.document_data import meeting_document_data as load_meeting  # noqa: E402


def export_meeting_pack(db, meeting_id, target, *, per_participant=False):
    return list(run_to_end(build_meeting_packs(db, meeting_id, target, per_participant=per_participant)).files)


NUMBER = re.compile(r"Sida (\d+) av (\d+)")


@pytest.fixture
def office(db):
    return build_office(db)


def outline(reader: PdfReader) -> list[tuple[int, str, int]]:
    """(depth, title, page index) of every bookmark, in order."""
    found: list[tuple[int, str, int]] = []

    def walk(items, depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                found.append((depth, item.title, reader.get_destination_page_number(item)))

    walk(reader.outline, 0)
    return found


def stamp_position(page) -> tuple[float, float, float, float, str]:
    """Where "Sida N av M" is as the page is shown: (x, y, direction x, direction y, text)."""
    found = []

    def visit(text, cm, tm, _font, _size):
        if NUMBER.search(text):
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((x, y, tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3], text.strip()))

    page.extract_text(visitor_text=visit)
    assert len(found) == 1, found
    x, y, dx, dy, text = found[0]
    box = page.cropbox
    x0, y0, x1, y1 = float(box.left), float(box.bottom), float(box.right), float(box.top)
    rotation = page.rotation % 360
    shown = {0: (x - x0, y - y0, dx, dy), 90: (y - y0, x1 - x, dy, -dx),
             180: (x1 - x, y1 - y, -dx, -dy), 270: (y1 - y, x - x0, -dy, dx)}[rotation]
    return (*shown, text)


def shown_size(page) -> tuple[float, float]:
    width, height = float(page.cropbox.width), float(page.cropbox.height)
    return (height, width) if page.rotation % 180 else (width, height)


def test_parts_in_order_and_page_count_is_their_sum(db, office, tmp_path):
    data = load_meeting(db, office.meeting_id)
    parts = [invitation_bytes(data, page_numbers=False), agenda_bytes(data, page_numbers=False),
             attendance_bytes(data, page_numbers=False)]
    (target,) = export_meeting_pack(db, office.meeting_id, tmp_path / "paket.pdf")
    texts = page_texts(target)
    attachments = 2 + 1 + 1  # budget.pdf, liggande.pdf, roterad.pdf
    assert len(texts) == 1 + sum(len(PdfReader(io.BytesIO(p)).pages) for p in parts) + attachments
    cover = texts[0]
    for expected in ("Mötespaket", "Styrgruppen", TITLE, "tisdag 3 februari 2026 kl. 09.00–12.00", PLACE, "Innehåll",
                     "Kallelse 2 Dagordning 3 Bilaga till punkt 5: budget.pdf 4 Bilaga till punkt 5: liggande.pdf 6 "
                     "Bilaga till punkt 6: roterad.pdf 7 Närvarolista 8"):
        assert expected in cover
    assert "Till:" not in cover
    assert texts[1].count("Kallelse") >= 1 and "Dagordning i sammandrag" in texts[1]
    assert "Uppföljning av åtgärder" in texts[2]
    assert [t for t in texts if "sidan" in t] == [texts[3], texts[4], texts[5], texts[6]]
    assert "Budgetbilaga sidan 1" in texts[3] and "Budgetbilaga sidan 2" in texts[4]
    assert "Liggande sidan 1" in texts[5] and "Roterad sidan 1" in texts[6]
    assert "Närvarolista" in texts[7]
    assert PdfReader(target).metadata.title == f"Mötespaket – {TITLE}, 2026-02-03"  # the meeting reference


def test_every_page_is_numbered_once_over_the_whole_pack(db, office, tmp_path):
    (target,) = export_meeting_pack(db, office.meeting_id, tmp_path / "paket.pdf")
    texts = page_texts(target)
    for number, text in enumerate(texts, start=1):
        assert NUMBER.findall(text) == [(str(number), str(len(texts)))]  # the parts carry no footer of their own


def test_landscape_and_rotated_attachments_get_an_upright_number_at_the_foot(db, office, tmp_path):
    (target,) = export_meeting_pack(db, office.meeting_id, tmp_path / "paket.pdf")
    reader = PdfReader(target)
    landscape_page, rotated_page = reader.pages[5], reader.pages[6]
    assert float(landscape_page.mediabox.width) > float(landscape_page.mediabox.height)
    assert rotated_page.rotation == 90
    for index, page in enumerate(reader.pages):
        x, y, dx, dy, text = stamp_position(page)
        width, height = shown_size(page)
        assert text == f"Sida {index + 1} av 8"
        assert dx > 0 and abs(dy) < 1e-6, "upright, left to right as the page is shown"
        assert 0 < y < 40 and width * 0.6 < x < width - 40, (index, x, y, width, height)


@pytest.mark.parametrize("rotation", [0, 90, 180, 270, -90])
def test_stamp_follows_any_rotation_size_and_offset_box(rotation):
    from pypdf.generic import RectangleObject

    writer = PdfWriter()
    for size in (A4, landscape(A5)):
        writer.append(PdfReader(io.BytesIO(attachment_pdf("X", 1, size=size, rotate=rotation))))
    odd = PdfReader(io.BytesIO(attachment_pdf("Förskjuten", 1, size=(600, 800)))).pages[0]
    odd.mediabox = RectangleObject([100, 100, 500, 700])
    odd.cropbox = RectangleObject([120, 130, 480, 680])
    writer.add_page(odd).rotate(rotation)
    stamp_page_numbers(writer)
    buffer = io.BytesIO()
    writer.write(buffer)
    for number, page in enumerate(PdfReader(buffer).pages, start=1):
        x, y, dx, dy, text = stamp_position(page)
        width, _height = shown_size(page)
        assert text == f"Sida {number} av 3"
        assert dx > 0 and abs(dy) < 1e-6
        assert 0 < y < 40 and width * 0.5 < x < width


def test_pages_that_share_their_content_get_one_number_each(db, office, tmp_path):
    # The same file attached to two items is stored once, and a PDF may reuse one stream for equal pages.
    same = attachment_pdf("Samma", 1)
    attachment_service.add_attachment(db, office.items["budget"], "samma.pdf", same)
    attachment_service.add_attachment(db, office.items["report"], "samma igen.pdf", same)
    texts = page_texts(export_meeting_pack(db, office.meeting_id, tmp_path / "paket.pdf")[0])
    for number, text in enumerate(texts, start=1):
        assert NUMBER.findall(text) == [(str(number), str(len(texts)))]
    assert sum("Samma sidan 1" in text for text in texts) == 2
    writer = PdfWriter()
    reader = PdfReader(io.BytesIO(attachment_pdf("Kopia", 1)))
    writer.add_page(reader.pages[0])
    writer.add_page(reader.pages[0])
    assert writer.pages[0]["/Contents"] == writer.pages[1]["/Contents"]
    stamp_page_numbers(writer)
    buffer = io.BytesIO()
    writer.write(buffer)
    assert [NUMBER.findall(t) for t in page_texts(buffer.getvalue())] == [[("1", "2")], [("2", "2")]]


def test_bookmarks_for_each_part_and_agenda_item(db, office, tmp_path):
    (target,) = export_meeting_pack(db, office.meeting_id, tmp_path / "paket.pdf")
    marks = outline(PdfReader(target))
    top = [(title, page) for depth, title, page in marks if depth == 0]
    assert top == [("Försättsblad", 0), ("Kallelse", 1), ("Dagordning", 2), ("Bilagor", 3), ("Närvarolista", 7)]
    agenda_marks = marks[marks.index((0, "Dagordning", 2)) + 1: marks.index((0, "Bilagor", 3))]
    assert [t for _, t, _ in agenda_marks][4:6] == [f"5. {BUDGET}", "6. Rapport från Олег Иванов"]
    assert len(agenda_marks) == 9 and all(depth == 1 and page == 2 for depth, _, page in agenda_marks)
    attachment_marks = marks[marks.index((0, "Bilagor", 3)) + 1: -1]
    assert attachment_marks == [(1, f"5. {BUDGET}", 3), (2, "budget.pdf", 3), (2, "liggande.pdf", 5),
                                (1, "6. Rapport från Олег Иванов", 6), (2, "roterad.pdf", 6)]


def test_agenda_item_bookmarks_point_at_the_page_the_item_is_on(db, office, tmp_path):
    long_text = "\n".join("Lång bakgrund & fakta. " * 25 for _ in range(30))
    agenda.add_item(db, office.meeting_id, AgendaItemInput("Lång punkt", description=long_text), position=6)
    target = export_meeting_pack(db, office.meeting_id, tmp_path / "paket.pdf")[0]
    reader = PdfReader(target)
    texts = page_texts(target)
    item_marks = [(title, page) for depth, title, page in outline(reader) if depth == 1 and title[0].isdigit()]
    for title, page in item_marks[:10]:
        assert title.split(". ", 1)[1] in texts[page]
    assert item_marks[9][1] > item_marks[0][1]  # "Mötets avslutande" is on a later page than the opening


def test_one_pack_per_participant_with_their_name_on_the_cover(db, office, tmp_path):
    folder = tmp_path / "paket"
    paths = export_meeting_pack(db, office.meeting_id, folder, per_participant=True)
    names = ["Łukasz Żółć", "Ayşe Yılmaz", "R&D <b>Bold</b> Berg", "Олег Иванов"]
    assert sorted(p.name for p in paths) == sorted(p.name for p in folder.iterdir())
    safe_names = ("Łukasz Żółć", "Ayşe Yılmaz", "R&D _b_Bold_b_ Berg", "Олег Иванов")
    assert {p.name for p in paths} == {f"Mötespaket {DAY.isoformat()} {n}.pdf" for n in safe_names}
    covers = {}
    for path in paths:
        texts = page_texts(path)
        assert [NUMBER.findall(text) for text in texts] == [[(str(n), "8")] for n in range(1, 9)]
        covers[path.name] = texts[0]
    for name in names:
        assert sum(f"Till: {name}" in cover for cover in covers.values()) == 1


def test_an_attachment_that_only_restricts_editing_is_included(db, office, tmp_path):
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(attachment_pdf("Skyddad", 1))))
    writer.encrypt(user_password="", owner_password="hemligt", algorithm="AES-256")
    protected = io.BytesIO()
    writer.write(protected)
    assert PdfReader(io.BytesIO(protected.getvalue())).is_encrypted
    attachment_service.add_attachment(db, office.items["report"], "skyddad.pdf", protected.getvalue())
    (target,) = export_meeting_pack(db, office.meeting_id, tmp_path / "paket.pdf")
    reader = PdfReader(target)
    assert not reader.is_encrypted
    texts = page_texts(target)
    assert len(texts) == 9 and "Skyddad sidan 1" in texts[7] and "Sida 8 av 9" in texts[7]


def test_unreadable_attachments_are_named_in_the_error():
    from stic_desktop.services.meetings.agenda import AttachmentRecord

    record = AttachmentRecord(1, 1, 0, "trasig.pdf", "0" * 64, 10, 1)
    with pytest.raises(UserError, match="trasig.pdf \\(punkt 3\\) är skadad"):
        _attachment_reader(3, record, b"%PDF-1.4 inte alls en pdf")
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(attachment_pdf("Låst", 1))))
    writer.encrypt(user_password="öppna", owner_password="hemligt")
    locked = io.BytesIO()
    writer.write(locked)
    with pytest.raises(UserError, match="trasig.pdf \\(punkt 3\\) kan inte öppnas utan lösenord"):
        _attachment_reader(3, record, locked.getvalue())


def test_progress_steps_count_up_and_the_generator_returns_the_path(db, office, tmp_path):
    steps = build_meeting_pack(db, office.meeting_id, tmp_path / "paket.pdf",
                               participant_id=office.invitees["Олег Иванов"])
    seen = []
    while True:
        try:
            seen.append(next(steps))
        except StopIteration as stop:
            result = stop.value
            break
    result = result.files[0]
    assert result == tmp_path / "paket.pdf" and result.exists()
    totals = {total for _, total, _ in seen}
    assert len(totals) == 1 and seen[-1] == (totals.pop(), seen[-1][1], "Klart")
    assert [done for done, _, _ in seen] == sorted(done for done, _, _ in seen)
    assert any("roterad.pdf" in text for _, _, text in seen)
    assert "Till: Олег Иванов" in page_texts(result)[0]


def test_cancelling_writes_nothing(db, office, tmp_path):
    steps = build_meeting_pack(db, office.meeting_id, tmp_path / "paket.pdf")
    for _ in range(4):
        next(steps)
    steps.close()
    assert not (tmp_path / "paket.pdf").exists()
    folder = tmp_path / "per"
    steps = build_meeting_packs(db, office.meeting_id, folder, per_participant=True)
    texts = []
    while not any("Sparar (Ayşe Yılmaz)" in t for t in texts):
        texts.append(next(steps)[2])
    next(steps)  # the first two packs are made now, in a temporary folder
    assert [p.name for p in folder.iterdir() if not p.name.startswith(".")] == []
    steps.close()
    assert not folder.exists()  # the folder this run made for the packs is gone too


def test_a_pack_without_attachments_has_no_attachment_bookmark(db, tmp_path):
    office = build_office(db, attachments=False)
    (target,) = export_meeting_pack(db, office.meeting_id, tmp_path / "paket.pdf")
    assert "Bilagor" not in [title for depth, title, _ in outline(PdfReader(target)) if depth == 0]
    with pytest.raises(UserError, match="är en fil"):
        export_meeting_pack(db, office.meeting_id, target, per_participant=True)


def test_build_pdf_can_leave_out_its_own_page_numbers(tmp_path):
    header = PageHeader("STIC", "Del av paket", DAY)
    build_pdf(tmp_path / "utan.pdf", [para("Innehåll")], header, page_numbers=False)
    build_pdf(tmp_path / "med.pdf", [para("Innehåll")], header)
    assert "Sida" not in page_texts(tmp_path / "utan.pdf")[0]
    assert "Sida 1 av 1" in page_texts(tmp_path / "med.pdf")[0]
