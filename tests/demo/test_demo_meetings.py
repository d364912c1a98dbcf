"""stic_desktop/demo/meetings.py: past and future meetings with agendas, minutes and attachments, once."""

from __future__ import annotations

import io
from collections import defaultdict
from datetime import date

import pytest
from backend_tools import plain

from stic_desktop.core import clock
from stic_desktop.demo import meetings as demo_meetings
from stic_desktop.demo import seed as demo
from stic_desktop.services.meetings import action_items, agenda, agenda_templates, attachments, invitees, meetings
from stic_desktop.services.people import memberships
from stic_desktop.services.workspace import overview

TABLES = ("meetings", "meeting_invitees", "agenda_items", "agenda_attachments", "action_items", "stored_files",
          "agenda_template_items", "audit_log")


def counts(db) -> dict[str, int]:
    with plain(db) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def seeded(db, size: str = "small"):
    """The demo with its meetings (seed_demo may already add them; seed_meetings then adds nothing)."""
    demo.seed_demo(db, size)
    demo_meetings.seed_meetings(db, size)
    return meetings.list_meetings(db)


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    from stic_desktop.services.workspace.database import open_database

    db = open_database(tmp_path_factory.mktemp("small") / "small.sqlite3")
    seeded(db)
    yield db
    db.close()


def test_seeded_once_without_audit_rows(db):
    demo.seed_demo(db, "small")
    before = counts(db)
    added = demo_meetings.seed_meetings(db, "small")
    after = counts(db)
    assert after["meetings"] == before["meetings"] + added
    assert after["audit_log"] == before["audit_log"]  # demo data is not logged as anyone's change
    assert demo_meetings.seed_meetings(db, "small") == 0
    assert demo_meetings.seed_meetings(db, "large") == 0  # any meeting present: left alone
    assert demo.seed_demo(db, "small") is not None and counts(db) == after


def test_nothing_to_seed_without_groups_members(db):
    assert demo_meetings.seed_meetings(db, "small") == 0  # an empty database: no people, no meetings
    assert counts(db)["meetings"] == 0


def test_small_demo_has_about_forty_meetings_past_and_future(small):
    listed = meetings.list_meetings(small)
    assert 30 <= len(listed) <= 50
    now = clock.utcnow()
    past = [m for m in listed if m.ends_at < now]
    future = [m for m in listed if m.starts_at > now]
    assert len(past) >= 20 and len(future) >= 5
    assert {m.status for m in past} <= {"held", "adjusted", "cancelled"}
    assert {m.status for m in future} <= {"draft", "invited", "cancelled"}
    assert {"held", "adjusted", "draft", "invited"} <= {m.status for m in listed}
    assert {m.group_kind for m in listed} == {"steering", "working", "contract"}
    assert min(m.starts_at.date() for m in listed) >= date(clock.today().year - 1, 1, 1)
    assert all(m.invitee_count > 0 and m.starts_at.tzinfo is not None for m in listed)
    assert len({m.uid for m in listed}) == len(listed)


def test_invitees_are_the_group_members_on_the_day(small):
    for meeting in meetings.list_meetings(small):
        invited = invitees.invitees(small, meeting.id)
        members = {m.person_id for m in memberships.members(small, meeting.group_id, meeting.meeting_date)}
        seated = {i.person_id for i in invited if not i.guest}
        assert seated and seated <= members, meeting.title
        assert all(i.role_label for i in invited)
        if meeting.status in ("held", "adjusted"):
            assert all(i.attendance != "unknown" for i in invited)
            assert any(i.adjuster for i in invited) or meeting.status == "held"  # no one to adjust: not adjusted
            assert {meeting.chair_id, meeting.secretary_id} <= {i.person_id for i in invited if i.attendance == "present"}
        if meeting.status == "draft":
            assert all((i.rsvp, i.attendance) == ("pending", "unknown") for i in invited)


def test_held_meetings_have_paragraphs_continuing_per_group_and_year(small):
    numbers: dict[tuple[int, int], list[int]] = defaultdict(list)
    for meeting in meetings.list_meetings(small):
        items = agenda.agenda(small, meeting.id).items
        assert 2 + 7 <= len(items) <= 6 + 8  # the template's opening and closing around 2–6 topics
        if meeting.status in ("held", "adjusted"):
            numbers[(meeting.group_id, meeting.starts_at.year)] += [item.paragraph for item in items]
            assert any(item.decision for item in items) and any(item.minutes_notes for item in items)
        else:
            assert all(item.paragraph is None and not item.decision for item in items)
    assert numbers
    for sequence in numbers.values():
        assert sequence == list(range(1, len(sequence) + 1))


def test_adjusted_minutes_meet_the_rules(small):
    adjusted = [m for m in meetings.list_meetings(small) if m.status == "adjusted"]
    assert adjusted
    for meeting in adjusted:
        assert meeting.chair_id and meeting.secretary_id and meeting.chair_id != meeting.secretary_id
        assert meeting.adjusted_at is not None and meeting.invitation_sent_at is not None
        assert meeting.invitation_sent_at < meeting.starts_at < meeting.adjusted_at
        assert any(i.adjuster for i in invitees.invitees(small, meeting.id))
    steering = next(m for m in adjusted if m.group_kind == "steering")
    opening = [item.title for item in agenda.agenda(small, steering.id).items[:5]]
    assert opening == [*agenda_templates.DEFAULT_OPENING, "Rapport från regionchefen"]  # the steering group's own template
    assert steering.case_number.startswith("STIC ")
    assert invitees.quorum(small, steering.id).applies


def test_action_items_some_open_some_done(small):
    items = [a for m in meetings.list_meetings(small) for a in action_items.action_items(small, m.id)]
    assert items and any(a.done_on is None for a in items)
    assert all(a.responsible_id and a.due_date and a.paragraph for a in items)
    assert overview.overview(small).upcoming


def test_a_few_attachments_stored_once_each(small):
    from pypdf import PdfReader

    attached = [(m, item, a) for m in meetings.list_meetings(small)
                for item in agenda.agenda(small, m.id).items for a in item.attachments]
    assert 5 <= len({m.id for m, _, _ in attached}) <= demo_meetings.ATTACHED_MEETINGS
    assert len({a.sha256 for _, _, a in attached}) <= len(demo_meetings.DEMO_PDFS) < len(attached)
    for _meeting, _item, record in attached:
        reader = PdfReader(io.BytesIO(attachments.attachment_bytes(small, record.id)))
        assert len(reader.pages) == record.page_count
        assert record.filename.endswith(".pdf")


def test_large_demo_has_about_five_thousand_meetings(tmp_path):
    from stic_desktop.services.workspace.database import open_database

    db = open_database(tmp_path / "large.sqlite3")
    try:
        listed = seeded(db, "large")
        assert 4500 <= len(listed) <= 5500
        assert len({m.group_id for m in listed}) >= 40
        first, last = listed[0].starts_at.date(), listed[-1].starts_at.date()
        assert (last - first).days > 8 * 365 and last > clock.today()
        table = counts(db)
        assert table["meeting_invitees"] > 5 * len(listed) and table["agenda_items"] > 9 * len(listed)
    finally:
        db.close()
