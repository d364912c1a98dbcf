"""Förbered utskick and Arkivera protokollet (operations/mailing.py, drafts from documents/mailing.py): .eml
drafts parsed back with the email package, the attached invitation and .ics read back, the archive and the
meeting's status checked."""

from __future__ import annotations

import email
import sys
from email import policy
from pathlib import Path

import icalendar
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "documents"))
from test_invitation import build_office, page_texts  # noqa: E402

from stic_desktop.errors import UserError, ValidationError  # noqa: E402
from stic_desktop.operations import mailing, run_to_end  # noqa: E402
from stic_desktop.services import archive  # noqa: E402
from stic_desktop.services.meetings import invitation, invitees, meetings, minutes  # noqa: E402
from stic_desktop.services.people import people  # noqa: E402
from stic_desktop.services.people.people import PersonInput  # noqa: E402


@pytest.fixture
def office(db):
    return build_office(db, attachments=False)


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "utskick"
    path.mkdir()
    return path


def prepare_mailing_result(db, meeting_id, folder):
    return run_to_end(mailing.prepare_mailing(db, meeting_id, folder))


def prepare_mailing(db, meeting_id, folder):
    return list(prepare_mailing_result(db, meeting_id, folder).files)


def archive_minutes(db, meeting_id):
    return run_to_end(mailing.archive_minutes(db, meeting_id)).record


def read(path):
    return email.message_from_bytes(path.read_bytes(), policy=policy.default)


def test_one_unsent_draft_per_invitee_with_an_e_mail_address(db, office, folder):
    result = prepare_mailing_result(db, office.meeting_id, folder)
    assert result.skipped == ("Олег Иванов",)
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in result.files)
    messages = {read(path)["To"].addresses[0].display_name: read(path) for path in result.files}
    assert set(messages) == {"Łukasz Żółć", "Ayşe Yılmaz", "R&D <b>Bold</b> Berg"}
    message = messages["Łukasz Żółć"]
    assert message["X-Unsent"] == "1"
    assert message["To"].addresses[0].addr_spec == "lukasz.zolc@sodertalje.example.se"
    assert message["From"].addresses[0].addr_spec == "anna.lindqvist@stic.example.se"
    assert message["Subject"] == "Kallelse: Styrgruppsmöte & <b>budget</b>, 2026-02-03"
    text = message.get_body(("plain",)).get_content()
    assert text.startswith("Hej Łukasz Żółć!")
    assert "Du kallas till möte med Styrgruppen tisdag 3 februari 2026 kl. 09.00–12.00." in text
    assert "anna.lindqvist@stic.example.se" in text
    pdf, ics = list(message.iter_attachments())
    assert pdf.get_content_type() == "application/pdf" and pdf.get_filename() == "Kallelse 2026-02-03.pdf"
    assert ics.get_filename() == "kallelse.ics"
    assert "Till: Łukasz Żółć" in page_texts(pdf.get_content())[0]
    assert ics.get_content_type() == "text/calendar" and ics.get_param("method") == "REQUEST"
    event = icalendar.Calendar.from_ical(ics.get_content()).walk("VEVENT")[0]
    assert str(event["UID"]) == meetings.get_meeting(db, office.meeting_id).uid
    assert "Till: Ayşe Yılmaz" in page_texts(next(messages["Ayşe Yılmaz"].iter_attachments()).get_content())[0]


