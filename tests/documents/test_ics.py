"""Kalenderfil (documents/ics.py), parsed back with icalendar."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timezone

import icalendar
import pytest
from test_invitation import DAY, LINK, PLACE, TITLE, at, build_office, export

from stic_desktop.documents.ics import PRODID, calendar_bytes
from stic_desktop.services.meetings import meetings
from stic_desktop.services.meetings.document_data import meeting_document_data
from stic_desktop.services.meetings.meetings import MeetingInput
from stic_desktop.services.people import staff


@pytest.fixture
def office(db):
    return build_office(db, attachments=False)


def parse(data: bytes) -> tuple[icalendar.Calendar, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(data)
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    return calendar, events[0]


def test_request_has_the_meeting_its_organizer_and_attendees(db, office, tmp_path):
    target = export(db, office.meeting_id, "ics", tmp_path / "mote.ics")
    data = target.read_bytes()
    assert b"\r\n" in data and data.startswith(b"BEGIN:VCALENDAR")
    calendar, event = parse(data)
    meeting = meetings.get_meeting(db, office.meeting_id)
    assert (str(calendar["PRODID"]), str(calendar["VERSION"]), str(calendar["METHOD"])) == (PRODID, "2.0", "REQUEST")
    assert str(event["UID"]) == meeting.uid and event["SEQUENCE"] == 0
    assert event["DTSTAMP"].dt.tzinfo is not None
    assert event.start == meeting.starts_at and event.end == meeting.ends_at
    assert event.start.utcoffset().total_seconds() == 3600  # 09.00 in Stockholm in February is 08.00 UTC
    assert b"DTSTART;TZID=Europe/Stockholm:20260203T090000" in data
    assert b"DTEND;TZID=Europe/Stockholm:20260203T120000" in data
    assert (str(event["SUMMARY"]), str(event["LOCATION"]), str(event["URL"])) == (TITLE, PLACE, LINK)
    assert str(event["STATUS"]) == "CONFIRMED"
    description = str(event["DESCRIPTION"])
    assert f"Digitalt deltagande: {LINK}" in description and "6. Rapport från Олег Иванов" in description
    organizer = event["ORGANIZER"]
    assert (str(organizer), organizer.params["CN"]) == ("mailto:anna.lindqvist@stic.example.se", "Anna Lindqvist")
    attendees = {a.params["CN"]: a for a in event["ATTENDEE"]}
    assert set(attendees) == {"Łukasz Żółć", "Ayşe Yılmaz", "R&D <b>Bold</b> Berg"}  # Олег has no e-mail
    ayse = attendees["Ayşe Yılmaz"]
    assert str(ayse) == "mailto:ayse.yilmaz@botkyrka.example.se"
    assert (ayse.params["ROLE"], ayse.params["PARTSTAT"], ayse.params["RSVP"]) == (
        "REQ-PARTICIPANT", "NEEDS-ACTION", "TRUE")


def test_vtimezone_defines_stockholm_with_summer_time(db, office):
    calendar, _ = parse(calendar_bytes(meeting_document_data(db, office.meeting_id)))
    (zone,) = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/Stockholm"
    daylight, standard = zone.walk("DAYLIGHT")[0], zone.walk("STANDARD")[0]
    # RFC 5545: the onset is local time in the offset before the change (02.00 in March, 03.00 in October).
    assert daylight["DTSTART"].dt.time().hour == 2 and standard["DTSTART"].dt.time().hour == 3
    tz = zone.to_tz()
    for utc, offset in (("2026-03-29T00:59", 1), ("2026-03-29T01:00", 2), ("2026-10-25T00:59", 2),
                        ("2026-10-25T01:00", 1), ("2031-07-01T12:00", 2), ("2031-12-01T12:00", 1)):
        moment = datetime.fromisoformat(utc).replace(tzinfo=timezone.utc).astimezone(tz)
        assert moment.utcoffset().total_seconds() == offset * 3600, utc


def test_a_summer_meeting_is_written_in_summer_time(db, office):
    mid = meetings.create_meeting(db, MeetingInput(office.group_id, "Junimöte", at(date(2026, 6, 9), "13:00"),
                                                   at(date(2026, 6, 9), "15:30"))).id
    data = calendar_bytes(meeting_document_data(db, mid))
    _, event = parse(data)
    assert b"DTSTART;TZID=Europe/Stockholm:20260609T130000" in data
    assert event.start.astimezone(timezone.utc).hour == 11
    assert "LOCATION" not in event and "URL" not in event


def test_a_change_after_sending_raises_the_sequence_and_keeps_the_uid(db, office):
    meetings.mark_invitation_sent(db, office.meeting_id)
    before = meetings.get_meeting(db, office.meeting_id)
    changed = meetings.update_meeting(db, office.meeting_id, replace(before.as_input(), location="Nytt rum"))
    _, event = parse(calendar_bytes(meeting_document_data(db, office.meeting_id)))
    assert str(event["UID"]) == before.uid and event["SEQUENCE"] == changed.sequence == before.sequence + 1
    assert str(event["LOCATION"]) == "Nytt rum"


def test_a_cancelled_meeting_is_a_cancellation(db, office):
    meetings.mark_invitation_sent(db, office.meeting_id)
    sent = meetings.get_meeting(db, office.meeting_id)
    meetings.cancel_meeting(db, office.meeting_id)
    calendar, event = parse(calendar_bytes(meeting_document_data(db, office.meeting_id)))
    assert str(calendar["METHOD"]) == "CANCEL" and str(event["STATUS"]) == "CANCELLED"
    assert event["SEQUENCE"] > sent.sequence and str(event["UID"]) == sent.uid
    assert str(event["DESCRIPTION"]).startswith("Mötet är inställt.")
    assert len(event["ATTENDEE"]) == 3  # the cancellation goes to the same people


def test_no_organizer_when_nobody_has_an_e_mail_address(db):
    staff.set_current_user(db, staff.add_staff_member(db, "Utan Adress").id)
    mid = meetings.create_meeting(db, MeetingInput(None, 'Möte "citat"', at(DAY, "09:00"), at(DAY, "10:00"))).id
    _, event = parse(calendar_bytes(meeting_document_data(db, mid)))
    assert "ORGANIZER" not in event and "ATTENDEE" not in event
    assert str(event["SUMMARY"]) == 'Möte "citat"'
