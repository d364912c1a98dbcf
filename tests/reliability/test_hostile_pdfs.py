"""Hostile PDF attachments (generated in hostile_pdfs.py): active content is removed when attaching, the user is
told what, the original's hash is kept in the audit log, and the meeting pack never contains it; bombs are
refused with the limits in the message."""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
from contextlib import closing
from datetime import datetime

import hostile_pdfs
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from stic_desktop.errors import ValidationError
from stic_desktop.models import Group
from stic_desktop.services import pdf_safety
from stic_desktop.services.meetings import agenda, attachments, meetings
from stic_desktop.services.meetings.agenda import AgendaItemInput
from stic_desktop.services.meetings.meetings import MeetingInput
from stic_desktop.services.meetings.records import STOCKHOLM
from stic_desktop.services.people import staff


@pytest.fixture
def item(db) -> int:
    actor = staff.add_staff_member(db, "Anna Lindqvist", "Regionchef", "anna@stic.example.se")
    staff.set_current_user(db, actor.id)
    with db.read() as session:
        group = session.scalar(select(Group.id).where(Group.kind == "steering"))
    start = datetime(2026, 3, 10, 9, tzinfo=STOCKHOLM)
    meeting = meetings.create_meeting(db, MeetingInput(group, "Möte", start, start.replace(hour=10)))
    return agenda.add_item(db, meeting.id, AgendaItemInput("Budget", "decision", None, 20)).id


@pytest.mark.parametrize("kind", sorted(hostile_pdfs.ACTIVE))
def test_active_content_is_removed_when_attaching_and_never_reaches_the_pack(kind, db, item, tmp_path):
    from stic_desktop.operations import run_to_end
    from stic_desktop.operations.meeting_pack import build_meeting_packs

    data = hostile_pdfs.ACTIVE[kind]()
    assert pdf_safety.active_content(data), "the corpus file really has active content"
    record = attachments.add_attachment(db, item, f"{kind}.pdf", data)
    assert record.removed and record.original_sha256 == hashlib.sha256(data).hexdigest()
    stored = attachments.attachment_bytes(db, record.id)
    assert pdf_safety.active_content(stored) == []
    assert "Fientlig 1" in PdfReader(io.BytesIO(stored)).pages[0].extract_text()  # the page is kept
    with closing(sqlite3.connect(db.path)) as conn:
        logged = conn.execute("SELECT changes FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()[0]
    logged_text = json.dumps(json.loads(logged), ensure_ascii=False)
    assert record.original_sha256 in logged_text and all(label in logged_text for label in record.removed)
    (pack,) = run_to_end(build_meeting_packs(db, _meeting_of(db, item), tmp_path / "paket.pdf")).files
    assert pdf_safety.active_content(pack.read_bytes()) == []


def _meeting_of(db, item_id: int) -> int:
    from stic_desktop.models import AgendaItem

    with db.read() as session:
        return session.get(AgendaItem, item_id).meeting_id


def test_a_plain_pdf_is_stored_byte_for_byte(db, item):
    data = hostile_pdfs.plain_pdf()
    record = attachments.add_attachment(db, item, "vanlig.pdf", data)
    assert record.removed == () and attachments.attachment_bytes(db, record.id) == data


def test_a_pdf_bomb_is_refused_with_the_limit_in_the_message(db, item):
    bomb = hostile_pdfs.inflating_pdf(pdf_safety.MAX_UNPACKED_BYTES // (1024 * 1024) + 20)
    assert len(bomb) < 1024 * 1024  # under a megabyte on disk
    with pytest.raises(ValidationError) as refused:
        attachments.add_attachment(db, item, "bomb.pdf", bomb)
    assert "256 MB" in refused.value.message and "2000 sidor" in refused.value.message
    with closing(sqlite3.connect(db.path)) as conn:
        assert conn.execute("SELECT count(*) FROM agenda_attachments").fetchone()[0] == 0


def test_too_many_pages_are_refused_with_the_limit(db, item):
    with pytest.raises(ValidationError) as refused:
        attachments.add_attachment(db, item, "lång.pdf", hostile_pdfs.many_pages_pdf(pdf_safety.MAX_PAGES + 1))
    assert f"Högst {pdf_safety.MAX_PAGES} sidor" in refused.value.message


@pytest.mark.parametrize("kind", sorted(hostile_pdfs.ACTIVE))
def test_an_attachment_stored_before_stripping_existed_is_cleaned_in_the_pack(kind, db, item, tmp_path):
    """Files attached by an older version are in the database as they came: the pack strips them too."""
    from stic_desktop.models import AgendaAttachment
    from stic_desktop.operations import run_to_end
    from stic_desktop.operations.meeting_pack import build_meeting_packs
    from stic_desktop.storage import blobs

    data = hostile_pdfs.ACTIVE[kind]()
    with db.write() as session:  # raw, past the service that strips
        session.add(AgendaAttachment(agenda_item_id=item, position=0, filename=f"gammal-{kind}.pdf",
                                     sha256=blobs.store_file(session, data), page_count=1))
    assert pdf_safety.active_content(attachments.attachment_bytes(db, _attachment_id(db, item))) != []
    (pack,) = run_to_end(build_meeting_packs(db, _meeting_of(db, item), tmp_path / "paket.pdf")).files
    content = pack.read_bytes()
    assert pdf_safety.active_content(content) == []
    assert any("Fientlig 1" in page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def _attachment_id(db, item_id: int) -> int:
    from stic_desktop.models import AgendaAttachment

    with db.read() as session:
        return session.scalar(select(AgendaAttachment.id).where(AgendaAttachment.agenda_item_id == item_id))