def test_the_general_invitation_is_archived_and_drafts_are_not_marked_sent(db, office, folder):
    plan = mailing.plan_mailing(db, office.meeting_id)
    assert len(plan.recipients) == 3 and plan.without_email == ("Олег Иванов",) and not plan.cancellation
    assert list(folder.iterdir()) == []  # planning writes nothing
    assert invitation.invitation_state(db, office.meeting_id).state == invitation.NOT_PREPARED
    with pytest.raises(ValidationError, match="inga utkast"):
        invitation.confirm_sent(db, office.meeting_id)
    paths = prepare_mailing(db, office.meeting_id, folder)
    assert len(paths) == 3 and all(p.suffix == ".eml" for p in paths)
    meeting = meetings.get_meeting(db, office.meeting_id)
    assert meeting.status == "draft" and meeting.invitation_sent_at is None  # drafts only
    state = invitation.invitation_state(db, office.meeting_id)
    assert (state.state, state.label) == (invitation.DRAFTED, "Utkast skapade")
    sent = invitation.confirm_sent(db, office.meeting_id)  # the user sent them from their e-mail program
    assert sent.status == "invited" and sent.invitation_sent_at is not None
    assert invitation.invitation_state(db, office.meeting_id).label == "Skickad"
    (record,) = archive.archived_documents(db, meetings.ENTITY, office.meeting_id)
    assert (record.kind, record.author_name) == ("invitation", "Anna Lindqvist")
    assert record.filename.endswith(".pdf") and "Олег Иванов" in record.note
    text = page_texts(archive.archived_bytes(db, record.id))[0]
    assert "Kallelse" in text and "Till:" not in text


def test_a_cancelled_meeting_sends_a_cancellation(db, office, folder):
    meetings.mark_invitation_sent(db, office.meeting_id)
    meetings.cancel_meeting(db, office.meeting_id)
    message = read(prepare_mailing(db, office.meeting_id, folder)[0])
    assert message["Subject"].startswith("Inställt: ")
    assert "är inställt" in message.get_body(("plain",)).get_content()
    ics = list(message.iter_attachments())[1]
    assert ics.get_param("method") == "CANCEL"
    assert str(icalendar.Calendar.from_ical(ics.get_content())["METHOD"]) == "CANCEL"


def test_unusual_addresses_and_names_survive(db, office, folder):
    person = people.save_person(db, PersonInput(name='Åsa "Ninni" Öberg', organisation_kind="adda",
                                                email="asa@täby.example.se"))
    invitees.add_guest(db, office.meeting_id, person.id)
    paths = prepare_mailing(db, office.meeting_id, folder)
    to = {read(p)["To"].addresses[0].display_name: read(p)["To"].addresses[0].addr_spec for p in paths}
    assert to['Åsa "Ninni" Öberg'] == "asa@xn--tby-qla.example.se"


def test_nothing_is_sent_for_a_held_meeting_or_to_a_missing_folder(db, office, folder):
    with pytest.raises(UserError, match="finns inte"):
        prepare_mailing(db, office.meeting_id, folder / "saknas")
    meetings.mark_held(db, office.meeting_id)
    with pytest.raises(UserError, match="redan genomfört"):
        prepare_mailing(db, office.meeting_id, folder)
    assert list(folder.iterdir()) == []
    assert archive.archived_documents(db, meetings.ENTITY, office.meeting_id) == []


def test_archive_minutes_keeps_the_minutes_as_sent(db, office):
    meetings.mark_held(db, office.meeting_id)
    draft = archive_minutes(db, office.meeting_id)
    assert (draft.kind, draft.entity, draft.entity_id, draft.note) == (
        "minutes", meetings.ENTITY, office.meeting_id, "Utkast, ej justerat")
    assert "UTKAST" in page_texts(archive.archived_bytes(db, draft.id))[0]
    invitees.set_adjuster(db, office.invitees["Ayşe Yılmaz"], True)
    minutes.adjust_minutes(db, office.meeting_id)
    final = archive_minutes(db, office.meeting_id)
    assert final.note == "Justerat" and "UTKAST" not in page_texts(archive.archived_bytes(db, final.id))[0]
    assert [r.id for r in archive.archived_documents(db, meetings.ENTITY, office.meeting_id)] == [final.id, draft.id]


def test_steps_report_progress_and_cancelling_sends_nothing(db, office, folder):
    steps = mailing.prepare_mailing(db, office.meeting_id, folder)
    assert [next(steps) for _ in range(3)] == [(0, 5, "Kallelse till Łukasz Żółć"), (1, 5, "Kallelse till Ayşe Yılmaz"),
                                                (2, 5, "Kallelse till R&D <b>Bold</b> Berg")]
    steps.close()
    assert list(folder.iterdir()) == []
    assert archive.archived_documents(db, meetings.ENTITY, office.meeting_id) == []
    assert meetings.get_meeting(db, office.meeting_id).status == "draft"
