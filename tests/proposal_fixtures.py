"""Shared set-up for the workshop and proposal tests: an empty database with a few municipalities and people.

Demo data grows as later issues add to it; these tests count exact rows, ranks and audit entries.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from stic_desktop.core import clock
from stic_desktop.models import Person
from stic_desktop.services.meetings import meetings
from stic_desktop.services.meetings.meetings import MeetingInput
from stic_desktop.services.meetings.records import STOCKHOLM
from stic_desktop.services.municipalities.municipalities import MunicipalityInput, save_municipality
from stic_desktop.services.people import groups, staff


def office(db) -> dict:
    """A staff member working, three municipalities and three people; returns their ids by name."""
    actor = staff.add_staff_member(db, "Anna Lindqvist", "Regionchef", "anna@stic.example.se")
    staff.set_current_user(db, actor.id)
    ids = {"actor": actor.id}
    for code, name in (("0184", "Solna"), ("0180", "Stockholm"), ("0186", "Lidingö")):
        ids[name] = save_municipality(db, MunicipalityInput(code, name)).id
    with db.write() as session:
        for name, municipality in (("Łukasz Żółć", "Solna"), ("Иван Петров", "Stockholm"), ("Åsa Berg", None)):
            person = Person(name=name, title="", organisation_kind="municipality" if municipality else "other",
                            municipality_id=ids.get(municipality), other_organisation="" if municipality else "Konsult",
                            email="", phone="", active=True, anonymised=False)
            session.add(person)
            session.flush()
            ids[name] = person.id
    return ids


def working_meeting(db, days: int = 10, title: str = "Arbetsgruppsmöte") -> int:
    group = next(g.id for g in groups.list_groups(db) if g.kind == "working")
    day = clock.today() + timedelta(days=days)
    start = datetime.combine(day, time(9), tzinfo=STOCKHOLM)
    return meetings.create_meeting(db, MeetingInput(group, title, start, start + timedelta(hours=2))).id
