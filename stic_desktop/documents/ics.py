"""Kalenderfil (.ics, RFC 5545 / iTIP) for a meeting: a request, or a cancellation once it is cancelled.

The UID never changes and SEQUENCE comes from the meeting (raised on every change sent out), so a
calendar replaces its earlier copy of the event instead of adding a second one. Times are written
with TZID=Europe/Stockholm and the VTIMEZONE that defines it.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import TYPE_CHECKING

from stic_desktop.core import clock, dates
from stic_desktop.documents.meeting_common import agenda_lines

if TYPE_CHECKING:
    from stic_desktop.services.meetings.document_data import MeetingData

PRODID = "-//Stockholms Inköpscentral//STIC Desktop//SV"
TZID = "Europe/Stockholm"


def stockholm_timezone():
    """VTIMEZONE for Europe/Stockholm by the EU rule (summer time from the last Sunday of March 02.00 to
    the last Sunday of October 03.00), the form Outlook writes itself.

    Written out rather than generated: icalendar 7's ``Timezone.from_tzid`` gives each transition's
    DTSTART in the new offset (03.00 in March) where RFC 5545 wants the old one (02.00), and only
    covers the years it is asked for; this definition is right for every year the rule holds.
    """
    from icalendar import Timezone, TimezoneDaylight, TimezoneStandard, vRecur

    zone = Timezone()
    zone.add("tzid", TZID)
    for part, start, month, offset_from, offset_to, name in (
        (TimezoneDaylight(), datetime(1970, 3, 29, 2), 3, "+0100", "+0200", "CEST"),
        (TimezoneStandard(), datetime(1970, 10, 25, 3), 10, "+0200", "+0100", "CET"),
    ):
        part.add("dtstart", start)
        part.add("rrule", vRecur(freq="YEARLY", bymonth=month, byday="-1SU"))
        part.add("tzoffsetfrom", _offset(offset_from))
        part.add("tzoffsetto", _offset(offset_to))
        part.add("tzname", name)
        zone.add_component(part)
    return zone


def _offset(text: str):
    from datetime import timedelta

    sign = -1 if text.startswith("-") else 1
    return sign * timedelta(hours=int(text[1:3]), minutes=int(text[3:5]))


def description(data: MeetingData) -> str:
    """The event text: group, time, place, link and the agenda in brief."""
    meeting = data.meeting
    lines = [f"{meeting.group_name}: {meeting.title}" if meeting.group_name else meeting.title,
             dates.meeting_time(meeting.starts_at, meeting.ends_at)]
    if meeting.location:
        lines.append(f"Plats: {meeting.location}")
    if meeting.online_link:
        lines.append(f"Digitalt deltagande: {meeting.online_link}")
    if data.items:
        lines += ["", "Dagordning:", *agenda_lines(data.items)]
    if data.cancelled:
        lines = ["Mötet är inställt.", "", *lines]
    return "\n".join(lines)


def _address(name: str, email: str, **params):
    from icalendar import vCalAddress

    address = vCalAddress(f"mailto:{email}")
    address.params["CN"] = name.replace('"', "'")  # a quoted parameter value cannot hold a double quote
    for key, value in params.items():
        address.params[key.replace("_", "-").upper()] = value
    return address


def calendar_bytes(data: MeetingData, *, stamp: datetime | None = None) -> bytes:
    """The .ics file of a meeting (pure: data in, bytes out)."""
    from icalendar import Calendar, Event

    meeting = data.meeting
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "CANCEL" if data.cancelled else "REQUEST")
    calendar.add_component(stockholm_timezone())
    event = Event()
    event.add("uid", meeting.uid)
    event.add("sequence", meeting.sequence)
    event.add("dtstamp", (stamp or clock.utcnow()).astimezone(timezone.utc))
    event.add("dtstart", meeting.starts_at)  # aware Europe/Stockholm: written with TZID=Europe/Stockholm
    event.add("dtend", meeting.ends_at)
    event.add("summary", meeting.title)
    if meeting.location or meeting.online_link:
        event.add("location", meeting.location or meeting.online_link)
    event.add("description", description(data))
    if meeting.online_link:
        event.add("url", meeting.online_link)
    if data.contact is not None:
        event.add("organizer", _address(data.contact.name, data.contact.email))
    for invitee in data.invitees:
        if invitee.email:
            event.add("attendee", _address(invitee.person_name, invitee.email, role="REQ-PARTICIPANT",
                                           partstat="NEEDS-ACTION", rsvp="TRUE"))
    event.add("status", "CANCELLED" if data.cancelled else "CONFIRMED")
    event.add("transp", "OPAQUE")
    calendar.add_component(event)
    return calendar.to_ical()


def ics_filename(data: MeetingData) -> str:
    day: date = data.meeting.meeting_date
    return f"{'Inställt' if data.cancelled else 'Möte'} {day.isoformat()}.ics"
